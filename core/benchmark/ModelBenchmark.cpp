#include "ModelBenchmark.h"

#include "FlopCounter.h"
#include "LgpnLoss.h"

#include <chrono>

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

BenchmarkResult ModelBenchmark::inference(LgpnModel model, int64_t batch, const torch::Device &device, double minSeconds)
{
    model->to(device);
    const double gflops = forwardGflops(model, device);
    model->eval();
    torch::NoGradGuard noGrad;
    const int64_t size = model->options().input_size();
    const torch::Tensor images = torch::rand({batch, model->options().in_channels(), size, size}, device) * 2 - 1;
    BenchmarkResult result = timeLoop(batch, device, minSeconds, [&] { model->forward(images); });
    result.gflopsPerImage = gflops;
    result.achievedGflops = gflops * result.imagesPerSecond;
    return result;
}

BenchmarkResult ModelBenchmark::training(LgpnModel model, int64_t batch, const torch::Device &device, double minSeconds)
{
    model->to(device);
    const double gflops = forwardGflops(model, device);
    model->train();
    const int64_t size = model->options().input_size();
    const torch::Tensor images = torch::rand({batch, model->options().in_channels(), size, size}, device) * 2 - 1;
    const LgpnTargets targets{(torch::rand({batch, model->spec().nodeCount}, device) > 0.5).to(torch::kFloat32),
                              (torch::rand({batch}, device) > 0.2).to(torch::kFloat32)};
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
