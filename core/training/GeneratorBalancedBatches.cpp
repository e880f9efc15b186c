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

TrainingBatch GeneratorBalancedBatches::batch(int64_t step)
{
    std::mt19937_64 random(m_options.seed * 7919ULL + uint64_t(step) * 104729ULL + 17ULL);
    std::vector<int> images = chooseImages(step, random);
    for (int j = 0; j < m_options.realPerBatch && !m_real.empty(); ++j)
        images.push_back(m_real[random() % m_real.size()]);
    std::vector<torch::Tensor> crops;
    std::vector<int64_t> gms;
    for (int image : images) {
        torch::Tensor crop = m_bank.randomCrop(image, m_options.inputSize, random);
        if (m_options.flips && random() % 2 == 1)
            crop = crop.flip({2});
        crops.push_back(crop);
        gms.push_back(m_dataset.images()[size_t(image)].gm);
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
