#pragma once

#include "TrainingBatch.h"

#include <memory>

namespace lgpn {

// Training batches with two parts (`lgpn train --synthetic-share`): the data set's GMs, as
// GeneratorBalancedBatches gives them, and images of freshly drawn synthetic networks
// (SyntheticTraceBatches), whose loss nodes are masked. The zoo has one generator per
// configuration, so a model can learn configurations as identities; networks that are never seen
// twice give it no identity to learn, and keep doing so throughout training instead of only
// before it. Steps per epoch are the data set's.
class MixedBatches : public TrainingBatchSource
{
public:
    MixedBatches(std::unique_ptr<TrainingBatchSource> dataSet, std::unique_ptr<TrainingBatchSource> synthetic);

    int64_t stepsPerEpoch() const override { return m_dataSet->stepsPerEpoch(); }
    // The data set's batch of the step, then the synthetic one's; the node mask is 1 on every node
    // of the data set's images.
    TrainingBatch batch(int64_t step) override;

private:
    std::unique_ptr<TrainingBatchSource> m_dataSet;
    std::unique_ptr<TrainingBatchSource> m_synthetic;
};

} // namespace lgpn
