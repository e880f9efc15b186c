#pragma once

#include "GraphLayout.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

struct Agraph_s;
struct Agnode_s;
struct Agedge_s;
struct GVC_s;

namespace lgpn {

// A directed Graphviz graph built through cgraph, owned RAII-style.
class GraphvizGraph
{
public:
    explicit GraphvizGraph(const QString &name);
    ~GraphvizGraph();
    GraphvizGraph(const GraphvizGraph &) = delete;
    GraphvizGraph &operator=(const GraphvizGraph &) = delete;

    // Default attributes for the graph, its nodes or its edges.
    void setGraphAttribute(const QString &name, const QString &value);
    void setNodeDefault(const QString &name, const QString &value);
    void setEdgeDefault(const QString &name, const QString &value);

    // Returns the node, creating it on first use.
    Agnode_s *node(const QString &name);
    void setNodeAttribute(Agnode_s *node, const QString &name, const QString &value);
    Agedge_s *addEdge(const QString &tail, const QString &head, const QString &label = QString());
    void setEdgeAttribute(Agedge_s *edge, const QString &name, const QString &value);

    // A cluster: the subgraph "cluster_<name>", which dot, fdp and osage keep together and draw as
    // a box around its nodes (its label and style set like a graph's). Created on first use.
    Agraph_s *cluster(const QString &name);
    void setClusterAttribute(Agraph_s *cluster, const QString &name, const QString &value);
    void addToCluster(Agraph_s *cluster, const QString &node);

    int nodeCount() const;
    int edgeCount() const;

    // The graph in the DOT language, as cgraph writes it.
    QByteArray toDot() const;
    // Lays the graph out with a Graphviz engine (dot, neato, fdp, circo, ...) through gvc.
    // Throws std::runtime_error when Graphviz cannot (e.g. its plugins are missing).
    GraphLayout layout(const QString &engine = QStringLiteral("dot")) const;
    // Lays the graph out and draws it with Graphviz's own renderer ("svg", "png", "dot", ...):
    // the same layout as layout() with the same engine, for exports.
    QByteArray render(const QString &engine, const QString &format) const;

    Agraph_s *handle() const { return m_graph; }

private:
    // Runs `use` on the laid-out graph, then frees the layout (the process's one gvc context, one
    // layout at a time).
    void whileLaidOut(const QString &engine, const std::function<void(GVC_s *)> &use) const;
    // The clusters' boxes, read from the laid-out graph, in the layout's coordinates.
    std::vector<GraphLayout::Cluster> clusterBoxes() const;

    Agraph_s *m_graph = nullptr;
};

} // namespace lgpn
