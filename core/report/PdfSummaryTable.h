#pragma once

#include "PdfPageFlow.h"
#include "PdfSummaryRow.h"
#include "ReportContext.h"

#include <array>
#include <vector>

namespace lgpn {

// The table that opens the PDF report: one row per file (name, SHA-256 prefix, P(generated),
// novelty, similarity group, strongest predictions), over as many pages as it takes, with the
// column header repeated on every page. 7.5 pt text, so about 70 rows a page.
class PdfSummaryTable
{
public:
    static PdfSummaryRow rowOf(int number, const ImageAnalysis &analysis, const ReportContext &context, bool hasPage);
    // The `count` most probable loss and discrete-architecture nodes: "hinge 0.93, norm_batch 0.81".
    static QString strongestPredictions(const HyperparameterSchema &schema, const ImageAnalysis &analysis, int count = 3);
    // Sets each row's group from the report's similarity groups (row i is report image i).
    static void setGroups(std::vector<PdfSummaryRow> &rows, const SimilarityReport &similarity);
    // The folder every path lies in ("" when they share none), so the table can show shorter names.
    static QString commonFolder(const std::vector<PdfSummaryRow> &rows);
    // `path` without the common `folder` (as commonFolder gives it).
    static QString relativeName(const QString &path, const QString &folder);

    PdfSummaryTable(PdfPageFlow &flow, const ReportContext &context);
    // Draws the table from the flow's cursor on; returns the number of pages it started.
    int draw(const std::vector<PdfSummaryRow> &rows);

private:
    static constexpr size_t kColumnCount = 7;

    void measureColumns();
    void drawHeader(bool continued);
    void drawRow(const PdfSummaryRow &row, bool shaded);

    PdfPageFlow &m_flow;
    const ReportContext &m_context;
    std::array<double, kColumnCount> m_widths{}; // in points, measured on the PDF's own resolution
    QString m_folder;                            // the rows' common folder, left out of their names
};

} // namespace lgpn
