#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <vector>

namespace lgpn {

// Where Graphviz put the nodes and edges of a graph, in points with y growing downwards (as
// QGraphicsScene counts), so views can draw the layout with their own items.
struct GraphLayout
{
    struct Node
    {
        QString name;
        QPointF centre;
        QSizeF size;
    };
    struct Edge
    {
        QString tail;
        QString head;
        std::vector<QPointF> points; // cubic B-spline control points: 1 + 3k of them
    };
    struct Cluster
    {
        QString name; // as given to GraphvizGraph::cluster, without "cluster_"
        QRectF box;
    };

    QSizeF size;
    std::vector<Node> nodes;
    std::vector<Edge> edges;
    std::vector<Cluster> clusters; // the plain format has none: GraphvizGraph::layout adds them

    // Index into `clusters`, or -1.
    int clusterIndex(const QString &name) const;

    // Spreads the layout uniformly (positions and edge points scaled about the origin) until no
    // two node centres are closer than `minimumDistance`, without growing past `maximumSide`.
    // Graphviz's own overlap removal (neato's overlap=scale/false) silently does nothing when
    // LibTorch is loaded in the same process, so the studio does this step itself.
    void spreadApart(double minimumDistance, double maximumSide);

    // Index into `nodes`, or -1.
    int nodeIndex(const QString &name) const;
    // Graphviz's "plain" output format (inches, y up) turned into a layout.
    static GraphLayout fromPlain(const QByteArray &plain);
};

} // namespace lgpn
