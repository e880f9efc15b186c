#include "GraphLevelScene.h"

#include "GraphClusterItem.h"
#include "GraphNodeItem.h"
#include "LevelGraphviz.h"

#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace lgpn {

namespace {

const QColor kPriorColour(120, 120, 120, 30);  // faded: G0 has ~800 of them
const QColor kLinkColour(224, 120, 0, 150);
const QColor kHoveredEdgeColour(40, 70, 160); // not the learned links' orange

// Where the segment from the centre of `box` towards `target` leaves the box.
QPointF borderPoint(const QRectF &box, const QPointF &target)
{
    const QPointF centre = box.center();
    const QPointF d = target - centre;
    if (d.isNull())
        return centre;
    const double sx = d.x() == 0 ? 1e9 : box.width() / 2 / std::abs(d.x());
    const double sy = d.y() == 0 ? 1e9 : box.height() / 2 / std::abs(d.y());
    return centre + d * std::min({sx, sy, 1.0});
}

QLineF betweenBoxes(const QRectF &a, const QRectF &b)
{
    return QLineF(borderPoint(a, b.center()), borderPoint(b, a.center()));
}

QPen linkPen(float weight)
{
    return QPen(kLinkColour, 0.5 + 2.5 * double(weight), Qt::SolidLine, Qt::RoundCap);
}

} // namespace

GraphLevelScene::GraphLevelScene(QObject *parent)
    : QGraphicsScene(parent)
{
}

void GraphLevelScene::clearLevel()
{
    clear();
    m_level = -1;
    m_nodes.clear();
    m_clusterOf.clear();
    m_clusters.clear();
    m_prior.clear();
    m_links.clear();
    m_highlighted.clear();
}

void GraphLevelScene::build(const HierarchyGraphs &graphs, const LevelGraphviz &drawing)
{
    clearLevel();
    if (graphs.levels.empty())
        return;
    const GraphLayout layout = drawing.layout();
    m_level = drawing.level();
    addClusters(graphs, drawing, layout);
    addNodes(graphs, drawing, layout);
    addPriorEdges(graphs);
    addLearnedLinks(graphs, drawing);
    restyle();
    setSceneRect(itemsBoundingRect().adjusted(-12, -12, 12, 12));
}

void GraphLevelScene::addNodes(const HierarchyGraphs &graphs, const LevelGraphviz &drawing, const GraphLayout &layout)
{
    const HierarchyGraphs::Level &level = graphs.levels[size_t(m_level)];
    for (int i = 0; i < level.labels.size(); ++i) {
        const int at = layout.nodeIndex(LevelGraphviz::nodeName(i));
        const QPointF centre = at >= 0 ? layout.nodes[size_t(at)].centre : QPointF(0, i * 40.0);
        const QSizeF size = drawing.boxSize(i);
        auto *item = new GraphNodeItem(m_level, i, QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size),
                                       drawing.label(i), drawing.labelFont().pointSizeF(), level.values[size_t(i)]);
        addItem(item);
        m_nodes.push_back(item);
        m_clusterOf.push_back(drawing.clusterOf(i));
    }
}

void GraphLevelScene::addClusters(const HierarchyGraphs &graphs, const LevelGraphviz &drawing, const GraphLayout &layout)
{
    if (m_level + 1 >= int(graphs.levels.size()))
        return;
    const HierarchyGraphs::Level &above = graphs.levels[size_t(m_level) + 1];
    m_clusters.assign(size_t(above.labels.size()), nullptr);
    for (int s = 0; s < above.labels.size(); ++s) {
        const int at = layout.clusterIndex(LevelGraphviz::clusterName(s));
        if (at < 0)
            continue; // no node belongs to it most
        auto *item = new GraphClusterItem(s, layout.clusters[size_t(at)].box, above.labels.value(s), drawing.labelFont().pointSizeF());
        item->setToolTip(above.descriptions.value(s));
        addItem(item);
        m_clusters[size_t(s)] = item;
    }
}

void GraphLevelScene::addPriorEdges(const HierarchyGraphs &graphs)
{
    if (m_level != 0)
        return;
    const FloatMatrix &prior = graphs.levels[0].adjacency;
    for (int i = 0; i < prior.rows; ++i) {
        for (int j = i + 1; j < prior.columns; ++j) {
            if (std::max(prior.at(i, j), prior.at(j, i)) <= 0)
                continue;
            auto *line = addLine(QLineF(m_nodes[size_t(i)]->rect().center(), m_nodes[size_t(j)]->rect().center()));
            line->setZValue(1);
            m_prior.push_back({i, j, line});
        }
    }
}

