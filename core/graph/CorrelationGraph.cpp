#include "CorrelationGraph.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace lgpn {

CorrelationGraph CorrelationGraph::fromLabels(const std::vector<std::vector<float>> &nodeVectors, int nodeCount,
                                              double threshold)
{
    if (nodeCount <= 0)
        throw std::invalid_argument("a correlation graph needs at least one node");
    if (!(threshold >= 0.0 && threshold <= 1.0))
        throw std::invalid_argument("the threshold must lie in [0, 1]");

    CorrelationGraph graph;
    graph.m_nodeCount = nodeCount;
    graph.m_gmCount = int(nodeVectors.size());
    graph.m_threshold = threshold;
    graph.m_occurrences.assign(size_t(nodeCount), 0);
    std::vector<int> together(size_t(nodeCount) * size_t(nodeCount), 0);

    for (size_t gm = 0; gm < nodeVectors.size(); ++gm) {
        const std::vector<float> &labels = nodeVectors[gm];
        if (int(labels.size()) != nodeCount)
            throw std::invalid_argument("GM " + std::to_string(gm + 1) + " has " + std::to_string(labels.size())
                                        + " labels, expected " + std::to_string(nodeCount));
        std::vector<int> used;
        for (int i = 0; i < nodeCount; ++i) {
            if (labels[size_t(i)] != 0.0f && labels[size_t(i)] != 1.0f)
                throw std::invalid_argument("GM " + std::to_string(gm + 1) + " has a label other than 0 or 1");
            if (labels[size_t(i)] == 1.0f)
                used.push_back(i);
        }
        for (int i : used) {
            ++graph.m_occurrences[size_t(i)];
            for (int j : used)
                ++together[graph.index(i, j)];
        }
    }

    graph.m_conditional.assign(together.size(), 0.0);
    graph.m_adjacency.assign(together.size(), 0);
    for (int i = 0; i < nodeCount; ++i) {
        const int count = graph.m_occurrences[size_t(i)];
        for (int j = 0; j < nodeCount && count > 0; ++j) {
            const double probability = double(together[graph.index(i, j)]) / count;
            graph.m_conditional[graph.index(i, j)] = probability;
            graph.m_adjacency[graph.index(i, j)] = (i != j && probability >= threshold - 1e-12) ? 1 : 0;
        }
    }
    return graph;
}

int CorrelationGraph::edgeCount() const
{
    int count = 0;
    for (char edge : m_adjacency)
        count += edge;
    return count;
}

std::vector<float> CorrelationGraph::adjacencyMatrix() const
{
    return std::vector<float>(m_adjacency.begin(), m_adjacency.end());
}

} // namespace lgpn
