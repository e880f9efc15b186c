#include "LabelIntrospector.h"

#include <QString>

namespace lgpn::zoo {

namespace {

enum class Kind { Conv, Linear, Pooling, Norm, Activation, Upsample, Other };

Kind kindOf(const torch::nn::Module &module)
{
    if (dynamic_cast<const torch::nn::Conv2dImpl *>(&module) || dynamic_cast<const torch::nn::ConvTranspose2dImpl *>(&module))
        return Kind::Conv;
    if (dynamic_cast<const torch::nn::LinearImpl *>(&module))
        return Kind::Linear;
    if (dynamic_cast<const torch::nn::AvgPool2dImpl *>(&module) || dynamic_cast<const torch::nn::MaxPool2dImpl *>(&module))
        return Kind::Pooling;
    if (dynamic_cast<const torch::nn::BatchNorm2dImpl *>(&module) || dynamic_cast<const torch::nn::InstanceNorm2dImpl *>(&module)
        || dynamic_cast<const torch::nn::GroupNormImpl *>(&module) || dynamic_cast<const AdaptiveInstanceNormImpl *>(&module))
        return Kind::Norm;
    if (dynamic_cast<const torch::nn::ReLUImpl *>(&module) || dynamic_cast<const torch::nn::TanhImpl *>(&module)
        || dynamic_cast<const torch::nn::LeakyReLUImpl *>(&module) || dynamic_cast<const torch::nn::SigmoidImpl *>(&module)
        || dynamic_cast<const torch::nn::SiLUImpl *>(&module) || dynamic_cast<const torch::nn::ELUImpl *>(&module))
        return Kind::Activation;
    if (dynamic_cast<const torch::nn::UpsampleImpl *>(&module))
        return Kind::Upsample;
    return Kind::Other;
}

// RED codes: last-layer 0 ReLU 1 Tanh 2 LeakyReLU 3 Sigmoid 4 SiLU 5 none;
// last-block 0 ELU 1 ReLU 2 LeakyReLU 3 Sigmoid 4 SiLU 5 none.
int activationCode(const torch::nn::Module *module, bool lastBlock)
{
    if (!module)
        return 5;
    if (dynamic_cast<const torch::nn::ELUImpl *>(module))
        return lastBlock ? 0 : 5;
    if (dynamic_cast<const torch::nn::ReLUImpl *>(module))
        return lastBlock ? 1 : 0;
    if (dynamic_cast<const torch::nn::TanhImpl *>(module))
        return lastBlock ? 5 : 1;
    if (dynamic_cast<const torch::nn::LeakyReLUImpl *>(module))
        return 2;
    if (dynamic_cast<const torch::nn::SigmoidImpl *>(module))
        return 3;
    if (dynamic_cast<const torch::nn::SiLUImpl *>(module))
        return 4;
    return 5;
}

int64_t countedLayers(const std::vector<Kind> &kinds)
{
    int64_t count = 0;
    for (Kind kind : kinds)
        count += kind != Kind::Other ? 1 : 0;
    return count;
}

} // namespace

std::vector<double> LabelIntrospector::architectureRow(const ZooGenerator &generator)
{
    int64_t conv = 0, linear = 0, pooling = 0, norm = 0, layers = 0, filters = 0, parameters = 0;
    bool batch = false, instance = false, adain = false, group = false, deconv = false;
    bool skip = false, down = false;
    std::map<std::string, std::vector<Kind>> blocks;
    const torch::nn::Module *outputActivation = nullptr;

    for (const auto &item : generator->named_modules("", /*include_self=*/false)) {
        const std::string &name = item.key();
        const torch::nn::Module &module = *item.value();
        const Kind kind = kindOf(module);
        if (kind != Kind::Other)
            ++layers;
        switch (kind) {
        case Kind::Conv:
            ++conv;
            if (auto *c = dynamic_cast<const torch::nn::Conv2dImpl *>(&module))
                filters += c->options.out_channels();
            if (auto *d = dynamic_cast<const torch::nn::ConvTranspose2dImpl *>(&module)) {
                filters += d->options.out_channels();
                deconv = true;
            }
            break;
        case Kind::Linear: ++linear; break;
        case Kind::Pooling: ++pooling; break;
        case Kind::Norm:
            ++norm;
            batch |= dynamic_cast<const torch::nn::BatchNorm2dImpl *>(&module) != nullptr;
            instance |= dynamic_cast<const torch::nn::InstanceNorm2dImpl *>(&module) != nullptr;
            group |= dynamic_cast<const torch::nn::GroupNormImpl *>(&module) != nullptr;
            adain |= dynamic_cast<const AdaptiveInstanceNormImpl *>(&module) != nullptr;
            break;
        default: break;
        }
        // Names say where a module sits: "blockN.*" inside a block, "skip*" a skip connection,
        // "downN_*" the encoding path, "output_activation" the last layer's nonlinearity.
        const std::string top = name.substr(0, name.find('.'));
        if (top.rfind("block", 0) == 0) {
            blocks[top].push_back(kind);
        }
        if (name.find("skip") != std::string::npos && kind == Kind::Conv)
            skip = true;
        if (top.rfind("down", 0) == 0)
            down = true;
        if (name == "output_activation")
            outputActivation = &module;
    }
    for (const auto &p : generator->parameters())
        parameters += p.numel();

    int64_t layersPerBlock = 0;
    for (const auto &[name, kinds] : blocks)
        layersPerBlock = std::max(layersPerBlock, countedLayers(kinds));
    // The last block is the one with the highest number, not the lexicographically last name.
    int lastBlockNumber = 0;
    for (const auto &[name, kinds] : blocks)
        lastBlockNumber = std::max(lastBlockNumber, std::stoi(name.substr(5)));
    const torch::nn::Module *lastBlockActivation = nullptr;
    for (const auto &item : generator->named_modules("", false)) {
        if (item.key().rfind("block" + std::to_string(lastBlockNumber) + ".", 0) == 0 && kindOf(*item.value()) == Kind::Activation)
            lastBlockActivation = item.value().get();
    }

    // RED normalization codes: 0 batch, 1 instance, 2 adaptive instance, 3 none, 4 group.
    // AdaIN wins over the instance norms an AdaIN generator may use in its encoder.
    const int normCode = adain ? 2 : batch ? 0 : group ? 4 : instance ? 1 : 3;
    return {double(layers), double(conv), double(linear), double(pooling), double(norm), double(filters),
            double(blocks.size()), double(layersPerBlock), double(parameters), double(normCode),
            double(activationCode(outputActivation, false)), double(activationCode(lastBlockActivation, true)),
            deconv ? 1.0 : 0.0, skip ? 1.0 : 0.0, down ? 1.0 : 0.0};
}

std::vector<int> LabelIntrospector::lossRow(const QStringList &losses)
{
    const QStringList order = {QStringLiteral("l1"), QStringLiteral("l2"), QStringLiteral("mse"), QStringLiteral("mmd"),
                               QStringLiteral("ls"), QStringLiteral("wgan"), QStringLiteral("kl"),
                               QStringLiteral("adversarial"), QStringLiteral("hinge"), QStringLiteral("ce")};
    std::vector<int> row;
    for (const QString &loss : order)
        row.push_back(losses.contains(loss) ? 1 : 0);
    return row;
}

} // namespace lgpn::zoo
