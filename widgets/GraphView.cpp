#include "GraphView.h"

#include <QWheelEvent>

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
    if (scene())
        fitInView(scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitAll();
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
