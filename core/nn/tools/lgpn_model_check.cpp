// lgpn_model_check: builds LGPN on a synthetic RED-sized graph (55 nodes -> 18 -> 3). Needs LibTorch
// only, so it is what runs on a GPU machine (packaging/gpu-check.sh builds and runs it there).
//   lgpn_model_check [--device auto|cpu|cuda] [--config NAME]... [--batch B]   shapes and a rough images/s
//   lgpn_model_check --check   shapes, gradients, CPU parity, one Adam step; PASS/FAIL per line, exit 1 on a FAIL
//   lgpn_model_check --bench [--seconds S]   inference (unfolded, folded) and training images/s and GFLOP/s
// --config may be repeated; without it every configuration is used (--bench: compact and paper).

#include "FlopCounter.h"
#include "LgpnLoss.h"
#include "LgpnModel.h"
#include "ModelBenchmark.h"
#include "ModelRuntime.h"

#include <ATen/Context.h>
#include <torch/version.h>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <stdexcept>
#include <string>

namespace {

struct Arguments
{
    std::string device = "auto";
    std::vector<std::string> configs; // empty: the mode's default
    int64_t batch = 8;
    double seconds = 3.0;
    bool check = false;
    bool bench = false;
    bool help = false;
};

const char *const kUsage =
    "usage: lgpn_model_check [--device auto|cpu|cuda] [--config NAME]... [--batch B]\n"
    "                        [--check] [--bench [--seconds S]]\n"
    "  no mode: shapes and a rough images/s; --check: PASS/FAIL checks (exit 1 on a FAIL);\n"
    "  --bench: images/s and GFLOP/s. NAME: compact, paper-lite or paper (repeatable).\n";

Arguments parseArguments(int argc, char *argv[])
{
    Arguments arguments;
    for (int i = 1; i < argc; ++i) {
        const std::string key = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc)
                throw std::invalid_argument(key + " needs a value");
            return argv[++i];
        };
        if (key == "--check")
            arguments.check = true;
        else if (key == "--bench")
            arguments.bench = true;
        else if (key == "--help" || key == "-h")
            arguments.help = true;
        else if (key == "--device")
            arguments.device = value();
        else if (key == "--config")
            arguments.configs.push_back(value());
        else if (key == "--batch")
            arguments.batch = std::stoll(value());
        else if (key == "--seconds")
            arguments.seconds = std::stod(value());
        else
            throw std::invalid_argument("unknown argument \"" + key + "\"\n" + kUsage);
    }
    if (arguments.batch < 1 || !(arguments.seconds > 0))
        throw std::invalid_argument("--batch and --seconds must be positive");
    for (const std::string &config : arguments.configs)
        lgpn::LgpnOptions::byName(config); // fails early, naming the configurations
    return arguments;
}

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

std::string formatted(const char *format, double value)
{
    char text[64];
    std::snprintf(text, sizeof text, format, value);
    return text;
}

torch::Tensor randomImages(int64_t batch, const lgpn::LgpnOptions &options, const torch::Device &device)
{
    // Drawn on the CPU, so that the same seed gives the same images on every device.
    const int64_t size = options.input_size();
    return (torch::rand({batch, options.in_channels(), size, size}) * 2 - 1).to(device);
}

lgpn::LgpnTargets randomTargets(int64_t batch, const lgpn::GraphSpec &spec, const torch::Device &device)
{
    lgpn::LgpnTargets targets;
    targets.nodeLabels = (torch::rand({batch, spec.nodeCount}) < 0.5).to(torch::kFloat32).to(device);
    // Alternating, so that both the real and the generated terms of the loss take part.
    targets.isGenerated = (torch::arange(batch) % 2).to(torch::kFloat32).to(device);
    return targets;
}

// Smaller batches for the 256-pixel configurations: the CPU side of the checks stays quick.
int64_t checkBatch(const lgpn::LgpnOptions &options)
{
    return options.input_size() > 64 ? 2 : 8;
}

