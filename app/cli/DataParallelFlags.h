#pragma once

#include "CommandParser.h"
#include "training/DataParallelGroup.h"

namespace lgpn::cli {

// `lgpn train`'s data-parallel flags: --nproc N starts N local ranks (RankLauncher); --rank,
// --world-size and --master join one rank of a run across machines.
class DataParallelFlags
{
public:
    void addTo(CommandParser &parser) const;
    // Reads the flags into `options` and `localRanks` (0: no --nproc); an empty string, or what is wrong.
    QString read(const CommandParser &parser, DataParallelOptions &options, int &localRanks) const;
    // The arguments without --nproc and its value: what each local rank is started with.
    static QStringList withoutLocalRanks(const QStringList &arguments);

private:
    QCommandLineOption m_nproc{QStringLiteral("nproc"), QStringLiteral("Data-parallel: start N ranks on this machine (with --threads each)."),
                               QStringLiteral("N")};
    QCommandLineOption m_rank{QStringLiteral("rank"), QStringLiteral("Data-parallel across machines: this process's rank, 0 to W-1 (0 writes the files)."),
                              QStringLiteral("R")};
    QCommandLineOption m_worldSize{QStringLiteral("world-size"), QStringLiteral("Data-parallel across machines: the number of ranks."),
                                   QStringLiteral("W")};
    QCommandLineOption m_master{QStringLiteral("master"), QStringLiteral("Data-parallel across machines: rank 0's HOST:PORT (default 127.0.0.1:29500)."),
                                QStringLiteral("host:port")};
    QCommandLineOption m_timeout{QStringLiteral("rank-timeout"),
                                 QStringLiteral("Data-parallel: seconds any rank waits for the others before it stops (default 300)."),
                                 QStringLiteral("s")};
};

} // namespace lgpn::cli
