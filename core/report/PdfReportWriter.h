#pragma once

#include "ReportContext.h"

#include <QString>

#include <vector>

namespace lgpn {

// The PDF report of a batch (QPdfWriter + QPainter; needs a QGuiApplication, which the CLI
// creates on the offscreen platform): a cover page with the case summary, tool and model
// versions and the model card's limits; a page per image (thumbnail, hashes, predictions as
// charts, its learned pooling); the similarity matrix and groups; an appendix of the files that
// failed and why. Results are kept until finish() (a few KB per image; thumbnails are read again
// then, and a file whose bytes changed meanwhile is flagged). Written atomically; an existing
// file is replaced only with `force`.
class PdfReportWriter
{
public:
    PdfReportWriter(const QString &path, bool force, const ReportContext &context);
    void add(const ImageAnalysis &analysis);
    void finish(const BatchSummary &summary, const SimilarityReport &similarity);

private:
    QString m_path;
    bool m_force;
    const ReportContext &m_context;
    std::vector<ImageAnalysis> m_images;
};

} // namespace lgpn
