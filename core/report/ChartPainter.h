#pragma once

#include "analysis/ImageAnalysis.h"
#include "bundle/NodeReliability.h"
#include "schema/HyperparameterSchema.h"

#include <QPainter>
#include <QRectF>

namespace lgpn {

// Charts of an analysis drawn with QPainter, so that the PDF report and the studio's views draw
// the same pictures. Each function draws inside `area` and returns the height it used.
class ChartPainter
{
public:
    // Horizontal probability bars for the nodes of the given group kind, grouped by fine group,
    // with the decision threshold drawn as a line and decided nodes filled darker. Where the
    // model's held-out AUC of a node is known it is printed beside the node's name ("AUC 0.62"),
    // and the bars of nodes under the reliability threshold are grey instead of blue.
    static double probabilityBars(QPainter &painter, const QRectF &area, const HyperparameterSchema &schema,
                                  const ImageAnalysis &analysis, GroupKind kind, double threshold,
                                  const NodeReliability &reliability);
    // One line under the bars: a grey swatch and what grey means ("grey: not reliable for unseen
    // generators (held-out AUC < 0.70)"), or that reliability is unknown for this model.
    static double reliabilityLegend(QPainter &painter, const QRectF &area, const NodeReliability &reliability);
    // The fill of a bar: blue (dark when decided), grey for a node not reliable on unseen generators.
    static QColor barColour(bool decided, NodeReliability::Verdict verdict);
    // A heatmap of a matrix (values 0..1 by default), cells in the given order (all when empty),
    // with a colour scale from white to dark blue.
    static void heatmap(QPainter &painter, const QRectF &area, const FloatMatrix &matrix, const std::vector<int> &order = {},
                        double minimum = 0, double maximum = 1);
    static QColor scaleColour(double value);
};

} // namespace lgpn
