#include "ReportExporter.h"

#include "ImageListModel.h"

#include "report/ReportWriters.h"

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
                           double seconds, PdfPages pdfPages)
{
    write(format, path, snapshot(images), context, seconds, pdfPages);
}

void ReportExporter::write(Format format, const QString &path, const ReportCase &images, const ReportContext &context,
                           double seconds, PdfPages pdfPages)
{
    // The user confirmed any replacement in the file dialog.
    const ReportRequest request{format, path, true, pdfPages};
    ReportWriters reports({request}, context);
    for (const auto &analysis : images.analyses)
        reports.add(*analysis);
    reports.finish(summaryOf(images, seconds));
}

} // namespace lgpn
