#pragma once

#include <torch/torch.h>

namespace lgpn {

// A second way into the image feature, for traces a small CNN's global average pooling washes
// out: the log-magnitude spectrum of the high-pass residual (pooled to a fixed grid), a pixel
// histogram and per-channel statistics of the image and of its residual, mapped to the feature
// size by a small MLP (LgpnOptions::spectral_branch). Periodic up-sampling and activation traces
// are peaks and clipping there, which a linear read-out finds (the fixed-feature reference).
class SpectralBranchImpl : public torch::nn::Module
{
public:
    static constexpr int64_t kGrid = 16;          // the spectrum is pooled to kGrid x kGrid
    static constexpr int64_t kHistogramBins = 16; // over the grey image, in [-1, 1]
    static constexpr int64_t kHidden = 128;

    SpectralBranchImpl(int64_t inChannels, int64_t featureDim);
    // [B, C, S, S] images in [-1, 1] -> [B, featureDim], non-negative.
    torch::Tensor forward(const torch::Tensor &images);
    // The fixed part: [B, C, S, S] -> [B, featureCount(C)] (exposed for tests).
    static torch::Tensor traceFeatures(const torch::Tensor &images);
    static int64_t featureCount(int64_t inChannels);

private:
    torch::nn::BatchNorm1d m_standardise{nullptr};
    torch::nn::Linear m_hidden{nullptr};
    torch::nn::Linear m_output{nullptr};
};
TORCH_MODULE(SpectralBranch);

} // namespace lgpn
