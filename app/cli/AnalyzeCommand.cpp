// lgpn analyze PATH... [--model BUNDLE] [--recursive] [--json FILE|-] [--csv FILE] [--pdf FILE]
//              [--pdf-pages all|generated|none] [--evidence] [--device D] [--threshold T] [--crops N] [--progress] [--force]

#include "CliCommand.h"
#include "CommandParser.h"
#include "NativeArguments.h"

#include "analysis/InputCollector.h"
#include "batch/AnalysisEngine.h"
#include "common/InputError.h"
#include "report/ReportWriters.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace lgpn::cli {

namespace {

// How many nodes get an evidence map on an image's PDF page: as many as the summary table names.
constexpr int kEvidenceNodes = 3;

// The options of `lgpn analyze`, declared once so that parsing and reading them share the names.
struct AnalyzeFlags
{
    QCommandLineOption model{QStringLiteral("model"), QStringLiteral("Model bundle (default: the embedded model)."),
                             QStringLiteral("bundle"), QStringLiteral("default")};
    QCommandLineOption recursive{{QStringLiteral("r"), QStringLiteral("recursive")}, QStringLiteral("Walk folders recursively.")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Write the JSON report to FILE (- for standard output)."),
                            QStringLiteral("file")};
    QCommandLineOption csv{QStringLiteral("csv"), QStringLiteral("Write one CSV row per image to FILE."), QStringLiteral("file")};
    QCommandLineOption pdf{QStringLiteral("pdf"), QStringLiteral("Write the PDF report (PDF/A-1b) to FILE."), QStringLiteral("file")};
    QCommandLineOption pdfPages{QStringLiteral("pdf-pages"),
                                QStringLiteral("Which per-image pages follow the PDF's summary table: all (default), generated "
                                               "(P(generated) at or above --threshold) or none."),
                                QStringLiteral("which"), QStringLiteral("all")};
    QCommandLineOption evidence{QStringLiteral("evidence"),
                                QStringLiteral("On each image's PDF page, the evidence maps of its %1 strongest nodes: which pixels "
                                               "drive their probabilities (gradient × input over the crops).").arg(kEvidenceNodes)};
    QCommandLineOption device{QStringLiteral("device"), QStringLiteral("auto (default), cpu or cuda."), QStringLiteral("device"),
                              QStringLiteral("auto")};
    QCommandLineOption threshold{QStringLiteral("threshold"), QStringLiteral("Decision threshold for nodes (default 0.5)."),
                                 QStringLiteral("T"), QStringLiteral("0.5")};
    QCommandLineOption similarity{QStringLiteral("similarity-threshold"),
                                  QStringLiteral("Cosine similarity above which images are grouped as likely the same "
                                                 "generator (default 0.9)."),
                                  QStringLiteral("S"), QStringLiteral("0.9")};
    QCommandLineOption crops{QStringLiteral("crops"), QStringLiteral("Native-resolution crops per image (default 5)."), QStringLiteral("N")};
    QCommandLineOption progress{QStringLiteral("progress"), QStringLiteral("A progress bar with rate and ETA on stderr.")};
    QCommandLineOption force{QStringLiteral("force"), QStringLiteral("Replace existing report files.")};
    QCommandLineOption threads{QStringLiteral("threads"), QStringLiteral("CPU threads (default: all cores)."), QStringLiteral("T")};

