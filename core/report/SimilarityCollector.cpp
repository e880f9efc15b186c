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
        groups = PairSimilarity::groups(m_vectors, threshold);
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
