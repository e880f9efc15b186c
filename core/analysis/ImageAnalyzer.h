#pragma once

#include "ImageAnalysis.h"
#include "NoveltyModel.h"
#include "image/LoadedImage.h"

#include "LgpnModel.h"

#include <torch/torch.h>

namespace lgpn {

class ModelBundle;

// The one function that turns an image of any size into LGPN's predictions, used by the CLI,
// the studio and `lgpn eval`. Images at least as large as the model input are never resized:
// the model reads several native-resolution crops (CropPlanner), their predictions are averaged
// and their agreement reported. Smaller images are scaled up to the input size. The model runs in
// eval mode without gradients, dropout off and batch norm folded into the convolutions.
class ImageAnalyzer
{
public:
    ImageAnalyzer(const ModelBundle &bundle, const torch::Device &device, int maxCrops = 5);

    // Fills the predictions of `analysis` (whose file fields the caller has set) from the image.
    void analyze(const LoadedImage &image, ImageAnalysis &analysis);
    ImageAnalysis analyze(const LoadedImage &image);
    // Sets the file fields of `analysis` from the image as read (all but the path, which the caller names).
    static void describeFile(const LoadedImage &image, ImageAnalysis &analysis);
    // Several images in one forward pass (faster for small images); the same results as one by one.
    void analyzeMany(const std::vector<const LoadedImage *> &images, const std::vector<ImageAnalysis *> &analyses);
    // The same for images the caller holds: their analyses in order, each named and described as analyze() does.
    std::vector<ImageAnalysis> analyzeMany(const std::vector<LoadedImage> &images);

    // The crops of an image as a model batch [K, 3, S, S] (exposed for evaluation and tests).
    torch::Tensor cropBatch(const cv::Mat &rgb) const;

    int inputSize() const { return m_inputSize; }
    int maxCrops() const { return m_maxCrops; }
    // How many crops the model will read from an image of this size.
    int cropCount(int width, int height) const;
    const torch::Device &device() const { return m_device; }

private:
    void fill(const LgpnOutput &output, int64_t start, int64_t count, const LoadedImage &image, ImageAnalysis &analysis) const;

    LgpnModel m_model;
    torch::Device m_device;
    int m_inputSize = 0;
    int m_maxCrops = 5;
    NoveltyModel m_novelty; // empty: the bundle cannot tell, and analyses carry no novelty
};

} // namespace lgpn
