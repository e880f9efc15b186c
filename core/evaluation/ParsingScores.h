#pragma once

#include "schema/HyperparameterSchema.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace lgpn {

// How well per-image node scores parse the hyperparameters of the images' generators: per schema
// node, over the test images,
//  - the ROC AUC of the node score against the node label of the image's GM (metrics::rocAuc;
//    NaN when the test images hold one class of the node only, i.e. all their GMs share the label);
//  - F1 and accuracy at threshold 0.5 (metrics::confusion; F1 NaN when the node is absent and
//    never predicted);
// and their means per group kind, each skipping the nodes where it is NaN. The same function
// scores a model, the trivial references and the fixed-feature reference, so that their figures
// are comparable.
struct NodeParsingScore
{
    int node = -1;
    double auc = 0;      // NaN when one class only
    double f1 = 0;       // NaN when absent and never predicted
    double accuracy = 0;
    long positiveImages = 0;
    long negativeImages = 0;
    int positiveGms = 0; // distinct GMs of the images whose label is 1 / 0
    int negativeGms = 0;
};

struct KindParsingScore
{
    double auc = 0;      // mean over the kind's nodes with an AUC; NaN when none has one
    int aucNodes = 0;    // how many nodes that mean is over
    double f1 = 0;
    double accuracy = 0;
    int nodes = 0;       // nodes of the kind in the schema
};

class ParsingScores
{
public:
    // The node of the up-sampling trace (deconvolution rather than nearest-neighbour), reported
    // on its own because it is the hyperparameter most directly visible in an image's spectrum.
    static QString upsamplingNode() { return QStringLiteral("upsampling_deconv"); }

    // gms[i]: the GM of test image i (an index into gmLabels); scores[i][node]: its node scores
    // (probabilities, or anything ranked: only F1 and accuracy read the 0.5 threshold);
    // gmLabels[gm][node]: the GM's 0/1 node vector. Throws std::invalid_argument on sizes that
    // do not match the schema.
    static ParsingScores compute(const HyperparameterSchema &schema, const std::vector<int> &gms,
                                 const std::vector<std::vector<float>> &scores,
                                 const std::vector<std::vector<float>> &gmLabels);

    const std::vector<NodeParsingScore> &nodes() const { return m_nodes; } // in schema node order
    const KindParsingScore &kind(GroupKind kind) const;
    // NaN when the schema has no such node or its AUC is undefined.
    double nodeAuc(const QString &nodeId) const;

    // {"loss"|"discrete"|"range": {f1, accuracy, auc, aucNodes}, "nodeAuc": {NODE: {auc,
    // positiveGms, negativeGms}}, "upsamplingAuc"} (undefined figures are null), the parsing
    // part of `lgpn eval --json`.
    QJsonObject toJson() const;
    // One object per node: {node, group, kind, f1, accuracy, auc, positiveImages,
    // negativeImages, positiveGms, negativeGms}.
    QJsonArray perNodeJson() const;

    // The JSON names of the group kinds, in table order: loss, discrete, range (continuous).
    static const std::vector<std::pair<GroupKind, QString>> &kindNames();

private:
    HyperparameterSchema m_schema;
    std::vector<NodeParsingScore> m_nodes;
    KindParsingScore m_kinds[3];
};

// A figure for JSON: rounded to 4 decimals, null when not finite.
QJsonValue jsonFigure(double value);

} // namespace lgpn
