#include "GmSpec.h"

#include <QJsonArray>

#include <random>
#include <stdexcept>

namespace lgpn::zoo {

namespace {

template <typename T>
const T &pick(std::mt19937 &random, const std::vector<T> &choices)
{
    return choices[random() % choices.size()];
}

} // namespace

bool GmSpec::unitRange() const
{
    return lastLayer == u"sigmoid" || lastLayer == u"relu" || lastLayer == u"silu";
}

QJsonObject GmSpec::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("family"), family},
            {QStringLiteral("seed"), qint64(seed)},
            {QStringLiteral("dataset"), dataset},
            {QStringLiteral("resolution"), resolution},
            {QStringLiteral("channels"), channels},
            {QStringLiteral("latentDim"), latentDim},
            {QStringLiteral("baseFilters"), baseFilters},
            {QStringLiteral("blocks"), blocks},
            {QStringLiteral("layersPerBlock"), layersPerBlock},
            {QStringLiteral("fcLayers"), fcLayers},
            {QStringLiteral("normalization"), normalization},
            {QStringLiteral("upsampling"), upsampling},
            {QStringLiteral("skip"), skip},
            {QStringLiteral("downsampling"), downsampling},
            {QStringLiteral("poolingLevels"), poolingLevels},
            {QStringLiteral("lastLayer"), lastLayer},
            {QStringLiteral("lastBlock"), lastBlock},
            {QStringLiteral("losses"), QJsonArray::fromStringList(losses)},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("batch"), batch}};
}

GmSpec GmSpec::fromJson(const QJsonObject &object)
{
    GmSpec spec;
    auto text = [&](const char *key) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isString())
            throw std::invalid_argument(std::string("GM spec: \"") + key + "\" must be a string");
        return value.toString();
    };
    auto integer = [&](const char *key) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isDouble())
            throw std::invalid_argument(std::string("GM spec: \"") + key + "\" must be a number");
        return value.toInt();
    };
    spec.name = text("name");
    spec.family = text("family");
    spec.seed = quint32(object.value(u"seed").toInteger());
    spec.dataset = text("dataset");
    spec.resolution = integer("resolution");
    spec.channels = integer("channels");
    spec.latentDim = integer("latentDim");
    spec.baseFilters = integer("baseFilters");
    spec.blocks = integer("blocks");
    spec.layersPerBlock = integer("layersPerBlock");
    spec.fcLayers = integer("fcLayers");
    spec.normalization = text("normalization");
    spec.upsampling = text("upsampling");
    spec.skip = object.value(u"skip").toBool();
    spec.downsampling = object.value(u"downsampling").toBool();
    spec.poolingLevels = object.value(u"poolingLevels").toInt();
    spec.lastLayer = text("lastLayer");
    spec.lastBlock = text("lastBlock");
    for (const QJsonValue loss : object.value(u"losses").toArray())
        spec.losses.append(loss.toString());
    spec.steps = integer("steps");
    spec.batch = integer("batch");
    return spec;
}

const QStringList GmSpec::kFamilies = {QStringLiteral("gan"), QStringLiteral("vae"), QStringLiteral("aae"),
                                       QStringLiteral("diffusion")};

