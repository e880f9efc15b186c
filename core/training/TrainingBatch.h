#pragma once

#include <torch/torch.h>

#include <random>
#include <vector>

namespace lgpn {

// One training batch: model inputs and what the losses compare them with.
struct TrainingBatch
{
    torch::Tensor images;      // [B, 3, S, S] in [-1, 1]
    torch::Tensor nodeLabels;  // [B, N] 0/1 (zeros for real images)
    torch::Tensor isGenerated; // [B] 1 generated, 0 real
    torch::Tensor nodeMask;    // [B, N] 1 where the label is known; undefined: every node
    std::vector<int> gms;      // the data set GM of each image (-1: real or synthetic)
};

// Where the batches of a training run come from: the data set's GMs, or synthetic traces.
// batch(step) is a function of the step (and the run's seed) alone, so a resumed run sees the
// same batches as an uninterrupted one.
class TrainingBatchSource
{
public:
    virtual ~TrainingBatchSource() = default;
    virtual int64_t stepsPerEpoch() const = 0;
    virtual TrainingBatch batch(int64_t step) = 0;
};

} // namespace lgpn
