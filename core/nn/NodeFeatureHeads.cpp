#include "NodeFeatureHeads.h"

#include "FlopCounter.h"

#include <cmath>

namespace lgpn {

NodeFeatureHeadsImpl::NodeFeatureHeadsImpl(int64_t nodeCount, int64_t featureDim, int64_t nodeDim)
{
    // The same initialisation as N nn.Linear layers (uniform in +-1/sqrt(fan_in)).
    const double bound = 1.0 / std::sqrt(double(featureDim));
    m_weight = register_parameter("weight", torch::empty({nodeCount, featureDim, nodeDim}).uniform_(-bound, bound));
    m_bias = register_parameter("bias", torch::empty({nodeCount, nodeDim}).uniform_(-bound, bound));
}

torch::Tensor NodeFeatureHeadsImpl::forward(const torch::Tensor &feature)
{
    FlopCounter::add(feature.size(0) * m_weight.numel());
    const torch::Tensor nodes = torch::einsum("bf,nfd->bnd", {feature, m_weight}) + m_bias;
    return torch::nn::functional::normalize(nodes, torch::nn::functional::NormalizeFuncOptions().dim(-1));
}

} // namespace lgpn