GmSpec GmSpec::sample(int index, quint32 seed, bool quick)
{
    std::mt19937 random(seed * 7919u + quint32(index) * 104729u + 17u);
    const int round = index / int(kFamilies.size()); // how many GMs of this family came before
    GmSpec spec;
    spec.family = kFamilies[index % kFamilies.size()];
    spec.seed = quint32(random());
    spec.dataset = round % 2 == 0 ? QStringLiteral("fmnist") : QStringLiteral("photo");
    spec.channels = spec.dataset == u"fmnist" ? 1 : 3;
    spec.resolution = spec.dataset == u"photo" && round % 4 == 3 ? 64 : 32;
    const int upBlocks = spec.resolution == 64 ? 4 : 3;
    spec.latentDim = pick(random, std::vector<int>{16, 32, 64, 100});
    // Full-resolution layers dominate a GM's cost: at 64x64 keep them narrow.
    spec.baseFilters = spec.resolution == 64 ? pick(random, std::vector<int>{8, 12, 16})
                                             : pick(random, std::vector<int>{8, 12, 16, 24, 32});
    spec.blocks = upBlocks + int(random() % 3);
    spec.layersPerBlock = 1 + int(random() % 3);
    spec.fcLayers = 1 + int(random() % 3);
    const std::vector<QString> norms = {QStringLiteral("batch"), QStringLiteral("instance"), QStringLiteral("adain"),
                                        QStringLiteral("group"), QStringLiteral("none")};
    const std::vector<QString> lastLayers = {QStringLiteral("tanh"), QStringLiteral("sigmoid"), QStringLiteral("relu"),
                                             QStringLiteral("leaky_relu"), QStringLiteral("silu"), QStringLiteral("none")};
    const std::vector<QString> lastBlocks = {QStringLiteral("elu"), QStringLiteral("relu"), QStringLiteral("leaky_relu"),
                                             QStringLiteral("sigmoid"), QStringLiteral("silu")};
    // Each attribute steps through its values round by round, offset by family, so that every
    // family meets every value (no family owns a node) and each round meets several.
    const int family = index % int(kFamilies.size());
    spec.normalization = norms[size_t(round + 3 * family) % norms.size()];
    spec.lastLayer = lastLayers[size_t(round + family) % lastLayers.size()];
    spec.lastBlock = lastBlocks[size_t(round + 2 * family) % lastBlocks.size()];
    spec.upsampling = (round + family) % 2 == 0 ? QStringLiteral("nearest") : QStringLiteral("deconv");
    spec.skip = (round / 2 + family) % 2 == 0;

    const std::vector<QString> reconstruction = {QStringLiteral("l1"), QStringLiteral("l2"), QStringLiteral("mse")};
    const std::vector<QString> adversarial = {QStringLiteral("adversarial"), QStringLiteral("ls"), QStringLiteral("wgan"),
                                              QStringLiteral("hinge")};
    const QString recon = reconstruction[size_t(round) % 3];
    if (spec.family == u"gan") {
        spec.downsampling = round % 3 == 1; // a generator fed with a noise map, which it encodes first
        spec.losses = {adversarial[size_t(round) % 4]};
        if (spec.dataset == u"fmnist" && round % 4 == 0)
            spec.losses.append(QStringLiteral("ce")); // AC-GAN
        if (round % 3 == 2)
            spec.losses.append(QStringLiteral("mmd"));
        if (round % 5 == 3)
            spec.losses.append(QStringLiteral("l1")); // feature matching
    } else if (spec.family == u"vae") {
        spec.losses = {QStringLiteral("kl"), recon};
        if (spec.dataset == u"fmnist" && round % 4 == 2)
            spec.losses.append(QStringLiteral("ce")); // a classifier on the latent mean
        if (round % 3 == 1) // VAE-GAN
            spec.losses.append(adversarial[size_t(round / 3) % 4 == 2 ? 3 : size_t(round / 3) % 4]);
    } else if (spec.family == u"aae") {
        spec.losses = {recon, round % 2 == 0 ? QStringLiteral("mmd") : QStringLiteral("kl"), adversarial[size_t(round + 1) % 4]};
    } else { // diffusion: a U-Net denoiser predicting the clean image
        spec.downsampling = true;
        spec.fcLayers = 1 + int(random() % 2);
        spec.losses = {reconstruction[size_t(round + 1) % 3]};
        if (spec.dataset == u"fmnist" && round % 4 == 0)
            spec.losses.append(QStringLiteral("ce")); // an auxiliary classifier on the denoised image
    }
    if (spec.downsampling)
        spec.poolingLevels = int(random() % unsigned(upBlocks + 1));
    // AAEs (three networks) and diffusion models (an encoder too, and ten sampling passes) cost
    // two to three times a GAN step: fewer steps keep the default zoo within the hour.
    const int fullSteps = spec.family == u"aae" ? 200 : spec.family == u"diffusion" ? 160 : 320;
    spec.steps = quick ? 6 : (spec.resolution == 64 ? fullSteps * 2 / 3 : fullSteps);
    spec.batch = quick ? 8 : 32;
    return spec;
}

} // namespace lgpn::zoo
