// lgpn_model_check: builds LGPN on a synthetic RED-sized graph (55 nodes -> 18 -> 3) and reports
// output shapes, parameters, GFLOPs per image and images/s. Needs LibTorch only, so it is what
// runs on a GPU machine: lgpn_model_check [--device auto|cpu|cuda] [--config compact|paper] [--batch B]

#include "FlopCounter.h"
#include "LgpnModel.h"
#include "ModelRuntime.h"

#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>

namespace {

lgpn::GraphSpec syntheticSpec()
{
    // RED140's sizes: 55 nodes in 18 groups in 3 coarse groups, 9 continuous parameters.
    const std::vector<int64_t> groupSizes = {5, 4, 1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 5, 5, 2, 1, 1};
    const std::vector<int64_t> coarseOf = {0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2};
    lgpn::GraphSpec spec;
    spec.nodeCount = 55;
    torch::Tensor nodeToGroup = torch::zeros({55, 18});
    int64_t node = 0;
    for (int64_t g = 0; g < 18; ++g) {
        std::vector<int64_t> members;
        for (int64_t i = 0; i < groupSizes[size_t(g)]; ++i, ++node) {
            nodeToGroup[node][g] = 1;
            members.push_back(node);
        }
        if (coarseOf[size_t(g)] == 1)
            spec.continuousGroups.push_back(members);
    }
    torch::Tensor groupToCoarse = torch::zeros({18, 3});
    for (int64_t g = 0; g < 18; ++g)
        groupToCoarse[g][coarseOf[size_t(g)]] = 1;
    spec.hierarchy = {nodeToGroup, groupToCoarse};
    torch::manual_seed(1);
    spec.priorAdjacency = (torch::rand({55, 55}) < 0.3).to(torch::kFloat32).fill_diagonal_(0);
    return spec;
}

std::string shape(const torch::Tensor &tensor)
{
    std::string text = "[";
    for (int64_t i = 0; i < tensor.dim(); ++i)
        text += (i ? ", " : "") + std::to_string(tensor.size(i));
    return text + "]";
}

} // namespace

int main(int argc, char *argv[])
{
    std::string deviceName = "auto";
    std::vector<std::string> configs = lgpn::LgpnOptions::configurationNames();
    int64_t batch = 8;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string key = argv[i];
        if (key == "--device")
            deviceName = argv[i + 1];
        else if (key == "--config")
            configs = {argv[i + 1]};
        else if (key == "--batch")
            batch = std::stoll(argv[i + 1]);
    }
    try {
        lgpn::configureThreads();
        const torch::Device device = lgpn::chooseDevice(deviceName);
        std::cout << "device: " << lgpn::deviceDescription(device) << "\n";
        for (const std::string &config : configs) {
            const lgpn::LgpnOptions options = lgpn::LgpnOptions::byName(config);
            lgpn::LgpnModel model(options, syntheticSpec());
            model->to(device);
            model->eval();
            torch::NoGradGuard noGrad;
            const int64_t size = options.input_size();
            double gflops = 0;
            {
                lgpn::FlopCounter counter;
                model->forward(torch::zeros({1, 3, size, size}, device));
                gflops = counter.gigaFlops();
            }
            const torch::Tensor images = torch::rand({batch, 3, size, size}, device) * 2 - 1;
            lgpn::LgpnOutput output = model->forward(images);
            const int repeats = config != "compact" && !device.is_cuda() ? 1 : 10;
            if (device.is_cuda())
                torch::cuda::synchronize();
            const auto start = std::chrono::steady_clock::now();
            for (int r = 0; r < repeats; ++r)
                output = model->forward(images);
            if (device.is_cuda())
                torch::cuda::synchronize();
            const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            std::cout << config << ": parameters " << lgpn::parameterCount(*model) << ", GFLOPs/image " << gflops
                      << ", batch " << batch << ": " << double(batch * repeats) / seconds << " images/s\n"
                      << "  node probabilities " << shape(output.nodeProbabilities) << ", generated "
                      << shape(output.generatedProbability) << ", continuous " << shape(output.continuousValues) << "\n";
            for (size_t l = 0; l < output.matchingMatrices.size(); ++l)
                std::cout << "  level " << l << ": matching " << shape(output.matchingMatrices[l]) << ", correlation "
                          << shape(output.learnedCorrelations[l]) << "\n";
        }
    } catch (const std::exception &error) {
        std::cerr << "lgpn_model_check: " << error.what() << "\n";
        return 2;
    }
    return 0;
}
