#pragma once

#include "schema/HyperparameterSchema.h"

#include <QMainWindow>

class QDialog;
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
    // Help > About: version, licences and the embedded model's card (owned by this window).
    QDialog *createAboutDialog();

private:
    void createMenus();
    void showAbout();

    HyperparameterSchema m_schema;
    SchemaTreeModel *m_schemaModel = nullptr;
    QTreeView *m_schemaView = nullptr;
};

} // namespace lgpn
