#pragma once

#include "FuzzTarget.h"

#include <map>
#include <string>

namespace lgpn::fuzz {

// The harnesses compiled into the replay test, by name (each registers itself at start-up).
class FuzzTargetRegistry
{
public:
    static bool add(const char *name, FuzzBody body);
    static const std::map<std::string, FuzzBody> &all();

private:
    static std::map<std::string, FuzzBody> &targets();
};

} // namespace lgpn::fuzz
