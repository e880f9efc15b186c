#pragma once

#include "HierarchyGraphs.h"

#include <QGraphicsScene>

#include <vector>

class QGraphicsLineItem;
class QGraphicsSimpleTextItem;

namespace lgpn {

class GraphClusterItem;
class GraphNodeItem;
class LevelGraphviz;
struct GraphLayout;

// The items of one level of the hierarchy, where Graphviz put them: the nodes, the clusters of
// their supernodes, G0's prior edges (faded: there are ~800) and the strongest learned links.
// Hovering a node shows its edges in full (see highlight()).
class GraphLevelScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit GraphLevelScene(QObject *parent = nullptr);

    // Throws std::runtime_error when Graphviz cannot lay the level out.
    void build(const HierarchyGraphs &graphs, const LevelGraphviz &drawing);
    void clearLevel();

    int level() const { return m_level; }
    int nodeCount() const { return int(m_nodes.size()); }
    GraphNodeItem *nodeItem(int node) const;
    GraphClusterItem *clusterItem(int supernode) const;
    const std::vector<GraphNodeItem *> &nodes() const { return m_nodes; }
    const std::vector<GraphClusterItem *> &clusters() const { return m_clusters; }
    // Every text the level draws: node labels and cluster titles.
    std::vector<QGraphicsSimpleTextItem *> labels() const;

    void setPriorEdgesVisible(bool visible);
    int visiblePriorEdgeCount() const;
    int learnedLinkCount() const { return int(m_links.size()); }
    // Highlights a node, its edges and the nodes at their other ends (none: clears it); returns
    // how many nodes are highlighted.
    int highlight(GraphNodeItem *node);

private:
    struct Line
    {
        int from; // nodes (or, for links between clusters, supernodes)
        int to;
        QGraphicsLineItem *item;
    };
    void addNodes(const HierarchyGraphs &graphs, const LevelGraphviz &drawing, const GraphLayout &layout);
    void addClusters(const HierarchyGraphs &graphs, const LevelGraphviz &drawing, const GraphLayout &layout);
    void addPriorEdges(const HierarchyGraphs &graphs);
    void addLearnedLinks(const HierarchyGraphs &graphs, const LevelGraphviz &drawing);
    void restyle();
    void markNeighbour(GraphNodeItem *node);

    int m_level = -1;
    bool m_priorVisible = true;
    bool m_linksJoinClusters = false;
    std::vector<GraphNodeItem *> m_nodes;
    std::vector<int> m_clusterOf; // each node's supernode, -1 at the top level
    std::vector<GraphClusterItem *> m_clusters; // by supernode; null where it has no member
    std::vector<Line> m_prior;
    std::vector<Line> m_links;
    std::vector<QGraphicsItem *> m_highlighted;
};

} // namespace lgpn
