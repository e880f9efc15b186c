#pragma once

#include "ConvNorm.h"
#include "LgpnOptions.h"

#include <torch/torch.h>

#include <vector>

namespace lgpn {

// The authors' high-resolution branch (HighResKind::TopDown; their "feature reverse-pyramid").
// Every ResNet stage's output is projected (1x1, highres_width channels), upsampled and added to
// F0 at input resolution, with no convolution in between, so that the traces F0 holds reach the
// end unfiltered. Stride-2 3x3 convolutions then bring the sum down to the last stage's
// resolution, where a grouped (2) 1x1 convolution merges it with the last stage's output.
class TopDownBranchImpl : public torch::nn::Module
{
public:
    explicit TopDownBranchImpl(const LgpnOptions &options);
    // f0 [B, W, H, W'] and the four stage outputs -> the merged map, shaped as the last stage's.
    torch::Tensor forward(const torch::Tensor &f0, const std::vector<torch::Tensor> &stages);

private:
    std::vector<torch::nn::Conv2d> m_laterals;
    std::vector<torch::nn::Conv2d> m_downsamplers;
    ConvNorm m_merge{nullptr};
};
TORCH_MODULE(TopDownBranch);

} // namespace lgpn
