#pragma once

#include <torch/torch.h>

namespace lgpn {

// A ResNet block: "basic" (two 3x3 convolutions, ResNet-18/34) or "bottleneck" (1x1, 3x3, 1x1
// with a 4x narrower middle, ResNet-50), with a projection shortcut when the shape changes.
class ResidualBlockImpl : public torch::nn::Module
{
public:
    ResidualBlockImpl(const std::string &kind, int64_t inChannels, int64_t outChannels, int64_t stride);
    torch::Tensor forward(const torch::Tensor &input);

private:
    torch::Tensor convBn(size_t index, const torch::Tensor &input);

    std::vector<torch::nn::Conv2d> m_convs;
    std::vector<torch::nn::BatchNorm2d> m_norms;
    torch::nn::Conv2d m_shortcutConv{nullptr};
    torch::nn::BatchNorm2d m_shortcutNorm{nullptr};
};
TORCH_MODULE(ResidualBlock);

// Conv2d without bias (a batch norm follows) — the building block of the backbone.
torch::nn::Conv2d makeConv(int64_t in, int64_t out, int64_t kernel, int64_t stride = 1);

} // namespace lgpn
