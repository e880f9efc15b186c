#pragma once

#include <QString>

#include <opencv2/core/mat.hpp>

#include <vector>

namespace lgpn::zoo {

// Real images from Debian's data packages: the training data of the zoo's generative models and
// the "real" class. Fashion-MNIST (dataset-fashion-mnist) as 32x32 grayscale with its class
// labels; photographs (mate-backgrounds) as colour patches cropped and downscaled to a size.
// Missing data throws InputError naming the path and the package to install.
class RealImageSource
{
public:
    static const QString kFashionMnistDir;
    static const QString kPhotoDir;

    struct LabelledImages
    {
        std::vector<cv::Mat> images; // 8-bit, 1 channel (Fashion-MNIST) or 3 channels RGB (photos)
        std::vector<int> labels;     // Fashion-MNIST classes 0..9; for photos, the photograph's index mod 10
    };

    // The first `count` training images, padded from 28x28 to 32x32.
    static LabelledImages fashionMnist(int count, const QString &directory = kFashionMnistDir);
    // `count` random patches of size x size (a crop of 2-4 times the size, area-downscaled), deterministic for a seed.
    static LabelledImages photoPatches(int count, int size, unsigned seed, const QString &directory = kPhotoDir);
};

} // namespace lgpn::zoo
