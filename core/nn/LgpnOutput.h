#pragma once

#include <torch/torch.h>

#include <vector>

namespace lgpn {

// Everything LGPN says about a batch of images.
struct LgpnOutput
{
    torch::Tensor imageFeature;         // f [B, F]
    torch::Tensor nodeFeatures;         // refined node features [B, N, D]
    torch::Tensor nodeLogits;           // [B, N]
    torch::Tensor nodeProbabilities;    // sigmoid of the logits (Eq. 7) [B, N]
    torch::Tensor generatedLogit;       // [B]
    torch::Tensor generatedProbability; // P(generated) (Eq. 9) [B]
    std::vector<torch::Tensor> matchingMatrices;    // per pooling level [B, N_l, N_l+1]; empty for baselines
    std::vector<torch::Tensor> learnedCorrelations; // per pooling level [B, N_l+1, N_l+1], in [0, 1]
    torch::Tensor continuousValues;     // regressed normalised values [B, C], in [0, 1]
};

} // namespace lgpn
