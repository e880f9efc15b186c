// lgpn analyze PATH... [--model BUNDLE] [--recursive] [--json FILE|-] [--csv FILE] [--pdf FILE] [--device D]
//              [--threshold T] [--crops N] [--progress] [--force]

#include "CliCommand.h"
#include "CommandParser.h"
#include "NativeArguments.h"

#include "analysis/InputCollector.h"
#include "batch/AnalysisEngine.h"
#include "common/InputError.h"
#include "report/CsvReportWriter.h"
#include "report/JsonReportWriter.h"
#include "report/PdfReportWriter.h"
#include "report/SimilarityCollector.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <optional>

namespace lgpn::cli {

namespace {

QString clock(double seconds)
{
    const int s = int(seconds);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

int runAnalyzeCommand(const QStringList &arguments)
{
    CommandParser parser(arguments.first(),
                         QStringLiteral("Analyses images and folders: for each image, the predicted hyperparameters of the "
                                        "model that generated it; for the batch, the images likely made by the same "
                                        "generator. Inputs are only read. Exit code 0: every file analysed; 1: some files "
                                        "failed (listed with their reasons); 2: the run could not start."),
                         false);
    parser.addPositionalArgument(QStringLiteral("paths"), QStringLiteral("Image files and folders."), QStringLiteral("PATH..."));
    const QCommandLineOption modelOption(QStringLiteral("model"), QStringLiteral("Model bundle (default: the embedded model)."),
                                         QStringLiteral("bundle"), QStringLiteral("default"));
    const QCommandLineOption recursiveOption({QStringLiteral("r"), QStringLiteral("recursive")}, QStringLiteral("Walk folders recursively."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write the JSON report to FILE (- for standard output)."),
                                        QStringLiteral("file"));
    const QCommandLineOption csvOption(QStringLiteral("csv"), QStringLiteral("Write one CSV row per image to FILE."), QStringLiteral("file"));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), QStringLiteral("Write the PDF report to FILE."), QStringLiteral("file"));
    const QCommandLineOption deviceOption(QStringLiteral("device"), QStringLiteral("auto (default), cpu or cuda."),
                                          QStringLiteral("device"), QStringLiteral("auto"));
    const QCommandLineOption thresholdOption(QStringLiteral("threshold"), QStringLiteral("Decision threshold for nodes (default 0.5)."),
                                             QStringLiteral("T"), QStringLiteral("0.5"));
    const QCommandLineOption similarityOption(QStringLiteral("similarity-threshold"),
                                              QStringLiteral("Cosine similarity above which images are grouped as likely the same "
                                                             "generator (default 0.9)."),
                                              QStringLiteral("S"), QStringLiteral("0.9"));
    const QCommandLineOption cropsOption(QStringLiteral("crops"), QStringLiteral("Native-resolution crops per image (default 5)."),
                                         QStringLiteral("N"));
    const QCommandLineOption progressOption(QStringLiteral("progress"), QStringLiteral("A progress bar with rate and ETA on stderr."));
    const QCommandLineOption forceOption(QStringLiteral("force"), QStringLiteral("Replace existing report files."));
    const QCommandLineOption threadsOption(QStringLiteral("threads"), QStringLiteral("CPU threads (default: all cores)."), QStringLiteral("T"));
    parser.addOptions({modelOption, recursiveOption, jsonOption, csvOption, pdfOption, deviceOption, thresholdOption, similarityOption, cropsOption,
                       progressOption, forceOption, threadsOption});
    int exitCode = ExitSuccess;
    if (!parser.parseArguments(arguments, exitCode))
        return exitCode;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return parser.fail(QStringLiteral("name at least one image or folder (see --help)"));
    bool ok = false;
    const double threshold = parser.value(thresholdOption).toDouble(&ok);
    if (!ok || threshold <= 0 || threshold >= 1)
        return parser.fail(QStringLiteral("--threshold must be a number between 0 and 1"));
    const double similarityThreshold = parser.value(similarityOption).toDouble(&ok);
    if (!ok || similarityThreshold < -1 || similarityThreshold > 1)
        return parser.fail(QStringLiteral("--similarity-threshold must be a number from -1 to 1"));
    int crops = 5;
    if (!parser.integer(cropsOption, 5, 1, 64, crops))
        return parser.fail(QStringLiteral("--crops must be an integer from 1 to 64"));
    int threads = 0;
    if (!parser.integer(threadsOption, 0, 1, 4096, threads))
        return parser.fail(QStringLiteral("--threads must be a positive integer"));
    QStringList reports;
    for (const QCommandLineOption *option : {&jsonOption, &csvOption, &pdfOption}) {
        if (parser.isSet(*option) && parser.value(*option) != u"-") {
            if (reports.contains(parser.value(*option)))
                return parser.fail(QStringLiteral("two reports name the same file %1").arg(parser.value(*option)));
            reports << parser.value(*option);
        }
    }

    return parser.guarded([&] {
        const bool force = parser.isSet(forceOption);
        // Refuse to replace a report before any work is done.
        for (const QCommandLineOption *option : {&jsonOption, &csvOption, &pdfOption}) {
            if (parser.isSet(*option))
                ReportOutput::checkWritable(parser.value(*option), force);
        }
        AnalysisEngineOptions options;
        options.model = parser.value(modelOption);
        options.device = parser.value(deviceOption);
        options.crops = crops;
        options.threads = threads;
        options.threshold = threshold;
        options.similarityThreshold = similarityThreshold;
        AnalysisEngine engine(options);
        const ReportContext &context = engine.context();

        // By the arguments' own bytes: a file named by a shell glob opens whatever its name.
        const std::vector<InputCollector::Entry> inputs =
            InputCollector::collectNative(NativeArguments::exactPaths(paths), parser.isSet(recursiveOption));
        std::optional<JsonReportWriter> json;
        std::optional<CsvReportWriter> csv;
        std::optional<PdfReportWriter> pdf;
        if (parser.isSet(jsonOption))
            json.emplace(parser.value(jsonOption), force, context);
        if (parser.isSet(csvOption))
            csv.emplace(parser.value(csvOption), force, context);
        if (parser.isSet(pdfOption))
            pdf.emplace(parser.value(pdfOption), force, context);
        const bool table = !json && !csv && !pdf;
        if (table)
            printOut(QStringLiteral("model %1 (%2) on %3\n").arg(context.modelId, context.modelSha256.left(16), context.device));

        SimilarityCollector similarity;
        BatchSummary summary;
        summary.files = int(inputs.size());
        QElapsedTimer elapsed;
        elapsed.start();
        QElapsedTimer sinceBar;
        sinceBar.start();
        int done = 0;
        const bool progress = parser.isSet(progressOption);
        auto drawBar = [&](bool last) {
            const double seconds = double(elapsed.elapsed()) / 1000.0;
            const double rate = done / std::max(seconds, 1e-3);
            const int width = 30;
            const int filled = summary.files == 0 ? width : width * done / summary.files;
            const QString bar = QString(filled, u'#') + QString(width - filled, u'.');
            const QByteArray line = QStringLiteral("\r[%1] %2/%3 images, %4 images/s, ETA %5 %6")
                                        .arg(bar).arg(done).arg(summary.files).arg(rate, 0, 'f', 1)
                                        .arg(clock((summary.files - done) / std::max(rate, 1e-6)))
                                        .arg(last ? QStringLiteral("\n") : QString())
                                        .toUtf8();
            std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        };
        summary.analysed = engine.run(inputs, [&](ImageAnalysis &&analysis) {
            if (analysis.ok)
                similarity.add(done, analysis.nodeProbabilities);
            if (json)
                json->add(analysis);
            if (csv)
                csv->add(analysis);
            if (pdf)
                pdf->add(analysis);
            if (table) {
                printOut(analysis.ok ? QStringLiteral("%1  generated %2  crops %3 (agreement %4)  %5\n")
                                           .arg(QString::fromLatin1(analysis.sha256.left(12)))
                                           .arg(analysis.generatedProbability, 0, 'f', 3)
                                           .arg(analysis.cropCount)
                                           .arg(analysis.cropAgreement, 0, 'f', 2)
                                           .arg(analysis.path)
                                     : QStringLiteral("error: %1: %2\n").arg(analysis.path, analysis.error));
            }
            if (!analysis.ok && !table)
                printError(QStringLiteral("lgpn analyze"), QStringLiteral("%1: %2").arg(analysis.path, analysis.error));
            ++done;
            if (progress && sinceBar.elapsed() > 200) {
                drawBar(false);
                sinceBar.restart();
            }
        });
        if (progress)
            drawBar(true);
        summary.failed = summary.files - summary.analysed;
        summary.seconds = double(elapsed.elapsed()) / 1000.0;
        summary.finishedUtc = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        const SimilarityReport pairs = similarity.result(similarityThreshold);
        if (json)
            json->finish(summary, pairs);
        if (csv)
            csv->finish();
        if (pdf)
            pdf->finish(summary, pairs);
        if (table) {
            for (const std::vector<int> &group : pairs.groups) {
                QStringList members;
                for (int index : group)
                    members << QString::number(index + 1);
                printOut(QStringLiteral("likely the same generator: images %1\n").arg(members.join(QStringLiteral(", "))));
            }
        }
        printError(QStringLiteral("lgpn analyze"), QStringLiteral("%1 of %2 files analysed in %3 s (%4 images/s)")
                                                       .arg(summary.analysed).arg(summary.files).arg(summary.seconds, 0, 'f', 1)
                                                       .arg(summary.analysed / std::max(summary.seconds, 1e-3), 0, 'f', 1));
        return int(summary.failed == 0 ? ExitSuccess : ExitSomeFailed);
    });
}

namespace {
const CliCommandRegistration registration({QStringLiteral("analyze"),
    QStringLiteral("Analyse images and folders into JSON/CSV reports, with pair similarity (chain of custody: SHA-256 of every input)."),
    runAnalyzeCommand});
}

} // namespace lgpn::cli
