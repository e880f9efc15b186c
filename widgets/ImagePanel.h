#pragma once

#include "analysis/ImageAnalysis.h"
#include "bundle/NodeReliability.h"
#include "report/CaseInputCheck.h"
#include "schema/HyperparameterSchema.h"

#include <QFutureWatcher>
#include <QImage>
#include <QPixmap>
#include <QWidget>

#include <memory>

class QLabel;
class QTableWidget;
class QGroupBox;

namespace lgpn {

class EvidenceBar;
class EvidenceMap;
struct EvidenceResult;
class ProbabilityPlot;

// What the model concluded about one image: how likely it was generated, the loss functions
// and discrete architecture as probability bars with the decision threshold, the continuous
// architecture parameters as a range and a value in natural units, and how much the crops agree.
// Where the model's bundle gives per-node held-out AUCs, the nodes under its reliability threshold
// are greyed, with a legend; without them a short note says that reliability is unknown. Under the
// image, a node's evidence map (EvidenceMap, computed on a pool thread; a newer choice supersedes
// it) can be overlaid with an opacity slider.
class ImagePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ImagePanel(QWidget *parent = nullptr);

    void setAnalysis(const HyperparameterSchema &schema, const ImageAnalysis &analysis, double threshold,
                     const NodeReliability &reliability);
    void clear();
    // The model's evidence maps (nullptr: none, and the evidence controls are disabled).
    void setEvidenceSource(std::shared_ptr<const EvidenceMap> evidence);
    // For an image of a reopened case: whether its file changed or went missing since, and its
    // result before Analyse Again (nullptr: none), shown beside the new one until the case is saved.
    void setCaseState(CaseInputCheck::Result check, std::shared_ptr<const ImageAnalysis> previous);

    // The text of the headline and the continuous table (for tests and screenshots).
    QString headline() const;
    // The lines under it: the path (and the exact name when it differs), size, hash, notes.
    QString details() const;
    // The image, scaled to fit; null when it could not be read.
    QPixmap preview() const;
    QTableWidget *continuousTable() const { return m_continuous; }
    // The warning that the image is unlike the generators the model was trained on (hidden when not).
    QLabel *noveltyWarning() const { return m_noveltyWarning; }
    // The case's lines: changed or missing input, and the old result against the new one.
    QLabel *caseNote() const { return m_caseNote; }
    // The line above the bars: what grey means, or that reliability is unknown for this model.
    QLabel *reliabilityLegend() const { return m_reliabilityLegend; }
    ProbabilityPlot *lossPlot() const { return m_lossPlot; }
    ProbabilityPlot *discretePlot() const { return m_discretePlot; }
    EvidenceBar *evidenceBar() const { return m_evidenceBar; }

signals:
    // An evidence map has been computed and is overlaid on the image.
    void evidenceShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void fillContinuousTable();
    QString legendText() const;
    QString noveltyLine() const;
    void refreshCaseNote();
    // The three most probable nodes, "Name 0.93, Name 0.88, Name 0.80".
    QString topNodes(const ImageAnalysis &analysis) const;
    // The display path, and the exact name under it when the display path is not exact.
    QString pathLines() const;
    QColor mutedText() const;
    void startEvidence(int node);
    void cancelEvidence();
    void onEvidence(quint64 generation, const EvidenceResult &result);
    // The preview, with the evidence map over it when one is shown.
    void showPreview();

    QLabel *m_image;
    QLabel *m_headline;
    QLabel *m_details;
    QLabel *m_reliabilityLegend;
    QLabel *m_noveltyWarning;
    QLabel *m_caseNote;
    QGroupBox *m_lossBox;
    QGroupBox *m_discreteBox;
    QGroupBox *m_continuousBox;
    ProbabilityPlot *m_lossPlot;
    ProbabilityPlot *m_discretePlot;
    QTableWidget *m_continuous;
    HyperparameterSchema m_schema;
    ImageAnalysis m_analysis;
    NodeReliability m_reliability;
    double m_threshold = 0.5;
    bool m_hasAnalysis = false;
    CaseInputCheck::Result m_check = CaseInputCheck::Result::NotChecked;
    std::shared_ptr<const ImageAnalysis> m_previous;
    EvidenceBar *m_evidenceBar;
    std::shared_ptr<const EvidenceMap> m_evidence;
    QImage m_preview;
    FloatMatrix m_map; // empty: no overlay
    QFutureWatcher<EvidenceResult> *m_watcher = nullptr;
    quint64 m_generation = 0; // a result of an older request is dropped
};

} // namespace lgpn
