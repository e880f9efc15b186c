#pragma once

#include <QFont>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QString>

namespace lgpn {

// A cursor down the pages of the PDF report (A4 in points: the writer runs at 72 dpi) that starts
// a new page when the next block does not fit, and numbers every page in its footer.
class PdfPageFlow
{
public:
    static constexpr double kPageWidth = 595;
    static constexpr double kPageHeight = 842;
    static constexpr double kMargin = 42;
    static constexpr double kContentWidth = kPageWidth - 2 * kMargin;
    static constexpr double kBottom = kPageHeight - kMargin; // where the content of a page ends

    // `footer` is printed at the foot of every page, before its number.
    PdfPageFlow(QPagedPaintDevice &device, QPainter &painter, const QString &footer);

    // A new page when a block of `height` does not fit under the cursor; true when it started one.
    bool ensure(double height);
    void newPage();
    // Wrapped text at the cursor; returns its height.
    double text(const QString &text, const QFont &font, double indent = 0, double width = kContentWidth);
    // Numbers the last page; call once, before the painter ends.
    void finish();
    int pageCount() const { return m_page; }

    QPainter &painter() { return m_painter; }
    static QFont font(double points, bool bold = false, bool mono = false);

    double y = kMargin;

private:
    void drawFooter();

    QPagedPaintDevice &m_device;
    QPainter &m_painter;
    QString m_footer;
    int m_page = 1;
};

} // namespace lgpn