int64_t trainingBatch(const lgpn::LgpnOptions &options)
{
    return options.input_size() > 64 ? 8 : 64;
}

// ---- Default mode: shapes and a rough speed ------------------------------------------------------

void printShapesAndSpeed(const std::string &config, const torch::Device &device, int64_t batch)
{
    lgpn::LgpnModel model(lgpn::LgpnOptions::byName(config), syntheticSpec());
    model->to(device);
    // A rough figure: the paper configurations on a CPU get the warm-up and one timed pass.
    const double minSeconds = config != "compact" && !device.is_cuda() ? 0.0 : 0.5;
    const lgpn::BenchmarkResult speed = lgpn::ModelBenchmark::inference(model, batch, device, minSeconds);
    torch::NoGradGuard noGrad;
    const lgpn::LgpnOutput output = model->forward(randomImages(batch, model->options(), device));
    std::cout << config << ": parameters " << lgpn::parameterCount(*model) << ", GFLOPs/image " << speed.gflopsPerImage
              << ", batch " << batch << ": " << speed.imagesPerSecond << " images/s\n"
              << "  node probabilities " << shape(output.nodeProbabilities) << ", generated "
              << shape(output.generatedProbability) << ", continuous " << shape(output.continuousValues) << "\n";
    for (size_t l = 0; l < output.matchingMatrices.size(); ++l)
        std::cout << "  level " << l << ": matching " << shape(output.matchingMatrices[l]) << ", correlation "
                  << shape(output.learnedCorrelations[l]) << "\n";
}

// ---- --check -----------------------------------------------------------------------------------

class CheckReport
{
public:
    void add(const std::string &config, const std::string &check, bool pass, const std::string &figure)
    {
        std::printf("%-11s %-10s %s  %s\n", config.c_str(), check.c_str(), pass ? "PASS" : "FAIL", figure.c_str());
        std::fflush(stdout);
        m_failures += pass ? 0 : 1;
    }
    int failures() const { return m_failures; }

private:
    int m_failures = 0;
};

bool isFinite(const torch::Tensor &tensor)
{
    return torch::isfinite(tensor).all().item<bool>();
}

void checkShapes(const std::string &config, lgpn::LgpnModel &model, const torch::Device &device, CheckReport &report)
{
    const lgpn::GraphSpec &spec = model->spec();
    const int64_t batch = checkBatch(model->options());
    model->eval();
    torch::NoGradGuard noGrad;
    const lgpn::LgpnOutput output = model->forward(randomImages(batch, model->options(), device));
    const int64_t nodes = spec.nodeCount;
    const int64_t continuous = int64_t(spec.continuousGroups.size());
    bool pass = output.nodeProbabilities.sizes() == torch::IntArrayRef({batch, nodes})
                && output.generatedProbability.sizes() == torch::IntArrayRef({batch})
                && output.continuousValues.sizes() == torch::IntArrayRef({batch, continuous})
                && output.imageFeature.sizes() == torch::IntArrayRef({batch, model->options().feature_dim()});
    const std::vector<int64_t> levels = spec.levelSizes();
    pass = pass && output.matchingMatrices.size() + 1 == levels.size();
    std::string levelShapes;
    for (size_t l = 0; l < output.matchingMatrices.size() && l + 1 < levels.size(); ++l) {
        pass = pass && output.matchingMatrices[l].sizes() == torch::IntArrayRef({batch, levels[l], levels[l + 1]})
               && output.learnedCorrelations[l].sizes() == torch::IntArrayRef({batch, levels[l + 1], levels[l + 1]});
        levelShapes += ", matching " + shape(output.matchingMatrices[l]);
    }
    report.add(config, "shapes", pass,
               "nodes " + shape(output.nodeProbabilities) + ", generated " + shape(output.generatedProbability)
                   + ", continuous " + shape(output.continuousValues) + ", feature " + shape(output.imageFeature)
                   + levelShapes);
}

struct GradientSummary
{
    int withGradient = 0;
    int nonZero = 0;
    int expected = 0;
    bool allFinite = true;
    double largest = 0;
    std::string firstMissing;
};

