#include "GraphView.h"

#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace lgpn {

GraphView::GraphView(QWidget *parent)
    : QGraphicsView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
}

void GraphView::zoomBy(double factor)
{
    const double current = transform().m11();
    // Keep the zoom between a whole-scene overview and a close look at a few nodes.
    if ((factor > 1 && current > 20) || (factor < 1 && current < 0.05))
        return;
    m_autoFit = false;
    scale(factor, factor);
}

void GraphView::fitAll()
{
    m_autoFit = true;
    if (!scene())
        return;
    const QRectF whole = scene()->sceneRect();
    const QRectF room = viewport()->rect();
    if (whole.isEmpty() || room.isEmpty())
        return;
    const double fitting = std::min(room.width() / whole.width(), room.height() / whole.height());
    const double scale = std::clamp(fitting, m_minimumFitScale, m_maximumFitScale);
    setTransform(QTransform::fromScale(scale, scale));
    if (fitting >= m_minimumFitScale)
        centerOn(whole.center());
    else // too big to fit at a readable size: start from its top left corner, as one reads
        centerOn(whole.topLeft() + QPointF(room.width() / scale / 2, room.height() / scale / 2));
}

void GraphView::setFitScaleRange(double minimum, double maximum)
{
    m_minimumFitScale = minimum;
    m_maximumFitScale = maximum;
    if (m_autoFit)
        fitAll();
}

void GraphView::centreOn(const QPointF &point)
{
    m_autoFit = false;
    centerOn(point);
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitAll();
    emit resized();
}

void GraphView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_autoFit)
        fitAll();
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.2, steps));
    event->accept();
}

} // namespace lgpn
