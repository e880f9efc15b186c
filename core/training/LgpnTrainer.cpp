#include "LgpnTrainer.h"

#include "GeneratorBalancedBatches.h"
#include "MixedBatches.h"
#include "SyntheticTraceBatches.h"
#include "TrainingImageBank.h"
#include "bundle/ModelBundle.h"
#include "bundle/NodeReliability.h"
#include "common/InputError.h"
#include "evaluation/ParsingScores.h"
#include "graph/CorrelationGraph.h"

#include "LgpnLoss.h"
#include "ModelRuntime.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>
#include <map>
#include <memory>

#include <algorithm>
#include <numeric>
#include <random>
#include <set>

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
    return QStringLiteral("config=%1 head=%2 fold=%3 epochs=%4 batch=%5 seed=%6 lr=%7 real=%8 graph=%9 data=%10 images=%11 "
                          "wd=%12 balance=%13x%14 flips=%15 highpass=%16 validation=%17x%18 init=%19 synthetic=%20x%21x%22x%23 epochsteps=%24 exclude=%25")
        .arg(options.config, options.head).arg(options.fold).arg(options.epochs).arg(options.batch).arg(options.seed)
        .arg(options.learningRate).arg(options.realFraction).arg(options.graphThreshold)
        // Pre-training reads the schema alone: the same run whether the zoo is finished or not.
        .arg(options.syntheticSteps > 0 ? QString::fromLatin1(QCryptographicHash::hash(dataset.schema().toJson(), QCryptographicHash::Sha256).toHex().left(16))
                                        : QFileInfo(dataset.directory()).absoluteFilePath())
        .arg(options.syntheticSteps > 0 ? 0 : dataset.images().size())
        .arg(options.weightDecay).arg(options.balanceByGm ? QStringLiteral("gm") : QStringLiteral("image")).arg(options.imagesPerGm)
        .arg(options.flips).arg(options.highpass).arg(options.validationFraction).arg(options.validationImagesPerGm)
        .arg(options.initFrom.isEmpty() ? QString() : QFileInfo(options.initFrom).absoluteFilePath())
        .arg(options.syntheticSteps).arg(options.imagesPerNetwork).arg(options.networkTrainingSteps).arg(options.syntheticRealImages)
        .arg(options.epochSteps).arg(options.excludedFamily)
        // Added after runs without it: their fingerprints stay as they were.
        + (options.spectral ? QStringLiteral(" spectral=1") : QString())
        + (options.decoupledWeightDecay ? QStringLiteral(" adamw=1") : QString())
        + (options.dihedral ? QStringLiteral(" dihedral=1") : QString())
        + (options.gatedMessages ? QStringLiteral(" gated=1") : QString())
        + (options.syntheticShare > 0 ? QStringLiteral(" mix=%1").arg(options.syntheticShare) : QString())
        // A checkpoint resumes with the same world size only (every rank's share depends on it).
        + (options.parallel.distributed() ? QStringLiteral(" world=%1").arg(options.parallel.worldSize) : QString());
}

