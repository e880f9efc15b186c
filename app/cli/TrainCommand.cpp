// lgpn train --data DIR --out BUNDLE [--config compact|paper] [--head lgpn|mlp|gcn] [--fold 1..4|all]
//            [--epochs E] [--batch B] [--device auto|cpu|cuda] [--seed S]

#include "CliCommand.h"
#include "CommandParser.h"
#include "TrainingRecipeFlags.h"

#include "ModelRuntime.h"
#include "training/LgpnTrainer.h"
#include "training/TrainingDataset.h"

#include <QCoreApplication>

namespace lgpn::cli {

int runTrainCommand(const QStringList &arguments)
{
    CommandParser parser(arguments.first(),
                         QStringLiteral("Trains LGPN (or a baseline head) on a zoo or on RED-style data and writes a model "
                                        "bundle. Resumable: run the same command again after a stop."),
                         false);
    const QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("A zoo folder or RED-style data."), QStringLiteral("dir"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("The model bundle to write (.lgpn)."), QStringLiteral("bundle"));
    const QCommandLineOption configOption(QStringLiteral("config"), QStringLiteral("compact (default) or paper."), QStringLiteral("name"),
                                          QStringLiteral("compact"));
    const QCommandLineOption headOption(QStringLiteral("head"), QStringLiteral("lgpn (default), mlp or gcn."), QStringLiteral("head"),
                                        QStringLiteral("lgpn"));
    const QCommandLineOption foldOption(QStringLiteral("fold"), QStringLiteral("Test set held out, 1 to 4, or all (default: all)."),
                                        QStringLiteral("k"), QStringLiteral("all"));
    const QCommandLineOption epochsOption(QStringLiteral("epochs"), QStringLiteral("Epochs over the generated images (default 3)."),
                                          QStringLiteral("E"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("Batch size (default 64)."), QStringLiteral("B"));
    const QCommandLineOption deviceOption(QStringLiteral("device"), QStringLiteral("auto (default), cpu or cuda."),
                                          QStringLiteral("device"), QStringLiteral("auto"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed (default 1)."), QStringLiteral("S"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"), QStringLiteral("CPU threads (default: all cores)."), QStringLiteral("T"));
    QCommandLineOption stopOption(QStringLiteral("stop-after-steps"), QStringLiteral("Tests: stop after N steps, as if killed."),
                                  QStringLiteral("N"));
    stopOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption initOption(QStringLiteral("init"),
                                        QStringLiteral("Start from the weights of this bundle (same configuration), e.g. `lgpn pretrain`'s."),
                                        QStringLiteral("bundle"));
    const QCommandLineOption reliabilityOption(QStringLiteral("reliability"),
                                               QStringLiteral("An `lgpn protocol` JSON table: the bundle carries its per-node held-out AUC."),
                                               QStringLiteral("table"));
    const QCommandLineOption reliabilityHeadOption(QStringLiteral("reliability-head"),
                                                   QStringLiteral("The head of that table (default: lgpn-pretrained with --init, else --head)."),
                                                   QStringLiteral("head"));
    parser.addOptions({dataOption, outOption, configOption, headOption, foldOption, epochsOption, batchOption, deviceOption,
                       seedOption, threadsOption, stopOption, initOption, reliabilityOption, reliabilityHeadOption});
    const TrainingRecipeFlags recipe;
    recipe.addTo(parser);
    int exitCode = ExitSuccess;
    if (!parser.parseArguments(arguments, exitCode))
        return exitCode;
    if (!parser.isSet(dataOption) || !parser.isSet(outOption))
        return parser.fail(QStringLiteral("--data DIR and --out BUNDLE are required"));
    TrainingOptions options;
    options.outPath = parser.value(outOption);
    options.config = parser.value(configOption);
    options.head = parser.value(headOption);
    options.device = parser.value(deviceOption);
    if (parser.value(foldOption) == u"all") {
        options.fold = 0;
    } else if (!parser.integer(foldOption, 0, 1, 4, options.fold)) {
        return parser.fail(QStringLiteral("--fold must be 1, 2, 3, 4 or all"));
    }
    if (!parser.integer(epochsOption, 3, 1, 100000, options.epochs))
        return parser.fail(QStringLiteral("--epochs must be a positive integer"));
    if (!parser.integer(batchOption, 64, 2, 65536, options.batch))
        return parser.fail(QStringLiteral("--batch must be an integer of at least 2"));
    int seed = 1;
    if (!parser.integer(seedOption, 1, 0, 2147483647, seed))
        return parser.fail(QStringLiteral("--seed must be a non-negative integer"));
    options.seed = quint64(seed);
    int threads = 0;
    if (!parser.integer(threadsOption, 0, 1, 4096, threads))
        return parser.fail(QStringLiteral("--threads must be a positive integer"));
    if (!parser.integer(stopOption, -1, 1, 2147483647, options.stopAfterSteps))
        return parser.fail(QStringLiteral("--stop-after-steps must be a positive integer"));
    if (const QString wrong = recipe.read(parser, options); !wrong.isEmpty())
        return parser.fail(wrong);
    options.initFrom = parser.value(initOption);
    options.reliabilityTable = parser.value(reliabilityOption);
    options.reliabilityHead = parser.isSet(reliabilityHeadOption) ? parser.value(reliabilityHeadOption)
                              : options.initFrom.isEmpty()        ? options.head
                                                                  : QStringLiteral("lgpn-pretrained");
    options.command = QCoreApplication::arguments().join(u' ');

    return parser.guarded([&] {
        configureThreads(threads);
        const TrainingDataset dataset = TrainingDataset::open(parser.value(dataOption));
        LgpnTrainer trainer(options, dataset);
        const bool finished = trainer.run([](const QString &line) { printError(QStringLiteral("lgpn train"), line); });
        if (!finished)
            printError(QStringLiteral("lgpn train"), QStringLiteral("stopped at a checkpoint; run the same command to resume"));
        return int(ExitSuccess);
    });
}

namespace {
const CliCommandRegistration registration({QStringLiteral("train"),
    QStringLiteral("Train LGPN or a baseline on a zoo or RED-style data, resumable, into a model bundle."), runTrainCommand});
}

} // namespace lgpn::cli
