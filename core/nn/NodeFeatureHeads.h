#pragma once

#include <torch/torch.h>

namespace lgpn {

// One independent linear head per graph node, turning the image feature f into that node's
// feature (L2-normalised). Held as one [N, F, D] weight and applied with a single einsum: N
// separate Linear modules would cost N kernel launches per batch for the same arithmetic.
class NodeFeatureHeadsImpl : public torch::nn::Module
{
public:
    NodeFeatureHeadsImpl(int64_t nodeCount, int64_t featureDim, int64_t nodeDim);
    torch::Tensor forward(const torch::Tensor &feature); // [B, F] -> [B, N, D]

private:
    torch::Tensor m_weight;
    torch::Tensor m_bias;
};
TORCH_MODULE(NodeFeatureHeads);

} // namespace lgpn
