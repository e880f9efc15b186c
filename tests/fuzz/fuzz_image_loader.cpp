// Decoding an image from its bytes: the header checks, then OpenCV, then the conversion to RGB.
#include "FuzzTarget.h"

#include "common/InputError.h"
#include "image/ImageLoader.h"

using namespace lgpn;

namespace {

// Small limits, so that a header claiming a huge image is refused as it would be with the real
// ones, without the fuzzer's memory limit being what stops it.
ImageLoader::Limits fuzzLimits()
{
    ImageLoader::Limits limits;
    limits.maxPixels = 4'000'000;
    return limits;
}

} // namespace

LGPN_FUZZ_TARGET(image_loader)
{
    static const ImageLoader loader(fuzzLimits());
    try {
        const LoadedImage image = loader.decode(bytes, QStringLiteral("fuzz-input"));
        fuzz::require(image.rgb.type() == CV_8UC3, "a loaded image is 8-bit RGB");
        fuzz::require(image.rgb.cols == image.width && image.rgb.rows == image.height, "the size is the pixels' size");
        fuzz::require(qint64(image.width) * image.height <= loader.limits().maxPixels, "the pixel limit holds");
    } catch (const InputError &) {
    }
}
