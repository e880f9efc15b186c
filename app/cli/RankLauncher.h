#pragma once

#include <QString>
#include <QStringList>

namespace lgpn::cli {

// `lgpn train --nproc N`: starts this executable N times as ranks 0..N-1 of one run over
// 127.0.0.1, forwards their output line by line prefixed "[rank R]", and waits for all. When
// one fails, it stops the others and says which failed. Returns the exit code of the run.
class RankLauncher
{
public:
    // `arguments`: the command line without the program and without --nproc.
    RankLauncher(QStringList arguments, int ranks);
    int run();

private:
    QStringList m_arguments;
    int m_ranks;
};

} // namespace lgpn::cli
