// lgpn eval --data DIR --model BUNDLE [--fold k] [--json FILE] [--markdown FILE] [--images-per-gm N]
//           [--reference-images-per-gm N]
// lgpn eval --synthetic N [--model BUNDLE] [--json FILE] [--markdown FILE]

#include "CliCommand.h"
#include "CommandParser.h"

#include "ModelRuntime.h"
#include "bundle/ModelBundle.h"
#include "common/InputError.h"
#include "training/ModelEvaluator.h"
#include "training/SyntheticTraceEvaluation.h"
#include "training/TrainingDataset.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lgpn::cli {

namespace {

// The result to --json, its summary to --markdown, and the summary printed.
void writeResult(const CommandParser &parser, const QCommandLineOption &jsonOption, const QCommandLineOption &markdownOption,
                 const QJsonObject &result, const QString &summary)
{
    if (parser.isSet(jsonOption))
        writeFileAtomically(parser.value(jsonOption), QJsonDocument(result).toJson());
    if (parser.isSet(markdownOption))
        writeFileAtomically(parser.value(markdownOption), summary.toUtf8());
    printOut(summary);
}

int runSyntheticEval(CommandParser &parser, const QCommandLineOption &syntheticOption, const QCommandLineOption &modelOption,
                     const QCommandLineOption &jsonOption, const QCommandLineOption &markdownOption,
                     const QCommandLineOption &deviceOption, const QCommandLineOption &threadsOption)
{
    SyntheticEvaluationOptions options;
    options.device = parser.value(deviceOption);
    if (!parser.integer(syntheticOption, options.networks, 2, 1000000, options.networks))
        return parser.fail(QStringLiteral("--synthetic must be an integer of at least 2"));
    int threads = 0;
    if (!parser.integer(threadsOption, 0, 1, 4096, threads))
        return parser.fail(QStringLiteral("--threads must be a positive integer"));
    return parser.guarded([&] {
        configureThreads(threads);
        const ModelBundle bundle = ModelBundle::load(ModelBundle::resolvePath(parser.value(modelOption)));
        const QJsonObject result = SyntheticTraceEvaluation::run(bundle, options, [](const QString &line) {
            printError(QStringLiteral("lgpn eval"), line);
        });
        writeResult(parser, jsonOption, markdownOption, result, SyntheticTraceEvaluation::markdown(result));
        return int(ExitSuccess);
    });
}

} // namespace

int runEvalCommand(const QStringList &arguments)
{
    CommandParser parser(arguments.first(),
                         QStringLiteral("Evaluates a model bundle on a held-out test set of a zoo or RED-style data with the "
                                        "paper's metrics (parsing AUC per node, F1/accuracy/L1, with the trivial references and a "
                                        "fixed-feature reference fitted on the model's training GMs; coordinated-attack "
                                        "detection; generated-image detection). Prints a markdown summary. With --synthetic N instead of "
                                        "--data: the architecture AUC on N fresh synthetic networks that nobody trained on."),
                         false);
    const QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("A zoo folder or RED-style data."), QStringLiteral("dir"));
    const QCommandLineOption modelOption(QStringLiteral("model"), QStringLiteral("The model bundle (.lgpn); default: the embedded model."),
                                          QStringLiteral("bundle"));
    const QCommandLineOption foldOption(QStringLiteral("fold"), QStringLiteral("Test set 1 to 4 (default: the one the model held out)."),
                                        QStringLiteral("k"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write the full result as JSON to FILE."), QStringLiteral("file"));
    const QCommandLineOption markdownOption(QStringLiteral("markdown"), QStringLiteral("Write the summary as markdown to FILE."),
                                            QStringLiteral("file"));
    const QCommandLineOption imagesOption(QStringLiteral("images-per-gm"), QStringLiteral("Test images per GM (default 100)."), QStringLiteral("N"));
    const QCommandLineOption referenceOption(QStringLiteral("reference-images-per-gm"),
                                             QStringLiteral("Training images per training GM for the fixed-feature reference "
                                                            "(default %1; 0 leaves it out).")
                                                 .arg(FixedFeatureOptions().imagesPerGm),
                                             QStringLiteral("N"));
    const QCommandLineOption deviceOption(QStringLiteral("device"), QStringLiteral("auto (default), cpu or cuda."),
                                          QStringLiteral("device"), QStringLiteral("auto"));
    const QCommandLineOption syntheticOption(QStringLiteral("synthetic"),
                                             QStringLiteral("Evaluate on N fresh networks of the synthetic stream (8 images each) "
                                                            "instead of a data set."),
                                             QStringLiteral("N"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"), QStringLiteral("CPU threads (default: all cores)."), QStringLiteral("T"));
    parser.addOptions({dataOption, modelOption, foldOption, jsonOption, markdownOption, imagesOption, referenceOption, deviceOption,
                       threadsOption, syntheticOption});
    int exitCode = ExitSuccess;
    if (!parser.parseArguments(arguments, exitCode))
        return exitCode;
    if (parser.isSet(syntheticOption))
        return runSyntheticEval(parser, syntheticOption, modelOption, jsonOption, markdownOption, deviceOption, threadsOption);
    if (!parser.isSet(dataOption))
        return parser.fail(QStringLiteral("--data DIR (or --synthetic N) is required"));
    EvaluationOptions options;
    options.device = parser.value(deviceOption);
    if (!parser.integer(foldOption, -1, 1, 4, options.fold))
        return parser.fail(QStringLiteral("--fold must be 1, 2, 3 or 4"));
    if (!parser.integer(imagesOption, 100, 2, 1000000, options.imagesPerGm))
        return parser.fail(QStringLiteral("--images-per-gm must be an integer of at least 2"));
    if (!parser.integer(referenceOption, options.fixedFeatures.imagesPerGm, 0, 1000000, options.fixedFeatures.imagesPerGm))
        return parser.fail(QStringLiteral("--reference-images-per-gm must be a non-negative integer"));
    int threads = 0;
    if (!parser.integer(threadsOption, 0, 1, 4096, threads))
        return parser.fail(QStringLiteral("--threads must be a positive integer"));

    return parser.guarded([&] {
        configureThreads(threads);
        const TrainingDataset dataset = TrainingDataset::open(parser.value(dataOption));
        const ModelBundle bundle = ModelBundle::load(ModelBundle::resolvePath(parser.value(modelOption)));
        const QJsonObject result = ModelEvaluator(bundle, dataset, options).run([](const QString &line) {
            printError(QStringLiteral("lgpn eval"), line);
        });
        writeResult(parser, jsonOption, markdownOption, result, ModelEvaluator::markdown(result));
        return int(result.value(u"skippedFiles").toArray().isEmpty() ? ExitSuccess : ExitSomeFailed);
    });
}

namespace {
const CliCommandRegistration registration({QStringLiteral("eval"),
    QStringLiteral("Evaluate a model bundle on a held-out test set with the paper's metrics."), runEvalCommand});
}

} // namespace lgpn::cli
