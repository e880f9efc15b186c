#include "ProbabilityPlot.h"

#include "SchemaText.h"

#include "PlotStyle.h"

namespace lgpn {

namespace {
constexpr int kRowHeight = 19;
}

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
    m_decided = m_bars = 0;
    replot();
}

void ProbabilityPlot::setAnalysis(const HyperparameterSchema &schema, const ImageAnalysis &analysis, double threshold)
{
    clearPlottables();
    clearItems();
    m_decided = m_bars = 0;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    auto *decided = new QCPBars(yAxis, xAxis);
    auto *undecided = new QCPBars(yAxis, xAxis);
    const QColor highlight = palette().color(QPalette::Highlight);
    decided->setBrush(highlight);
    decided->setPen(Qt::NoPen);
    QColor light = highlight;
    light.setAlphaF(0.35f);
    undecided->setBrush(light);
    undecided->setPen(Qt::NoPen);
    decided->setWidth(0.7);
    undecided->setWidth(0.7);
    decided->setName(tr("predicted (at or above the threshold)"));
    undecided->setName(tr("below the threshold"));

    double row = 0;
    QFont bold = font();
    bold.setBold(true);
    for (int groupIndex : schema.groupsOfKind(m_kind)) {
        const SchemaGroup &group = schema.group(groupIndex);
        // The category's name on a row of its own, in upper case so it stands out from its nodes.
        ticker->addTick(row, schemaText(group.displayName).toUpper());
        row += 1;
        for (int node : group.nodes) {
            const double p = node < int(analysis.nodeProbabilities.size()) ? analysis.nodeProbabilities[size_t(node)] : 0.0;
            ticker->addTick(row, schemaText(schema.node(node).displayName));
            (p >= threshold ? decided : undecided)->addData(row, p);
            m_decided += p >= threshold ? 1 : 0;
            ++m_bars;
            auto *label = new QCPItemText(this);
            label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            label->position->setCoords(std::min(p, 0.86) + 0.01, row);
            label->setText(QString::number(p, 'f', 2));
            label->setColor(palette().color(QPalette::Text));
            label->setFont(QFont(font().family(), std::max(7, font().pointSize() - 1)));
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

void ProbabilityPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPaletteToPlot(this);
    QCustomPlot::changeEvent(event);
}

} // namespace lgpn
