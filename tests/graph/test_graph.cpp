#include "graph/CorrelationGraph.h"
#include "graphviz/CorrelationGraphDot.h"
#include "graphviz/GraphLayout.h"
#include "graphviz/GraphvizGraph.h"
#include "schema/HyperparameterSchema.h"

#include <QtTest>

using namespace lgpn;

class TestGraph : public QObject
{
    Q_OBJECT

private slots:
    // Four GMs over three nodes, probabilities worked out by hand:
    //   node 0 used by GMs a, b, c; node 1 by a, b; node 2 by c, d.
    //   P(1|0) = 2/3, P(2|0) = 1/3, P(0|1) = 1, P(2|1) = 0, P(0|2) = 1/2, P(1|2) = 0.
    void conditionalProbabilitiesOfASmallTable()
    {
        const std::vector<std::vector<float>> labels = {{1, 1, 0}, {1, 1, 0}, {1, 0, 1}, {0, 0, 1}};
        const CorrelationGraph graph = CorrelationGraph::fromLabels(labels, 3, 0.4);
        QCOMPARE(graph.gmCount(), 4);
        QCOMPARE(graph.occurrences(0), 3);
        QCOMPARE(graph.occurrences(2), 2);
        QCOMPARE(graph.conditional(0, 1), 2.0 / 3.0);
        QCOMPARE(graph.conditional(0, 2), 1.0 / 3.0);
        QCOMPARE(graph.conditional(1, 0), 1.0);
        QCOMPARE(graph.conditional(1, 2), 0.0);
        QCOMPARE(graph.conditional(2, 0), 0.5);
        QCOMPARE(graph.conditional(0, 0), 1.0);
        // Edges with P >= 0.4, directed, no self-loops: 0->1, 1->0, 2->0.
        QVERIFY(graph.hasEdge(0, 1));
        QVERIFY(graph.hasEdge(1, 0));
        QVERIFY(graph.hasEdge(2, 0));
        QVERIFY(!graph.hasEdge(0, 2));
        QVERIFY(!graph.hasEdge(0, 0));
        QCOMPARE(graph.edgeCount(), 3);
        QCOMPARE(graph.adjacencyMatrix(), (std::vector<float>{0, 1, 0, 1, 0, 0, 1, 0, 0}));
    }

    void thresholdIsInclusiveAndMovesEdges()
    {
        const std::vector<std::vector<float>> labels = {{1, 1, 0}, {1, 1, 0}, {1, 0, 1}, {0, 0, 1}};
        QCOMPARE(CorrelationGraph::fromLabels(labels, 3, 0.5).edgeCount(), 3);      // P(0|2) = 0.5 kept
        QCOMPARE(CorrelationGraph::fromLabels(labels, 3, 0.51).edgeCount(), 2);
        QCOMPARE(CorrelationGraph::fromLabels(labels, 3, 1.0).edgeCount(), 1);      // only P(0|1) = 1
        QCOMPARE(CorrelationGraph::fromLabels(labels, 3, 0.3).edgeCount(), 4);      // adds 0->2
    }

    void unusedNodeHasNoEdges()
    {
        const CorrelationGraph graph = CorrelationGraph::fromLabels({{1, 0}, {1, 0}}, 2);
        QCOMPARE(graph.occurrences(1), 0);
        QCOMPARE(graph.conditional(1, 0), 0.0);
        QCOMPARE(graph.edgeCount(), 0);
    }

