#include "LinearModels.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace lgpn {

namespace {

size_t requireRectangular(const std::vector<std::vector<float>> &rows, const char *what)
{
    if (rows.empty() || rows.front().empty())
        throw std::invalid_argument(std::string("linear model: no ") + what);
    for (const std::vector<float> &row : rows) {
        if (row.size() != rows.front().size())
            throw std::invalid_argument(std::string("linear model: ") + what + " of different lengths");
    }
    return rows.front().size();
}

// [n, d + 1] float: the standardised features and a column of ones for the bias.
torch::Tensor designMatrix(const std::vector<std::vector<float>> &features, const FeatureStandardiser &standardiser)
{
    const int64_t d = int64_t(standardiser.mean().size());
    torch::Tensor matrix = torch::empty({int64_t(features.size()), d + 1}, torch::kFloat);
    float *out = matrix.data_ptr<float>();
    for (const std::vector<float> &row : features) {
        if (int64_t(row.size()) != d)
            throw std::invalid_argument("linear model: a feature row of another length than the training rows");
        for (int64_t j = 0; j < d; ++j)
            *out++ = (row[size_t(j)] - standardiser.mean()[size_t(j)]) * standardiser.scale()[size_t(j)];
        *out++ = 1.0f;
    }
    return matrix;
}

torch::Tensor targetMatrix(const std::vector<std::vector<float>> &targets)
{
    const int64_t k = int64_t(targets.front().size());
    torch::Tensor matrix = torch::empty({int64_t(targets.size()), k}, torch::kFloat);
    float *out = matrix.data_ptr<float>();
    for (const std::vector<float> &row : targets)
        out = std::copy(row.begin(), row.end(), out);
    return matrix;
}

// l2 on the weights, not on the bias (the last coordinate); a trace on the bias keeps H invertible.
torch::Tensor penalty(int64_t size, double l2)
{
    torch::Tensor diagonal = torch::full({size}, l2, torch::kDouble);
    diagonal[size - 1] = 1e-9;
    return torch::diag(diagonal);
}

std::vector<std::vector<float>> rowsOf(const torch::Tensor &matrix)
{
    const torch::Tensor contiguous = matrix.to(torch::kFloat).contiguous();
    const int64_t n = contiguous.size(0);
    const int64_t k = contiguous.size(1);
    const float *values = contiguous.data_ptr<float>();
    std::vector<std::vector<float>> rows(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i)
        rows[size_t(i)].assign(values + i * k, values + (i + 1) * k);
    return rows;
}

std::vector<double> valuesOf(const torch::Tensor &matrix)
{
    const torch::Tensor contiguous = matrix.to(torch::kDouble).contiguous();
    return std::vector<double>(contiguous.data_ptr<double>(), contiguous.data_ptr<double>() + contiguous.numel());
}

// Mean log loss plus the penalty, for weights w [d + 1] (double).
double logisticObjective(const torch::Tensor &x, const torch::Tensor &y, const torch::Tensor &w, double l2)
{
    const torch::Tensor z = x.mv(w.to(torch::kFloat));
    const double loss = (torch::softplus(z) - y * z).to(torch::kDouble).mean().item<double>();
    const torch::Tensor weights = w.slice(0, 0, w.size(0) - 1);
    return loss + 0.5 * l2 * weights.dot(weights).item<double>();
}

// Newton's method with step halving for one output; returns the weights [d + 1] and adds the
// steps taken to *iterations.
torch::Tensor fitLogisticOutput(const torch::Tensor &x, const torch::Tensor &y, const LogisticRegressionOptions &options,
                                int *iterations)
{
    const int64_t size = x.size(1);
    const double n = double(x.size(0));
    const double frequency = y.to(torch::kDouble).mean().item<double>();
    torch::Tensor w = torch::zeros({size}, torch::kDouble);
    if (frequency <= 0.0 || frequency >= 1.0) {
        // One class only: its frequency, kept off 0 and 1 so that the log odds stay finite.
        const double clamped = std::clamp(frequency, 0.5 / n, 1.0 - 0.5 / n);
        w[size - 1] = std::log(clamped / (1.0 - clamped));
        return w;
    }
    w[size - 1] = std::log(frequency / (1.0 - frequency));
    const torch::Tensor regulariser = penalty(size, options.l2);
    double objective = logisticObjective(x, y, w, options.l2);
    for (int step = 0; step < options.maxIterations; ++step) {
        ++*iterations;
        const torch::Tensor p = torch::sigmoid(x.mv(w.to(torch::kFloat)));
        const torch::Tensor gradient = x.t().mv(p - y).to(torch::kDouble) / n + regulariser.mv(w);
        const torch::Tensor curvature = p * (1 - p);
        const torch::Tensor hessian = (x * curvature.unsqueeze(1)).t().mm(x).to(torch::kDouble) / n + regulariser;
        const torch::Tensor newton = torch::linalg::solve(hessian, gradient.unsqueeze(1), true).squeeze(1);
        double length = 1.0;
        torch::Tensor next = w - newton;
        double nextObjective = logisticObjective(x, y, next, options.l2);
        while (nextObjective > objective && length > 1.0 / 64.0) {
            length /= 2.0;
            next = w - length * newton;
            nextObjective = logisticObjective(x, y, next, options.l2);
        }
        const double change = (length * newton).abs().max().item<double>();
        if (nextObjective > objective)
            break; // no descent along the Newton direction: at the optimum to float precision
        w = next;
        objective = nextObjective;
        if (change < options.tolerance)
            break;
    }
    return w;
}

} // namespace

