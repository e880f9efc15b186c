#pragma once

#include "CropPlanner.h"

#include <opencv2/core/mat.hpp>
#include <torch/torch.h>

namespace lgpn {

// The one conversion of pixels into model input, shared by training and analysis so the two
// can never disagree: 8-bit RGB -> float [3, H, W] in [-1, 1].
torch::Tensor rgbToTensor(const cv::Mat &rgb);
// The crops of an image as a model batch [K, 3, S, S]; a crop smaller than S (an image smaller than
// the model input) is scaled up to it.
torch::Tensor cropTensor(const cv::Mat &rgb, const std::vector<CropRect> &crops, int inputSize);

} // namespace lgpn
