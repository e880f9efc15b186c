#include "PdfPagesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace lgpn {

PdfPagesDialog::PdfPagesDialog(PdfPages current, double threshold, QWidget *parent)
    : QDialog(parent)
    , m_choices(new QComboBox(this))
{
    setWindowTitle(tr("PDF report"));
    m_choices->setObjectName(QStringLiteral("pdfPagesChoice"));
    m_choices->addItem(tr("A page for every image"), int(PdfPages::All));
    m_choices->addItem(tr("Pages only for images likely generated (P(generated) ≥ %1)").arg(threshold, 0, 'f', 2),
                       int(PdfPages::Generated));
    m_choices->addItem(tr("No image pages: the summary table only"), int(PdfPages::None));
    setPdfPages(current);
    auto *label = new QLabel(tr("The report opens with a summary table of every file. Which images also get a page of their own?"), this);
    label->setWordWrap(true);
    label->setBuddy(m_choices);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_choices);
    layout->addWidget(buttons);
}

PdfPages PdfPagesDialog::pdfPages() const
{
    return PdfPages(m_choices->currentData().toInt());
}

void PdfPagesDialog::setPdfPages(PdfPages pages)
{
    m_choices->setCurrentIndex(std::max(0, m_choices->findData(int(pages))));
}

} // namespace lgpn
