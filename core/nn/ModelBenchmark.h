#pragma once

#include "LgpnModel.h"

#include <torch/torch.h>

#include <string>

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

// What a GEMM reaches on this device: the ceiling that a model's GFLOP/s is read against.
struct GemmPeak
{
    std::string kernel;             // which GEMM reached it
    double gflops = 0;              // per second
};

// The levers of CPU inference that `lgpn bench --levers` measures one by one (batch-norm folding is
// the model's own: LgpnModelImpl::foldBatchNorm).
struct InferenceSettings
{
    bool inferenceMode = true;      // c10::InferenceMode rather than only no gradients
    bool channelsLast = false;      // NHWC convolution weights and input (toChannelsLast)
    bool holdFreedMemory = true;    // FreedMemoryHold while timing
    bool microBatch = false;        // MicroBatchForward's chunks rather than one pass over the batch
};

// Throughput of a model on synthetic input, for `lgpn bench` (timings belong in benchmarks,
// not in tests). Each measurement warms up first and then runs for at least minSeconds.
class ModelBenchmark
{
public:
    // Inference in eval mode, with the levers of InferenceSettings.
    static BenchmarkResult inference(LgpnModel model, int64_t batch, const torch::Device &device, double minSeconds = 2.0,
                                     const InferenceSettings &settings = {});
    // Training: forward, the three losses, backward and an Adam step (what `lgpn train` does).
    static BenchmarkResult training(LgpnModel model, int64_t batch, const torch::Device &device, double minSeconds = 3.0);
    // The best float32 GEMM: BLAS matrix products of a few sizes on `threads` threads (OpenBLAS's pool
    // too, set back to one thread afterwards as configureThreads leaves it), and the GEMM that oneDNN
    // runs for a 1x1 convolution in NHWC, which is what the models' convolutions run on.
    static GemmPeak gemmPeak(const torch::Device &device, int threads, double minSeconds = 2.0);
    // GFLOPs of one image's forward pass.
    static double forwardGflops(LgpnModel model, const torch::Device &device);
};

} // namespace lgpn
