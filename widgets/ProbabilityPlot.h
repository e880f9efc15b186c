#pragma once

#include "analysis/ImageAnalysis.h"
#include "schema/HyperparameterSchema.h"

#include <qcustomplot.h>

namespace lgpn {

// Horizontal probability bars for one kind of hyperparameter node (loss functions or discrete
// architecture), grouped under their category's name, with the decision threshold drawn as a
// line: bars at or above it (the predicted hyperparameters) are drawn dark, the others light.
class ProbabilityPlot : public QCustomPlot
{
    Q_OBJECT

public:
    ProbabilityPlot(GroupKind kind, QWidget *parent = nullptr);

    void setAnalysis(const HyperparameterSchema &schema, const ImageAnalysis &analysis, double threshold);
    void clearAnalysis();
    // How many bars are drawn above the threshold (the nodes decided "present").
    int decidedCount() const { return m_decided; }
    int barCount() const { return m_bars; }

protected:
    void changeEvent(QEvent *event) override;

private:
    GroupKind m_kind;
    int m_decided = 0;
    int m_bars = 0;
};

} // namespace lgpn
