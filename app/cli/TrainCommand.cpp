// lgpn train --data DIR --out BUNDLE [--config compact|paper] [--head lgpn|mlp|gcn] [--fold 1..4|all]
//            [--epochs E] [--batch B] [--device auto|cpu|cuda] [--seed S]
//            [--nproc N | --rank R --world-size W --master HOST:PORT]

#include "CliCommand.h"
#include "CommandParser.h"
#include "DataParallelFlags.h"
#include "RankLauncher.h"
#include "TrainingRecipeFlags.h"
#include "TrainingRunFlags.h"

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
    const QCommandLineOption foldOption(QStringLiteral("fold"), QStringLiteral("Test set held out, 1 to 4, or all (default: all)."),
                                        QStringLiteral("k"), QStringLiteral("all"));
    const QCommandLineOption epochsOption(QStringLiteral("epochs"), QStringLiteral("Epochs over the generated images (default 3)."),
                                          QStringLiteral("E"));
    const QCommandLineOption initOption(QStringLiteral("init"),
                                        QStringLiteral("Start from the weights of this bundle (same configuration), e.g. `lgpn pretrain`'s."),
                                        QStringLiteral("bundle"));
    const QCommandLineOption reliabilityOption(QStringLiteral("reliability"),
                                               QStringLiteral("An `lgpn protocol` JSON table: the bundle carries its per-node held-out AUC."),
                                               QStringLiteral("table"));
    const QCommandLineOption reliabilityHeadOption(QStringLiteral("reliability-head"),
                                                   QStringLiteral("The head of that table (default: lgpn-pretrained with --init, else --head)."),
                                                   QStringLiteral("head"));
    const QCommandLineOption excludeFamilyOption(
        QStringLiteral("exclude-family"),
        QStringLiteral("Train on no GM of this zoo family (gan, vae, aae, diffusion): `lgpn eval` then measures how well novelty finds it."),
        QStringLiteral("family"));
    parser.addOptions({dataOption, outOption, foldOption, epochsOption, initOption, reliabilityOption, reliabilityHeadOption,
                       excludeFamilyOption});
    const TrainingRunFlags run;
    run.addTo(parser);
    const TrainingRecipeFlags recipe;
    recipe.addTo(parser);
    const DataParallelFlags parallel;
    parallel.addTo(parser);
    int exitCode = ExitSuccess;
    if (!parser.parseArguments(arguments, exitCode))
        return exitCode;
    if (!parser.isSet(dataOption) || !parser.isSet(outOption))
        return parser.fail(QStringLiteral("--data DIR and --out BUNDLE are required"));
    TrainingOptions options;
    options.outPath = parser.value(outOption);
    int threads = 0;
    if (const QString wrong = run.read(parser, options, threads); !wrong.isEmpty())
        return parser.fail(wrong);
    if (parser.value(foldOption) == u"all") {
        options.fold = 0;
    } else if (!parser.integer(foldOption, 0, 1, 4, options.fold)) {
        return parser.fail(QStringLiteral("--fold must be 1, 2, 3, 4 or all"));
    }
    if (!parser.integer(epochsOption, 3, 1, 100000, options.epochs))
        return parser.fail(QStringLiteral("--epochs must be a positive integer"));
    if (const QString wrong = recipe.read(parser, options); !wrong.isEmpty())
        return parser.fail(wrong);
    options.initFrom = parser.value(initOption);
    options.excludedFamily = parser.value(excludeFamilyOption);
    options.reliabilityTable = parser.value(reliabilityOption);
    options.reliabilityHead = parser.isSet(reliabilityHeadOption) ? parser.value(reliabilityHeadOption)
                              : options.initFrom.isEmpty()        ? options.head
                                                                  : QStringLiteral("lgpn-pretrained");
    options.command = QCoreApplication::arguments().join(u' ');
    int localRanks = 0;
    if (const QString wrong = parallel.read(parser, options.parallel, localRanks); !wrong.isEmpty())
        return parser.fail(wrong);
    if (localRanks > 0)
        return RankLauncher(DataParallelFlags::withoutLocalRanks(QCoreApplication::arguments().mid(1)), localRanks).run();

    return parser.guarded([&] {
        configureThreads(threads);
        const TrainingDataset dataset = TrainingDataset::open(parser.value(dataOption));
        LgpnTrainer trainer(options, dataset);
        const bool isMain = options.parallel.rank == 0;
        const bool finished = trainer.run([isMain](const QString &line) {
            if (isMain) // the other ranks' progress is rank 0's
                printError(QStringLiteral("lgpn train"), line);
        });
        if (!finished && isMain)
            printError(QStringLiteral("lgpn train"), QStringLiteral("stopped at a checkpoint; run the same command to resume"));
        return int(ExitSuccess);
    });
}

namespace {
const CliCommandRegistration registration({QStringLiteral("train"),
    QStringLiteral("Train LGPN or a baseline on a zoo or RED-style data, resumable, into a model bundle."), runTrainCommand});
}

} // namespace lgpn::cli
