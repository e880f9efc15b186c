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

int64_t parameterCount(const torch::nn::Module &module);

} // namespace lgpn
