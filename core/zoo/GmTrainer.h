#pragma once

#include "GmSpec.h"
#include "ZooCritic.h"
#include "ZooGenerator.h"

#include <QString>

#include <map>

namespace lgpn::zoo {

// Trains one zoo GM with the losses of its spec, then samples images from its generator.
// Deterministic for the spec's seed (CPU).
class GmTrainer
{
public:
    explicit GmTrainer(const GmSpec &spec);

    // real: [M, C, R, R] in the spec's image range; labels: [M] classes (or undefined).
    // Returns the last step's value of every loss term.
    std::map<QString, double> train(const torch::Tensor &real, const torch::Tensor &labels);
    // `count` generated images [count, C, R, R], in [0, 1] whatever the generator's range.
    torch::Tensor sample(int64_t count, const torch::Tensor &real);

    ZooGenerator generator() const { return m_generator; }

private:
    torch::Tensor latent(int64_t batch, const torch::Tensor &classes);
    torch::Tensor generatorInput(int64_t batch, const torch::Tensor &classes, const torch::Tensor &real);
    // One denoising-diffusion quantity: alpha-bar at time t in [0, 1].
    static torch::Tensor alphaBar(const torch::Tensor &t);

    GmSpec m_spec;
    ZooGenerator m_generator{nullptr};
    ZooCritic m_critic{nullptr};
    ZooCritic m_encoder{nullptr};
    torch::nn::Linear m_classifier{nullptr}; // VAE latent classifier / diffusion auxiliary classifier
};

} // namespace lgpn::zoo
