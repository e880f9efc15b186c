#pragma once

#include "LgpnOptions.h"
#include "ResidualBlock.h"
#include "TopDownBranch.h"

#include <torch/torch.h>

namespace lgpn {

// The Generation Trace Capturing network (paper Sec. 3.2.1). Three parallel stride-1 stem
// convolutions (7x7, 5x5, 3x3) are fused by a 1x1 convolution into F0 at input resolution
// (StemKind). A ResNet branch of four stages goes down in resolution; a high-resolution branch
// stays at F0's resolution (no pooling, no strided convolution) and takes in each ResNet stage's
// output, projected (1x1) and upsampled, so high-frequency generation traces survive
// (HighResKind: convolved, or the authors' top-down sum). The result is average pooled and
// mapped by a linear layer to f.
class GtcBackboneImpl : public torch::nn::Module
{
public:
    explicit GtcBackboneImpl(const LgpnOptions &options);
    torch::Tensor forward(const torch::Tensor &images); // [B, C, H, W] -> f [B, feature_dim]

private:
    void buildStems(const LgpnOptions &options);
    // Each returns the channels it leaves for the next stage.
    int64_t buildEntry(const LgpnOptions &options);
    int64_t addStage(const LgpnOptions &options, size_t s, int64_t channels);
    void addConvolvedLevel(const LgpnOptions &options, size_t s);
    torch::Tensor stemsToF0(const torch::Tensor &images);
    torch::Tensor resNetEntry(const torch::Tensor &f0);
    torch::Tensor forwardConvolved(const torch::Tensor &f0);
    torch::Tensor forwardTopDown(const torch::Tensor &f0);

    StemKind m_stemKind = StemKind::Biased;
    std::vector<torch::nn::Conv2d> m_stems;         // StemKind::Biased
    std::vector<ConvNorm> m_normalisedStems;        // StemKind::Normalised
    ConvNorm m_fusion{nullptr};
    ConvNorm m_entry{nullptr};
    std::vector<torch::nn::Sequential> m_stages;
    std::vector<torch::nn::Conv2d> m_projections;   // HighResKind::Convolved
    std::vector<ConvNorm> m_highRes;                // HighResKind::Convolved
    TopDownBranch m_topDown{nullptr};               // HighResKind::TopDown
    torch::nn::Linear m_output{nullptr};
    int64_t m_entryStride = 1;
};
TORCH_MODULE(GtcBackbone);

} // namespace lgpn
