// lgpn zoo build --out DIR [--gms N] [--images-per-gm K] [--seed S] [--quick] [--jobs J] [--steps-scale K]
// lgpn zoo stats [DIR | --gms N --seed S [--quick]] [--json]

#include "CliCommand.h"
#include "CommandParser.h"

#include "ModelRuntime.h"
#include "ZooBuilder.h"
#include "ZooStatistics.h"
#include "common/InputError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace lgpn::cli {

namespace {

// The statistics a finished zoo wrote into its manifest, or those of the design a folder's (or
// the command line's) options will build.
QJsonObject zooStatistics(const QString &folder, int gms, quint32 seed, bool quick)
{
    if (!folder.isEmpty()) {
        const QString path = QDir(folder).filePath(zoo::ZooBuilder::kManifestFile);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw InputError(path, QStringLiteral("cannot read the zoo manifest: %1").arg(file.errorString()));
        QJsonParseError error;
        const QJsonObject manifest = QJsonDocument::fromJson(file.readAll(), &error).object();
        const QJsonObject options = manifest.value(u"options").toObject();
        if (error.error != QJsonParseError::NoError || !options.value(u"gms").isDouble())
            throw InputError(path, QStringLiteral("not a zoo manifest"));
        if (manifest.value(u"statistics").isObject())
            return manifest.value(u"statistics").toObject();
        if (options.value(u"design").toInt() != zoo::ZooBuilder::kDesignVersion)
            throw InputError(path, QStringLiteral("an unfinished zoo of design %1, without statistics: this program "
                                                  "computes those of design %2")
                                       .arg(options.value(u"design").toInt()).arg(zoo::ZooBuilder::kDesignVersion));
        // A zoo still being built: its design's statistics, and the cost of the GMs finished so far.
        QJsonArray records;
        const QDir gmFolder(QDir(folder).filePath(QStringLiteral("gms")));
        for (const QString &name : gmFolder.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            QFile record(gmFolder.filePath(name));
            if (record.open(QIODevice::ReadOnly))
                records.append(QJsonDocument::fromJson(record.readAll()).object());
        }
        QJsonObject statistics = zoo::ZooStatistics::compute(zoo::ZooDesign::make(options.value(u"gms").toInt(),
                                                                                  quint32(options.value(u"seed").toInteger()),
                                                                                  options.value(u"quick").toBool()));
        statistics.insert(QStringLiteral("cost"), zoo::ZooStatistics::cost(records));
        return statistics;
    }
    return zoo::ZooStatistics::compute(zoo::ZooDesign::make(gms, seed, quick));
}

} // namespace

