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
    QString pretrainedBundle;          // what the head "lgpn-pretrained" (LGPN started from it) starts from
    EvaluationOptions evaluation;      // fold is set per run
};

// The leave-one-set-out protocol of the paper: for every head and every test set, train on the
// other three sets (WORK/HEAD-foldK.lgpn) and evaluate on the held-out one
// (WORK/HEAD-foldK.eval.json); then average each head's figures over the folds, with their
// standard deviation over the folds, the references (the paper's trivial ones and the
// fixed-feature reference, which depend on the fold only: they are computed with the first
// head's evaluations) and each run's training time. Resumable: a finished bundle or result is
// reused (a result of an older format is re-evaluated from its bundle), a stopped training
// resumes from its checkpoint.
class ProtocolRunner
{
public:
    ProtocolRunner(ProtocolOptions options, const TrainingDataset &dataset);

    // The averaged table as JSON: {"heads": {HEAD: averaged result}, "references": {...},
    // "spread": {"heads": {HEAD: ...}, "references": {...}} (standard deviations over the folds,
    // same layout), "nodes": [{node, kind}] (schema order), "runs": [per-run summaries]}.
    // Throws InputError on unusable work files.
    QJsonObject run(const std::function<void(const QString &)> &progress);

    static QString markdown(const QJsonObject &table);
    // The mean of every number at the same place in the objects, over the objects where it is a
    // number (a null, e.g. an undefined F1 or AUC, or a missing value is left out); arrays are
    // left out; other values are taken from the first object that has them.
    static QJsonObject averaged(const std::vector<QJsonObject> &results);
    // The same places' sample standard deviation (n - 1), where at least two objects hold a
    // number there; only numbers and the objects that contain them.
    static QJsonObject spread(const std::vector<QJsonObject> &results);

private:
    ProtocolOptions m_options;
    const TrainingDataset &m_dataset;
};

} // namespace lgpn
