#include "ChartPainter.h"

#include <algorithm>
#include <optional>

namespace lgpn {

QColor ChartPainter::scaleColour(double value)
{
    const double t = std::clamp(value, 0.0, 1.0);
    // White to a dark blue, readable in print.
    return QColor::fromRgbF(float(1.0 - 0.85 * t), float(1.0 - 0.65 * t), float(1.0 - 0.35 * t));
}

QColor ChartPainter::barColour(bool decided, NodeReliability::Verdict verdict)
{
    if (verdict == NodeReliability::Verdict::NotReliable)
        return decided ? QColor(105, 105, 105) : QColor(185, 185, 185);
    return decided ? QColor(40, 90, 170) : QColor(150, 175, 215);
}

double ChartPainter::probabilityBars(QPainter &painter, const QRectF &area, const HyperparameterSchema &schema,
                                     const ImageAnalysis &analysis, GroupKind kind, double threshold,
                                     const NodeReliability &reliability)
{
    const QFontMetricsF metrics(painter.font());
    const double row = metrics.height() * 1.15;
    const double labelWidth = area.width() * 0.5;
    const double barLeft = area.left() + labelWidth;
    const double barWidth = area.width() - labelWidth - metrics.horizontalAdvance(QStringLiteral(" 0.00"));
    const double aucWidth = reliability.isKnown() ? metrics.horizontalAdvance(QStringLiteral("AUC 0.000 ")) : 0.0;
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
            const QString &id = schema.node(node).id;
            const NodeReliability::Verdict verdict = reliability.isReliable(id);
            const std::optional<double> auc = reliability.auc(id);
            const QRectF label(area.left() + row * 0.5, y, labelWidth - row * 0.5 - (auc ? aucWidth : 0.0), row);
            painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(schema.node(node).displayName, Qt::ElideRight, label.width() - row * 0.3));
            if (auc) {
                painter.save();
                if (verdict == NodeReliability::Verdict::NotReliable)
                    painter.setPen(QColor(105, 105, 105));
                painter.drawText(QRectF(label.right(), y, aucWidth, row), Qt::AlignLeft | Qt::AlignVCenter,
                                 QStringLiteral("AUC %1").arg(reliability.aucText(*auc)));
                painter.restore();
            }
            const QRectF track(barLeft, y + row * 0.2, barWidth, row * 0.6);
            painter.fillRect(track, QColor(235, 235, 235));
            painter.fillRect(QRectF(track.left(), track.top(), track.width() * p, track.height()), barColour(p >= threshold, verdict));
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

double ChartPainter::reliabilityLegend(QPainter &painter, const QRectF &area, const NodeReliability &reliability)
{
    const QFontMetricsF metrics(painter.font());
    const double row = metrics.height() * 1.15;
    const double indent = reliability.isKnown() ? row * 2 : 0;
    const QString text = reliability.isKnown()
        ? QStringLiteral("grey: not reliable for unseen generators (held-out AUC < %1)").arg(reliability.thresholdText())
        : QStringLiteral("Reliability for unseen generators: unknown for this model (its bundle carries no held-out AUC per node).");
    const QRectF textArea(area.left() + indent, area.top(), area.width() - indent, 10000);
    const double height = std::max(row, painter.boundingRect(textArea, Qt::TextWordWrap, text).height());
    if (reliability.isKnown())
        painter.fillRect(QRectF(area.left(), area.top() + row * 0.2, row * 1.6, row * 0.6),
                         barColour(true, NodeReliability::Verdict::NotReliable));
    painter.drawText(QRectF(textArea.left(), area.top(), textArea.width(), height), Qt::TextWordWrap | Qt::AlignVCenter, text);
    return height;
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
