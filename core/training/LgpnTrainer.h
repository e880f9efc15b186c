#pragma once

#include "TrainingDataset.h"

#include <QString>

#include <functional>

namespace lgpn {

struct TrainingOptions
{
    QString outPath;                 // the bundle to write; OUT.checkpoint and OUT.log.csv beside it
    QString config = QStringLiteral("compact");
    QString head = QStringLiteral("lgpn");
    int fold = 0;                    // test set held out (1..4); 0 trains on everything
    int epochs = 3;
    int batch = 64;
    QString device = QStringLiteral("auto");
    quint64 seed = 1;
    double learningRate = 1e-3;
    double realFraction = 0.125;     // share of real images in every batch (paper Appendix B)
    int regressionEpochs = 8;        // continuous regressors, on frozen features
    int regressionImages = 4096;     // training images whose features the regressors learn from
    double graphThreshold = 0.4;     // prior graph from the training GMs' labels
    int checkpointSeconds = 60;      // at most this long between checkpoints
    int stopAfterSteps = -1;         // tests: stop (as if killed) after this many steps
    QString command;                 // how it was invoked, for the bundle's manifest
};

// Trains an LGPN model (or a baseline head) on a data set with the paper's protocol: Adam, real
// and generated images mixed in every batch, the three losses; then the continuous regressors on
// frozen features. Every random choice is a function of (seed, step), and checkpoints hold the
// weights and the optimizer state, so a killed run resumes to the same weights as an
// uninterrupted one. Progress with ETA goes to `progress`; losses per step to OUT.log.csv.
class LgpnTrainer
{
public:
    LgpnTrainer(TrainingOptions options, const TrainingDataset &dataset);
    // True when the bundle was written; false when stopped by stopAfterSteps. Throws InputError
    // or std::exception with a message for the user.
    bool run(const std::function<void(const QString &)> &progress);

    static QString checkpointPath(const QString &outPath) { return outPath + QStringLiteral(".checkpoint"); }
    static QString logPath(const QString &outPath) { return outPath + QStringLiteral(".log.csv"); }

private:
    TrainingOptions m_options;
    const TrainingDataset &m_dataset;
};

} // namespace lgpn
