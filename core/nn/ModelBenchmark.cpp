#include "ModelBenchmark.h"

#include "FlopCounter.h"
#include "FreedMemoryHold.h"
#include "LgpnLoss.h"
#include "MicroBatchForward.h"
#include "ModelRuntime.h"

#include <chrono>
#include <functional>
#include <optional>

namespace lgpn {

namespace {

void synchronize(const torch::Device &device)
{
    if (device.is_cuda())
        torch::cuda::synchronize();
}

template <typename Step>
BenchmarkResult timeLoop(int64_t batch, const torch::Device &device, double minSeconds, Step step)
{
    step(); // warm-up: allocations, oneDNN primitive caches
    step();
    synchronize(device);
    BenchmarkResult result;
    result.batch = batch;
    const auto start = std::chrono::steady_clock::now();
    do {
        step();
        ++result.iterations;
        synchronize(device);
        result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    } while (result.seconds < minSeconds);
    result.imagesPerSecond = double(batch * result.iterations) / result.seconds;
    return result;
}

} // namespace

double ModelBenchmark::forwardGflops(LgpnModel model, const torch::Device &device)
{
    model->eval();
    torch::NoGradGuard noGrad;
    const int64_t size = model->options().input_size();
    FlopCounter counter;
    model->forward(torch::zeros({1, model->options().in_channels(), size, size}, device));
    return counter.gigaFlops();
}

BenchmarkResult ModelBenchmark::inference(LgpnModel model, int64_t batch, const torch::Device &device, double minSeconds,
                                          const InferenceSettings &settings)
{
    model->to(device);
    const double gflops = forwardGflops(model, device);
    model->eval();
    toChannelsLast(*model, settings.channelsLast);
    std::optional<FreedMemoryHold> memoryHold;
    if (settings.holdFreedMemory)
        memoryHold.emplace();
    torch::NoGradGuard noGrad;
    std::optional<c10::InferenceMode> inferenceMode;
    if (settings.inferenceMode)
        inferenceMode.emplace();
    const int64_t size = model->options().input_size();
    torch::Tensor images = torch::rand({batch, model->options().in_channels(), size, size}, device) * 2 - 1;
    if (settings.channelsLast)
        images = images.contiguous(torch::MemoryFormat::ChannelsLast);
    const int64_t chunk = settings.microBatch ? MicroBatchForward::chunkSize(model->options(), device) : 0;
    BenchmarkResult result = timeLoop(batch, device, minSeconds, [&] { MicroBatchForward::forward(model, images, chunk); });
    result.gflopsPerImage = gflops;
    result.achievedGflops = gflops * result.imagesPerSecond;
    return result;
}

GemmPeak ModelBenchmark::gemmPeak(const torch::Device &device, int threads, double minSeconds)
{
    if (!device.is_cuda())
        setBlasThreads(threads);
    c10::InferenceMode inferenceMode;
    GemmPeak best;
    auto keepBest = [&](const std::string &kernel, double flopsPerCall, const std::function<void()> &call) {
        const BenchmarkResult timed = timeLoop(1, device, minSeconds / 4, call);
        const double gflops = flopsPerCall * 1e-9 * timed.imagesPerSecond;
        if (gflops > best.gflops)
            best = {kernel, gflops};
    };
    for (const int64_t size : {512, 1024, 2048}) {
        const torch::Tensor a = torch::rand({size, size}, device);
        const torch::Tensor b = torch::rand({size, size}, device);
        torch::Tensor c = torch::empty({size, size}, device);
        const std::string kernel = "matrix product " + std::to_string(size) + "x" + std::to_string(size);
        keepBest(kernel, 2.0 * double(size * size * size), [&] { torch::mm_out(c, a, b); });
    }
    const int64_t channels = 512, side = 64;
    const torch::Tensor input = torch::rand({1, channels, side, side}, device).contiguous(torch::MemoryFormat::ChannelsLast);
    const torch::Tensor weight = torch::rand({channels, channels, 1, 1}, device).contiguous(torch::MemoryFormat::ChannelsLast);
    keepBest("1x1 convolution, 4096x512x512, NHWC", 2.0 * double(channels * channels * side * side),
             [&] { torch::conv2d(input, weight); });
    if (!device.is_cuda())
        setBlasThreads(1);
    return best;
}

BenchmarkResult ModelBenchmark::training(LgpnModel model, int64_t batch, const torch::Device &device, double minSeconds)
{
    model->to(device);
    const double gflops = forwardGflops(model, device);
    model->train();
    const int64_t size = model->options().input_size();
    const torch::Tensor images = torch::rand({batch, model->options().in_channels(), size, size}, device) * 2 - 1;
    const LgpnTargets targets{(torch::rand({batch, model->spec().nodeCount}, device) > 0.5).to(torch::kFloat32),
                              (torch::rand({batch}, device) > 0.2).to(torch::kFloat32), {}};
    torch::optim::Adam optimizer(model->parameters(), torch::optim::AdamOptions(1e-3));
    BenchmarkResult result = timeLoop(batch, device, minSeconds, [&] {
        optimizer.zero_grad();
        lgpnLoss(model->forward(images), targets, model->spec(), model->options()).total.backward();
        optimizer.step();
    });
    // Backward costs about twice the forward pass.
    result.gflopsPerImage = 3 * gflops;
    result.achievedGflops = result.gflopsPerImage * result.imagesPerSecond;
    return result;
}

} // namespace lgpn
