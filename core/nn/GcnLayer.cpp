#include "GcnLayer.h"

#include "FlopCounter.h"

namespace lgpn {

GcnLayerImpl::GcnLayerImpl(int64_t inDim, int64_t outDim, bool edgeAttention, bool gated)
{
    m_linear = register_module("linear", torch::nn::Linear(inDim, outDim));
    if (gated) {
        m_self = register_module("self", torch::nn::Linear(inDim, outDim));
        m_gate = register_parameter("message_gate", torch::zeros({1}));
    }
    if (edgeAttention) {
        m_attentionSource = register_module("attention_source", torch::nn::Linear(outDim, 1));
        m_attentionTarget = register_module("attention_target", torch::nn::Linear(outDim, 1));
    }
}

torch::Tensor GcnLayerImpl::forward(const torch::Tensor &nodes, const torch::Tensor &adjacency)
{
    const int64_t count = nodes.size(1);
    FlopCounter::addLinear(m_linear, nodes);
    const torch::Tensor transformed = m_linear->forward(nodes); // [B, N, D']
    FlopCounter::add(nodes.size(0) * count * count * transformed.size(2));
    if (m_self.is_empty())
        return propagate(transformed, adjacency + torch::eye(count, adjacency.options()));
    FlopCounter::addLinear(m_self, nodes);
    return m_self->forward(nodes) + m_gate * propagate(transformed, adjacency);
}

torch::Tensor GcnLayerImpl::propagate(const torch::Tensor &transformed, torch::Tensor weights)
{
    const int64_t count = transformed.size(1);
    if (m_attentionSource.is_empty() && weights.dim() == 2) {
        // One graph for the whole batch: a single [N, N] x [N, B*D] product. (bmm over an
        // expanded, stride-0 batch of the same matrix falls back to a slow per-item loop.)
        weights = weights / weights.sum(-1, true).clamp_min(1e-6);
        const int64_t batch = transformed.size(0);
        const int64_t dim = transformed.size(2);
        const torch::Tensor stacked = transformed.transpose(0, 1).reshape({count, batch * dim});
        return torch::mm(weights, stacked).reshape({count, batch, dim}).transpose(0, 1);
    }
    if (weights.dim() == 2)
        weights = weights.unsqueeze(0).expand({transformed.size(0), count, count});
    if (!m_attentionSource.is_empty()) {
        // score(i <- j) from the features of the receiving and the sending node.
        const torch::Tensor scores = torch::sigmoid(m_attentionTarget->forward(transformed)
                                                    + m_attentionSource->forward(transformed).transpose(1, 2));
        weights = weights * scores;
    }
    weights = weights / weights.sum(-1, true).clamp_min(1e-6);
    return torch::bmm(weights, transformed);
}

GcnBlockImpl::GcnBlockImpl(int64_t dim, int64_t layers, bool edgeAttention, bool gated)
{
    for (int64_t i = 0; i < layers; ++i)
        m_layers.push_back(register_module("layer" + std::to_string(i + 1), GcnLayer(dim, dim, edgeAttention, gated)));
}

torch::Tensor GcnBlockImpl::forward(const torch::Tensor &nodes, const torch::Tensor &adjacency)
{
    torch::Tensor x = nodes;
    for (size_t i = 0; i < m_layers.size(); ++i) {
        x = m_layers[i]->forward(x, adjacency);
        if (i + 1 < m_layers.size())
            x = torch::leaky_relu(x, 0.2);
    }
    return torch::leaky_relu(nodes + x, 0.2);
}

} // namespace lgpn
