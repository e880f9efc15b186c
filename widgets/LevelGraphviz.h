#pragma once

#include "HierarchyGraphs.h"

#include "graphviz/GraphvizGraph.h"

#include <QFont>
#include <QSizeF>

#include <vector>

namespace lgpn {

// One level of the hierarchy as the graph inspector draws it, described for Graphviz: the
// level's nodes as boxes sized to their labels, grouped into clusters by their supernode one
// level up (G0 by G1's supernodes, G1 by G2's), the prior edges (G0) and the strongest learned
// links. osage lays it out: it packs the clusters as rectangles, where a force layout of G0's
// ~800 prior edges was an unreadable hairball. The view and the SVG export lay out this one
// graph, so both show the same picture.
class LevelGraphviz
{
public:
    struct Options
    {
        int level = 0;
        int strongestLinks = 0; // how many learned links to show (the strongest pairs)
        bool priorEdges = true; // G0's prior edges, in the export (the view fades them itself)
        double labelPoints = 9;
        int packColumns = 0; // the clusters' columns; 0: as Graphviz packs them (near square)
    };

    LevelGraphviz(const HierarchyGraphs &graphs, const Options &options);

    // Throws std::runtime_error when Graphviz cannot.
    GraphLayout layout() const { return m_graph.layout(engine()); }
    QByteArray svg() const { return m_graph.render(engine(), QStringLiteral("svg")); }

    int level() const { return m_options.level; }
    const QFont &labelFont() const { return m_font; }
    QString label(int node) const { return m_labels.value(node); }
    QSizeF boxSize(int node) const { return m_boxes[size_t(node)]; }
    // The learned links shown, between nodes of linkLevel(): G1's supernodes link G0's clusters,
    // a supernode level's own nodes otherwise.
    const std::vector<HierarchyGraphs::Link> &links() const { return m_links; }
    int linkLevel() const { return m_options.level == 0 ? 1 : m_options.level; }
    bool linksJoinClusters() const { return m_options.level == 0; }
    // The supernode (one level up) whose cluster holds `node`, or -1 at the top level.
    int clusterOf(int node) const { return m_clusterOf[size_t(node)]; }

    static QString engine() { return QStringLiteral("osage"); }
    static QString nodeName(int node) { return QStringLiteral("n%1").arg(node); }
    static QString clusterName(int supernode) { return QStringLiteral("s%1").arg(supernode); }
    // Long names on two lines, broken at the space nearest their middle.
    static QString wrapped(const QString &name);

private:
    QString nodeLabel(int node) const;
    void addNodes();
    void addClusters();
    void addPriorEdges();
    void addLearnedLinks();
    QString hexColour(double value) const;

    const HierarchyGraphs &m_graphs;
    Options m_options;
    QFont m_font;
    QStringList m_labels;
    std::vector<QSizeF> m_boxes;
    std::vector<int> m_clusterOf;
    std::vector<HierarchyGraphs::Link> m_links;
    GraphvizGraph m_graph;
};

} // namespace lgpn
