// lgpn bench [--config NAME | --model BUNDLE] [--batch B] [--threads T] [--train] [--json]:
// images/s and achieved GFLOP/s of the model (not a test: timings live here).

#include "CliCommand.h"
#include "CommandParser.h"
#include "ModelFactory.h"

#include "ModelRuntime.h"
#include "benchmark/ModelBenchmark.h"
#include "bundle/ModelBundle.h"
#include "common/InputError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lgpn::cli {

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
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({configOption, modelOption, batchOption, threadsOption, deviceOption, trainOption, secondsOption, jsonOption});
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
        auto record = [&](const QString &name, const QString &mode, const BenchmarkResult &result) {
            rows.append(QJsonObject{{QStringLiteral("model"), name},
                                    {QStringLiteral("mode"), mode},
                                    {QStringLiteral("batch"), qint64(result.batch)},
                                    {QStringLiteral("imagesPerSecond"), result.imagesPerSecond},
                                    {QStringLiteral("gflopsPerImage"), result.gflopsPerImage},
                                    {QStringLiteral("achievedGflops"), result.achievedGflops},
                                    {QStringLiteral("iterations"), result.iterations},
                                    {QStringLiteral("seconds"), result.seconds}});
            text += QStringLiteral("%1 %2 batch %3: %4 images/s, %5 GFLOP/s (%6 GFLOPs/image)\n")
                        .arg(name, -10).arg(mode, -9).arg(result.batch, 3).arg(result.imagesPerSecond, 9, 'f', 2)
                        .arg(result.achievedGflops, 7, 'f', 1).arg(result.gflopsPerImage, 0, 'f', 4);
        };
        for (Subject &subject : subjects) {
            if (parser.isSet(trainOption))
                record(subject.name, QStringLiteral("training"), ModelBenchmark::training(subject.model, 64, device, seconds));
            for (int64_t batch : batches)
                record(subject.name, QStringLiteral("inference"), ModelBenchmark::inference(subject.model, batch, device, seconds));
            // The analysis path folds batch norms into the convolutions: measure that too.
            subject.model->foldBatchNorm();
            for (int64_t batch : batches)
                record(subject.name, QStringLiteral("folded"), ModelBenchmark::inference(subject.model, batch, device, seconds));
        }
        if (parser.isSet(jsonOption))
            printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("device"), QString::fromStdString(deviceDescription(device))},
                                                                 {QStringLiteral("threads"), usedThreads},
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
