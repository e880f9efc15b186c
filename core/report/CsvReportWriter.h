#pragma once

#include "ReportContext.h"
#include "ReportOutput.h"
#include "ReportWriter.h"

namespace lgpn {

// The CSV report of `lgpn analyze`: one row per input file, streamed. Columns: the file
// (path, sha256, size, format, width, height, status, error, notes), generated_probability,
// crop_count, crop_agreement, per schema node p_<node> and auc_<node> (the model's held-out AUC of
// that node, empty when unknown), per continuous parameter <id>_value and <id>_range, and
// unreliable_nodes (the ids of the nodes whose held-out AUC is under the model's reliability
// threshold, joined by ';'). Rows of files that could not be analysed leave all of these empty.
// RFC 4180 quoting.
class CsvReportWriter : public ReportWriter
{
public:
    CsvReportWriter(const QString &path, bool force, const ReportContext &context);
    QString format() const override { return QStringLiteral("csv"); }
    void add(const ImageAnalysis &analysis) override;
    void finish(const BatchSummary &summary, const SimilarityReport &similarity) override; // the rows say it all

    static QString field(const QString &text);

private:
    ReportOutput m_output;
    const ReportContext &m_context;
};

} // namespace lgpn
