#include "ZooGenerator.h"

#include <cmath>

namespace lgpn::zoo {

torch::nn::AnyModule makeActivation(const QString &name)
{
    if (name == u"relu")
        return torch::nn::AnyModule(torch::nn::ReLU());
    if (name == u"tanh")
        return torch::nn::AnyModule(torch::nn::Tanh());
    if (name == u"leaky_relu")
        return torch::nn::AnyModule(torch::nn::LeakyReLU(torch::nn::LeakyReLUOptions().negative_slope(0.2)));
    if (name == u"sigmoid")
        return torch::nn::AnyModule(torch::nn::Sigmoid());
    if (name == u"silu")
        return torch::nn::AnyModule(torch::nn::SiLU());
    if (name == u"elu")
        return torch::nn::AnyModule(torch::nn::ELU());
    return {};
}

AdaptiveInstanceNormImpl::AdaptiveInstanceNormImpl(int64_t channels, int64_t styleDim)
{
    m_style = register_module("style", torch::nn::Linear(styleDim, 2 * channels));
}

torch::Tensor AdaptiveInstanceNormImpl::forward(const torch::Tensor &x, const torch::Tensor &style)
{
    const torch::Tensor params = m_style->forward(style).unsqueeze(-1).unsqueeze(-1);
    const auto chunks = params.chunk(2, 1);
    const torch::Tensor normalised = torch::instance_norm(x, {}, {}, {}, {}, true, 0.1, 1e-5, false);
    return normalised * (1 + chunks[0]) + chunks[1];
}

GmNormImpl::GmNormImpl(const QString &kind, int64_t channels, int64_t styleDim)
{
    if (kind == u"batch")
        m_batch = register_module("batch_norm", torch::nn::BatchNorm2d(channels));
    else if (kind == u"instance")
        m_instance = register_module("instance_norm", torch::nn::InstanceNorm2d(torch::nn::InstanceNorm2dOptions(channels).affine(true)));
    else if (kind == u"group")
        m_group = register_module("group_norm", torch::nn::GroupNorm(channels % 4 == 0 ? 4 : 1, channels));
    else if (kind == u"adain")
        m_adain = register_module("adain", AdaptiveInstanceNorm(channels, styleDim));
}

torch::Tensor GmNormImpl::forward(const torch::Tensor &x, const torch::Tensor &style)
{
    if (!m_batch.is_empty())
        return m_batch->forward(x);
    if (!m_instance.is_empty())
        return m_instance->forward(x);
    if (!m_group.is_empty())
        return m_group->forward(x);
    if (!m_adain.is_empty())
        return m_adain->forward(x, style);
    return x;
}

GmBlockImpl::GmBlockImpl(const GmSpec &spec, int64_t in, int64_t out, bool upsample, const QString &activation,
                         int64_t styleDim)
{
    int64_t channels = in;
    if (upsample && spec.upsampling == u"deconv") {
        m_deconv = register_module("deconv", torch::nn::ConvTranspose2d(torch::nn::ConvTranspose2dOptions(in, out, 4).stride(2).padding(1)));
        channels = out;
    } else if (upsample) {
        m_upsample = register_module("upsample", torch::nn::Upsample(torch::nn::UpsampleOptions()
                                                                        .scale_factor(std::vector<double>{2.0, 2.0})
                                                                        .mode(torch::kNearest)));
    }
    for (int i = 0; i < spec.layersPerBlock; ++i) {
        m_convs.push_back(register_module("conv" + std::to_string(i + 1),
                                          torch::nn::Conv2d(torch::nn::Conv2dOptions(channels, out, 3).padding(1))));
        m_norms.push_back(register_module("norm" + std::to_string(i + 1), GmNorm(spec.normalization, out, styleDim)));
        m_activations.push_back(makeActivation(activation));
        register_module("activation" + std::to_string(i + 1), m_activations.back().ptr());
        channels = out;
    }
    if (spec.skip)
        m_skip = register_module("skip", torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 1)));
}

torch::Tensor GmBlockImpl::forward(const torch::Tensor &input, const torch::Tensor &style)
{
    torch::Tensor x = input;
    if (!m_deconv.is_empty())
        x = m_deconv->forward(x);
    else if (!m_upsample.is_empty())
        x = m_upsample->forward(x);
    for (size_t i = 0; i < m_convs.size(); ++i)
        x = m_activations[i].forward(m_norms[i]->forward(m_convs[i]->forward(x), style));
    if (!m_skip.is_empty()) {
        torch::Tensor shortcut = input;
        if (shortcut.size(2) != x.size(2))
            shortcut = torch::upsample_nearest2d(shortcut, {x.size(2), x.size(3)});
        x = x + m_skip->forward(shortcut);
    }
    return x;
}

