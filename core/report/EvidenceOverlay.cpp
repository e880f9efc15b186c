#include "EvidenceOverlay.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace lgpn {

namespace {

// The value at which the display saturates: the 99th percentile of the pixels with evidence. A
// gradient map is sparse, a few pixels far above the rest, and scaled by its maximum alone it
// tinted next to nothing (seen on the first PDF pages).
float saturation(const FloatMatrix &map)
{
    std::vector<float> values;
    for (float value : map.values) {
        if (value > 0)
            values.push_back(value);
    }
    if (values.empty())
        return 1.0f;
    const auto at = values.begin() + std::ptrdiff_t(double(values.size() - 1) * 0.99);
    std::nth_element(values.begin(), at, values.end());
    return std::max(*at, 1e-6f);
}

// The map as an 8-bit gray image of its own size, stretched to saturate at `saturation(map)`, scaled
// to the image's size by Qt's smooth filter.
QImage mapImage(const FloatMatrix &map, const QSize &size)
{
    const float top = saturation(map);
    QImage gray(map.columns, map.rows, QImage::Format_Grayscale8);
    for (int row = 0; row < map.rows; ++row) {
        uchar *line = gray.scanLine(row);
        for (int column = 0; column < map.columns; ++column)
            line[column] = uchar(std::clamp(map.at(row, column) / top, 0.0f, 1.0f) * 255.0f + 0.5f);
    }
    return gray.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

} // namespace

QColor EvidenceOverlay::heat(double value)
{
    // Dark red to red to yellow: readable over photographs and over flat generated textures.
    const double v = std::clamp(value, 0.0, 1.0);
    if (v < 0.5)
        return QColor::fromRgbF(float(0.5 + v), 0.0f, 0.0f);
    return QColor::fromRgbF(1.0f, float((v - 0.5) * 2.0), 0.0f);
}

QImage EvidenceOverlay::blend(const QImage &image, const FloatMatrix &map, double opacity)
{
    QImage result = image.convertToFormat(QImage::Format_RGB32);
    if (map.rows <= 0 || map.columns <= 0 || result.isNull())
        return result;
    const QImage weights = mapImage(map, result.size());
    const double alpha = std::clamp(opacity, 0.0, 1.0);
    for (int y = 0; y < result.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(result.scanLine(y));
        const uchar *weight = weights.constScanLine(y);
        for (int x = 0; x < result.width(); ++x) {
            const double value = weight[x] / 255.0;
            // The image itself fades towards a light grey as the opacity rises, so that the tint
            // stands out even over coloured noise.
            const int grey = 160 + qGray(line[x]) / 4;
            const double fade = 0.7 * alpha;
            const double a = alpha * std::sqrt(value);
            const QColor colour = heat(value);
            const auto mix = [&](int base, int tint) {
                const double faded = base * (1 - fade) + grey * fade;
                return int(faded * (1 - a) + tint * a + 0.5);
            };
            line[x] = qRgb(mix(qRed(line[x]), colour.red()), mix(qGreen(line[x]), colour.green()), mix(qBlue(line[x]), colour.blue()));
        }
    }
    return result;
}

} // namespace lgpn
