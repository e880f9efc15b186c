#include "ChartPainter.h"

#include <algorithm>

namespace lgpn {

QColor ChartPainter::scaleColour(double value)
{
    const double t = std::clamp(value, 0.0, 1.0);
    // White to a dark blue, readable in print.
    return QColor::fromRgbF(float(1.0 - 0.85 * t), float(1.0 - 0.65 * t), float(1.0 - 0.35 * t));
}

double ChartPainter::probabilityBars(QPainter &painter, const QRectF &area, const HyperparameterSchema &schema,
                                     const ImageAnalysis &analysis, GroupKind kind, double threshold)
{
    const QFontMetricsF metrics(painter.font());
    const double row = metrics.height() * 1.15;
    const double labelWidth = area.width() * 0.5;
    const double barLeft = area.left() + labelWidth;
    const double barWidth = area.width() - labelWidth - metrics.horizontalAdvance(QStringLiteral(" 0.00"));
    double y = area.top();
    for (int groupIndex : schema.groupsOfKind(kind)) {
        const SchemaGroup &group = schema.group(groupIndex);
        QFont bold = painter.font();
        bold.setBold(true);
        painter.save();
        painter.setFont(bold);
        painter.drawText(QRectF(area.left(), y, area.width(), row), Qt::AlignLeft | Qt::AlignVCenter, group.displayName);
        painter.restore();
        y += row;
        for (int node : group.nodes) {
            const double p = node < int(analysis.nodeProbabilities.size()) ? analysis.nodeProbabilities[size_t(node)] : 0.0;
            painter.drawText(QRectF(area.left() + row * 0.5, y, labelWidth - row * 0.5, row), Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(schema.node(node).displayName, Qt::ElideRight, labelWidth - row * 0.8));
            const QRectF track(barLeft, y + row * 0.2, barWidth, row * 0.6);
            painter.fillRect(track, QColor(235, 235, 235));
            painter.fillRect(QRectF(track.left(), track.top(), track.width() * p, track.height()),
                             p >= threshold ? QColor(40, 90, 170) : QColor(150, 175, 215));
            painter.drawText(QRectF(track.right(), y, area.right() - track.right(), row), Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(p, 'f', 2));
            y += row;
        }
    }
    // The decision threshold across all bars.
    const double x = barLeft + barWidth * threshold;
    painter.save();
    painter.setPen(QPen(QColor(200, 40, 40), 0.8, Qt::DashLine));
    painter.drawLine(QPointF(x, area.top()), QPointF(x, y));
    painter.restore();
    return y - area.top();
}

void ChartPainter::heatmap(QPainter &painter, const QRectF &area, const FloatMatrix &matrix, const std::vector<int> &order,
                           double minimum, double maximum)
{
    if (matrix.rows == 0 || matrix.columns == 0)
        return;
    const bool square = matrix.rows == matrix.columns && !order.empty();
    const double cellWidth = area.width() / matrix.columns;
    const double cellHeight = area.height() / matrix.rows;
    for (int r = 0; r < matrix.rows; ++r) {
        for (int c = 0; c < matrix.columns; ++c) {
            const int row = square ? order[size_t(r)] : r;
            const int column = square ? order[size_t(c)] : c;
            const double value = (matrix.at(row, column) - minimum) / std::max(1e-9, maximum - minimum);
            painter.fillRect(QRectF(area.left() + c * cellWidth, area.top() + r * cellHeight, cellWidth + 0.2, cellHeight + 0.2),
                             scaleColour(value));
        }
    }
    painter.save();
    painter.setPen(QPen(Qt::gray, 0.5));
    painter.drawRect(area);
    painter.restore();
}

} // namespace lgpn
