#pragma once

#include "ImageAnalysis.h"

#include <opencv2/core/mat.hpp>

#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace lgpn {

class ModelBundle;

// Which pixels of an image drive a node's probability: gradient × input against a blurred
// baseline, |∂logit/∂x · (x − blur(x))| summed over the colour channels, the first-order change of
// the node's logit if the pixel lost its generation trace (the high frequencies LGPN reads; blur:
// LgpnModel::highpassResidual's 3x3 Gaussian). Plain gradient × input (baseline black) lit the
// smooth half of the sanity test's image more than its up-sampled half: a smooth pixel far from
// grey has a large x whatever its trace. Computed on each crop the analysis reads (CropPlanner, the
// same crops as ImageAnalyzer), averaged where crops overlap and scaled so that the strongest pixel
// is 1. The logit, not the probability, is differentiated: a confident node's sigmoid is flat and
// would show nothing. Pixels no crop reaches are 0: the model never saw them. Holds its own copy
// of the model (batch norm folded), so it may run on any one thread while the analysis runs on
// another; calls are serialised. The header stays free of LibTorch so the studio's views can hold one.
class EvidenceMap
{
public:
    using Cancelled = std::function<bool()>;
    // The longer side of a map for the studio and for reports (maps of larger images are scaled down).
    static constexpr int kStudioSide = 1024;
    static constexpr int kReportSide = 128;

    // device: auto, cpu or cuda (as AnalysisEngineOptions names it).
    EvidenceMap(const ModelBundle &bundle, const QString &device, int maxCrops);
    ~EvidenceMap();
    EvidenceMap(const EvidenceMap &) = delete;
    EvidenceMap &operator=(const EvidenceMap &) = delete;

    // One map per node (schema indices), from one forward pass over the crops of `rgb` (8-bit RGB).
    // Returns no maps when `cancelled` says so between nodes.
    std::vector<FloatMatrix> compute(const cv::Mat &rgb, const std::vector<int> &nodes, int maxSide = kStudioSide,
                                     const Cancelled &cancelled = {}) const;
    // The maps of the `count` strongest loss and architecture nodes of `analysis` (StrongestNodes).
    std::vector<NodeEvidence> strongest(const cv::Mat &rgb, const ImageAnalysis &analysis, int count, int maxSide = kReportSide) const;

private:
    struct Model;
    std::unique_ptr<Model> m_model;
};

} // namespace lgpn
