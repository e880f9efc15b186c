#include "FamilyPrior.h"

namespace lgpn {

FamilyPrior::FamilyPrior(const std::vector<std::vector<float>> &rows, const std::vector<QString> &families,
                         const std::vector<int> &trainingGms)
    : m_families(families), m_overallMean(meanRow(rows, trainingGms))
{
    std::map<QString, std::vector<int>> members;
    for (int gm : trainingGms)
        members[families[size_t(gm)]].push_back(gm);
    for (const auto &[family, gms] : members)
        m_familyMeans.emplace(family, meanRow(rows, gms));
}

const std::vector<float> &FamilyPrior::scoresOf(int gm) const
{
    const auto found = m_familyMeans.find(m_families[size_t(gm)]);
    return found == m_familyMeans.end() ? m_overallMean : found->second;
}

std::vector<float> FamilyPrior::meanRow(const std::vector<std::vector<float>> &rows, const std::vector<int> &gms)
{
    std::vector<float> mean(gms.empty() ? 0 : rows[size_t(gms.front())].size(), 0.0f);
    for (int gm : gms)
        for (size_t i = 0; i < mean.size(); ++i)
            mean[i] += rows[size_t(gm)][i] / float(gms.size());
    return mean;
}

} // namespace lgpn
