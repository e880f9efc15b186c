#include "TrainingRunFlags.h"

namespace lgpn::cli {

void TrainingRunFlags::addTo(CommandParser &parser) const
{
    QCommandLineOption stop = m_stop;
    stop.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({m_config, m_head, m_batch, m_device, m_seed, m_threads, stop});
}

QString TrainingRunFlags::read(const CommandParser &parser, TrainingOptions &options, int &threads) const
{
    options.config = parser.value(m_config);
    options.head = parser.value(m_head);
    options.device = parser.value(m_device);
    if (!parser.integer(m_batch, 64, 2, 65536, options.batch))
        return QStringLiteral("--batch must be an integer of at least 2");
    int seed = 1;
    if (!parser.integer(m_seed, 1, 0, 2147483647, seed))
        return QStringLiteral("--seed must be a non-negative integer");
    options.seed = quint64(seed);
    threads = 0;
    if (!parser.integer(m_threads, 0, 1, 4096, threads))
        return QStringLiteral("--threads must be a positive integer");
    if (!parser.integer(m_stop, -1, 1, 2147483647, options.stopAfterSteps))
        return QStringLiteral("--stop-after-steps must be a positive integer");
    return {};
}

} // namespace lgpn::cli
