#include "ModelCopy.h"

#include <sstream>

namespace lgpn {

LgpnModel ModelCopy::of(const LgpnModel &model)
{
    // LgpnModel is not a Cloneable module; a save/load round trip copies it.
    std::stringstream stream;
    torch::save(model, stream);
    LgpnModel copy(model->options(), model->spec());
    torch::load(copy, stream);
    return copy;
}

} // namespace lgpn
