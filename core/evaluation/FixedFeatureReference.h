#pragma once

#include "LinearModels.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace lgpn {

class TrainingDataset;

struct FixedFeatureOptions
{
    int imagesPerGm = 200;        // training images read per training GM (the first ones, in file order); 0: no reference
    LogisticRegressionOptions logistic;
    double ridgeL2 = 1e-1;        // the continuous regressors
    int threads = 0;              // feature extraction; 0: LibTorch's thread count
};

// The fixed-feature reference of `lgpn eval`: what the obvious image statistics (TraceFeatures:
// residual spectrum, histogram, saturation, clipping) tell about a generator's hyperparameters
// without a deep model. One L2-regularised logistic regression per schema node on the images of
// the training GMs (label = the image's GM's node label), and one ridge regression per continuous
// parameter (normalised target), both on features standardised on those images. If a deep model
// does no better than this on unseen GMs, it has learnt nothing beyond these statistics.
class FixedFeatureReference
{
public:
    using Progress = std::function<void(const QString &)>;

    // Reads the first options.imagesPerGm images of each training GM and fits. A file that cannot
    // be read is skipped and counted. Throws InputError when no image could be read.
    static FixedFeatureReference fit(const TrainingDataset &dataset, const std::vector<int> &trainingGms,
                                     const FixedFeatureOptions &options, const Progress &progress = {});

    // TraceFeatures of image files, read through ImageLoader on `threads` threads (0: LibTorch's
    // count). A file that cannot be read gives an empty row and its message in *failures.
    static std::vector<std::vector<float>> readFeatures(const std::vector<QString> &paths, int threads,
                                                        QStringList *failures = nullptr);

    // Per feature row: the node probabilities [rows][nodes], and the continuous parameters in
    // normalised units, clamped to [0, 1] [rows][continuous groups].
    std::vector<std::vector<float>> nodeProbabilities(const std::vector<std::vector<float>> &features) const;
    std::vector<std::vector<float>> continuousValues(const std::vector<std::vector<float>> &features) const;

    // How it was fitted: {features, imagesPerGm, trainingGms, trainingImages, skippedTrainingFiles,
    // l2, newtonSteps, featureSeconds, fitSeconds}.
    const QJsonObject &summary() const { return m_summary; }

private:
    FixedFeatureReference(LogisticRegression nodes, RidgeRegression continuous, QJsonObject summary);

    LogisticRegression m_nodes;
    RidgeRegression m_continuous;
    QJsonObject m_summary;
};

} // namespace lgpn
