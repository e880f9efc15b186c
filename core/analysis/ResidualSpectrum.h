#pragma once

#include <opencv2/core.hpp>

#include <vector>

namespace lgpn {

// The log-magnitude Fourier spectrum of an image's high-pass residual. Generators leave
// periodic traces (upsampling grids, checkerboards) that are faint in the image but show as
// bright peaks away from the centre of this spectrum; camera images give a smooth falloff.
struct ResidualSpectrum
{
    cv::Mat residual;     // CV_32F, the gray image minus its 3x3 Gaussian blur
    cv::Mat logMagnitude; // CV_32F, log(1 + |F|), zero frequency at the centre
    cv::Mat display;      // CV_8U, logMagnitude stretched between its 1st and 99.9th percentiles
    // The strongest off-centre frequency over the median one, in dB (how peaky the spectrum is).
    double peakToMedianDb = 0;
    int averaged = 1;     // how many images' spectra logMagnitude is the mean of

    // Reads at most the central kMaxSide x kMaxSide pixels of large images (the traces repeat).
    static constexpr int kMaxSide = 1024;
    // rgb: CV_8UC3 or CV_8UC1. Throws std::invalid_argument on an empty image.
    static ResidualSpectrum compute(const cv::Mat &image);
    // The mean log-magnitude spectrum of several images (the first one's residual is kept).
    // A generator's traces add up across its images while image content averages out; images
    // of another size than the first are left out.
    static ResidualSpectrum average(const std::vector<cv::Mat> &images);

private:
    // display and peakToMedianDb from logMagnitude.
    void describe();
};

} // namespace lgpn
