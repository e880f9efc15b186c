#include "MixedBatches.h"

namespace lgpn {

MixedBatches::MixedBatches(std::unique_ptr<TrainingBatchSource> dataSet, std::unique_ptr<TrainingBatchSource> synthetic)
    : m_dataSet(std::move(dataSet))
    , m_synthetic(std::move(synthetic))
{
}

TrainingBatch MixedBatches::batch(int64_t step)
{
    TrainingBatch first = m_dataSet->batch(step);
    TrainingBatch second = m_synthetic->batch(step);
    const torch::Tensor firstMask = first.nodeMask.defined() ? first.nodeMask : torch::ones_like(first.nodeLabels);
    const torch::Tensor secondMask = second.nodeMask.defined() ? second.nodeMask : torch::ones_like(second.nodeLabels);
    TrainingBatch mixed;
    mixed.images = torch::cat({first.images, second.images});
    mixed.nodeLabels = torch::cat({first.nodeLabels, second.nodeLabels});
    mixed.isGenerated = torch::cat({first.isGenerated, second.isGenerated});
    mixed.nodeMask = torch::cat({firstMask, secondMask});
    mixed.gms = std::move(first.gms);
    mixed.gms.insert(mixed.gms.end(), second.gms.begin(), second.gms.end());
    return mixed;
}

} // namespace lgpn
