#pragma once

#include "schema/HyperparameterSchema.h"

#include <QString>

namespace lgpn {

// The schema a model bundle predicts (with its own bin edges and value ranges), read from the
// bundle's container without loading the model: what a reopened case is read against, in a
// program that need not start LibTorch for it.
class BundleSchema
{
public:
    // Throws InputError naming the bundle when it cannot be read or holds no valid schema.
    static HyperparameterSchema read(const QString &bundlePath);
};

} // namespace lgpn
