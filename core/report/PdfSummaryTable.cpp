#include "PdfSummaryTable.h"

#include "analysis/StrongestNodes.h"

#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>

#include <algorithm>
#include <array>
#include <numeric>

namespace lgpn {

namespace {

constexpr double kTextPoints = 7.5;
constexpr double kRowHeight = 10.5;
constexpr double kPadding = 3;

struct Column
{
    const char *title;
    Qt::Alignment alignment;
    const char *widest; // the widest content of a column sized to fit it; nullptr: shares the rest
    double share;       // of the rest, for the columns that share it
};

constexpr Column kColumns[] = {
    {"#", Qt::AlignRight, "00000", 0},
    {"File", Qt::AlignLeft, nullptr, 0.4},
    {"SHA-256", Qt::AlignLeft, "000000000000", 0},
    {"P(generated)", Qt::AlignRight, "0.000", 0},
    {"Novelty", Qt::AlignRight, "0.00", 0},
    {"Group", Qt::AlignRight, "0000", 0},
    {"Strongest predictions", Qt::AlignLeft, nullptr, 0.6},
};
static_assert(std::size(kColumns) == 7, "PdfSummaryTable::kColumnCount");
constexpr size_t kShaColumn = 2;
constexpr size_t kGeneratedColumn = 3;
constexpr size_t kPredictionsColumn = 6;

QFont cellFont(size_t column, bool bold = false)
{
    return PdfPageFlow::font(kTextPoints, bold, column == kShaColumn);
}

QString noveltyText(const std::optional<double> &novelty)
{
    return novelty ? QString::number(*novelty, 'f', 2) : QStringLiteral("—");
}

} // namespace

PdfSummaryRow PdfSummaryTable::rowOf(int number, const ImageAnalysis &analysis, const ReportContext &context, bool hasPage)
{
    PdfSummaryRow row;
    row.number = number;
    row.path = analysis.path;
    row.sha256Prefix = QString::fromLatin1(analysis.sha256.left(12));
    row.ok = analysis.ok;
    row.generatedProbability = analysis.generatedProbability;
    row.novelty = analysis.novelty;
    row.predictions = analysis.ok ? strongestPredictions(context.schema, analysis) : QStringLiteral("not analysed: ") + analysis.error;
    row.hasPage = hasPage;
    return row;
}

QString PdfSummaryTable::strongestPredictions(const HyperparameterSchema &schema, const ImageAnalysis &analysis, int count)
{
    const std::vector<int> nodes = StrongestNodes::of(schema, analysis.nodeProbabilities, count);
    QStringList parts;
    for (int node : nodes)
        parts << QStringLiteral("%1 %2").arg(schema.node(node).id).arg(analysis.nodeProbabilities[size_t(node)], 0, 'f', 2);
    return parts.join(QStringLiteral(", "));
}

void PdfSummaryTable::setGroups(std::vector<PdfSummaryRow> &rows, const SimilarityReport &similarity)
{
    for (size_t g = 0; g < similarity.groups.size(); ++g) {
        for (int index : similarity.groups[g]) {
            if (index >= 0 && size_t(index) < rows.size())
                rows[size_t(index)].group = int(g) + 1;
        }
    }
}

QString PdfSummaryTable::commonFolder(const std::vector<PdfSummaryRow> &rows)
{
    if (rows.empty())
        return {};
    const auto inside = [](const QString &folder, const QString &parent) {
        return folder == parent || folder.startsWith(parent.endsWith(u'/') ? parent : parent + u'/');
    };
    QString common = QFileInfo(rows.front().path).path();
    for (const PdfSummaryRow &row : rows) {
        const QString folder = QFileInfo(row.path).path();
        while (!common.isEmpty() && !inside(folder, common)) {
            const QString parent = QFileInfo(common).path();
            common = parent == common ? QString() : parent; // "/" and "." have no parent
        }
    }
    return common == u"." ? QString() : common;
}

PdfSummaryTable::PdfSummaryTable(PdfPageFlow &flow, const ReportContext &context)
    : m_flow(flow)
    , m_context(context)
{
    measureColumns();
}

// Fixed columns as wide as their header or widest content, the file and predictions sharing the rest.
void PdfSummaryTable::measureColumns()
{
    const QPaintDevice *device = m_flow.painter().device();
    double fixed = 0;
    for (size_t c = 0; c < kColumnCount; ++c) {
        if (!kColumns[c].widest)
            continue;
        const QFontMetricsF metrics(cellFont(c, true), device);
        const double text = std::max(metrics.horizontalAdvance(QString::fromUtf8(kColumns[c].title)),
                                     metrics.horizontalAdvance(QString::fromUtf8(kColumns[c].widest)));
        m_widths[c] = text + 2 * kPadding + 1;
        fixed += m_widths[c];
    }
    for (size_t c = 0; c < kColumnCount; ++c) {
        if (!kColumns[c].widest)
            m_widths[c] = (PdfPageFlow::kContentWidth - fixed) * kColumns[c].share;
    }
}

QString PdfSummaryTable::relativeName(const QString &path, const QString &folder)
{
    return folder.isEmpty() ? path : path.mid(folder.size() + (folder.endsWith(u'/') ? 0 : 1));
}

int PdfSummaryTable::draw(const std::vector<PdfSummaryRow> &rows)
{
    m_folder = commonFolder(rows);
    m_flow.text(QStringLiteral("Summary of every file"), PdfPageFlow::font(13, true));
    m_flow.text(QStringLiteral("%1 files%2. P(generated) in bold: at or above the decision threshold %3. Group: images likely made "
                               "by the same generator (cosine similarity ≥ %4), listed after the image pages. Novelty: how unlike "
                               "the model's training generators an image is (— where the model gives none).")
                    .arg(rows.size())
                    .arg(m_folder.isEmpty() ? QString() : QStringLiteral(", named relative to ") + m_folder)
                    .arg(m_context.threshold).arg(m_context.similarityThreshold),
                PdfPageFlow::font(8));
    m_flow.y += 4;
    int pages = 0;
    drawHeader(false);
    for (size_t i = 0; i < rows.size(); ++i) {
        if (m_flow.ensure(kRowHeight)) {
            ++pages;
            drawHeader(true);
        }
        drawRow(rows[i], i % 2 == 1);
    }
    return pages;
}

void PdfSummaryTable::drawHeader(bool continued)
{
    QPainter &painter = m_flow.painter();
    if (continued)
        m_flow.text(QStringLiteral("Summary of every file (continued)"), PdfPageFlow::font(9, true));
    painter.setFont(PdfPageFlow::font(kTextPoints, true));
    double x = PdfPageFlow::kMargin;
    for (size_t c = 0; c < kColumnCount; ++c) {
        painter.drawText(QRectF(x + kPadding, m_flow.y, m_widths[c] - 2 * kPadding, kRowHeight), kColumns[c].alignment | Qt::AlignVCenter,
                         QString::fromUtf8(kColumns[c].title));
        x += m_widths[c];
    }
    m_flow.y += kRowHeight;
    painter.drawLine(QPointF(PdfPageFlow::kMargin, m_flow.y), QPointF(PdfPageFlow::kMargin + PdfPageFlow::kContentWidth, m_flow.y));
    m_flow.y += 1;
}

void PdfSummaryTable::drawRow(const PdfSummaryRow &row, bool shaded)
{
    QPainter &painter = m_flow.painter();
    if (shaded)
        painter.fillRect(QRectF(PdfPageFlow::kMargin, m_flow.y, PdfPageFlow::kContentWidth, kRowHeight), QColor(240, 242, 246));
    const QString name = relativeName(row.path, m_folder);
    const bool generated = row.ok && row.generatedProbability >= m_context.threshold;
    const QString cells[] = {
        QString::number(row.number),
        name,
        row.sha256Prefix.isEmpty() ? QStringLiteral("(unread)") : row.sha256Prefix,
        row.ok ? QString::number(row.generatedProbability, 'f', 3) : QStringLiteral("—"),
        row.ok ? noveltyText(row.novelty) : QStringLiteral("—"),
        row.group > 0 ? QString::number(row.group) : QString(),
        row.predictions,
    };
    double x = PdfPageFlow::kMargin;
    for (size_t c = 0; c < kColumnCount; ++c) {
        const QFont font = cellFont(c, c == kGeneratedColumn && generated);
        painter.setFont(font);
        painter.setPen(!row.ok && c == kPredictionsColumn ? QColor(170, 30, 30) : QColor(Qt::black));
        const double width = m_widths[c] - 2 * kPadding;
        // Long names keep their start and their extension.
        const QString text = QFontMetricsF(font, painter.device()).elidedText(cells[c], c == 1 ? Qt::ElideMiddle : Qt::ElideRight, width);
        painter.drawText(QRectF(x + kPadding, m_flow.y, width, kRowHeight), kColumns[c].alignment | Qt::AlignVCenter, text);
        x += m_widths[c];
    }
    painter.setPen(QColor(Qt::black));
    m_flow.y += kRowHeight;
}

} // namespace lgpn
