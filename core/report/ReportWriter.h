#pragma once

#include "ReportContext.h"

#include <QString>

namespace lgpn {

// One report of a batch (JSON, CSV, PDF): images are added in report order as their results come
// (a streaming writer writes them at once), then finish() ends the report and commits the file.
// ReportWriters makes them from ReportRequests, so that `lgpn analyze` and the studio dispatch
// through one list.
class ReportWriter
{
public:
    virtual ~ReportWriter() = default;
    virtual QString format() const = 0; // "json", "csv", "pdf"
    virtual void add(const ImageAnalysis &analysis) = 0;
    virtual void finish(const BatchSummary &summary, const SimilarityReport &similarity) = 0;
};

} // namespace lgpn
