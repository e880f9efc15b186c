#include "NodeFeatureHeads.h"

#include "FlopCounter.h"

#include <cmath>

namespace lgpn {

NodeFeatureHeadsImpl::NodeFeatureHeadsImpl(int64_t nodeCount, int64_t featureDim, int64_t nodeDim, int64_t hiddenDim)
{
    // The same initialisation as N nn.Linear layers (uniform in +-1/sqrt(fan_in)).
    const auto linearInit = [](std::vector<int64_t> shape, int64_t fanIn) {
        const double bound = 1.0 / std::sqrt(double(fanIn));
        return torch::empty(shape).uniform_(-bound, bound);
    };
    int64_t lastDim = featureDim;
    if (hiddenDim > 0) {
        m_hiddenWeight = register_parameter("hidden_weight", linearInit({nodeCount, featureDim, hiddenDim}, featureDim));
        m_hiddenBias = register_parameter("hidden_bias", linearInit({nodeCount, hiddenDim}, featureDim));
        lastDim = hiddenDim;
    }
    m_weight = register_parameter("weight", linearInit({nodeCount, lastDim, nodeDim}, lastDim));
    m_bias = register_parameter("bias", linearInit({nodeCount, nodeDim}, lastDim));
}

torch::Tensor NodeFeatureHeadsImpl::forward(const torch::Tensor &feature)
{
    torch::Tensor nodes;
    if (m_hiddenWeight.defined()) {
        FlopCounter::add(feature.size(0) * (m_hiddenWeight.numel() + m_weight.numel()));
        const torch::Tensor hidden = torch::relu(torch::einsum("bf,nfh->bnh", {feature, m_hiddenWeight}) + m_hiddenBias);
        nodes = torch::einsum("bnh,nhd->bnd", {hidden, m_weight}) + m_bias;
    } else {
        FlopCounter::add(feature.size(0) * m_weight.numel());
        nodes = torch::einsum("bf,nfd->bnd", {feature, m_weight}) + m_bias;
    }
    return torch::nn::functional::normalize(nodes, torch::nn::functional::NormalizeFuncOptions().dim(-1));
}

} // namespace lgpn
