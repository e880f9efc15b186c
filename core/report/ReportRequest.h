#pragma once

#include <QString>

#include <optional>

namespace lgpn {

enum class ReportFormat { Pdf, Json, Csv };

// Which per-image pages follow the PDF's summary table: every analysed image, only those likely
// generated (P(generated) at or above the report's decision threshold), or none.
enum class PdfPages { All, Generated, None };

// One report to write: its format, where, and the choices that only some formats read.
struct ReportRequest
{
    ReportFormat format = ReportFormat::Pdf;
    QString path;           // "-" for standard output (JSON and CSV)
    bool force = false;     // replace an existing file
    PdfPages pdfPages = PdfPages::All;
};

// By the file's extension (.json, .csv); PDF when it is neither.
ReportFormat reportFormatOf(const QString &path);

// "all", "generated", "none": the names of `--pdf-pages`, kept at the command-line edge.
QString pdfPagesName(PdfPages pages);
std::optional<PdfPages> pdfPagesFromName(const QString &name);

} // namespace lgpn
