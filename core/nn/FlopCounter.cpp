#include "FlopCounter.h"

namespace lgpn {

namespace {
thread_local FlopCounter *currentCounter = nullptr;
} // namespace

FlopCounter::FlopCounter()
    : m_previous(currentCounter)
{
    currentCounter = this;
}

FlopCounter::~FlopCounter()
{
    currentCounter = m_previous;
}

bool FlopCounter::active()
{
    return currentCounter != nullptr;
}

void FlopCounter::add(int64_t macs)
{
    if (currentCounter)
        currentCounter->m_macs += macs;
}

void FlopCounter::addConvolution(const torch::nn::Conv2d &conv, const torch::Tensor &output)
{
    if (!currentCounter)
        return;
    const auto &options = conv->options;
    const auto kernel = options.kernel_size();
    const int64_t perOutput = options.in_channels() / options.groups() * kernel->at(0) * kernel->at(1);
    add(output.numel() * perOutput);
}

torch::Tensor FlopCounter::countedForward(torch::nn::Conv2d &conv, const torch::Tensor &input)
{
    torch::Tensor output = conv->forward(input);
    addConvolution(conv, output);
    return output;
}

void FlopCounter::addLinear(const torch::nn::Linear &linear, const torch::Tensor &input)
{
    if (!currentCounter)
        return;
    const int64_t rows = input.numel() / input.size(-1);
    add(rows * linear->options.in_features() * linear->options.out_features());
}

} // namespace lgpn
