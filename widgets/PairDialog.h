#pragma once

#include "analysis/ImageAnalysis.h"
#include "schema/HyperparameterSchema.h"

#include <QDialog>

namespace lgpn {

// Two images side by side with their predictions and their similarity, opened from a cell of
// the pair-similarity heatmap.
class PairDialog : public QDialog
{
    Q_OBJECT

public:
    PairDialog(const HyperparameterSchema &schema, const ImageAnalysis &a, const ImageAnalysis &b, double threshold,
               QWidget *parent = nullptr);
};

} // namespace lgpn
