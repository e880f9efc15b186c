#include "FuzzTargetRegistry.h"

namespace lgpn::fuzz {

bool FuzzTargetRegistry::add(const char *name, FuzzBody body)
{
    targets()[name] = body;
    return true;
}

const std::map<std::string, FuzzBody> &FuzzTargetRegistry::all()
{
    return targets();
}

std::map<std::string, FuzzBody> &FuzzTargetRegistry::targets()
{
    // A function-local static: the harnesses register from their own static initialisers, whose
    // order against a namespace-scope map would be unspecified.
    static std::map<std::string, FuzzBody> map;
    return map;
}

} // namespace lgpn::fuzz
