#include "ImageLoader.h"

#include "ImageHeader.h"
#include "common/InputError.h"
#include "common/NativeFile.h"
#include "common/NativePath.h"

#include <QCryptographicHash>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdlib>

namespace lgpn {

namespace {

// OpenCV refuses images above this many pixels before allocating them; keep its own guard in
// line with ours for formats whose header we do not parse (TIFF, PNM).
void limitOpenCvDecoder(long long maxPixels)
{
    static const bool once = [maxPixels] {
        setenv("OPENCV_IO_MAX_IMAGE_PIXELS", std::to_string(maxPixels).c_str(), 0);
        return true;
    }();
    Q_UNUSED(once);
}

QString megapixels(double pixels)
{
    return QString::number(pixels / 1e6, 'f', 1);
}

// Which frame of a multi-page or animated file is analysed (the decoder gives the first).
QString framesNote(const ImageHeader &header)
{
    if (header.frameCount > 1)
        return QStringLiteral("frame 1 of %1 analysed (%2)")
            .arg(header.frameCount)
            .arg(header.format == u"TIFF" ? QStringLiteral("multi-page TIFF") : QString(QStringLiteral("animated ") + header.format));
    if (header.animated)
        return QStringLiteral("frame 1 analysed (animated %1, number of frames not stated)").arg(header.format);
    return {};
}

} // namespace

ImageLoader::ImageLoader()
    : ImageLoader(Limits())
{
}

ImageLoader::ImageLoader(const Limits &limits)
    : m_limits(limits)
{
    limitOpenCvDecoder(m_limits.maxPixels);
}

LoadedImage ImageLoader::load(const QString &path) const
{
    return decode(NativeFile::readAll(NativePath::fromDisplay(path), m_limits.maxFileBytes), path);
}

LoadedImage ImageLoader::loadNative(const QByteArray &nativePath) const
{
    return decode(NativeFile::readAll(nativePath, m_limits.maxFileBytes), NativePath::display(nativePath));
}

LoadedImage ImageLoader::decode(const QByteArray &bytes, const QString &path) const
{
    LoadedImage image;
    image.path = path;
    image.fileSize = bytes.size();
    image.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    if (bytes.isEmpty())
        throw InputError(path, QStringLiteral("empty file (0 bytes)"));

    const ImageHeader header = ImageHeader::sniff(bytes);
    if (header.format.isEmpty())
        throw InputError(path, QStringLiteral("not an image (unrecognised file signature)"));
    image.format = header.format;
    // Divided, not multiplied: a header may claim 2^32 × 2^32 pixels, beyond a 64-bit product.
    if (header.knownSize() && header.width > m_limits.maxPixels / header.height)
        throw InputError(path, QStringLiteral("image too large: %1 × %2 = %3 megapixels, the limit is %4")
                                   .arg(header.width).arg(header.height).arg(megapixels(double(header.width) * double(header.height)))
                                   .arg(megapixels(double(m_limits.maxPixels))));
    if (header.format == u"GIF")
        throw InputError(path, QStringLiteral("GIF images are not supported (convert to PNG)"));

    cv::Mat decoded;
    try {
        const cv::Mat buffer(1, int(bytes.size()), CV_8UC1, const_cast<char *>(bytes.constData()));
        decoded = cv::imdecode(buffer, cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception &error) {
        throw InputError(path, QStringLiteral("cannot decode the %1 data: %2")
                                   .arg(header.format, QString::fromStdString(error.msg).trimmed()));
    }
    if (decoded.empty())
        throw InputError(path, QStringLiteral("cannot decode the %1 data (truncated or corrupt file)").arg(header.format));

    image.width = decoded.cols;
    image.height = decoded.rows;
    image.channels = decoded.channels();
    image.bitDepth = decoded.depth() == CV_16U ? 16 : decoded.depth() == CV_32F ? 32 : 8;
    if (const QString frames = framesNote(header); !frames.isEmpty())
        image.notes.append(frames);

    if (decoded.depth() == CV_16U) {
        decoded.convertTo(decoded, CV_8U, 1.0 / 257.0);
        image.notes.append(QStringLiteral("16-bit reduced to 8-bit"));
    } else if (decoded.depth() == CV_32F) {
        decoded.convertTo(decoded, CV_8U, 255.0);
        image.notes.append(QStringLiteral("floating point converted to 8-bit"));
    } else if (decoded.depth() != CV_8U) {
        throw InputError(path, QStringLiteral("unsupported pixel type"));
    }
    switch (decoded.channels()) {
    case 1:
        cv::cvtColor(decoded, image.rgb, cv::COLOR_GRAY2RGB);
        image.notes.append(QStringLiteral("grayscale"));
        break;
    case 2: {
        cv::Mat gray;
        cv::extractChannel(decoded, gray, 0);
        cv::cvtColor(gray, image.rgb, cv::COLOR_GRAY2RGB);
        image.notes.append(QStringLiteral("grayscale; alpha channel ignored"));
        break;
    }
    case 3:
        cv::cvtColor(decoded, image.rgb, cv::COLOR_BGR2RGB);
        break;
    case 4:
        cv::cvtColor(decoded, image.rgb, cv::COLOR_BGRA2RGB);
        image.notes.append(QStringLiteral("alpha channel ignored"));
        break;
    default:
        throw InputError(path, QStringLiteral("unsupported number of channels (%1)").arg(decoded.channels()));
    }
    return image;
}

} // namespace lgpn
