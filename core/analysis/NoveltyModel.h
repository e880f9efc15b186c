#pragma once

#include "ImageAnalysis.h"

#include <torch/torch.h>

#include <string>
#include <vector>

namespace lgpn {

// How unlike the model's training generators an image is (issue 16 item 4). The image feature f
// of every training generator (and of the real images, as one more group) is summarised by its
// mean; distances are Mahalanobis under the pooled within-generator covariance, shrunk towards
// a multiple of the identity so that 512 dimensions estimated from a few thousand images stay
// invertible. An image's raw score is its squared distance to the nearest group mean, per
// dimension. The score is calibrated on generators held out of training for validation (other
// configurations of the training families): novelty() is the share of their images that score
// lower, so 0.95 means "less typical than 95% of generators the model did not train on but
// whose kind it knows".
class NoveltyModel
{
public:
    static constexpr double kUnlikeTrainingThreshold = ImageAnalysis::kUnlikeTrainingThreshold;

    NoveltyModel() = default;
    // features [N, F] of training images with their group (generator) ids; calibration [M, F]
    // of validation generators' images. Throws std::invalid_argument on empty or mismatched input.
    static NoveltyModel fit(const torch::Tensor &features, const std::vector<int64_t> &groups, const torch::Tensor &calibration,
                            double shrinkage = 0.1);

    bool isEmpty() const { return !m_means.defined(); }
    int64_t featureDimension() const { return isEmpty() ? 0 : m_means.size(1); }
    int64_t groupCount() const { return isEmpty() ? 0 : m_means.size(0); }
    // Raw scores [N] of features [N, F]: squared whitened distance to the nearest group mean / F.
    torch::Tensor rawScores(const torch::Tensor &features) const;
    // Calibrated novelty in [0, 1] of one feature vector [F] (or of the mean of [K, F] crops).
    double novelty(const torch::Tensor &feature) const;
    static bool isUnlikeTraining(double novelty) { return novelty >= kUnlikeTrainingThreshold; }

    // The bundle's "novelty.pt" section: a LibTorch archive of the tensors. fromBytes throws
    // std::invalid_argument when the bytes are not one, or its tensors do not fit together.
    std::string toBytes() const;
    static NoveltyModel fromBytes(const std::string &bytes);

private:
    void check() const;

    torch::Tensor m_means;       // [G, F] group means
    torch::Tensor m_whitening;   // [F, F] inverse square root of the shrunk pooled covariance
    torch::Tensor m_calibration; // [Q] sorted raw scores of the calibration images (quantiles)
};

} // namespace lgpn
