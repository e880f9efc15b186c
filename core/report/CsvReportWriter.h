#pragma once

#include "ReportContext.h"
#include "ReportOutput.h"

namespace lgpn {

// The CSV report of `lgpn analyze`: one row per input file, streamed. Columns: the file
// (path, sha256, size, format, width, height, status, error, notes), generated_probability,
// crop_count, crop_agreement, one p_<node> column per schema node, and per continuous parameter
// <id>_value and <id>_range. RFC 4180 quoting.
class CsvReportWriter
{
public:
    CsvReportWriter(const QString &path, bool force, const ReportContext &context);
    void add(const ImageAnalysis &analysis);
    void finish();

    static QString field(const QString &text);

private:
    ReportOutput m_output;
    const ReportContext &m_context;
};

} // namespace lgpn