int runZooCommand(const QStringList &arguments)
{
    CommandParser parser(arguments.first(),
                         QStringLiteral("lgpn zoo build: trains a zoo of small generative models on Fashion-MNIST and "
                                        "photo patches, samples their images and labels them from their own module "
                                        "trees. Resumable: run the same command again to continue."),
                         false);
    const zoo::ZooOptions defaults;
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Output folder."), QStringLiteral("dir"));
    const QCommandLineOption gmsOption(QStringLiteral("gms"), QStringLiteral("Number of GMs (default %1; 16 with --quick).").arg(defaults.gms), QStringLiteral("N"));
    const QCommandLineOption imagesOption(QStringLiteral("images-per-gm"), QStringLiteral("Images per GM (default %1; 40 with --quick).").arg(defaults.imagesPerGm),
                                          QStringLiteral("K"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed (default 1)."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption quickOption(QStringLiteral("quick"), QStringLiteral("A tiny zoo for tests: few GMs, few steps."));
    const QCommandLineOption jobsOption(QStringLiteral("jobs"),
                                        QStringLiteral("GMs trained at once, each in its own process on one core (default: the "
                                                       "number of cores); 1 trains one GM at a time on all cores."),
                                        QStringLiteral("J"));
    const QCommandLineOption stepsScaleOption(QStringLiteral("steps-scale"),
                                              QStringLiteral("Train every GM K times as many steps (default 1): an experiment on "
                                                             "what longer training leaves in the images; K times the cost."),
                                              QStringLiteral("K"));
    QCommandLineOption workerOption(QStringLiteral("worker"), QStringLiteral("Internal: run as worker I of --jobs."), QStringLiteral("I"));
    workerOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("stats: print the statistics as JSON."));
    parser.addOptions({outOption, gmsOption, imagesOption, seedOption, quickOption, jobsOption, stepsScaleOption, workerOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("build, or stats [DIR]: the design's factor associations, test-set coverage and "
                                                "counts, of a zoo folder or of the design --gms/--seed/--quick would build."));
    int exitCode = ExitSuccess;
    if (!parser.parseArguments(arguments, exitCode))
        return exitCode;
    const QStringList actions = parser.positionalArguments();
    if (!actions.isEmpty() && actions.first() == u"stats" && actions.size() <= 2) {
        int gms = 0;
        int seed = 1;
        const bool quick = parser.isSet(quickOption);
        if (!parser.integer(gmsOption, quick ? 16 : defaults.gms, 4, 10000, gms) || !parser.integer(seedOption, 1, 0, 2147483647, seed))
            return parser.fail(QStringLiteral("--gms and --seed must be integers"));
        return parser.guarded([&] {
            const QJsonObject statistics = zooStatistics(actions.value(1), gms, quint32(seed), quick);
            printOut(parser.isSet(jsonOption) ? QString::fromUtf8(QJsonDocument(statistics).toJson(QJsonDocument::Indented))
                                              : zoo::ZooStatistics::text(statistics));
            return int(ExitSuccess);
        });
    }
    if (actions != QStringList{QStringLiteral("build")})
        return parser.fail(QStringLiteral("usage: lgpn zoo build --out DIR [options] | lgpn zoo stats [DIR] (see --help)"));
    if (!parser.isSet(outOption))
        return parser.fail(QStringLiteral("--out DIR is required"));
    zoo::ZooOptions options;
    options.outDir = parser.value(outOption);
    options.quick = parser.isSet(quickOption);
    if (!parser.integer(gmsOption, options.quick ? 16 : options.gms, 4, 10000, options.gms))
        return parser.fail(QStringLiteral("--gms must be an integer from 4 to 10000"));
    if (!parser.integer(imagesOption, options.quick ? 40 : options.imagesPerGm, 1, 100000, options.imagesPerGm))
        return parser.fail(QStringLiteral("--images-per-gm must be a positive integer"));
    int seed = 1;
    if (!parser.integer(seedOption, 1, 0, 2147483647, seed))
        return parser.fail(QStringLiteral("--seed must be a non-negative integer"));
    options.seed = quint32(seed);
    if (!parser.integer(stepsScaleOption, 1, 1, 64, options.stepsScale))
        return parser.fail(QStringLiteral("--steps-scale must be an integer from 1 to 64"));
    if (!parser.integer(jobsOption, QThread::idealThreadCount(), 1, 1024, options.jobs))
        return parser.fail(QStringLiteral("--jobs must be a positive integer"));
    if (!parser.integer(workerOption, -1, 1, options.jobs - 1, options.workerIndex))
        return parser.fail(QStringLiteral("--worker must be from 1 to --jobs minus 1"));
    options.workerProgram = QCoreApplication::applicationFilePath();
    if (options.workerIndex > 0) {
        // A worker must not outlive a killed build: its rerun would start the same GMs again beside it.
        prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (getppid() == 1)
            return int(ExitCannotRun);
    }

    return parser.guarded([&] {
        configureThreads(options.jobs > 1 ? 1 : 0);
        zoo::ZooBuilder(options).build([](const QString &line) { printError(QStringLiteral("lgpn zoo"), line); });
        return int(ExitSuccess);
    });
}

namespace {
const CliCommandRegistration registration({QStringLiteral("zoo"),
    QStringLiteral("Build the model zoo: generative models trained here, labelled by introspection."), runZooCommand});
}

} // namespace lgpn::cli
