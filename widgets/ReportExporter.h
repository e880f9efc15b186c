#pragma once

#include "report/ReportContext.h"

#include <QString>

namespace lgpn {

class ImageListModel;

// Writes the studio's current analysis as a report through the same writers as `lgpn analyze`
// (JSON, CSV, PDF): every analysed or failed file in list order, with the batch's similarity
// groups. Throws InputError naming the file when the report cannot be written.
class ReportExporter
{
public:
    enum class Format { Pdf, Json, Csv };

    // `seconds`: how long the analysis of the images took, for the report's summary.
    static void write(Format format, const QString &path, const ImageListModel &images, const ReportContext &context,
                      double seconds);
    static Format formatOf(const QString &path); // by extension; PDF when unknown
};

} // namespace lgpn
