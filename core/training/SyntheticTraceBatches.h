#pragma once

#include "TrainingBatch.h"
#include "TraceSynthesizer.h"

namespace lgpn {

// Batches of synthetic traces for pre-training (`lgpn pretrain`): every step draws fresh
// networks from the TraceSynthesizer's stream (network index = step * networksPerBatch + j, so
// no network is seen twice and a resumed run sees the same ones), crops their images like zoo
// images, labels them by introspection with the loss nodes masked, and adds untransformed real
// images as the real class.
class SyntheticTraceBatches : public TrainingBatchSource
{
public:
    SyntheticTraceBatches(const zoo::TraceSynthesizer &synthesizer, int generatedPerBatch, int realPerBatch, int inputSize,
                          bool flips, quint64 seed, int64_t stepsPerEpoch);

    int64_t stepsPerEpoch() const override { return m_stepsPerEpoch; }
    TrainingBatch batch(int64_t step) override;
    int networksPerBatch() const { return m_networksPerBatch; }

private:
    const zoo::TraceSynthesizer &m_synthesizer;
    int m_generatedPerBatch;
    int m_realPerBatch;
    int m_inputSize;
    bool m_flips;
    quint64 m_seed;
    int64_t m_stepsPerEpoch;
    int m_networksPerBatch;
};

} // namespace lgpn
