#pragma once

#include <chrono>
#include <cstdint>

namespace lgpn {

// The machine's and this process's CPU time so far, in clock ticks (Linux /proc/stat and
// /proc/self/stat); valid is false where they cannot be read.
struct CpuTimes
{
    uint64_t total = 0; // every core's time, idle included
    uint64_t idle = 0;  // idle and waiting for I/O
    uint64_t self = 0;  // this process's user and system time
    bool valid = false;

    static CpuTimes now();
};

// Keeps LibTorch's thread count at the cores other processes leave free (at least one). Beside
// another process that keeps the cores busy, a second OpenMP thread only spins against it:
// measured here, two `lgpn bench --batch 8` at once ran at 148 images/s each with 2 threads and
// 602-656 with 1, against 610 for one alone with 2. Alone, it keeps every core. Used by analysis
// when no thread count is given; training keeps its fixed count, so that runs stay reproducible.
class FreeCoreFollower
{
public:
    explicit FreeCoreFollower(int cores, std::chrono::milliseconds interval = std::chrono::milliseconds(1000));

    // Between batches: at most once an interval, measures what others used since the last time and
    // sets the thread count. Returns the count in use.
    int follow();
    int threads() const { return m_threads; }

    // Cores that processes other than this one kept busy between two readings, in [0, cores].
    static double othersBusyCores(const CpuTimes &before, const CpuTimes &after, int cores);
    // The cores left over, rounded to the nearest, at least 1 and at most `cores`.
    static int threadsBeside(double othersBusyCores, int cores);

private:
    int m_cores;
    int m_threads;
    std::chrono::milliseconds m_interval;
    std::chrono::steady_clock::time_point m_last;
    CpuTimes m_times;
};

} // namespace lgpn
