#pragma once

#include "GmSpec.h"
#include "schema/HyperparameterSchema.h"

#include <QJsonArray>
#include <QJsonObject>

#include <vector>

namespace lgpn::zoo {

struct ZooDesign;

// How good a zoo is as an experiment (`lgpn zoo stats`, and the manifest's "statistics"):
//  - the largest association between two design factors over the GMs, as Cramer's V pooled over
//    the families (chi-square and its maximum summed over the families where both factors vary),
//    which leaves out what a family dictates (a VAE never reads an image); also the test set's
//    largest association with a factor, and the unstratified figure for information;
//  - per test set: GMs, configurations, and the fewest configurations positive and negative for
//    a node, with the nodes under two;
//  - the family prior on the held-out sets (heldOutFamilyPrior);
//  - counts: GMs per family, per data set, and positive GMs per node.
class ZooStatistics
{
public:
    // Cramer's V of two categorical variables (codes >= 0), pooled over strata when given (one
    // stratum per distinct value). 0 when no stratum has both variables varying.
    static double cramersV(const std::vector<int> &a, const std::vector<int> &b, const std::vector<int> &strata = {});

    static QJsonObject compute(const ZooDesign &design);
    // Each test set's GMs scored, node by node, by the mean label of the other sets' GMs of their
    // family; the ROC AUC per node over those GMs, averaged per kind over the nodes with both
    // labels, then over the sets: {"loss", "discrete", "range"}. A family dictates some losses, so
    // loss nodes sit above 0.5 by right; for nodes drawn independently of the family, a figure
    // below 0.5 means the sets hold each family's values in other proportions than the training
    // sets do, which punishes any model that learns label rates.
    static QJsonObject heldOutFamilyPrior(const ZooDesign &design);
    // What the GMs cost, from their records' cpuSeconds (GMs built before it was recorded are left
    // out): {"gmsMeasured", "cpuSeconds", "perFamily": {FAMILY: mean CPU seconds}, "twoCoreMinutes":
    // cpuSeconds / 2 / 60, the wall time on two cores with one worker each and nothing else running}.
    static QJsonObject cost(const QJsonArray &gmRecords);
    // A plain-text summary of compute()'s result.
    static QString text(const QJsonObject &statistics);

    // The design factors of every GM as integer codes: [factor][gm], with the factors' names.
    static std::vector<std::vector<int>> factorCodes(const std::vector<GmSpec> &specs, QStringList *names = nullptr);
    static std::vector<int> familyCodes(const std::vector<GmSpec> &specs);
};

} // namespace lgpn::zoo
