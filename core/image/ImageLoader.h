#pragma once

#include "LoadedImage.h"

namespace lgpn {

// Reads image files for analysis. Only reads: the input is never modified. Refuses with an
// InputError naming the file and the reason: missing, not a regular file (a FIFO or a device is
// never opened), unreadable, empty, not an image, an image too large (checked from the header
// before decoding), truncated or corrupt.
class ImageLoader
{
public:
    struct Limits
    {
        long long maxPixels = 100'000'000;        // 100 megapixels
        qint64 maxFileBytes = qint64(1) << 30;    // 1 GiB
    };

    ImageLoader();
    explicit ImageLoader(const Limits &limits);

    LoadedImage load(const QString &path) const;
    // The same for a path given as the system's bytes (NativePath): any file name, UTF-8 or not.
    LoadedImage loadNative(const QByteArray &nativePath) const;
    // The same from bytes already read (the path only names the source in messages).
    LoadedImage decode(const QByteArray &bytes, const QString &path) const;

    const Limits &limits() const { return m_limits; }

private:
    Limits m_limits;
};

} // namespace lgpn
