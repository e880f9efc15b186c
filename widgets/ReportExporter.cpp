#include "ReportExporter.h"

#include "ImageListModel.h"

#include "report/CsvReportWriter.h"
#include "report/JsonReportWriter.h"
#include "report/PdfReportWriter.h"
#include "report/SimilarityCollector.h"

#include <QDateTime>

#include <algorithm>

namespace lgpn {

namespace {

BatchSummary summaryOf(const ReportCase &images, double seconds)
{
    BatchSummary summary;
    summary.seconds = seconds;
    summary.cancelled = images.someNotAnalysed;
    summary.files = int(images.analyses.size());
    summary.analysed = int(std::count_if(images.analyses.begin(), images.analyses.end(), [](const auto &a) { return a->ok; }));
    summary.failed = summary.files - summary.analysed;
    summary.finishedUtc = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return summary;
}

} // namespace

ReportExporter::Format ReportExporter::formatOf(const QString &path)
{
    if (path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        return Format::Json;
    if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        return Format::Csv;
    return Format::Pdf;
}

ReportCase ReportExporter::snapshot(const ImageListModel &images)
{
    ReportCase snapshot;
    snapshot.analyses.reserve(size_t(images.rowCount()));
    for (int row = 0; row < images.rowCount(); ++row) {
        if (auto analysis = images.sharedAnalysis(row))
            snapshot.analyses.push_back(std::move(analysis));
        else
            snapshot.someNotAnalysed = true;
    }
    return snapshot;
}

void ReportExporter::write(Format format, const QString &path, const ImageListModel &images, const ReportContext &context,
                           double seconds)
{
    write(format, path, snapshot(images), context, seconds);
}

void ReportExporter::write(Format format, const QString &path, const ReportCase &images, const ReportContext &context,
                           double seconds)
{
    const BatchSummary summary = summaryOf(images, seconds);
    std::vector<const ImageAnalysis *> analyses;
    SimilarityCollector similarity;
    for (const auto &analysis : images.analyses) {
        if (analysis->ok)
            similarity.add(int(analyses.size()), analysis->nodeProbabilities);
        analyses.push_back(analysis.get());
    }
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
