#include "PdfPageFlow.h"

namespace lgpn {

PdfPageFlow::PdfPageFlow(QPagedPaintDevice &device, QPainter &painter, const QString &footer)
    : m_device(device)
    , m_painter(painter)
    , m_footer(footer)
{
}

QFont PdfPageFlow::font(double points, bool bold, bool mono)
{
    QFont f(mono ? QStringLiteral("DejaVu Sans Mono") : QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    // No cosmetic shaping: a ligature would put "ﬁ" (U+FB01) in the PDF's text where "file" is
    // written, and searching or copying the report would not find the word. Scripts that need
    // shaping still get it.
    f.setStyleStrategy(QFont::PreferNoShaping);
    if (mono)
        f.setStyleHint(QFont::Monospace);
    return f;
}

bool PdfPageFlow::ensure(double height)
{
    if (y + height <= kBottom)
        return false;
    newPage();
    return true;
}

void PdfPageFlow::newPage()
{
    drawFooter();
    m_device.newPage();
    ++m_page;
    y = kMargin;
}

double PdfPageFlow::text(const QString &text, const QFont &font, double indent, double width)
{
    m_painter.setFont(font);
    const QRectF bounds = m_painter.boundingRect(QRectF(kMargin + indent, 0, width - indent, 10000), Qt::TextWordWrap, text);
    ensure(bounds.height());
    m_painter.drawText(QRectF(kMargin + indent, y, width - indent, bounds.height()), Qt::TextWordWrap, text);
    y += bounds.height();
    return bounds.height();
}

void PdfPageFlow::finish()
{
    drawFooter();
}

void PdfPageFlow::drawFooter()
{
    m_painter.save();
    m_painter.setFont(font(7));
    m_painter.setPen(QColor(90, 90, 90));
    const QRectF line(kMargin, kBottom + 14, kContentWidth, 12);
    m_painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    m_painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("page %1").arg(m_page));
    m_painter.restore();
}

} // namespace lgpn
