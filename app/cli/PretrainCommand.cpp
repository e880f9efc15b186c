// lgpn pretrain --data DIR --out BUNDLE [--steps N] [--images-per-network M] [--network-steps K] [...]

#include "CliCommand.h"
#include "CommandParser.h"
#include "TrainingRecipeFlags.h"
#include "TrainingRunFlags.h"

#include "ModelRuntime.h"
#include "training/LgpnTrainer.h"

#include "ZooBuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace lgpn::cli {

namespace {

// The data set whose schema labels the networks: a finished zoo or RED-style data, or a zoo still
// being built (its design fixes the schema: the bin edges come from the GMs' introspected labels).
TrainingDataset openForSchema(const QString &directory)
{
    const QString manifestPath = QDir(directory).filePath(zoo::ZooBuilder::kManifestFile);
    QFile file(manifestPath);
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject options = manifest.value(u"options").toObject();
        if (!manifest.value(u"complete").toBool() && options.value(u"design").toInt() == 2)
            return TrainingDataset::schemaOnly(directory, zoo::ZooDesign::make(options.value(u"gms").toInt(),
                                                                               quint32(options.value(u"seed").toInteger()),
                                                                               options.value(u"quick").toBool())
                                                              .schema);
    }
    return TrainingDataset::open(directory);
}

} // namespace

int runPretrainCommand(const QStringList &arguments)
{
    CommandParser parser(arguments.first(),
                         QStringLiteral("Pre-trains LGPN on synthetic traces: a stream of freshly drawn, freshly initialised generator "
                                        "networks of the zoo's design space applied to real images, labelled by introspection with "
                                        "the loss nodes masked, so that no generator is seen twice. Only the schema of --data is "
                                        "used (a zoo still being built will do). Start `lgpn train --init BUNDLE` (or `lgpn protocol --pretrained BUNDLE`) from the "
                                        "result. Resumable: run the same command again after a stop."),
                         false);
    const QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("A zoo folder (its schema's bin edges label the networks)."),
                                        QStringLiteral("dir"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("The bundle to write (.lgpn)."), QStringLiteral("bundle"));
    const QCommandLineOption stepsOption(QStringLiteral("steps"), QStringLiteral("Training steps (default 3000)."), QStringLiteral("N"));
    const QCommandLineOption perNetworkOption(QStringLiteral("images-per-network"),
                                              QStringLiteral("Images each synthetic network makes (default 8)."), QStringLiteral("M"));
    const QCommandLineOption networkStepsOption(QStringLiteral("network-steps"),
                                                QStringLiteral("Reconstruction steps per synthetic network before it makes its images "
                                                               "(default 0: fresh weights)."),
                                                QStringLiteral("K"));
    parser.addOptions({dataOption, outOption, stepsOption, perNetworkOption, networkStepsOption});
    const TrainingRunFlags run;
    run.addTo(parser);
    const TrainingRecipeFlags recipe;
    recipe.addTo(parser);
    int exitCode = ExitSuccess;
    if (!parser.parseArguments(arguments, exitCode))
        return exitCode;
    if (!parser.isSet(dataOption) || !parser.isSet(outOption))
        return parser.fail(QStringLiteral("--data DIR and --out BUNDLE are required"));
    TrainingOptions options;
    options.outPath = parser.value(outOption);
    options.epochs = 1;
    int threads = 0;
    if (const QString wrong = run.read(parser, options, threads); !wrong.isEmpty())
        return parser.fail(wrong);
    if (!parser.integer(stepsOption, 3000, 1, 100000000, options.syntheticSteps))
        return parser.fail(QStringLiteral("--steps must be a positive integer"));
    if (!parser.integer(perNetworkOption, 8, 1, 4096, options.imagesPerNetwork))
        return parser.fail(QStringLiteral("--images-per-network must be an integer from 1 to 4096"));
    if (!parser.integer(networkStepsOption, 0, 0, 10000, options.networkTrainingSteps))
        return parser.fail(QStringLiteral("--network-steps must be a non-negative integer"));
    if (const QString wrong = recipe.read(parser, options); !wrong.isEmpty())
        return parser.fail(wrong);
    options.command = QCoreApplication::arguments().join(u' ');

    return parser.guarded([&] {
        configureThreads(threads);
        const TrainingDataset dataset = openForSchema(parser.value(dataOption));
        const bool finished = LgpnTrainer(options, dataset).run([](const QString &line) { printError(QStringLiteral("lgpn pretrain"), line); });
        if (!finished)
            printError(QStringLiteral("lgpn pretrain"), QStringLiteral("stopped at a checkpoint; run the same command to resume"));
        return int(ExitSuccess);
    });
}

namespace {
const CliCommandRegistration registration({QStringLiteral("pretrain"),
    QStringLiteral("Pre-train LGPN on synthetic traces (fresh generator networks, never one twice), resumable."), runPretrainCommand});
}

} // namespace lgpn::cli
