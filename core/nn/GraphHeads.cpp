#include "GraphHeads.h"

#include "FlopCounter.h"

namespace lgpn {

GcnRefinementImpl::GcnRefinementImpl(const LgpnOptions &options, const GraphSpec &spec)
{
    const int64_t dim = options.node_dim();
    const int64_t layers = options.gcn_layers_per_block();
    const bool attention = options.edge_attention();
    const bool gated = options.gated_messages();
    m_prior = register_buffer("prior_adjacency", spec.priorAdjacency.to(torch::kFloat32));
    const std::vector<int64_t> sizes = spec.levelSizes();
    for (size_t level = 0; level < sizes.size(); ++level) {
        m_down.push_back(register_module("down" + std::to_string(level), GcnBlock(dim, layers, attention, gated)));
        if (level + 1 < sizes.size()) {
            m_pools.push_back(register_module("pool" + std::to_string(level), LearnablePooling(dim, sizes[level + 1])));
            m_up.push_back(register_module("up" + std::to_string(level), GcnBlock(dim, layers, attention, gated)));
        }
    }
    m_summaryDim = sizes.back() * dim;
    if (gated)
        m_unpoolGate = register_parameter("unpool_gate", torch::zeros({1}));
}

GraphHeadOutput GcnRefinementImpl::forward(const torch::Tensor &nodes)
{
    GraphHeadOutput output;
    std::vector<torch::Tensor> skips;      // pooling-branch features of each level
    std::vector<torch::Tensor> graphs = {m_prior};
    torch::Tensor x = nodes;
    for (size_t level = 0; level < m_down.size(); ++level) {
        x = m_down[level]->forward(x, graphs.back());
        skips.push_back(x);
        if (level < m_pools.size()) {
            PoolingResult pooled = m_pools[level]->forward(x);
            output.matchingMatrices.push_back(pooled.matching);
            output.learnedCorrelations.push_back(pooled.correlation);
            graphs.push_back(pooled.correlation);
            x = pooled.pooled;
        }
    }
    output.summary = x.flatten(1);
    for (size_t level = m_pools.size(); level-- > 0;) {
        const torch::Tensor unpooled = torch::bmm(output.matchingMatrices[level], x); // S X: back to level's nodes
        FlopCounter::add(unpooled.numel() * output.matchingMatrices[level].size(2));
        x = m_up[level]->forward(skips[level] + (m_unpoolGate.defined() ? m_unpoolGate * unpooled : unpooled), graphs[level]);
    }
    output.nodes = x;
    return output;
}

StackedGcnHeadImpl::StackedGcnHeadImpl(const LgpnOptions &options, const GraphSpec &spec)
{
    m_prior = register_buffer("prior_adjacency", spec.priorAdjacency.to(torch::kFloat32));
    // As many GCN blocks as LGPN uses (down + up), so that the ablation differs by pooling only.
    const size_t blocks = 2 * spec.hierarchy.size() + 1;
    for (size_t i = 0; i < blocks; ++i)
        m_blocks.push_back(register_module("block" + std::to_string(i),
                                           GcnBlock(options.node_dim(), options.gcn_layers_per_block(), options.edge_attention(),
                                                    options.gated_messages())));
}

GraphHeadOutput StackedGcnHeadImpl::forward(const torch::Tensor &nodes)
{
    GraphHeadOutput output;
    torch::Tensor x = nodes;
    for (auto &block : m_blocks)
        x = block->forward(x, m_prior);
    output.nodes = x;
    output.summary = x.mean(1);
    return output;
}

MlpHeadImpl::MlpHeadImpl(const LgpnOptions &options)
{
    m_first = register_module("fc1", torch::nn::Linear(options.node_dim(), options.node_dim()));
    m_second = register_module("fc2", torch::nn::Linear(options.node_dim(), options.node_dim()));
}

GraphHeadOutput MlpHeadImpl::forward(const torch::Tensor &nodes)
{
    GraphHeadOutput output;
    FlopCounter::addLinear(m_first, nodes);
    FlopCounter::addLinear(m_second, nodes);
    output.nodes = torch::leaky_relu(nodes + m_second->forward(torch::leaky_relu(m_first->forward(nodes), 0.2)), 0.2);
    output.summary = output.nodes.mean(1);
    return output;
}

} // namespace lgpn
