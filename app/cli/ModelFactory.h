#pragma once

#include "LgpnModel.h"
#include "schema/HyperparameterSchema.h"

#include <QString>

namespace lgpn::cli {

// An untrained model of a named configuration on a schema, with an empty prior graph: enough
// for shapes, parameter counts, GFLOPs and speed, which do not depend on the weights.
LgpnModel untrainedModel(const QString &config, const QString &head, const HyperparameterSchema &schema);

} // namespace lgpn::cli