    QList<QCommandLineOption> all() const
    {
        return {model, recursive, json, csv, pdf, pdfPages, evidence, device, threshold, similarity, crops, progress, force, threads};
    }
};

QString clock(double seconds)
{
    const int s = int(seconds);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void drawProgressBar(int done, int files, double seconds, bool last)
{
    const double rate = done / std::max(seconds, 1e-3);
    const int width = 30;
    const int filled = files == 0 ? width : width * done / files;
    const QString bar = QString(filled, u'#') + QString(width - filled, u'.');
    const QByteArray line = QStringLiteral("\r[%1] %2/%3 images, %4 images/s, ETA %5 %6")
                                .arg(bar).arg(done).arg(files).arg(rate, 0, 'f', 1)
                                .arg(clock((files - done) / std::max(rate, 1e-6)))
                                .arg(last ? QStringLiteral("\n") : QString())
                                .toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

// The reports named on the command line (JSON, CSV, PDF).
std::vector<ReportRequest> reportRequests(const CommandParser &parser, const AnalyzeFlags &flags, PdfPages pdfPages)
{
    std::vector<ReportRequest> requests;
    const std::pair<const QCommandLineOption *, ReportFormat> formats[] = {
        {&flags.json, ReportFormat::Json}, {&flags.csv, ReportFormat::Csv}, {&flags.pdf, ReportFormat::Pdf}};
    for (const auto &[option, format] : formats) {
        if (parser.isSet(*option))
            requests.push_back({format, parser.value(*option), parser.isSet(flags.force), pdfPages});
    }
    return requests;
}

// Without a report, one line per file on standard output.
void printTableLine(const ImageAnalysis &analysis)
{
    printOut(analysis.ok ? QStringLiteral("%1  generated %2  crops %3 (agreement %4)  %5\n")
                               .arg(QString::fromLatin1(analysis.sha256.left(12)))
                               .arg(analysis.generatedProbability, 0, 'f', 3)
                               .arg(analysis.cropCount)
                               .arg(analysis.cropAgreement, 0, 'f', 2)
                               .arg(analysis.path)
                         : QStringLiteral("error: %1: %2\n").arg(analysis.path, analysis.error));
}

void printGroups(const SimilarityReport &pairs)
{
    for (const std::vector<int> &group : pairs.groups) {
        QStringList members;
        for (int index : group)
            members << QString::number(index + 1);
        printOut(QStringLiteral("likely the same generator: images %1\n").arg(members.join(QStringLiteral(", "))));
    }
}

// Analyses the inputs into the reports; returns the exit code.
int analyze(const CommandParser &parser, const AnalyzeFlags &flags, const AnalysisEngineOptions &options,
            const std::vector<ReportRequest> &requests)
{
    // Refuse to replace a report before any work is done.
    ReportWriters::checkWritable(requests);
    AnalysisEngine engine(options);
    const ReportContext &context = engine.context();
    // By the arguments' own bytes: a file named by a shell glob opens whatever its name.
    const std::vector<InputCollector::Entry> inputs =
        InputCollector::collectNative(NativeArguments::exactPaths(parser.positionalArguments()), parser.isSet(flags.recursive));
    ReportWriters reports(requests, context);
    const bool table = requests.empty();
    if (table)
        printOut(QStringLiteral("model %1 (%2) on %3\n").arg(context.modelId, context.modelSha256.left(16), context.device));

    BatchSummary summary;
    summary.files = int(inputs.size());
    QElapsedTimer elapsed;
    elapsed.start();
    QElapsedTimer sinceBar;
    sinceBar.start();
    int done = 0;
    const bool progress = parser.isSet(flags.progress);
    summary.analysed = engine.run(inputs, [&](ImageAnalysis &&analysis) {
        reports.add(analysis);
        if (table)
            printTableLine(analysis);
        else if (!analysis.ok)
            printError(QStringLiteral("lgpn analyze"), QStringLiteral("%1: %2").arg(analysis.path, analysis.error));
        ++done;
        if (progress && sinceBar.elapsed() > 200) {
            drawProgressBar(done, summary.files, double(elapsed.elapsed()) / 1000.0, false);
            sinceBar.restart();
        }
    });
    if (progress)
        drawProgressBar(done, summary.files, double(elapsed.elapsed()) / 1000.0, true);
    summary.failed = summary.files - summary.analysed;
    summary.seconds = double(elapsed.elapsed()) / 1000.0;
    summary.finishedUtc = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QElapsedTimer writing;
    writing.start();
    const SimilarityReport pairs = reports.finish(summary);
    if (table)
        printGroups(pairs);
    printError(QStringLiteral("lgpn analyze"),
               QStringLiteral("%1 of %2 files analysed in %3 s (%4 images/s)%5")
                   .arg(summary.analysed).arg(summary.files).arg(summary.seconds, 0, 'f', 1)
                   .arg(summary.analysed / std::max(summary.seconds, 1e-3), 0, 'f', 1)
                   .arg(table ? QString() : QStringLiteral("; reports written in %1 s").arg(double(writing.elapsed()) / 1000.0, 0, 'f', 1)));
    if (options.evidenceNodes > 0)
        printError(QStringLiteral("lgpn analyze"), QStringLiteral("evidence maps (%1 nodes an image): %2 ms per image, within the analysis time")
                                                       .arg(options.evidenceNodes)
                                                       .arg(1000.0 * engine.evidenceSeconds() / std::max(summary.analysed, 1), 0, 'f', 1));
    return int(summary.failed == 0 ? ExitSuccess : ExitSomeFailed);
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
    const AnalyzeFlags flags;
    parser.addOptions(flags.all());
    int exitCode = ExitSuccess;
    if (!parser.parseArguments(arguments, exitCode))
        return exitCode;
    if (parser.positionalArguments().isEmpty())
        return parser.fail(QStringLiteral("name at least one image or folder (see --help)"));
    AnalysisEngineOptions options;
    options.model = parser.value(flags.model);
    options.device = parser.value(flags.device);
    bool ok = false;
    options.threshold = parser.value(flags.threshold).toDouble(&ok);
    if (!ok || options.threshold <= 0 || options.threshold >= 1)
        return parser.fail(QStringLiteral("--threshold must be a number between 0 and 1"));
    options.similarityThreshold = parser.value(flags.similarity).toDouble(&ok);
    if (!ok || options.similarityThreshold < -1 || options.similarityThreshold > 1)
        return parser.fail(QStringLiteral("--similarity-threshold must be a number from -1 to 1"));
    if (!parser.integer(flags.crops, 5, 1, 64, options.crops))
        return parser.fail(QStringLiteral("--crops must be an integer from 1 to 64"));
    if (!parser.integer(flags.threads, 0, 1, 4096, options.threads))
        return parser.fail(QStringLiteral("--threads must be a positive integer"));
    const std::optional<PdfPages> pdfPages = pdfPagesFromName(parser.value(flags.pdfPages));
    if (!pdfPages)
        return parser.fail(QStringLiteral("--pdf-pages must be all, generated or none"));
    if (parser.isSet(flags.pdfPages) && !parser.isSet(flags.pdf))
        return parser.fail(QStringLiteral("--pdf-pages needs --pdf FILE"));
    if (parser.isSet(flags.evidence) && !parser.isSet(flags.pdf))
        return parser.fail(QStringLiteral("--evidence needs --pdf FILE"));
    options.evidenceNodes = parser.isSet(flags.evidence) ? kEvidenceNodes : 0;
    const std::vector<ReportRequest> requests = reportRequests(parser, flags, *pdfPages);
    return parser.guarded([&] { return analyze(parser, flags, options, requests); });
}

namespace {
const CliCommandRegistration registration({QStringLiteral("analyze"),
    QStringLiteral("Analyse images and folders into JSON/CSV/PDF reports, with pair similarity (chain of custody: SHA-256 of every input)."),
    runAnalyzeCommand});
}

} // namespace lgpn::cli
