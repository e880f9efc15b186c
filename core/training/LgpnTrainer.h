#pragma once

#include "DataParallelGroup.h"
#include "TrainingDataset.h"
#include "analysis/NoveltyModel.h"

#include "LgpnOutput.h"

#include <QString>

#include <cstdint>
#include <functional>

namespace lgpn {

struct BatchOptions;

struct TrainingOptions
{
    QString outPath;                 // the bundle to write; OUT.checkpoint and OUT.log.csv beside it
    QString config = QStringLiteral("compact");
    QString head = QStringLiteral("lgpn");
    int fold = 0;                    // test set held out (1..4); 0 trains on everything
    QString excludedFamily;          // a zoo family none of whose GMs is trained on (novelty: leave one family out)
    int epochs = 3;
    int epochSteps = 0;              // steps per epoch (validation and checkpoint interval); 0: one pass over the generated images
    int batch = 64;
    QString device = QStringLiteral("auto");
    quint64 seed = 1;
    double learningRate = 1e-3;
    double weightDecay = 0;          // Adam's L2 penalty, or AdamW's decay when decoupledWeightDecay
    // AdamW (Loshchilov & Hutter): the decay shrinks each weight by lr x decay a step, apart from the
    // gradient. Adam's L2 penalty is scaled by Adam's normalisation instead, so weights whose loss
    // gradient is weak (the learned correlations' query and key) went to zero in a few hundred steps.
    bool decoupledWeightDecay = false;
    double realFraction = 0.125;     // share of real images in every batch (paper Appendix B)
    bool balanceByGm = true;         // batches of imagesPerGm images of each of their GMs, GMs in turn
    int imagesPerGm = 2;
    bool flips = false;              // random horizontal flips
    bool dihedral = false;           // random flips, transposes and quarter turns of the zoo's crops
    bool highpass = false;           // the model reads the high-pass residual (LgpnOptions::highpass_input)
    bool spectral = false;           // and SpectralBranch's trace features (LgpnOptions::spectral_branch)
    bool gatedMessages = false;      // GCN messages and unpooling behind gates learnt from 0 (LgpnOptions::gated_messages)
    double validationFraction = 0.125; // training configurations held out to choose the epoch; 0: the last epoch
    int validationImagesPerGm = 16;
    QString initFrom;                // a bundle of the same configuration whose weights start the run (pre-training)
    // Pre-training (`lgpn pretrain`): > 0 trains that many steps on synthetic traces (freshly
    // drawn networks of the zoo's design space applied to real images, loss nodes masked) instead
    // of the data set's GMs; only the data set's schema is used.
    int syntheticSteps = 0;
    int imagesPerNetwork = 8;
    int networkTrainingSteps = 0;    // reconstruction steps per synthetic network
    int syntheticRealImages = 2000;  // real images of each kind the networks transform
    // Joint training (`lgpn train --synthetic-share`): this share of every batch's generated images
    // comes from fresh synthetic networks (loss nodes masked), the rest from the data set's GMs; 0: none.
    double syntheticShare = 0;
    int regressionEpochs = 8;        // continuous regressors, on frozen features
    int regressionImages = 4096;     // training images whose features the regressors learn from
    double graphThreshold = 0.4;     // prior graph from the training GMs' labels
    int checkpointSeconds = 60;      // at most this long between checkpoints
    int stopAfterSteps = -1;         // tests: stop (as if killed) after this many steps
    QString reliabilityTable;        // an `lgpn protocol` JSON table whose per-node held-out AUC the bundle carries
    QString reliabilityHead = QStringLiteral("lgpn"); // the head of that table
    QString command;                 // how it was invoked, for the bundle's manifest
    QString recipe;                  // the recipe flags as given (for a reproducing command)
    DataParallelOptions parallel;    // this process's rank of a data-parallel run (`lgpn train --nproc`, --rank)
};

// Trains an LGPN model (or a baseline head) on a data set with the paper's protocol: Adam, real
// and generated images mixed in every batch (balanced by generator), the three losses; the epoch
// kept is the one whose mean per-node AUC is best on validation configurations held out of the
// training GMs (never the test set); then the continuous regressors on frozen features. Every
// random choice is a function of (seed, step), and checkpoints hold the weights, the optimizer
// state and the best epoch so far, so a killed run resumes to the same weights as an
// uninterrupted one. Progress with ETA goes to `progress`; losses per step to OUT.log.csv.
// Data-parallel (options.parallel): every rank trains on its share of each batch, gradients are
// averaged every step, and rank 0 alone writes the checkpoints, the log and the bundle.
class LgpnTrainer
{
public:
    LgpnTrainer(TrainingOptions options, const TrainingDataset &dataset);
    // True when the bundle was written; false when stopped by stopAfterSteps. Throws InputError
    // or std::exception with a message for the user.
    bool run(const std::function<void(const QString &)> &progress);

    static QString checkpointPath(const QString &outPath) { return outPath + QStringLiteral(".checkpoint"); }
    static QString logPath(const QString &outPath) { return outPath + QStringLiteral(".log.csv"); }
    static QString bestWeightsPath(const QString &outPath) { return outPath + QStringLiteral(".best"); }

    // The training GMs of a fold split by configuration into those trained on and those held out
    // for validation (replicates stay together). Deterministic for the seed.
    static void splitValidation(const TrainingDataset &dataset, const TrainingOptions &options, std::vector<int> &fitGms,
                                std::vector<int> &validationGms);

private:
    struct Run;
    void prepare(Run &run, const std::function<void(const QString &)> &progress) const;
    void loadSynthesizer(Run &run, const std::function<void(const QString &)> &progress) const;
    void prepareSynthetic(Run &run, const std::function<void(const QString &)> &progress) const;
    void mixSyntheticTraces(Run &run, BatchOptions &batchOptions, const std::function<void(const QString &)> &progress) const;
    void createModel(Run &run, const std::function<void(const QString &)> &progress) const;
    void resume(Run &run, const std::function<void(const QString &)> &progress) const;
    void joinRanks(Run &run, const std::function<void(const QString &)> &progress) const;
    bool runSteps(Run &run, const std::function<void(const QString &)> &progress);
    void saveCheckpoint(Run &run) const;
    bool trainSteps(Run &run, const std::function<void(const QString &)> &progress) const;
    double validationScore(Run &run) const;
    void keepIfBest(Run &run, int64_t epoch, const std::function<void(const QString &)> &progress) const;
    double fitRegressors(Run &run, const std::function<void(const QString &)> &progress) const;
    NoveltyModel fitNovelty(Run &run, const std::function<void(const QString &)> &progress) const;
    // One random crop of each image through the model (eval mode, no gradients); `take` picks
    // the output rows kept, which are concatenated.
    torch::Tensor outputsOf(Run &run, const std::vector<int> &images, quint64 seed,
                            const std::function<torch::Tensor(const LgpnOutput &)> &take) const;
    void writeBundle(Run &run, double regressionL1, NoveltyModel novelty, const std::function<void(const QString &)> &progress) const;

    TrainingOptions m_options;
    const TrainingDataset &m_dataset;
};

} // namespace lgpn
