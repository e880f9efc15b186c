#include "ModelFactory.h"

#include "bundle/ModelBundle.h"

namespace lgpn::cli {

LgpnModel untrainedModel(const QString &config, const QString &head, const HyperparameterSchema &schema)
{
    const LgpnOptions options = LgpnOptions::byName(config.toStdString()).head(headKindFromString(head.toStdString()));
    const std::vector<float> noEdges(size_t(schema.nodeCount()) * size_t(schema.nodeCount()), 0.0f);
    return LgpnModel(options, makeGraphSpec(schema, noEdges));
}

} // namespace lgpn::cli
