#include "ImageTensor.h"

#include <opencv2/imgproc.hpp>

#include <stdexcept>

namespace lgpn {

torch::Tensor rgbToTensor(const cv::Mat &rgb)
{
    if (rgb.type() != CV_8UC3)
        throw std::invalid_argument("model input must be 8-bit RGB");
    const cv::Mat contiguous = rgb.isContinuous() ? rgb : rgb.clone();
    // from_blob does not own the pixels: clone before the Mat can go away.
    const torch::Tensor hwc = torch::from_blob(const_cast<uchar *>(contiguous.ptr<uchar>()),
                                               {contiguous.rows, contiguous.cols, 3}, torch::kUInt8)
                                  .clone();
    return hwc.permute({2, 0, 1}).to(torch::kFloat32).div_(127.5).sub_(1.0);
}

torch::Tensor cropTensor(const cv::Mat &rgb, const std::vector<CropRect> &crops, int inputSize)
{
    std::vector<torch::Tensor> tensors;
    for (const CropRect &rect : crops) {
        cv::Mat crop = rgb(cv::Rect(rect.x, rect.y, rect.size, rect.size));
        if (rect.size != inputSize)
            cv::resize(crop, crop, cv::Size(inputSize, inputSize), 0, 0, cv::INTER_LINEAR);
        tensors.push_back(rgbToTensor(crop));
    }
    return torch::stack(tensors);
}

} // namespace lgpn
