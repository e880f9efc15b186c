#include "ModelEvaluator.h"

#include "analysis/ImageAnalyzer.h"
#include "analysis/PairSimilarity.h"
#include "bundle/ModelBundle.h"
#include "common/InputError.h"
#include "evaluation/FamilyPrior.h"
#include "evaluation/Metrics.h"
#include "evaluation/ParsingScores.h"
#include "evaluation/ResultTables.h"
#include "evaluation/TraceFeatures.h"
#include "image/ImageLoader.h"

#include "ModelRuntime.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <optional>
#include <random>

namespace lgpn {

namespace {

enum class Role { Test, Real, Seen }; // a test GM's image, a held-out real image, a training GM's image for pairs

struct Job
{
    int image;
    Role role;
};

// Predictions for one image, as the metrics read them.
struct ImagePrediction
{
    int gm = -1;
    Role role = Role::Test;
    std::vector<float> nodes;
    std::vector<float> continuous;
    float generated = 0;
    std::optional<double> novelty;    // when the bundle has a novelty model
    std::vector<float> traceFeatures; // test images, when the fixed-feature reference is on; empty if it failed
};

struct AnalysedImages
{
    std::vector<ImagePrediction> predictions;
    QJsonArray skipped;
    double seconds = 0;
};

// The parsing scores of the test images: per image its GM, node scores and continuous values.
struct ScoredImages
{
    std::vector<int> gms;
    std::vector<std::vector<float>> nodes;
    std::vector<std::vector<float>> continuous;
};

QJsonValue number(double value)
{
    return jsonFigure(value);
}

QJsonValue at(const QJsonObject &object, const QStringList &path)
{
    QJsonValue value = object;
    for (const QString &key : path)
        value = value.toObject().value(key);
    return value;
}

std::vector<std::vector<float>> gmLabels(const TrainingDataset &dataset)
{
    std::vector<std::vector<float>> labels;
    for (int gm = 0; gm < dataset.gmCount(); ++gm)
        labels.push_back(dataset.nodeVector(gm));
    return labels;
}

std::vector<std::vector<float>> gmContinuousTargets(const TrainingDataset &dataset)
{
    std::vector<std::vector<float>> targets;
    for (int gm = 0; gm < dataset.gmCount(); ++gm)
        targets.push_back(dataset.continuousTargets(gm));
    return targets;
}

// Node-level parsing scores (ParsingScores) of `scored` against the GMs' labels, and the L1
// error of the continuous values, per parameter and averaged.
QJsonObject parsingScores(const TrainingDataset &dataset, const ScoredImages &scored, QJsonArray *perNode)
{
    const HyperparameterSchema &schema = dataset.schema();
    const ParsingScores scores = ParsingScores::compute(schema, scored.gms, scored.nodes, gmLabels(dataset));
    QJsonObject result = scores.toJson();
    if (perNode)
        *perNode = scores.perNodeJson();
    const std::vector<int> continuousGroups = schema.groupsOfKind(GroupKind::Continuous);
    QJsonObject perParameter;
    std::vector<double> errors;
    for (size_t c = 0; c < continuousGroups.size(); ++c) {
        std::vector<float> predicted;
        std::vector<float> targets;
        for (size_t i = 0; i < scored.continuous.size(); ++i) {
            predicted.push_back(scored.continuous[i][c]);
            targets.push_back(dataset.continuousTargets(scored.gms[i])[c]);
        }
        const double error = metrics::meanAbsoluteError(predicted, targets);
        errors.push_back(error);
        perParameter.insert(schema.group(continuousGroups[c]).id, number(error));
    }
    result.insert(QStringLiteral("continuousL1"), number(metrics::meanSkippingNan(errors)));
    result.insert(QStringLiteral("continuousL1PerParameter"), perParameter);
    return result;
}

// Same-GM and different-GM pairs of the given images, scored by the cosine similarity of their
// node-score vectors `nodes[image]`.
QJsonObject attackScores(const std::vector<std::vector<float>> &nodes, const std::vector<int> &gmOf,
                         const std::vector<std::vector<int>> &imagesByGm, std::mt19937_64 &random, double threshold,
                         double *bestThreshold)
{
    std::vector<float> scores;
    std::vector<float> labels;
    std::vector<int> all;
    for (const std::vector<int> &images : imagesByGm) {
        for (size_t a = 0; a < images.size(); ++a) {
            for (size_t b = a + 1; b < images.size(); ++b) {
                scores.push_back(float(PairSimilarity::cosine(nodes[size_t(images[a])], nodes[size_t(images[b])])));
                labels.push_back(1);
            }
        }
        all.insert(all.end(), images.begin(), images.end());
    }
    const size_t samePairs = scores.size();
    // As many different-GM pairs, drawn at random.
    size_t differentPairs = 0;
    for (size_t attempt = 0; differentPairs < samePairs && attempt < samePairs * 20 && all.size() > 1; ++attempt) {
        const int a = all[size_t(random() % all.size())];
        const int b = all[size_t(random() % all.size())];
        if (gmOf[size_t(a)] == gmOf[size_t(b)])
            continue;
        scores.push_back(float(PairSimilarity::cosine(nodes[size_t(a)], nodes[size_t(b)])));
        labels.push_back(0);
        ++differentPairs;
    }
    if (samePairs == 0 || differentPairs == 0)
        return QJsonObject{{QStringLiteral("pairs"), 0}};
    double best = 0;
    const double bestAccuracy = metrics::bestThresholdAccuracy(scores, labels, &best);
    if (bestThreshold)
        *bestThreshold = best;
    const double usedThreshold = std::isnan(threshold) ? best : threshold;
    return QJsonObject{{QStringLiteral("pairs"), qint64(scores.size())},
                       {QStringLiteral("samePairs"), qint64(samePairs)},
                       {QStringLiteral("auc"), number(metrics::rocAuc(scores, labels))},
                       {QStringLiteral("pdAt5PercentFar"), number(metrics::detectionAtFalseAlarm(scores, labels, 0.05))},
                       {QStringLiteral("pdAt1PercentFar"), number(metrics::detectionAtFalseAlarm(scores, labels, 0.01))},
                       {QStringLiteral("accuracy"), number(metrics::confusion(scores, labels, usedThreshold).accuracy())},
                       {QStringLiteral("threshold"), number(usedThreshold)},
                       {QStringLiteral("bestAccuracy"), number(bestAccuracy)}};
}

// Up to `perGm` images of each GM, as indices into `gmOf`, among those `take` accepts.
std::vector<std::vector<int>> imagesByGm(const std::vector<int> &gmOf, int gmCount, int perGm, const std::function<bool(size_t)> &take)
{
    std::vector<std::vector<int>> byGm(static_cast<size_t>(gmCount));
    for (size_t i = 0; i < gmOf.size(); ++i) {
        if (take(i) && int(byGm[size_t(gmOf[i])].size()) < perGm)
            byGm[size_t(gmOf[i])].push_back(int(i));
    }
    return byGm;
}

// The images to analyse: test GMs' images, real images held out with the fold, and a few images
// of seen (training) GMs for the coordinated-attack pairs.
std::vector<Job> selectJobs(const TrainingDataset &dataset, int fold, const EvaluationOptions &options)
{
    const std::vector<int> testGms = dataset.testGms(fold);
    std::vector<int> seenGms;
    const std::vector<int> training = dataset.trainingGms(fold);
    const size_t step = std::max<size_t>(1, training.size() / size_t(std::max(1, options.seenGms)));
    for (size_t i = 0; i < training.size() && int(seenGms.size()) < options.seenGms; i += step)
        seenGms.push_back(training[i]);
    std::vector<int> perGm(size_t(dataset.gmCount()), 0);
    std::vector<bool> isTest(size_t(dataset.gmCount()), false);
    std::vector<bool> isSeen(size_t(dataset.gmCount()), false);
    for (int gm : testGms)
        isTest[size_t(gm)] = true;
    for (int gm : seenGms)
        isSeen[size_t(gm)] = true;
    std::vector<Job> jobs;
    for (size_t i = 0; i < dataset.images().size(); ++i) {
        const int gm = dataset.images()[i].gm;
        if (gm < 0)
            continue;
        if (isTest[size_t(gm)] && perGm[size_t(gm)] < options.imagesPerGm)
            jobs.push_back({int(i), Role::Test});
        else if (isSeen[size_t(gm)] && perGm[size_t(gm)] < options.pairImagesPerGm)
            jobs.push_back({int(i), Role::Seen});
        else
            continue;
        ++perGm[size_t(gm)];
    }
    const std::vector<int> real = dataset.realImages(fold, true);
    const size_t realLimit = size_t(options.imagesPerGm) * testGms.size();
    for (size_t i = 0; i < real.size() && i < realLimit; ++i)
        jobs.push_back({real[i], Role::Real});
    return jobs;
}

// Images per forward pass: the zoo's images are small (one crop each), and one pass over many is
// what `lgpn analyze` does too; each crop is still analysed on its own, so the figures do not change.
constexpr size_t kImagesPerBatch = 32;

// The loaded images' analyses, in one batch; one at a time if the batch fails, so that an image the
// model refuses costs only itself (its InputError is recorded in `skipped`, its analysis left not ok).
std::vector<ImageAnalysis> analyseBatch(ImageAnalyzer &analyzer, const std::vector<LoadedImage> &loaded, QJsonArray &skipped)
{
    try {
        return analyzer.analyzeMany(loaded);
    } catch (const InputError &) {
        // one of them: find it below
    }
    std::vector<ImageAnalysis> analyses(loaded.size());
    for (size_t i = 0; i < loaded.size(); ++i) {
        try {
            analyses[i] = analyzer.analyze(loaded[i]);
        } catch (const InputError &error) {
            analyses[i] = ImageAnalysis{};
            skipped.append(error.message());
        }
    }
    return analyses;
}

// A job's prediction from its image's analysis, with the image's trace features when asked.
ImagePrediction predictionOf(const DatasetImage &image, Role role, ImageAnalysis &analysis, const cv::Mat &rgb, bool traceFeatures)
{
    ImagePrediction prediction{image.gm, role, std::move(analysis.nodeProbabilities), std::move(analysis.continuousValues),
                               analysis.generatedProbability, analysis.novelty, {}};
    if (traceFeatures && role == Role::Test) {
        try {
            prediction.traceFeatures = TraceFeatures::compute(rgb);
        } catch (const std::invalid_argument &) {
            // left out of the fixed-feature reference's figures only
        }
    }
    return prediction;
}

// Every job's image through ImageAnalyzer, a batch at a time (and, for test images, TraceFeatures when asked).
AnalysedImages analyseImages(const ModelBundle &bundle, const TrainingDataset &dataset, const std::vector<Job> &jobs,
                             const EvaluationOptions &options, const std::function<void(const QString &)> &progress)
{
    const torch::Device device = chooseDevice(options.device.toStdString());
    ImageAnalyzer analyzer(bundle, device);
    const ImageLoader loader;
    const bool traceFeatures = options.fixedFeatures.imagesPerGm > 0;
    AnalysedImages analysed;
    QElapsedTimer clock;
    clock.start();
    QElapsedTimer sinceReport;
    sinceReport.start();
    for (size_t first = 0; first < jobs.size(); first += kImagesPerBatch) {
        const size_t end = std::min(jobs.size(), first + kImagesPerBatch);
        std::vector<LoadedImage> loaded;
        std::vector<size_t> loadedJobs;
        for (size_t j = first; j < end; ++j) {
            try {
                loaded.push_back(loader.load(dataset.images()[size_t(jobs[j].image)].path));
                loadedJobs.push_back(j);
            } catch (const InputError &error) {
                analysed.skipped.append(error.message());
            }
        }
        std::vector<ImageAnalysis> analyses = analyseBatch(analyzer, loaded, analysed.skipped);
        for (size_t k = 0; k < loaded.size(); ++k) {
            if (!analyses[k].ok)
                continue;
            const Job &job = jobs[loadedJobs[k]];
            analysed.predictions.push_back(predictionOf(dataset.images()[size_t(job.image)], job.role, analyses[k], loaded[k].rgb, traceFeatures));
        }
        if (sinceReport.elapsed() > 10000) {
            progress(QStringLiteral("analysed %1/%2 images").arg(end).arg(jobs.size()));
            sinceReport.restart();
        }
    }
    analysed.seconds = double(clock.elapsed()) / 1000.0;
    return analysed;
}

ScoredImages modelScores(const std::vector<ImagePrediction> &predictions)
{
    ScoredImages scored;
    for (const ImagePrediction &prediction : predictions) {
        if (prediction.role != Role::Test)
            continue;
        scored.gms.push_back(prediction.gm);
        scored.nodes.push_back(prediction.nodes);
        scored.continuous.push_back(prediction.continuous);
    }
    return scored;
}

// The family prior (FamilyPrior) of each test image, where the data names every training GM's
// family (a zoo); empty where it does not.
QJsonObject familyPrior(const TrainingDataset &dataset, const std::vector<int> &trainingGms, const std::vector<int> &gms)
{
    std::vector<QString> families;
    for (int gm = 0; gm < dataset.gmCount(); ++gm)
        families.push_back(dataset.familyOfGm(gm));
    if (std::any_of(trainingGms.begin(), trainingGms.end(), [&](int gm) { return families[size_t(gm)].isEmpty(); }))
        return {};
    const FamilyPrior nodes(gmLabels(dataset), families, trainingGms);
    const FamilyPrior continuous(gmContinuousTargets(dataset), families, trainingGms);
    ScoredImages scored{gms, {}, {}};
    for (int gm : gms) {
        scored.nodes.push_back(nodes.scoresOf(gm));
        scored.continuous.push_back(continuous.scoresOf(gm));
    }
    return parsingScores(dataset, scored, nullptr);
}

// The trivial references, from the training GMs' labels alone: the paper's two (a random training
// GM's labels per test image; the training GMs' mean, a constant per node: AUC 0.5, and at the 0.5
// threshold it predicts the mode) and, on a zoo, the family prior.
QJsonObject trivialReferences(const TrainingDataset &dataset, const std::vector<int> &trainingGms, const std::vector<int> &gms,
                              std::mt19937_64 &random)
{
    const std::vector<float> meanNodes = FamilyPrior::meanRow(gmLabels(dataset), trainingGms);
    const std::vector<float> meanContinuous = FamilyPrior::meanRow(gmContinuousTargets(dataset), trainingGms);
    ScoredImages randomTruth{gms, {}, {}};
    for (size_t i = 0; i < gms.size(); ++i) {
        const int gm = trainingGms[size_t(random() % trainingGms.size())];
        randomTruth.nodes.push_back(dataset.nodeVector(gm));
        randomTruth.continuous.push_back(dataset.continuousTargets(gm));
    }
    const ScoredImages meanMode{gms, std::vector<std::vector<float>>(gms.size(), meanNodes),
                                std::vector<std::vector<float>>(gms.size(), meanContinuous)};
    QJsonObject references{{QStringLiteral("randomGroundTruth"), parsingScores(dataset, randomTruth, nullptr)},
                           {QStringLiteral("meanMode"), parsingScores(dataset, meanMode, nullptr)}};
    const QJsonObject family = familyPrior(dataset, trainingGms, gms);
    if (!family.isEmpty())
        references.insert(QStringLiteral("familyPrior"), family);
    return references;
}

// The fixed-feature reference: fitted on the training GMs' images, scored on the test images
// whose trace features could be computed; with the pair AUC of its node-probability vectors.
QJsonObject fixedFeatureScores(const TrainingDataset &dataset, const std::vector<int> &trainingGms,
                               const std::vector<ImagePrediction> &predictions, const EvaluationOptions &options,
                               const std::function<void(const QString &)> &progress)
{
    std::vector<int> gms;
    std::vector<std::vector<float>> features;
    for (const ImagePrediction &prediction : predictions) {
        if (prediction.role == Role::Test && !prediction.traceFeatures.empty()) {
            gms.push_back(prediction.gm);
            features.push_back(prediction.traceFeatures);
        }
    }
    if (features.empty())
        return QJsonObject{{QStringLiteral("testImages"), 0}};
    const FixedFeatureReference reference = FixedFeatureReference::fit(dataset, trainingGms, options.fixedFeatures, progress);
    const ScoredImages scored{gms, reference.nodeProbabilities(features), reference.continuousValues(features)};
    QJsonObject result = parsingScores(dataset, scored, nullptr);
    std::mt19937_64 random(options.seed + 1); // its own pairs: the model's figures do not depend on it
    const auto byGm = imagesByGm(gms, dataset.gmCount(), options.pairImagesPerGm, [](size_t) { return true; });
    result.insert(QStringLiteral("coordinatedAttack"),
                  QJsonObject{{QStringLiteral("unseen"), attackScores(scored.nodes, gms, byGm, random, std::nan(""), nullptr)}});
    result.insert(QStringLiteral("testImages"), qint64(gms.size()));
    result.insert(QStringLiteral("fit"), reference.summary());
    return result;
}

// Detection: generated (test GMs) against real images held out with the fold.
// Novelty on the test GMs' images (and the held-out real ones): its mean and the share flagged
// as unlike training, per group; with a family left out of training (`lgpn train
// --exclude-family`), the AUROC of novelty for that family's test GMs against the other
// families' test GMs (unseen configurations of known kinds).
QJsonObject noveltyScores(const TrainingDataset &dataset, const std::vector<ImagePrediction> &predictions, const QString &excludedFamily)
{
    std::map<QString, std::vector<double>> byGroup;
    std::vector<float> scores, labels;
    for (const ImagePrediction &prediction : predictions) {
        if (!prediction.novelty || prediction.role == Role::Seen)
            continue;
        const QString family = prediction.gm < 0 ? QStringLiteral("real") : dataset.familyOfGm(prediction.gm);
        byGroup[family.isEmpty() ? QStringLiteral("generated") : family].push_back(*prediction.novelty);
        if (!excludedFamily.isEmpty() && prediction.gm >= 0) {
            scores.push_back(float(*prediction.novelty));
            labels.push_back(family == excludedFamily ? 1.0f : 0.0f);
        }
    }
    if (byGroup.empty())
        return {};
    QJsonObject groups;
    for (const auto &[group, values] : byGroup) {
        const double flagged = double(std::count_if(values.begin(), values.end(), NoveltyModel::isUnlikeTraining));
        groups.insert(group, QJsonObject{{QStringLiteral("images"), qint64(values.size())},
                                         {QStringLiteral("meanNovelty"), std::accumulate(values.begin(), values.end(), 0.0) / double(values.size())},
                                         {QStringLiteral("flaggedShare"), flagged / double(values.size())}});
    }
    QJsonObject novelty{{QStringLiteral("threshold"), NoveltyModel::kUnlikeTrainingThreshold}, {QStringLiteral("groups"), groups}};
    if (!excludedFamily.isEmpty()) {
        novelty.insert(QStringLiteral("excludedFamily"), excludedFamily);
        novelty.insert(QStringLiteral("familyAuroc"), number(metrics::rocAuc(scores, labels)));
    }
    return novelty;
}

QJsonObject detectionScores(const std::vector<ImagePrediction> &predictions)
{
    std::vector<float> scores;
    std::vector<float> labels;
    long generated = 0;
    long real = 0;
    for (const ImagePrediction &prediction : predictions) {
        if (prediction.role == Role::Seen)
            continue;
        scores.push_back(prediction.generated);
        labels.push_back(prediction.role == Role::Test ? 1.0f : 0.0f);
        (prediction.role == Role::Test ? generated : real) += 1;
    }
    QJsonObject detection{{QStringLiteral("generatedImages"), qint64(generated)}, {QStringLiteral("realImages"), qint64(real)}};
    if (real > 0) {
        detection.insert(QStringLiteral("averagePrecision"), number(metrics::averagePrecision(scores, labels)));
        detection.insert(QStringLiteral("auc"), number(metrics::rocAuc(scores, labels)));
        detection.insert(QStringLiteral("accuracy"), number(metrics::confusion(scores, labels).accuracy()));
    }
    return detection;
}

QString noveltyMarkdown(const QJsonObject &novelty)
{
    if (novelty.isEmpty())
        return {};
    QString text = QStringLiteral("\nNovelty (share of the validation generators' images that look more typical; flagged at %1):\n\n"
                                  "| images of | count | mean novelty | flagged |\n|---|---|---|---|\n")
                       .arg(novelty.value(u"threshold").toDouble());
    const QJsonObject groups = novelty.value(u"groups").toObject();
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        const QJsonObject group = it.value().toObject();
        text += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                    .arg(it.key()).arg(group.value(u"images").toInt())
                    .arg(tables::figure(group.value(u"meanNovelty")), tables::figure(group.value(u"flaggedShare")));
    }
    if (novelty.contains(u"familyAuroc"))
        text += QStringLiteral("\nAUROC of novelty for the family left out of training (%1) against the other families' test GMs: %2\n")
                    .arg(novelty.value(u"excludedFamily").toString(), tables::figure(novelty.value(u"familyAuroc")));
    return text;
}

} // namespace

