#pragma once

#include "bundle/NodeReliability.h"
#include "schema/HyperparameterSchema.h"

#include <QString>

namespace lgpn {

// A model bundle that carries per-node held-out AUCs, for the tests of what shows them (reports,
// studio): the embedded model saved again with a manifest whose nodeReliability gives the first
// loss node an AUC of 0.9 (reliable) and the second 0.699 (not reliable at the default 0.7, and
// close enough to it that two decimals would print it as 0.70); every other node is unknown. LibTorch stays behind this header.
struct ReliabilityBundle
{
    QString path;
    HyperparameterSchema schema;
    NodeReliability reliability;
    QString reliableNode;    // AUC 0.9
    QString unreliableNode;  // AUC 0.699
};

ReliabilityBundle saveEmbeddedWithReliability(const QString &path);

} // namespace lgpn
