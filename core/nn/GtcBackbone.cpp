#include "GtcBackbone.h"

#include "FlopCounter.h"

namespace lgpn {

// Module names are the keys of saved weights: the embedded compact bundle holds stem7, fusion,
// entry, stage1..4, project1..4, highres1..4 and output. Keep them, and keep the order of
// registration too (stage s, then its projection and high-res block): it is the order of
// parameters(), which decides what a seed initialises and how optimizer state in a checkpoint
// maps to parameters.
GtcBackboneImpl::GtcBackboneImpl(const LgpnOptions &options)
    : m_stemKind(options.stem_kind())
    , m_entryStride(options.resnet_entry_stride())
{
    buildStems(options);
    int64_t channels = buildEntry(options);
    const bool convolved = options.highres_kind() == HighResKind::Convolved;
    for (size_t s = 0; s < 4; ++s) {
        channels = addStage(options, s, channels);
        if (convolved)
            addConvolvedLevel(options, s);
    }
    if (convolved) {
        m_output = register_module("output", torch::nn::Linear(channels + options.highres_width(), options.feature_dim()));
    } else {
        m_topDown = register_module("top_down", TopDownBranch(options));
        m_output = register_module("output", torch::nn::Linear(channels, options.feature_dim()));
    }
}

void GtcBackboneImpl::buildStems(const LgpnOptions &options)
{
    const int64_t stem = options.stem_channels();
    for (int64_t kernel : {7, 5, 3}) {
        const std::string name = "stem" + std::to_string(kernel);
        if (m_stemKind == StemKind::Normalised) {
            m_normalisedStems.push_back(register_module(name, ConvNorm(options.in_channels(), stem, kernel)));
        } else {
            m_stems.push_back(register_module(name, torch::nn::Conv2d(torch::nn::Conv2dOptions(options.in_channels(), stem, kernel)
                                                                          .padding(kernel / 2))));
        }
    }
    const int64_t groups = m_stemKind == StemKind::Normalised ? 2 : 1;
    m_fusion = register_module("fusion", ConvNorm(3 * stem, stem, 1, 1, groups));
}

int64_t GtcBackboneImpl::buildEntry(const LgpnOptions &options)
{
    if (m_entryStride == 1)
        return options.stem_channels();
    // A strided entry, as ResNet's own (stride-2 convolution, then a max-pool for stride 4),
    // keeps the ResNet branch affordable; the high-res branch still sees full resolution.
    const int64_t entryChannels = m_entryStride == 4 ? 64 : options.stage_widths()[0];
    m_entry = register_module("entry", ConvNorm(options.stem_channels(), entryChannels, m_entryStride == 4 ? 7 : 3, 2));
    return entryChannels;
}

int64_t GtcBackboneImpl::addStage(const LgpnOptions &options, size_t s, int64_t channels)
{
    torch::nn::Sequential stage;
    const int64_t width = options.stage_widths()[s];
    for (int64_t b = 0; b < options.stage_blocks()[s]; ++b) {
        const int64_t stride = (b == 0 && s > 0) ? 2 : 1;
        stage->push_back(ResidualBlock(options.block_kind(), channels, width, stride));
        channels = width;
    }
    m_stages.push_back(register_module("stage" + std::to_string(s + 1), stage));
    return width;
}

void GtcBackboneImpl::addConvolvedLevel(const LgpnOptions &options, size_t s)
{
    const int64_t highRes = options.highres_width();
    m_projections.push_back(register_module("project" + std::to_string(s + 1),
                                            torch::nn::Conv2d(torch::nn::Conv2dOptions(options.stage_widths()[s], highRes, 1).bias(false))));
    // A high-res block is one 3x3 convolution: at full resolution every layer is costly.
    const int64_t blockIn = s == 0 ? options.stem_channels() : highRes;
    m_highRes.push_back(register_module("highres" + std::to_string(s + 1), ConvNorm(blockIn, highRes, 3)));
}

torch::Tensor GtcBackboneImpl::stemsToF0(const torch::Tensor &images)
{
    std::vector<torch::Tensor> stems;
    if (m_stemKind == StemKind::Normalised) {
        for (auto &stem : m_normalisedStems)
            stems.push_back(stem->forward(images));
        return torch::relu(m_fusion->forward(torch::relu(torch::cat(stems, 1))));
    }
    for (auto &stem : m_stems)
        stems.push_back(FlopCounter::countedForward(stem, images));
    return torch::relu(m_fusion->forward(torch::cat(stems, 1)));
}

torch::Tensor GtcBackboneImpl::resNetEntry(const torch::Tensor &f0)
{
    torch::Tensor low = f0;
    if (m_entryStride > 1)
        low = torch::relu(m_entry->forward(low));
    if (m_entryStride == 4)
        low = torch::max_pool2d(low, 3, 2, 1);
    return low;
}

torch::Tensor GtcBackboneImpl::forward(const torch::Tensor &images)
{
    const torch::Tensor f0 = stemsToF0(images);
    return m_topDown.is_empty() ? forwardConvolved(f0) : forwardTopDown(f0);
}

torch::Tensor GtcBackboneImpl::forwardConvolved(const torch::Tensor &f0)
{
    const std::vector<int64_t> fullSize = {f0.size(2), f0.size(3)};
    torch::Tensor low = resNetEntry(f0);
    torch::Tensor high = f0;
    for (size_t s = 0; s < m_stages.size(); ++s) {
        low = m_stages[s]->forward(low);
        torch::Tensor injected = FlopCounter::countedForward(m_projections[s], low);
        if (injected.size(2) != fullSize[0] || injected.size(3) != fullSize[1])
            injected = torch::upsample_bilinear2d(injected, fullSize, /*align_corners=*/false);
        high = torch::relu(m_highRes[s]->forward(high) + injected);
    }
    const torch::Tensor joined = torch::cat({low.mean({2, 3}), high.mean({2, 3})}, 1);
    FlopCounter::addLinear(m_output, joined);
    return torch::relu(m_output->forward(joined));
}

torch::Tensor GtcBackboneImpl::forwardTopDown(const torch::Tensor &f0)
{
    std::vector<torch::Tensor> stages;
    torch::Tensor low = resNetEntry(f0);
    for (auto &stage : m_stages) {
        low = stage->forward(low);
        stages.push_back(low);
    }
    const torch::Tensor pooled = m_topDown->forward(f0, stages).mean({2, 3});
    FlopCounter::addLinear(m_output, pooled);
    // As the authors' GTC: f is the linear layer's output, with no activation.
    return m_output->forward(pooled);
}

} // namespace lgpn
