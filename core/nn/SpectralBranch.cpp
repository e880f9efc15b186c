#include "SpectralBranch.h"

#include "FlopCounter.h"
#include "LgpnModel.h"

#include <cmath>

namespace lgpn {

namespace {

// log(1 + |FFT|) of the grey residual, low frequencies in the centre, pooled to kGrid x kGrid.
torch::Tensor pooledLogSpectrum(const torch::Tensor &greyResidual) // [B, S, S]
{
    const torch::Tensor magnitude = torch::abs(torch::fft::fft2(greyResidual));
    const torch::Tensor centred = torch::fft::fftshift(torch::log1p(magnitude), std::vector<int64_t>{-2, -1});
    const int64_t grid = std::min(SpectralBranchImpl::kGrid, greyResidual.size(-1));
    torch::Tensor pooled = torch::adaptive_avg_pool2d(centred.unsqueeze(1), {grid, grid}).flatten(1);
    if (grid < SpectralBranchImpl::kGrid) // crops under 16 px: pad, so the layer sizes stay fixed
        pooled = torch::constant_pad_nd(pooled, {0, SpectralBranchImpl::kGrid * SpectralBranchImpl::kGrid - grid * grid});
    return pooled;
}

// The share of grey pixels in each of kHistogramBins equal bins over [-1, 1].
torch::Tensor greyHistogram(const torch::Tensor &grey) // [B, S, S]
{
    const int64_t bins = SpectralBranchImpl::kHistogramBins;
    const torch::Tensor index = ((grey.detach() + 1) * 0.5 * double(bins)).floor().clamp(0, bins - 1).to(torch::kInt64).flatten(1);
    return torch::one_hot(index, bins).to(grey.scalar_type()).mean(1);
}

} // namespace

SpectralBranchImpl::SpectralBranchImpl(int64_t inChannels, int64_t featureDim)
{
    const int64_t inputs = featureCount(inChannels);
    m_standardise = register_module("standardise", torch::nn::BatchNorm1d(inputs));
    m_hidden = register_module("hidden", torch::nn::Linear(inputs, kHidden));
    m_output = register_module("output", torch::nn::Linear(kHidden, featureDim));
}

int64_t SpectralBranchImpl::featureCount(int64_t inChannels)
{
    // spectrum grid, histogram, and per channel: image mean and std, residual |mean| and std,
    // share of pixels clipped low and high.
    return kGrid * kGrid + kHistogramBins + 6 * inChannels;
}

torch::Tensor SpectralBranchImpl::traceFeatures(const torch::Tensor &images)
{
    const torch::Tensor residual = LgpnModelImpl::highpassResidual(images);
    const torch::Tensor grey = images.mean(1);
    const torch::Tensor clippedLow = (images.detach() <= -0.98).to(images.scalar_type()).mean({2, 3});
    const torch::Tensor clippedHigh = (images.detach() >= 0.98).to(images.scalar_type()).mean({2, 3});
    return torch::cat({pooledLogSpectrum(residual.mean(1)), greyHistogram(grey), images.mean({2, 3}), images.std({2, 3}, /*unbiased=*/false),
                       residual.abs().mean({2, 3}), residual.std({2, 3}, /*unbiased=*/false), clippedLow, clippedHigh},
                      1);
}

torch::Tensor SpectralBranchImpl::forward(const torch::Tensor &images)
{
    if (FlopCounter::active()) { // the FFT: about 5 S^2 log2(S^2) flops per image, counted as MACs / 2
        const double pixels = double(images.size(2) * images.size(3));
        FlopCounter::add(int64_t(images.size(0) * 2.5 * pixels * std::log2(std::max(pixels, 2.0))));
    }
    const torch::Tensor features = m_standardise->forward(traceFeatures(images));
    FlopCounter::addLinear(m_hidden, features);
    const torch::Tensor hidden = torch::relu(m_hidden->forward(features));
    FlopCounter::addLinear(m_output, hidden);
    return torch::relu(m_output->forward(hidden));
}

} // namespace lgpn
