#include "LgpnTrainer.h"

#include "TrainingImageBank.h"
#include "bundle/ModelBundle.h"
#include "common/InputError.h"
#include "graph/CorrelationGraph.h"

#include "LgpnLoss.h"
#include "ModelRuntime.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <numeric>
#include <random>

namespace lgpn {

namespace {

QString duration(double seconds)
{
    const int s = int(seconds);
    return s >= 3600 ? QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

// Everything that makes two runs the same run: a checkpoint of another is refused.
QString fingerprintOf(const TrainingOptions &options, const TrainingDataset &dataset)
{
    return QStringLiteral("config=%1 head=%2 fold=%3 epochs=%4 batch=%5 seed=%6 lr=%7 real=%8 graph=%9 data=%10 images=%11")
        .arg(options.config, options.head).arg(options.fold).arg(options.epochs).arg(options.batch).arg(options.seed)
        .arg(options.learningRate).arg(options.realFraction).arg(options.graphThreshold)
        .arg(QFileInfo(dataset.directory()).absoluteFilePath()).arg(dataset.images().size());
}

torch::Tensor rowsOf(const std::vector<std::vector<float>> &rows)
{
    const int64_t columns = rows.empty() ? 0 : int64_t(rows.front().size());
    torch::Tensor tensor = torch::zeros({int64_t(rows.size()), columns});
    for (size_t r = 0; r < rows.size(); ++r)
        for (int64_t c = 0; c < columns; ++c)
            tensor[int64_t(r)][c] = rows[r][size_t(c)];
    return tensor;
}

} // namespace

LgpnTrainer::LgpnTrainer(TrainingOptions options, const TrainingDataset &dataset)
    : m_options(std::move(options))
    , m_dataset(dataset)
{
}

bool LgpnTrainer::run(const std::function<void(const QString &)> &progress)
{
    const TrainingOptions &o = m_options;
    if (o.fold < 0 || o.fold > TrainingDataset::kFolds)
        throw std::invalid_argument("the fold must be from 1 to 4, or all");
    if (o.epochs < 1 || o.batch < 2)
        throw std::invalid_argument("epochs must be at least 1 and the batch at least 2");
    const torch::Device device = chooseDevice(o.device.toStdString());
    const LgpnOptions modelOptions = LgpnOptions::byName(o.config.toStdString()).head(o.head.toStdString());
    modelOptions.validate();
    const HyperparameterSchema &schema = m_dataset.schema();
    const int inputSize = int(modelOptions.input_size());

    // The prior graph counts the training GMs only: the held-out set stays unseen.
    const std::vector<int> trainingGms = m_dataset.trainingGms(o.fold);
    std::vector<std::vector<float>> nodeVectors;
    std::vector<std::vector<float>> continuousTargets;
    for (int gm = 0; gm < m_dataset.gmCount(); ++gm) {
        nodeVectors.push_back(m_dataset.nodeVector(gm));
        continuousTargets.push_back(m_dataset.continuousTargets(gm));
    }
    std::vector<std::vector<float>> trainingVectors;
    for (int gm : trainingGms)
        trainingVectors.push_back(nodeVectors[size_t(gm)]);
    const CorrelationGraph graph = CorrelationGraph::fromLabels(trainingVectors, schema.nodeCount(), o.graphThreshold);
    const std::vector<float> prior = graph.adjacencyMatrix();
    const torch::Tensor gmNodes = rowsOf(nodeVectors);           // [G, N]
    const torch::Tensor gmContinuous = rowsOf(continuousTargets); // [G, C]

    const std::vector<int> generated = m_dataset.imagesOfGms(trainingGms);
    const std::vector<int> real = m_dataset.realImages(o.fold, false);
    if (generated.empty())
        throw InputError(m_dataset.directory(), QStringLiteral("no generated images to train on"));
    const int realPerBatch = real.empty() ? 0 : std::max(1, int(std::lround(o.batch * o.realFraction)));
    const int generatedPerBatch = o.batch - realPerBatch;
    const int64_t stepsPerEpoch = std::max<int64_t>(1, int64_t(generated.size()) / generatedPerBatch);
    const int64_t totalSteps = stepsPerEpoch * o.epochs;

    torch::manual_seed(o.seed);
    LgpnModel model(modelOptions, makeGraphSpec(schema, prior));
    model->to(device);
    std::vector<torch::Tensor> parameters;
    for (const auto &item : model->named_parameters()) {
        if (item.key().rfind("continuous_regressor", 0) != 0)
            parameters.push_back(item.value());
    }
    torch::optim::Adam optimizer(parameters, torch::optim::AdamOptions(o.learningRate));

    // Resume from a checkpoint of the same run.
    const QString fingerprint = fingerprintOf(o, m_dataset);
    const QString checkpoint = checkpointPath(o.outPath);
    int64_t step = 0;
    double previousSeconds = 0;
    if (QFileInfo::exists(checkpoint)) {
        torch::serialize::InputArchive archive;
        try {
            archive.load_from(QFile::encodeName(checkpoint).toStdString());
        } catch (const std::exception &) {
            throw InputError(checkpoint, QStringLiteral("damaged checkpoint: remove it to start again"));
        }
        c10::IValue stored;
        archive.read("fingerprint", stored);
        if (!stored.isString() || QString::fromStdString(stored.toStringRef()) != fingerprint)
            throw InputError(checkpoint, QStringLiteral("a checkpoint of another training run (%1); remove it or use another --out")
                                             .arg(stored.isString() ? QString::fromStdString(stored.toStringRef()) : QString()));
        torch::serialize::InputArchive modelArchive;
        torch::serialize::InputArchive optimizerArchive;
        archive.read("model", modelArchive);
        archive.read("optimizer", optimizerArchive);
        model->load(modelArchive);
        optimizer.load(optimizerArchive);
        torch::Tensor stepTensor;
        torch::Tensor secondsTensor;
        archive.read("step", stepTensor);
        archive.read("seconds", secondsTensor);
        step = stepTensor.item<int64_t>();
        previousSeconds = secondsTensor.item<double>();
        model->to(device);
        progress(QStringLiteral("resuming from %1 at step %2 of %3").arg(checkpoint).arg(step).arg(totalSteps));
    }
    QElapsedTimer clock;
    clock.start();
    auto trainingSeconds = [&] { return previousSeconds + double(clock.elapsed()) / 1000.0; };
    auto saveCheckpoint = [&] {
        torch::serialize::OutputArchive archive;
        torch::serialize::OutputArchive modelArchive;
        torch::serialize::OutputArchive optimizerArchive;
        model->save(modelArchive);
        optimizer.save(optimizerArchive);
        archive.write("fingerprint", c10::IValue(fingerprint.toStdString()));
        archive.write("model", modelArchive);
        archive.write("optimizer", optimizerArchive);
        archive.write("step", torch::tensor(step));
        archive.write("seconds", torch::tensor(trainingSeconds(), torch::kFloat64));
        const QString temporary = checkpoint + QStringLiteral(".tmp");
        archive.save_to(QFile::encodeName(temporary).toStdString());
        QFile::remove(checkpoint);
        if (!QFile::rename(temporary, checkpoint))
            throw InputError(checkpoint, QStringLiteral("cannot write the checkpoint"));
    };

    // The loss log: rows past the checkpoint (written after it by a killed run) are dropped.
    const QString log = logPath(o.outPath);
    {
        QByteArray kept = "step,epoch,total,classification,hierarchy,isolation,seconds\n";
        QFile previous(log);
        if (step > 0 && previous.open(QIODevice::ReadOnly)) {
            previous.readLine();
            while (!previous.atEnd()) {
                const QByteArray line = previous.readLine();
                if (line.split(',').value(0).toLongLong() <= step)
                    kept += line;
            }
        }
        QSaveFile rewritten(log);
        if (!rewritten.open(QIODevice::WriteOnly) || rewritten.write(kept) != kept.size() || !rewritten.commit())
            throw InputError(log, QStringLiteral("cannot write the training log"));
    }
    QFile logFile(log);
    if (!logFile.open(QIODevice::Append))
        throw InputError(log, QStringLiteral("cannot append to the training log"));

    std::vector<int> bankImages = generated;
    bankImages.insert(bankImages.end(), real.begin(), real.end());
    const TrainingImageBank bank(m_dataset, bankImages, std::max(1, torch::get_num_threads()), progress);
    progress(QStringLiteral("training %1 (%2 head) on %3 GMs, %4 generated and %5 real images, fold %6 held out; "
                            "%7 steps of %8 on %9")
                 .arg(o.config, o.head).arg(trainingGms.size()).arg(generated.size()).arg(real.size())
                 .arg(o.fold == 0 ? QStringLiteral("none") : QString::number(o.fold)).arg(totalSteps).arg(o.batch)
                 .arg(QString::fromStdString(deviceDescription(device))));

    std::vector<int> order;
    int64_t orderEpoch = -1;
    QElapsedTimer sinceReport;
    sinceReport.start();
    QElapsedTimer sinceCheckpoint;
    sinceCheckpoint.start();
    const int64_t firstStep = step;
    float lastLoss = 0;
    while (step < totalSteps) {
        const int64_t epoch = step / stepsPerEpoch;
        if (epoch != orderEpoch) {
            order = generated;
            std::mt19937_64 shuffle(o.seed * 1000003ULL + uint64_t(epoch));
            std::shuffle(order.begin(), order.end(), shuffle);
            orderEpoch = epoch;
        }
        std::mt19937_64 random(o.seed * 7919ULL + uint64_t(step) * 104729ULL + 17ULL);
        std::vector<torch::Tensor> crops;
        std::vector<int64_t> gms;
        const size_t offset = size_t(step % stepsPerEpoch) * size_t(generatedPerBatch);
        for (int j = 0; j < generatedPerBatch; ++j) {
            const int image = order[(offset + size_t(j)) % order.size()];
            crops.push_back(bank.randomCrop(image, inputSize, random));
            gms.push_back(m_dataset.images()[size_t(image)].gm);
        }
        for (int j = 0; j < realPerBatch; ++j) {
            crops.push_back(bank.randomCrop(real[size_t(random() % real.size())], inputSize, random));
            gms.push_back(-1);
        }
        const torch::Tensor gmIndex = torch::tensor(gms);
        const torch::Tensor isGenerated = (gmIndex >= 0).to(torch::kFloat32);
        const torch::Tensor nodeLabels = gmNodes.index_select(0, gmIndex.clamp_min(0)) * isGenerated.unsqueeze(1);

        torch::manual_seed(o.seed + uint64_t(step)); // dropout
        model->train();
        const LgpnOutput output = model->forward(torch::stack(crops).to(device));
        const LgpnLossTerms terms = lgpnLoss(output, LgpnTargets{nodeLabels.to(device), isGenerated.to(device)}, model->spec(), modelOptions);
        optimizer.zero_grad();
        terms.total.backward();
        optimizer.step();
        ++step;
        lastLoss = terms.total.item<float>();
        if (!std::isfinite(lastLoss))
            throw std::runtime_error("the training loss is not finite at step " + std::to_string(step) + "; try a lower learning rate");
        logFile.write(QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
                          .arg(step).arg(epoch + 1).arg(lastLoss).arg(terms.classification.item<float>())
                          .arg(terms.hierarchy.item<float>()).arg(terms.isolation.item<float>()).arg(trainingSeconds(), 0, 'f', 2)
                          .toUtf8());
        if (sinceReport.elapsed() > 10000 || step == totalSteps) {
            logFile.flush();
            const double rate = double(step - firstStep) / (double(clock.elapsed()) / 1000.0);
            progress(QStringLiteral("epoch %1/%2 step %3/%4 loss %5 (classification %6) %7 images/s, ETA %8")
                         .arg(epoch + 1).arg(o.epochs).arg(step).arg(totalSteps).arg(lastLoss, 0, 'f', 4)
                         .arg(terms.classification.item<float>(), 0, 'f', 4).arg(rate * o.batch, 0, 'f', 0)
                         .arg(duration(double(totalSteps - step) / std::max(rate, 1e-9))));
            sinceReport.restart();
        }
        const bool epochEnd = step % stepsPerEpoch == 0;
        if (epochEnd || sinceCheckpoint.elapsed() > qint64(o.checkpointSeconds) * 1000 || step == o.stopAfterSteps) {
            logFile.flush();
            saveCheckpoint();
            sinceCheckpoint.restart();
        }
        if (step == o.stopAfterSteps && step < totalSteps)
            return false;
    }
    logFile.close();

    // The continuous regressors on frozen features (Appendix B): features of a fixed selection of
    // training images, computed once, then a few epochs of L1 regression.
    model->eval();
    std::vector<int> selection;
    const size_t stride = std::max<size_t>(1, generated.size() / size_t(std::max(1, o.regressionImages)));
    for (size_t i = 0; i < generated.size(); i += stride)
        selection.push_back(generated[i]);
    std::vector<torch::Tensor> features;
    std::vector<int64_t> selectionGms;
    {
        torch::NoGradGuard noGrad;
        std::mt19937_64 random(o.seed + 99);
        for (size_t start = 0; start < selection.size(); start += 256) {
            std::vector<torch::Tensor> crops;
            for (size_t i = start; i < std::min(selection.size(), start + 256); ++i) {
                crops.push_back(bank.randomCrop(selection[i], inputSize, random));
                selectionGms.push_back(m_dataset.images()[size_t(selection[i])].gm);
            }
            features.push_back(model->forward(torch::stack(crops).to(device)).nodeFeatures.detach());
        }
    }
    const torch::Tensor allFeatures = torch::cat(features);
    const torch::Tensor allTargets = gmContinuous.index_select(0, torch::tensor(selectionGms)).to(device);
    double regressionL1 = 0;
    if (allTargets.size(1) > 0) {
        torch::manual_seed(o.seed + 7);
        ContinuousRegressor regressor = model->regressor();
        regressor->train();
        torch::optim::Adam regressorOptimizer(regressor->parameters(), torch::optim::AdamOptions(3e-3));
        const int64_t count = allFeatures.size(0);
        for (int epoch = 0; epoch < o.regressionEpochs; ++epoch) {
            const torch::Tensor permutation = torch::randperm(count, torch::kInt64).to(device);
            double sum = 0;
            for (int64_t start = 0; start < count; start += 128) {
                const torch::Tensor index = permutation.slice(0, start, std::min(count, start + 128));
                const torch::Tensor predicted = regressor->forward(allFeatures.index_select(0, index));
                const torch::Tensor loss = (predicted - allTargets.index_select(0, index)).abs().mean();
                regressorOptimizer.zero_grad();
                loss.backward();
                regressorOptimizer.step();
                sum += loss.item<double>() * double(index.size(0));
            }
            regressionL1 = sum / double(count);
        }
        progress(QStringLiteral("continuous regressors: training L1 %1 (normalised values) on %2 images")
                     .arg(regressionL1, 0, 'f', 4).arg(count));
    }
    model->eval();
    model->to(torch::kCPU);

    BundleManifest manifest;
    manifest.description = QStringLiteral("LGPN %1 configuration, %2 head, trained on %3")
                               .arg(o.config, o.head, o.fold == 0 ? QStringLiteral("all test sets")
                                                                   : QStringLiteral("test sets other than %1").arg(o.fold));
    manifest.trainingData = QStringLiteral("%1 data at %2: %3 GMs (%4), %5 generated and %6 real images; seed %7")
                                .arg(m_dataset.layout(), QFileInfo(m_dataset.directory()).fileName()).arg(trainingGms.size())
                                .arg(o.fold == 0 ? QStringLiteral("all four test sets") : QStringLiteral("test set %1 held out").arg(o.fold))
                                .arg(generated.size()).arg(real.size()).arg(o.seed);
    manifest.command = o.command;
    manifest.metrics = QJsonObject{{QStringLiteral("heldOutFold"), o.fold},
                                   {QStringLiteral("trainingSeconds"), std::round(trainingSeconds())},
                                   {QStringLiteral("steps"), qint64(totalSteps)},
                                   {QStringLiteral("epochs"), o.epochs},
                                   {QStringLiteral("batch"), o.batch},
                                   {QStringLiteral("finalLoss"), double(lastLoss)},
                                   {QStringLiteral("regressionTrainingL1"), regressionL1},
                                   {QStringLiteral("trainingGms"), int(trainingGms.size())}};
    ModelBundle bundle(modelOptions, schema, prior, o.graphThreshold, model, manifest);
    bundle.save(o.outPath);
    QFile::remove(checkpoint);
    progress(QStringLiteral("wrote %1 (%2) after %3 of training").arg(o.outPath, bundle.manifest().modelId, duration(trainingSeconds())));
    return true;
}

} // namespace lgpn