// lgpnLoss leaves the continuous regressor out (it is trained afterwards, on frozen features),
// so its parameters get no gradient here; every other parameter should.
GradientSummary summariseGradients(lgpn::LgpnModel &model)
{
    GradientSummary summary;
    for (const auto &item : model->named_parameters()) {
        if (item.key().rfind("continuous_regressor.", 0) == 0)
            continue;
        ++summary.expected;
        const torch::Tensor &gradient = item.value().grad();
        if (!gradient.defined()) {
            if (summary.firstMissing.empty())
                summary.firstMissing = item.key();
            continue;
        }
        ++summary.withGradient;
        summary.allFinite = summary.allFinite && isFinite(gradient);
        const double largest = gradient.abs().max().item<double>();
        summary.nonZero += largest > 0 ? 1 : 0;
        summary.largest = std::max(summary.largest, largest);
    }
    return summary;
}

double trainingLoss(lgpn::LgpnModel &model, const torch::Tensor &images, const lgpn::LgpnTargets &targets,
                    torch::Tensor *total = nullptr)
{
    const lgpn::LgpnLossTerms terms = lgpn::lgpnLoss(model->forward(images), targets, model->spec(), model->options());
    if (total)
        *total = terms.total;
    return terms.total.item<double>();
}

// Forward and backward with random targets, then one Adam step on those gradients.
void checkTraining(const std::string &config, lgpn::LgpnModel &model, const torch::Device &device, CheckReport &report)
{
    const int64_t batch = checkBatch(model->options());
    const torch::Tensor images = randomImages(batch, model->options(), device);
    const lgpn::LgpnTargets targets = randomTargets(batch, model->spec(), device);
    model->train();
    torch::optim::Adam optimizer(model->parameters(), torch::optim::AdamOptions(1e-3));
    optimizer.zero_grad();
    torch::Tensor total;
    const double loss = trainingLoss(model, images, targets, &total);
    total.backward();
    const GradientSummary gradients = summariseGradients(model);
    const bool gradientsPass = std::isfinite(loss) && gradients.firstMissing.empty() && gradients.allFinite
                               && gradients.nonZero > 0;
    report.add(config, "gradients", gradientsPass,
               "loss " + formatted("%.4f", loss) + ", " + std::to_string(gradients.withGradient) + "/"
                   + std::to_string(gradients.expected) + " tensors with a gradient"
                   + (gradients.allFinite ? ", all finite, " : ", NOT ALL FINITE, ") + std::to_string(gradients.nonZero)
                   + " non-zero, max |g| " + formatted("%.3g", gradients.largest)
                   + (gradients.firstMissing.empty() ? "" : ", none for " + gradients.firstMissing));

    // Only the tensors with a gradient take part in the step (the regressor's have none).
    std::vector<torch::Tensor> trained, before;
    for (const torch::Tensor &parameter : model->parameters()) {
        if (parameter.grad().defined()) {
            trained.push_back(parameter);
            before.push_back(parameter.detach().clone());
        }
    }
    optimizer.step();
    double largestChange = 0;
    int changed = 0;
    bool weightsFinite = true;
    for (size_t i = 0; i < trained.size(); ++i) {
        const double change = (trained[i].detach() - before[i]).abs().max().item<double>();
        largestChange = std::max(largestChange, change);
        changed += change > 0 ? 1 : 0;
        weightsFinite = weightsFinite && isFinite(trained[i].detach());
    }
    double lossAfter = 0;
    {
        torch::NoGradGuard noGrad;
        lossAfter = trainingLoss(model, images, targets);
    }
    const bool stepPass = std::isfinite(loss) && std::isfinite(lossAfter) && weightsFinite && changed > 0;
    report.add(config, "adam-step", stepPass,
               "loss " + formatted("%.4f", loss) + " -> " + formatted("%.4f", lossAfter) + ", max |dw| "
                   + formatted("%.3g", largestChange) + ", " + std::to_string(changed) + "/"
                   + std::to_string(trained.size()) + " trained tensors changed"
                   + (weightsFinite ? "" : ", WEIGHTS NOT FINITE"));
}

