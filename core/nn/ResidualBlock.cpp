#include "ResidualBlock.h"

#include "FlopCounter.h"

namespace lgpn {

torch::nn::Conv2d makeConv(int64_t in, int64_t out, int64_t kernel, int64_t stride)
{
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, kernel).stride(stride).padding(kernel / 2).bias(false));
}

ResidualBlockImpl::ResidualBlockImpl(const std::string &kind, int64_t inChannels, int64_t outChannels, int64_t stride)
{
    struct Layer { int64_t in, out, kernel, stride; };
    std::vector<Layer> layers;
    if (kind == "bottleneck") {
        const int64_t middle = outChannels / 4;
        layers = {{inChannels, middle, 1, 1}, {middle, middle, 3, stride}, {middle, outChannels, 1, 1}};
    } else {
        layers = {{inChannels, outChannels, 3, stride}, {outChannels, outChannels, 3, 1}};
    }
    for (size_t i = 0; i < layers.size(); ++i) {
        m_convs.push_back(register_module("conv" + std::to_string(i + 1),
                                          makeConv(layers[i].in, layers[i].out, layers[i].kernel, layers[i].stride)));
        m_norms.push_back(register_module("bn" + std::to_string(i + 1), torch::nn::BatchNorm2d(layers[i].out)));
    }
    if (stride != 1 || inChannels != outChannels) {
        m_shortcutConv = register_module("shortcut_conv", makeConv(inChannels, outChannels, 1, stride));
        m_shortcutNorm = register_module("shortcut_bn", torch::nn::BatchNorm2d(outChannels));
    }
}

torch::Tensor ResidualBlockImpl::convBn(size_t index, const torch::Tensor &input)
{
    torch::Tensor output = m_convs[index]->forward(input);
    FlopCounter::addConvolution(m_convs[index], output);
    return m_norms[index]->forward(output);
}

torch::Tensor ResidualBlockImpl::forward(const torch::Tensor &input)
{
    torch::Tensor x = input;
    for (size_t i = 0; i + 1 < m_convs.size(); ++i)
        x = torch::relu(convBn(i, x));
    x = convBn(m_convs.size() - 1, x);
    torch::Tensor shortcut = input;
    if (!m_shortcutConv.is_empty()) {
        shortcut = m_shortcutConv->forward(input);
        FlopCounter::addConvolution(m_shortcutConv, shortcut);
        shortcut = m_shortcutNorm->forward(shortcut);
    }
    return torch::relu(x + shortcut);
}

} // namespace lgpn
