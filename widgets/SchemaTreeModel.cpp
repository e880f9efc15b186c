#include "SchemaTreeModel.h"

#include "SchemaText.h"

#include <algorithm>

namespace lgpn {

namespace {

QString nodeMeaning(const HyperparameterSchema &schema, int index)
{
    const SchemaNode &node = schema.node(index);
    const SchemaGroup &group = schema.group(node.group);
    if (group.kind == GroupKind::Continuous) {
        const int bin = int(std::find(group.nodes.begin(), group.nodes.end(), index) - group.nodes.begin());
        return schema.binRangeText(node.group, bin) + u' ' + schemaText(group.unit);
    }
    if (group.kind == GroupKind::Loss)
        return SchemaTreeModel::tr("trained with this loss");
    return SchemaTreeModel::tr("used by the generator");
}

QStandardItem *readOnlyItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

} // namespace

SchemaTreeModel::SchemaTreeModel(QObject *parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Hyperparameter"), tr("Id"), tr("Node"), tr("Meaning")});
}

void SchemaTreeModel::setSchema(const HyperparameterSchema &schema)
{
    removeRows(0, rowCount());
    for (size_t c = 0; c < schema.coarseGroups().size(); ++c) {
        QStandardItem *coarseItem = readOnlyItem(schemaText(schema.coarseGroups()[c].displayName));
        int coarseNodes = 0;
        for (const SchemaGroup &group : schema.groups()) {
            if (group.coarseGroup != int(c))
                continue;
            QStandardItem *groupItem = readOnlyItem(schemaText(group.displayName));
            for (int index : group.nodes) {
                const SchemaNode &node = schema.node(index);
                groupItem->appendRow({readOnlyItem(schemaText(node.displayName)), readOnlyItem(node.id),
                                      readOnlyItem(QString::number(index)), readOnlyItem(nodeMeaning(schema, index))});
            }
            coarseNodes += int(group.nodes.size());
            coarseItem->appendRow({groupItem, readOnlyItem(group.id), readOnlyItem(QString()),
                                   readOnlyItem(tr("%n node(s)", nullptr, int(group.nodes.size())))});
        }
        appendRow({coarseItem, readOnlyItem(schema.coarseGroups()[c].id), readOnlyItem(QString()),
                   readOnlyItem(tr("%n node(s)", nullptr, coarseNodes))});
    }
}

} // namespace lgpn
