#pragma once

#include "CommandParser.h"
#include "training/LgpnTrainer.h"

namespace lgpn::cli {

// The flags of a training run that `lgpn train` and `lgpn pretrain` share: model configuration
// and head, batch, device, seed, CPU threads, and the tests' --stop-after-steps.
class TrainingRunFlags
{
public:
    void addTo(CommandParser &parser) const;
    // Reads the flags into `options` and `threads`; an empty string, or what is wrong.
    QString read(const CommandParser &parser, TrainingOptions &options, int &threads) const;

private:
    QCommandLineOption m_config{QStringLiteral("config"), QStringLiteral("compact (default), paper-lite or paper (the authors' ResNet-50 GTC)."), QStringLiteral("name"),
                                QStringLiteral("compact")};
    QCommandLineOption m_head{QStringLiteral("head"), QStringLiteral("lgpn (default), mlp or gcn."), QStringLiteral("head"),
                              QStringLiteral("lgpn")};
    QCommandLineOption m_batch{QStringLiteral("batch"), QStringLiteral("Batch size (default 64)."), QStringLiteral("B")};
    QCommandLineOption m_device{QStringLiteral("device"), QStringLiteral("auto (default), cpu or cuda."), QStringLiteral("device"),
                                QStringLiteral("auto")};
    QCommandLineOption m_seed{QStringLiteral("seed"), QStringLiteral("Seed (default 1)."), QStringLiteral("S")};
    QCommandLineOption m_threads{QStringLiteral("threads"), QStringLiteral("CPU threads (default: all cores)."), QStringLiteral("T")};
    QCommandLineOption m_stop{QStringLiteral("stop-after-steps"), QStringLiteral("Tests: stop after N steps, as if killed."),
                              QStringLiteral("N")};
};

} // namespace lgpn::cli
