#pragma once

#include <QGraphicsRectItem>

#include <functional>

class QGraphicsSimpleTextItem;

namespace lgpn {

// The box Graphviz put around the nodes of one supernode (a cluster), titled with the
// supernode's name; a click on it reports the supernode, so the inspector can list its members.
class GraphClusterItem : public QGraphicsRectItem
{
public:
    GraphClusterItem(int supernode, const QRectF &box, const QString &title, double titlePoints);

    int supernode() const { return m_supernode; }
    QGraphicsSimpleTextItem *title() const { return m_title; }
    void setHighlighted(bool highlighted);

    std::function<void(GraphClusterItem *)> onClick;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;

private:
    int m_supernode;
    QGraphicsSimpleTextItem *m_title;
};

} // namespace lgpn
