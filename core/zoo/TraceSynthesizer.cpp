#include "TraceSynthesizer.h"

#include "LabelIntrospector.h"
#include "ZooDesign.h"
#include "ZooGenerator.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <numeric>
#include <random>
#include <stdexcept>

namespace lgpn::zoo {

namespace {

// SplitMix64's finaliser: a well-mixed 64-bit value from any 64-bit value.
quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// Salts of the independent random streams of one network.
constexpr quint64 kPickSalt = 0x7069636bull;   // which real images
constexpr quint64 kInputSalt = 0x696e7075ull;  // projection, diffusion times
constexpr int kMaxDraws = 10000;               // specs drawn at most to meet a fixed resolution

// `count` indices into a set of `size` images, distinct while the set is large enough
// (a partial Fisher-Yates shuffle with the portable `random() % n`).
std::vector<int> pickImages(int count, int size, quint64 seed)
{
    std::mt19937_64 random(seed);
    std::vector<int> order(size_t(size), 0);
    std::iota(order.begin(), order.end(), 0);
    std::vector<int> picked;
    for (int i = 0; i < count; ++i) {
        const int at = i % size;
        if (at == 0 && i > 0) // more images than the set holds: another pass
            std::iota(order.begin(), order.end(), 0);
        std::swap(order[size_t(at)], order[size_t(at) + size_t(random() % quint64(size - at))]);
        picked.push_back(order[size_t(at)]);
    }
    return picked;
}

// The chosen real images as [B, C, R, R] in the spec's range.
torch::Tensor realTensor(const RealImageSource::LabelledImages &pool, const std::vector<int> &indices, bool unitRange)
{
    std::vector<torch::Tensor> tensors;
    for (int index : indices) {
        const cv::Mat image = pool.images[size_t(index)].clone(); // continuous, and owned while copied
        tensors.push_back(torch::from_blob(image.data, {image.rows, image.cols, image.channels()}, torch::kUInt8)
                              .permute({2, 0, 1})
                              .to(torch::kFloat32)
                              .div(255.0));
    }
    const torch::Tensor stacked = torch::stack(tensors);
    return unitRange ? stacked : stacked * 2 - 1;
}

// What a network is fed: `input` and, for a denoiser, `time` [B].
struct NetworkInput
{
    torch::Tensor input;
    torch::Tensor time;
};

// A latent per image from the image itself: 4x4 area average, flattened, a random projection
// to the latent size, standardised per latent; AC-GAN generators get the class one-hot too.
torch::Tensor imageLatent(const ZooGenerator &generator, const GmSpec &spec, const torch::Tensor &real,
                          const std::vector<int> &classes, at::Generator &random)
{
    const torch::Tensor flat = torch::adaptive_avg_pool2d(real, {4, 4}).flatten(1);
    const bool conditional = spec.conditional() && spec.family == u"gan";
    const int64_t latentDim = generator->inputLatentDim() - (conditional ? 10 : 0);
    const torch::Tensor projection = torch::randn({flat.size(1), latentDim}, random) / std::sqrt(double(flat.size(1)));
    torch::Tensor z = flat.matmul(projection);
    z = (z - z.mean(1, true)) / z.std(1, true, true).clamp_min(1e-6);
    if (conditional) {
        const torch::Tensor labels = torch::tensor(std::vector<int64_t>(classes.begin(), classes.end()), torch::kInt64);
        z = torch::cat({z, torch::one_hot(labels, 10).to(torch::kFloat32)}, 1);
    }
    return z;
}

NetworkInput networkInput(const ZooGenerator &generator, const GmSpec &spec, const torch::Tensor &real,
                          const std::vector<int> &classes, quint64 seed)
{
    at::Generator random = at::detail::createCPUGenerator(seed);
    NetworkInput in;
    if (generator->readsImages()) {
        in.input = real;
        if (spec.family == u"diffusion")
            in.time = torch::rand({real.size(0)}, random);
    } else {
        in.input = imageLatent(generator, spec, real, classes, random);
    }
    return in;
}

// Adam steps of L1 reconstruction of the real images from the network's input.
void trainToReconstruct(ZooGenerator &generator, const NetworkInput &in, const torch::Tensor &real, int steps, double learningRate)
{
    generator->train();
    torch::optim::Adam optimizer(generator->parameters(), torch::optim::AdamOptions(learningRate));
    for (int step = 0; step < steps; ++step) {
        optimizer.zero_grad();
        const torch::Tensor loss = (generator->forward(in.input, in.time) - real).abs().mean();
        loss.backward();
        optimizer.step();
    }
}

// Sets every batch norm's running statistics to those of the network's own input batch (one
// forward pass in training mode): the running statistics of fresh weights are placeholders (0, 1)
// that leave the signal unnormalised in eval mode, and a few training steps only begin to move them.
void calibrateBatchNorm(ZooGenerator &generator, const NetworkInput &in)
{
    std::vector<torch::nn::BatchNorm2dImpl *> norms;
    for (const auto &module : generator->modules(/*include_self=*/false))
        if (auto *norm = dynamic_cast<torch::nn::BatchNorm2dImpl *>(module.get()))
            norms.push_back(norm);
    if (norms.empty())
        return;
    for (auto *norm : norms) {
        norm->reset_running_stats();
        norm->options.momentum(c10::nullopt); // cumulative average: after one batch, that batch's statistics
    }
    torch::NoGradGuard noGrad;
    generator->train();
    generator->forward(in.input, in.time);
    for (auto *norm : norms)
        norm->options.momentum(0.1);
}

// Generator outputs [B, C, R, R] in the spec's range to 8-bit RGB images, as a zoo PNG holds them.
std::vector<cv::Mat> toImages(const torch::Tensor &output, bool unitRange)
{
    // NaN to 0; infinities clamp to 0 or 1.
    const torch::Tensor unit = torch::nan_to_num(unitRange ? output : (output + 1) / 2, 0.0).clamp(0, 1);
    const torch::Tensor bytes = (unit * 255).round().to(torch::kUInt8).permute({0, 2, 3, 1}).contiguous();
    std::vector<cv::Mat> images;
    for (int64_t i = 0; i < bytes.size(0); ++i) {
        const torch::Tensor image = bytes[i];
        const cv::Mat view(int(image.size(0)), int(image.size(1)), image.size(2) == 1 ? CV_8UC1 : CV_8UC3, image.data_ptr<uint8_t>());
        cv::Mat rgb;
        if (view.channels() == 1)
            cv::cvtColor(view, rgb, cv::COLOR_GRAY2RGB);
        else
            rgb = view.clone();
        images.push_back(rgb);
    }
    return images;
}

// Keeps LibTorch's global generator as it was: network() seeds it for the weights, and the
// caller's own random draws (a trainer's) must not become functions of the network's seed.
class GlobalGeneratorRestorer
{
public:
    GlobalGeneratorRestorer()
        : m_generator(at::detail::getDefaultCPUGenerator()) // a handle on the same generator
        , m_state(m_generator.get_state())
    {
    }
    ~GlobalGeneratorRestorer() { m_generator.set_state(m_state); }
    GlobalGeneratorRestorer(const GlobalGeneratorRestorer &) = delete;
    GlobalGeneratorRestorer &operator=(const GlobalGeneratorRestorer &) = delete;

private:
    at::Generator m_generator;
    at::Tensor m_state;
};

// The node vector of a network: its architecture by introspection, its spec's losses.
std::vector<float> labelsOf(const HyperparameterSchema &schema, const ZooGenerator &generator, const GmSpec &spec)
{
    return schema.encode(LabelIntrospector::architectureRow(generator), LabelIntrospector::lossRow(spec.losses));
}

// Standard deviation of all the 8-bit values of a set of images.
double spreadOf(const std::vector<cv::Mat> &images)
{
    double sum = 0, squares = 0, count = 0;
    for (const cv::Mat &image : images) {
        cv::Mat values;
        image.reshape(1, 1).convertTo(values, CV_64F);
        sum += cv::sum(values)[0];
        squares += values.dot(values);
        count += double(values.total());
    }
    if (count == 0)
        return 0;
    const double mean = sum / count;
    return std::sqrt(std::max(0.0, squares / count - mean * mean));
}

} // namespace

void SyntheticOptions::validate() const
{
    if (imagesPerNetwork < 1 || imagesPerNetwork > 4096)
        throw std::invalid_argument("imagesPerNetwork must be 1..4096");
    if (trainingSteps < 0)
        throw std::invalid_argument("trainingSteps must not be negative");
    if (!(learningRate > 0) || !std::isfinite(learningRate))
        throw std::invalid_argument("learningRate must be positive");
    if (resolution != 0 && resolution != 32 && resolution != 64)
        throw std::invalid_argument("resolution must be 0 (as drawn), 32 or 64");
}

SyntheticRealImages SyntheticRealImages::load(int count, unsigned seed)
{
    SyntheticRealImages real;
    real.fmnist = RealImageSource::fashionMnist(count);
    real.photo32 = RealImageSource::photoPatches(count, 32, seed);
    real.photo64 = RealImageSource::photoPatches(std::max(1, count / 2), 64, seed + 1);
    return real;
}

const RealImageSource::LabelledImages &SyntheticRealImages::forSpec(const GmSpec &spec) const
{
    const RealImageSource::LabelledImages &set = spec.dataset == u"fmnist" ? fmnist : spec.resolution == 64 ? photo64 : photo32;
    if (set.images.empty())
        throw std::invalid_argument("no real images loaded for " + spec.dataset.toStdString() + std::to_string(spec.resolution));
    return set;
}

TraceSynthesizer::TraceSynthesizer(HyperparameterSchema schema, SyntheticRealImages real, SyntheticOptions options)
    : m_schema(std::move(schema))
    , m_real(std::move(real))
    , m_options(options)
    , m_mask(size_t(m_schema.nodeCount()), 1.0f)
{
    m_options.validate();
    for (int group : m_schema.groupsOfKind(GroupKind::Loss))
        for (int node : m_schema.group(group).nodes)
            m_mask[size_t(node)] = 0.0f;
}

quint64 TraceSynthesizer::networkSeed(quint64 seed, int64_t index) const
{
    const quint64 base = mix(mix(seed) ^ quint64(index));
    if (m_options.resolution == 0)
        return base;
    for (int draw = 0; draw < kMaxDraws; ++draw) {
        const quint64 candidate = draw == 0 ? base : mix(base + quint64(draw));
        if (ZooDesign::drawSpec(candidate).resolution == m_options.resolution)
            return candidate;
    }
    throw std::runtime_error("the design space holds no network at resolution " + std::to_string(m_options.resolution));
}

GmSpec TraceSynthesizer::spec(quint64 seed, int64_t index) const
{
    return ZooDesign::drawSpec(networkSeed(seed, index));
}

std::vector<float> TraceSynthesizer::nodeLabels(const GmSpec &spec) const
{
    const GlobalGeneratorRestorer restorer; // building draws weights
    return labelsOf(m_schema, ZooGenerator(spec), spec);
}

SyntheticImages TraceSynthesizer::network(quint64 seed, int64_t index) const
{
    const quint64 s = networkSeed(seed, index);
    SyntheticImages result;
    result.spec = ZooDesign::drawSpec(s);
    const GmSpec &spec = result.spec;
    const RealImageSource::LabelledImages &pool = m_real.forSpec(spec);
    result.realIndices = pickImages(m_options.imagesPerNetwork, int(pool.images.size()), mix(s ^ kPickSalt));
    std::vector<int> classes;
    for (int i : result.realIndices)
        classes.push_back(i < int(pool.labels.size()) ? pool.labels[size_t(i)] % 10 : 0);

    const GlobalGeneratorRestorer restorer;
    torch::manual_seed(s); // the fresh weights
    ZooGenerator generator(spec);
    result.nodeLabels = labelsOf(m_schema, generator, spec);
    result.nodeMask = m_mask;

    const torch::Tensor real = realTensor(pool, result.realIndices, spec.unitRange());
    const NetworkInput in = networkInput(generator, spec, real, classes, mix(s ^ kInputSalt));
    if (m_options.trainingSteps > 0)
        trainToReconstruct(generator, in, real, m_options.trainingSteps, m_options.learningRate);
    calibrateBatchNorm(generator, in);
    generator->eval();
    torch::NoGradGuard noGrad;
    const torch::Tensor output = generator->forward(in.input, in.time);
    result.nonFiniteValues = torch::isfinite(output).logical_not().sum().item<int64_t>();
    result.images = toImages(output, spec.unitRange());
    result.spread = spreadOf(result.images);
    return result;
}

} // namespace lgpn::zoo
