#pragma once

#include <vector>

namespace lgpn::metrics {

// The paper's evaluation metrics (Sec. 4), as plain functions over plain vectors so that
// `lgpn eval`, the tests and any report compute them the same way.

// Binary classification counts at a decision threshold (score >= threshold is positive).
struct ConfusionCounts
{
    long truePositives = 0;
    long falsePositives = 0;
    long trueNegatives = 0;
    long falseNegatives = 0;

    double accuracy() const;
    // F1 of the positive class; 0 when there are no positives predicted nor present... see .cpp
    double f1() const;
    double precision() const;
    double recall() const;
};

ConfusionCounts confusion(const std::vector<float> &scores, const std::vector<float> &labels, double threshold = 0.5);

// The mean of the values that are not NaN; NaN when none is.
double meanSkippingNan(const std::vector<double> &values);

// Mean absolute error between predictions and targets, both in the same (normalised) units.
double meanAbsoluteError(const std::vector<float> &predictions, const std::vector<float> &targets);

// Area under the ROC curve of scores separating positives (label 1) from negatives (label 0),
// ties counted half (the Mann-Whitney statistic). NaN when one class is empty.
double rocAuc(const std::vector<float> &scores, const std::vector<float> &labels);

// Detection probability (true-positive rate) at a false-alarm rate: the threshold is the
// lowest score that keeps the fraction of negatives scoring at or above it <= farTarget.
double detectionAtFalseAlarm(const std::vector<float> &scores, const std::vector<float> &labels, double farTarget);

// Average precision: the mean of the precision at each positive, ranking by score (descending).
double averagePrecision(const std::vector<float> &scores, const std::vector<float> &labels);

// Accuracy of the best single threshold on the scores (used for pair-similarity decisions).
double bestThresholdAccuracy(const std::vector<float> &scores, const std::vector<float> &labels,
                             double *bestThreshold = nullptr);

} // namespace lgpn::metrics