// cuDNN convolutions run in TF32 by default on Ampere and later (about 1e-3 relative error):
// parity is about float32 against the CPU, so TF32 is off for its duration and restored after.
class Tf32Off
{
public:
    Tf32Off()
        : m_cublas(at::globalContext().allowTF32CuBLAS())
        , m_cudnn(at::globalContext().allowTF32CuDNN())
    {
        at::globalContext().setAllowTF32CuBLAS(false);
        at::globalContext().setAllowTF32CuDNN(false);
    }
    ~Tf32Off()
    {
        at::globalContext().setAllowTF32CuBLAS(m_cublas);
        at::globalContext().setAllowTF32CuDNN(m_cudnn);
    }
    Tf32Off(const Tf32Off &) = delete;
    Tf32Off &operator=(const Tf32Off &) = delete;

private:
    bool m_cublas;
    bool m_cudnn;
};

void copyWeights(lgpn::LgpnModel &from, lgpn::LgpnModel &to)
{
    // Copied rather than trusted to the seed: construction need not draw the generator alike twice.
    torch::NoGradGuard noGrad;
    const auto sourceParameters = from->named_parameters();
    for (auto &item : to->named_parameters())
        item.value().copy_(sourceParameters[item.key()]);
    const auto sourceBuffers = from->named_buffers();
    for (auto &item : to->named_buffers())
        item.value().copy_(sourceBuffers[item.key()]);
}

double maxDifference(const torch::Tensor &reference, const torch::Tensor &other)
{
    return (reference - other.to(torch::kCPU)).abs().max().item<double>();
}

// The same weights on the CPU and on the device, the same input, eval mode: outputs within 1e-4.
// Probabilities are compared absolutely; the image feature relative to its largest value (an
// unnormalised ReLU feature, whose float32 rounding grows with its magnitude).
void checkParity(const std::string &config, const torch::Device &device, CheckReport &report)
{
    const lgpn::LgpnOptions options = lgpn::LgpnOptions::byName(config);
    const lgpn::GraphSpec spec = syntheticSpec();
    torch::manual_seed(7);
    lgpn::LgpnModel reference(options, spec);
    torch::manual_seed(7);
    lgpn::LgpnModel onDevice(options, spec);
    copyWeights(reference, onDevice);
    onDevice->to(device);
    reference->eval();
    onDevice->eval();
    torch::manual_seed(8);
    const torch::Tensor images = randomImages(checkBatch(options), options, torch::kCPU);
    Tf32Off tf32Off;
    c10::InferenceMode inference;
    const lgpn::LgpnOutput expected = reference->forward(images);
    const lgpn::LgpnOutput actual = onDevice->forward(images.to(device));
    const double nodes = maxDifference(expected.nodeProbabilities, actual.nodeProbabilities);
    const double generated = maxDifference(expected.generatedProbability, actual.generatedProbability);
    const double continuous = maxDifference(expected.continuousValues, actual.continuousValues);
    const double feature = maxDifference(expected.imageFeature, actual.imageFeature);
    const double featureMax = expected.imageFeature.abs().max().item<double>();
    const double tolerance = 1e-4;
    const bool pass = nodes <= tolerance && generated <= tolerance && continuous <= tolerance
                      && feature <= tolerance * std::max(1.0, featureMax);
    report.add(config, "parity", pass,
               "max |" + device.str() + " - cpu|: nodes " + formatted("%.2e", nodes) + ", generated "
                   + formatted("%.2e", generated) + ", continuous " + formatted("%.2e", continuous) + ", feature "
                   + formatted("%.2e", feature) + " (max |feature| " + formatted("%.3g", featureMax)
                   + "; tolerance 1e-4, for the feature 1e-4 x max(1, max |feature|))");
}

