#include "ResidualBlock.h"

namespace lgpn {

ResidualBlockImpl::ResidualBlockImpl(BlockKind kind, int64_t inChannels, int64_t outChannels, int64_t stride)
{
    struct Layer { int64_t in, out, kernel, stride; };
    std::vector<Layer> layers;
    if (kind == BlockKind::Bottleneck) {
        const int64_t middle = outChannels / 4;
        layers = {{inChannels, middle, 1, 1}, {middle, middle, 3, stride}, {middle, outChannels, 1, 1}};
    } else {
        layers = {{inChannels, outChannels, 3, stride}, {outChannels, outChannels, 3, 1}};
    }
    for (size_t i = 0; i < layers.size(); ++i)
        m_layers.push_back(register_module("layer" + std::to_string(i + 1),
                                           ConvNorm(layers[i].in, layers[i].out, layers[i].kernel, layers[i].stride)));
    if (stride != 1 || inChannels != outChannels)
        m_shortcut = register_module("shortcut", ConvNorm(inChannels, outChannels, 1, stride));
}

torch::Tensor ResidualBlockImpl::forward(const torch::Tensor &input)
{
    torch::Tensor x = input;
    for (size_t i = 0; i + 1 < m_layers.size(); ++i)
        x = torch::relu(m_layers[i]->forward(x));
    x = m_layers.back()->forward(x);
    const torch::Tensor shortcut = m_shortcut.is_empty() ? input : m_shortcut->forward(input);
    return torch::relu(x + shortcut);
}

} // namespace lgpn
