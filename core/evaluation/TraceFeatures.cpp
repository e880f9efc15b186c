#include "TraceFeatures.h"

#include "analysis/ResidualSpectrum.h"

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <stdexcept>

namespace lgpn {

namespace {

void appendSpectrum(const cv::Mat &logMagnitude, std::vector<float> &features)
{
    cv::Mat pooled;
    cv::resize(logMagnitude, pooled, cv::Size(TraceFeatures::kSpectrumGrid, TraceFeatures::kSpectrumGrid), 0, 0, cv::INTER_AREA);
    for (int y = 0; y < pooled.rows; ++y) {
        for (int x = 0; x < pooled.cols; ++x)
            features.push_back(pooled.at<float>(y, x));
    }
}

void appendHistogram(const cv::Mat &gray, std::vector<float> &features)
{
    std::vector<long> counts(size_t(TraceFeatures::kHistogramBins), 0);
    for (int y = 0; y < gray.rows; ++y) {
        const uchar *row = gray.ptr<uchar>(y);
        for (int x = 0; x < gray.cols; ++x)
            ++counts[size_t(row[x] * TraceFeatures::kHistogramBins / 256)];
    }
    const double total = double(gray.total());
    for (long count : counts)
        features.push_back(float(double(count) / total));
}

float meanSaturation(const cv::Mat &rgb)
{
    if (rgb.channels() == 1)
        return 0;
    cv::Mat hsv;
    cv::cvtColor(rgb, hsv, cv::COLOR_RGB2HSV);
    return float(cv::mean(hsv)[1] / 255.0);
}

void appendClipping(const cv::Mat &image, std::vector<float> &features)
{
    long zeros = 0;
    long saturated = 0;
    for (int y = 0; y < image.rows; ++y) {
        const uchar *row = image.ptr<uchar>(y);
        for (int x = 0; x < image.cols * image.channels(); ++x) {
            zeros += row[x] == 0 ? 1 : 0;
            saturated += row[x] == 255 ? 1 : 0;
        }
    }
    const double total = double(image.total() * size_t(image.channels()));
    features.push_back(float(double(zeros) / total));
    features.push_back(float(double(saturated) / total));
}

} // namespace

std::vector<float> TraceFeatures::compute(const cv::Mat &rgb)
{
    if (rgb.empty())
        throw std::invalid_argument("trace features: the image is empty");
    if (rgb.type() != CV_8UC3 && rgb.type() != CV_8UC1)
        throw std::invalid_argument("trace features: expected an 8-bit RGB or grey image");
    const int width = std::min(rgb.cols, kMaxSide);
    const int height = std::min(rgb.rows, kMaxSide);
    const cv::Mat image = rgb(cv::Rect((rgb.cols - width) / 2, (rgb.rows - height) / 2, width, height));
    cv::Mat gray;
    if (image.channels() == 3)
        cv::cvtColor(image, gray, cv::COLOR_RGB2GRAY);
    else
        gray = image;

    std::vector<float> features;
    features.reserve(size_t(kCount));
    const ResidualSpectrum spectrum = ResidualSpectrum::compute(gray);
    appendSpectrum(spectrum.logMagnitude, features);
    appendHistogram(gray, features);
    features.push_back(meanSaturation(image));
    cv::Scalar mean;
    cv::Scalar deviation;
    cv::meanStdDev(gray, mean, deviation);
    features.push_back(float(mean[0] / 255.0));
    features.push_back(float(deviation[0] / 255.0));
    cv::meanStdDev(spectrum.residual, mean, deviation);
    features.push_back(float(cv::mean(cv::abs(spectrum.residual))[0]));
    features.push_back(float(deviation[0]));
    appendClipping(image, features);
    for (float &value : features) {
        if (!std::isfinite(value))
            value = 0; // cannot happen for finite pixels; keeps a fit from being poisoned if it did
    }
    return features;
}

QStringList TraceFeatures::names()
{
    QStringList names;
    for (int y = 0; y < kSpectrumGrid; ++y) {
        for (int x = 0; x < kSpectrumGrid; ++x)
            names << QStringLiteral("spectrum_r%1c%2").arg(y).arg(x);
    }
    for (int bin = 0; bin < kHistogramBins; ++bin)
        names << QStringLiteral("histogram_%1").arg(bin);
    names << QStringLiteral("saturation") << QStringLiteral("gray_mean") << QStringLiteral("gray_std")
          << QStringLiteral("residual_abs_mean") << QStringLiteral("residual_std") << QStringLiteral("clipped_0")
          << QStringLiteral("clipped_255");
    return names;
}

} // namespace lgpn
