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
    // Shows the whole scene, and keeps it whole on resizes until the user zooms.
    void fitAll();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // The whole scene stays in view as the widget resizes, until the user zooms.
    bool m_autoFit = true;
};

} // namespace lgpn
