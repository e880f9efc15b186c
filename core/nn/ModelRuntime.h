#pragma once

#include <torch/torch.h>

#include <string>

namespace lgpn {

// CUDA when LibTorch has it and the request allows; "cuda" without CUDA is an error.
// request: auto | cpu | cuda. Throws std::invalid_argument with a message for the user.
torch::Device chooseDevice(const std::string &request);
std::string deviceDescription(const torch::Device &device);

// Debian's LibTorch starts with one intra-op thread here: use every core unless told otherwise.
int configureThreads(int requested = 0);

// OpenBLAS's own thread count, when the system BLAS is OpenBLAS (false otherwise).
bool setBlasThreads(int threads);

// Convolution weights in NHWC order (or back), for oneDNN's channels-last kernels. A convolution
// then gives channels-last output whatever its input's layout; the numbers stay the same.
void toChannelsLast(torch::nn::Module &module, bool channelsLast = true);

int64_t parameterCount(const torch::nn::Module &module);

} // namespace lgpn
