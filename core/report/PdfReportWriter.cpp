#include "PdfReportWriter.h"

#include "ChartPainter.h"
#include "EvidenceOverlay.h"
#include "PdfPageFlow.h"
#include "PdfSummaryTable.h"
#include "ReportOutput.h"
#include "common/InputError.h"
#include "common/NativePath.h"
#include "image/ImageLoader.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QPdfWriter>

#include <cmath>
#include <optional>

namespace lgpn {

namespace {

constexpr double kMargin = PdfPageFlow::kMargin;
constexpr double kContentWidth = PdfPageFlow::kContentWidth;
constexpr int kEvidenceSide = 120; // points: three maps side by side in the content width

QFont font(double points, bool bold = false, bool mono = false)
{
    return PdfPageFlow::font(points, bold, mono);
}

QImage thumbnail(const cv::Mat &rgb, int size)
{
    const QImage image(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888);
    return image.scaled(size, size, Qt::KeepAspectRatio, rgb.cols < size ? Qt::FastTransformation : Qt::SmoothTransformation).copy();
}

// The file's path, and below it, where the name is not UTF-8 (the path shows U+FFFD), its exact
// bytes percent-escaped so that an investigator can match it to the file.
QString pathLines(const ImageAnalysis &a)
{
    const QByteArray exact = NativePath::exactBytesIfLossy(a.path, a.pathBytes);
    if (exact.isEmpty())
        return a.path;
    return a.path + QStringLiteral("\nExact name (bytes that are not UTF-8 as %XX): ") + NativePath::percentEscaped(exact);
}

// What the cover says about how far the node predictions carry over to unseen generators.
QString reliabilitySummary(const ReportContext &context)
{
    const NodeReliability &reliability = context.nodeReliability;
    if (!reliability.isKnown())
        return QStringLiteral("Reliability for unseen generators: unknown for this model (its bundle carries no held-out AUC per "
                              "node). Treat every hyperparameter prediction as unverified for generators unlike its training data.");
    const QStringList unreliable = reliability.unreliableNodes(context.schema);
    return QStringLiteral("Reliability for unseen generators: %1 of the %2 nodes with a measured held-out AUC are under %3 and drawn "
                          "grey (%4). Measured by: %5")
        .arg(unreliable.size()).arg(reliability.heldOutAuc.size()).arg(reliability.thresholdText())
        .arg(unreliable.isEmpty() ? QStringLiteral("none") : unreliable.join(QStringLiteral(", ")))
        .arg(reliability.source.isEmpty() ? QStringLiteral("(not stated)") : reliability.source);
}

// " — range AUC 0.62, not reliable for unseen generators" after a continuous parameter.
QString rangeReliability(const NodeReliability &reliability, const ContinuousFinding &finding)
{
    const std::optional<double> auc = reliability.auc(finding.rangeNode);
    if (!auc)
        return {};
    return QStringLiteral(" — range AUC %1%2")
        .arg(reliability.aucText(*auc))
        .arg(reliability.isReliable(finding.rangeNode) == NodeReliability::Verdict::NotReliable
                 ? QStringLiteral(", not reliable for unseen generators")
                 : QString());
}

// What follows the summary table, as the cover says it.
QString pagesNote(PdfPages pages, double threshold)
{
    switch (pages) {
    case PdfPages::All:
        return QStringLiteral("A summary table of every file follows, then a page for every analysed image.");
    case PdfPages::Generated:
        return QStringLiteral("A summary table of every file follows, then a page for each image likely generated "
                              "(P(generated) ≥ %1); the others are in the table only.").arg(threshold);
    case PdfPages::None:
        return QStringLiteral("A summary table of every file follows; no image has a page of its own (the JSON report has "
                              "every prediction).");
    }
    return {};
}

// The cover: the case summary, the tool and model, the model's limits and how far its predictions
// carry over to unseen generators.
void writeCover(PdfPageFlow &flow, const ReportContext &context, const BatchSummary &summary, const SimilarityReport &similarity,
                PdfPages pages)
{
    flow.text(QStringLiteral("LGPN Studio — analysis report"), font(20, true));
    flow.y += 6;
    flow.text(QStringLiteral("Which generative model made these images? Hyperparameters predicted by the Learnable Graph "
                             "Pooling Network (NeurIPS 2024)."),
              font(10));
    flow.y += 12;
    flow.text(QStringLiteral("Case summary"), font(13, true));
    flow.text(QStringLiteral("%1 files: %2 analysed, %3 could not be analysed%4.\nStarted %5, finished %6 (%7 s).\n"
                             "Images likely made by the same generator: %8 (cosine similarity ≥ %9).")
                  .arg(summary.files).arg(summary.analysed).arg(summary.failed)
                  .arg(summary.cancelled ? QStringLiteral(" (cancelled)") : QString())
                  .arg(context.startedUtc, summary.finishedUtc).arg(summary.seconds, 0, 'f', 1)
                  .arg(similarity.groups.size() == 1 ? QStringLiteral("1 group")
                                                     : QStringLiteral("%1 groups").arg(similarity.groups.size()))
                  .arg(context.similarityThreshold),
              font(10));
    flow.text(pagesNote(pages, context.threshold), font(10));
    flow.y += 10;
    flow.text(QStringLiteral("Tool and model"), font(13, true));
    flow.text(QStringLiteral("lgpn %1 on %2; decision threshold %3, up to %4 crops per image.\nModel %5 (%6)\n%7\nTrained on: %8")
                  .arg(context.toolVersion, context.device).arg(context.threshold).arg(context.crops)
                  .arg(context.modelId, context.modelPath, context.modelDescription, context.modelTrainingData),
              font(10));
    flow.text(QStringLiteral("Model SHA-256: %1").arg(context.modelSha256), font(8, false, true));
    flow.y += 6;
    flow.text(reliabilitySummary(context), font(9));
    if (!context.modelCardLimits.isEmpty()) {
        flow.y += 10;
        QString limits = context.modelCardLimits;
        limits.remove(QStringLiteral("## ")).replace(QStringLiteral("\n- "), QStringLiteral("\n• ")).replace(QStringLiteral("`"), QString());
        flow.text(limits, font(9));
    }
    flow.y += 10;
    flow.text(QStringLiteral("Inputs were only read, never modified. Every input's SHA-256 is listed with its result."), font(9));
}

// The evidence maps of the strongest nodes (lgpn analyze --evidence) in a row, each over the image
// (over grey when the file could not be read again unchanged), with the node and its probability.
void writeEvidence(PdfPageFlow &flow, QPainter &painter, const HyperparameterSchema &schema, const ImageAnalysis &a, const QImage &picture)
{
    constexpr double kGap = 16;
    flow.ensure(kEvidenceSide + 60);
    flow.text(QStringLiteral("Evidence: which pixels drive each of the strongest nodes (gradient of the node's logit × the image minus "
                             "its blur, on the crops the model read, averaged; yellow = strongest, grey = none, also where no crop reached)."),
              font(8));
    const double top = flow.y + 2;
    double bottom = top;
    for (size_t i = 0; i < a.evidence.size(); ++i) {
        const NodeEvidence &evidence = a.evidence[i];
        QImage background = picture;
        if (background.isNull()) {
            background = QImage(QSize(evidence.map.columns, evidence.map.rows).scaled(kEvidenceSide, kEvidenceSide, Qt::KeepAspectRatio),
                                QImage::Format_RGB32);
            background.fill(QColor(128, 128, 128));
        }
        const double left = kMargin + double(i) * (kEvidenceSide + kGap);
        painter.drawImage(QPointF(left, top), EvidenceOverlay::blend(background, evidence.map, 0.8));
        painter.setFont(font(7));
        painter.drawText(QRectF(left, top + background.height() + 2, kEvidenceSide + kGap - 2, 24), Qt::AlignLeft | Qt::TextWordWrap,
                         QStringLiteral("%1, p %2").arg(schema.node(evidence.node).displayName)
                             .arg(a.nodeProbabilities[size_t(evidence.node)], 0, 'f', 2));
        bottom = std::max(bottom, top + background.height() + 26);
    }
    flow.y = bottom + 4;
}

// A page for one analysed image: thumbnail, file, hashes, P(generated), continuous parameters,
// the loss and architecture bars (grey where the model is not reliable on unseen generators) and
// the image's learned pooling.
void writeImagePage(PdfPageFlow &flow, QPainter &painter, const ReportContext &context, const ImageAnalysis &a, size_t number,
                    const ImageLoader &loader)
{
    const HyperparameterSchema &schema = context.schema;
    flow.newPage();
    flow.text(QStringLiteral("Image %1: %2").arg(number).arg(QFileInfo(a.path).fileName()), font(13, true));
    const double top = flow.y + 4;
    QString changed;
    QImage picture; // the file read again, the background of the evidence maps when unchanged
    try {
        const LoadedImage image = loader.loadNative(NativePath::bytesOf(a.path, a.pathBytes));
        if (image.sha256 != a.sha256)
            changed = QStringLiteral("The file changed after it was analysed: the thumbnail is of the new contents.");
        else
            picture = thumbnail(image.rgb, kEvidenceSide);
        painter.drawImage(QPointF(kMargin, top), thumbnail(image.rgb, 120));
    } catch (const InputError &error) {
        changed = QStringLiteral("The file could not be read again for its thumbnail: %1").arg(error.reason());
    }
    flow.y = top;
    // The path before the arguments: a name's own "%1" or "%25" must not be taken for a placeholder.
    flow.text(pathLines(a) + QStringLiteral("\n%1 × %2 %3, %4 bytes%5")
                  .arg(a.width).arg(a.height).arg(a.format).arg(a.fileSize)
                  .arg(a.notes.isEmpty() ? QString() : QStringLiteral("\nNotes: ") + a.notes.join(QStringLiteral("; "))),
              font(9), 132);
    flow.text(QStringLiteral("SHA-256: %1").arg(QString::fromLatin1(a.sha256)), font(7, false, true), 132);
    flow.text(QStringLiteral("P(generated) = %1 — %2\n%3 crop(s), agreement %4")
                  .arg(a.generatedProbability, 0, 'f', 3)
                  .arg(a.generatedProbability >= context.threshold ? QStringLiteral("likely generated") : QStringLiteral("likely real"))
                  .arg(a.cropCount).arg(a.cropAgreement, 0, 'f', 2),
              font(10, true), 132);
    if (a.unlikeTraining())
        flow.text(QStringLiteral("Unlike the generators the model was trained on (novelty %1): the hyperparameters below are "
                                 "extrapolations.").arg(*a.novelty, 0, 'f', 2),
                  font(9, true), 132);
    else if (a.novelty)
        flow.text(QStringLiteral("Novelty %1: like the generators the model was trained on.").arg(*a.novelty, 0, 'f', 2), font(8), 132);
    if (!changed.isEmpty())
        flow.text(changed, font(9, true), 132);
    flow.y = std::max(flow.y, top + 126) + 6;

    QString continuous = QStringLiteral("Continuous parameters (predicted range, and the regressed value):\n");
    for (const ContinuousFinding &finding : continuousFindings(schema, a))
        continuous += QStringLiteral("  %1: %2 (p %3), ≈ %4 %5%6\n").arg(finding.displayName, finding.range)
                          .arg(finding.rangeProbability, 0, 'f', 2)
                          .arg(naturalNumber(finding.value), finding.unit, rangeReliability(context.nodeReliability, finding));
    flow.text(continuous.trimmed(), font(8));
    flow.y += 6;
    // Loss functions and discrete architecture side by side, and what grey bars mean.
    painter.setFont(font(7));
    const double columnWidth = (kContentWidth - 16) / 2;
    const double left = ChartPainter::probabilityBars(painter, QRectF(kMargin, flow.y, columnWidth, 400), schema, a,
                                                      GroupKind::Loss, context.threshold, context.nodeReliability);
    const double right = ChartPainter::probabilityBars(painter, QRectF(kMargin + columnWidth + 16, flow.y, columnWidth, 400),
                                                       schema, a, GroupKind::Discrete, context.threshold, context.nodeReliability);
    flow.y += std::max(left, right) + 4;
    painter.setFont(font(7));
    flow.y += ChartPainter::reliabilityLegend(painter, QRectF(kMargin, flow.y, kContentWidth, 40), context.nodeReliability) + 8;
    if (!a.evidence.empty())
        writeEvidence(flow, painter, schema, a, picture);
    if (!a.matchingMatrices.empty()) {
        const FloatMatrix &matching = a.matchingMatrices.front();
        flow.ensure(110);
        flow.text(QStringLiteral("Learned pooling of this image: how each of the %1 nodes (columns) joins the %2 supernodes "
                                 "(rows); darker = stronger.")
                      .arg(matching.rows).arg(matching.columns),
                  font(8));
        FloatMatrix transposed{matching.columns, matching.rows, {}};
        for (int r = 0; r < matching.columns; ++r)
            for (int c = 0; c < matching.rows; ++c)
                transposed.values.push_back(matching.at(c, r));
        const double height = std::min(90.0, PdfPageFlow::kBottom - flow.y - 4);
        ChartPainter::heatmap(painter, QRectF(kMargin, flow.y + 2, kContentWidth, height), transposed);
        flow.y += height + 6;
    }
}

// The similarity matrix in clustering order and the groups.
void writeSimilarity(PdfPageFlow &flow, QPainter &painter, const ReportContext &context, const SimilarityReport &similarity,
                     const std::vector<PdfSummaryRow> &rows)
{
    flow.newPage();
    flow.text(QStringLiteral("Images likely made by the same generator"), font(13, true));
    flow.text(QStringLiteral("Cosine similarity of the images' predicted hyperparameter vectors (paper Sec. 4.2), groups at ≥ %1.")
                  .arg(context.similarityThreshold),
              font(9));
    flow.y += 6;
    if (similarity.matrix.rows > 0 && similarity.matrix.rows <= 300) {
        const double side = std::min(kContentWidth - 24, 360.0);
        const double left = kMargin + 24;
        ChartPainter::heatmap(painter, QRectF(left, flow.y, side, side), similarity.matrix, similarity.order);
        // Image numbers along the rows, when they fit.
        const int count = similarity.matrix.rows;
        if (count <= 60) {
            painter.setFont(font(std::min(8.0, side / count * 0.7)));
            for (int r = 0; r < count; ++r)
                painter.drawText(QRectF(kMargin, flow.y + r * side / count, 22, side / count), Qt::AlignRight | Qt::AlignVCenter,
                                 QString::number(similarity.images[size_t(similarity.order[size_t(r)])] + 1));
        }
        flow.y += side + 6;
        flow.text(QStringLiteral("Rows and columns in clustering order, labelled with the image numbers of this report; white = dissimilar, "
                                 "dark blue = identical predictions."),
                  font(8));
    } else if (!similarity.note.isEmpty() || similarity.matrix.rows > 300) {
        flow.text(similarity.note.isEmpty() ? QStringLiteral("The matrix is too large to draw; the groups cover all images.") : similarity.note,
                  font(8));
    }
    flow.y += 6;
    if (similarity.groups.empty())
        flow.text(QStringLiteral("No group: no two images reach the threshold."), font(10));
    // A group of thousands would not fit a page: its first members, and the summary table has the rest.
    constexpr size_t kMembersListed = 40;
    const QString folder = PdfSummaryTable::commonFolder(rows); // names as the summary table gives them
    for (size_t g = 0; g < similarity.groups.size(); ++g) {
        const std::vector<int> &group = similarity.groups[g];
        QStringList members;
        for (size_t m = 0; m < std::min(group.size(), kMembersListed); ++m)
            members << QStringLiteral("%1 (%2)").arg(group[m] + 1).arg(PdfSummaryTable::relativeName(rows[size_t(group[m])].path, folder));
        if (group.size() > kMembersListed)
            members << QStringLiteral("and %1 more (the summary table gives every file's group)").arg(group.size() - kMembersListed);
        flow.text(QStringLiteral("Group %1, %2 images: %3").arg(g + 1).arg(group.size()).arg(members.join(QStringLiteral(", "))), font(9));
        flow.y += 4;
    }
}

// Appendix: what failed and why.
void writeFailures(PdfPageFlow &flow, const std::vector<ImageAnalysis> &failed)
{
    flow.newPage();
    flow.text(QStringLiteral("Appendix: files that could not be analysed"), font(13, true));
    for (const ImageAnalysis &a : failed) {
        flow.text(QStringLiteral("%1\n%2").arg(pathLines(a), a.error), font(9), 0);
        flow.text(QStringLiteral("SHA-256: %1").arg(a.sha256.isEmpty() ? QStringLiteral("(unreadable)") : QString::fromLatin1(a.sha256)),
                  font(7, false, true), 12);
        flow.y += 4;
    }
    if (failed.empty())
        flow.text(QStringLiteral("None: every file was analysed."), font(10));
}

} // namespace

PdfReportWriter::PdfReportWriter(const QString &path, bool force, const ReportContext &context, PdfPages pages)
    : m_path(path)
    , m_force(force)
    , m_context(context)
    , m_pages(pages)
{
    if (path == u"-")
        throw InputError(path, QStringLiteral("a PDF report must go to a file"));
    ReportOutput::checkWritable(path, force);
}

bool PdfReportWriter::getsPage(const ImageAnalysis &analysis) const
{
    if (!analysis.ok)
        return false; // the appendix says why
    switch (m_pages) {
    case PdfPages::All:
        return true;
    case PdfPages::Generated:
        return analysis.generatedProbability >= m_context.threshold; // "likely generated", as its page says
    case PdfPages::None:
        return false;
    }
    return false;
}

void PdfReportWriter::add(const ImageAnalysis &analysis)
{
    const int number = int(m_rows.size()) + 1;
    const bool page = getsPage(analysis);
    m_rows.push_back(PdfSummaryTable::rowOf(number, analysis, m_context, page));
    if (page) {
        m_paged.push_back({number, analysis});
        m_paged.back().analysis.learnedCorrelations.clear(); // the page draws the pooling, not the correlations
    } else if (!analysis.ok) {
        m_failed.push_back(analysis);
    }
}

void PdfReportWriter::finish(const BatchSummary &summary, const SimilarityReport &similarity)
{
    PdfSummaryTable::setGroups(m_rows, similarity);
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        render(buffer, summary, similarity);
    }
    ReportOutput output(m_path, m_force);
    output.write(bytes);
    output.commit();
}

void PdfReportWriter::render(QIODevice &device, const BatchSummary &summary, const SimilarityReport &similarity)
{
    QPdfWriter writer(&device);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b); // archivable: fonts embedded, no transparency, XMP metadata
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(QStringLiteral("LGPN Studio analysis report"));
    writer.setCreator(QStringLiteral("lgpn %1").arg(m_context.toolVersion));
    QPainter painter(&writer);
    painter.setRenderHint(QPainter::Antialiasing);
    PdfPageFlow flow(writer, painter, QStringLiteral("LGPN Studio analysis report, started %1").arg(m_context.startedUtc));
    writeCover(flow, m_context, summary, similarity, m_pages);
    flow.newPage();
    m_layout.summaryPages = 1 + PdfSummaryTable(flow, m_context).draw(m_rows);
    const ImageLoader loader;
    for (const PagedImage &image : m_paged)
        writeImagePage(flow, painter, m_context, image.analysis, size_t(image.number), loader);
    m_layout.imagePages = int(m_paged.size());
    writeSimilarity(flow, painter, m_context, similarity, m_rows);
    writeFailures(flow, m_failed);
    flow.finish();
    m_layout.pages = flow.pageCount();
    painter.end();
}

} // namespace lgpn
