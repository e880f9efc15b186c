#pragma once

#include "ReportContext.h"
#include "ReportOutput.h"

#include <QJsonObject>

namespace lgpn {

// The JSON report of `lgpn analyze` (format in the README), streamed: each image is written as
// its result comes, so memory does not grow with the batch.
class JsonReportWriter
{
public:
    JsonReportWriter(const QString &path, bool force, const ReportContext &context);
    void add(const ImageAnalysis &analysis);
    void finish(const BatchSummary &summary, const SimilarityReport &similarity);

    static QJsonObject header(const ReportContext &context);
    static QJsonObject imageJson(const ReportContext &context, const ImageAnalysis &analysis);

private:
    ReportOutput m_output;
    const ReportContext &m_context;
    int m_images = 0;
};

} // namespace lgpn
