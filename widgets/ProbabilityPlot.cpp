#include "ProbabilityPlot.h"

#include "SchemaText.h"

#include "PlotStyle.h"

#include <QHelpEvent>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace lgpn {

namespace {
constexpr int kRowHeight = 19;

// Grey for the nodes the model does not predict reliably on unseen generators: mid grey reads on
// light and dark backgrounds alike.
QColor greyFor(bool decided)
{
    QColor grey = ProbabilityPlot::unreliableColour();
    if (!decided)
        grey.setAlphaF(0.35f);
    return grey;
}

QCPBars *makeBars(QCPAxis *keys, QCPAxis *values, const QColor &colour, const QString &name)
{
    auto *bars = new QCPBars(keys, values);
    bars->setBrush(colour);
    bars->setPen(Qt::NoPen);
    bars->setWidth(0.7);
    bars->setName(name);
    return bars;
}

} // namespace

ProbabilityPlot::ProbabilityPlot(GroupKind kind, QWidget *parent)
    : QCustomPlot(parent)
    , m_kind(kind)
{
    setInteractions(QCP::Interactions());
    applyPaletteToPlot(this);
}

void ProbabilityPlot::clearAnalysis()
{
    clearPlottables();
    clearItems();
    m_decided = 0;
    m_bars.clear();
    replot();
}

void ProbabilityPlot::setAnalysis(const HyperparameterSchema &schema, const ImageAnalysis &analysis, double threshold,
                                  const NodeReliability &reliability)
{
    clearPlottables();
    clearItems();
    m_decided = 0;
    m_bars.clear();
    m_reliability = reliability;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const QColor highlight = palette().color(QPalette::Highlight);
    QColor light = highlight;
    light.setAlphaF(0.35f);
    auto *decided = makeBars(yAxis, xAxis, highlight, tr("predicted (at or above the threshold)"));
    auto *undecided = makeBars(yAxis, xAxis, light, tr("below the threshold"));
    auto *decidedGrey = makeBars(yAxis, xAxis, greyFor(true), tr("predicted, but not reliable for unseen generators"));
    auto *undecidedGrey = makeBars(yAxis, xAxis, greyFor(false), tr("below the threshold, not reliable for unseen generators"));

    double row = 0;
    for (int groupIndex : schema.groupsOfKind(m_kind)) {
        const SchemaGroup &group = schema.group(groupIndex);
        // The category's name on a row of its own, in upper case so it stands out from its nodes.
        ticker->addTick(row, schemaText(group.displayName).toUpper());
        row += 1;
        for (int node : group.nodes) {
            Bar bar;
            bar.id = schema.node(node).id;
            bar.name = schemaText(schema.node(node).displayName);
            bar.row = row;
            bar.probability = node < int(analysis.nodeProbabilities.size()) ? analysis.nodeProbabilities[size_t(node)] : 0.0;
            bar.heldOutAuc = reliability.auc(bar.id);
            bar.verdict = reliability.isReliable(bar.id);
            const bool isDecided = bar.probability >= threshold;
            const bool grey = bar.verdict == NodeReliability::Verdict::NotReliable;
            bar.plottable = grey ? (isDecided ? decidedGrey : undecidedGrey) : (isDecided ? decided : undecided);
            bar.plottable->addData(row, bar.probability);
            m_decided += isDecided ? 1 : 0;
            // The node's name, with its held-out AUC where the model gives one.
            ticker->addTick(row, bar.heldOutAuc ? tr("%1 · AUC %2").arg(bar.name, reliability.aucText(*bar.heldOutAuc)) : bar.name);
            auto *label = new QCPItemText(this);
            label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            label->position->setCoords(std::min(bar.probability, 0.86) + 0.01, row);
            label->setText(QString::number(bar.probability, 'f', 2));
            label->setColor(palette().color(QPalette::Text));
            label->setFont(QFont(font().family(), std::max(7, font().pointSize() - 1)));
            m_bars.push_back(bar);
            row += 1;
        }
    }
    yAxis->setTicker(ticker);
    yAxis->setSubTicks(false);
    yAxis->setTickLength(0, 2);
    yAxis->grid()->setVisible(false);
    yAxis->setRange(-0.7, row - 0.3);
    yAxis->setRangeReversed(true);
    xAxis->setRange(0, 1);
    xAxis->setLabel(tr("probability"));

    // The decision threshold.
    auto *line = new QCPItemStraightLine(this);
    line->point1->setCoords(threshold, 0);
    line->point2->setCoords(threshold, 1);
    line->setPen(QPen(QColor(200, 40, 40), 1.5, Qt::DashLine));
    auto *lineLabel = new QCPItemText(this);
    lineLabel->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    lineLabel->position->setType(QCPItemPosition::ptPlotCoords);
    lineLabel->position->setCoords(threshold, -0.7);
    lineLabel->setClipToAxisRect(false);
    lineLabel->setText(tr("threshold %1").arg(threshold, 0, 'f', 2));
    lineLabel->setColor(QColor(200, 40, 40));

    setFixedHeight(int(row) * kRowHeight + 70);
    setToolTip(tr("Probability of each hyperparameter, averaged over the image's crops; bars reaching the dashed line "
                  "are the predicted hyperparameters."));
    replot();
}

