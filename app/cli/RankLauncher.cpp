#include "RankLauncher.h"

#include "CliCommand.h"

#include "training/DataParallelGroup.h"

#include <QCoreApplication>
#include <QProcess>

#include <cstdio>
#include <memory>
#include <vector>

namespace lgpn::cli {

namespace {

// One started rank and the part of a line of its output not yet printed.
struct StartedRank
{
    std::unique_ptr<QProcess> process;
    QByteArray pending;
    bool done = false;
};

void forwardLines(StartedRank &rank, int index, bool flushAll)
{
    rank.pending += rank.process->readAll();
    int end;
    while ((end = rank.pending.indexOf('\n')) >= 0 || (flushAll && !rank.pending.isEmpty())) {
        const QByteArray line = end >= 0 ? rank.pending.left(end) : rank.pending;
        rank.pending.remove(0, end >= 0 ? end + 1 : rank.pending.size());
        std::fprintf(stderr, "[rank %d] %s\n", index, line.constData());
    }
    std::fflush(stderr);
}

} // namespace

RankLauncher::RankLauncher(QStringList arguments, int ranks)
    : m_arguments(std::move(arguments))
    , m_ranks(ranks)
{
}

int RankLauncher::run()
{
    const QString master = QStringLiteral("127.0.0.1:%1").arg(DataParallelGroup::freeLoopbackPort());
    std::vector<StartedRank> ranks(static_cast<size_t>(m_ranks));
    for (int r = 0; r < m_ranks; ++r) {
        StartedRank &rank = ranks[size_t(r)];
        rank.process = std::make_unique<QProcess>();
        rank.process->setProcessChannelMode(QProcess::MergedChannels);
        rank.process->start(QCoreApplication::applicationFilePath(),
                            m_arguments + QStringList{QStringLiteral("--rank"), QString::number(r), QStringLiteral("--world-size"),
                                                      QString::number(m_ranks), QStringLiteral("--master"), master});
    }
    int running = m_ranks;
    int exitCode = ExitSuccess;
    while (running > 0) {
        for (int r = 0; r < m_ranks; ++r) {
            StartedRank &rank = ranks[size_t(r)];
            if (rank.done)
                continue;
            rank.process->waitForFinished(20);
            forwardLines(rank, r, false);
            if (rank.process->state() != QProcess::NotRunning)
                continue;
            forwardLines(rank, r, true);
            rank.done = true;
            --running;
            const bool failed = rank.process->exitStatus() != QProcess::NormalExit || rank.process->exitCode() != ExitSuccess;
            if (!failed || exitCode != ExitSuccess)
                continue;
            exitCode = rank.process->exitStatus() == QProcess::NormalExit ? rank.process->exitCode() : int(ExitCannotRun);
            printError(QStringLiteral("lgpn train"), QStringLiteral("rank %1 of %2 failed (%3); stopping the other ranks")
                                                         .arg(r).arg(m_ranks)
                                                         .arg(rank.process->exitStatus() == QProcess::NormalExit
                                                                  ? QStringLiteral("exit code %1").arg(rank.process->exitCode())
                                                                  : QStringLiteral("crashed")));
            for (StartedRank &other : ranks) {
                if (!other.done)
                    other.process->kill();
            }
        }
    }
    return exitCode;
}

} // namespace lgpn::cli
