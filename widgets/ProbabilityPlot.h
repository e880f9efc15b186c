#pragma once

#include "analysis/ImageAnalysis.h"
#include "bundle/NodeReliability.h"
#include "schema/HyperparameterSchema.h"

#include <qcustomplot.h>

#include <optional>
#include <vector>

namespace lgpn {

// Horizontal probability bars for one kind of hyperparameter node (loss functions or discrete
// architecture), grouped under their category's name, with the decision threshold drawn as a
// line: bars at or above it (the predicted hyperparameters) are drawn dark, the others light.
// Nodes whose held-out AUC (the model's bundle) is under the reliability threshold are drawn grey
// instead of in the highlight colour. Hovering a bar shows its probability and held-out AUC.
class ProbabilityPlot : public QCustomPlot
{
    Q_OBJECT

public:
    ProbabilityPlot(GroupKind kind, QWidget *parent = nullptr);

    void setAnalysis(const HyperparameterSchema &schema, const ImageAnalysis &analysis, double threshold,
                     const NodeReliability &reliability);
    void clearAnalysis();
    // How many bars are drawn above the threshold (the nodes decided "present").
    int decidedCount() const { return m_decided; }
    int barCount() const { return int(m_bars.size()); }
    // The grey of the bars of nodes not reliable for unseen generators (decided ones; undecided
    // ones are a lighter shade of it), for legends.
    static QColor unreliableColour() { return QColor(128, 128, 128); }
    // How many bars are grey (not reliable for unseen generators).
    int greyedCount() const;
    // Whether the node's bar is grey, and the brush it is filled with (none: the node has no bar here).
    bool isGreyed(const QString &nodeId) const;
    QBrush barBrush(const QString &nodeId) const;
    // The tooltip of a node's bar, and of whatever is under a point of the widget (the plot's
    // general tooltip off the bars).
    QString barToolTip(const QString &nodeId) const;
    QString toolTipAt(const QPoint &position) const;

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Bar
    {
        QString id;
        QString name;        // translated display name
        double row = 0;      // the bar's key (its row, from the top)
        double probability = 0;
        std::optional<double> heldOutAuc;
        NodeReliability::Verdict verdict = NodeReliability::Verdict::Unknown;
        QCPBars *plottable = nullptr;
    };
    const Bar *bar(const QString &nodeId) const;
    QString toolTipOf(const Bar &bar) const;

    GroupKind m_kind;
    int m_decided = 0;
    std::vector<Bar> m_bars;
    NodeReliability m_reliability;
};

} // namespace lgpn
