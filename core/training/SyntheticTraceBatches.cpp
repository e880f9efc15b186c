#include "SyntheticTraceBatches.h"

#include "TrainingImageBank.h"

#include <opencv2/imgproc.hpp>

namespace lgpn {

SyntheticTraceBatches::SyntheticTraceBatches(const zoo::TraceSynthesizer &synthesizer, int generatedPerBatch, int realPerBatch,
                                             int inputSize, bool flips, quint64 seed, int64_t stepsPerEpoch)
    : m_synthesizer(synthesizer)
    , m_generatedPerBatch(generatedPerBatch)
    , m_realPerBatch(realPerBatch)
    , m_inputSize(inputSize)
    , m_flips(flips)
    , m_seed(seed)
    , m_stepsPerEpoch(std::max<int64_t>(1, stepsPerEpoch))
{
    const int perNetwork = std::max(1, synthesizer.options().imagesPerNetwork);
    m_networksPerBatch = std::max(1, (generatedPerBatch + perNetwork - 1) / perNetwork);
}

TrainingBatch SyntheticTraceBatches::batch(int64_t step)
{
    std::mt19937_64 random(m_seed * 7919ULL + uint64_t(step) * 104729ULL + 23ULL);
    std::vector<torch::Tensor> crops;
    std::vector<torch::Tensor> labels;
    auto add = [&](const cv::Mat &rgb) {
        torch::Tensor crop = TrainingImageBank::randomCropOf(rgb, m_inputSize, random);
        if (m_flips && random() % 2 == 1)
            crop = crop.flip({2});
        crops.push_back(crop);
    };
    const torch::Tensor mask = torch::tensor(m_synthesizer.nodeMask());
    for (int j = 0; j < m_networksPerBatch && int(crops.size()) < m_generatedPerBatch; ++j) {
        const zoo::SyntheticImages made = m_synthesizer.network(m_seed, step * m_networksPerBatch + j);
        const torch::Tensor nodes = torch::tensor(made.nodeLabels);
        for (const cv::Mat &image : made.images) {
            if (int(crops.size()) == m_generatedPerBatch)
                break;
            add(image);
            labels.push_back(nodes);
        }
    }
    const int generated = int(crops.size());
    // Real images: the synthesizer's sources, as they are.
    const zoo::SyntheticRealImages &real = m_synthesizer.realImages();
    const std::vector<const std::vector<cv::Mat> *> sources = {&real.fmnist.images, &real.photo32.images, &real.photo64.images};
    for (int j = 0; j < m_realPerBatch; ++j) {
        const std::vector<cv::Mat> &source = *sources[random() % sources.size()];
        if (source.empty())
            continue;
        const cv::Mat &image = source[random() % source.size()];
        cv::Mat rgb;
        if (image.channels() == 1)
            cv::cvtColor(image, rgb, cv::COLOR_GRAY2RGB);
        else
            rgb = image;
        add(rgb);
        labels.push_back(torch::zeros_like(mask));
    }
    TrainingBatch batch;
    batch.images = torch::stack(crops);
    batch.nodeLabels = torch::stack(labels);
    batch.isGenerated = torch::cat({torch::ones({generated}), torch::zeros({int64_t(crops.size()) - generated})});
    batch.nodeMask = mask.unsqueeze(0).expand({int64_t(crops.size()), mask.size(0)}).contiguous();
    batch.gms.assign(crops.size(), -1);
    return batch;
}

} // namespace lgpn
