#include "PdfReportWriter.h"

#include "ChartPainter.h"
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

constexpr double kPageWidth = 595;  // A4 in points (the writer runs at 72 dpi)
constexpr double kPageHeight = 842;
constexpr double kMargin = 42;
constexpr double kContentWidth = kPageWidth - 2 * kMargin;

// A cursor down the page that starts a new page when the next block does not fit.
class PageFlow
{
public:
    PageFlow(QPdfWriter &writer, QPainter &painter) : m_writer(writer), m_painter(painter) {}

    void ensure(double height)
    {
        if (y + height > kPageHeight - kMargin)
            newPage();
    }
    void newPage()
    {
        m_writer.newPage();
        y = kMargin;
    }
    // Wrapped text at the cursor; returns its height.
    double text(const QString &text, const QFont &font, double indent = 0, double width = kContentWidth)
    {
        m_painter.setFont(font);
        const QRectF bounds = m_painter.boundingRect(QRectF(kMargin + indent, 0, width - indent, 10000), Qt::TextWordWrap, text);
        ensure(bounds.height());
        m_painter.drawText(QRectF(kMargin + indent, y, width - indent, bounds.height()), Qt::TextWordWrap, text);
        y += bounds.height();
        return bounds.height();
    }

    double y = kMargin;

private:
    QPdfWriter &m_writer;
    QPainter &m_painter;
};

QFont font(double points, bool bold = false, bool mono = false)
{
    QFont f(mono ? QStringLiteral("DejaVu Sans Mono") : QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    if (mono)
        f.setStyleHint(QFont::Monospace);
    return f;
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
        .arg(*auc, 0, 'f', 2)
        .arg(reliability.isReliable(finding.rangeNode) == NodeReliability::Verdict::NotReliable
                 ? QStringLiteral(", not reliable for unseen generators")
                 : QString());
}

// The cover: the case summary, the tool and model, the model's limits and how far its predictions
// carry over to unseen generators.
void writeCover(PageFlow &flow, const ReportContext &context, const BatchSummary &summary, const SimilarityReport &similarity)
{
    flow.text(QStringLiteral("LGPN Studio — analysis report"), font(20, true));
    flow.y += 6;
    flow.text(QStringLiteral("Which generative model made these images? Hyperparameters predicted by the Learnable Graph "
                             "Pooling Network (NeurIPS 2024)."),
              font(10));
    flow.y += 12;
    flow.text(QStringLiteral("Case summary"), font(13, true));
    flow.text(QStringLiteral("%1 files: %2 analysed, %3 could not be analysed%4.\nStarted %5, finished %6 (%7 s).\n"
                             "Images likely made by the same generator: %8 groups (cosine similarity ≥ %9).")
                  .arg(summary.files).arg(summary.analysed).arg(summary.failed)
                  .arg(summary.cancelled ? QStringLiteral(" (cancelled)") : QString())
                  .arg(context.startedUtc, summary.finishedUtc).arg(summary.seconds, 0, 'f', 1)
                  .arg(similarity.groups.size()).arg(context.similarityThreshold),
              font(10));
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

// A page for one analysed image: thumbnail, file, hashes, P(generated), continuous parameters,
// the loss and architecture bars (grey where the model is not reliable on unseen generators) and
// the image's learned pooling.
void writeImagePage(PageFlow &flow, QPainter &painter, const ReportContext &context, const ImageAnalysis &a, size_t number,
                    const ImageLoader &loader)
{
    const HyperparameterSchema &schema = context.schema;
    flow.newPage();
    flow.text(QStringLiteral("Image %1: %2").arg(number).arg(QFileInfo(a.path).fileName()), font(13, true));
    const double top = flow.y + 4;
    QString changed;
    try {
        const LoadedImage image = loader.loadNative(NativePath::bytesOf(a.path, a.pathBytes));
        if (image.sha256 != a.sha256)
            changed = QStringLiteral("The file changed after it was analysed: the thumbnail is of the new contents.");
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
        const double height = std::min(90.0, kPageHeight - kMargin - flow.y - 4);
        ChartPainter::heatmap(painter, QRectF(kMargin, flow.y + 2, kContentWidth, height), transposed);
        flow.y += height + 6;
    }
}

// The similarity matrix in clustering order and the groups.
void writeSimilarity(PageFlow &flow, QPainter &painter, const ReportContext &context, const SimilarityReport &similarity,
                     const std::vector<ImageAnalysis> &images)
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
    for (size_t g = 0; g < similarity.groups.size(); ++g) {
        QStringList members;
        for (int index : similarity.groups[g])
            members << QStringLiteral("%1 (%2)").arg(index + 1).arg(QFileInfo(images[size_t(index)].path).fileName());
        flow.text(QStringLiteral("Group %1: %2").arg(g + 1).arg(members.join(QStringLiteral(", "))), font(9));
    }
}

// Appendix: what failed and why.
void writeFailures(PageFlow &flow, const std::vector<ImageAnalysis> &images)
{
    flow.newPage();
    flow.text(QStringLiteral("Appendix: files that could not be analysed"), font(13, true));
    int failed = 0;
    for (const ImageAnalysis &a : images) {
        if (a.ok)
            continue;
        ++failed;
        flow.text(QStringLiteral("%1\n%2").arg(pathLines(a), a.error), font(9), 0);
        flow.text(QStringLiteral("SHA-256: %1").arg(a.sha256.isEmpty() ? QStringLiteral("(unreadable)") : QString::fromLatin1(a.sha256)),
                  font(7, false, true), 12);
        flow.y += 4;
    }
    if (failed == 0)
        flow.text(QStringLiteral("None: every file was analysed."), font(10));
}

} // namespace

PdfReportWriter::PdfReportWriter(const QString &path, bool force, const ReportContext &context)
    : m_path(path)
    , m_force(force)
    , m_context(context)
{
    if (path == u"-")
        throw InputError(path, QStringLiteral("a PDF report must go to a file"));
    ReportOutput::checkWritable(path, force);
}

void PdfReportWriter::add(const ImageAnalysis &analysis)
{
    ImageAnalysis kept = analysis;
    kept.learnedCorrelations.clear(); // the report draws the pooling, not the correlations
    m_images.push_back(std::move(kept));
}

void PdfReportWriter::finish(const BatchSummary &summary, const SimilarityReport &similarity)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(QStringLiteral("LGPN Studio analysis report"));
        writer.setCreator(QStringLiteral("lgpn %1").arg(m_context.toolVersion));
        QPainter painter(&writer);
        painter.setRenderHint(QPainter::Antialiasing);
        PageFlow flow(writer, painter);
        writeCover(flow, m_context, summary, similarity);
        const ImageLoader loader;
        for (size_t i = 0; i < m_images.size(); ++i) {
            if (m_images[i].ok)
                writeImagePage(flow, painter, m_context, m_images[i], i + 1, loader);
        }
        writeSimilarity(flow, painter, m_context, similarity, m_images);
        writeFailures(flow, m_images);
        painter.end();
    }
    ReportOutput output(m_path, m_force);
    output.write(bytes);
    output.commit();
}

} // namespace lgpn
