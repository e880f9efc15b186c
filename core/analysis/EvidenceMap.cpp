#include "EvidenceMap.h"

#include "CropPlanner.h"
#include "ImageTensor.h"
#include "ModelCopy.h"
#include "ModelRuntime.h"
#include "StrongestNodes.h"
#include "bundle/ModelBundle.h"

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <mutex>
#include <stdexcept>

namespace lgpn {

struct EvidenceMap::Model
{
    LgpnModel network;
    torch::Device device;
    int inputSize;
    int maxCrops;
    HyperparameterSchema schema;
    std::mutex mutex; // one backward pass at a time through the shared weights
};

namespace {

// Where a crop lands on a map that is the image scaled by `scale` (at least one pixel).
cv::Rect scaledRect(const CropRect &crop, double scale, const cv::Size &mapSize)
{
    const int x0 = int(std::floor(crop.x * scale));
    const int y0 = int(std::floor(crop.y * scale));
    const int x1 = std::max(x0 + 1, int(std::ceil((crop.x + crop.size) * scale)));
    const int y1 = std::max(y0 + 1, int(std::ceil((crop.y + crop.size) * scale)));
    return cv::Rect(x0, y0, x1 - x0, y1 - y0) & cv::Rect(0, 0, mapSize.width, mapSize.height);
}

// The crops' attributions [K, S, S] placed where they were cut from, averaged where they overlap,
// on a map of the image scaled to at most maxSide, the strongest pixel at 1.
FloatMatrix averagedOverCrops(const torch::Tensor &attribution, const std::vector<CropRect> &crops, const cv::Size &image, int maxSide)
{
    const double scale = std::min(1.0, double(maxSide) / std::max(image.width, image.height));
    const cv::Size size(std::max(1, int(std::lround(image.width * scale))), std::max(1, int(std::lround(image.height * scale))));
    cv::Mat sum = cv::Mat::zeros(size, CV_32F);
    cv::Mat coverage = cv::Mat::zeros(size, CV_32F);
    for (size_t k = 0; k < crops.size(); ++k) {
        const torch::Tensor crop = attribution[int64_t(k)].contiguous();
        const cv::Mat cropMap(int(crop.size(0)), int(crop.size(1)), CV_32F, crop.data_ptr<float>());
        const cv::Rect rect = scaledRect(crops[k], scale, size);
        cv::Mat placed;
        cv::resize(cropMap, placed, rect.size(), 0, 0, cv::INTER_AREA);
        sum(rect) += placed;
        coverage(rect) += 1.0;
    }
    cv::Mat mean;
    cv::divide(sum, cv::max(coverage, 1.0), mean);
    double peak = 0;
    cv::minMaxLoc(mean, nullptr, &peak);
    if (peak > 0)
        mean /= peak;
    return FloatMatrix{size.height, size.width, std::vector<float>(mean.begin<float>(), mean.end<float>())};
}

} // namespace

EvidenceMap::EvidenceMap(const ModelBundle &bundle, const QString &device, int maxCrops)
    : m_model(new Model{ModelCopy::of(bundle.model()), chooseDevice(device.toStdString()), int(bundle.options().input_size()),
                        std::max(1, maxCrops), bundle.schema(), {}})
{
    m_model->network->to(m_model->device);
    m_model->network->eval();
    m_model->network->foldBatchNorm(); // the same network as ImageAnalyzer's
}

EvidenceMap::~EvidenceMap() = default;

std::vector<FloatMatrix> EvidenceMap::compute(const cv::Mat &rgb, const std::vector<int> &nodes, int maxSide, const Cancelled &cancelled) const
{
    for (int node : nodes) {
        if (node < 0 || node >= m_model->schema.nodeCount())
            throw std::out_of_range("evidence map of a node the model does not have");
    }
    std::lock_guard lock(m_model->mutex);
    torch::AutoGradMode gradients(true); // whatever the caller's mode: this needs a graph
    const std::vector<CropRect> crops = CropPlanner::plan(rgb.cols, rgb.rows, m_model->inputSize, m_model->maxCrops);
    const torch::Tensor input = cropTensor(rgb, crops, m_model->inputSize).to(m_model->device).requires_grad_(true);
    const LgpnOutput output = m_model->network->forward(input);
    const torch::Tensor traces = LgpnModelImpl::highpassResidual(input.detach());
    std::vector<FloatMatrix> maps;
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (cancelled && cancelled())
            return {};
        // Crops do not mix in the network (batch norm folded), so the gradient of the sum of their
        // logits on each crop is that crop's own.
        const torch::Tensor logits = output.nodeLogits.select(1, nodes[i]).sum();
        const bool more = i + 1 < nodes.size();
        const torch::Tensor gradient = torch::autograd::grad({logits}, {input}, {}, more)[0];
        const torch::Tensor attribution = (gradient * traces).abs().sum(1).to(torch::kCPU, torch::kFloat32);
        maps.push_back(averagedOverCrops(attribution, crops, cv::Size(rgb.cols, rgb.rows), maxSide));
    }
    return maps;
}

std::vector<NodeEvidence> EvidenceMap::strongest(const cv::Mat &rgb, const ImageAnalysis &analysis, int count, int maxSide) const
{
    const std::vector<int> nodes = StrongestNodes::of(m_model->schema, analysis.nodeProbabilities, count);
    std::vector<FloatMatrix> maps = compute(rgb, nodes, maxSide);
    std::vector<NodeEvidence> evidence;
    for (size_t i = 0; i < maps.size(); ++i)
        evidence.push_back({nodes[i], std::move(maps[i])});
    return evidence;
}

} // namespace lgpn
