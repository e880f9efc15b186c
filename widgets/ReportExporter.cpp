#include "ReportExporter.h"

#include "ImageListModel.h"

#include "report/CsvReportWriter.h"
#include "report/JsonReportWriter.h"
#include "report/PdfReportWriter.h"
#include "report/SimilarityCollector.h"

#include <QDateTime>

#include <algorithm>

namespace lgpn {

ReportExporter::Format ReportExporter::formatOf(const QString &path)
{
    if (path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        return Format::Json;
    if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        return Format::Csv;
    return Format::Pdf;
}

void ReportExporter::write(Format format, const QString &path, const ImageListModel &images, const ReportContext &context,
                           double seconds)
{
    BatchSummary summary;
    summary.seconds = seconds;
    SimilarityCollector similarity;
    std::vector<const ImageAnalysis *> analyses;
    for (int row = 0; row < images.rowCount(); ++row) {
        if (const ImageAnalysis *analysis = images.analysis(row)) {
            if (analysis->ok)
                similarity.add(int(analyses.size()), analysis->nodeProbabilities);
            analyses.push_back(analysis);
        } else {
            summary.cancelled = true; // files loaded but not analysed
        }
    }
    summary.files = int(analyses.size());
    summary.analysed = int(std::count_if(analyses.begin(), analyses.end(), [](const ImageAnalysis *a) { return a->ok; }));
    summary.failed = summary.files - summary.analysed;
    summary.finishedUtc = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const SimilarityReport pairs = similarity.result(context.similarityThreshold);
    // The user confirmed any replacement in the file dialog.
    const bool force = true;
    switch (format) {
    case Format::Json: {
        JsonReportWriter writer(path, force, context);
        for (const ImageAnalysis *analysis : analyses)
            writer.add(*analysis);
        writer.finish(summary, pairs);
        break;
    }
    case Format::Csv: {
        CsvReportWriter writer(path, force, context);
        for (const ImageAnalysis *analysis : analyses)
            writer.add(*analysis);
        writer.finish();
        break;
    }
    case Format::Pdf: {
        PdfReportWriter writer(path, force, context);
        for (const ImageAnalysis *analysis : analyses)
            writer.add(*analysis);
        writer.finish(summary, pairs);
        break;
    }
    }
}

} // namespace lgpn
