#include "ConvNorm.h"

#include "FlopCounter.h"

namespace lgpn {

ConvNormImpl::ConvNormImpl(int64_t in, int64_t out, int64_t kernel, int64_t stride, int64_t groups)
    : m_stride(stride)
    , m_padding(kernel / 2)
    , m_groups(groups)
{
    m_conv = register_module("conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, kernel)
                                                           .stride(stride).padding(kernel / 2).groups(groups).bias(false)));
    m_norm = register_module("bn", torch::nn::BatchNorm2d(out));
}

torch::Tensor ConvNormImpl::forward(const torch::Tensor &input)
{
    if (folded()) {
        torch::Tensor output = torch::conv2d(input, m_conv->weight, m_foldedBias, m_stride, m_padding, /*dilation=*/1, m_groups);
        FlopCounter::addConvolution(m_conv, output);
        return output;
    }
    torch::Tensor output = m_conv->forward(input);
    FlopCounter::addConvolution(m_conv, output);
    return m_norm->forward(output);
}

void ConvNormImpl::fold()
{
    if (folded())
        return;
    torch::NoGradGuard noGrad;
    // BN(y) = gamma (y - mean) / sqrt(var + eps) + beta = scale y + shift.
    const torch::Tensor scale = m_norm->weight / torch::sqrt(m_norm->running_var + m_norm->options.eps());
    m_conv->weight.mul_(scale.reshape({-1, 1, 1, 1}));
    m_foldedBias = m_norm->bias - m_norm->running_mean * scale;
}

} // namespace lgpn
