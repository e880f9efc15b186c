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
    void fitAll();

protected:
    void wheelEvent(QWheelEvent *event) override;
};

} // namespace lgpn
