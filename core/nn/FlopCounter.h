#pragma once

#include <torch/torch.h>

#include <cstdint>

namespace lgpn {

// Counts the multiply-accumulate operations of one forward pass. Modules report their work
// through the add* functions, which cost nothing while no counter is active. GFLOPs are
// 2 x MACs / 1e9, the usual convention.
class FlopCounter
{
public:
    FlopCounter();
    ~FlopCounter();
    FlopCounter(const FlopCounter &) = delete;
    FlopCounter &operator=(const FlopCounter &) = delete;

    int64_t multiplyAccumulates() const { return m_macs; }
    double gigaFlops() const { return 2.0 * double(m_macs) / 1e9; }

    static bool active();
    static void addConvolution(const torch::nn::Conv2d &conv, const torch::Tensor &output);
    static void addLinear(const torch::nn::Linear &linear, const torch::Tensor &input);
    static void add(int64_t macs);
    // conv->forward(input), counted.
    static torch::Tensor countedForward(torch::nn::Conv2d &conv, const torch::Tensor &input);

private:
    int64_t m_macs = 0;
    FlopCounter *m_previous = nullptr;
};

} // namespace lgpn
