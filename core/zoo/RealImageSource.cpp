#include "RealImageSource.h"

#include "common/InputError.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <zlib.h>

#include <algorithm>
#include <map>
#include <random>

namespace lgpn::zoo {

const QString RealImageSource::kFashionMnistDir = QStringLiteral("/usr/share/datasets/fashion-mnist");
const QString RealImageSource::kPhotoDir = QStringLiteral("/usr/share/backgrounds/mate");

namespace {

QByteArray readGzip(const QString &path, qint64 maxBytes)
{
    if (!QFileInfo::exists(path))
        throw InputError(path, QStringLiteral("not found (install Debian's dataset-fashion-mnist)"));
    gzFile file = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!file)
        throw InputError(path, QStringLiteral("cannot open"));
    QByteArray bytes;
    char buffer[1 << 16];
    int read = 0;
    while ((read = gzread(file, buffer, sizeof buffer)) > 0 && bytes.size() < maxBytes)
        bytes.append(buffer, read);
    const bool failed = read < 0;
    gzclose(file);
    if (failed)
        throw InputError(path, QStringLiteral("damaged gzip data"));
    return bytes;
}

quint32 bigEndian(const QByteArray &bytes, int at)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData() + at);
    return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | quint32(p[3]);
}

} // namespace

RealImageSource::LabelledImages RealImageSource::fashionMnist(int count, const QString &directory)
{
    const QString imagePath = directory + u"/train-images-idx3-ubyte.gz";
    const QString labelPath = directory + u"/train-labels-idx1-ubyte.gz";
    const QByteArray images = readGzip(imagePath, 16 + qint64(count) * 784);
    const QByteArray labels = readGzip(labelPath, 8 + qint64(count));
    if (images.size() < 16 || bigEndian(images, 0) != 0x803 || bigEndian(images, 8) != 28 || bigEndian(images, 12) != 28)
        throw InputError(imagePath, QStringLiteral("not an IDX file of 28x28 images"));
    if (labels.size() < 8 || bigEndian(labels, 0) != 0x801)
        throw InputError(labelPath, QStringLiteral("not an IDX label file"));
    const int available = int(std::min<qint64>({qint64(bigEndian(images, 4)), (images.size() - 16) / 784, labels.size() - 8}));
    if (available < count)
        throw InputError(imagePath, QStringLiteral("holds %1 images, %2 needed").arg(available).arg(count));

    LabelledImages result;
    for (int i = 0; i < count; ++i) {
        const cv::Mat digit(28, 28, CV_8UC1, const_cast<char *>(images.constData() + 16 + qint64(i) * 784));
        cv::Mat padded;
        cv::copyMakeBorder(digit, padded, 2, 2, 2, 2, cv::BORDER_CONSTANT, cv::Scalar(0)); // owns its pixels
        result.images.push_back(padded);
        result.labels.push_back(uchar(labels[8 + i]));
    }
    return result;
}

namespace {

// The photographs are large; decode them once per process and directory.
const std::vector<cv::Mat> &decodedPhotos(const QString &directory)
{
    static std::map<QString, std::vector<cv::Mat>> cache;
    const auto cached = cache.find(directory);
    if (cached != cache.end())
        return cached->second;
    QStringList paths;
    QDirIterator it(directory, {QStringLiteral("*.jpg"), QStringLiteral("*.png"), QStringLiteral("*.jpeg")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(it.next());
    paths.sort();
    std::vector<cv::Mat> photos;
    for (const QString &path : paths) {
        cv::Mat photo = cv::imread(QFile::encodeName(path).toStdString(), cv::IMREAD_COLOR);
        if (!photo.empty()) {
            cv::cvtColor(photo, photo, cv::COLOR_BGR2RGB);
            photos.push_back(photo);
        }
    }
    return cache[directory] = photos;
}

} // namespace

RealImageSource::LabelledImages RealImageSource::photoPatches(int count, int size, unsigned seed, const QString &directory)
{
    std::vector<cv::Mat> photos;
    for (const cv::Mat &photo : decodedPhotos(directory)) {
        if (photo.cols >= 4 * size && photo.rows >= 4 * size)
            photos.push_back(photo);
    }
    if (photos.empty())
        throw InputError(directory, QStringLiteral("no photographs found (install Debian's mate-backgrounds)"));

    std::mt19937 random(seed);
    LabelledImages result;
    for (int i = 0; i < count; ++i) {
        const size_t which = random() % photos.size();
        const cv::Mat &photo = photos[which];
        const int crop = size * int(2 + random() % 3);
        const int x = int(random() % unsigned(photo.cols - crop + 1));
        const int y = int(random() % unsigned(photo.rows - crop + 1));
        cv::Mat patch;
        cv::resize(photo(cv::Rect(x, y, crop, crop)), patch, cv::Size(size, size), 0, 0, cv::INTER_AREA);
        result.images.push_back(patch);
        result.labels.push_back(int(which % 10)); // classes for the CE loss of conditional GMs
    }
    return result;
}

} // namespace lgpn::zoo
