#pragma once

#include <QString>

#include <optional>

namespace lgpn {

// One line of the PDF's summary table: what an investigator needs to find an image in a large
// case without its own page.
struct PdfSummaryRow
{
    int number = 0;            // the image's number in the report (1-based, as on its own page)
    QString path;              // the table shows it relative to the case's common folder
    QString sha256Prefix;      // the first 12 hex digits
    bool ok = false;
    double generatedProbability = 0;
    std::optional<double> novelty; // empty until the analysis computes one: the table shows "—"
    int group = 0;             // 1-based similarity group, 0 for none
    QString predictions;       // the strongest node predictions, or why the file failed
    bool hasPage = false;      // a per-image page follows
};

} // namespace lgpn
