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

#include <functional>

namespace lgpn::cli {

namespace {

// The command's options, shared by its two modes.
struct EvalFlags
{
    QCommandLineOption data{QStringLiteral("data"), QStringLiteral("A zoo folder or RED-style data."), QStringLiteral("dir")};
    QCommandLineOption model{QStringLiteral("model"), QStringLiteral("The model bundle (.lgpn); default: the embedded model."),
                             QStringLiteral("bundle")};
    QCommandLineOption fold{QStringLiteral("fold"), QStringLiteral("Test set 1 to 4 (default: the one the model held out)."),
                            QStringLiteral("k")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Write the full result as JSON to FILE."), QStringLiteral("file")};
    QCommandLineOption markdown{QStringLiteral("markdown"), QStringLiteral("Write the summary as markdown to FILE."), QStringLiteral("file")};
    QCommandLineOption images{QStringLiteral("images-per-gm"), QStringLiteral("Test images per GM (default 100)."), QStringLiteral("N")};
    QCommandLineOption reference{QStringLiteral("reference-images-per-gm"),
                                 QStringLiteral("Training images per training GM for the fixed-feature reference "
                                                "(default %1; 0 leaves it out).")
                                     .arg(FixedFeatureOptions().imagesPerGm),
                                 QStringLiteral("N")};
    QCommandLineOption device{QStringLiteral("device"), QStringLiteral("auto (default), cpu or cuda."), QStringLiteral("device"),
                              QStringLiteral("auto")};
    QCommandLineOption synthetic{QStringLiteral("synthetic"),
                                 QStringLiteral("Evaluate on N fresh networks of the synthetic stream (8 images each) "
                                                "instead of a data set."),
                                 QStringLiteral("N")};
    QCommandLineOption threads{QStringLiteral("threads"), QStringLiteral("CPU threads (default: all cores)."), QStringLiteral("T")};

    QList<QCommandLineOption> all() const { return {data, model, fold, json, markdown, images, reference, device, threads, synthetic}; }
};

// Runs `evaluate` on the bundle with the thread count set; writes its result to --json, its
// summary to --markdown, and prints the summary.
int evaluateBundle(CommandParser &parser, const EvalFlags &flags,
                   const std::function<QJsonObject(const ModelBundle &, QString &summary)> &evaluate)
{
    int threads = 0;
    if (!parser.integer(flags.threads, 0, 1, 4096, threads))
        return parser.fail(QStringLiteral("--threads must be a positive integer"));
    return parser.guarded([&] {
        configureThreads(threads);
        const ModelBundle bundle = ModelBundle::load(ModelBundle::resolvePath(parser.value(flags.model)));
        QString summary;
        const QJsonObject result = evaluate(bundle, summary);
        if (parser.isSet(flags.json))
            writeFileAtomically(parser.value(flags.json), QJsonDocument(result).toJson());
        if (parser.isSet(flags.markdown))
            writeFileAtomically(parser.value(flags.markdown), summary.toUtf8());
        printOut(summary);
        return int(result.value(u"skippedFiles").toArray().isEmpty() ? ExitSuccess : ExitSomeFailed);
    });
}

void printProgress(const QString &line)
{
    printError(QStringLiteral("lgpn eval"), line);
}

int runSyntheticEval(CommandParser &parser, const EvalFlags &flags)
{
    SyntheticEvaluationOptions options;
    options.device = parser.value(flags.device);
    if (!parser.integer(flags.synthetic, options.networks, 2, 1000000, options.networks))
        return parser.fail(QStringLiteral("--synthetic must be an integer of at least 2"));
    return evaluateBundle(parser, flags, [&](const ModelBundle &bundle, QString &summary) {
        const QJsonObject result = SyntheticTraceEvaluation::run(bundle, options, printProgress);
        summary = SyntheticTraceEvaluation::markdown(result);
        return result;
    });
}

int runDatasetEval(CommandParser &parser, const EvalFlags &flags)
{
    if (!parser.isSet(flags.data))
        return parser.fail(QStringLiteral("--data DIR (or --synthetic N) is required"));
    EvaluationOptions options;
    options.device = parser.value(flags.device);
    if (!parser.integer(flags.fold, -1, 1, 4, options.fold))
        return parser.fail(QStringLiteral("--fold must be 1, 2, 3 or 4"));
    if (!parser.integer(flags.images, 100, 2, 1000000, options.imagesPerGm))
        return parser.fail(QStringLiteral("--images-per-gm must be an integer of at least 2"));
    if (!parser.integer(flags.reference, options.fixedFeatures.imagesPerGm, 0, 1000000, options.fixedFeatures.imagesPerGm))
        return parser.fail(QStringLiteral("--reference-images-per-gm must be a non-negative integer"));
    return evaluateBundle(parser, flags, [&](const ModelBundle &bundle, QString &summary) {
        const TrainingDataset dataset = TrainingDataset::open(parser.value(flags.data));
        const QJsonObject result = ModelEvaluator(bundle, dataset, options).run(printProgress);
        summary = ModelEvaluator::markdown(result);
        return result;
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
    const EvalFlags flags;
    parser.addOptions(flags.all());
    int exitCode = ExitSuccess;
    if (!parser.parseArguments(arguments, exitCode))
        return exitCode;
    return parser.isSet(flags.synthetic) ? runSyntheticEval(parser, flags) : runDatasetEval(parser, flags);
}

namespace {
const CliCommandRegistration registration({QStringLiteral("eval"),
    QStringLiteral("Evaluate a model bundle on a held-out test set with the paper's metrics."), runEvalCommand});
}

} // namespace lgpn::cli
