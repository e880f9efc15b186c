#pragma once

#include "ReportContext.h"
#include "ReportOutput.h"
#include "ReportWriter.h"

#include <QJsonObject>

namespace lgpn {

// The JSON report of `lgpn analyze` (format in the README), streamed: each image is written as
// its result comes, so memory does not grow with the batch.
class JsonReportWriter : public ReportWriter
{
public:
    JsonReportWriter(const QString &path, bool force, const ReportContext &context);
    QString format() const override { return QStringLiteral("json"); }
    void add(const ImageAnalysis &analysis) override;
    void finish(const BatchSummary &summary, const SimilarityReport &similarity) override;

    static QJsonObject header(const ReportContext &context);
    static QJsonObject imageJson(const ReportContext &context, const ImageAnalysis &analysis);

private:
    ReportOutput m_output;
    const ReportContext &m_context;
    int m_images = 0;
};

} // namespace lgpn
