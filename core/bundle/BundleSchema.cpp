#include "BundleSchema.h"

#include "BundleArchive.h"

namespace lgpn {

HyperparameterSchema BundleSchema::read(const QString &bundlePath)
{
    // The section ModelBundle reads its schema from.
    const BundleArchive archive = BundleArchive::load(bundlePath);
    return HyperparameterSchema::fromJson(archive.section(QStringLiteral("schema.json"), bundlePath), bundlePath + u" (schema)");
}

} // namespace lgpn
