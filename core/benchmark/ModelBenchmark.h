#pragma once

#include "LgpnModel.h"

#include <torch/torch.h>

namespace lgpn {

struct BenchmarkResult
{
    int64_t batch = 0;
    int iterations = 0;
    double seconds = 0;
    double imagesPerSecond = 0;
    double gflopsPerImage = 0;      // forward pass
    double achievedGflops = 0;      // per second
};

// Throughput of a model on synthetic input, for `lgpn bench` (timings belong in benchmarks,
// not in tests). Each measurement warms up first and then runs for at least minSeconds.
class ModelBenchmark
{
public:
    // Inference: eval mode, no gradients.
    static BenchmarkResult inference(LgpnModel model, int64_t batch, const torch::Device &device, double minSeconds = 2.0);
    // Training: forward, the three losses, backward and an Adam step (what `lgpn train` does).
    static BenchmarkResult training(LgpnModel model, int64_t batch, const torch::Device &device, double minSeconds = 3.0);
    // GFLOPs of one image's forward pass.
    static double forwardGflops(LgpnModel model, const torch::Device &device);
};

} // namespace lgpn
