#include "LevelGraphviz.h"

#include "report/ChartPainter.h"

#include <QFontInfo>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace lgpn {

namespace {

constexpr int kWrapAbove = 16;            // characters: longer names take two lines
constexpr double kSupernodeTextWidth = 150; // points: a supernode's member list is elided to this
const QSizeF kPadding(7, 4);              // points around a node's label

QString inches(double points)
{
    return QString::number(points / 72.0, 'f', 3);
}

} // namespace

LevelGraphviz::LevelGraphviz(const HierarchyGraphs &graphs, const Options &options)
    : m_graphs(graphs)
    , m_options(options)
    , m_graph(QStringLiteral("level"))
{
    m_font.setPointSizeF(options.labelPoints);
    const int levels = int(graphs.levels.size());
    m_options.level = std::clamp(options.level, 0, std::max(levels - 1, 0));
    // Graphviz counts sizes in points; the scene counts in the font's pixels: give Graphviz the
    // pixel size so its SVG letters fill the boxes as the view's do.
    const QString fontSize = QString::number(QFontInfo(m_font).pixelSize());
    m_graph.setGraphAttribute(QStringLiteral("pack"), QStringLiteral("10"));
    // The clusters in a given number of columns (osage's array packing); inside a cluster,
    // Graphviz chooses (see addClusters).
    m_graph.setGraphAttribute(QStringLiteral("packmode"),
                              options.packColumns > 0 ? QStringLiteral("array%1").arg(options.packColumns) : QStringLiteral("array"));
    m_graph.setNodeDefault(QStringLiteral("shape"), QStringLiteral("box"));
    m_graph.setNodeDefault(QStringLiteral("style"), QStringLiteral("rounded,filled"));
    m_graph.setNodeDefault(QStringLiteral("fixedsize"), QStringLiteral("true"));
    m_graph.setNodeDefault(QStringLiteral("fontsize"), fontSize);
    m_graph.setNodeDefault(QStringLiteral("fontname"), QStringLiteral("sans-serif"));
    if (levels == 0)
        return;
    addNodes();
    addClusters();
    addPriorEdges();
    addLearnedLinks();
}

QString LevelGraphviz::wrapped(const QString &name)
{
    if (name.size() <= kWrapAbove)
        return name;
    int best = -1;
    for (int i = 0; i < name.size(); ++i) {
        if (name[i] == u' ' && (best < 0 || std::abs(i - name.size() / 2) < std::abs(best - name.size() / 2)))
            best = i;
    }
    if (best < 0)
        return name;
    return name.left(best) + u'\n' + name.mid(best + 1);
}

QString LevelGraphviz::nodeLabel(int node) const
{
    const HierarchyGraphs::Level &level = m_graphs.levels[size_t(m_options.level)];
    if (m_options.level == 0)
        return wrapped(level.labels.value(node));
    // A supernode: its name, and under it its strongest members.
    const QString members = QFontMetricsF(m_font).elidedText(level.descriptions.value(node), Qt::ElideRight, kSupernodeTextWidth);
    return level.labels.value(node) + u'\n' + members;
}

QString LevelGraphviz::hexColour(double value) const
{
    return ChartPainter::scaleColour(value).name();
}

void LevelGraphviz::addNodes()
{
    const HierarchyGraphs::Level &level = m_graphs.levels[size_t(m_options.level)];
    const QFontMetricsF metrics(m_font);
    for (int i = 0; i < level.labels.size(); ++i) {
        const QString text = nodeLabel(i);
        const QSizeF size = metrics.boundingRect(QRectF(), Qt::AlignCenter, text).size() + 2 * kPadding;
        m_labels << text;
        m_boxes.push_back(size);
        Agnode_s *node = m_graph.node(nodeName(i));
        m_graph.setNodeAttribute(node, QStringLiteral("label"), text);
        m_graph.setNodeAttribute(node, QStringLiteral("width"), inches(size.width()));
        m_graph.setNodeAttribute(node, QStringLiteral("height"), inches(size.height()));
        m_graph.setNodeAttribute(node, QStringLiteral("fillcolor"), hexColour(level.values[size_t(i)]));
        m_graph.setNodeAttribute(node, QStringLiteral("fontcolor"), level.values[size_t(i)] > 0.55f ? QStringLiteral("white") : QStringLiteral("black"));
        m_graph.setNodeAttribute(node, QStringLiteral("tooltip"), level.descriptions.value(i));
        m_clusterOf.push_back(m_graphs.parentOf(m_options.level, i));
    }
}

