#include "FuzzTarget.h"

#include <cstdio>
#include <cstdlib>

namespace lgpn::fuzz {

void require(bool condition, const char *what)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz invariant failed: %s\n", what);
    std::abort();
}

} // namespace lgpn::fuzz
