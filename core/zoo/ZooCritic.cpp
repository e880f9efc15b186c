#include "ZooCritic.h"

namespace lgpn::zoo {

ZooCriticImpl::ZooCriticImpl(int64_t channels, int64_t resolution, int64_t outputs, int64_t classes)
{
    torch::nn::Sequential features;
    int64_t in = channels;
    int64_t width = 32;
    for (int64_t size = resolution; size > 4; size /= 2) {
        features->push_back(torch::nn::Conv2d(torch::nn::Conv2dOptions(in, width, 4).stride(2).padding(1)));
        features->push_back(torch::nn::LeakyReLU(torch::nn::LeakyReLUOptions().negative_slope(0.2)));
        in = width;
        width = std::min<int64_t>(width * 2, 128);
    }
    features->push_back(torch::nn::Flatten());
    m_features = register_module("features", features);
    m_score = register_module("score", torch::nn::Linear(in * 16, outputs));
    if (classes > 0)
        m_classes = register_module("classes", torch::nn::Linear(in * 16, classes));
}

CriticOutput ZooCriticImpl::forward(const torch::Tensor &images)
{
    CriticOutput output;
    output.features = m_features->forward(images);
    output.score = m_score->forward(output.features).squeeze(1);
    if (!m_classes.is_empty())
        output.classLogits = m_classes->forward(output.features);
    return output;
}

torch::Tensor ZooCriticImpl::encode(const torch::Tensor &images)
{
    return m_score->forward(m_features->forward(images));
}

} // namespace lgpn::zoo