int runChecks(const std::vector<std::string> &configs, const torch::Device &device)
{
    CheckReport report;
    for (const std::string &config : configs) {
        try {
            torch::manual_seed(3);
            lgpn::LgpnModel model(lgpn::LgpnOptions::byName(config), syntheticSpec());
            model->to(device);
            checkShapes(config, model, device, report);
            checkTraining(config, model, device, report);
            checkParity(config, device, report);
        } catch (const std::exception &error) {
            report.add(config, "error", false, error.what());
        }
    }
    std::printf("checks: %s (%d failed)\n", report.failures() ? "FAIL" : "PASS", report.failures());
    return report.failures() ? 1 : 0;
}

// ---- --bench -----------------------------------------------------------------------------------

void printResult(const std::string &config, const std::string &what, const lgpn::BenchmarkResult &result)
{
    std::printf("%-11s %-20s batch %3lld: %10.2f images/s  %9.1f GFLOP/s  (%d passes in %.1f s)\n", config.c_str(),
                what.c_str(), static_cast<long long>(result.batch), result.imagesPerSecond, result.achievedGflops,
                result.iterations, result.seconds);
    std::fflush(stdout);
}

// What analysis runs with (ImageAnalyzer): NHWC and micro-batches on the CPU only.
lgpn::InferenceSettings analysisSettings(const torch::Device &device)
{
    lgpn::InferenceSettings settings;
    settings.channelsLast = device.is_cpu();
    settings.microBatch = true;
    return settings;
}

void benchInference(const std::string &config, lgpn::LgpnModel &model, const std::string &what, double seconds,
                    const torch::Device &device)
{
    for (const int64_t batch : {int64_t(1), int64_t(8)})
        printResult(config, what, lgpn::ModelBenchmark::inference(model, batch, device, seconds, analysisSettings(device)));
}

void runBench(const std::vector<std::string> &configs, const torch::Device &device, double seconds)
{
    if (device.is_cuda())
        std::printf("TF32: cuBLAS %s, cuDNN %s (LibTorch's defaults)\n",
                    at::globalContext().allowTF32CuBLAS() ? "on" : "off",
                    at::globalContext().allowTF32CuDNN() ? "on" : "off");
    for (const std::string &config : configs) {
        lgpn::LgpnModel model(lgpn::LgpnOptions::byName(config), syntheticSpec());
        model->to(device);
        model->eval();
        std::printf("%-11s parameters %lld, %.3f GFLOPs/image, at least %.1f s a measurement\n", config.c_str(),
                    static_cast<long long>(lgpn::parameterCount(*model)), lgpn::ModelBenchmark::forwardGflops(model, device), seconds);
        benchInference(config, model, "inference unfolded", seconds, device);
        model->foldBatchNorm(); // rescales the weights for inference: measured after the unfolded pass
        benchInference(config, model, "inference folded", seconds, device);
        lgpn::LgpnModel training(lgpn::LgpnOptions::byName(config), syntheticSpec());
        printResult(config, "training", lgpn::ModelBenchmark::training(training, trainingBatch(training->options()), device, seconds));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    try {
        const Arguments arguments = parseArguments(argc, argv);
        if (arguments.help) {
            std::cout << kUsage;
            return 0;
        }
        lgpn::configureThreads();
        const torch::Device device = lgpn::chooseDevice(arguments.device);
        std::cout << "device: " << lgpn::deviceDescription(device) << ", LibTorch " << TORCH_VERSION << std::endl;
        const std::vector<std::string> all = lgpn::LgpnOptions::configurationNames();
        int status = 0;
        if (arguments.check)
            status = runChecks(arguments.configs.empty() ? all : arguments.configs, device);
        if (arguments.bench)
            runBench(arguments.configs.empty() ? std::vector<std::string>{"compact", "paper"} : arguments.configs,
                     device, arguments.seconds);
        if (!arguments.check && !arguments.bench) {
            for (const std::string &config : arguments.configs.empty() ? all : arguments.configs)
                printShapesAndSpeed(config, device, arguments.batch);
        }
        return status;
    } catch (const std::exception &error) {
        std::cerr << "lgpn_model_check: " << error.what() << "\n";
        return 2;
    }
}
