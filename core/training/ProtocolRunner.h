#pragma once

#include "LgpnTrainer.h"
#include "ModelEvaluator.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <vector>

namespace lgpn {

struct ProtocolOptions
{
    QString workDirectory;             // bundles, logs and per-run results; reruns skip what is there
    QStringList heads = {QStringLiteral("lgpn"), QStringLiteral("mlp"), QStringLiteral("gcn")};
    std::vector<int> folds = {1, 2, 3, 4};
    TrainingOptions training;          // outPath and fold are set per run
    EvaluationOptions evaluation;      // fold is set per run
};

// The leave-one-set-out protocol of the paper: for every head and every test set, train on the
// other three sets (WORK/HEAD-foldK.lgpn) and evaluate on the held-out one
// (WORK/HEAD-foldK.eval.json); then average each head's figures over the folds, with the trivial
// references of the paper's tables and each run's training time. Resumable: a finished bundle or
// result is reused, a stopped training resumes from its checkpoint.
class ProtocolRunner
{
public:
    ProtocolRunner(ProtocolOptions options, const TrainingDataset &dataset);

    // The averaged table as JSON: {"heads": {HEAD: averaged result}, "references": {...},
    // "runs": [per-run summaries]}. Throws InputError on unusable work files.
    QJsonObject run(const std::function<void(const QString &)> &progress);

    static QString markdown(const QJsonObject &table);
    // The mean of every number at the same place in the objects (arrays are left out); other
    // values are taken from the first object.
    static QJsonObject averaged(const std::vector<QJsonObject> &results);

private:
    ProtocolOptions m_options;
    const TrainingDataset &m_dataset;
};

} // namespace lgpn
