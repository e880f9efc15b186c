#include "GmSpec.h"

#include <QJsonArray>

#include <stdexcept>

namespace lgpn::zoo {

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

} // namespace lgpn::zoo