    void rejectsBadInput()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, CorrelationGraph::fromLabels({{1, 0}}, 3));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, CorrelationGraph::fromLabels({{1, 0.5f}}, 2));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, CorrelationGraph::fromLabels({{1, 0}}, 2, 1.5));
    }

    void dotIsWrittenThroughCgraph()
    {
        const HyperparameterSchema schema = HyperparameterSchema::red140();
        std::vector<std::vector<float>> labels(3, std::vector<float>(size_t(schema.nodeCount()), 0.0f));
        const int l1 = schema.nodeIndex(QStringLiteral("l1"));
        const int ce = schema.nodeIndex(QStringLiteral("ce"));
        labels[0][size_t(l1)] = labels[0][size_t(ce)] = 1;
        labels[1][size_t(ce)] = labels[2][size_t(ce)] = 1;
        const CorrelationGraph graph = CorrelationGraph::fromLabels(labels, schema.nodeCount());
        const QByteArray dot = correlationGraphToDot(graph, schema);
        QVERIFY(dot.startsWith("digraph"));
        QVERIFY2(dot.contains("l1 -> ce"), dot.constData());      // P(ce | l1) = 1
        QVERIFY(!dot.contains("ce -> l1"));                        // P(l1 | ce) = 1/3 < 0.4
        QVERIFY(dot.contains("[label=1.00]"));
        QVERIFY(dot.contains("Cross-entropy (CE)"));
    }

    void graphvizGraphCounts()
    {
        GraphvizGraph graph(QStringLiteral("g"));
        graph.addEdge(QStringLiteral("a"), QStringLiteral("b"));
        graph.addEdge(QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("0.5"));
        QCOMPARE(graph.nodeCount(), 3);
        QCOMPARE(graph.edgeCount(), 2);
    }

    void layoutPlacesEveryNodeThroughGvc()
    {
        GraphvizGraph graph(QStringLiteral("chain"));
        graph.setNodeDefault(QStringLiteral("shape"), QStringLiteral("circle"));
        graph.setNodeDefault(QStringLiteral("fixedsize"), QStringLiteral("true"));
        graph.setNodeDefault(QStringLiteral("width"), QStringLiteral("0.5"));
        graph.addEdge(QStringLiteral("a"), QStringLiteral("b"));
        graph.addEdge(QStringLiteral("b"), QStringLiteral("c"));
        graph.addEdge(QStringLiteral("a b"), QStringLiteral("c")); // a name that the plain format quotes
        const GraphLayout layout = graph.layout(QStringLiteral("dot"));
        QCOMPARE(int(layout.nodes.size()), 4);
        QCOMPARE(int(layout.edges.size()), 3);
        QVERIFY(layout.nodeIndex(QStringLiteral("a b")) >= 0);
        QCOMPARE(layout.nodeIndex(QStringLiteral("missing")), -1);
        for (const GraphLayout::Node &node : layout.nodes) {
            QCOMPARE(node.size, QSizeF(36, 36)); // 0.5 inch in points
            QVERIFY(QRectF(QPointF(0, 0), layout.size).contains(node.centre));
        }
        // dot ranks top-down; in scene coordinates (y down) a tail sits above its head.
        const QPointF a = layout.nodes[size_t(layout.nodeIndex(QStringLiteral("a")))].centre;
        const QPointF b = layout.nodes[size_t(layout.nodeIndex(QStringLiteral("b")))].centre;
        QVERIFY(a.y() < b.y());
        for (const GraphLayout::Edge &edge : layout.edges)
            QCOMPARE(int(edge.points.size()) % 3, 1); // B-spline control points
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, graph.layout(QStringLiteral("no-such-engine")));
    }

    void plainLayoutIsReadAndSpreadApart()
    {
        const QByteArray plain = "graph 1 2 1\n"
                                 "node \"x y\" 0.5 0.5 0.5 0.5 \"\" solid circle black lightgrey\n"
                                 "node z 0.6 0.5 0.5 0.5 \"\" solid circle black lightgrey\n"
                                 "edge \"x y\" z 4 0.5 0.5 0.55 0.5 0.55 0.5 0.6 0.5 solid black\n"
                                 "stop\n";
        GraphLayout layout = GraphLayout::fromPlain(plain);
        QCOMPARE(layout.size, QSizeF(144, 72));
        QCOMPARE(int(layout.nodes.size()), 2);
        QCOMPARE(layout.nodes[0].name, QStringLiteral("x y"));
        QCOMPARE(layout.nodes[0].centre, QPointF(36, 36)); // y flipped: 72 - 36
        QCOMPARE(layout.edges[0].tail, QStringLiteral("x y"));
        QCOMPARE(int(layout.edges[0].points.size()), 4);
        // The two nodes are 7.2 pt apart; spreading to 36 pt scales everything by 5.
        layout.spreadApart(36, 10000);
        QCOMPARE(QLineF(layout.nodes[0].centre, layout.nodes[1].centre).length(), 36.0);
        QCOMPARE(layout.size, QSizeF(720, 360));
        QCOMPARE(layout.edges[0].points.back(), layout.nodes[1].centre);
        // Never past the largest side allowed.
        GraphLayout capped = GraphLayout::fromPlain(plain);
        capped.spreadApart(36, 288);
        QCOMPARE(capped.size, QSizeF(288, 144));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, GraphLayout::fromPlain("edge a b 4 0 0\n"));
    }
};

QTEST_APPLESS_MAIN(TestGraph)
#include "test_graph.moc"
