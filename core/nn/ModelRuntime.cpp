#include "ModelRuntime.h"

#include <dlfcn.h>

#include <stdexcept>
#include <thread>

namespace lgpn {

torch::Device chooseDevice(const std::string &request)
{
    const bool cuda = torch::cuda::is_available();
    if (request == "cpu")
        return torch::kCPU;
    if (request == "cuda") {
        if (!cuda)
            throw std::invalid_argument("--device cuda: this LibTorch has no CUDA, or no GPU is visible");
        return torch::Device(torch::kCUDA, 0);
    }
    if (request == "auto" || request.empty())
        return cuda ? torch::Device(torch::kCUDA, 0) : torch::Device(torch::kCPU);
    throw std::invalid_argument("unknown device \"" + request + "\" (use auto, cpu or cuda)");
}

std::string deviceDescription(const torch::Device &device)
{
    if (device.is_cuda())
        return "CUDA " + std::to_string(device.index());
    return "CPU (" + std::to_string(torch::get_num_threads()) + " threads)";
}

int configureThreads(int requested)
{
    const int threads = requested > 0 ? requested : int(std::max(1u, std::thread::hardware_concurrency()));
    torch::set_num_threads(threads);
    // LibTorch parallelises across its OpenMP threads. When the system BLAS is OpenBLAS's
    // pthread build, its own thread pool spins on the same cores and slows both down
    // (measured on 2 cores: compact forward at batch 64 went from ~125 ms to ~85 ms with
    // OpenBLAS kept to one thread). Looked up at run time: the BLAS is a Debian alternative.
    setBlasThreads(1);
    return threads;
}

bool setBlasThreads(int threads)
{
    using SetThreads = void (*)(int);
    auto setOpenBlasThreads = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads"));
    if (!setOpenBlasThreads)
        return false;
    setOpenBlasThreads(threads);
    return true;
}

void toChannelsLast(torch::nn::Module &module, bool channelsLast)
{
    torch::NoGradGuard noGrad;
    const auto format = channelsLast ? torch::MemoryFormat::ChannelsLast : torch::MemoryFormat::Contiguous;
    for (auto &tensor : module.parameters())
        if (tensor.dim() == 4)
            tensor.set_data(tensor.contiguous(format));
}

int64_t parameterCount(const torch::nn::Module &module)
{
    int64_t count = 0;
    for (const auto &parameter : module.parameters())
        count += parameter.numel();
    return count;
}

} // namespace lgpn
