#pragma once

#include "analysis/ImageAnalysis.h"
#include "bundle/NodeReliability.h"
#include "schema/HyperparameterSchema.h"

#include <QDialog>

namespace lgpn {

// Two images side by side with their predictions and their similarity, opened from a cell of
// the pair-similarity heatmap. Predictions of nodes the model does not predict reliably for unseen
// generators (held-out AUC under the bundle's threshold) are marked so.
class PairDialog : public QDialog
{
    Q_OBJECT

public:
    PairDialog(const HyperparameterSchema &schema, const ImageAnalysis &a, const ImageAnalysis &b, double threshold,
               const NodeReliability &reliability, QWidget *parent = nullptr);
};

} // namespace lgpn
