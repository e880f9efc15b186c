#pragma once

#include <QGraphicsEllipseItem>

#include <functional>

namespace lgpn {

// A node of the graph inspector: a disc filled by its value, labelled, that reports hover and
// clicks so the inspector can highlight its edges, its supernode and its children.
class GraphNodeItem : public QGraphicsEllipseItem
{
public:
    GraphNodeItem(int level, int node, const QRectF &rect, const QString &label, double value);

    int level() const { return m_level; }
    int node() const { return m_node; }
    void setHighlighted(bool highlighted);

    std::function<void(GraphNodeItem *, bool entered)> onHover;
    std::function<void(GraphNodeItem *)> onClick;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;

private:
    int m_level;
    int m_node;
};

} // namespace lgpn
