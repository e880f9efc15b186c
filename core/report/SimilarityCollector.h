#pragma once

#include "ReportContext.h"

#include <vector>

namespace lgpn {

// Collects the node-probability vectors of a batch's analysed images (55 floats each: memory
// grows slowly) and at the end finds the pairs likely made by the same generator. The full
// matrix is kept only up to `matrixLimit` images; beyond, groups are still found, pair by pair.
class SimilarityCollector
{
public:
    explicit SimilarityCollector(int matrixLimit = 1500) : m_matrixLimit(matrixLimit) {}

    void add(int reportIndex, const std::vector<float> &nodeProbabilities);
    SimilarityReport result(double threshold) const;

private:
    int m_matrixLimit;
    std::vector<int> m_indices;
    std::vector<std::vector<float>> m_vectors;
};

} // namespace lgpn
