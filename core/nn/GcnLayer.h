#pragma once

#include <torch/torch.h>

namespace lgpn {

// One graph convolution (paper Eq. 1): H' = norm(A + I) H W + b. The adjacency is either the
// fixed prior graph [N, N] or a per-image learned graph [B, N, N]. Because both are directed,
// the normalisation is by row (each node averages what flows into it) rather than symmetric.
// With edge attention, each edge is further weighted by a learned score of its two ends.
// Gated (LgpnOptions::gated_messages): H' = H W_self + g norm(A) H W, the gate g learnt from 0,
// so that averaging with neighbours cannot wash out what sets a node apart unless it pays.
class GcnLayerImpl : public torch::nn::Module
{
public:
    GcnLayerImpl(int64_t inDim, int64_t outDim, bool edgeAttention, bool gated = false);
    torch::Tensor forward(const torch::Tensor &nodes, const torch::Tensor &adjacency);

private:
    torch::Tensor propagate(const torch::Tensor &transformed, torch::Tensor weights);

    torch::nn::Linear m_linear{nullptr};
    torch::nn::Linear m_self{nullptr};   // gated only
    torch::Tensor m_gate;                // gated only, a scalar
    torch::nn::Linear m_attentionSource{nullptr};
    torch::nn::Linear m_attentionTarget{nullptr};
};
TORCH_MODULE(GcnLayer);

// Stacked GCN layers with LeakyReLU between them and a residual connection around the block.
class GcnBlockImpl : public torch::nn::Module
{
public:
    GcnBlockImpl(int64_t dim, int64_t layers, bool edgeAttention, bool gated = false);
    torch::Tensor forward(const torch::Tensor &nodes, const torch::Tensor &adjacency);

private:
    std::vector<GcnLayer> m_layers;
};
TORCH_MODULE(GcnBlock);

} // namespace lgpn
