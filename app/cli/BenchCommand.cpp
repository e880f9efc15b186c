// lgpn bench [--config NAME | --model BUNDLE] [--batch B] [--threads T] [--train] [--peak] [--levers] [--json]:
// images/s and achieved GFLOP/s of the model (not a test: timings live here).

#include "CliCommand.h"
#include "CommandParser.h"
#include "ModelFactory.h"

#include "ModelBenchmark.h"
#include "ModelRuntime.h"
#include "bundle/ModelBundle.h"
#include "common/InputError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace lgpn::cli {

namespace {

// Each lever added to the ones before it, at every batch size, so that each one's gain is read off
// two neighbouring rows of the same run. Folds the model's batch norms.
void measureLevers(LgpnModel model, const std::vector<int64_t> &batches, const torch::Device &device, double seconds,
                   const std::function<void(const QString &, const BenchmarkResult &)> &record)
{
    InferenceSettings settings;
    settings.inferenceMode = false;
    settings.holdFreedMemory = false;
    auto measure = [&](const QString &mode) {
        for (int64_t batch : batches)
            record(mode, ModelBenchmark::inference(model, batch, device, seconds, settings));
    };
    measure(QStringLiteral("no-grad"));
    settings.inferenceMode = true;
    measure(QStringLiteral("+infer-mode"));
    settings.holdFreedMemory = true;
    measure(QStringLiteral("+held-memory"));
    settings.channelsLast = true;
    measure(QStringLiteral("+nhwc"));
    model->foldBatchNorm();
    measure(QStringLiteral("+folded-bn"));
    settings.microBatch = true;
    measure(QStringLiteral("+micro-batch"));
}

} // namespace

