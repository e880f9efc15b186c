// lgpn zoo build --out DIR [--gms N] [--images-per-gm K] [--seed S] [--quick] [--jobs J]

#include "CliCommand.h"
#include "CommandParser.h"

#include "ModelRuntime.h"
#include "ZooBuilder.h"
#include "common/InputError.h"

#include <QCoreApplication>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace lgpn::cli {

int runZooCommand(const QStringList &arguments)
{
    CommandParser parser(arguments.first(),
                         QStringLiteral("lgpn zoo build: trains a zoo of small generative models on Fashion-MNIST and "
                                        "photo patches, samples their images and labels them from their own module "
                                        "trees. Resumable: run the same command again to continue."),
                         false);
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Output folder."), QStringLiteral("dir"));
    const QCommandLineOption gmsOption(QStringLiteral("gms"), QStringLiteral("Number of GMs (default 64; 16 with --quick)."), QStringLiteral("N"));
    const QCommandLineOption imagesOption(QStringLiteral("images-per-gm"), QStringLiteral("Images per GM (default 500; 40 with --quick)."),
                                          QStringLiteral("K"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed (default 1)."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption quickOption(QStringLiteral("quick"), QStringLiteral("A tiny zoo for tests: few GMs, few steps."));
    const QCommandLineOption jobsOption(QStringLiteral("jobs"),
                                        QStringLiteral("GMs trained at once, each in its own process on one core (default: the "
                                                       "number of cores); 1 trains one GM at a time on all cores."),
                                        QStringLiteral("J"));
    QCommandLineOption workerOption(QStringLiteral("worker"), QStringLiteral("Internal: run as worker I of --jobs."), QStringLiteral("I"));
    workerOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({outOption, gmsOption, imagesOption, seedOption, quickOption, jobsOption, workerOption});
    parser.addPositionalArgument(QStringLiteral("build"), QStringLiteral("The action (build)."));
    int exitCode = ExitSuccess;
    if (!parser.parseArguments(arguments, exitCode))
        return exitCode;
    if (parser.positionalArguments() != QStringList{QStringLiteral("build")})
        return parser.fail(QStringLiteral("usage: lgpn zoo build --out DIR [options] (see --help)"));
    if (!parser.isSet(outOption))
        return parser.fail(QStringLiteral("--out DIR is required"));
    zoo::ZooOptions options;
    options.outDir = parser.value(outOption);
    options.quick = parser.isSet(quickOption);
    if (!parser.integer(gmsOption, options.quick ? 16 : 64, 4, 10000, options.gms))
        return parser.fail(QStringLiteral("--gms must be an integer from 4 to 10000"));
    if (!parser.integer(imagesOption, options.quick ? 40 : 500, 1, 100000, options.imagesPerGm))
        return parser.fail(QStringLiteral("--images-per-gm must be a positive integer"));
    int seed = 1;
    if (!parser.integer(seedOption, 1, 0, 2147483647, seed))
        return parser.fail(QStringLiteral("--seed must be a non-negative integer"));
    options.seed = quint32(seed);
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
