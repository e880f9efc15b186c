#pragma once

#include "GmSpec.h"

#include <torch/torch.h>

namespace lgpn::zoo {

// Adaptive instance normalisation: instance-normalised features scaled and shifted by a style
// vector (the latent code, or the denoiser's time embedding).
class AdaptiveInstanceNormImpl : public torch::nn::Module
{
public:
    AdaptiveInstanceNormImpl(int64_t channels, int64_t styleDim);
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &style);

private:
    torch::nn::Linear m_style{nullptr};
};
TORCH_MODULE(AdaptiveInstanceNorm);

// One normalisation layer of the kind a spec names (or none).
class GmNormImpl : public torch::nn::Module
{
public:
    GmNormImpl(const QString &kind, int64_t channels, int64_t styleDim);
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &style);

private:
    torch::nn::BatchNorm2d m_batch{nullptr};
    torch::nn::InstanceNorm2d m_instance{nullptr};
    torch::nn::GroupNorm m_group{nullptr};
    AdaptiveInstanceNorm m_adain{nullptr};
};
TORCH_MODULE(GmNorm);

// A convolution block: optional 2x up-sampling (nearest neighbour + conv, or a deconvolution),
// `layers` convolutions each with normalisation and activation, and an optional residual skip.
class GmBlockImpl : public torch::nn::Module
{
public:
    GmBlockImpl(const GmSpec &spec, int64_t in, int64_t out, bool upsample, const QString &activation, int64_t styleDim);
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &style);

private:
    torch::nn::Upsample m_upsample{nullptr};
    torch::nn::ConvTranspose2d m_deconv{nullptr};
    std::vector<torch::nn::Conv2d> m_convs;
    std::vector<GmNorm> m_norms;
    std::vector<torch::nn::AnyModule> m_activations;
    torch::nn::Conv2d m_skip{nullptr};
};
TORCH_MODULE(GmBlock);

// The generator of a zoo GM, built from its spec: what the images come from, and what the
// labels are read from. Latent generators map z (plus a class one-hot when conditional) through
// fully connected layers to a 4x4 map; image generators (a GAN fed with a noise map, a diffusion
// U-Net) first encode their input down to 4x4 by strided convolutions or average pooling. Then
// up-sampling blocks to full resolution, extra blocks, an output convolution and activation.
class ZooGeneratorImpl : public torch::nn::Module
{
public:
    explicit ZooGeneratorImpl(const GmSpec &spec);

    // Latent generators: input [B, latent (+10)]. Image generators: [B, C, R, R], with `time`
    // [B] in [0, 1] for a denoiser (zeros otherwise).
    torch::Tensor forward(const torch::Tensor &input, const torch::Tensor &time = {});
    int64_t inputLatentDim() const { return m_latentIn; }
    bool readsImages() const { return m_readsImages; }

private:
    GmSpec m_spec;
    bool m_readsImages = false;
    int64_t m_latentIn = 0;
    int64_t m_styleDim = 0;
    int64_t m_bottleneckChannels = 0;
    std::vector<torch::nn::Conv2d> m_downConvs;
    std::vector<torch::nn::AvgPool2d> m_downPools;
    std::vector<GmNorm> m_downNorms;
    std::vector<torch::nn::ReLU> m_downActivations;
    std::vector<torch::nn::Conv2d> m_unetSkips;
    torch::nn::Linear m_timeEmbedding{nullptr};
    std::vector<torch::nn::Linear> m_fcs;
    std::vector<GmBlock> m_blocks;
    torch::nn::Conv2d m_output{nullptr};
    torch::nn::AnyModule m_outputActivation;
};
TORCH_MODULE(ZooGenerator);

// A named activation module: relu, tanh, leaky_relu, sigmoid, silu, elu (empty for "none").
torch::nn::AnyModule makeActivation(const QString &name);

} // namespace lgpn::zoo
