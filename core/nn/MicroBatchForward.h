#pragma once

#include "LgpnModel.h"

#include <torch/torch.h>

namespace lgpn {

// Inference on a large batch, a few images at a time. On the CPU the paper network's activations
// for 8 images of 256² (hundreds of MB a layer) no longer stay in cache, and a batch of 8 ran slower
// per image than one image alone (lgpn bench --levers, "+micro-batch"). Nothing mixes samples in
// eval mode, so the outputs are those of one forward pass over the whole batch.
class MicroBatchForward
{
public:
    // Input pixels per forward pass on the CPU: one 256² image of the paper network, 64 crops of compact.
    static constexpr int64_t kCpuPixelsPerPass = 256 * 256;

    // Images per forward pass for this model on this device: the whole batch on CUDA.
    static int64_t chunkSize(const LgpnOptions &options, const torch::Device &device);
    // The model's outputs for `images`, computed `chunk` images at a time (chunk <= 0: all at once).
    static LgpnOutput forward(LgpnModel &model, const torch::Tensor &images, int64_t chunk);
};

} // namespace lgpn
