#pragma once

#include "report/ReportRequest.h"

#include <QDialog>

class QComboBox;

namespace lgpn {

// Asks, when the studio exports a PDF, which per-image pages follow the summary table of every
// file: all, only the images likely generated, or none (`lgpn analyze --pdf-pages`).
class PdfPagesDialog : public QDialog
{
    Q_OBJECT

public:
    // `threshold`: the decision threshold that "likely generated" means.
    PdfPagesDialog(PdfPages current, double threshold, QWidget *parent = nullptr);

    PdfPages pdfPages() const;
    void setPdfPages(PdfPages pages);

private:
    QComboBox *m_choices;
};

} // namespace lgpn
