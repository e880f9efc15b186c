#pragma once

#include "PdfSummaryRow.h"
#include "ReportRequest.h"
#include "ReportWriter.h"

#include <QIODevice>
#include <QString>

#include <vector>

namespace lgpn {

// The PDF report of a batch (QPdfWriter + QPainter; needs a QGuiApplication, which the CLI
// creates on the offscreen platform), written as PDF/A-1b so that it can be archived: a cover
// page with the case summary, tool and model versions and the model card's limits; a summary
// table of every file (PdfSummaryTable); a page per image as `pages` chooses (thumbnail,
// hashes, predictions as charts, its learned pooling); the similarity matrix and groups; an
// appendix of the files that failed and why. Only the images that get a page are kept whole
// until finish() (a few KB each; thumbnails are read again then, and a file whose bytes
// changed meanwhile is flagged); the others keep their summary row. Written atomically; an
// existing file is replaced only with `force`.
class PdfReportWriter : public ReportWriter
{
public:
    // What finish() laid out.
    struct Layout
    {
        int pages = 0;
        int summaryPages = 0; // the summary table's pages
        int imagePages = 0;   // images given a page of their own
    };

    PdfReportWriter(const QString &path, bool force, const ReportContext &context, PdfPages pages = PdfPages::All);
    QString format() const override { return QStringLiteral("pdf"); }
    void add(const ImageAnalysis &analysis) override;
    void finish(const BatchSummary &summary, const SimilarityReport &similarity) override;

    const std::vector<PdfSummaryRow> &summaryRows() const { return m_rows; }
    const Layout &layout() const { return m_layout; }

private:
    struct PagedImage
    {
        int number; // in the report, 1-based
        ImageAnalysis analysis;
    };

    bool getsPage(const ImageAnalysis &analysis) const;
    void render(QIODevice &device, const BatchSummary &summary, const SimilarityReport &similarity);

    QString m_path;
    bool m_force;
    const ReportContext &m_context;
    PdfPages m_pages;
    std::vector<PdfSummaryRow> m_rows;  // every file, in report order
    std::vector<PagedImage> m_paged;    // the analysed images that get a page
    std::vector<ImageAnalysis> m_failed; // for the appendix
    Layout m_layout;
};

} // namespace lgpn
