#pragma once

#include <torch/torch.h>

namespace lgpn {

// A bias-free convolution followed by batch norm, the backbone's building block. For inference
// the norm can be folded into the convolution (fold()): one kernel instead of two, measured
// ~25% faster per layer at batch 1 to 8 on this CPU and no slower at 64. A folded module is for
// inference only (its weights are rescaled): never train or save it.
class ConvNormImpl : public torch::nn::Module
{
public:
    ConvNormImpl(int64_t in, int64_t out, int64_t kernel, int64_t stride = 1, int64_t groups = 1);
    torch::Tensor forward(const torch::Tensor &input);
    void fold();
    bool folded() const { return m_foldedBias.defined(); }

private:
    torch::nn::Conv2d m_conv{nullptr};
    torch::nn::BatchNorm2d m_norm{nullptr};
    torch::Tensor m_foldedBias;
    int64_t m_stride = 1;
    int64_t m_padding = 0;
    int64_t m_groups = 1;
};
TORCH_MODULE(ConvNorm);

} // namespace lgpn
