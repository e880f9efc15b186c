#pragma once

#include <vector>

namespace lgpn {

// Small linear models over fixed feature vectors (rows of `features`, all of one length), for
// the fixed-feature reference of `lgpn eval`. Plain vectors in and out; LibTorch does the
// arithmetic inside, on the CPU.

// Per-feature standardisation learnt on training rows: (x - mean) / sd, a constant feature
// mapped to 0.
class FeatureStandardiser
{
public:
    static FeatureStandardiser fit(const std::vector<std::vector<float>> &features);
    std::vector<float> apply(const std::vector<float> &row) const;

    const std::vector<float> &mean() const { return m_mean; }
    const std::vector<float> &scale() const { return m_scale; }

private:
    std::vector<float> m_mean;
    std::vector<float> m_scale; // 1 / sd
};

struct LogisticRegressionOptions
{
    // Mean log loss + l2 / 2 * |w|^2 (the bias is not penalised), on standardised features.
    double l2 = 1e-2;
    int maxIterations = 12;    // Newton steps per output
    double tolerance = 1e-5;   // stop when the largest weight change is below this
};

// One L2-regularised logistic regression per output column of `targets` (0/1), fitted by
// Newton's method with step halving on standardised features. An output with one class only
// in the training rows predicts that class's frequency (clamped away from 0 and 1) everywhere.
class LogisticRegression
{
public:
    // features: [n][d]; targets: [n][k] with values in {0, 1}. Throws std::invalid_argument
    // on empty or ragged input.
    static LogisticRegression fit(const std::vector<std::vector<float>> &features,
                                  const std::vector<std::vector<float>> &targets,
                                  const LogisticRegressionOptions &options = {});

    // Probabilities [rows][k].
    std::vector<std::vector<float>> predict(const std::vector<std::vector<float>> &features) const;

    int inputs() const { return int(m_standardiser.mean().size()); }
    int outputs() const { return m_outputs; }
    // Newton steps taken, summed over the outputs (how hard the fit was).
    int iterations() const { return m_iterations; }

private:
    FeatureStandardiser m_standardiser;
    int m_outputs = 0;
    int m_iterations = 0;
    std::vector<double> m_weights; // (d + 1) x k, row-major; the last row is the bias
};

// One ridge regression per output column of `targets` (least squares + l2 / 2 * |w|^2, bias not
// penalised) on standardised features, in closed form.
class RidgeRegression
{
public:
    static RidgeRegression fit(const std::vector<std::vector<float>> &features,
                               const std::vector<std::vector<float>> &targets, double l2 = 1e-1);
    std::vector<std::vector<float>> predict(const std::vector<std::vector<float>> &features) const;

    int outputs() const { return m_outputs; } // 0 for a default-constructed (unfitted) model

private:
    FeatureStandardiser m_standardiser;
    int m_outputs = 0;
    std::vector<double> m_weights; // (d + 1) x k, row-major; the last row is the bias
};

} // namespace lgpn
