#include "BundleManifest.h"

#include <QJsonValue>

#include <stdexcept>

namespace lgpn {

QJsonObject BundleManifest::toJson() const
{
    return {{QStringLiteral("modelId"), modelId},
            {QStringLiteral("description"), description},
            {QStringLiteral("trainingData"), trainingData},
            {QStringLiteral("command"), command},
            {QStringLiteral("metrics"), metrics},
            {QStringLiteral("nodeReliability"), nodeReliability.toJson()},
            {QStringLiteral("created"), created},
            {QStringLiteral("toolVersion"), toolVersion},
            {QStringLiteral("sha256"), sectionHashes}};
}

BundleManifest BundleManifest::fromJson(const QJsonObject &object)
{
    BundleManifest manifest;
    manifest.modelId = object.value(u"modelId").toString();
    manifest.description = object.value(u"description").toString();
    manifest.trainingData = object.value(u"trainingData").toString();
    manifest.command = object.value(u"command").toString();
    manifest.metrics = object.value(u"metrics").toObject();
    const QJsonValue reliability = object.value(u"nodeReliability");
    if (!reliability.isUndefined() && !reliability.isNull() && !reliability.isObject())
        throw std::invalid_argument("\"nodeReliability\" is not an object");
    manifest.nodeReliability = NodeReliability::fromJson(reliability.toObject());
    manifest.created = object.value(u"created").toString();
    manifest.toolVersion = object.value(u"toolVersion").toString();
    manifest.sectionHashes = object.value(u"sha256").toObject();
    return manifest;
}

} // namespace lgpn