void GraphLevelScene::addLearnedLinks(const HierarchyGraphs &graphs, const LevelGraphviz &drawing)
{
    m_linksJoinClusters = drawing.linksJoinClusters();
    const HierarchyGraphs::Level &linked = graphs.levels[size_t(drawing.linkLevel())];
    for (const HierarchyGraphs::Link &link : drawing.links()) {
        QRectF from;
        QRectF to;
        if (m_linksJoinClusters) {
            from = clusterItem(link.from)->rect();
            to = clusterItem(link.to)->rect();
        } else {
            from = m_nodes[size_t(link.from)]->rect();
            to = m_nodes[size_t(link.to)]->rect();
        }
        auto *line = addLine(betweenBoxes(from, to), linkPen(link.weight));
        line->setZValue(2);
        line->setToolTip(tr("learned correlation %1 — %2: %3").arg(linked.labels.value(link.from), linked.labels.value(link.to))
                             .arg(double(link.weight), 0, 'f', 2));
        m_links.push_back({link.from, link.to, line});
    }
}

GraphNodeItem *GraphLevelScene::nodeItem(int node) const
{
    return node >= 0 && node < int(m_nodes.size()) ? m_nodes[size_t(node)] : nullptr;
}

GraphClusterItem *GraphLevelScene::clusterItem(int supernode) const
{
    return supernode >= 0 && supernode < int(m_clusters.size()) ? m_clusters[size_t(supernode)] : nullptr;
}

std::vector<QGraphicsSimpleTextItem *> GraphLevelScene::labels() const
{
    std::vector<QGraphicsSimpleTextItem *> texts;
    for (GraphNodeItem *node : m_nodes)
        texts.push_back(node->label());
    for (GraphClusterItem *cluster : m_clusters) {
        if (cluster)
            texts.push_back(cluster->title());
    }
    return texts;
}

void GraphLevelScene::setPriorEdgesVisible(bool visible)
{
    m_priorVisible = visible;
    restyle();
}

int GraphLevelScene::visiblePriorEdgeCount() const
{
    return int(std::count_if(m_prior.begin(), m_prior.end(), [](const Line &line) { return line.item->isVisible(); }));
}

void GraphLevelScene::restyle()
{
    for (const Line &line : m_prior) {
        line.item->setPen(QPen(kPriorColour, 0.8));
        line.item->setVisible(m_priorVisible);
        line.item->setZValue(1);
    }
    for (QGraphicsItem *item : m_highlighted) {
        if (auto *node = dynamic_cast<GraphNodeItem *>(item))
            node->setHighlighted(false);
        else if (auto *cluster = dynamic_cast<GraphClusterItem *>(item))
            cluster->setHighlighted(false);
    }
    m_highlighted.clear();
}

void GraphLevelScene::markNeighbour(GraphNodeItem *node)
{
    if (std::find(m_highlighted.begin(), m_highlighted.end(), node) != m_highlighted.end())
        return;
    node->setHighlighted(true);
    m_highlighted.push_back(node);
}

int GraphLevelScene::highlight(GraphNodeItem *node)
{
    restyle();
    if (!node)
        return 0;
    const int index = node->node();
    node->setHighlighted(true);
    m_highlighted.push_back(node);
    // Its prior edges in full, even while they are hidden, and the nodes they reach.
    for (const Line &line : m_prior) {
        if (line.from != index && line.to != index)
            continue;
        line.item->setPen(QPen(kHoveredEdgeColour, 1.4));
        line.item->setVisible(true);
        line.item->setZValue(2.5);
        markNeighbour(m_nodes[size_t(line.from == index ? line.to : line.from)]);
    }
    // Its cluster: its supernode.
    if (GraphClusterItem *cluster = clusterItem(m_clusterOf[size_t(index)])) {
        cluster->setHighlighted(true);
        m_highlighted.push_back(cluster);
    }
    for (const Line &link : m_links) {
        if (m_linksJoinClusters || (link.from != index && link.to != index))
            continue;
        markNeighbour(m_nodes[size_t(link.from == index ? link.to : link.from)]);
    }
    return int(std::count_if(m_highlighted.begin(), m_highlighted.end(), [](QGraphicsItem *item) { return dynamic_cast<GraphNodeItem *>(item); }));
}

} // namespace lgpn
