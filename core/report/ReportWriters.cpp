#include "ReportWriters.h"

#include "CsvReportWriter.h"
#include "JsonReportWriter.h"
#include "PdfReportWriter.h"
#include "ReportOutput.h"
#include "common/InputError.h"

#include <QSet>

namespace lgpn {

ReportWriters::ReportWriters(const std::vector<ReportRequest> &requests, const ReportContext &context)
    : m_context(context)
{
    for (const ReportRequest &request : requests)
        m_writers.push_back(create(request, context));
}

std::unique_ptr<ReportWriter> ReportWriters::create(const ReportRequest &request, const ReportContext &context)
{
    switch (request.format) {
    case ReportFormat::Json:
        return std::make_unique<JsonReportWriter>(request.path, request.force, context);
    case ReportFormat::Csv:
        return std::make_unique<CsvReportWriter>(request.path, request.force, context);
    case ReportFormat::Pdf:
        return std::make_unique<PdfReportWriter>(request.path, request.force, context, request.pdfPages);
    }
    throw std::logic_error("unknown report format");
}

void ReportWriters::checkWritable(const std::vector<ReportRequest> &requests)
{
    QSet<QString> files;
    for (const ReportRequest &request : requests) {
        if (request.path != u"-" && files.contains(request.path))
            throw InputError(request.path, QStringLiteral("is named by two reports"));
        files.insert(request.path);
        ReportOutput::checkWritable(request.path, request.force);
    }
}

void ReportWriters::add(const ImageAnalysis &analysis)
{
    if (analysis.ok)
        m_similarity.add(m_added, analysis.nodeProbabilities);
    ++m_added;
    for (const std::unique_ptr<ReportWriter> &writer : m_writers)
        writer->add(analysis);
}

SimilarityReport ReportWriters::finish(const BatchSummary &summary)
{
    const SimilarityReport similarity = m_similarity.result(m_context.similarityThreshold);
    for (const std::unique_ptr<ReportWriter> &writer : m_writers)
        writer->finish(summary, similarity);
    return similarity;
}

} // namespace lgpn
