#include "FreeCoreFollower.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>
#include <string>

namespace lgpn {

namespace {

// The first line of /proc/stat: "cpu user nice system idle iowait irq softirq steal guest guest_nice".
bool readMachineTimes(CpuTimes &times)
{
    std::ifstream stat("/proc/stat");
    std::string label;
    if (!(stat >> label) || label != "cpu")
        return false;
    uint64_t value = 0;
    for (int field = 0; field < 8 && stat >> value; ++field) { // guest time is already in user time
        times.total += value;
        if (field == 3 || field == 4)
            times.idle += value;
    }
    return times.total > 0;
}

// Fields 14 and 15 of /proc/self/stat (utime, stime), after the command name in parentheses.
bool readOwnTimes(CpuTimes &times)
{
    std::ifstream stat("/proc/self/stat");
    std::string line;
    if (!std::getline(stat, line))
        return false;
    const size_t nameEnd = line.rfind(')');
    if (nameEnd == std::string::npos)
        return false;
    std::istringstream fields(line.substr(nameEnd + 2));
    std::string field;
    for (int index = 3; index <= 13 && fields >> field; ++index) {
    }
    uint64_t user = 0, system = 0;
    if (!(fields >> user >> system))
        return false;
    times.self = user + system;
    return true;
}

} // namespace

CpuTimes CpuTimes::now()
{
    CpuTimes times;
    times.valid = readMachineTimes(times) && readOwnTimes(times);
    return times;
}

FreeCoreFollower::FreeCoreFollower(int cores, std::chrono::milliseconds interval)
    : m_cores(std::max(1, cores))
    , m_threads(std::max(1, torch::get_num_threads()))
    , m_interval(interval)
    , m_last(std::chrono::steady_clock::now())
    , m_times(CpuTimes::now())
{
}

int FreeCoreFollower::follow()
{
    const auto now = std::chrono::steady_clock::now();
    if (now - m_last < m_interval)
        return m_threads;
    const CpuTimes times = CpuTimes::now();
    if (times.valid && m_times.valid) {
        const int threads = threadsBeside(othersBusyCores(m_times, times, m_cores), m_cores);
        if (threads != m_threads) {
            torch::set_num_threads(threads);
            m_threads = threads;
        }
    }
    m_times = times;
    m_last = now;
    return m_threads;
}

double FreeCoreFollower::othersBusyCores(const CpuTimes &before, const CpuTimes &after, int cores)
{
    if (!before.valid || !after.valid || after.total <= before.total)
        return 0;
    const double elapsed = double(after.total - before.total) / std::max(1, cores); // ticks of one core
    const double busy = double(after.total - after.idle) - double(before.total - before.idle);
    const double own = double(after.self) - double(before.self);
    return std::clamp((busy - own) / elapsed, 0.0, double(cores));
}

int FreeCoreFollower::threadsBeside(double othersBusyCores, int cores)
{
    return std::clamp(int(std::lround(double(cores) - othersBusyCores)), 1, std::max(1, cores));
}

} // namespace lgpn
