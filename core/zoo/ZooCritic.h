#pragma once

#include <torch/torch.h>

namespace lgpn::zoo {

struct CriticOutput
{
    torch::Tensor score;       // [B] real/fake logit (or critic value for WGAN)
    torch::Tensor classLogits; // [B, 10] when the critic also classifies
    torch::Tensor features;    // [B, F] for feature matching
};

// The discriminator of GANs and adversarial autoencoders, and the encoder of VAEs/AAEs: strided
// convolutions down to 4x4, then linear heads. Not part of any generator, so never labelled.
class ZooCriticImpl : public torch::nn::Module
{
public:
    ZooCriticImpl(int64_t channels, int64_t resolution, int64_t outputs, int64_t classes);
    CriticOutput forward(const torch::Tensor &images);
    torch::Tensor encode(const torch::Tensor &images); // [B, outputs] without squeezing

private:
    torch::nn::Sequential m_features{nullptr};
    torch::nn::Linear m_score{nullptr};
    torch::nn::Linear m_classes{nullptr};
};
TORCH_MODULE(ZooCritic);

} // namespace lgpn::zoo
