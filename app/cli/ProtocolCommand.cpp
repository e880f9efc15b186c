// lgpn protocol --data DIR --work DIR [--heads lgpn,mlp,gcn] [--folds 1,2,3,4] [--epochs E] [--json FILE] [--markdown FILE]
//               [--reference-images-per-gm N]

#include "CliCommand.h"
#include "CommandParser.h"
#include "TrainingRecipeFlags.h"

#include "ModelRuntime.h"
#include "common/InputError.h"
#include "training/ProtocolRunner.h"
#include "training/TrainingDataset.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>

namespace lgpn::cli {

int runProtocolCommand(const QStringList &arguments)
{
    CommandParser parser(arguments.first(),
                         QStringLiteral("The leave-one-set-out protocol: for each head and test set, trains on the other sets "
                                        "and evaluates on the held-out one, then writes one table of the averaged results "
                                        "(WORK/protocol.md and WORK/protocol.json unless named). Resumable."),
                         false);
    const QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("A zoo folder or RED-style data."), QStringLiteral("dir"));
    const QCommandLineOption workOption(QStringLiteral("work"), QStringLiteral("Folder for the bundles, logs and results."), QStringLiteral("dir"));
    const QCommandLineOption headsOption(QStringLiteral("heads"), QStringLiteral("Heads to compare (default lgpn,mlp,gcn)."),
                                         QStringLiteral("list"), QStringLiteral("lgpn,mlp,gcn"));
    const QCommandLineOption foldsOption(QStringLiteral("folds"), QStringLiteral("Test sets (default 1,2,3,4)."), QStringLiteral("list"),
                                         QStringLiteral("1,2,3,4"));
    const QCommandLineOption configOption(QStringLiteral("config"), QStringLiteral("compact (default), paper-lite or paper (the authors' ResNet-50 GTC)."), QStringLiteral("name"),
                                          QStringLiteral("compact"));
    const QCommandLineOption epochsOption(QStringLiteral("epochs"), QStringLiteral("Epochs per run (default 3)."), QStringLiteral("E"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed (default 1)."), QStringLiteral("S"));
    const QCommandLineOption imagesOption(QStringLiteral("images-per-gm"), QStringLiteral("Test images per GM (default 100)."), QStringLiteral("N"));
    const QCommandLineOption referenceOption(QStringLiteral("reference-images-per-gm"),
                                             QStringLiteral("Training images per training GM for the fixed-feature reference "
                                                            "(default %1; 0 leaves it out).")
                                                 .arg(FixedFeatureOptions().imagesPerGm),
                                             QStringLiteral("N"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("The table as JSON (default WORK/protocol.json)."), QStringLiteral("file"));
    const QCommandLineOption markdownOption(QStringLiteral("markdown"), QStringLiteral("The table as markdown (default WORK/protocol.md)."),
                                            QStringLiteral("file"));
    const QCommandLineOption deviceOption(QStringLiteral("device"), QStringLiteral("auto (default), cpu or cuda."),
                                          QStringLiteral("device"), QStringLiteral("auto"));
    const QCommandLineOption pretrainedOption(QStringLiteral("pretrained"),
                                              QStringLiteral("The bundle of `lgpn pretrain` that the head lgpn-pretrained starts from."),
                                              QStringLiteral("bundle"));
    parser.addOptions({dataOption, workOption, headsOption, foldsOption, configOption, epochsOption, seedOption, imagesOption, referenceOption,
                       jsonOption, markdownOption, deviceOption, pretrainedOption});
    const TrainingRecipeFlags recipe;
    recipe.addTo(parser);
    int exitCode = ExitSuccess;
    if (!parser.parseArguments(arguments, exitCode))
        return exitCode;
    if (!parser.isSet(dataOption) || !parser.isSet(workOption))
        return parser.fail(QStringLiteral("--data DIR and --work DIR are required"));
    ProtocolOptions options;
    options.workDirectory = parser.value(workOption);
    options.heads = parser.value(headsOption).split(u',', Qt::SkipEmptyParts);
    for (const QString &head : options.heads) {
        if (head != u"lgpn" && head != u"mlp" && head != u"gcn" && head != u"lgpn-pretrained")
            return parser.fail(QStringLiteral("unknown head '%1' in --heads (lgpn, lgpn-pretrained, mlp, gcn)").arg(head));
        if (head == u"lgpn-pretrained" && !parser.isSet(pretrainedOption))
            return parser.fail(QStringLiteral("the head lgpn-pretrained needs --pretrained BUNDLE"));
    }
    options.folds.clear();
    for (const QString &fold : parser.value(foldsOption).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int k = fold.toInt(&ok);
        if (!ok || k < 1 || k > 4)
            return parser.fail(QStringLiteral("--folds must list test sets from 1 to 4"));
        options.folds.push_back(k);
    }
    if (options.heads.isEmpty() || options.folds.empty())
        return parser.fail(QStringLiteral("--heads and --folds must not be empty"));
    options.training.config = parser.value(configOption);
    options.training.device = parser.value(deviceOption);
    options.evaluation.device = parser.value(deviceOption);
    if (!parser.integer(epochsOption, 3, 1, 100000, options.training.epochs))
        return parser.fail(QStringLiteral("--epochs must be a positive integer"));
    int seed = 1;
    if (!parser.integer(seedOption, 1, 0, 2147483647, seed))
        return parser.fail(QStringLiteral("--seed must be a non-negative integer"));
    options.training.seed = quint64(seed);
    if (!parser.integer(imagesOption, 100, 2, 1000000, options.evaluation.imagesPerGm))
        return parser.fail(QStringLiteral("--images-per-gm must be an integer of at least 2"));
    if (const QString wrong = recipe.read(parser, options.training); !wrong.isEmpty())
        return parser.fail(wrong);
    options.pretrainedBundle = parser.value(pretrainedOption);
    FixedFeatureOptions &reference = options.evaluation.fixedFeatures;
    if (!parser.integer(referenceOption, reference.imagesPerGm, 0, 1000000, reference.imagesPerGm))
        return parser.fail(QStringLiteral("--reference-images-per-gm must be a non-negative integer"));

    return parser.guarded([&] {
        configureThreads(0);
        const TrainingDataset dataset = TrainingDataset::open(parser.value(dataOption));
        const QJsonObject table = ProtocolRunner(options, dataset).run([](const QString &line) {
            printError(QStringLiteral("lgpn protocol"), line);
        });
        const QString text = ProtocolRunner::markdown(table);
        const QDir work(options.workDirectory);
        writeFileAtomically(parser.isSet(jsonOption) ? parser.value(jsonOption) : work.filePath(QStringLiteral("protocol.json")),
                  QJsonDocument(table).toJson());
        writeFileAtomically(parser.isSet(markdownOption) ? parser.value(markdownOption) : work.filePath(QStringLiteral("protocol.md")),
                  text.toUtf8());
        printOut(text);
        return int(ExitSuccess);
    });
}

namespace {
const CliCommandRegistration registration({QStringLiteral("protocol"),
    QStringLiteral("Leave-one-set-out comparison of LGPN and the baseline heads, with the paper's references."), runProtocolCommand});
}

} // namespace lgpn::cli
