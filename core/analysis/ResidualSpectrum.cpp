#include "ResidualSpectrum.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <vector>

namespace lgpn {

namespace {

// Swaps quadrants so that the zero frequency is at the centre.
void centreSpectrum(cv::Mat &spectrum)
{
    const int cx = spectrum.cols / 2;
    const int cy = spectrum.rows / 2;
    cv::Mat shifted(spectrum.size(), spectrum.type());
    const int w = spectrum.cols;
    const int h = spectrum.rows;
    for (int quadrant = 0; quadrant < 4; ++quadrant) {
        const int sx = quadrant % 2 ? cx : 0;
        const int sy = quadrant / 2 ? cy : 0;
        const int sw = quadrant % 2 ? w - cx : cx;
        const int sh = quadrant / 2 ? h - cy : cy;
        if (sw == 0 || sh == 0)
            continue;
        const int dx = (sx + w - cx) % w;
        const int dy = (sy + h - cy) % h;
        spectrum(cv::Rect(sx, sy, sw, sh)).copyTo(shifted(cv::Rect(dx, dy, sw, sh)));
    }
    spectrum = shifted;
}

float percentile(std::vector<float> values, double q)
{
    if (values.empty())
        return 0;
    const size_t k = std::min(values.size() - 1, size_t(q * double(values.size() - 1)));
    std::nth_element(values.begin(), values.begin() + long(k), values.end());
    return values[k];
}

} // namespace

ResidualSpectrum ResidualSpectrum::compute(const cv::Mat &image)
{
    if (image.empty())
        throw std::invalid_argument("the image is empty");
    cv::Mat gray;
    if (image.channels() == 3)
        cv::cvtColor(image, gray, cv::COLOR_RGB2GRAY);
    else if (image.channels() == 4)
        cv::cvtColor(image, gray, cv::COLOR_RGBA2GRAY);
    else
        gray = image;
    const int width = std::min(gray.cols, kMaxSide);
    const int height = std::min(gray.rows, kMaxSide);
    gray = gray(cv::Rect((gray.cols - width) / 2, (gray.rows - height) / 2, width, height));

    ResidualSpectrum result;
    cv::Mat pixels;
    gray.convertTo(pixels, CV_32F, 1.0 / 255.0);
    cv::Mat blurred;
    cv::GaussianBlur(pixels, blurred, cv::Size(3, 3), 0, 0, cv::BORDER_REFLECT);
    result.residual = pixels - blurred;

    // A Hann window keeps the image borders from drawing a bright cross through the spectrum.
    cv::Mat window;
    cv::createHanningWindow(window, result.residual.size(), CV_32F);
    cv::Mat planes[] = {result.residual.mul(window), cv::Mat::zeros(result.residual.size(), CV_32F)};
    cv::Mat complex;
    cv::merge(planes, 2, complex);
    cv::dft(complex, complex);
    cv::split(complex, planes);
    cv::Mat magnitude;
    cv::magnitude(planes[0], planes[1], magnitude);
    magnitude += 1.0f;
    cv::log(magnitude, result.logMagnitude);
    centreSpectrum(result.logMagnitude);
    result.describe();
    return result;
}

void ResidualSpectrum::describe()
{

    std::vector<float> values(logMagnitude.begin<float>(), logMagnitude.end<float>());
    const float low = percentile(values, 0.01);
    const float high = std::max(low + 1e-6f, percentile(values, 0.999));
    logMagnitude.convertTo(display, CV_8U, 255.0 / double(high - low), -255.0 * double(low) / double(high - low));

    // Peakiness away from the lowest frequencies (a disc of radius 1/16 of the size is left out).
    const cv::Point centre(logMagnitude.cols / 2, logMagnitude.rows / 2);
    const double exclusion = std::max(2.0, std::min(logMagnitude.cols, logMagnitude.rows) / 16.0);
    float strongest = 0;
    std::vector<float> outer;
    outer.reserve(values.size());
    for (int y = 0; y < logMagnitude.rows; ++y) {
        const float *row = logMagnitude.ptr<float>(y);
        for (int x = 0; x < logMagnitude.cols; ++x) {
            if (std::hypot(double(x - centre.x), double(y - centre.y)) < exclusion)
                continue;
            strongest = std::max(strongest, row[x]);
            outer.push_back(row[x]);
        }
    }
    const float median = percentile(outer, 0.5);
    // logMagnitude is natural log of (1 + |F|): back to magnitudes for the ratio.
    peakToMedianDb = outer.empty() ? 0.0 : 20.0 * std::log10(std::expm1(double(strongest)) / std::max(1e-9, std::expm1(double(median))));
}

ResidualSpectrum ResidualSpectrum::average(const std::vector<cv::Mat> &images)
{
    if (images.empty())
        throw std::invalid_argument("no image to average");
    ResidualSpectrum result = compute(images.front());
    cv::Mat sum = result.logMagnitude.clone();
    int count = 1;
    for (size_t i = 1; i < images.size(); ++i) {
        const ResidualSpectrum next = compute(images[i]);
        if (next.logMagnitude.size() != sum.size())
            continue; // another size: its frequencies would not line up
        sum += next.logMagnitude;
        ++count;
    }
    result.logMagnitude = sum / double(count);
    result.averaged = count;
    result.describe();
    return result;
}

} // namespace lgpn
