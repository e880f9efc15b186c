#pragma once

#include "GraphSpec.h"
#include "LgpnOptions.h"
#include "LgpnOutput.h"

#include <torch/torch.h>

namespace lgpn {

struct LgpnTargets
{
    torch::Tensor nodeLabels;  // [B, N] 0/1 (ignored for real images)
    torch::Tensor isGenerated; // [B] 1 generated, 0 real
    torch::Tensor nodeMask;    // optional [B, N]: 1 where a label is known (synthetic traces have no losses)
};

struct LgpnLossTerms
{
    torch::Tensor total;
    torch::Tensor classification; // Eq. 7, generated images only
    torch::Tensor hierarchy;      // Eq. 8
    torch::Tensor isolation;      // Eq. 9
};

// LGPN's joint objective (paper Sec. 3.3), weighted by the options.
LgpnLossTerms lgpnLoss(const LgpnOutput &output, const LgpnTargets &targets, const GraphSpec &spec,
                       const LgpnOptions &options);

// L1 between regressed and true normalised continuous values, where mask is 1 (Appendix B).
torch::Tensor continuousRegressionLoss(const LgpnOutput &output, const torch::Tensor &targets, const torch::Tensor &mask);

} // namespace lgpn
