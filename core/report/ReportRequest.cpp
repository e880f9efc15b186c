#include "ReportRequest.h"

namespace lgpn {

ReportFormat reportFormatOf(const QString &path)
{
    if (path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        return ReportFormat::Json;
    if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        return ReportFormat::Csv;
    return ReportFormat::Pdf;
}

QString pdfPagesName(PdfPages pages)
{
    switch (pages) {
    case PdfPages::All:
        return QStringLiteral("all");
    case PdfPages::Generated:
        return QStringLiteral("generated");
    case PdfPages::None:
        return QStringLiteral("none");
    }
    return {};
}

std::optional<PdfPages> pdfPagesFromName(const QString &name)
{
    for (PdfPages pages : {PdfPages::All, PdfPages::Generated, PdfPages::None}) {
        if (name == pdfPagesName(pages))
            return pages;
    }
    return std::nullopt;
}

} // namespace lgpn
