#include "graph/CorrelationGraph.h"
#include "graphviz/CorrelationGraphDot.h"
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
};

QTEST_APPLESS_MAIN(TestGraph)
#include "test_graph.moc"
