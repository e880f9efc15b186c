#pragma once

#include "LgpnOptions.h"
#include "ResidualBlock.h"

#include <torch/torch.h>

namespace lgpn {

// The Generation Trace Capturing network (paper Sec. 3.2.1). Three parallel stride-1 stem
// convolutions (7x7, 5x5, 3x3) are fused by a 1x1 convolution into F0 at input resolution.
// A ResNet branch of four stages goes down in resolution; a high-resolution branch of four
// blocks stays at F0's resolution (no pooling, no strided convolution), and each ResNet
// stage's output is projected (1x1) and upsampled into it, so high-frequency generation traces
// survive. Both branches are average pooled, joined and mapped by a linear layer to f.
class GtcBackboneImpl : public torch::nn::Module
{
public:
    explicit GtcBackboneImpl(const LgpnOptions &options);
    torch::Tensor forward(const torch::Tensor &images); // [B, C, H, W] -> f [B, feature_dim]

private:
    torch::Tensor conv(torch::nn::Conv2d &layer, const torch::Tensor &input);

    std::vector<torch::nn::Conv2d> m_stems;
    ConvNorm m_fusion{nullptr};
    ConvNorm m_entry{nullptr};
    std::vector<torch::nn::Sequential> m_stages;
    std::vector<torch::nn::Conv2d> m_projections;
    std::vector<ConvNorm> m_highRes;
    torch::nn::Linear m_output{nullptr};
    int64_t m_entryStride = 1;
};
TORCH_MODULE(GtcBackbone);

} // namespace lgpn
