#pragma once

#include "analysis/ImageAnalysis.h"

#include <QColor>
#include <QImage>

namespace lgpn {

// An evidence map (NodeEvidence) drawn over its image, for the studio and the PDF: the image faded
// towards grey as the opacity rises, each pixel tinted towards a heat colour (dark red, red, yellow
// as the map rises, saturating at its 99th percentile) so that pixels without evidence stay grey.
// At opacity 0 the image is unchanged. The result is opaque: PDF/A-1b allows no transparency.
class EvidenceOverlay
{
public:
    // `image` at any size (the map is stretched over it, smoothly); opacity in [0, 1].
    static QImage blend(const QImage &image, const FloatMatrix &map, double opacity);
    // The heat colour of a map value in [0, 1].
    static QColor heat(double value);
};

} // namespace lgpn
