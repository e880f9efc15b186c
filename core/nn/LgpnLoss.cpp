#include "LgpnLoss.h"

namespace lgpn {

LgpnLossTerms lgpnLoss(const LgpnOutput &output, const LgpnTargets &targets, const GraphSpec &spec,
                       const LgpnOptions &options)
{
    LgpnLossTerms terms;
    const torch::Tensor generated = targets.isGenerated.to(output.nodeLogits.dtype());
    // Node classification, masked for real images: they have no hyperparameters to parse.
    const torch::Tensor perNode = torch::binary_cross_entropy_with_logits(
        output.nodeLogits, targets.nodeLabels.to(output.nodeLogits.dtype()), {}, {}, at::Reduction::None);
    torch::Tensor perImage;
    if (targets.nodeMask.defined()) {
        const torch::Tensor mask = targets.nodeMask.to(perNode.dtype());
        perImage = (perNode * mask).sum(1) / mask.sum(1).clamp_min(1.0) * generated;
    } else {
        perImage = perNode.mean(1) * generated;
    }
    terms.classification = perImage.sum() / generated.sum().clamp_min(1.0);

    // Hierarchy constraint: each matching matrix close to the schema's assignment (Frobenius).
    terms.hierarchy = torch::zeros({}, output.nodeLogits.options());
    for (size_t level = 0; level < output.matchingMatrices.size() && level < spec.hierarchy.size(); ++level) {
        const torch::Tensor &matching = output.matchingMatrices[level];
        const torch::Tensor assignment = spec.hierarchy[level].to(matching.device(), matching.scalar_type());
        terms.hierarchy = terms.hierarchy + (matching - assignment).pow(2).sum({1, 2}).mean() / double(matching.size(1));
    }

    terms.isolation = torch::binary_cross_entropy_with_logits(output.generatedLogit, generated);
    terms.total = options.classification_weight() * terms.classification + options.hierarchy_weight() * terms.hierarchy
                  + options.isolation_weight() * terms.isolation;
    return terms;
}

torch::Tensor continuousRegressionLoss(const LgpnOutput &output, const torch::Tensor &targets, const torch::Tensor &mask)
{
    const torch::Tensor weights = mask.to(output.continuousValues.dtype());
    const torch::Tensor error = (output.continuousValues - targets.to(output.continuousValues.dtype())).abs() * weights;
    return error.sum() / weights.sum().clamp_min(1.0);
}

} // namespace lgpn
