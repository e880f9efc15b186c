#include "ImageHeader.h"

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <set>

namespace lgpn {

namespace {

quint32 bigEndian32(const QByteArray &bytes, qsizetype at)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData() + at);
    return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | quint32(p[3]);
}
quint32 bigEndian16(const QByteArray &bytes, qsizetype at)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData() + at);
    return quint32(p[0]) << 8 | quint32(p[1]);
}
quint32 littleEndian16(const QByteArray &bytes, qsizetype at)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData() + at);
    return quint32(p[0]) | quint32(p[1]) << 8;
}
quint32 littleEndian24(const QByteArray &bytes, qsizetype at)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData() + at);
    return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16;
}
qint32 littleEndian32(const QByteArray &bytes, qsizetype at)
{
    return qint32(littleEndian16(bytes, at) | littleEndian16(bytes, at + 2) << 16);
}

void sniffPng(const QByteArray &bytes, ImageHeader &header)
{
    header.format = QStringLiteral("PNG");
    if (bytes.size() >= 24 && bytes.mid(12, 4) == "IHDR") {
        header.width = bigEndian32(bytes, 16);
        header.height = bigEndian32(bytes, 20);
    }
    // An animated PNG announces itself with an acTL chunk before the first IDAT.
    for (qsizetype at = 8; at + 8 <= bytes.size();) {
        const quint32 length = bigEndian32(bytes, at);
        const QByteArray type = bytes.mid(at + 4, 4);
        if (type == "acTL" && at + 12 <= bytes.size()) {
            header.animated = true;
            header.frameCount = int(std::min<quint32>(bigEndian32(bytes, at + 8), INT_MAX));
        }
        if (type == "IDAT" || type == "IEND" || length > quint32(bytes.size()))
            break;
        at += 12 + qsizetype(length);
    }
}

void sniffJpeg(const QByteArray &bytes, ImageHeader &header)
{
    header.format = QStringLiteral("JPEG");
    // Walk the markers up to a start-of-frame (SOF0..SOF15 but DHT C4, JPG C8, DAC CC).
    for (qsizetype at = 2; at + 9 <= bytes.size();) {
        if (uchar(bytes[at]) != 0xFF) {
            ++at;
            continue;
        }
        const uchar marker = uchar(bytes[at + 1]);
        if (marker == 0xFF || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD9)) {
            at += marker == 0xFF ? 1 : 2;
            continue;
        }
        const quint32 length = bigEndian16(bytes, at + 2);
        if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
            header.height = bigEndian16(bytes, at + 5);
            header.width = bigEndian16(bytes, at + 7);
            return;
        }
        if (marker == 0xDA || length < 2)
            return;
        at += 2 + qsizetype(length);
    }
}

// The ANMF (animation frame) chunks of an animated WebP, walking the RIFF chunks after the header.
int countWebpFrames(const QByteArray &bytes)
{
    int frames = 0;
    for (qint64 at = 12; at + 8 <= bytes.size();) {
        if (bytes.mid(qsizetype(at), 4) == "ANMF")
            ++frames;
        at += 8 + qint64(quint32(littleEndian32(bytes, qsizetype(at) + 4))) + 1; // chunks are padded to even sizes
        at &= ~qint64(1);
    }
    return frames;
}

void sniffWebp(const QByteArray &bytes, ImageHeader &header)
{
    header.format = QStringLiteral("WebP");
    if (bytes.size() < 30)
        return;
    const QByteArray chunk = bytes.mid(12, 4);
    if (chunk == "VP8 ") {
        header.width = littleEndian16(bytes, 26) & 0x3FFF;
        header.height = littleEndian16(bytes, 28) & 0x3FFF;
    } else if (chunk == "VP8L") {
        const quint32 bits = quint32(littleEndian32(bytes, 21));
        header.width = (bits & 0x3FFF) + 1;
        header.height = ((bits >> 14) & 0x3FFF) + 1;
    } else if (chunk == "VP8X") {
        header.animated = (uchar(bytes[20]) & 0x02) != 0;
        header.width = littleEndian24(bytes, 24) + 1;
        header.height = littleEndian24(bytes, 27) + 1;
        if (header.animated)
            header.frameCount = countWebpFrames(bytes);
    }
}

// The pages of a TIFF: the chain of image file directories, each ending with the offset of the
// next (0 at the end). Offsets that point outside the file or back to a page seen end the count,
// and so does kMaxPages, so that a crafted chain costs little.
int countTiffPages(const QByteArray &bytes)
{
    constexpr size_t kMaxPages = 65536;
    const bool little = bytes.startsWith("II");
    auto read16 = [&](qsizetype at) { return little ? littleEndian16(bytes, at) : bigEndian16(bytes, at); };
    auto read32 = [&](qsizetype at) { return little ? quint32(littleEndian32(bytes, at)) : bigEndian32(bytes, at); };
    std::set<quint32> seen;
    for (quint32 offset = read32(4); offset != 0 && qint64(offset) + 2 <= bytes.size();) {
        if (!seen.insert(offset).second || seen.size() >= kMaxPages)
            break;
        const qint64 next = qint64(offset) + 2 + 12 * qint64(read16(offset));
        if (next + 4 > bytes.size())
            break;
        offset = read32(qsizetype(next));
    }
    return std::max(1, int(seen.size()));
}

} // namespace

ImageHeader ImageHeader::sniff(const QByteArray &bytes)
{
    ImageHeader header;
    if (bytes.startsWith("\x89PNG\r\n\x1a\n")) {
        sniffPng(bytes, header);
    } else if (bytes.size() >= 3 && uchar(bytes[0]) == 0xFF && uchar(bytes[1]) == 0xD8 && uchar(bytes[2]) == 0xFF) {
        sniffJpeg(bytes, header);
    } else if (bytes.size() >= 26 && bytes.startsWith("BM")) {
        header.format = QStringLiteral("BMP");
        header.width = littleEndian32(bytes, 18);
        // A negative height is a top-down bitmap. Widened first: -2^31 has no 32-bit opposite.
        header.height = std::abs(qint64(littleEndian32(bytes, 22)));
    } else if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP") {
        sniffWebp(bytes, header);
    } else if (bytes.startsWith(QByteArray("II*\0", 4)) || bytes.startsWith(QByteArray("MM\0*", 4))) {
        header.format = QStringLiteral("TIFF");
        if (bytes.size() >= 8)
            header.frameCount = countTiffPages(bytes);
    } else if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a")) {
        header.format = QStringLiteral("GIF");
        if (bytes.size() >= 10) {
            header.width = littleEndian16(bytes, 6);
            header.height = littleEndian16(bytes, 8);
        }
    } else if (bytes.size() >= 2 && bytes[0] == 'P' && bytes[1] >= '1' && bytes[1] <= '6') {
        header.format = QStringLiteral("PNM");
    }
    return header;
}

} // namespace lgpn
