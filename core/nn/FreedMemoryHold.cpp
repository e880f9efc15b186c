#include "FreedMemoryHold.h"

#include <malloc.h>

#include <climits>
#include <mutex>

namespace lgpn {

namespace {

std::mutex holdMutex;
int holdCount = 0;

// glibc's documented defaults (mallopt(3)). Setting them explicitly also turns off glibc's dynamic
// mmap threshold, which could not help here: it never rises above 32 MB.
constexpr int defaultMmapMax = 65536;
constexpr int defaultTrimThreshold = 128 * 1024;

} // namespace

FreedMemoryHold::FreedMemoryHold()
{
    std::lock_guard lock(holdMutex);
    if (holdCount++ > 0)
        return;
#ifdef __GLIBC__
    mallopt(M_MMAP_MAX, 0);              // large blocks from the heap, where freed ones are reused
    mallopt(M_TRIM_THRESHOLD, INT_MAX);  // and the heap's free top is not given back between passes
#endif
}

FreedMemoryHold::~FreedMemoryHold()
{
    std::lock_guard lock(holdMutex);
    if (--holdCount > 0)
        return;
#ifdef __GLIBC__
    mallopt(M_MMAP_MAX, defaultMmapMax);
    mallopt(M_TRIM_THRESHOLD, defaultTrimThreshold);
    malloc_trim(0);
#endif
}

bool FreedMemoryHold::active()
{
    std::lock_guard lock(holdMutex);
    return holdCount > 0;
}

} // namespace lgpn
