#include "LearnablePooling.h"

#include "FlopCounter.h"

#include <cmath>

namespace lgpn {

LearnablePoolingImpl::LearnablePoolingImpl(int64_t dim, int64_t supernodes)
{
    m_assign = register_module("assign", torch::nn::Linear(dim, supernodes));
    m_query = register_module("correlation_query", torch::nn::Linear(dim, dim));
    m_key = register_module("correlation_key", torch::nn::Linear(dim, dim));
}

PoolingResult LearnablePoolingImpl::forward(const torch::Tensor &nodes)
{
    PoolingResult result;
    FlopCounter::addLinear(m_assign, nodes);
    result.matching = torch::softmax(m_assign->forward(nodes), -1);
    result.pooled = torch::bmm(result.matching.transpose(1, 2), nodes);
    FlopCounter::add(nodes.numel() * result.matching.size(2));
    FlopCounter::addLinear(m_query, result.pooled);
    FlopCounter::addLinear(m_key, result.pooled);
    const torch::Tensor query = m_query->forward(result.pooled);
    const torch::Tensor key = m_key->forward(result.pooled);
    result.correlation = torch::sigmoid(torch::bmm(query, key.transpose(1, 2)) / std::sqrt(double(nodes.size(2))));
    return result;
}

} // namespace lgpn