int runBenchCommand(const QStringList &arguments)
{
    CommandParser parser(arguments.first(), QStringLiteral("Measures images/s and achieved GFLOP/s of LGPN for batch 1 "
                                                           "and 8 (both configurations unless one is named)."));
    const QCommandLineOption configOption(QStringLiteral("config"), QStringLiteral("compact (default), paper-lite or paper."), QStringLiteral("name"));
    const QCommandLineOption modelOption(QStringLiteral("model"), QStringLiteral("Benchmark a model bundle (default: the embedded one)."), QStringLiteral("bundle"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("One batch size instead of 1 and 8."), QStringLiteral("B"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"), QStringLiteral("CPU threads (default: all cores)."), QStringLiteral("T"));
    const QCommandLineOption deviceOption(QStringLiteral("device"), QStringLiteral("auto (default), cpu or cuda."),
                                          QStringLiteral("device"), QStringLiteral("auto"));
    const QCommandLineOption trainOption(QStringLiteral("train"),
                                         QStringLiteral("Also measure training steps (forward, losses, backward, Adam) at batch 64."));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Minimum time per measurement (default 2)."),
                                           QStringLiteral("s"), QStringLiteral("2"));
    const QCommandLineOption peakOption(QStringLiteral("peak"),
                                        QStringLiteral("Also measure a float32 GEMM's GFLOP/s and give each figure as a share of it."));
    const QCommandLineOption leversOption(QStringLiteral("levers"),
                                          QStringLiteral("Measure inference lever by lever: no gradients only, then inference mode, "
                                                         "held freed memory, NHWC layout, folded batch norm and micro-batches added one at a time."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({configOption, modelOption, batchOption, threadsOption, deviceOption, trainOption, secondsOption, peakOption,
                       leversOption, jsonOption});
    int exitCode = ExitSuccess;
    if (!parser.parseArguments(arguments, exitCode))
        return exitCode;
    if (parser.isSet(configOption) && parser.isSet(modelOption))
        return parser.fail(QStringLiteral("choose one of --config and --model"));
    std::vector<int64_t> batches = {1, 8};
    if (parser.isSet(batchOption)) {
        bool ok = false;
        const int batch = parser.value(batchOption).toInt(&ok);
        if (!ok || batch < 1 || batch > 4096)
            return parser.fail(QStringLiteral("--batch must be a positive integer"));
        batches = {batch};
    }
    int threads = 0;
    if (parser.isSet(threadsOption)) {
        bool ok = false;
        threads = parser.value(threadsOption).toInt(&ok);
        if (!ok || threads < 1)
            return parser.fail(QStringLiteral("--threads must be a positive integer"));
    }
    bool secondsOk = false;
    const double seconds = parser.value(secondsOption).toDouble(&secondsOk);
    if (!secondsOk || seconds <= 0)
        return parser.fail(QStringLiteral("--seconds must be a positive number"));

    return parser.guarded([&] {
        const int usedThreads = configureThreads(threads);
        const torch::Device device = chooseDevice(parser.value(deviceOption).toStdString());
        struct Subject { QString name; LgpnModel model; };
        std::vector<Subject> subjects;
        if (parser.isSet(modelOption)) {
            const ModelBundle bundle = ModelBundle::load(ModelBundle::resolvePath(parser.value(modelOption)));
            subjects.push_back({bundle.manifest().modelId, bundle.model()});
        } else {
            const QStringList configs = parser.isSet(configOption) ? QStringList{parser.value(configOption)}
                                                                  : QStringList{QStringLiteral("compact"), QStringLiteral("paper")};
            for (const QString &config : configs)
                subjects.push_back({config, untrainedModel(config, QStringLiteral("lgpn"), parser.schema())});
        }

        QJsonArray rows;
        QString text = QStringLiteral("Device: %1\n").arg(QString::fromStdString(deviceDescription(device)));
        GemmPeak peak;
        if (parser.isSet(peakOption)) {
            peak = ModelBenchmark::gemmPeak(device, usedThreads, seconds);
            text += QStringLiteral("Peak: %1 GFLOP/s (float32 GEMM: %2)\n").arg(peak.gflops, 0, 'f', 1)
                        .arg(QString::fromStdString(peak.kernel));
        }
        auto shareOfPeak = [&](double gflops) {
            return peak.gflops > 0 ? QStringLiteral(", %1% of peak").arg(100 * gflops / peak.gflops, 0, 'f', 0) : QString();
        };
        auto record = [&](const QString &name, const QString &mode, const BenchmarkResult &result) {
            rows.append(QJsonObject{{QStringLiteral("model"), name},
                                    {QStringLiteral("mode"), mode},
                                    {QStringLiteral("batch"), qint64(result.batch)},
                                    {QStringLiteral("imagesPerSecond"), result.imagesPerSecond},
                                    {QStringLiteral("gflopsPerImage"), result.gflopsPerImage},
                                    {QStringLiteral("achievedGflops"), result.achievedGflops},
                                    {QStringLiteral("iterations"), result.iterations},
                                    {QStringLiteral("seconds"), result.seconds}});
            text += QStringLiteral("%1 %2 batch %3: %4 images/s, %5 GFLOP/s (%6 GFLOPs/image%7)\n")
                        .arg(name, -10).arg(mode, -13).arg(result.batch, 3).arg(result.imagesPerSecond, 9, 'f', 3)
                        .arg(result.achievedGflops, 7, 'f', 1).arg(result.gflopsPerImage, 0, 'f', 4).arg(shareOfPeak(result.achievedGflops));
        };
        // What analysis runs with (ImageAnalyzer): every lever kept, NHWC on the CPU only.
        InferenceSettings kept;
        kept.channelsLast = device.is_cpu();
        kept.microBatch = true;
        for (Subject &subject : subjects) {
            if (parser.isSet(trainOption))
                record(subject.name, QStringLiteral("training"), ModelBenchmark::training(subject.model, 64, device, seconds));
            if (parser.isSet(leversOption)) {
                measureLevers(subject.model, batches, device, seconds, [&](const QString &mode, const BenchmarkResult &result) {
                    record(subject.name, mode, result);
                });
                continue;
            }
            for (int64_t batch : batches)
                record(subject.name, QStringLiteral("inference"), ModelBenchmark::inference(subject.model, batch, device, seconds, kept));
            // The analysis path folds batch norms into the convolutions: measure that too.
            subject.model->foldBatchNorm();
            for (int64_t batch : batches)
                record(subject.name, QStringLiteral("folded"), ModelBenchmark::inference(subject.model, batch, device, seconds, kept));
        }
        if (parser.isSet(jsonOption))
            printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("device"), QString::fromStdString(deviceDescription(device))},
                                                                 {QStringLiteral("threads"), usedThreads},
                                                                 {QStringLiteral("peakGflops"), peak.gflops},
                                                                 {QStringLiteral("peakKernel"), QString::fromStdString(peak.kernel)},
                                                                 {QStringLiteral("results"), rows}})
                                           .toJson(QJsonDocument::Indented)));
        else
            printOut(text);
        return int(ExitSuccess);
    });
}

namespace {
const CliCommandRegistration registration({QStringLiteral("bench"),
    QStringLiteral("Measure model speed: images/s and GFLOP/s (CPU or CUDA)."), runBenchCommand});
}

} // namespace lgpn::cli
