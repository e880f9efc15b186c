#pragma once

#include "LgpnModel.h"

namespace lgpn {

// A private copy of a bundle's model, for users that change it (folding batch norm rewrites
// weights) or run it on their own thread: the bundle's model must stay as trained.
class ModelCopy
{
public:
    static LgpnModel of(const LgpnModel &model);
};

} // namespace lgpn
