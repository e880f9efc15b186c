#pragma once

#include "GraphLayout.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct Agraph_s;
struct Agnode_s;

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
    void addEdge(const QString &tail, const QString &head, const QString &label = QString());

    int nodeCount() const;
    int edgeCount() const;

    // The graph in the DOT language, as cgraph writes it.
    QByteArray toDot() const;
    // Lays the graph out with a Graphviz engine (dot, neato, fdp, circo, ...) through gvc.
    // Throws std::runtime_error when Graphviz cannot (e.g. its plugins are missing).
    GraphLayout layout(const QString &engine = QStringLiteral("dot")) const;

    Agraph_s *handle() const { return m_graph; }

private:
    Agraph_s *m_graph = nullptr;
};

} // namespace lgpn
