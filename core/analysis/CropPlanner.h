#pragma once

#include <vector>

namespace lgpn {

struct CropRect
{
    int x = 0;
    int y = 0;
    int size = 0;

    bool operator==(const CropRect &other) const { return x == other.x && y == other.y && size == other.size; }
};

// Where to look in an image of any size. LGPN reads generation traces at the pixel level, so
// images at least as large as the model input are never resized: the model sees several
// native-resolution crops, spread over the image (centre first, then corners, then a grid),
// and their predictions are averaged. Smaller images are scaled up to the input size (one crop).
class CropPlanner
{
public:
    // At most maxCrops distinct crops of inputSize x inputSize inside width x height.
    // Returns one crop covering the whole image when it is smaller than the input.
    static std::vector<CropRect> plan(int width, int height, int inputSize, int maxCrops);
    static bool needsUpscaling(int width, int height, int inputSize) { return width < inputSize || height < inputSize; }
};

} // namespace lgpn
