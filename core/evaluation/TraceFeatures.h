#pragma once

#include <QStringList>

#include <opencv2/core/mat.hpp>

#include <vector>

namespace lgpn {

// A fixed (not learned) description of the traces an image carries, for the fixed-feature
// reference of `lgpn eval`: what a classifier can read from an image without any deep model.
// From the central at most kMaxSide x kMaxSide pixels of an 8-bit image:
//  - 64: the log-magnitude spectrum of the high-pass residual (grey minus its 3x3 Gaussian blur,
//    ResidualSpectrum), zero frequency at the centre, averaged over an 8 x 8 grid of cells
//    (row-major; the corner cells hold the highest frequencies, where 2-pixel up-sampling
//    grids and checkerboards show);
//  - 16: the grey-level histogram in 16 equal bins, as fractions of the pixels;
//  - 1: the mean HSV saturation, in [0, 1];
//  - 4: the mean and standard deviation of the grey pixels, in [0, 1] units, and the mean
//    absolute value and standard deviation of the residual;
//  - 2: the fractions of channel values at 0 and at 255 (clipping).
// kCount values, all finite (a constant image gives a flat spectrum, not NaN).
class TraceFeatures
{
public:
    static constexpr int kSpectrumGrid = 8;
    static constexpr int kHistogramBins = 16;
    static constexpr int kCount = kSpectrumGrid * kSpectrumGrid + kHistogramBins + 1 + 4 + 2;
    static constexpr int kMaxSide = 256;

    // rgb: CV_8UC3 in RGB order (as ImageLoader gives it) or CV_8UC1. Throws
    // std::invalid_argument on an empty image or another type.
    static std::vector<float> compute(const cv::Mat &rgb);
    // One short name per value, in order ("spectrum_r0c0", ..., "clipped_255").
    static QStringList names();
};

} // namespace lgpn
