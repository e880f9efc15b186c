#include "ImagePanel.h"

#include "EvidenceBar.h"
#include "EvidenceMapTask.h"
#include "ExactNameText.h"
#include "SchemaText.h"

#include "ProbabilityPlot.h"
#include "ThumbnailCache.h"

#include "common/NativePath.h"
#include "report/EvidenceOverlay.h"
#include "report/ReportContext.h"

#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <numeric>

namespace lgpn {

ImagePanel::ImagePanel(QWidget *parent)
    : QWidget(parent)
    , m_image(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_details(new QLabel(this))
    , m_reliabilityLegend(new QLabel(this))
    , m_noveltyWarning(new QLabel(this))
    , m_caseNote(new QLabel(this))
    , m_lossBox(new QGroupBox(this))
    , m_discreteBox(new QGroupBox(this))
    , m_continuousBox(new QGroupBox(this))
    , m_lossPlot(new ProbabilityPlot(GroupKind::Loss, m_lossBox))
    , m_discretePlot(new ProbabilityPlot(GroupKind::Discrete, m_discreteBox))
    , m_continuous(new QTableWidget(0, 3, m_continuousBox))
    , m_evidenceBar(new EvidenceBar(this))
{
    m_image->setFixedSize(160, 160);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setFrameShape(QFrame::StyledPanel);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_reliabilityLegend->setObjectName(QStringLiteral("reliabilityLegend"));
    m_reliabilityLegend->setWordWrap(true);
    m_reliabilityLegend->setTextFormat(Qt::RichText);

    // Warnings an investigator must not miss: in the colours of a message box's warning.
    m_noveltyWarning->setObjectName(QStringLiteral("noveltyWarning"));
    m_noveltyWarning->setWordWrap(true);
    m_noveltyWarning->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; border: 1px solid #e0b400; padding: 6px; }"));
    m_caseNote->setObjectName(QStringLiteral("caseNote"));
    m_caseNote->setWordWrap(true);
    m_caseNote->setTextFormat(Qt::RichText);
    m_caseNote->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *header = new QGridLayout;
    header->addWidget(m_image, 0, 0, 2, 1, Qt::AlignTop);
    header->addWidget(m_headline, 0, 1);
    header->addWidget(m_details, 1, 1);
    header->addWidget(m_evidenceBar, 2, 0, 1, 2);
    connect(m_evidenceBar, &EvidenceBar::nodeChosen, this, &ImagePanel::startEvidence);
    connect(m_evidenceBar, &EvidenceBar::opacityChanged, this, &ImagePanel::showPreview);
    header->setColumnStretch(1, 1);

    (new QVBoxLayout(m_lossBox))->addWidget(m_lossPlot);
    (new QVBoxLayout(m_discreteBox))->addWidget(m_discretePlot);
    m_continuous->verticalHeader()->hide();
    m_continuous->verticalHeader()->setDefaultSectionSize(m_continuous->fontMetrics().height() + 8);
    m_continuous->setAlternatingRowColors(true);
    m_continuous->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_continuous->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_continuous->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_continuous->horizontalHeader()->setStretchLastSection(true);
    m_continuous->setObjectName(QStringLiteral("continuousTable"));
    (new QVBoxLayout(m_continuousBox))->addWidget(m_continuous);

    auto *content = new QWidget;
    auto *plots = new QGridLayout(content);
    plots->addLayout(header, 0, 0, 1, 2);
    plots->addWidget(m_noveltyWarning, 1, 0, 1, 2);
    plots->addWidget(m_caseNote, 2, 0, 1, 2);
    plots->addWidget(m_continuousBox, 3, 0, 1, 2);
    plots->addWidget(m_reliabilityLegend, 4, 0, 1, 2);
    plots->addWidget(m_lossBox, 5, 0, Qt::AlignTop);
    plots->addWidget(m_discreteBox, 5, 1, Qt::AlignTop);
    plots->setRowStretch(6, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    retranslate();
    clear();
}

void ImagePanel::clear()
{
    cancelEvidence();
    m_map = FloatMatrix();
    m_preview = QImage();
    m_evidenceBar->setEnabled(false);
    m_hasAnalysis = false;
    m_check = CaseInputCheck::Result::NotChecked;
    m_previous.reset();
    refresh();
}

void ImagePanel::setCaseState(CaseInputCheck::Result check, std::shared_ptr<const ImageAnalysis> previous)
{
    m_check = check;
    m_previous = std::move(previous);
    refreshCaseNote();
}

void ImagePanel::setAnalysis(const HyperparameterSchema &schema, const ImageAnalysis &analysis, double threshold,
                             const NodeReliability &reliability)
{
    m_schema = schema;
    m_analysis = analysis;
    m_threshold = threshold;
    m_reliability = reliability;
    m_hasAnalysis = true;
    cancelEvidence();
    m_map = FloatMatrix();
    m_preview = ThumbnailCache::load(NativePath::bytesOf(analysis.path, analysis.pathBytes), m_image->width());
    m_evidenceBar->setNodes(schema, analysis);
    m_evidenceBar->setEnabled(m_evidence && analysis.ok && !m_preview.isNull());
    showPreview();
    refresh();
}

void ImagePanel::setEvidenceSource(std::shared_ptr<const EvidenceMap> evidence)
{
    cancelEvidence();
    m_evidence = std::move(evidence);
    m_evidenceBar->setEnabled(m_evidence && m_hasAnalysis && m_analysis.ok && !m_preview.isNull());
}

void ImagePanel::cancelEvidence()
{
    ++m_generation;
    if (m_watcher) {
        m_watcher->cancel();
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
}

void ImagePanel::startEvidence(int node)
{
    cancelEvidence();
    m_map = FloatMatrix();
    showPreview();
    if (node < 0 || !m_evidence || !m_hasAnalysis) {
        m_evidenceBar->setStatus(QString());
        return;
    }
    m_evidenceBar->setStatus(tr("Computing the evidence map…"));
    const quint64 generation = m_generation;
    const EvidenceMapTask::Request request{NativePath::bytesOf(m_analysis.path, m_analysis.pathBytes), node, m_evidence};
    m_watcher = new QFutureWatcher<EvidenceResult>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this, generation, watcher = m_watcher] {
        if (!watcher->isCanceled() && watcher->future().resultCount() > 0)
            onEvidence(generation, watcher->result());
    });
    m_watcher->setFuture(QtConcurrent::run([request](QPromise<EvidenceResult> &promise) {
        promise.addResult(EvidenceMapTask::compute(request, [&promise] { return promise.isCanceled(); }));
    }));
}

void ImagePanel::onEvidence(quint64 generation, const EvidenceResult &result)
{
    if (generation != m_generation)
        return; // a newer choice is on its way
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_map = result.map;
    m_evidenceBar->setStatus(result.error.isEmpty()
                                 ? tr("Yellow: the pixels that drive this node most; grey: none, or not read by the model (%1 ms)")
                                       .arg(result.milliseconds, 0, 'f', 0)
                                 : tr("No evidence map: %1").arg(result.error));
    showPreview();
    emit evidenceShown();
}

void ImagePanel::showPreview()
{
    if (m_preview.isNull()) {
        m_image->setPixmap(QPixmap());
        return;
    }
    const bool overlaid = !m_map.values.empty();
    m_image->setPixmap(QPixmap::fromImage(overlaid ? EvidenceOverlay::blend(m_preview, m_map, m_evidenceBar->opacity()) : m_preview));
}

QString ImagePanel::headline() const
{
    return m_headline->text();
}

QString ImagePanel::details() const
{
    return m_details->text();
}

QPixmap ImagePanel::preview() const
{
    return m_image->pixmap();
}

void ImagePanel::refresh()
{
    const bool shown = m_hasAnalysis && m_analysis.ok;
    m_lossBox->setVisible(shown);
    m_discreteBox->setVisible(shown);
    m_continuousBox->setVisible(shown);
    m_reliabilityLegend->setVisible(shown);
    m_noveltyWarning->setVisible(shown && m_analysis.unlikeTraining());
    refreshCaseNote();
    if (!m_hasAnalysis) {
        m_image->clear();
        m_headline->setText(tr("No image selected"));
        m_details->setText(tr("Drop images or folders on the window, or use File → Open, then select an image in the list."));
        return;
    }
    const ImageAnalysis &a = m_analysis;
    if (!a.ok) {
        m_headline->setText(tr("Cannot be analysed"));
        m_details->setText(QStringList{pathLines(), a.error}.join(u'\n'));
        return;
    }
    const double generated = a.generatedProbability;
    m_headline->setText(generated >= m_threshold ? tr("Likely generated: %1 %").arg(generated * 100, 0, 'f', 1)
                                                 : tr("Likely real: generated %1 %").arg(generated * 100, 0, 'f', 1));
    QStringList lines;
    lines << pathLines();
    lines << tr("%1 × %2 px, %3, %4 bytes").arg(a.width).arg(a.height).arg(a.format).arg(a.fileSize);
    lines << tr("SHA-256 %1").arg(QString::fromLatin1(a.sha256));
    lines << tr("%n crop(s) read at native resolution; crop agreement %1 (1 = all crops predict the same)", nullptr, a.cropCount)
                 .arg(a.cropAgreement, 0, 'f', 2);
    lines << noveltyLine();
    for (const QString &note : a.notes)
        lines << note;
    m_details->setText(lines.join(u'\n'));

    m_lossPlot->setAnalysis(m_schema, a, m_threshold, m_reliability);
    m_discretePlot->setAnalysis(m_schema, a, m_threshold, m_reliability);
    m_reliabilityLegend->setText(legendText());
    fillContinuousTable();
}

QString ImagePanel::noveltyLine() const
{
    if (!m_analysis.novelty)
        return tr("Novelty: — (this model cannot tell how unlike its training generators an image is)");
    return tr("Novelty %1 (at or above %2: unlike the training generators)")
        .arg(*m_analysis.novelty, 0, 'f', 2)
        .arg(ImageAnalysis::kUnlikeTrainingThreshold, 0, 'f', 2);
}

QString ImagePanel::topNodes(const ImageAnalysis &analysis) const
{
    std::vector<int> order(analysis.nodeProbabilities.size());
    std::iota(order.begin(), order.end(), 0);
    const size_t shown = std::min<size_t>(3, order.size());
    std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(shown), order.end(),
                      [&](int a, int b) { return analysis.nodeProbabilities[size_t(a)] > analysis.nodeProbabilities[size_t(b)]; });
    QStringList names;
    for (size_t k = 0; k < shown && order[k] < m_schema.nodeCount(); ++k)
        names << QStringLiteral("%1 %2").arg(schemaText(m_schema.node(order[k]).displayName)).arg(analysis.nodeProbabilities[size_t(order[k])], 0, 'f', 2);
    return names.join(QStringLiteral(", "));
}

// What a reopened case adds: the file's state since the analysis, and the old result beside the new.
void ImagePanel::refreshCaseNote()
{
    QStringList lines;
    if (m_hasAnalysis && m_check == CaseInputCheck::Result::Changed)
        lines << tr("<b>The file changed since the analysis</b>: its SHA-256 is no longer the case's.");
    else if (m_hasAnalysis && m_check == CaseInputCheck::Result::Missing)
        lines << tr("<b>The file is missing</b>: it is no longer where the case says.");
    if (m_hasAnalysis && m_previous && m_previous->ok && m_analysis.ok) {
        lines << tr("Before Analyse Again: P(generated) %1 %, now %2 %.")
                     .arg(m_previous->generatedProbability * 100, 0, 'f', 1)
                     .arg(m_analysis.generatedProbability * 100, 0, 'f', 1);
        lines << tr("Top nodes before: %1").arg(topNodes(*m_previous).toHtmlEscaped());
        lines << tr("Top nodes now: %1").arg(topNodes(m_analysis).toHtmlEscaped());
    } else if (m_hasAnalysis && m_previous) {
        lines << tr("Before Analyse Again: %1").arg(m_previous->ok ? tr("analysed") : tr("cannot be analysed: %1").arg(m_previous->error.toHtmlEscaped()));
    }
    m_caseNote->setText(lines.join(QStringLiteral("<br>")));
    m_caseNote->setVisible(!lines.isEmpty());
}

QString ImagePanel::pathLines() const
{
    return ExactNameText::under(QDir::toNativeSeparators(m_analysis.path), NativePath::bytesOf(m_analysis.path, m_analysis.pathBytes));
}

// Each continuous parameter's regressed value and most probable range; a range the model does not
// predict reliably for unseen generators is greyed and says so.
void ImagePanel::fillContinuousTable()
{
    const std::vector<ContinuousFinding> findings = continuousFindings(m_schema, m_analysis);
    m_continuous->setRowCount(int(findings.size()));
    for (int row = 0; row < int(findings.size()); ++row) {
        const ContinuousFinding &finding = findings[size_t(row)];
        auto *name = new QTableWidgetItem(schemaText(finding.displayName));
        auto *value = new QTableWidgetItem(tr("≈ %1 %2").arg(naturalNumber(finding.value), schemaText(finding.unit)));
        auto *range = new QTableWidgetItem(tr("range %1 (p = %2)").arg(finding.range).arg(finding.rangeProbability, 0, 'f', 2));
        value->setToolTip(tr("The regressed value, in natural units"));
        QString rangeTip = tr("The most probable of the parameter's ranges, and its probability");
        if (const std::optional<double> auc = m_reliability.auc(finding.rangeNode)) {
            rangeTip += u'\n' + tr("Held-out AUC of this range: %1").arg(m_reliability.aucText(*auc));
            if (m_reliability.isReliable(finding.rangeNode) == NodeReliability::Verdict::NotReliable) {
                rangeTip += u'\n' + tr("Not reliable for unseen generators (held-out AUC < %1)").arg(m_reliability.thresholdText());
                range->setForeground(mutedText());
                range->setText(tr("%1 · not reliable").arg(range->text()));
            }
        }
        range->setToolTip(rangeTip);
        m_continuous->setItem(row, 0, name);
        m_continuous->setItem(row, 1, value);
        m_continuous->setItem(row, 2, range);
    }
    m_continuous->setFixedHeight(m_continuous->horizontalHeader()->height() + m_continuous->verticalHeader()->length() + 4);
}

QColor ImagePanel::mutedText() const
{
    // Halfway between the text and its background: the grey of the bars, in light and dark palettes.
    const QColor text = palette().color(QPalette::Text);
    const QColor base = palette().color(QPalette::Base);
    return QColor((text.red() + base.red()) / 2, (text.green() + base.green()) / 2, (text.blue() + base.blue()) / 2);
}

QString ImagePanel::legendText() const
{
    if (!m_reliability.isKnown())
        return tr("Reliability for unseen generators is unknown for this model: its bundle gives no held-out AUC per node.");
    return QStringLiteral("<span style=\"color:%1\">&#9632;&#9632;</span> %2")
        .arg(ProbabilityPlot::unreliableColour().name(), tr("grey: not reliable for unseen generators (held-out AUC < %1). Hover a bar for its held-out AUC.")
                              .arg(m_reliability.thresholdText()).toHtmlEscaped());
}

void ImagePanel::retranslate()
{
    m_lossBox->setTitle(tr("Loss functions"));
    m_discreteBox->setTitle(tr("Discrete architecture"));
    m_continuousBox->setTitle(tr("Continuous architecture: predicted value and range"));
    m_continuous->setHorizontalHeaderLabels({tr("Parameter"), tr("Value"), tr("Range")});
    m_image->setToolTip(tr("The image, scaled to fit"));
    m_noveltyWarning->setText(tr("⚠ This image is unlike the generators the model was trained on: its parsed hyperparameters "
                                 "are extrapolations, not findings."));
    refresh();
}

void ImagePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lgpn
