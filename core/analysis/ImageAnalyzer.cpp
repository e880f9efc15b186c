#include "ImageAnalyzer.h"

#include "CropPlanner.h"
#include "ImageTensor.h"
#include "MicroBatchForward.h"
#include "ModelCopy.h"
#include "ModelRuntime.h"
#include "PairSimilarity.h"
#include "bundle/ModelBundle.h"

namespace lgpn {

namespace {

std::vector<float> toVector(const torch::Tensor &tensor)
{
    const torch::Tensor flat = tensor.detach().to(torch::kCPU, torch::kFloat32).contiguous().view({-1});
    return std::vector<float>(flat.data_ptr<float>(), flat.data_ptr<float>() + flat.numel());
}

FloatMatrix toMatrix(const torch::Tensor &tensor)
{
    return FloatMatrix{int(tensor.size(0)), int(tensor.size(1)), toVector(tensor)};
}

} // namespace

ImageAnalyzer::ImageAnalyzer(const ModelBundle &bundle, const torch::Device &device, int maxCrops)
    : m_model(ModelCopy::of(bundle.model()))
    , m_device(device)
    , m_inputSize(int(bundle.options().input_size()))
    , m_maxCrops(std::max(1, maxCrops))
    , m_novelty(bundle.novelty())
{
    m_model->to(m_device);
    m_model->foldBatchNorm();
    // oneDNN's NHWC convolutions: at batch 8, 0.55 -> 0.71 images/s for the paper network and 715 -> 930
    // for compact (lgpn bench --levers; no change at batch 1).
    if (m_device.is_cpu())
        toChannelsLast(*m_model);
}

torch::Tensor ImageAnalyzer::cropBatch(const cv::Mat &rgb) const
{
    return cropTensor(rgb, CropPlanner::plan(rgb.cols, rgb.rows, m_inputSize, m_maxCrops), m_inputSize);
}

int ImageAnalyzer::cropCount(int width, int height) const
{
    return int(CropPlanner::plan(width, height, m_inputSize, m_maxCrops).size());
}

void ImageAnalyzer::analyze(const LoadedImage &image, ImageAnalysis &analysis)
{
    analyzeMany({&image}, {&analysis});
}

void ImageAnalyzer::analyzeMany(const std::vector<const LoadedImage *> &images, const std::vector<ImageAnalysis *> &analyses)
{
    c10::InferenceMode inferenceMode;
    std::vector<torch::Tensor> batches;
    std::vector<int64_t> counts;
    for (const LoadedImage *image : images) {
        batches.push_back(cropBatch(image->rgb));
        counts.push_back(batches.back().size(0));
    }
    // All the images' crops together, a cache-sized chunk per forward pass: each crop is analysed
    // on its own (batch norm is folded, nothing mixes samples), so the result is the same as one
    // image at a time.
    const LgpnOutput output = MicroBatchForward::forward(m_model, torch::cat(batches).to(m_device),
                                                         MicroBatchForward::chunkSize(m_model->options(), m_device));
    int64_t start = 0;
    for (size_t i = 0; i < images.size(); ++i) {
        fill(output, start, counts[i], *images[i], *analyses[i]);
        start += counts[i];
    }
}

std::vector<ImageAnalysis> ImageAnalyzer::analyzeMany(const std::vector<LoadedImage> &images)
{
    std::vector<ImageAnalysis> analyses(images.size());
    std::vector<const LoadedImage *> imagePointers;
    std::vector<ImageAnalysis *> analysisPointers;
    for (size_t i = 0; i < images.size(); ++i) {
        analyses[i].path = images[i].path;
        describeFile(images[i], analyses[i]);
        imagePointers.push_back(&images[i]);
        analysisPointers.push_back(&analyses[i]);
    }
    if (!images.empty())
        analyzeMany(imagePointers, analysisPointers);
    return analyses;
}

void ImageAnalyzer::fill(const LgpnOutput &output, int64_t start, int64_t count, const LoadedImage &image, ImageAnalysis &analysis) const
{
    auto crops = [&](const torch::Tensor &tensor) { return tensor.slice(0, start, start + count); };
    analysis.cropCount = int(count);
    analysis.generatedProbability = crops(output.generatedProbability).mean().item<float>();
    analysis.nodeProbabilities = toVector(crops(output.nodeProbabilities).mean(0));
    analysis.continuousValues = toVector(crops(output.continuousValues).mean(0));
    analysis.novelty.reset();
    if (!m_novelty.isEmpty())
        analysis.novelty = m_novelty.novelty(crops(output.imageFeature));
    analysis.matchingMatrices.clear();
    analysis.learnedCorrelations.clear();
    for (const torch::Tensor &matching : output.matchingMatrices)
        analysis.matchingMatrices.push_back(toMatrix(crops(matching).mean(0)));
    for (const torch::Tensor &correlation : output.learnedCorrelations)
        analysis.learnedCorrelations.push_back(toMatrix(crops(correlation).mean(0)));

    // Agreement: mean cosine similarity between the crops' node-probability vectors.
    const torch::Tensor perCrop = crops(output.nodeProbabilities).to(torch::kCPU);
    std::vector<std::vector<float>> vectors;
    for (int64_t k = 0; k < perCrop.size(0); ++k)
        vectors.push_back(toVector(perCrop[k]));
    double sum = 0;
    int pairs = 0;
    for (size_t a = 0; a < vectors.size(); ++a) {
        for (size_t b = a + 1; b < vectors.size(); ++b, ++pairs)
            sum += PairSimilarity::cosine(vectors[a], vectors[b]);
    }
    analysis.cropAgreement = pairs == 0 ? 1.0f : float(sum / pairs);
    if (CropPlanner::needsUpscaling(image.rgb.cols, image.rgb.rows, m_inputSize))
        analysis.notes.append(QStringLiteral("smaller than the model input (%1 px): scaled up").arg(m_inputSize));
    analysis.ok = true;
}

ImageAnalysis ImageAnalyzer::analyze(const LoadedImage &image)
{
    ImageAnalysis analysis;
    analysis.path = image.path;
    describeFile(image, analysis);
    analyze(image, analysis);
    return analysis;
}

void ImageAnalyzer::describeFile(const LoadedImage &image, ImageAnalysis &analysis)
{
    analysis.sha256 = image.sha256;
    analysis.fileSize = image.fileSize;
    analysis.format = image.format;
    analysis.width = image.width;
    analysis.height = image.height;
    analysis.notes = image.notes;
}

} // namespace lgpn
