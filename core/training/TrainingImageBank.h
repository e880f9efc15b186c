#pragma once

#include "TrainingDataset.h"

#include <opencv2/core/mat.hpp>
#include <torch/torch.h>

#include <functional>
#include <random>
#include <vector>

namespace lgpn {

// The images of a data set decoded once into memory (8-bit RGB, at their own size), so that an
// epoch costs no disk reads or PNG decoding. Decoded by several threads through ImageLoader, the
// same reader as analysis; a file that cannot be read stops with its InputError.
class TrainingImageBank
{
public:
    TrainingImageBank(const TrainingDataset &dataset, const std::vector<int> &imageIndices, int threads,
                      const std::function<void(const QString &)> &progress = {});

    // A [3, S, S] model input in [-1, 1]: a random native-resolution S-crop of the image (the
    // whole image when it is S wide; images smaller than S are scaled up, as in analysis).
    torch::Tensor randomCrop(int imageIndex, int size, std::mt19937_64 &random) const;
    // The same for any 8-bit RGB image (synthetic traces go through the crops zoo images do).
    static torch::Tensor randomCropOf(const cv::Mat &rgb, int size, std::mt19937_64 &random);
    const cv::Mat &image(int imageIndex) const;
    size_t size() const { return m_count; }

private:
    std::vector<cv::Mat> m_images; // by data set image index; empty where not loaded
    size_t m_count = 0;
};

} // namespace lgpn
