#include "LgpnModel.h"

#include "FlopCounter.h"

#include <cmath>

namespace lgpn {

ContinuousRegressorImpl::ContinuousRegressorImpl(const GraphSpec &spec, int64_t nodeDim)
{
    for (size_t c = 0; c < spec.continuousGroups.size(); ++c) {
        const auto &group = spec.continuousGroups[c];
        m_indices.push_back(register_buffer("indices" + std::to_string(c), torch::tensor(group, torch::kInt64)));
        m_regressors.push_back(register_module("regressor" + std::to_string(c),
                                               torch::nn::Linear(int64_t(group.size()) * nodeDim, 1)));
    }
}

torch::Tensor ContinuousRegressorImpl::forward(const torch::Tensor &nodeFeatures)
{
    if (m_regressors.empty())
        return torch::zeros({nodeFeatures.size(0), 0}, nodeFeatures.options());
    std::vector<torch::Tensor> values;
    for (size_t c = 0; c < m_regressors.size(); ++c) {
        const torch::Tensor joined = nodeFeatures.index_select(1, m_indices[c]).flatten(1);
        FlopCounter::addLinear(m_regressors[c], joined);
        values.push_back(m_regressors[c]->forward(joined));
    }
    return torch::sigmoid(torch::cat(values, 1));
}

LgpnModelImpl::LgpnModelImpl(const LgpnOptions &options, const GraphSpec &spec)
    : m_options(options)
    , m_spec(spec)
{
    m_options.validate();
    m_spec.validate();
    const int64_t nodes = spec.nodeCount;
    const int64_t dim = options.node_dim();
    m_backbone = register_module("backbone", GtcBackbone(options));
    if (options.spectral_branch())
        m_spectral = register_module("spectral", SpectralBranch(options.in_channels(), options.feature_dim()));
    m_nodeHeads = register_module("node_heads", NodeFeatureHeads(nodes, options.feature_dim(), dim, options.node_head_hidden()));
    int64_t summaryDim = dim;
    switch (options.head()) {
    case HeadKind::Lgpn:
        m_refinement = register_module("refinement", GcnRefinement(options, spec));
        summaryDim = m_refinement->summaryDim();
        break;
    case HeadKind::Gcn:
        m_stackedGcn = register_module("stacked_gcn", StackedGcnHead(options, spec));
        break;
    case HeadKind::Mlp:
        m_mlp = register_module("mlp", MlpHead(options));
        break;
    }
    m_dropout = register_module("dropout", torch::nn::Dropout(options.dropout()));
    const double bound = 1.0 / std::sqrt(double(dim));
    m_classifierWeight = register_parameter("classifier_weight", torch::empty({nodes, dim}).uniform_(-bound, bound));
    m_classifierBias = register_parameter("classifier_bias", torch::zeros({nodes}));
    // Artifact isolation (Eq. 9): real or generated, from the pooled node features joined with f.
    m_generatedHead = register_module("generated_head",
                                      torch::nn::Sequential(torch::nn::Linear(summaryDim + options.feature_dim(), 64),
                                                            torch::nn::ReLU(), torch::nn::Linear(64, 1)));
    m_regressor = register_module("continuous_regressor", ContinuousRegressor(spec, dim));
}

void LgpnModelImpl::foldBatchNorm()
{
    eval();
    for (const auto &module : modules(/*include_self=*/false)) {
        if (auto *convNorm = dynamic_cast<ConvNormImpl *>(module.get()))
            convNorm->fold();
    }
}

GraphHeadOutput LgpnModelImpl::runHead(const torch::Tensor &nodes)
{
    switch (m_options.head()) {
    case HeadKind::Lgpn:
        return m_refinement->forward(nodes);
    case HeadKind::Gcn:
        return m_stackedGcn->forward(nodes);
    case HeadKind::Mlp:
        break;
    }
    return m_mlp->forward(nodes);
}

torch::Tensor LgpnModelImpl::highpassResidual(const torch::Tensor &images)
{
    // Separable 3x3 Gaussian (1 2 1)/4 per channel, edges replicated: the residual keeps the
    // high frequencies where up-sampling and activation traces live.
    const int64_t channels = images.size(1);
    const torch::Tensor taps = torch::tensor({0.25f, 0.5f, 0.25f}, images.options());
    const torch::Tensor kernel = (taps.view({3, 1}) * taps.view({1, 3})).expand({channels, 1, 3, 3}).contiguous();
    const torch::Tensor padded = torch::replication_pad2d(images, {1, 1, 1, 1});
    return images - torch::nn::functional::conv2d(padded, kernel, torch::nn::functional::Conv2dFuncOptions().groups(channels));
}

LgpnOutput LgpnModelImpl::forward(const torch::Tensor &images)
{
    LgpnOutput output;
    output.imageFeature = m_backbone->forward(m_options.highpass_input() ? highpassResidual(images) : images);
    if (m_spectral)
        output.imageFeature = output.imageFeature + m_spectral->forward(images);
    GraphHeadOutput head = runHead(m_nodeHeads->forward(output.imageFeature));
    output.nodeFeatures = head.nodes;
    output.matchingMatrices = std::move(head.matchingMatrices);
    output.learnedCorrelations = std::move(head.learnedCorrelations);

    const torch::Tensor dropped = m_dropout->forward(head.nodes);
    output.nodeLogits = (dropped * m_classifierWeight).sum(-1) + m_classifierBias;
    output.nodeProbabilities = torch::sigmoid(output.nodeLogits);
    const torch::Tensor isolationInput = torch::cat({head.summary, output.imageFeature}, 1);
    FlopCounter::add(isolationInput.size(0) * (isolationInput.size(1) * 64 + 64));
    output.generatedLogit = m_generatedHead->forward(isolationInput).squeeze(1);
    output.generatedProbability = torch::sigmoid(output.generatedLogit);
    output.continuousValues = m_regressor->forward(head.nodes);
    return output;
}

} // namespace lgpn
