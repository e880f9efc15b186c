#pragma once

#include <QString>

#include <map>
#include <vector>

namespace lgpn {

// The family prior reference: a GM scored by the mean labels of the training GMs of its family
// (of all training GMs where none is of its family). It is what a model that recognised the family
// and nothing else could reach, so it shows how much of a model's score the family explains.
// `lgpn eval` scores test images with it; `lgpn zoo stats` computes it from a zoo's design alone.
class FamilyPrior
{
public:
    // rows[gm]: a GM's labels (node labels or continuous targets, one length for all);
    // families[gm]: its family. The means are taken over trainingGms (not empty).
    FamilyPrior(const std::vector<std::vector<float>> &rows, const std::vector<QString> &families,
                const std::vector<int> &trainingGms);

    const std::vector<float> &scoresOf(int gm) const;
    // The mean of rows[gm] over gms: the prior of a GM whose family no training GM shares.
    static std::vector<float> meanRow(const std::vector<std::vector<float>> &rows, const std::vector<int> &gms);

private:

    std::vector<QString> m_families;
    std::map<QString, std::vector<float>> m_familyMeans;
    std::vector<float> m_overallMean;
};

} // namespace lgpn
