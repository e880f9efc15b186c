#pragma once

#include "schema/HyperparameterSchema.h"

#include <QMainWindow>

class QTreeView;

namespace lgpn {

class SchemaTreeModel;

// The studio's main window. For now it shows the loaded hyperparameter schema.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const HyperparameterSchema &schema, QWidget *parent = nullptr);

    SchemaTreeModel *schemaModel() const { return m_schemaModel; }

private:
    void createMenus();
    void showAbout();

    HyperparameterSchema m_schema;
    SchemaTreeModel *m_schemaModel = nullptr;
    QTreeView *m_schemaView = nullptr;
};

} // namespace lgpn
