#pragma once

#include "GcnLayer.h"
#include "GraphSpec.h"
#include "LearnablePooling.h"
#include "LgpnOptions.h"

#include <torch/torch.h>

namespace lgpn {

// What a graph head returns: refined node features, plus for LGPN the graphs it learned.
struct GraphHeadOutput
{
    torch::Tensor nodes;                            // [B, N, D]
    torch::Tensor summary;                          // [B, S] pooled description for the real/generated head
    std::vector<torch::Tensor> matchingMatrices;    // per level [B, N_l, N_l+1]
    std::vector<torch::Tensor> learnedCorrelations; // per level [B, N_l+1, N_l+1]
};

// The GCN refinement block of LGPN (paper Sec. 3.2.2). A GCN block on G0 with the prior graph,
// then per hierarchy level a learnable pooling into supernodes and a GCN block on the learned
// supernode graph (55 -> 18 -> 3 for RED). The unpooling branch maps features back level by
// level (S X) and adds the pooling branch's features of that level (skip connections, Eq. 6)
// before another GCN block on that level's graph. Summary: the coarsest supernodes, flattened.
class GcnRefinementImpl : public torch::nn::Module
{
public:
    GcnRefinementImpl(const LgpnOptions &options, const GraphSpec &spec);
    GraphHeadOutput forward(const torch::Tensor &nodes);
    int64_t summaryDim() const { return m_summaryDim; }

private:
    torch::Tensor m_prior;
    std::vector<GcnBlock> m_down;  // one per level, G0 .. G_L
    std::vector<LearnablePooling> m_pools;
    std::vector<GcnBlock> m_up;    // one per level below the coarsest, G_{L-1} .. G0
    torch::Tensor m_unpoolGate;    // LgpnOptions::gated_messages only: how much S X comes back
    int64_t m_summaryDim = 0;
};
TORCH_MODULE(GcnRefinement);

// Baseline: stacked GCN blocks on the prior graph, no pooling (the paper's ablation).
class StackedGcnHeadImpl : public torch::nn::Module
{
public:
    StackedGcnHeadImpl(const LgpnOptions &options, const GraphSpec &spec);
    GraphHeadOutput forward(const torch::Tensor &nodes);

private:
    torch::Tensor m_prior;
    std::vector<GcnBlock> m_blocks;
};
TORCH_MODULE(StackedGcnHead);

// Baseline: an MLP on each node's feature (shared weights), no graph (the paper's MLP head).
class MlpHeadImpl : public torch::nn::Module
{
public:
    explicit MlpHeadImpl(const LgpnOptions &options);
    GraphHeadOutput forward(const torch::Tensor &nodes);

private:
    torch::nn::Linear m_first{nullptr};
    torch::nn::Linear m_second{nullptr};
};
TORCH_MODULE(MlpHead);

} // namespace lgpn
