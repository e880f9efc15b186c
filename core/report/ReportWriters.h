#pragma once

#include "ReportRequest.h"
#include "ReportWriter.h"
#include "SimilarityCollector.h"

#include <memory>
#include <vector>

namespace lgpn {

// The reports of one batch, made from their requests and fed through the one ReportWriter
// interface: `lgpn analyze` and the studio's export both add each result here and finish once,
// whatever the formats. Also collects the batch's similarity groups, which every report ends with.
class ReportWriters
{
public:
    ReportWriters(const std::vector<ReportRequest> &requests, const ReportContext &context);

    static std::unique_ptr<ReportWriter> create(const ReportRequest &request, const ReportContext &context);
    // Throws InputError when a report may not be written, or two name the same file: checked
    // before any work is done.
    static void checkWritable(const std::vector<ReportRequest> &requests);

    // The next file of the report, in report order, to every writer.
    void add(const ImageAnalysis &analysis);
    // Ends and commits every report; returns the similarity groups they state.
    SimilarityReport finish(const BatchSummary &summary);

    const std::vector<std::unique_ptr<ReportWriter>> &writers() const { return m_writers; }

private:
    const ReportContext &m_context;
    std::vector<std::unique_ptr<ReportWriter>> m_writers;
    SimilarityCollector m_similarity;
    int m_added = 0;
};

} // namespace lgpn
