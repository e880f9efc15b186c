#pragma once

#include "schema/HyperparameterSchema.h"

#include <QStandardItemModel>

namespace lgpn {

// The schema as a tree: coarse groups > fine groups > nodes, with each node's index and meaning.
class SchemaTreeModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, IdColumn, IndexColumn, MeaningColumn, ColumnCount };

    explicit SchemaTreeModel(QObject *parent = nullptr);
    void setSchema(const HyperparameterSchema &schema);
};

} // namespace lgpn
