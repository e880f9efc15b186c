#pragma once

#include <opencv2/core/mat.hpp>
#include <torch/torch.h>

namespace lgpn {

// The one conversion of pixels into model input, shared by training and analysis so the two
// can never disagree: 8-bit RGB -> float [3, H, W] in [-1, 1].
torch::Tensor rgbToTensor(const cv::Mat &rgb);

} // namespace lgpn