ZooGeneratorImpl::ZooGeneratorImpl(const GmSpec &spec)
    : m_spec(spec)
    , m_readsImages(spec.downsampling)
{
    const int upBlocks = int(std::round(std::log2(spec.resolution / 4.0)));
    auto levelChannels = [&](int level) { // level 0 = 4x4
        return std::min<int64_t>(128, int64_t(spec.baseFilters) << (upBlocks - level));
    };
    m_bottleneckChannels = levelChannels(0);
    m_latentIn = spec.latentDim + (spec.conditional() && spec.family == u"gan" ? 10 : 0); // AC-GAN: z and a class one-hot
    m_styleDim = m_readsImages ? m_bottleneckChannels + (spec.family == u"diffusion" ? 32 : 0) : m_latentIn;

    if (m_readsImages) {
        int64_t channels = spec.channels;
        for (int level = upBlocks; level > 0; --level) {
            const int64_t out = levelChannels(level - 1);
            const std::string index = std::to_string(upBlocks - level + 1);
            const bool pooled = upBlocks - level < spec.poolingLevels;
            const int64_t stride = pooled ? 1 : 2;
            m_downConvs.push_back(register_module("down" + index + "_conv",
                                                  torch::nn::Conv2d(torch::nn::Conv2dOptions(channels, out, 3).stride(stride).padding(1))));
            m_downPools.push_back(pooled ? register_module("down" + index + "_pool", torch::nn::AvgPool2d(2)) : torch::nn::AvgPool2d(nullptr));
            m_downNorms.push_back(register_module("down" + index + "_norm",
                                                  GmNorm(spec.normalization == u"adain" ? QStringLiteral("instance") : spec.normalization, out, 0)));
            m_downActivations.push_back(register_module("down" + index + "_activation", torch::nn::ReLU()));
            if (spec.skip) // U-Net: this level's features join the decoder at the same resolution
                m_unetSkips.push_back(register_module("skip_unet" + index, torch::nn::Conv2d(torch::nn::Conv2dOptions(out, out, 1))));
            channels = out;
        }
        if (spec.family == u"diffusion")
            m_timeEmbedding = register_module("time_embedding", torch::nn::Linear(32, 32));
    }
    // Fully connected layers into the 4x4 map (from the latent, or across the encoded bottleneck).
    const int64_t mapSize = m_bottleneckChannels * 16;
    int64_t width = m_readsImages ? mapSize + (spec.family == u"diffusion" ? 32 : 0) : m_latentIn;
    for (int i = 0; i < spec.fcLayers; ++i) {
        const int64_t out = i + 1 == spec.fcLayers ? mapSize : 128;
        m_fcs.push_back(register_module("fc" + std::to_string(i + 1), torch::nn::Linear(width, out)));
        width = out;
    }
    int64_t channels = m_bottleneckChannels;
    for (int b = 0; b < spec.blocks; ++b) {
        const bool upsample = b < upBlocks;
        // Extra blocks at full resolution stay at most 16 channels wide: they are the costliest.
        const int64_t out = upsample ? levelChannels(b + 1) : std::min<int64_t>(16, spec.baseFilters);
        const QString activation = b + 1 == spec.blocks ? spec.lastBlock : QStringLiteral("relu");
        m_blocks.push_back(register_module("block" + std::to_string(b + 1),
                                           GmBlock(spec, channels, out, upsample, activation, m_styleDim)));
        channels = out;
    }
    m_output = register_module("output", torch::nn::Conv2d(torch::nn::Conv2dOptions(channels, spec.channels, 3).padding(1)));
    m_outputActivation = makeActivation(spec.lastLayer);
    if (!m_outputActivation.is_empty())
        register_module("output_activation", m_outputActivation.ptr());
}

torch::Tensor ZooGeneratorImpl::forward(const torch::Tensor &input, const torch::Tensor &time)
{
    torch::Tensor style;
    torch::Tensor x;
    std::vector<torch::Tensor> encoded;
    if (m_readsImages) {
        x = input;
        for (size_t i = 0; i < m_downConvs.size(); ++i) {
            x = m_downConvs[i]->forward(x);
            if (!m_downPools[i].is_empty())
                x = m_downPools[i]->forward(x);
            x = m_downActivations[i]->forward(m_downNorms[i]->forward(x, {}));
            encoded.push_back(x);
        }
        style = x.mean({2, 3});
        torch::Tensor flat = x.flatten(1);
        if (!m_timeEmbedding.is_empty()) {
            // Sinusoidal features of the diffusion time, then a learned embedding.
            const torch::Tensor frequencies = torch::exp(torch::arange(16, input.options()) * (-std::log(1000.0) / 16));
            const torch::Tensor angles = (time.defined() ? time : torch::zeros({input.size(0)}, input.options())).unsqueeze(1)
                                         * 1000 * frequencies.unsqueeze(0);
            const torch::Tensor embedding = torch::silu(m_timeEmbedding->forward(torch::cat({angles.sin(), angles.cos()}, 1)));
            style = torch::cat({style, embedding}, 1);
            flat = torch::cat({flat, embedding}, 1);
        }
        x = flat;
    } else {
        style = input;
        x = input;
    }
    for (size_t i = 0; i < m_fcs.size(); ++i) {
        x = m_fcs[i]->forward(x);
        if (i + 1 < m_fcs.size())
            x = torch::relu(x);
    }
    x = x.view({x.size(0), m_bottleneckChannels, 4, 4});
    if (m_readsImages && !m_unetSkips.empty())
        x = x + m_unetSkips.back()->forward(encoded.back());
    for (size_t b = 0; b < m_blocks.size(); ++b) {
        x = m_blocks[b]->forward(x, style);
        // U-Net: add the encoder's features of the resolution just reached.
        const size_t level = encoded.size() >= b + 2 ? encoded.size() - b - 2 : encoded.size();
        if (!m_unetSkips.empty() && level < encoded.size() && encoded[level].size(2) == x.size(2)
            && encoded[level].size(1) == x.size(1))
            x = x + m_unetSkips[level]->forward(encoded[level]);
    }
    x = m_output->forward(x);
    return m_outputActivation.is_empty() ? x : m_outputActivation.forward(x);
}

} // namespace lgpn::zoo
