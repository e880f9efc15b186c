#include "GraphNodeDetails.h"

#include <QStringList>

namespace lgpn {

namespace {

QString row(const QString &name, const QString &value)
{
    return QStringLiteral("<tr><td><i>%1</i>&nbsp;</td><td>%2</td></tr>").arg(name.toHtmlEscaped(), value);
}

} // namespace

QString GraphNodeDetails::html(const HierarchyGraphs &graphs, int level, int node)
{
    if (level < 0 || level >= int(graphs.levels.size()) || node < 0 || node >= graphs.nodeCount(level))
        return {};
    return level == 0 ? hyperparameter(graphs, node) : supernode(graphs, level, node);
}

QString GraphNodeDetails::hyperparameter(const HierarchyGraphs &graphs, int node)
{
    const HierarchyGraphs::Level &g0 = graphs.levels[0];
    return QStringLiteral("<b>%1</b><table>").arg(g0.labels.value(node).toHtmlEscaped())
           + row(tr("Probability"), QString::number(double(g0.values[size_t(node)]), 'f', 2))
           + row(tr("Reliability"), reliability(graphs, node))
           + row(tr("Group"), g0.groups.value(node).toHtmlEscaped())
           + row(tr("Supernode"), supernodeChain(graphs, 0, node)) + QStringLiteral("</table>");
}

QString GraphNodeDetails::supernode(const HierarchyGraphs &graphs, int level, int node)
{
    const HierarchyGraphs::Level &shown = graphs.levels[size_t(level)];
    return QStringLiteral("<b>%1</b><table>").arg(shown.labels.value(node).toHtmlEscaped())
           + row(tr("Weighted probability of its members"), QString::number(double(shown.values[size_t(node)]), 'f', 2))
           + row(tr("Nodes that belong to it most"), QString::number(graphs.childrenOf(level, node).size()))
           + row(tr("Supernode"), supernodeChain(graphs, level, node)) + QStringLiteral("</table>")
           + tr("Double-click it to see its members one level down.");
}

QString GraphNodeDetails::reliability(const HierarchyGraphs &graphs, int node)
{
    const QString id = graphs.levels[0].ids.value(node);
    const std::optional<double> auc = graphs.reliability.auc(id);
    if (!auc)
        return tr("unknown: the model's bundle gives no held-out AUC");
    if (graphs.reliability.isReliable(id) == NodeReliability::Verdict::NotReliable)
        return tr("held-out AUC %1: <b>not reliable for unseen generators</b> (&lt; %2)").arg(graphs.reliability.aucText(*auc), graphs.reliability.thresholdText());
    return tr("held-out AUC %1").arg(graphs.reliability.aucText(*auc));
}

QString GraphNodeDetails::supernodeChain(const HierarchyGraphs &graphs, int level, int node)
{
    QStringList chain;
    for (int parent = graphs.parentOf(level, node); parent >= 0; parent = graphs.parentOf(++level, parent))
        chain << graphs.levels[size_t(level) + 1].labels.value(parent);
    if (chain.isEmpty())
        return tr("none (top level)");
    QString text = chain.takeFirst();
    for (const QString &above : chain)
        text += u' ' + tr("(in %1)").arg(above);
    return text.toHtmlEscaped();
}

} // namespace lgpn
