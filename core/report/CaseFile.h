#pragma once

#include "ReportContext.h"

#include <QString>

#include <vector>

namespace lgpn {

// A finished analysis read back from its JSON report (the case file), as plain data: the run's
// context (the model's id and hash, thresholds, node reliability), every image's result and the
// similarity groups the report found. Nothing here ran the model.
struct CaseFile
{
    QString path;                                      // the case file, as named by the user
    ReportContext context;                             // schema: the one the case was read against
    std::vector<ImageAnalysis> images;                 // in report order, exact names from pathBytes
    std::vector<std::vector<int>> similarityGroups;    // indices into images, groups of two or more
    BatchSummary summary;
};

} // namespace lgpn
