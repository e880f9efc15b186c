#pragma once

#include "TrainingDataset.h"
#include "evaluation/FixedFeatureReference.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace lgpn {

class ModelBundle;

struct EvaluationOptions
{
    int fold = -1;            // test set to evaluate on (1..4); -1: the one the bundle held out
    int imagesPerGm = 100;    // test images per GM (the first ones, in file order)
    int pairImagesPerGm = 20; // images per GM in the coordinated-attack pairs
    int seenGms = 16;         // training GMs whose images form the "seen" pairs
    quint64 seed = 1;         // the different-GM pairs and the random-ground-truth reference
    QString device = QStringLiteral("auto");
    // The fixed-feature reference, fitted on the fold's training GMs (imagesPerGm 0: left out).
    FixedFeatureOptions fixedFeatures;
};

// The paper's evaluation (Sec. 4) of a model bundle on one test set of a data set:
//  - parsing (ParsingScores): per node, over the test images, the ROC AUC of the node probability
//    against the node label of the image's GM (undefined, and left out of the means, when all
//    test GMs share the label), F1 and accuracy (threshold 0.5); their means per group kind (loss
//    functions, discrete architecture nodes, continuous range nodes), the up-sampling node's AUC
//    on its own, and the L1 error of the regressed continuous parameters in normalised units;
//  - the same for references that see no deep model: the paper's trivial ones (random ground
//    truth: a random training GM's labels per image; mean/mode: the training GMs' mean label per
//    node, a constant, so AUC 0.5 and F1/accuracy of the mode), on a zoo the family prior (the
//    training GMs' mean labels within the test GM's family: what recognising the family alone
//    gives) and the fixed-feature reference
//    (FixedFeatureReference: logistic regressions on fixed image statistics, fitted on the
//    images of the GMs the model was trained on);
//  - coordinated attacks (Sec. 4.2): cosine similarity of the node-probability vectors of image
//    pairs from the same vs different GMs, for unseen (test) and seen (training) GMs: AUC,
//    detection probability at 5% and 1% false alarms, and accuracy at the threshold that is best
//    on the seen pairs;
//  - detection: average precision, AUC and accuracy (at 0.5) of P(generated) on the test GMs'
//    images against the real images held out with the fold.
// Images go through ImageAnalyzer, the same function as `lgpn analyze` and the studio. A file
// that cannot be read is skipped and counted, with its message, in the result.
class ModelEvaluator
{
public:
    ModelEvaluator(const ModelBundle &bundle, const TrainingDataset &dataset, EvaluationOptions options);

    // The result as JSON (see `lgpn eval --json`): "parsing" (ParsingScores::toJson plus
    // continuousL1), "perNode", "references" {randomGroundTruth, meanMode, familyPrior (on a zoo),
    // fixedFeatures (the same layout, with coordinatedAttack.unseen, testImages and fit)},
    // "coordinatedAttack", "detection".
    // Throws InputError when the bundle does not fit the data (schema) or there is nothing to
    // evaluate.
    QJsonObject run(const std::function<void(const QString &)> &progress);

    // A markdown report of one result (or of a protocol's averaged results).
    static QString markdown(const QJsonObject &result);

    // The version of the result's format; `lgpn protocol` re-evaluates results of older ones.
    // 2: AUC per node and per kind, the fixed-feature reference. 3: the family prior.
    static constexpr int kResultFormat = 3;

private:
    const ModelBundle &m_bundle;
    const TrainingDataset &m_dataset;
    EvaluationOptions m_options;
};

} // namespace lgpn
