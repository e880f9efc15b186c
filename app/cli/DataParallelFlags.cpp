#include "DataParallelFlags.h"

namespace lgpn::cli {

void DataParallelFlags::addTo(CommandParser &parser) const
{
    parser.addOptions({m_nproc, m_rank, m_worldSize, m_master, m_timeout});
}

QString DataParallelFlags::read(const CommandParser &parser, DataParallelOptions &options, int &localRanks) const
{
    if (!parser.integer(m_nproc, 0, 1, 256, localRanks))
        return QStringLiteral("--nproc must be from 1 to 256");
    if (localRanks > 0 && (parser.isSet(m_rank) || parser.isSet(m_worldSize) || parser.isSet(m_master)))
        return QStringLiteral("--nproc starts its own ranks: give it without --rank, --world-size and --master");
    if (!parser.integer(m_worldSize, 1, 1, 4096, options.worldSize))
        return QStringLiteral("--world-size must be from 1 to 4096");
    if (!parser.integer(m_rank, 0, 0, options.worldSize - 1, options.rank))
        return QStringLiteral("--rank must be from 0 to --world-size - 1");
    if (parser.isSet(m_master) && !options.setMaster(parser.value(m_master)))
        return QStringLiteral("--master must be HOST:PORT");
    if (!parser.integer(m_timeout, 300, 1, 86400, options.timeoutSeconds))
        return QStringLiteral("--rank-timeout must be a positive number of seconds");
    return options.validate();
}

QStringList DataParallelFlags::withoutLocalRanks(const QStringList &arguments)
{
    QStringList kept;
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == u"--nproc" || arguments[i] == u"-nproc")
            ++i; // and its value
        else if (!arguments[i].startsWith(QStringLiteral("--nproc=")))
            kept << arguments[i];
    }
    return kept;
}

} // namespace lgpn::cli
