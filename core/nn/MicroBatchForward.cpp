#include "MicroBatchForward.h"

#include <algorithm>

namespace lgpn {

namespace {

torch::Tensor joined(const std::vector<LgpnOutput> &parts, torch::Tensor LgpnOutput::*field)
{
    std::vector<torch::Tensor> pieces;
    for (const LgpnOutput &part : parts)
        pieces.push_back(part.*field);
    return torch::cat(pieces);
}

std::vector<torch::Tensor> joinedLevels(const std::vector<LgpnOutput> &parts, std::vector<torch::Tensor> LgpnOutput::*field)
{
    std::vector<torch::Tensor> levels;
    for (size_t level = 0; level < (parts.front().*field).size(); ++level) {
        std::vector<torch::Tensor> pieces;
        for (const LgpnOutput &part : parts)
            pieces.push_back((part.*field)[level]);
        levels.push_back(torch::cat(pieces));
    }
    return levels;
}

} // namespace

int64_t MicroBatchForward::chunkSize(const LgpnOptions &options, const torch::Device &device)
{
    if (!device.is_cpu())
        return 0;
    return std::max<int64_t>(1, kCpuPixelsPerPass / (options.input_size() * options.input_size()));
}

LgpnOutput MicroBatchForward::forward(LgpnModel &model, const torch::Tensor &images, int64_t chunk)
{
    const int64_t batch = images.size(0);
    if (chunk <= 0 || chunk >= batch)
        return model->forward(images);
    std::vector<LgpnOutput> parts;
    for (int64_t start = 0; start < batch; start += chunk)
        parts.push_back(model->forward(images.slice(0, start, std::min(batch, start + chunk))));
    LgpnOutput output;
    output.imageFeature = joined(parts, &LgpnOutput::imageFeature);
    output.nodeFeatures = joined(parts, &LgpnOutput::nodeFeatures);
    output.nodeLogits = joined(parts, &LgpnOutput::nodeLogits);
    output.nodeProbabilities = joined(parts, &LgpnOutput::nodeProbabilities);
    output.generatedLogit = joined(parts, &LgpnOutput::generatedLogit);
    output.generatedProbability = joined(parts, &LgpnOutput::generatedProbability);
    output.continuousValues = joined(parts, &LgpnOutput::continuousValues);
    output.matchingMatrices = joinedLevels(parts, &LgpnOutput::matchingMatrices);
    output.learnedCorrelations = joinedLevels(parts, &LgpnOutput::learnedCorrelations);
    return output;
}

} // namespace lgpn
