#include "CropPlanner.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace lgpn {

std::vector<CropRect> CropPlanner::plan(int width, int height, int inputSize, int maxCrops)
{
    if (width <= 0 || height <= 0 || inputSize <= 0 || maxCrops <= 0)
        throw std::invalid_argument("crop planning needs positive sizes and at least one crop");
    if (needsUpscaling(width, height, inputSize))
        return {CropRect{0, 0, std::min(width, height)}};

    const int maxX = width - inputSize;
    const int maxY = height - inputSize;
    std::vector<CropRect> candidates = {{maxX / 2, maxY / 2, inputSize},
                                        {0, 0, inputSize},
                                        {maxX, 0, inputSize},
                                        {0, maxY, inputSize},
                                        {maxX, maxY, inputSize}};
    // Beyond five: an evenly spaced grid, fine enough to supply the crops asked for.
    if (maxCrops > 5) {
        const int steps = int(std::ceil(std::sqrt(double(maxCrops)))) + 1;
        for (int j = 0; j < steps; ++j) {
            for (int i = 0; i < steps; ++i)
                candidates.push_back({maxX * i / (steps - 1), maxY * j / (steps - 1), inputSize});
        }
    }
    std::vector<CropRect> crops;
    for (const CropRect &crop : candidates) {
        if (int(crops.size()) == maxCrops)
            break;
        if (std::find(crops.begin(), crops.end(), crop) == crops.end())
            crops.push_back(crop);
    }
    return crops;
}

} // namespace lgpn
