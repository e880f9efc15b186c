#include "GtcBackbone.h"

#include "FlopCounter.h"

namespace lgpn {

GtcBackboneImpl::GtcBackboneImpl(const LgpnOptions &options)
    : m_entryStride(options.resnet_entry_stride())
{
    const int64_t stem = options.stem_channels();
    for (int64_t kernel : {7, 5, 3}) {
        m_stems.push_back(register_module("stem" + std::to_string(kernel),
                                          torch::nn::Conv2d(torch::nn::Conv2dOptions(options.in_channels(), stem, kernel)
                                                                .padding(kernel / 2))));
    }
    m_fusion = register_module("fusion", ConvNorm(3 * stem, stem, 1));

    int64_t channels = stem;
    if (m_entryStride > 1) {
        // A strided entry, as ResNet's own (stride-2 convolution, then a max-pool for stride 4),
        // keeps the ResNet branch affordable; the high-res branch still sees full resolution.
        const int64_t entryChannels = m_entryStride == 4 ? 64 : options.stage_widths()[0];
        m_entry = register_module("entry", ConvNorm(stem, entryChannels, m_entryStride == 4 ? 7 : 3, 2));
        channels = entryChannels;
    }
    const int64_t highRes = options.highres_width();
    for (size_t s = 0; s < 4; ++s) {
        torch::nn::Sequential stage;
        const int64_t width = options.stage_widths()[s];
        for (int64_t b = 0; b < options.stage_blocks()[s]; ++b) {
            const int64_t stride = (b == 0 && s > 0) ? 2 : 1;
            stage->push_back(ResidualBlock(options.block_kind(), channels, width, stride));
            channels = width;
        }
        m_stages.push_back(register_module("stage" + std::to_string(s + 1), stage));
        m_projections.push_back(register_module("project" + std::to_string(s + 1),
                                                torch::nn::Conv2d(torch::nn::Conv2dOptions(width, highRes, 1).bias(false))));
        // A high-res block is one 3x3 convolution: at full resolution every layer is costly.
        const int64_t blockIn = s == 0 ? stem : highRes;
        m_highRes.push_back(register_module("highres" + std::to_string(s + 1), ConvNorm(blockIn, highRes, 3)));
    }
    m_output = register_module("output", torch::nn::Linear(channels + highRes, options.feature_dim()));
}

torch::Tensor GtcBackboneImpl::conv(torch::nn::Conv2d &layer, const torch::Tensor &input)
{
    torch::Tensor output = layer->forward(input);
    FlopCounter::addConvolution(layer, output);
    return output;
}

torch::Tensor GtcBackboneImpl::forward(const torch::Tensor &images)
{
    std::vector<torch::Tensor> stems;
    for (auto &stem : m_stems)
        stems.push_back(conv(stem, images));
    const torch::Tensor f0 = torch::relu(m_fusion->forward(torch::cat(stems, 1)));
    const std::vector<int64_t> fullSize = {f0.size(2), f0.size(3)};

    torch::Tensor low = f0;
    if (m_entryStride > 1)
        low = torch::relu(m_entry->forward(low));
    if (m_entryStride == 4)
        low = torch::max_pool2d(low, 3, 2, 1);
    torch::Tensor high = f0;
    for (size_t s = 0; s < m_stages.size(); ++s) {
        low = m_stages[s]->forward(low);
        torch::Tensor injected = conv(m_projections[s], low);
        if (injected.size(2) != fullSize[0] || injected.size(3) != fullSize[1])
            injected = torch::upsample_bilinear2d(injected, fullSize, /*align_corners=*/false);
        high = torch::relu(m_highRes[s]->forward(high) + injected);
    }
    const torch::Tensor joined = torch::cat({low.mean({2, 3}), high.mean({2, 3})}, 1);
    FlopCounter::addLinear(m_output, joined);
    return torch::relu(m_output->forward(joined));
}

} // namespace lgpn
