#pragma once

#include "ConvNorm.h"
#include "ModelKinds.h"

#include <torch/torch.h>

namespace lgpn {

// A ResNet block: basic (two 3x3 convolutions, ResNet-18/34) or bottleneck (1x1, 3x3, 1x1 with a
// 4x narrower middle and the stride on the 3x3, ResNet-50 v1.5), with a projection shortcut when
// the shape changes.
class ResidualBlockImpl : public torch::nn::Module
{
public:
    ResidualBlockImpl(BlockKind kind, int64_t inChannels, int64_t outChannels, int64_t stride);
    torch::Tensor forward(const torch::Tensor &input);

private:
    std::vector<ConvNorm> m_layers;
    ConvNorm m_shortcut{nullptr};
};
TORCH_MODULE(ResidualBlock);

} // namespace lgpn
