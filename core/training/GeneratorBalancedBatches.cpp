#include "GeneratorBalancedBatches.h"

#include <algorithm>

namespace lgpn {

namespace {

template <typename T>
void shuffled(std::vector<T> &values, quint64 seed)
{
    std::mt19937_64 random(seed);
    for (size_t i = values.size(); i > 1; --i)
        std::swap(values[i - 1], values[random() % i]);
}

// One of the 8 symmetries of a square crop [C, S, S]: bit 0 flips left-right, bit 1 flips
// top-bottom, bit 2 transposes. An up-sampling grid or a checkerboard survives every one of them;
// the orientation of a GM's particular artefacts does not, so the model cannot key on it.
torch::Tensor symmetryOf(const torch::Tensor &crop, unsigned code)
{
    torch::Tensor out = crop;
    if (code & 1U)
        out = out.flip({2});
    if (code & 2U)
        out = out.flip({1});
    if (code & 4U)
        out = out.transpose(1, 2).contiguous();
    return out;
}

} // namespace

GeneratorBalancedBatches::GeneratorBalancedBatches(const TrainingDataset &dataset, const TrainingImageBank &bank,
                                                   const std::vector<int> &trainingGms, const std::vector<int> &realImages,
                                                   const torch::Tensor &gmNodes, BatchOptions options)
    : m_dataset(dataset)
    , m_bank(bank)
    , m_gms(trainingGms)
    , m_generated(dataset.imagesOfGms(trainingGms))
    , m_real(realImages)
    , m_gmNodes(gmNodes)
    , m_options(options)
{
    for (int image : m_generated)
        m_imagesOfGm[dataset.images()[size_t(image)].gm].push_back(image);
    m_gms.erase(std::remove_if(m_gms.begin(), m_gms.end(), [&](int gm) { return !m_imagesOfGm.count(gm); }), m_gms.end());
    m_options.imagesPerGm = std::clamp(m_options.imagesPerGm, 1, std::max(1, m_options.generatedPerBatch));
    m_stepsPerEpoch = std::max<int64_t>(1, int64_t(m_generated.size()) / std::max(1, m_options.generatedPerBatch));
}

int GeneratorBalancedBatches::gmOfSlot(int64_t slot)
{
    const int64_t round = slot / int64_t(m_gms.size());
    if (round != m_cachedRound) {
        m_roundOrder = m_gms;
        shuffled(m_roundOrder, m_options.seed * 1000003ULL + uint64_t(round));
        m_cachedRound = round;
    }
    return m_roundOrder[size_t(slot % int64_t(m_gms.size()))];
}

std::vector<int> GeneratorBalancedBatches::chooseImages(int64_t step, std::mt19937_64 &random)
{
    std::vector<int> images;
    if (!m_options.balanceByGm) {
        const int64_t epoch = step / m_stepsPerEpoch;
        if (epoch != m_cachedEpoch) {
            m_epochOrder = m_generated;
            shuffled(m_epochOrder, m_options.seed * 1000003ULL + uint64_t(epoch));
            m_cachedEpoch = epoch;
        }
        const size_t offset = size_t(step % m_stepsPerEpoch) * size_t(m_options.generatedPerBatch);
        for (int j = 0; j < m_options.generatedPerBatch; ++j)
            images.push_back(m_epochOrder[(offset + size_t(j)) % m_epochOrder.size()]);
        return images;
    }
    const int perGm = m_options.imagesPerGm;
    const int gmsPerBatch = (m_options.generatedPerBatch + perGm - 1) / perGm;
    for (int g = 0; g < gmsPerBatch; ++g) {
        const std::vector<int> &own = m_imagesOfGm.at(gmOfSlot(step * gmsPerBatch + g));
        for (int i = 0; i < perGm && int(images.size()) < m_options.generatedPerBatch; ++i)
            images.push_back(own[random() % own.size()]);
    }
    return images;
}

// A contiguous slice of the generated images (GMs stay together as far as the slice allows) and
// one of the real images.
bool GeneratorBalancedBatches::inShare(size_t index, size_t generatedCount, size_t total) const
{
    const size_t rank = size_t(m_options.shareRank), count = size_t(std::max(1, m_options.shareCount));
    const size_t first = index < generatedCount ? 0 : generatedCount;
    const size_t size = index < generatedCount ? generatedCount : total - generatedCount;
    const size_t position = index - first;
    return position >= size * rank / count && position < size * (rank + 1) / count;
}

TrainingBatch GeneratorBalancedBatches::batch(int64_t step)
{
    std::mt19937_64 random(m_options.seed * 7919ULL + uint64_t(step) * 104729ULL + 17ULL);
    std::vector<int> images = chooseImages(step, random);
    const size_t generatedCount = images.size();
    for (int j = 0; j < m_options.realPerBatch && !m_real.empty(); ++j)
        images.push_back(m_real[random() % m_real.size()]);
    std::vector<torch::Tensor> crops;
    std::vector<int64_t> gms;
    for (size_t i = 0; i < images.size(); ++i) {
        // Every rank draws every crop and flip, so that its share is that of the whole batch.
        torch::Tensor crop = m_bank.randomCrop(images[i], m_options.inputSize, random);
        const bool flipped = m_options.flips && !m_options.dihedral && random() % 2 == 1;
        const unsigned symmetry = m_options.dihedral ? unsigned(random() % 8) : (flipped ? 1U : 0U);
        if (!inShare(i, generatedCount, images.size()))
            continue;
        crops.push_back(symmetryOf(crop, symmetry));
        gms.push_back(m_dataset.images()[size_t(images[i])].gm);
    }
    const torch::Tensor gmIndex = torch::tensor(gms);
    TrainingBatch batch;
    batch.gms.assign(gms.begin(), gms.end());
    batch.images = torch::stack(crops);
    batch.isGenerated = (gmIndex >= 0).to(torch::kFloat32);
    batch.nodeLabels = m_gmNodes.index_select(0, gmIndex.clamp_min(0)) * batch.isGenerated.unsqueeze(1);
    return batch;
}

} // namespace lgpn
