#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

#include <functional>
#include <limits>

namespace lgpn {

// What SpectrumView shows of one request: plain data made on a pool thread.
struct SpectrumImages
{
    QImage residual; // gray, the residual stretched ±0.1 to 0..255
    QImage spectrum; // RGB, the log-magnitude spectrum in a perceptual colour map
    double peakToMedianDb = std::numeric_limits<double>::quiet_NaN();
    int averaged = 0;
    QString error; // why the image could not be read; empty when it was
};

// Decodes an image (and, to average, up to `maxImages - 1` peers of the same size) and computes
// its residual spectrum (ResidualSpectrum). Safe on any thread: it touches no widget.
class SpectrumTask
{
public:
    struct Request
    {
        QByteArray path;         // the exact bytes of the file (NativePath): any name opens
        QList<QByteArray> peers; // other files of the same folder, the same way; read only when averaging
        bool average = false;
        int maxImages = 64;
    };
    using Progress = std::function<void(int decoded, int total)>;
    using Cancelled = std::function<bool()>;

    // Stops decoding peers once `cancelled` returns true (the result is then discarded).
    static SpectrumImages compute(const Request &request, const Progress &progress, const Cancelled &cancelled);
};

} // namespace lgpn
