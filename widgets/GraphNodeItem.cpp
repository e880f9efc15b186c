#include "GraphNodeItem.h"

#include "report/ChartPainter.h"

#include <QBrush>
#include <QFont>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QPen>

namespace lgpn {

GraphNodeItem::GraphNodeItem(int level, int node, const QRectF &rect, const QString &label, double labelPoints, double value)
    : QGraphicsRectItem(rect)
    , m_level(level)
    , m_node(node)
    , m_label(new QGraphicsSimpleTextItem(label, this))
{
    setBrush(ChartPainter::scaleColour(value));
    setAcceptHoverEvents(true);
    setZValue(3);
    updatePen();
    QFont font = m_label->font();
    font.setPointSizeF(labelPoints);
    m_label->setFont(font);
    // Dark text on light boxes, light text on dark ones.
    m_label->setBrush(value > 0.55 ? Qt::white : Qt::black);
    const QRectF bounds = m_label->boundingRect();
    m_label->setPos(rect.center() - QPointF(bounds.width() / 2, bounds.height() / 2));
}

void GraphNodeItem::setHighlighted(bool highlighted)
{
    m_highlighted = highlighted;
    updatePen();
}

void GraphNodeItem::setMarked(bool marked)
{
    m_marked = marked;
    updatePen();
}

void GraphNodeItem::updatePen()
{
    if (m_marked)
        setPen(QPen(QColor(200, 30, 30), 4));
    else if (m_highlighted)
        setPen(QPen(QColor(230, 120, 0), 3));
    else
        setPen(QPen(QColor(60, 60, 60), 1));
}

void GraphNodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    if (onHover)
        onHover(this, true);
    QGraphicsRectItem::hoverEnterEvent(event);
}

void GraphNodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    if (onHover)
        onHover(this, false);
    QGraphicsRectItem::hoverLeaveEvent(event);
}

void GraphNodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && onClick) {
        onClick(this);
        event->accept();
        return;
    }
    QGraphicsRectItem::mousePressEvent(event);
}

void GraphNodeItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && onDoubleClick) {
        onDoubleClick(this);
        event->accept();
        return;
    }
    QGraphicsRectItem::mouseDoubleClickEvent(event);
}

} // namespace lgpn
