#pragma once

#include "schema/HyperparameterSchema.h"

#include <QString>

#include <vector>

namespace lgpn {

// One generative model's ground truth as read from a label table.
struct GmLabels
{
    QString name;
    std::vector<double> architecture; // the raw architecture columns
    std::vector<int> losses;          // the raw 0/1 loss columns
    std::vector<float> nodes;         // the 0/1 node vector in schema order
};

// Reader for label tables in the format of the RED140 release (see the README beside
// shared/reference/red140): architecture_labels.txt, loss_labels.txt and, optionally,
// test_sets.txt. Every problem is reported as an InputError naming the file and line.
class RedLabelTable
{
public:
    static const QString kArchitectureFile;
    static const QString kLossFile;
    static const QString kTestSetFile;

    static RedLabelTable read(const QString &directory, const HyperparameterSchema &schema);

    const std::vector<GmLabels> &models() const { return m_models; }
    int indexOf(const QString &name) const;
    // Test sets of the leave-one-set-out protocol, by set number (1-based), as GM indices.
    // Empty when the directory has no test-set file.
    const std::vector<std::vector<int>> &testSets() const { return m_testSets; }
    std::vector<std::vector<float>> nodeVectors() const;

private:
    std::vector<GmLabels> m_models;
    std::vector<std::vector<int>> m_testSets;
};

} // namespace lgpn
