#pragma once

#include "ZooGenerator.h"

#include <QStringList>

#include <vector>

namespace lgpn::zoo {

// Reads a GM's architecture labels from its generator's module tree, with one set of counting
// rules for every family (written down in core/zoo/README.md). Returns the 15 values of a
// RED architecture row: layers, conv, FC, pooling, normalization layers, filters, blocks,
// layers per block, parameters; normalization, last-layer and last-block nonlinearity codes,
// up-sampling code, skip connection, down-sampling.
class LabelIntrospector
{
public:
    static std::vector<double> architectureRow(const ZooGenerator &generator);
    // The 10 loss columns in schema order (l1 l2 mse mmd ls wgan kl adversarial hinge ce).
    static std::vector<int> lossRow(const QStringList &losses);
};

} // namespace lgpn::zoo
