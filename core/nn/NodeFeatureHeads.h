#pragma once

#include <torch/torch.h>

namespace lgpn {

// One independent head per graph node, turning the image feature f into that node's feature
// (L2-normalised): a linear layer, or with hiddenDim > 0 an MLP (linear, ReLU, linear) as the
// authors' heads. Held as [N, F, D] weights applied with einsum: N separate Linear modules would
// cost N kernel launches per batch for the same arithmetic.
class NodeFeatureHeadsImpl : public torch::nn::Module
{
public:
    NodeFeatureHeadsImpl(int64_t nodeCount, int64_t featureDim, int64_t nodeDim, int64_t hiddenDim = 0);
    torch::Tensor forward(const torch::Tensor &feature); // [B, F] -> [B, N, D]

private:
    torch::Tensor m_hiddenWeight; // [N, F, H], undefined without a hidden layer
    torch::Tensor m_hiddenBias;   // [N, H]
    torch::Tensor m_weight;       // [N, F or H, D]
    torch::Tensor m_bias;         // [N, D]
};
TORCH_MODULE(NodeFeatureHeads);

} // namespace lgpn
