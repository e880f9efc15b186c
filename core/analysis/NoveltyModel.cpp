#include "NoveltyModel.h"

#include <algorithm>
#include <map>
#include <sstream>
#include <stdexcept>

namespace lgpn {

namespace {

constexpr int64_t kCalibrationQuantiles = 1001;

// Evenly spaced order statistics of the sorted scores: the calibration's size stays bounded.
torch::Tensor quantilesOf(const torch::Tensor &scores)
{
    const torch::Tensor sorted = std::get<0>(scores.sort());
    if (sorted.size(0) <= kCalibrationQuantiles)
        return sorted;
    const torch::Tensor positions = torch::linspace(0, double(sorted.size(0) - 1), kCalibrationQuantiles, torch::kFloat64).round().to(torch::kInt64);
    return sorted.index_select(0, positions);
}

} // namespace

NoveltyModel NoveltyModel::fit(const torch::Tensor &features, const std::vector<int64_t> &groups, const torch::Tensor &calibration,
                               double shrinkage)
{
    if (features.dim() != 2 || features.size(0) == 0 || features.size(0) != int64_t(groups.size()))
        throw std::invalid_argument("novelty: one feature row per training image is needed");
    if (calibration.dim() != 2 || calibration.size(0) == 0 || calibration.size(1) != features.size(1))
        throw std::invalid_argument("novelty: calibration features of the training features' width are needed");
    std::map<int64_t, int64_t> indexOfGroup;
    std::vector<int64_t> rowGroup;
    for (int64_t group : groups)
        rowGroup.push_back(indexOfGroup.emplace(group, int64_t(indexOfGroup.size())).first->second);
    const torch::Tensor x = features.to(torch::kCPU, torch::kFloat64);
    const torch::Tensor index = torch::tensor(rowGroup, torch::kInt64);
    const int64_t groupCount = int64_t(indexOfGroup.size());
    const int64_t width = x.size(1);
    const torch::Tensor counts = torch::zeros({groupCount}, torch::kFloat64).index_add_(0, index, torch::ones({x.size(0)}, torch::kFloat64));
    const torch::Tensor means = torch::zeros({groupCount, width}, torch::kFloat64).index_add_(0, index, x) / counts.unsqueeze(1);
    const torch::Tensor within = x - means.index_select(0, index);
    torch::Tensor covariance = within.t().mm(within) / double(x.size(0));
    const double scale = std::max(1e-12, covariance.trace().item<double>() / double(width));
    covariance = (1 - shrinkage) * covariance + shrinkage * scale * torch::eye(width, torch::kFloat64);
    const auto [values, vectors] = torch::linalg::eigh(covariance, "L");
    NoveltyModel model;
    model.m_means = means.to(torch::kFloat32);
    model.m_whitening = vectors.mm(torch::diag(values.clamp_min(1e-12 * scale).rsqrt())).mm(vectors.t()).to(torch::kFloat32);
    model.m_calibration = torch::zeros({1}, torch::kFloat32); // rawScores needs a complete model
    model.m_calibration = quantilesOf(model.rawScores(calibration));
    return model;
}

torch::Tensor NoveltyModel::rawScores(const torch::Tensor &features) const
{
    if (isEmpty())
        throw std::logic_error("novelty: the model is empty");
    const torch::Tensor z = features.to(torch::kCPU, torch::kFloat32).reshape({-1, featureDimension()}).mm(m_whitening);
    const torch::Tensor centres = m_means.mm(m_whitening);
    const torch::Tensor distances = z.pow(2).sum(1, true) + centres.pow(2).sum(1).unsqueeze(0) - 2 * z.mm(centres.t());
    return std::get<0>(distances.clamp_min(0).min(1)) / double(featureDimension());
}

double NoveltyModel::novelty(const torch::Tensor &feature) const
{
    const torch::Tensor mean = feature.dim() == 2 ? feature.mean(0) : feature;
    const double raw = rawScores(mean.unsqueeze(0)).item<double>();
    return (m_calibration < raw).sum().item<double>() / double(m_calibration.size(0));
}

std::string NoveltyModel::toBytes() const
{
    if (isEmpty())
        throw std::logic_error("novelty: the model is empty");
    torch::serialize::OutputArchive archive;
    archive.write("means", m_means);
    archive.write("whitening", m_whitening);
    archive.write("calibration", m_calibration);
    std::ostringstream stream;
    archive.save_to(stream);
    return stream.str();
}

NoveltyModel NoveltyModel::fromBytes(const std::string &bytes)
{
    NoveltyModel model;
    try {
        std::istringstream stream(bytes);
        torch::serialize::InputArchive archive;
        archive.load_from(stream);
        archive.read("means", model.m_means);
        archive.read("whitening", model.m_whitening);
        archive.read("calibration", model.m_calibration);
    } catch (const c10::Error &) {
        throw std::invalid_argument("the novelty section is not a LibTorch archive of means, whitening and calibration");
    }
    model.check();
    return model;
}

void NoveltyModel::check() const
{
    const bool fits = m_means.dim() == 2 && m_means.size(0) > 0 && m_whitening.dim() == 2 && m_whitening.size(0) == m_means.size(1)
                      && m_whitening.size(1) == m_means.size(1) && m_calibration.dim() == 1 && m_calibration.size(0) > 0
                      && m_means.scalar_type() == torch::kFloat32 && m_whitening.scalar_type() == torch::kFloat32
                      && m_calibration.scalar_type() == torch::kFloat32
                      && torch::isfinite(m_means).all().item<bool>() && torch::isfinite(m_whitening).all().item<bool>();
    if (!fits)
        throw std::invalid_argument("the novelty section's tensors do not fit together (means [G, F], whitening [F, F], calibration [Q])");
}

} // namespace lgpn
