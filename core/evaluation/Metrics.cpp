#include "Metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace lgpn::metrics {

namespace {

void requireSameSize(const std::vector<float> &a, const std::vector<float> &b)
{
    if (a.size() != b.size())
        throw std::invalid_argument("scores and labels differ in length");
}

// Indices sorted by descending score.
std::vector<size_t> rankByScore(const std::vector<float> &scores)
{
    std::vector<size_t> order(scores.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return scores[a] > scores[b]; });
    return order;
}

} // namespace

double ConfusionCounts::accuracy() const
{
    const long total = truePositives + falsePositives + trueNegatives + falseNegatives;
    return total == 0 ? std::numeric_limits<double>::quiet_NaN() : double(truePositives + trueNegatives) / double(total);
}

double ConfusionCounts::precision() const
{
    const long predicted = truePositives + falsePositives;
    return predicted == 0 ? 0.0 : double(truePositives) / double(predicted);
}

double ConfusionCounts::recall() const
{
    const long actual = truePositives + falseNegatives;
    return actual == 0 ? 0.0 : double(truePositives) / double(actual);
}

double ConfusionCounts::f1() const
{
    // 2TP / (2TP + FP + FN). When a node is absent from the test set and never predicted the
    // score is undefined: NaN, so that averages can skip it rather than count a perfect 1 or a 0.
    const long denominator = 2 * truePositives + falsePositives + falseNegatives;
    return denominator == 0 ? std::numeric_limits<double>::quiet_NaN() : 2.0 * double(truePositives) / double(denominator);
}

ConfusionCounts confusion(const std::vector<float> &scores, const std::vector<float> &labels, double threshold)
{
    requireSameSize(scores, labels);
    ConfusionCounts counts;
    for (size_t i = 0; i < scores.size(); ++i) {
        const bool predicted = scores[i] >= threshold;
        const bool actual = labels[i] >= 0.5f;
        if (predicted && actual)
            ++counts.truePositives;
        else if (predicted)
            ++counts.falsePositives;
        else if (actual)
            ++counts.falseNegatives;
        else
            ++counts.trueNegatives;
    }
    return counts;
}

double meanSkippingNan(const std::vector<double> &values)
{
    double sum = 0;
    int count = 0;
    for (double value : values) {
        if (!std::isnan(value)) {
            sum += value;
            ++count;
        }
    }
    return count == 0 ? std::nan("") : sum / count;
}

double meanAbsoluteError(const std::vector<float> &predictions, const std::vector<float> &targets)
{
    requireSameSize(predictions, targets);
    if (predictions.empty())
        return std::numeric_limits<double>::quiet_NaN();
    double sum = 0;
    for (size_t i = 0; i < predictions.size(); ++i)
        sum += std::fabs(double(predictions[i]) - double(targets[i]));
    return sum / double(predictions.size());
}

double rocAuc(const std::vector<float> &scores, const std::vector<float> &labels)
{
    requireSameSize(scores, labels);
    // Rank-sum formulation with average ranks for ties: O(n log n).
    std::vector<size_t> order(scores.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return scores[a] < scores[b]; });
    double positiveRankSum = 0;
    long positives = 0;
    for (size_t i = 0; i < order.size();) {
        size_t j = i;
        while (j < order.size() && scores[order[j]] == scores[order[i]])
            ++j;
        const double averageRank = (double(i) + double(j - 1)) / 2.0 + 1.0;
        for (size_t k = i; k < j; ++k) {
            if (labels[order[k]] >= 0.5f) {
                positiveRankSum += averageRank;
                ++positives;
            }
        }
        i = j;
    }
    const long negatives = long(scores.size()) - positives;
    if (positives == 0 || negatives == 0)
        return std::numeric_limits<double>::quiet_NaN();
    return (positiveRankSum - double(positives) * double(positives + 1) / 2.0) / (double(positives) * double(negatives));
}

double detectionAtFalseAlarm(const std::vector<float> &scores, const std::vector<float> &labels, double farTarget)
{
    requireSameSize(scores, labels);
    std::vector<float> negatives;
    std::vector<float> positives;
    for (size_t i = 0; i < scores.size(); ++i)
        (labels[i] >= 0.5f ? positives : negatives).push_back(scores[i]);
    if (positives.empty() || negatives.empty())
        return std::numeric_limits<double>::quiet_NaN();
    std::sort(negatives.begin(), negatives.end(), std::greater<float>());
    // At most floor(far * n) negatives may score at or above the threshold. Take the threshold
    // just above the (allowed + 1)-th highest negative score.
    const size_t allowed = size_t(std::floor(farTarget * double(negatives.size()) + 1e-9));
    const float threshold = allowed >= negatives.size() ? -std::numeric_limits<float>::infinity()
                                                        : std::nextafter(negatives[allowed], std::numeric_limits<float>::infinity());
    long detected = 0;
    for (float score : positives)
        detected += score >= threshold ? 1 : 0;
    return double(detected) / double(positives.size());
}

double averagePrecision(const std::vector<float> &scores, const std::vector<float> &labels)
{
    requireSameSize(scores, labels);
    long positivesSeen = 0;
    double precisionSum = 0;
    const std::vector<size_t> order = rankByScore(scores);
    for (size_t rank = 0; rank < order.size(); ++rank) {
        if (labels[order[rank]] >= 0.5f) {
            ++positivesSeen;
            precisionSum += double(positivesSeen) / double(rank + 1);
        }
    }
    return positivesSeen == 0 ? std::numeric_limits<double>::quiet_NaN() : precisionSum / double(positivesSeen);
}

double bestThresholdAccuracy(const std::vector<float> &scores, const std::vector<float> &labels, double *bestThreshold)
{
    requireSameSize(scores, labels);
    if (scores.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const std::vector<size_t> order = rankByScore(scores);
    long totalPositives = 0;
    for (float label : labels)
        totalPositives += label >= 0.5f ? 1 : 0;
    const long total = long(scores.size());
    // Threshold above everything: all predicted negative.
    long best = total - totalPositives;
    double threshold = std::numeric_limits<double>::infinity();
    long truePositives = 0;
    long falsePositives = 0;
    for (size_t rank = 0; rank < order.size(); ++rank) {
        (labels[order[rank]] >= 0.5f ? truePositives : falsePositives) += 1;
        // Only cut between distinct scores.
        if (rank + 1 < order.size() && scores[order[rank + 1]] == scores[order[rank]])
            continue;
        const long correct = truePositives + (total - totalPositives - falsePositives);
        if (correct > best) {
            best = correct;
            threshold = scores[order[rank]];
        }
    }
    if (bestThreshold)
        *bestThreshold = threshold;
    return double(best) / double(total);
}

} // namespace lgpn::metrics
