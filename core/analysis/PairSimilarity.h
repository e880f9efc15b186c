#pragma once

#include "ImageAnalysis.h"

#include <vector>

namespace lgpn {

// Image pairs likely made by the same generator (paper Sec. 4.2, coordinated attacks): the
// cosine similarity of the images' predicted hyperparameter vectors, and the groups of images
// linked by similarities at or above a threshold.
class PairSimilarity
{
public:
    static double cosine(const std::vector<float> &a, const std::vector<float> &b);
    // Square, symmetric, 1 on the diagonal.
    static FloatMatrix matrix(const std::vector<std::vector<float>> &vectors);
    // Connected components of the graph "similarity >= threshold", groups of two or more,
    // largest first (ties by their first member), members in input order.
    static std::vector<std::vector<int>> groups(const FloatMatrix &similarity, double threshold);
    // The same groups without a matrix, pair by pair (for more images than a matrix holds).
    static std::vector<std::vector<int>> groups(const std::vector<std::vector<float>> &vectors, double threshold);
    // An order that puts similar items next to each other (greedy average-linkage clustering),
    // for drawing the matrix as a heatmap with visible blocks. O(n^3): meant for up to a few
    // hundred images.
    static std::vector<int> clusterOrder(const FloatMatrix &similarity);
};

} // namespace lgpn
