#pragma once

#include <torch/torch.h>

namespace lgpn {

struct PoolingResult
{
    torch::Tensor matching;    // S [B, N, K], row-stochastic (softmax over supernodes)
    torch::Tensor pooled;      // S^T X [B, K, D]
    torch::Tensor correlation; // learned supernode graph [B, K, K], in [0, 1]
};

// Learnable graph pooling (paper Eq. 2-5): the current node features decide, per image, how
// nodes merge into K supernodes (S = softmax(X W)), the supernode features are S^T X, and an
// MLP on them learns the image-dependent correlations among supernodes.
class LearnablePoolingImpl : public torch::nn::Module
{
public:
    LearnablePoolingImpl(int64_t dim, int64_t supernodes);
    PoolingResult forward(const torch::Tensor &nodes);

private:
    torch::nn::Linear m_assign{nullptr};
    torch::nn::Linear m_query{nullptr};
    torch::nn::Linear m_key{nullptr};
};
TORCH_MODULE(LearnablePooling);

} // namespace lgpn
