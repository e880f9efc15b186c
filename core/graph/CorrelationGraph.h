#pragma once

#include <cstddef>
#include <vector>

namespace lgpn {

// The prior correlation graph of LGPN (paper Sec. 3.1): P(j | i), the probability that
// hyperparameter j is used given that i is, counted over a set of GMs' 0/1 node vectors, and
// the directed adjacency that keeps the edges i -> j with P(j | i) >= threshold.
// Self-loops are left out: the GCN layers add them (Eq. 1).
class CorrelationGraph
{
public:
    static constexpr double kDefaultThreshold = 0.4;

    // Throws std::invalid_argument when the vectors disagree in length or hold non-0/1 values.
    static CorrelationGraph fromLabels(const std::vector<std::vector<float>> &nodeVectors, int nodeCount,
                                       double threshold = kDefaultThreshold);

    int nodeCount() const { return m_nodeCount; }
    int gmCount() const { return m_gmCount; }
    double threshold() const { return m_threshold; }
    // How many GMs use node i.
    int occurrences(int i) const { return m_occurrences[size_t(i)]; }
    // P(j | i); 0 when no GM uses i.
    double conditional(int i, int j) const { return m_conditional[index(i, j)]; }
    bool hasEdge(int i, int j) const { return m_adjacency[index(i, j)] != 0; }
    int edgeCount() const;
    // Row-major [N x N] 0/1 adjacency, ready for the model.
    std::vector<float> adjacencyMatrix() const;

private:
    size_t index(int i, int j) const { return size_t(i) * size_t(m_nodeCount) + size_t(j); }

    int m_nodeCount = 0;
    int m_gmCount = 0;
    double m_threshold = kDefaultThreshold;
    std::vector<int> m_occurrences;
    std::vector<double> m_conditional;
    std::vector<char> m_adjacency;
};

} // namespace lgpn
