#include "TopDownBranch.h"

#include "FlopCounter.h"

namespace lgpn {

namespace {

// How many times the ResNet branch halves F0's resolution: the entry's stride, then stages 2-4.
int64_t halvingsToLastStage(int64_t entryStride)
{
    return (entryStride == 4 ? 2 : entryStride == 2 ? 1 : 0) + 3;
}

} // namespace

TopDownBranchImpl::TopDownBranchImpl(const LgpnOptions &options)
{
    const int64_t width = options.highres_width();
    for (size_t s = 0; s < options.stage_widths().size(); ++s) {
        m_laterals.push_back(register_module("lateral" + std::to_string(s + 1),
                                             torch::nn::Conv2d(torch::nn::Conv2dOptions(options.stage_widths()[s], width, 1))));
    }
    for (int64_t d = 0; d < halvingsToLastStage(options.resnet_entry_stride()); ++d) {
        m_downsamplers.push_back(register_module("down" + std::to_string(d + 1),
                                                 torch::nn::Conv2d(torch::nn::Conv2dOptions(width, width, 3).stride(2).padding(1))));
    }
    const int64_t last = options.stage_widths().back();
    m_merge = register_module("merge", ConvNorm(width + last, last, 1, 1, /*groups=*/2));
}

torch::Tensor TopDownBranchImpl::forward(const torch::Tensor &f0, const std::vector<torch::Tensor> &stages)
{
    const std::vector<int64_t> fullSize = {f0.size(2), f0.size(3)};
    torch::Tensor high = f0;
    for (size_t s = 0; s < stages.size(); ++s) {
        torch::Tensor lateral = FlopCounter::countedForward(m_laterals[s], stages[s]);
        if (lateral.size(2) != fullSize[0] || lateral.size(3) != fullSize[1])
            lateral = torch::upsample_bilinear2d(lateral, fullSize, /*align_corners=*/false);
        high = high + lateral;
    }
    for (auto &down : m_downsamplers)
        high = torch::relu(FlopCounter::countedForward(down, high));
    return torch::relu(m_merge->forward(torch::cat({high, stages.back()}, 1)));
}

} // namespace lgpn
