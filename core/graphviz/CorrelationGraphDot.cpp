#include "CorrelationGraphDot.h"

#include "GraphvizGraph.h"
#include "graph/CorrelationGraph.h"
#include "schema/HyperparameterSchema.h"

namespace lgpn {

QByteArray correlationGraphToDot(const CorrelationGraph &graph, const HyperparameterSchema &schema)
{
    GraphvizGraph dot(schema.name() + u"_correlation");
    dot.setGraphAttribute(QStringLiteral("label"),
                          QStringLiteral("P(j | i) >= %1 over %2 GMs").arg(graph.threshold()).arg(graph.gmCount()));
    dot.setNodeDefault(QStringLiteral("label"), QString());
    dot.setNodeDefault(QStringLiteral("group"), QString());
    dot.setEdgeDefault(QStringLiteral("label"), QString());
    for (int i = 0; i < graph.nodeCount(); ++i) {
        const SchemaNode &node = schema.node(i);
        auto *handle = dot.node(node.id);
        dot.setNodeAttribute(handle, QStringLiteral("label"), node.displayName);
        dot.setNodeAttribute(handle, QStringLiteral("group"), schema.group(node.group).id);
    }
    for (int i = 0; i < graph.nodeCount(); ++i) {
        for (int j = 0; j < graph.nodeCount(); ++j) {
            if (graph.hasEdge(i, j))
                dot.addEdge(schema.node(i).id, schema.node(j).id, QString::number(graph.conditional(i, j), 'f', 2));
        }
    }
    return dot.toDot();
}

} // namespace lgpn
