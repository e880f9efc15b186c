#include "SimilarityCollector.h"

#include "analysis/PairSimilarity.h"

#include <numeric>

namespace lgpn {

void SimilarityCollector::add(int reportIndex, const std::vector<float> &nodeProbabilities)
{
    m_indices.push_back(reportIndex);
    m_vectors.push_back(nodeProbabilities);
}

SimilarityReport SimilarityCollector::result(double threshold) const
{
    SimilarityReport report;
    report.images = m_indices;
    const int count = int(m_vectors.size());
    std::vector<std::vector<int>> groups;
    if (count <= m_matrixLimit) {
        report.matrix = PairSimilarity::matrix(m_vectors);
        report.order = count <= 400 ? PairSimilarity::clusterOrder(report.matrix) : std::vector<int>();
        if (report.order.empty()) {
            report.order.resize(size_t(count));
            std::iota(report.order.begin(), report.order.end(), 0);
        }
        groups = PairSimilarity::groups(report.matrix, threshold);
    } else {
        // Too many images for a matrix: union-find over the pairs at or above the threshold.
        std::vector<int> parent(static_cast<size_t>(count));
        std::iota(parent.begin(), parent.end(), 0);
        auto root = [&](int i) {
            while (parent[size_t(i)] != i)
                i = parent[size_t(i)] = parent[size_t(parent[size_t(i)])];
            return i;
        };
        for (int a = 0; a < count; ++a) {
            for (int b = a + 1; b < count; ++b) {
                if (PairSimilarity::cosine(m_vectors[size_t(a)], m_vectors[size_t(b)]) >= threshold)
                    parent[size_t(root(b))] = root(a);
            }
        }
        std::vector<std::vector<int>> byRoot(static_cast<size_t>(count));
        for (int i = 0; i < count; ++i)
            byRoot[size_t(root(i))].push_back(i);
        for (auto &group : byRoot) {
            if (group.size() >= 2)
                groups.push_back(std::move(group));
        }
        std::stable_sort(groups.begin(), groups.end(), [](const auto &a, const auto &b) { return a.size() > b.size(); });
        report.note = QStringLiteral("%1 images: the similarity matrix is left out above %2 images; the groups cover all of them")
                          .arg(count).arg(m_matrixLimit);
    }
    for (const std::vector<int> &group : groups) {
        std::vector<int> members;
        for (int i : group)
            members.push_back(m_indices[size_t(i)]);
        report.groups.push_back(members);
    }
    return report;
}

} // namespace lgpn
