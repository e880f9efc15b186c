// A bundle's manifest.json as ModelBundle::load reads it: a JSON object, then BundleManifest and
// its per-node reliability, checked against the schema the bundle carries.
#include "FuzzTarget.h"

#include "bundle/BundleManifest.h"
#include "schema/HyperparameterSchema.h"

#include <QJsonDocument>

#include <stdexcept>

using namespace lgpn;

LGPN_FUZZ_TARGET(bundle_manifest)
{
    static const HyperparameterSchema schema = HyperparameterSchema::red140();
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject())
        return;
    try {
        const BundleManifest manifest = BundleManifest::fromJson(document.object());
        manifest.nodeReliability.requireNodesOf(schema);
        const BundleManifest again = BundleManifest::fromJson(manifest.toJson());
        fuzz::require(again.toJson() == manifest.toJson(), "a manifest written back reads the same");
    } catch (const std::invalid_argument &) {
    }
}
