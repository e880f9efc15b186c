#pragma once

#include "report/ReportContext.h"
#include "report/ReportRequest.h"

#include <QString>

#include <memory>
#include <vector>

namespace lgpn {

class ImageListModel;

// The files of a report, taken from the list on the GUI thread: the analyses are shared and
// immutable, so a worker thread can write them while the list changes.
struct ReportCase
{
    std::vector<std::shared_ptr<const ImageAnalysis>> analyses; // analysed or failed, in list order
    bool someNotAnalysed = false;                               // files loaded but not analysed
};

// Writes the studio's current analysis as a report through the same writers as `lgpn analyze`
// (ReportWriters: JSON, CSV, PDF): every analysed or failed file in list order, with the batch's
// similarity groups. Throws InputError naming the file when the report cannot be written. write()
// from a ReportCase is safe on any thread.
class ReportExporter
{
public:
    using Format = ReportFormat;

    static ReportCase snapshot(const ImageListModel &images);
    // `seconds`: how long the analysis of the images took, for the report's summary; `pdfPages`:
    // which per-image pages a PDF gets after its summary table.
    static void write(Format format, const QString &path, const ReportCase &images, const ReportContext &context, double seconds,
                      PdfPages pdfPages = PdfPages::All);
    static void write(Format format, const QString &path, const ImageListModel &images, const ReportContext &context,
                      double seconds, PdfPages pdfPages = PdfPages::All);
    static Format formatOf(const QString &path) { return reportFormatOf(path); } // by extension; PDF when unknown
};

} // namespace lgpn
