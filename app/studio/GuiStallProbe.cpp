#include "GuiStallProbe.h"

#include <algorithm>
#include <cstdio>

namespace lgpn {

GuiStallProbe::GuiStallProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(10);
    connect(&m_timer, &QTimer::timeout, this, [this] { m_longest = std::max(m_longest, m_sinceTick.restart()); });
}

void GuiStallProbe::start(const QString &phase)
{
    m_phase = phase;
    m_longest = 0;
    m_sinceTick.start();
    m_sincePhase.start();
    m_timer.start();
}

qint64 GuiStallProbe::beginPhase(const QString &next)
{
    // The gap up to now counts for the phase that ends.
    m_longest = std::max(m_longest, m_sinceTick.elapsed());
    const qint64 longest = m_longest;
    std::fprintf(stderr, "stall probe, %s (%.1f s): longest gap between the GUI thread's 10 ms timer ticks: %lld ms\n",
                 qPrintable(m_phase), double(m_sincePhase.elapsed()) / 1000.0, static_cast<long long>(longest));
    start(next);
    return longest;
}

} // namespace lgpn
