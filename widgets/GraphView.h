#pragma once

#include <QGraphicsView>

namespace lgpn {

// A QGraphicsView that zooms with the mouse wheel (around the cursor) or Ctrl +/-, and pans by
// dragging the background.
class GraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit GraphView(QWidget *parent = nullptr);

    void zoomBy(double factor);
    // Shows the whole scene, and keeps it whole on resizes until the user zooms, but never at a
    // scale under the minimum (then it shows the scene's top left corner and scrolls) nor above
    // the maximum (a level of three nodes is not blown up).
    void fitAll();
    // The scale under which fitting the scene would make its labels too small to read.
    void setFitScaleRange(double minimum, double maximum);
    // Centres the view on a point of the scene, at the current scale; stops fitting on resizes.
    void centreOn(const QPointF &point);
    double scaleFactor() const { return transform().m11(); }
    // Whether the view still fits the scene on resizes (the user has not zoomed or panned to a node).
    bool isFitting() const { return m_autoFit; }

signals:
    void resized();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // The whole scene stays in view as the widget resizes, until the user zooms.
    bool m_autoFit = true;
    double m_minimumFitScale = 0.05;
    double m_maximumFitScale = 20;
};

} // namespace lgpn
