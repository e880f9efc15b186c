#include "GraphNodeItem.h"

#include "report/ChartPainter.h"

#include <QBrush>
#include <QFont>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QPen>

namespace lgpn {

GraphNodeItem::GraphNodeItem(int level, int node, const QRectF &rect, const QString &label, double value)
    : QGraphicsEllipseItem(rect)
    , m_level(level)
    , m_node(node)
{
    setBrush(ChartPainter::scaleColour(value));
    setPen(QPen(QColor(60, 60, 60), 1));
    setAcceptHoverEvents(true);
    setZValue(2);
    auto *text = new QGraphicsSimpleTextItem(label, this);
    QFont font = text->font();
    font.setPointSizeF(7);
    text->setFont(font);
    // Dark text on light discs, light text on dark ones.
    text->setBrush(value > 0.55 ? Qt::white : Qt::black);
    const QRectF bounds = text->boundingRect();
    text->setPos(rect.center() - QPointF(bounds.width() / 2, bounds.height() / 2));
}

void GraphNodeItem::setHighlighted(bool highlighted)
{
    setPen(highlighted ? QPen(QColor(230, 120, 0), 3) : QPen(QColor(60, 60, 60), 1));
}

void GraphNodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    if (onHover)
        onHover(this, true);
    QGraphicsEllipseItem::hoverEnterEvent(event);
}

void GraphNodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    if (onHover)
        onHover(this, false);
    QGraphicsEllipseItem::hoverLeaveEvent(event);
}

void GraphNodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && onClick) {
        onClick(this);
        event->accept();
        return;
    }
    QGraphicsEllipseItem::mousePressEvent(event);
}

} // namespace lgpn