ModelEvaluator::ModelEvaluator(const ModelBundle &bundle, const TrainingDataset &dataset, EvaluationOptions options)
    : m_bundle(bundle)
    , m_dataset(dataset)
    , m_options(std::move(options))
{
}

QJsonObject ModelEvaluator::run(const std::function<void(const QString &)> &progress)
{
    const HyperparameterSchema &schema = m_dataset.schema();
    m_bundle.requireSchema(schema, m_dataset.directory());
    const int trainedFold = m_bundle.manifest().metrics.value(u"heldOutFold").toInt(-1);
    const int fold = m_options.fold > 0 ? m_options.fold : trainedFold;
    if (fold < 1 || fold > TrainingDataset::kFolds)
        throw InputError(m_dataset.directory(), QStringLiteral("the model held no test set out (trained on all of them): "
                                                               "name one with --fold; its figures will not be held-out figures"));
    const bool heldOut = fold == trainedFold;
    const std::vector<int> testGms = m_dataset.testGms(fold);
    if (testGms.empty())
        throw InputError(m_dataset.directory(), QStringLiteral("test set %1 holds no GM").arg(fold));

    const AnalysedImages analysed = analyseImages(m_bundle, m_dataset, selectJobs(m_dataset, fold, m_options), m_options, progress);
    const std::vector<ImagePrediction> &predictions = analysed.predictions;

    // Parsing, on the test GMs' images; the references predict from the training GMs.
    const ScoredImages scored = modelScores(predictions);
    if (scored.gms.empty())
        throw InputError(m_dataset.directory(), QStringLiteral("no image of test set %1 could be read").arg(fold));
    QJsonArray perNode;
    const QJsonObject parsing = parsingScores(m_dataset, scored, &perNode);
    const std::vector<int> trainingGms = m_dataset.trainingGms(fold);
    std::mt19937_64 random(m_options.seed);
    QJsonObject references = trivialReferences(m_dataset, trainingGms, scored.gms, random);

    // Coordinated attacks: the threshold that is best on seen GMs' pairs decides unseen ones too.
    std::vector<std::vector<float>> nodes;
    std::vector<int> gmOf;
    for (const ImagePrediction &prediction : predictions) {
        nodes.push_back(prediction.nodes);
        gmOf.push_back(prediction.gm);
    }
    auto pairImages = [&](Role role) {
        return imagesByGm(gmOf, m_dataset.gmCount(), m_options.pairImagesPerGm,
                          [&](size_t i) { return predictions[i].role == role; });
    };
    double seenThreshold = std::nan("");
    const QJsonObject seen = attackScores(nodes, gmOf, pairImages(Role::Seen), random, std::nan(""), &seenThreshold);
    const QJsonObject unseen = attackScores(nodes, gmOf, pairImages(Role::Test), random, seenThreshold, nullptr);

    if (m_options.fixedFeatures.imagesPerGm > 0)
        references.insert(QStringLiteral("fixedFeatures"), fixedFeatureScores(m_dataset, trainingGms, predictions, m_options, progress));

    const BundleManifest &manifest = m_bundle.manifest();
    progress(QStringLiteral("evaluated %1 images in %2 s").arg(predictions.size()).arg(analysed.seconds, 0, 'f', 1));
    return QJsonObject{
        {QStringLiteral("evaluationFormat"), kResultFormat},
        {QStringLiteral("model"), QJsonObject{{QStringLiteral("id"), manifest.modelId},
                                              {QStringLiteral("head"), QString::fromStdString(toString(m_bundle.options().head()))},
                                              {QStringLiteral("config"), QString::fromStdString(m_bundle.options().config())},
                                              {QStringLiteral("trainingSeconds"), manifest.metrics.value(u"trainingSeconds")},
                                              {QStringLiteral("description"), manifest.description}}},
        {QStringLiteral("data"), QFileInfo(m_dataset.directory()).absoluteFilePath()},
        {QStringLiteral("fold"), fold},
        {QStringLiteral("heldOut"), heldOut},
        {QStringLiteral("testGms"), int(testGms.size())},
        {QStringLiteral("testImages"), qint64(scored.gms.size())},
        {QStringLiteral("skippedFiles"), analysed.skipped},
        {QStringLiteral("evaluationSeconds"), number(analysed.seconds)},
        {QStringLiteral("parsing"), parsing},
        {QStringLiteral("references"), references},
        {QStringLiteral("coordinatedAttack"), QJsonObject{{QStringLiteral("unseen"), unseen}, {QStringLiteral("seen"), seen}}},
        {QStringLiteral("detection"), detectionScores(predictions)},
        {QStringLiteral("novelty"), noveltyScores(m_dataset, predictions, manifest.metrics.value(u"excludedFamily").toString())},
        {QStringLiteral("perNode"), perNode},
    };
}