FeatureStandardiser FeatureStandardiser::fit(const std::vector<std::vector<float>> &features)
{
    const size_t d = requireRectangular(features, "feature rows");
    std::vector<double> sum(d, 0);
    std::vector<double> squares(d, 0);
    for (const std::vector<float> &row : features) {
        for (size_t j = 0; j < d; ++j) {
            sum[j] += row[j];
            squares[j] += double(row[j]) * double(row[j]);
        }
    }
    FeatureStandardiser standardiser;
    const double n = double(features.size());
    for (size_t j = 0; j < d; ++j) {
        const double mean = sum[j] / n;
        const double variance = std::max(0.0, squares[j] / n - mean * mean);
        const double sd = std::sqrt(variance);
        standardiser.m_mean.push_back(float(mean));
        standardiser.m_scale.push_back(sd > 1e-6 * std::max(1.0, std::fabs(mean)) ? float(1.0 / sd) : 0.0f);
    }
    return standardiser;
}

std::vector<float> FeatureStandardiser::apply(const std::vector<float> &row) const
{
    if (row.size() != m_mean.size())
        throw std::invalid_argument("standardiser: a row of another length than the training rows");
    std::vector<float> out(row.size());
    for (size_t j = 0; j < row.size(); ++j)
        out[j] = (row[j] - m_mean[j]) * m_scale[j];
    return out;
}

LogisticRegression LogisticRegression::fit(const std::vector<std::vector<float>> &features,
                                           const std::vector<std::vector<float>> &targets,
                                           const LogisticRegressionOptions &options)
{
    requireRectangular(features, "feature rows");
    requireRectangular(targets, "target rows");
    if (features.size() != targets.size())
        throw std::invalid_argument("logistic regression: as many target rows as feature rows are needed");
    torch::NoGradGuard noGrad;
    LogisticRegression model;
    model.m_standardiser = FeatureStandardiser::fit(features);
    const torch::Tensor x = designMatrix(features, model.m_standardiser);
    const torch::Tensor y = targetMatrix(targets);
    model.m_outputs = int(y.size(1));
    std::vector<torch::Tensor> columns;
    for (int64_t k = 0; k < y.size(1); ++k)
        columns.push_back(fitLogisticOutput(x, y.select(1, k).contiguous(), options, &model.m_iterations));
    model.m_weights = valuesOf(torch::stack(columns, 1));
    return model;
}

std::vector<std::vector<float>> LogisticRegression::predict(const std::vector<std::vector<float>> &features) const
{
    if (features.empty())
        return {};
    torch::NoGradGuard noGrad;
    const torch::Tensor x = designMatrix(features, m_standardiser).to(torch::kDouble);
    const torch::Tensor w = torch::tensor(m_weights, torch::kDouble).view({x.size(1), int64_t(m_outputs)});
    return rowsOf(torch::sigmoid(x.mm(w)));
}

RidgeRegression RidgeRegression::fit(const std::vector<std::vector<float>> &features,
                                     const std::vector<std::vector<float>> &targets, double l2)
{
    requireRectangular(features, "feature rows");
    requireRectangular(targets, "target rows");
    if (features.size() != targets.size())
        throw std::invalid_argument("ridge regression: as many target rows as feature rows are needed");
    torch::NoGradGuard noGrad;
    RidgeRegression model;
    model.m_standardiser = FeatureStandardiser::fit(features);
    const torch::Tensor x = designMatrix(features, model.m_standardiser);
    const torch::Tensor y = targetMatrix(targets);
    const double n = double(x.size(0));
    const torch::Tensor gram = x.t().mm(x).to(torch::kDouble) / n + penalty(x.size(1), l2);
    const torch::Tensor moment = x.t().mm(y).to(torch::kDouble) / n;
    model.m_outputs = int(y.size(1));
    model.m_weights = valuesOf(torch::linalg::solve(gram, moment, true));
    return model;
}

std::vector<std::vector<float>> RidgeRegression::predict(const std::vector<std::vector<float>> &features) const
{
    if (features.empty())
        return {};
    torch::NoGradGuard noGrad;
    const torch::Tensor x = designMatrix(features, m_standardiser).to(torch::kDouble);
    const torch::Tensor w = torch::tensor(m_weights, torch::kDouble).view({x.size(1), int64_t(m_outputs)});
    return rowsOf(x.mm(w));
}

} // namespace lgpn
