#pragma once

#include "TrainingBatch.h"
#include "TrainingImageBank.h"

#include <QString>

#include <map>
#include <vector>

namespace lgpn {

struct BatchOptions
{
    int generatedPerBatch = 56;
    int realPerBatch = 8;
    int imagesPerGm = 2;        // balance "gm": images of each GM of a batch
    bool balanceByGm = true;    // false: the generated images in a shuffled order, epoch by epoch
    bool flips = false;         // random horizontal flips (traces are left-right symmetric)
    bool dihedral = false;      // any of the square's 8 symmetries instead (flips, transposes, quarter turns)
    int inputSize = 32;
    quint64 seed = 1;
    // Data-parallel training: this rank's share of every batch. The shares of ranks 0..count-1,
    // concatenated in rank order, are exactly the batch of one rank (same images, crops, flips).
    int shareRank = 0;
    int shareCount = 1;
};

// Batches of a data set's training GMs that teach traces rather than identities: every batch
// holds imagesPerGm random crops of each of its generatedPerBatch / imagesPerGm GMs, the GMs
// taken in turn from a fresh shuffle of the training GMs each round, so every GM weighs the same
// whatever its image count; plus realPerBatch real images (paper Appendix B).
class GeneratorBalancedBatches : public TrainingBatchSource
{
public:
    GeneratorBalancedBatches(const TrainingDataset &dataset, const TrainingImageBank &bank, const std::vector<int> &trainingGms,
                             const std::vector<int> &realImages, const torch::Tensor &gmNodes, BatchOptions options);

    int64_t stepsPerEpoch() const override { return m_stepsPerEpoch; }
    TrainingBatch batch(int64_t step) override;

private:
    std::vector<int> chooseImages(int64_t step, std::mt19937_64 &random);
    int gmOfSlot(int64_t slot);
    bool inShare(size_t index, size_t generatedCount, size_t total) const;

    const TrainingDataset &m_dataset;
    const TrainingImageBank &m_bank;
    std::vector<int> m_gms;
    std::map<int, std::vector<int>> m_imagesOfGm;
    std::vector<int> m_generated;
    std::vector<int> m_real;
    torch::Tensor m_gmNodes;
    BatchOptions m_options;
    int64_t m_stepsPerEpoch = 1;
    int64_t m_cachedRound = -1;
    std::vector<int> m_roundOrder;
    int64_t m_cachedEpoch = -1;
    std::vector<int> m_epochOrder;
};

} // namespace lgpn
