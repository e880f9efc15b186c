#pragma once

#include <QGraphicsRectItem>

#include <functional>

class QGraphicsSimpleTextItem;

namespace lgpn {

// A node of the graph inspector: a box filled by its value and labelled (one or two lines, at a
// size the inspector keeps readable), that reports hover, clicks and double-clicks so the
// inspector can highlight its edges, show its details and expand a supernode.
class GraphNodeItem : public QGraphicsRectItem
{
public:
    GraphNodeItem(int level, int node, const QRectF &rect, const QString &label, double labelPoints, double value);

    int level() const { return m_level; }
    int node() const { return m_node; }
    QGraphicsSimpleTextItem *label() const { return m_label; }
    void setHighlighted(bool highlighted);
    // A thicker ring than the hover highlight: the node found by the search box.
    void setMarked(bool marked);

    std::function<void(GraphNodeItem *, bool entered)> onHover;
    std::function<void(GraphNodeItem *)> onClick;
    std::function<void(GraphNodeItem *)> onDoubleClick;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void updatePen();

    int m_level;
    int m_node;
    QGraphicsSimpleTextItem *m_label;
    bool m_highlighted = false;
    bool m_marked = false;
};

} // namespace lgpn
