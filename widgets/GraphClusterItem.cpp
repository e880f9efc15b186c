#include "GraphClusterItem.h"

#include <QBrush>
#include <QFont>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QPen>

namespace lgpn {

namespace {

const QColor kClusterColour(90, 140, 200);

} // namespace

GraphClusterItem::GraphClusterItem(int supernode, const QRectF &box, const QString &title, double titlePoints)
    : QGraphicsRectItem(box)
    , m_supernode(supernode)
    , m_title(new QGraphicsSimpleTextItem(title, this))
{
    QColor fill = kClusterColour;
    fill.setAlphaF(0.08);
    setBrush(fill);
    setHighlighted(false);
    setZValue(0);
    QFont font = m_title->font();
    font.setPointSizeF(titlePoints);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setBrush(kClusterColour.darker(150));
    m_title->setPos(box.topLeft() + QPointF(6, 2));
}

void GraphClusterItem::setHighlighted(bool highlighted)
{
    setPen(highlighted ? QPen(QColor(230, 120, 0), 3) : QPen(kClusterColour, 1.2));
}

void GraphClusterItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && onClick) {
        onClick(this);
        event->accept();
        return;
    }
    QGraphicsRectItem::mousePressEvent(event);
}

} // namespace lgpn
