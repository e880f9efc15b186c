#pragma once

#include <QByteArray>
#include <QString>

namespace lgpn {

// What the first bytes of a file say it is, read before any decoding so that a file with an
// image extension that is not an image, or an image too large to decode, is refused cheaply.
struct ImageHeader
{
    QString format;         // "PNG", "JPEG", "BMP", "WebP", "TIFF", "GIF", "PNM"; empty if unknown
    long long width = -1;   // -1 when the header does not say (or the format is not parsed)
    long long height = -1;
    bool animated = false;  // an APNG animation chunk or an animated WebP / GIF
    int frameCount = 1;     // frames (animation) or pages (TIFF) in the file; 0 when animated but not counted

    static ImageHeader sniff(const QByteArray &bytes);
    bool knownSize() const { return width > 0 && height > 0; }
};

} // namespace lgpn