void LevelGraphviz::addClusters()
{
    if (m_options.level + 1 >= int(m_graphs.levels.size()))
        return;
    const HierarchyGraphs::Level &above = m_graphs.levels[size_t(m_options.level) + 1];
    for (int i = 0; i < int(m_clusterOf.size()); ++i) {
        const int supernode = m_clusterOf[size_t(i)];
        if (supernode < 0)
            continue;
        Agraph_s *cluster = m_graph.cluster(clusterName(supernode));
        m_graph.setClusterAttribute(cluster, QStringLiteral("label"), above.labels.value(supernode));
        m_graph.setClusterAttribute(cluster, QStringLiteral("labeljust"), QStringLiteral("l"));
        m_graph.setClusterAttribute(cluster, QStringLiteral("fontsize"), QString::number(QFontInfo(m_font).pixelSize()));
        m_graph.setClusterAttribute(cluster, QStringLiteral("style"), QStringLiteral("rounded"));
        m_graph.setClusterAttribute(cluster, QStringLiteral("packmode"), QStringLiteral("array"));
        m_graph.setClusterAttribute(cluster, QStringLiteral("color"), QStringLiteral("#5a8cc8"));
        m_graph.addToCluster(cluster, nodeName(i));
    }
}

void LevelGraphviz::addPriorEdges()
{
    if (m_options.level != 0 || !m_options.priorEdges)
        return;
    const FloatMatrix &prior = m_graphs.levels[0].adjacency;
    for (int i = 0; i < prior.rows; ++i) {
        for (int j = i + 1; j < prior.columns; ++j) {
            if (std::max(prior.at(i, j), prior.at(j, i)) > 0) {
                Agedge_s *edge = m_graph.addEdge(nodeName(i), nodeName(j));
                m_graph.setEdgeAttribute(edge, QStringLiteral("color"), QStringLiteral("#7878781e")); // faded, as in the view
                m_graph.setEdgeAttribute(edge, QStringLiteral("arrowhead"), QStringLiteral("none"));
            }
        }
    }
}

void LevelGraphviz::addLearnedLinks()
{
    if (linkLevel() >= int(m_graphs.levels.size()))
        return;
    m_links = m_graphs.strongestLinks(linkLevel(), std::numeric_limits<int>::max());
    if (linksJoinClusters()) {
        // A supernode that no node belongs to most has no cluster to join. Dropped before the
        // strongest are kept: ties (a model whose learned links are all alike) would otherwise
        // keep only links to empty supernodes and show none.
        m_links.erase(std::remove_if(m_links.begin(), m_links.end(), [this](const HierarchyGraphs::Link &link) {
                          return m_graphs.childrenOf(1, link.from).empty() || m_graphs.childrenOf(1, link.to).empty();
                      }),
                      m_links.end());
    }
    m_links.resize(std::min(m_links.size(), size_t(std::max(m_options.strongestLinks, 0))));
    for (const HierarchyGraphs::Link &link : m_links) {
        // Between clusters (G0's view), Graphviz joins a member of each.
        const int from = linksJoinClusters() ? m_graphs.childrenOf(1, link.from).front() : link.from;
        const int to = linksJoinClusters() ? m_graphs.childrenOf(1, link.to).front() : link.to;
        Agedge_s *edge = m_graph.addEdge(nodeName(from), nodeName(to));
        m_graph.setEdgeAttribute(edge, QStringLiteral("color"), QStringLiteral("#e07800"));
        m_graph.setEdgeAttribute(edge, QStringLiteral("penwidth"), QString::number(1 + 3 * double(link.weight), 'f', 2));
        m_graph.setEdgeAttribute(edge, QStringLiteral("arrowhead"), QStringLiteral("none"));
        m_graph.setEdgeAttribute(edge, QStringLiteral("tooltip"), QString::number(double(link.weight), 'f', 2));
    }
}

} // namespace lgpn
