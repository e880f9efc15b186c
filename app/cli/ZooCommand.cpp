// lgpn zoo build --out DIR [--gms N] [--images-per-gm K] [--seed S] [--quick] [--jobs J]

#include "CliCommand.h"
#include "CommandParser.h"

#include "ModelRuntime.h"
#include "ZooBuilder.h"
#include "common/InputError.h"

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
    const QCommandLineOption jobsOption(QStringLiteral("jobs"), QStringLiteral("Threads (default: all cores)."), QStringLiteral("J"));
    parser.addOptions({outOption, gmsOption, imagesOption, seedOption, quickOption, jobsOption});
    parser.addPositionalArgument(QStringLiteral("build"), QStringLiteral("The action (build)."));
    int exitCode = ExitSuccess;
    if (!parser.parseArguments(arguments, exitCode))
        return exitCode;
    if (parser.positionalArguments() != QStringList{QStringLiteral("build")})
        return parser.fail(QStringLiteral("usage: lgpn zoo build --out DIR [options] (see --help)"));
    if (!parser.isSet(outOption))
        return parser.fail(QStringLiteral("--out DIR is required"));
    auto integer = [&](const QCommandLineOption &option, int fallback, int minimum, int maximum, bool &ok) {
        if (!parser.isSet(option))
            return fallback;
        const int value = parser.value(option).toInt(&ok);
        ok = ok && value >= minimum && value <= maximum;
        return value;
    };
    zoo::ZooOptions options;
    options.outDir = parser.value(outOption);
    options.quick = parser.isSet(quickOption);
    bool ok = true;
    options.gms = integer(gmsOption, options.quick ? 16 : 64, 4, 10000, ok);
    if (!ok)
        return parser.fail(QStringLiteral("--gms must be an integer from 4 to 10000"));
    options.imagesPerGm = integer(imagesOption, options.quick ? 40 : 500, 1, 100000, ok);
    if (!ok)
        return parser.fail(QStringLiteral("--images-per-gm must be a positive integer"));
    options.seed = quint32(integer(seedOption, 1, 0, 2147483647, ok));
    if (!ok)
        return parser.fail(QStringLiteral("--seed must be a non-negative integer"));
    options.jobs = integer(jobsOption, 0, 1, 1024, ok);
    if (!ok)
        return parser.fail(QStringLiteral("--jobs must be a positive integer"));

    return parser.guarded([&] {
        configureThreads(options.jobs);
        zoo::ZooBuilder(options).build([](const QString &line) { printError(QStringLiteral("lgpn zoo"), line); });
        return int(ExitSuccess);
    });
}

namespace {
const CliCommandRegistration registration({QStringLiteral("zoo"),
    QStringLiteral("Build the model zoo: generative models trained here, labelled by introspection."), runZooCommand});
}

} // namespace lgpn::cli
