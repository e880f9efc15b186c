#include "SpectrumTask.h"

#include "analysis/ResidualSpectrum.h"
#include "common/InputError.h"
#include "image/ImageLoader.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <vector>

namespace lgpn {

namespace {

QImage grayImage(const cv::Mat &gray8)
{
    return QImage(gray8.data, gray8.cols, gray8.rows, int(gray8.step), QImage::Format_Grayscale8).copy();
}

// The peers of the same size as `first`, decoded until `maxImages` in all or cancelled.
std::vector<cv::Mat> sameSizeImages(const SpectrumTask::Request &request, const LoadedImage &first, const SpectrumTask::Progress &progress,
                                    const SpectrumTask::Cancelled &cancelled)
{
    const ImageLoader loader;
    std::vector<cv::Mat> images{first.rgb};
    const int total = int(std::min<qsizetype>(request.peers.size() + 1, request.maxImages));
    for (const QByteArray &peer : request.peers) {
        if (int(images.size()) >= request.maxImages || cancelled())
            break;
        if (peer == request.path)
            continue;
        try {
            const LoadedImage other = loader.loadNative(peer);
            if (other.width == first.width && other.height == first.height)
                images.push_back(other.rgb);
        } catch (const std::exception &) {
            // A peer that cannot be read is left out; the list shows its error.
        }
        progress(int(images.size()), total);
    }
    return images;
}

SpectrumImages picturesOf(const ResidualSpectrum &spectrum)
{
    SpectrumImages pictures;
    pictures.averaged = spectrum.averaged;
    cv::Mat residual8;
    // The residual is small around 0: stretch ±0.1 to the gray range.
    spectrum.residual.convertTo(residual8, CV_8U, 255.0 / 0.2, 127.5);
    pictures.residual = grayImage(residual8);
    // A perceptual colour map makes faint peaks easier to see than gray levels.
    cv::Mat coloured;
    cv::applyColorMap(spectrum.display, coloured, cv::COLORMAP_INFERNO);
    cv::cvtColor(coloured, coloured, cv::COLOR_BGR2RGB);
    pictures.spectrum = QImage(coloured.data, coloured.cols, coloured.rows, int(coloured.step), QImage::Format_RGB888).copy();
    pictures.peakToMedianDb = spectrum.peakToMedianDb;
    return pictures;
}

} // namespace

SpectrumImages SpectrumTask::compute(const Request &request, const Progress &progress, const Cancelled &cancelled)
{
    try {
        const LoadedImage image = ImageLoader().loadNative(request.path);
        if (!request.average)
            return picturesOf(ResidualSpectrum::compute(image.rgb));
        const std::vector<cv::Mat> images = sameSizeImages(request, image, progress, cancelled);
        return picturesOf(images.size() > 1 ? ResidualSpectrum::average(images) : ResidualSpectrum::compute(image.rgb));
    } catch (const InputError &error) {
        SpectrumImages failed;
        failed.error = error.reason();
        return failed;
    } catch (const std::exception &error) {
        SpectrumImages failed;
        failed.error = QString::fromLocal8Bit(error.what());
        return failed;
    }
}

} // namespace lgpn