int ProbabilityPlot::greyedCount() const
{
    return int(std::count_if(m_bars.begin(), m_bars.end(), [](const Bar &bar) { return bar.verdict == NodeReliability::Verdict::NotReliable; }));
}

const ProbabilityPlot::Bar *ProbabilityPlot::bar(const QString &nodeId) const
{
    for (const Bar &bar : m_bars) {
        if (bar.id == nodeId)
            return &bar;
    }
    return nullptr;
}

bool ProbabilityPlot::isGreyed(const QString &nodeId) const
{
    const Bar *found = bar(nodeId);
    return found && found->verdict == NodeReliability::Verdict::NotReliable;
}

QBrush ProbabilityPlot::barBrush(const QString &nodeId) const
{
    const Bar *found = bar(nodeId);
    return found ? found->plottable->brush() : QBrush();
}

QString ProbabilityPlot::barToolTip(const QString &nodeId) const
{
    const Bar *found = bar(nodeId);
    return found ? toolTipOf(*found) : QString();
}

QString ProbabilityPlot::toolTipOf(const Bar &bar) const
{
    QStringList lines{tr("%1: probability %2").arg(bar.name).arg(bar.probability, 0, 'f', 2)};
    if (!m_reliability.isKnown())
        return lines.first(); // the panel says once that the model does not tell
    if (!bar.heldOutAuc)
        lines << tr("Held-out AUC: not measured for this node");
    else
        lines << tr("Held-out AUC %1 (how well this node is predicted for generators left out of training)").arg(m_reliability.aucText(*bar.heldOutAuc));
    if (bar.verdict == NodeReliability::Verdict::NotReliable)
        lines << tr("Not reliable for unseen generators (held-out AUC < %1)").arg(m_reliability.thresholdText());
    return lines.join(u'\n');
}

QString ProbabilityPlot::toolTipAt(const QPoint &position) const
{
    if (m_bars.empty() || !axisRect()->rect().contains(position))
        return toolTip();
    const double row = std::round(yAxis->pixelToCoord(position.y()));
    for (const Bar &bar : m_bars) {
        if (bar.row == row)
            return toolTipOf(bar);
    }
    return toolTip();
}

bool ProbabilityPlot::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        QToolTip::showText(help->globalPos(), toolTipAt(help->pos()), this);
        return true;
    }
    return QCustomPlot::event(event);
}

void ProbabilityPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPaletteToPlot(this);
    QCustomPlot::changeEvent(event);
}

} // namespace lgpn
