#pragma once

#include "HierarchyGraphs.h"

#include <QWidget>

#include <vector>

class QGraphicsLineItem;
class QGraphicsScene;
class QGraphicsSimpleTextItem;
class QLabel;
class QSlider;
class QToolButton;
class QTreeWidget;
class QCheckBox;

namespace lgpn {

class GraphNodeItem;
class GraphView;

// The image's learned graphs side by side: G0 (the prior graph, nodes coloured by the image's
// probabilities), then each coarser level G1, G2 with the correlations the model learned for
// this image, and the matching links from every node to its supernode. Each level is laid out
// by Graphviz (neato for G0, circo for the supernode levels). Zoom with the wheel, pan by
// dragging; hovering a node highlights its edges, its supernode and its children; clicking a
// supernode lists its members with their weights; a slider sets the learned edges' threshold.
class GraphInspector : public QWidget
{
    Q_OBJECT

public:
    explicit GraphInspector(QWidget *parent = nullptr);

    void setGraphs(const HierarchyGraphs &graphs);
    void clear();
    void setEdgeThreshold(double threshold);
    double edgeThreshold() const;

    // What the scene holds, for tests.
    int nodeItemCount(int level) const;
    int visibleEdgeCount(int level) const;
    int highlightedCount() const;
    // Shows the members of a supernode in the list (what a click does).
    void showMembers(int level, int node);
    QTreeWidget *membersList() const { return m_members; }
    GraphView *view() const { return m_view; }
    GraphNodeItem *nodeItem(int level, int node) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct EdgeItem
    {
        int level;
        int from;
        int to;
        float weight;
        QGraphicsLineItem *line;
    };
    struct LinkItem
    {
        int level; // from a node of this level to its supernode on level + 1
        int node;
        int parent;
        QGraphicsLineItem *line;
    };
    void rebuild();
    // Shows the edges that pass the threshold, in their normal pens (undoes highlighting).
    void styleEdges();
    // styleEdges() and the threshold label with the edge counts.
    void updateEdges();
    void hover(GraphNodeItem *item, bool entered);
    void retranslate();
    // The line a G0 node's tooltip adds about the model's held-out AUC of it (empty when unknown).
    QString reliabilityLine(const QString &nodeId) const;

    GraphView *m_view;
    QGraphicsScene *m_scene;
    QSlider *m_threshold;
    QLabel *m_thresholdLabel;
    QCheckBox *m_priorEdges;
    QLabel *m_legend;
    QLabel *m_membersTitle;
    QTreeWidget *m_members;
    QToolButton *m_zoomIn;
    QToolButton *m_zoomOut;
    QToolButton *m_fit;
    HierarchyGraphs m_graphs;
    std::vector<std::vector<GraphNodeItem *>> m_nodes;
    std::vector<EdgeItem> m_edges;
    std::vector<LinkItem> m_links;
    std::vector<QGraphicsSimpleTextItem *> m_titles;
    std::vector<GraphNodeItem *> m_highlighted;
    bool m_userThreshold = false;
};

} // namespace lgpn
