#pragma once

#include "GraphHeads.h"
#include "GraphSpec.h"
#include "GtcBackbone.h"
#include "LgpnOptions.h"
#include "LgpnOutput.h"
#include "NodeFeatureHeads.h"
#include "SpectralBranch.h"

#include <torch/torch.h>

namespace lgpn {

// Maps each continuous parameter's range-node features, concatenated, to its normalised value
// (paper Appendix B). Trained after the rest, on frozen features.
class ContinuousRegressorImpl : public torch::nn::Module
{
public:
    ContinuousRegressorImpl(const GraphSpec &spec, int64_t nodeDim);
    torch::Tensor forward(const torch::Tensor &nodeFeatures); // [B, N, D] -> [B, C]

private:
    std::vector<torch::Tensor> m_indices;
    std::vector<torch::nn::Linear> m_regressors;
};
TORCH_MODULE(ContinuousRegressor);

// The Learnable Graph Pooling Network: GTC backbone, one head per node, a graph head (LGPN's
// GCN refinement, or a baseline), the node classifier, the real/generated classifier and the
// continuous regressors.
class LgpnModelImpl : public torch::nn::Module
{
public:
    LgpnModelImpl(const LgpnOptions &options, const GraphSpec &spec);

    LgpnOutput forward(const torch::Tensor &images); // [B, C, S, S], values in [-1, 1]
    // The image minus its 3x3 Gaussian blur, per channel (options().highpass_input()).
    static torch::Tensor highpassResidual(const torch::Tensor &images);
    // Inference only: folds every batch norm of the backbone into its convolution.
    void foldBatchNorm();

    const LgpnOptions &options() const { return m_options; }
    const GraphSpec &spec() const { return m_spec; }
    GtcBackbone backbone() const { return m_backbone; }
    SpectralBranch spectralBranch() const { return m_spectral; }
    ContinuousRegressor regressor() const { return m_regressor; }

private:
    GraphHeadOutput runHead(const torch::Tensor &nodes);

    LgpnOptions m_options;
    GraphSpec m_spec;
    GtcBackbone m_backbone{nullptr};
    SpectralBranch m_spectral{nullptr}; // with options().spectral_branch() only
    NodeFeatureHeads m_nodeHeads{nullptr};
    GcnRefinement m_refinement{nullptr};
    StackedGcnHead m_stackedGcn{nullptr};
    MlpHead m_mlp{nullptr};
    torch::nn::Dropout m_dropout{nullptr};
    torch::Tensor m_classifierWeight; // per node: logit_n = <x_n, w_n> + b_n
    torch::Tensor m_classifierBias;
    torch::nn::Sequential m_generatedHead{nullptr};
    ContinuousRegressor m_regressor{nullptr};
};
TORCH_MODULE(LgpnModel);

} // namespace lgpn