// Data-parallel: the gradients, the batch-norm statistics and the loss terms averaged over the
// ranks, in one collective. Returns the averaged loss terms (total, classification, hierarchy, isolation).
torch::Tensor averagedOverRanks(DataParallelGroup &group, LgpnModel &model, torch::optim::Optimizer &optimizer,
                                const LgpnLossTerms &terms)
{
    std::vector<torch::Tensor> shared;
    for (const auto &parameterGroup : optimizer.param_groups()) {
        for (const torch::Tensor &parameter : parameterGroup.params()) {
            if (parameter.grad().defined())
                shared.push_back(parameter.grad());
        }
    }
    for (const torch::Tensor &buffer : model->buffers()) {
        if (buffer.is_floating_point())
            shared.push_back(buffer);
    }
    const torch::Tensor losses =
        torch::stack({terms.total, terms.classification, terms.hierarchy, terms.isolation}).detach().to(torch::kFloat32).clone();
    shared.push_back(losses);
    group.average(shared);
    return losses.cpu();
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


bool hasFamily(const TrainingDataset &dataset, const QString &family)
{
    for (int gm = 0; gm < dataset.gmCount(); ++gm) {
        if (dataset.familyOfGm(gm) == family)
            return true;
    }
    return false;
}

constexpr size_t kNoveltyImagesPerGm = 24; // images per training GM summarised by the novelty model

// The real images, one novelty group per source (the folder that holds them: Fashion-MNIST and
// photographs look nothing alike, and one group for both made held-out real images look novel),
// up to 4 x kNoveltyImagesPerGm each. Groups are -1, -2, ... so they never meet a GM's index.
void appendRealSourceGroups(const TrainingDataset &dataset, const std::vector<int> &real, std::vector<int> &images,
                            std::vector<int64_t> &groups)
{
    std::map<QString, std::pair<int64_t, size_t>> sources; // folder -> (group, images taken)
    for (int image : real) {
        const QString folder = QFileInfo(dataset.images()[size_t(image)].path).absolutePath();
        auto [it, added] = sources.try_emplace(folder, -1 - int64_t(sources.size()), 0);
        if (it->second.second >= 4 * kNoveltyImagesPerGm)
            continue;
        ++it->second.second;
        images.push_back(image);
        groups.push_back(it->second.first);
    }
}

// The first images of each validation GM (file order): the same at every epoch.
std::vector<int> validationSelection(const TrainingDataset &dataset, const std::vector<int> &gms, int perGm)
{
    std::vector<int> selection;
    for (int gm : gms) {
        const std::vector<int> own = dataset.imagesOfGms({gm});
        selection.insert(selection.end(), own.begin(), own.begin() + std::min<long>(long(own.size()), perGm));
    }
    return selection;
}

// The loss log, with the rows past the checkpoint (written after it by a killed run) dropped.
void keepLogUpTo(const QString &log, int64_t step)
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

// Pre-training: the parameters of a bundle's model that match the new model by name and shape
// (everything but what depends on the prior graph of another data set, if anything).
void initialiseFrom(LgpnModel &model, const QString &bundlePath, const LgpnOptions &options,
                    const std::function<void(const QString &)> &progress)
{
    const ModelBundle bundle = ModelBundle::load(bundlePath);
    if (bundle.options().input_size() != options.input_size() || bundle.options().config() != options.config())
        throw InputError(bundlePath, QStringLiteral("the initial weights are of another configuration (%1)")
                                         .arg(QString::fromStdString(bundle.options().config())));
    torch::NoGradGuard noGrad;
    const auto source = bundle.model()->named_parameters();
    int copied = 0, total = 0;
    for (auto &item : model->named_parameters()) {
        ++total;
        const torch::Tensor *from = source.find(item.key());
        if (from && from->sizes() == item.value().sizes()) {
            item.value().copy_(*from);
            ++copied;
        }
    }
    progress(QStringLiteral("initial weights from %1: %2 of %3 parameter tensors").arg(bundlePath).arg(copied).arg(total));
}


// The per-node held-out AUC of one head of a protocol table, for the bundle to carry.
NodeReliability reliabilityFrom(const QString &tablePath, const QString &head, const HyperparameterSchema &schema)
{
    QFile file(tablePath);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(tablePath, QStringLiteral("cannot read the protocol table: %1").arg(file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw InputError(tablePath, QStringLiteral("not a protocol table (JSON): %1").arg(error.errorString()));
    try {
        NodeReliability reliability = NodeReliability::fromProtocolTable(
            document.object(), head, QStringLiteral("lgpn protocol, head %1: mean held-out AUC over its folds (%2)").arg(head, QFileInfo(tablePath).fileName()));
        reliability.requireNodesOf(schema);
        return reliability;
    } catch (const std::invalid_argument &wrong) {
        throw InputError(tablePath, QString::fromStdString(wrong.what()));
    }
}

} // namespace

LgpnTrainer::LgpnTrainer(TrainingOptions options, const TrainingDataset &dataset)
    : m_options(std::move(options))
    , m_dataset(dataset)
{
}

// The state of one training run, shared by the steps of LgpnTrainer::run.
struct LgpnTrainer::Run
{
    torch::Device device = torch::kCPU;
    LgpnOptions modelOptions;
    std::vector<int> fitGms;
    std::vector<int> validationGms;
    std::vector<float> prior;
    std::vector<std::vector<float>> nodeVectors;
    torch::Tensor gmNodes;      // [G, N]
    torch::Tensor gmContinuous; // [G, C]
    std::vector<int> generated;
    std::vector<int> real;
    LgpnModel model{nullptr};
    std::unique_ptr<torch::optim::Optimizer> optimizer; // Adam, or AdamW (decoupledWeightDecay)
    std::unique_ptr<TrainingImageBank> bank;
    std::unique_ptr<TrainingBatchSource> batches;
    std::unique_ptr<zoo::TraceSynthesizer> synthesizer; // pre-training only
    QString fingerprint;
    int64_t step = 0;
    int64_t totalSteps = 0;
    int64_t stepsPerEpoch = 1;
    double previousSeconds = 0;
    QElapsedTimer clock;
    double bestScore = -1;      // best validation score so far (-1: none yet)
    int64_t bestEpoch = 0;
    float lastLoss = 0;
    std::unique_ptr<DataParallelGroup> group; // data-parallel runs only
    bool isMain() const { return !group || group->isMain(); } // writes the files
    double trainingSeconds() const { return previousSeconds + double(clock.elapsed()) / 1000.0; }
};

void LgpnTrainer::splitValidation(const TrainingDataset &dataset, const TrainingOptions &options, std::vector<int> &fitGms,
                                  std::vector<int> &validationGms)
{
    fitGms.clear();
    validationGms.clear();
    std::vector<int> training = dataset.trainingGms(options.fold);
    if (!options.excludedFamily.isEmpty())
        training.erase(std::remove_if(training.begin(), training.end(),
                                      [&](int gm) { return dataset.familyOfGm(gm) == options.excludedFamily; }),
                       training.end());
    std::vector<int> configurations;
    for (int gm : training)
        configurations.push_back(dataset.configurationOfGm(gm));
    std::sort(configurations.begin(), configurations.end());
    configurations.erase(std::unique(configurations.begin(), configurations.end()), configurations.end());
    std::mt19937_64 random(options.seed * 31337ULL + 5);
    for (size_t i = configurations.size(); i > 1; --i)
        std::swap(configurations[i - 1], configurations[random() % i]);
    const size_t held = options.validationFraction <= 0 || configurations.size() < 8
                            ? 0
                            : std::max<size_t>(2, size_t(std::lround(options.validationFraction * double(configurations.size()))));
    const std::set<int> validation(configurations.begin(), configurations.begin() + long(held));
    for (int gm : training)
        (validation.count(dataset.configurationOfGm(gm)) ? validationGms : fitGms).push_back(gm);
}

void LgpnTrainer::createModel(Run &run, const std::function<void(const QString &)> &progress) const
{
    const TrainingOptions &o = m_options;
    torch::manual_seed(o.seed);
    run.model = LgpnModel(run.modelOptions, makeGraphSpec(m_dataset.schema(), run.prior));
    if (!o.initFrom.isEmpty())
        initialiseFrom(run.model, o.initFrom, run.modelOptions, progress);
    run.model->to(run.device);
    std::vector<torch::Tensor> parameters;
    for (const auto &item : run.model->named_parameters()) {
        if (item.key().rfind("continuous_regressor", 0) != 0)
            parameters.push_back(item.value());
    }
    if (o.decoupledWeightDecay)
        run.optimizer = std::make_unique<torch::optim::AdamW>(parameters, torch::optim::AdamWOptions(o.learningRate).weight_decay(o.weightDecay));
    else
        run.optimizer = std::make_unique<torch::optim::Adam>(parameters, torch::optim::AdamOptions(o.learningRate).weight_decay(o.weightDecay));
    run.fingerprint = fingerprintOf(o, m_dataset);
}

void LgpnTrainer::loadSynthesizer(Run &run, const std::function<void(const QString &)> &progress) const
{
    const TrainingOptions &o = m_options;
    zoo::SyntheticOptions synthetic;
    synthetic.imagesPerNetwork = o.imagesPerNetwork;
    synthetic.trainingSteps = o.networkTrainingSteps;
    synthetic.validate();
    progress(QStringLiteral("loading the real images the synthetic networks transform"));
    run.synthesizer = std::make_unique<zoo::TraceSynthesizer>(m_dataset.schema(), zoo::SyntheticRealImages::load(o.syntheticRealImages, unsigned(o.seed) + 77),
                                                              synthetic);
}

void LgpnTrainer::prepareSynthetic(Run &run, const std::function<void(const QString &)> &progress) const
{
    const TrainingOptions &o = m_options;
    loadSynthesizer(run, progress);
    // The prior graph from the design space itself: labels of networks drawn apart from the
    // training stream (another seed), so no zoo GM is used at all.
    std::vector<std::vector<float>> drawn;
    for (int i = 0; i < 200; ++i)
        drawn.push_back(run.synthesizer->nodeLabels(run.synthesizer->spec(o.seed + 1000003ULL, i)));
    run.prior = CorrelationGraph::fromLabels(drawn, m_dataset.schema().nodeCount(), o.graphThreshold).adjacencyMatrix();
    createModel(run, progress);
    const int realPerBatch = std::max(1, int(std::lround(o.batch * o.realFraction)));
    auto batches = std::make_unique<SyntheticTraceBatches>(*run.synthesizer, o.batch - realPerBatch, realPerBatch,
                                                           int(run.modelOptions.input_size()), o.flips, o.seed, o.syntheticSteps);
    progress(QStringLiteral("pre-training on synthetic traces: %1 steps of %2 (%3 fresh networks each, %4 images per network, "
                            "%5 reconstruction steps per network)")
                 .arg(o.syntheticSteps).arg(o.batch).arg(batches->networksPerBatch()).arg(o.imagesPerNetwork).arg(o.networkTrainingSteps));
    run.batches = std::move(batches);
    run.stepsPerEpoch = run.batches->stepsPerEpoch();
    run.totalSteps = o.syntheticSteps;
}

void LgpnTrainer::prepare(Run &run, const std::function<void(const QString &)> &progress) const
{
    const TrainingOptions &o = m_options;
    if (o.fold < 0 || o.fold > TrainingDataset::kFolds)
        throw std::invalid_argument("the fold must be from 1 to 4, or all");
    if (o.epochs < 1 || o.batch < 2)
        throw std::invalid_argument("epochs must be at least 1 and the batch at least 2");
    if (!o.reliabilityTable.isEmpty())
        reliabilityFrom(o.reliabilityTable, o.reliabilityHead, m_dataset.schema()); // refused now, not after hours of training
    run.device = chooseDevice(o.device.toStdString());
    run.modelOptions = LgpnOptions::byName(o.config.toStdString()).head(headKindFromString(o.head.toStdString())).highpass_input(o.highpass).spectral_branch(o.spectral).gated_messages(o.gatedMessages);
    run.modelOptions.validate();
    if (o.syntheticSteps > 0) {
        if (o.syntheticShare > 0)
            throw std::invalid_argument("pre-training is all synthetic: --synthetic-share is for `lgpn train`");
        if (o.parallel.distributed())
            throw std::invalid_argument("pre-training runs on one rank (no --nproc or --world-size)");
        prepareSynthetic(run, progress);
        return;
    }
    const HyperparameterSchema &schema = m_dataset.schema();
    if (!o.excludedFamily.isEmpty() && !hasFamily(m_dataset, o.excludedFamily))
        throw InputError(m_dataset.directory(), QStringLiteral("no GM of the family \"%1\" to leave out").arg(o.excludedFamily));

    // The prior graph counts the GMs trained on only: held-out and validation GMs stay unseen.
    splitValidation(m_dataset, o, run.fitGms, run.validationGms);
    std::vector<std::vector<float>> continuousTargets;
    for (int gm = 0; gm < m_dataset.gmCount(); ++gm) {
        run.nodeVectors.push_back(m_dataset.nodeVector(gm));
        continuousTargets.push_back(m_dataset.continuousTargets(gm));
    }
    std::vector<std::vector<float>> fitVectors;
    for (int gm : run.fitGms)
        fitVectors.push_back(run.nodeVectors[size_t(gm)]);
    run.prior = CorrelationGraph::fromLabels(fitVectors, schema.nodeCount(), o.graphThreshold).adjacencyMatrix();
    run.gmNodes = rowsOf(run.nodeVectors);
    run.gmContinuous = rowsOf(continuousTargets);

    run.generated = m_dataset.imagesOfGms(run.fitGms);
    run.real = m_dataset.realImages(o.fold, false);
    if (run.generated.empty())
        throw InputError(m_dataset.directory(), QStringLiteral("no generated images to train on"));

    createModel(run, progress);

    std::vector<int> bankImages = run.generated;
    bankImages.insert(bankImages.end(), run.real.begin(), run.real.end());
    const std::vector<int> validationImages = validationSelection(m_dataset, run.validationGms, o.validationImagesPerGm);
    bankImages.insert(bankImages.end(), validationImages.begin(), validationImages.end());
    run.bank = std::make_unique<TrainingImageBank>(m_dataset, bankImages, std::max(1, torch::get_num_threads()), progress);
    BatchOptions batchOptions;
    batchOptions.realPerBatch = run.real.empty() ? 0 : std::max(1, int(std::lround(o.batch * o.realFraction)));
    batchOptions.generatedPerBatch = o.batch - batchOptions.realPerBatch;
    batchOptions.imagesPerGm = o.imagesPerGm;
    batchOptions.balanceByGm = o.balanceByGm;
    batchOptions.flips = o.flips;
    batchOptions.dihedral = o.dihedral;
    batchOptions.inputSize = int(run.modelOptions.input_size());
    batchOptions.seed = o.seed;
    batchOptions.shareRank = o.parallel.rank;
    batchOptions.shareCount = o.parallel.worldSize;
    if (o.syntheticShare > 0)
        mixSyntheticTraces(run, batchOptions, progress);
    else
        run.batches = std::make_unique<GeneratorBalancedBatches>(m_dataset, *run.bank, run.fitGms, run.real, run.gmNodes, batchOptions);
    run.stepsPerEpoch = o.epochSteps > 0 ? o.epochSteps : run.batches->stepsPerEpoch();
    run.totalSteps = run.stepsPerEpoch * o.epochs;
}

void LgpnTrainer::mixSyntheticTraces(Run &run, BatchOptions &batchOptions, const std::function<void(const QString &)> &progress) const
{
    const TrainingOptions &o = m_options;
    if (o.syntheticShare >= 1)
        throw std::invalid_argument("the synthetic share must be below 1 (all synthetic is `lgpn pretrain`)");
    if (o.parallel.distributed())
        throw std::invalid_argument("training with synthetic traces runs on one rank (no --nproc or --world-size)");
    const int synthetic = std::clamp(int(std::lround(o.syntheticShare * batchOptions.generatedPerBatch)), 1,
                                     batchOptions.generatedPerBatch - 1);
    batchOptions.generatedPerBatch -= synthetic;
    loadSynthesizer(run, progress);
    auto dataSet = std::make_unique<GeneratorBalancedBatches>(m_dataset, *run.bank, run.fitGms, run.real, run.gmNodes, batchOptions);
    // Another stream than `lgpn pretrain`'s for the same seed: a pre-trained start sees no network again.
    auto traces = std::make_unique<SyntheticTraceBatches>(*run.synthesizer, synthetic, 0, batchOptions.inputSize, o.flips,
                                                          o.seed + 7777, dataSet->stepsPerEpoch());
    progress(QStringLiteral("every batch: %1 images of the data set's GMs, %2 of %3 fresh synthetic networks (%4 images each), %5 real")
                 .arg(batchOptions.generatedPerBatch).arg(synthetic).arg(traces->networksPerBatch()).arg(o.imagesPerNetwork)
                 .arg(batchOptions.realPerBatch));
    run.batches = std::make_unique<MixedBatches>(std::move(dataSet), std::move(traces));
}

void LgpnTrainer::resume(Run &run, const std::function<void(const QString &)> &progress) const
{
    // Rank 0's checkpoint is every rank's: the others may run on machines that cannot read it.
    const QString checkpoint = checkpointPath(m_options.outPath);
    std::vector<uint8_t> bytes;
    QFile file(checkpoint);
    if (run.isMain() && file.open(QIODevice::ReadOnly)) {
        const QByteArray contents = file.readAll();
        bytes.assign(contents.begin(), contents.end());
    }
    if (run.group)
        bytes = run.group->broadcastBytesFromMain(bytes);
    if (bytes.empty())
        return;
    torch::serialize::InputArchive archive;
    try {
        archive.load_from(reinterpret_cast<const char *>(bytes.data()), bytes.size());
    } catch (const std::exception &) {
        throw InputError(checkpoint, QStringLiteral("damaged checkpoint: remove it to start again"));
    }
    c10::IValue stored;
    archive.read("fingerprint", stored);
    if (!stored.isString() || QString::fromStdString(stored.toStringRef()) != run.fingerprint)
        throw InputError(checkpoint, QStringLiteral("a checkpoint of another training run (%1); remove it or use another --out")
                                         .arg(stored.isString() ? QString::fromStdString(stored.toStringRef()) : QString()));
    torch::serialize::InputArchive modelArchive;
    torch::serialize::InputArchive optimizerArchive;
    archive.read("model", modelArchive);
    archive.read("optimizer", optimizerArchive);
    run.model->load(modelArchive);
    run.optimizer->load(optimizerArchive);
    torch::Tensor stepTensor, secondsTensor, bestScore, bestEpoch;
    archive.read("step", stepTensor);
    archive.read("seconds", secondsTensor);
    archive.read("bestScore", bestScore);
    archive.read("bestEpoch", bestEpoch);
    run.step = stepTensor.item<int64_t>();
    run.previousSeconds = secondsTensor.item<double>();
    run.bestScore = bestScore.item<double>();
    run.bestEpoch = bestEpoch.item<int64_t>();
    run.model->to(run.device);
    progress(QStringLiteral("resuming from %1 at step %2 of %3").arg(checkpoint).arg(run.step).arg(run.totalSteps));
}

void LgpnTrainer::saveCheckpoint(Run &run) const
{
    if (!run.isMain())
        return;
    const QString checkpoint = checkpointPath(m_options.outPath);
    torch::serialize::OutputArchive archive;
    torch::serialize::OutputArchive modelArchive;
    torch::serialize::OutputArchive optimizerArchive;
    run.model->save(modelArchive);
    run.optimizer->save(optimizerArchive);
    archive.write("fingerprint", c10::IValue(run.fingerprint.toStdString()));
    archive.write("model", modelArchive);
    archive.write("optimizer", optimizerArchive);
    archive.write("step", torch::tensor(run.step));
    archive.write("seconds", torch::tensor(run.trainingSeconds(), torch::kFloat64));
    archive.write("bestScore", torch::tensor(run.bestScore, torch::kFloat64));
    archive.write("bestEpoch", torch::tensor(run.bestEpoch));
    const QString temporary = checkpoint + QStringLiteral(".tmp");
    archive.save_to(QFile::encodeName(temporary).toStdString());
    QFile::remove(checkpoint);
    if (!QFile::rename(temporary, checkpoint))
        throw InputError(checkpoint, QStringLiteral("cannot write the checkpoint"));
}

double LgpnTrainer::validationScore(Run &run) const
{
    if (run.validationGms.empty())
        return -1;
    const std::vector<int> images = validationSelection(m_dataset, run.validationGms, m_options.validationImagesPerGm);
    std::vector<int> gms;
    for (int image : images)
        gms.push_back(m_dataset.images()[size_t(image)].gm);
    // The same crops at every epoch.
    const torch::Tensor probabilities =
        outputsOf(run, images, m_options.seed + 4242, [](const LgpnOutput &output) { return output.nodeProbabilities; })
            .cpu().contiguous();
    std::vector<std::vector<float>> scores;
    for (int64_t r = 0; r < probabilities.size(0); ++r)
        scores.emplace_back(probabilities[r].data_ptr<float>(), probabilities[r].data_ptr<float>() + probabilities.size(1));
    const ParsingScores parsing = ParsingScores::compute(m_dataset.schema(), gms, scores, run.nodeVectors);
    double sum = 0;
    int kinds = 0;
    for (const auto &[kind, name] : ParsingScores::kindNames()) {
        if (std::isfinite(parsing.kind(kind).auc)) {
            sum += parsing.kind(kind).auc;
            ++kinds;
        }
    }
    return kinds > 0 ? sum / kinds : -1;
}

bool LgpnTrainer::trainSteps(Run &run, const std::function<void(const QString &)> &progress) const
{
    const TrainingOptions &o = m_options;
    const QString log = logPath(o.outPath);
    QFile logFile(log);
    if (run.isMain()) {
        keepLogUpTo(log, run.step);
        if (!logFile.open(QIODevice::Append))
            throw InputError(log, QStringLiteral("cannot append to the training log"));
    }
    if (o.syntheticSteps == 0)
        progress(QStringLiteral("training %1 (%2 head) on %3 GMs (%4 more held out for validation), %5 generated and %6 real images, "
                            "fold %7 held out; %8 steps of %9 on %10")
                 .arg(o.config, o.head).arg(run.fitGms.size()).arg(run.validationGms.size()).arg(run.generated.size())
                 .arg(run.real.size()).arg(o.fold == 0 ? QStringLiteral("none") : QString::number(o.fold)).arg(run.totalSteps)
                 .arg(o.batch).arg(QString::fromStdString(deviceDescription(run.device))));
    const int64_t stepsPerEpoch = run.stepsPerEpoch;
    QElapsedTimer sinceReport, sinceCheckpoint;
    sinceReport.start();
    sinceCheckpoint.start();
    const int64_t firstStep = run.step;
    while (run.step < run.totalSteps) {
        const int64_t epoch = run.step / stepsPerEpoch;
        const TrainingBatch batch = run.batches->batch(run.step);
        // Dropout: another mask on each rank's share.
        torch::manual_seed(o.seed + uint64_t(run.step) * uint64_t(o.parallel.worldSize) + uint64_t(o.parallel.rank));
        run.model->train();
        const LgpnOutput output = run.model->forward(batch.images.to(run.device));
        const LgpnTargets targets{batch.nodeLabels.to(run.device), batch.isGenerated.to(run.device),
                                  batch.nodeMask.defined() ? batch.nodeMask.to(run.device) : torch::Tensor()};
        const LgpnLossTerms terms = lgpnLoss(output, targets, run.model->spec(), run.modelOptions);
        run.optimizer->zero_grad();
        terms.total.backward();
        const torch::Tensor losses = run.group ? averagedOverRanks(*run.group, run.model, *run.optimizer, terms)
                                               : torch::stack({terms.total, terms.classification, terms.hierarchy, terms.isolation}).detach().cpu();
        run.optimizer->step();
        ++run.step;
        run.lastLoss = losses[0].item<float>();
        if (!std::isfinite(run.lastLoss))
            throw std::runtime_error("the training loss is not finite at step " + std::to_string(run.step) + "; try a lower learning rate");
        if (run.isMain())
            logFile.write(QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
                              .arg(run.step).arg(epoch + 1).arg(run.lastLoss).arg(losses[1].item<float>())
                              .arg(losses[2].item<float>()).arg(losses[3].item<float>()).arg(run.trainingSeconds(), 0, 'f', 2)
                              .toUtf8());
        if (sinceReport.elapsed() > 10000 || run.step == run.totalSteps) {
            if (logFile.isOpen())
                logFile.flush();
            const double rate = double(run.step - firstStep) / (double(run.clock.elapsed()) / 1000.0);
            progress(QStringLiteral("epoch %1/%2 step %3/%4 loss %5 (classification %6) %7 images/s, ETA %8")
                         .arg(epoch + 1).arg(o.epochs).arg(run.step).arg(run.totalSteps).arg(run.lastLoss, 0, 'f', 4)
                         .arg(losses[1].item<float>(), 0, 'f', 4).arg(rate * o.batch, 0, 'f', 0)
                         .arg(duration(double(run.totalSteps - run.step) / std::max(rate, 1e-9))));
            sinceReport.restart();
        }
        const bool epochEnd = run.step % stepsPerEpoch == 0;
        if (epochEnd)
            keepIfBest(run, epoch + 1, progress);
        if (epochEnd || sinceCheckpoint.elapsed() > qint64(o.checkpointSeconds) * 1000 || run.step == o.stopAfterSteps) {
            if (logFile.isOpen())
                logFile.flush();
            saveCheckpoint(run);
            sinceCheckpoint.restart();
        }
        if (run.step == o.stopAfterSteps && run.step < run.totalSteps)
            return false;
    }
    return true;
}

void LgpnTrainer::keepIfBest(Run &run, int64_t epoch, const std::function<void(const QString &)> &progress) const
{
    if (!run.isMain())
        return; // the best epoch is rank 0's to keep (all ranks have the same weights)
    const double score = validationScore(run);
    if (score < 0)
        return; // no validation: the last epoch is kept
    const bool better = score > run.bestScore;
    progress(QStringLiteral("epoch %1: validation mean per-node AUC %2 on %3 GMs%4")
                 .arg(epoch).arg(score, 0, 'f', 4).arg(run.validationGms.size())
                 .arg(better ? QStringLiteral(" (best so far, kept)") : QStringLiteral(" (epoch %1 stays the best)").arg(run.bestEpoch)));
    if (!better)
        return;
    torch::serialize::OutputArchive archive;
    run.model->save(archive);
    const QString path = bestWeightsPath(m_options.outPath);
    archive.save_to(QFile::encodeName(path + QStringLiteral(".tmp")).toStdString());
    QFile::remove(path);
    if (!QFile::rename(path + QStringLiteral(".tmp"), path))
        throw InputError(path, QStringLiteral("cannot write the best weights"));
    run.bestScore = score;
    run.bestEpoch = epoch;
}

double LgpnTrainer::fitRegressors(Run &run, const std::function<void(const QString &)> &progress) const
{
    // The continuous regressors on frozen features (Appendix B): features of a fixed selection of
    // training images, computed once, then a few epochs of L1 regression.
    const TrainingOptions &o = m_options;
    run.model->eval();
    std::vector<int> selection;
    const size_t stride = std::max<size_t>(1, run.generated.size() / size_t(std::max(1, o.regressionImages)));
    for (size_t i = 0; i < run.generated.size(); i += stride)
        selection.push_back(run.generated[i]);
    std::vector<int64_t> selectionGms;
    for (int image : selection)
        selectionGms.push_back(m_dataset.images()[size_t(image)].gm);
    const torch::Tensor allFeatures =
        outputsOf(run, selection, o.seed + 99, [](const LgpnOutput &output) { return output.nodeFeatures; });
    const torch::Tensor allTargets = run.gmContinuous.index_select(0, torch::tensor(selectionGms)).to(run.device);
    if (allTargets.size(1) == 0)
        return 0;
    torch::manual_seed(o.seed + 7);
    ContinuousRegressor regressor = run.model->regressor();
    regressor->train();
    torch::optim::Adam regressorOptimizer(regressor->parameters(), torch::optim::AdamOptions(3e-3));
    const int64_t count = allFeatures.size(0);
    double regressionL1 = 0;
    for (int epoch = 0; epoch < o.regressionEpochs; ++epoch) {
        const torch::Tensor permutation = torch::randperm(count, torch::kInt64).to(run.device);
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
    progress(QStringLiteral("continuous regressors: training L1 %1 (normalised values) on %2 images").arg(regressionL1, 0, 'f', 4).arg(count));
    return regressionL1;
}

torch::Tensor LgpnTrainer::outputsOf(Run &run, const std::vector<int> &images, quint64 seed,
                                     const std::function<torch::Tensor(const LgpnOutput &)> &take) const
{
    torch::NoGradGuard noGrad;
    run.model->eval();
    std::mt19937_64 random(seed);
    std::vector<torch::Tensor> rows;
    for (size_t start = 0; start < images.size(); start += 256) {
        std::vector<torch::Tensor> crops;
        for (size_t i = start; i < std::min(images.size(), start + 256); ++i)
            crops.push_back(run.bank->randomCrop(images[i], int(run.modelOptions.input_size()), random));
        rows.push_back(take(run.model->forward(torch::stack(crops).to(run.device))).detach());
    }
    return torch::cat(rows);
}

NoveltyModel LgpnTrainer::fitNovelty(Run &run, const std::function<void(const QString &)> &progress) const
{
    // Groups: each training GM (its first images) and the real images; calibrated on the
    // validation GMs, unseen configurations of the training families.
    if (run.validationGms.empty()) {
        progress(QStringLiteral("novelty: no validation GMs to calibrate it on; the bundle has none"));
        return {};
    }
    std::vector<int> images;
    std::vector<int64_t> groups;
    for (int gm : run.fitGms) {
        const std::vector<int> own = m_dataset.imagesOfGms({gm});
        for (size_t i = 0; i < std::min<size_t>(own.size(), kNoveltyImagesPerGm); ++i) {
            images.push_back(own[i]);
            groups.push_back(gm);
        }
    }
    appendRealSourceGroups(m_dataset, run.real, images, groups);
    const auto imageFeature = [](const LgpnOutput &output) { return output.imageFeature; };
    const torch::Tensor features = outputsOf(run, images, m_options.seed + 5151, imageFeature);
    const std::vector<int> calibrationImages = validationSelection(m_dataset, run.validationGms, m_options.validationImagesPerGm);
    const torch::Tensor calibration = outputsOf(run, calibrationImages, m_options.seed + 5252, imageFeature);
    NoveltyModel novelty = NoveltyModel::fit(features, groups, calibration);
    progress(QStringLiteral("novelty: %1 groups (training GMs and each source of real images) from %2 images, calibrated on %3 images of %4 validation GMs")
                 .arg(novelty.groupCount()).arg(images.size()).arg(calibrationImages.size()).arg(run.validationGms.size()));
    return novelty;
}

void LgpnTrainer::writeBundle(Run &run, double regressionL1, NoveltyModel novelty, const std::function<void(const QString &)> &progress) const
{
    const TrainingOptions &o = m_options;
    run.model->eval();
    run.model->to(torch::kCPU);
    BundleManifest manifest;
    const bool pretraining = o.syntheticSteps > 0;
    manifest.description = pretraining
                               ? QStringLiteral("LGPN %1 configuration, %2 head, pre-trained on synthetic traces (start `lgpn train --init` from it)")
                                     .arg(o.config, o.head)
                               : QStringLiteral("LGPN %1 configuration, %2 head, trained on %3")
                                     .arg(o.config, o.head, o.fold == 0 ? QStringLiteral("all test sets")
                                                                         : QStringLiteral("test sets other than %1").arg(o.fold));
    manifest.trainingData = QStringLiteral("%1 data at %2: %3 GMs (%4; %5 more for validation), %6 generated and %7 real images; seed %8%9")
                                .arg(m_dataset.layout(), QFileInfo(m_dataset.directory()).fileName()).arg(run.fitGms.size())
                                .arg((o.fold == 0 ? QStringLiteral("all four test sets") : QStringLiteral("test set %1 held out").arg(o.fold))
                                     + (o.excludedFamily.isEmpty() ? QString() : QStringLiteral(", family %1 left out").arg(o.excludedFamily)))
                                .arg(run.validationGms.size()).arg(run.generated.size()).arg(run.real.size()).arg(o.seed)
                                .arg(o.initFrom.isEmpty() ? QString() : QStringLiteral("; started from %1").arg(QFileInfo(o.initFrom).fileName()));
    if (o.syntheticShare > 0)
        manifest.trainingData += QStringLiteral("; %1 of every batch's generated images from fresh synthetic networks").arg(o.syntheticShare);
    if (pretraining)
        manifest.trainingData = QStringLiteral("%1 freshly drawn networks of the zoo design space (%2 images each, %3 reconstruction "
                                               "steps each) applied to Fashion-MNIST and photo patches; labels in the schema of %4; seed %5")
                                    .arg(int64_t(o.syntheticSteps) * static_cast<SyntheticTraceBatches &>(*run.batches).networksPerBatch())
                                    .arg(o.imagesPerNetwork).arg(o.networkTrainingSteps).arg(QFileInfo(m_dataset.directory()).fileName())
                                    .arg(o.seed);
    manifest.command = o.command;
    manifest.metrics = QJsonObject{{QStringLiteral("heldOutFold"), o.fold},
                                   {QStringLiteral("excludedFamily"), o.excludedFamily},
                                   {QStringLiteral("trainingSeconds"), std::round(run.trainingSeconds())},
                                   {QStringLiteral("steps"), qint64(run.totalSteps)},
                                   {QStringLiteral("epochs"), o.epochs},
                                   {QStringLiteral("batch"), o.batch},
                                   {QStringLiteral("finalLoss"), double(run.lastLoss)},
                                   {QStringLiteral("regressionTrainingL1"), regressionL1},
                                   {QStringLiteral("trainingGms"), int(run.fitGms.size())},
                                   {QStringLiteral("validationGms"), int(run.validationGms.size())},
                                   {QStringLiteral("recipe"), o.recipe},
                                   {QStringLiteral("initialWeights"), o.initFrom.isEmpty() ? QString() : QFileInfo(o.initFrom).fileName()},
                                   {QStringLiteral("keptEpoch"), qint64(run.bestScore >= 0 ? run.bestEpoch : o.epochs)},
                                   {QStringLiteral("validationAuc"), run.bestScore >= 0 ? QJsonValue(run.bestScore) : QJsonValue()}};
    if (!o.reliabilityTable.isEmpty())
        manifest.nodeReliability = reliabilityFrom(o.reliabilityTable, o.reliabilityHead, m_dataset.schema());
    ModelBundle bundle(run.modelOptions, m_dataset.schema(), run.prior, o.graphThreshold, run.model, manifest);
    bundle.setNovelty(std::move(novelty));
    bundle.save(o.outPath);
    QFile::remove(checkpointPath(o.outPath));
    QFile::remove(bestWeightsPath(o.outPath));
    progress(QStringLiteral("wrote %1 (%2) after %3 of training").arg(o.outPath, bundle.manifest().modelId, duration(run.trainingSeconds())));
}

void LgpnTrainer::joinRanks(Run &run, const std::function<void(const QString &)> &progress) const
{
    const DataParallelOptions &parallel = m_options.parallel;
    if (!parallel.distributed())
        return;
    DataParallelOptions options = parallel;
    options.cudaTensors = run.device.is_cuda();
    progress(QStringLiteral("rank %1 of %2: joining at %3:%4").arg(parallel.rank).arg(parallel.worldSize).arg(parallel.masterHost).arg(parallel.masterPort));
    run.group = std::make_unique<DataParallelGroup>(options);
    if (m_options.batch % parallel.worldSize != 0)
        progress(QStringLiteral("the batch of %1 does not divide into %2 equal shares: ranks weigh their shares alike")
                     .arg(m_options.batch).arg(parallel.worldSize));
}

bool LgpnTrainer::run(const std::function<void(const QString &)> &progress)
{
    Run run;
    try {
        return runSteps(run, progress);
    } catch (const std::exception &error) {
        if (run.group) // the other ranks' next collective fails naming this one
            run.group->reportFailure(QString::fromUtf8(error.what()).section(QLatin1Char('\n'), 0, 0));
        throw;
    }
}

bool LgpnTrainer::runSteps(Run &run, const std::function<void(const QString &)> &progress)
{
    prepare(run, progress);
    joinRanks(run, progress);
    resume(run, progress);
    if (run.group) { // one start for all: rank 0's weights and batch-norm statistics
        std::vector<torch::Tensor> state = run.model->parameters();
        for (const torch::Tensor &buffer : run.model->buffers())
            state.push_back(buffer);
        run.group->broadcastFromMain(state);
    }
    run.clock.start();
    if (!trainSteps(run, progress))
        return false;
    if (!run.isMain())
        return true; // rank 0 writes the bundle
    if (run.bestScore >= 0 && QFileInfo::exists(bestWeightsPath(m_options.outPath))) {
        torch::serialize::InputArchive archive;
        archive.load_from(QFile::encodeName(bestWeightsPath(m_options.outPath)).toStdString());
        run.model->load(archive);
        run.model->to(run.device);
        progress(QStringLiteral("kept epoch %1 (validation mean per-node AUC %2)").arg(run.bestEpoch).arg(run.bestScore, 0, 'f', 4));
    }
    // Pre-training: the fine-tuning fits the regressors and the novelty.
    const bool pretraining = m_options.syntheticSteps > 0;
    const double regressionL1 = pretraining ? 0.0 : fitRegressors(run, progress);
    NoveltyModel novelty = pretraining ? NoveltyModel() : fitNovelty(run, progress);
    writeBundle(run, regressionL1, std::move(novelty), progress);
    return true;
}

} // namespace lgpn
