#pragma once

#include "schema/HyperparameterSchema.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

class QDir;

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

    // The texts of a table's files, as read from disk or from anywhere else (a fuzzer).
    struct Texts
    {
        QByteArray architecture;
        QByteArray losses;
        std::optional<QByteArray> testSets; // absent: no test-set file
    };

    static RedLabelTable read(const QString &directory, const HyperparameterSchema &schema);
    // The same from the files' texts; `directory` names them in messages.
    static RedLabelTable parse(const Texts &texts, const QString &directory, const HyperparameterSchema &schema);

    const std::vector<GmLabels> &models() const { return m_models; }
    int indexOf(const QString &name) const;
    // Test sets of the leave-one-set-out protocol, by set number (1-based), as GM indices.
    // Empty when the directory has no test-set file.
    const std::vector<std::vector<int>> &testSets() const { return m_testSets; }
    std::vector<std::vector<float>> nodeVectors() const;

private:
    void parseModels(const Texts &texts, const QDir &directory, const HyperparameterSchema &schema);
    void parseTestSets(const QByteArray &text, const QString &path);
    void addTestSetMember(const QString &name, std::vector<int> &members, const QString &path, int line);

    std::vector<GmLabels> m_models;
    std::vector<std::vector<int>> m_testSets;
};

} // namespace lgpn
