#include "TrainingImageBank.h"

#include "analysis/ImageTensor.h"
#include "common/InputError.h"
#include "image/ImageLoader.h"

#include <opencv2/imgproc.hpp>

#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

namespace lgpn {

TrainingImageBank::TrainingImageBank(const TrainingDataset &dataset, const std::vector<int> &imageIndices, int threads,
                                     const std::function<void(const QString &)> &progress)
    : m_images(dataset.images().size())
    , m_count(imageIndices.size())
{
    const ImageLoader loader;
    std::atomic<size_t> next{0};
    std::exception_ptr failure;
    std::mutex failureMutex;
    auto work = [&] {
        for (size_t i = next++; i < imageIndices.size(); i = next++) {
            try {
                const int index = imageIndices[i];
                m_images[size_t(index)] = loader.load(dataset.images()[size_t(index)].path).rgb;
            } catch (...) {
                std::lock_guard<std::mutex> lock(failureMutex);
                if (!failure)
                    failure = std::current_exception();
                next = imageIndices.size();
            }
        }
    };
    std::vector<std::thread> workers;
    for (int t = 1; t < std::max(1, threads); ++t)
        workers.emplace_back(work);
    work();
    for (std::thread &worker : workers)
        worker.join();
    if (failure)
        std::rethrow_exception(failure);
    if (progress)
        progress(QStringLiteral("%1 images decoded into memory").arg(imageIndices.size()));
}

const cv::Mat &TrainingImageBank::image(int imageIndex) const
{
    return m_images[size_t(imageIndex)];
}

torch::Tensor TrainingImageBank::randomCrop(int imageIndex, int size, std::mt19937_64 &random) const
{
    const cv::Mat &rgb = m_images[size_t(imageIndex)];
    if (rgb.empty())
        throw std::logic_error("image not in the bank");
    return randomCropOf(rgb, size, random);
}

torch::Tensor TrainingImageBank::randomCropOf(const cv::Mat &rgb, int size, std::mt19937_64 &random)
{
    cv::Mat crop;
    if (rgb.cols < size || rgb.rows < size) {
        cv::resize(rgb, crop, cv::Size(size, size), 0, 0, cv::INTER_LINEAR);
    } else {
        const int x = int(random() % uint64_t(rgb.cols - size + 1));
        const int y = int(random() % uint64_t(rgb.rows - size + 1));
        crop = rgb(cv::Rect(x, y, size, size));
    }
    return rgbToTensor(crop);
}

} // namespace lgpn
