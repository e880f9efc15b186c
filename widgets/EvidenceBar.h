#pragma once

#include "analysis/ImageAnalysis.h"
#include "schema/HyperparameterSchema.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;

namespace lgpn {

// The Image tab's evidence controls: which node's evidence map to overlay (none, or a loss or
// architecture node, the most probable first), how opaque, and a line saying what is shown.
class EvidenceBar : public QWidget
{
    Q_OBJECT

public:
    explicit EvidenceBar(QWidget *parent = nullptr);

    // The nodes of this analysis to choose from; resets the choice to none.
    void setNodes(const HyperparameterSchema &schema, const ImageAnalysis &analysis);
    int node() const; // -1: none
    double opacity() const;
    void setStatus(const QString &text);

    QComboBox *nodeChooser() const { return m_nodes; }
    QSlider *opacitySlider() const { return m_opacity; }
    QLabel *status() const { return m_status; }

signals:
    void nodeChosen(int node);
    void opacityChanged(double opacity);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QComboBox *m_nodes;
    QSlider *m_opacity;
    QLabel *m_opacityLabel;
    QLabel *m_status;
};

} // namespace lgpn