QString ModelEvaluator::markdown(const QJsonObject &result)
{
    auto figure = [](const QJsonValue &value) { return tables::figure(value); };
    const QJsonObject model = result.value(u"model").toObject();
    const QJsonObject parsing = result.value(u"parsing").toObject();
    const QJsonObject references = result.value(u"references").toObject();
    const QJsonObject fixedFeatures = references.value(u"fixedFeatures").toObject();
    QString text;
    text += QStringLiteral("## %1 (%2 head, %3)\n\n").arg(model.value(u"id").toString(), model.value(u"head").toString(),
                                                         model.value(u"config").toString());
    text += QStringLiteral("Data `%1`, test set %2 (%3), %4 test GMs, %5 test images.\n\n")
                .arg(result.value(u"data").toString())
                .arg(result.value(u"fold").toInt())
                .arg(result.value(u"heldOut").toBool() ? QStringLiteral("held out in training")
                                                       : QStringLiteral("NOT held out: these are training figures"))
                .arg(result.value(u"testGms").toInt())
                .arg(result.value(u"testImages").toInt());

    text += QStringLiteral("Parsing: per node, the ROC AUC of its score over the test images against the label of each image's "
                           "GM (0.5 = chance), averaged over the nodes of a kind that have both labels among the test GMs; F1 "
                           "at threshold 0.5; pair AUC: same vs different unseen GM by the cosine of the node scores.\n\n");
    const QStringList pairAuc{QStringLiteral("coordinatedAttack"), QStringLiteral("unseen"), QStringLiteral("auc")};
    std::vector<tables::SummaryRow> rows{{QStringLiteral("model"), parsing, at(result, pairAuc), {}, {}}};
    for (const tables::Reference &reference : tables::references())
        if (references.contains(reference.key))
            rows.push_back({reference.name, references.value(reference.key).toObject(),
                            at(references.value(reference.key).toObject(), pairAuc), {}, {}});
    text += tables::summary(rows);
    const QJsonObject upsampling = parsing.value(u"nodeAuc")[ParsingScores::upsamplingNode()].toObject();
    if (!upsampling.isEmpty()) {
        text += QStringLiteral("\nUp-sampling (`%1`, %2 test GMs with it, %3 without): AUC model %4, fixed features %5.\n")
                    .arg(ParsingScores::upsamplingNode())
                    .arg(upsampling.value(u"positiveGms").toInt())
                    .arg(upsampling.value(u"negativeGms").toInt())
                    .arg(figure(upsampling.value(u"auc")), figure(fixedFeatures.value(u"upsamplingAuc")));
    }
    if (!fixedFeatures.isEmpty()) {
        const QJsonObject fit = fixedFeatures.value(u"fit").toObject();
        text += QStringLiteral("\nFixed features: %1 image statistics (residual spectrum, histogram, saturation, clipping), one "
                               "logistic regression per node on %2 images of the %3 training GMs (fitted in %4 s).\n")
                    .arg(fit.value(u"features").toInt())
                    .arg(fit.value(u"trainingImages").toInt())
                    .arg(fit.value(u"trainingGms").toInt())
                    .arg(fit.value(u"fitSeconds").toDouble());
    }

    text += u'\n' + tables::parsingHeader() + tables::parsingRow(QStringLiteral("model"), parsing);
    for (const tables::Reference &reference : tables::references())
        if (references.contains(reference.key))
            text += tables::parsingRow(reference.name, references.value(reference.key).toObject());

    text += QStringLiteral("\nCoordinated attacks (cosine similarity of node probabilities, same vs different GM):\n\n"
                           "| GMs | pairs | accuracy | AUC | Pd@5%FAR | Pd@1%FAR |\n|---|---|---|---|---|---|\n");
    const QJsonObject attack = result.value(u"coordinatedAttack").toObject();
    for (const QString &which : {QStringLiteral("unseen"), QStringLiteral("seen")}) {
        const QJsonObject a = attack.value(which).toObject();
        text += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                    .arg(which, QString::number(a.value(u"pairs").toDouble()), figure(a.value(u"accuracy")), figure(a.value(u"auc")),
                         figure(a.value(u"pdAt5PercentFar")), figure(a.value(u"pdAt1PercentFar")));
    }
    const QJsonObject detection = result.value(u"detection").toObject();
    text += QStringLiteral("\nDetection (P(generated), %1 generated vs %2 real images): AP %3, AUC %4, accuracy %5.\n")
                .arg(detection.value(u"generatedImages").toDouble())
                .arg(detection.value(u"realImages").toDouble())
                .arg(figure(detection.value(u"averagePrecision")), figure(detection.value(u"auc")),
                     figure(detection.value(u"accuracy")));
    text += noveltyMarkdown(result.value(u"novelty").toObject());

    std::vector<tables::NodeRow> nodeRows;
    for (const QJsonValue &value : result.value(u"perNode").toArray())
        nodeRows.push_back({value[u"node"].toString(), value[u"kind"].toString()});
    if (!nodeRows.empty()) {
        std::vector<tables::NodeColumn> columns{{QStringLiteral("model AUC"), parsing.value(u"nodeAuc").toObject()}};
        for (const tables::Reference &reference : tables::references())
            if (reference.nodeColumn && references.contains(reference.key))
                columns.push_back({reference.name + QStringLiteral(" AUC"), at(references, {reference.key, QStringLiteral("nodeAuc")}).toObject()});
        text += QStringLiteral("\nAUC per node (– : all test GMs share the label):\n\n") + tables::nodeAuc(nodeRows, columns);
    }
    const QJsonArray skipped = result.value(u"skippedFiles").toArray();
    if (!skipped.isEmpty())
        text += QStringLiteral("\n%1 files could not be read, e.g. %2\n").arg(skipped.size()).arg(skipped.first().toString());
    return text;
}

} // namespace lgpn
