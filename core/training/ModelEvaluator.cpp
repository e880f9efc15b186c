#include "ModelEvaluator.h"

#include "analysis/ImageAnalyzer.h"
#include "analysis/PairSimilarity.h"
#include "bundle/ModelBundle.h"
#include "common/InputError.h"
#include "evaluation/Metrics.h"
#include "image/ImageLoader.h"

#include "ModelRuntime.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>

#include <cmath>
#include <random>

namespace lgpn {

namespace {

// Predictions for one image, as the metrics read them.
struct ImagePrediction
{
    int gm = -1;
    std::vector<float> nodes;
    std::vector<float> continuous;
    float generated = 0;
};

double meanSkippingNan(const std::vector<double> &values)
{
    double sum = 0;
    int count = 0;
    for (double value : values) {
        if (!std::isnan(value)) {
            sum += value;
            ++count;
        }
    }
    return count == 0 ? std::nan("") : sum / count;
}

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(std::round(value * 10000.0) / 10000.0) : QJsonValue();
}

// Node-level parsing scores of predictions `scores[image][node]` against the GMs' labels.
QJsonObject parsingScores(const HyperparameterSchema &schema, const TrainingDataset &dataset, const std::vector<int> &gms,
                          const std::vector<std::vector<float>> &scores, const std::vector<std::vector<float>> &continuous,
                          QJsonArray *perNode)
{
    QJsonObject result;
    const std::vector<std::pair<GroupKind, QString>> kinds = {
        {GroupKind::Loss, QStringLiteral("loss")}, {GroupKind::Discrete, QStringLiteral("discrete")},
        {GroupKind::Continuous, QStringLiteral("range")}};
    for (const auto &[kind, name] : kinds) {
        std::vector<double> f1s;
        std::vector<double> accuracies;
        for (int group : schema.groupsOfKind(kind)) {
            for (int node : schema.group(group).nodes) {
                std::vector<float> nodeScores;
                std::vector<float> labels;
                for (size_t i = 0; i < scores.size(); ++i) {
                    nodeScores.push_back(scores[i][size_t(node)]);
                    labels.push_back(dataset.nodeVector(gms[i])[size_t(node)]);
                }
                const metrics::ConfusionCounts counts = metrics::confusion(nodeScores, labels);
                f1s.push_back(counts.f1());
                accuracies.push_back(counts.accuracy());
                if (perNode) {
                    perNode->append(QJsonObject{{QStringLiteral("node"), schema.node(node).id},
                                                {QStringLiteral("group"), schema.group(group).id},
                                                {QStringLiteral("kind"), name},
                                                {QStringLiteral("f1"), number(counts.f1())},
                                                {QStringLiteral("accuracy"), number(counts.accuracy())},
                                                {QStringLiteral("positiveImages"), qint64(counts.truePositives + counts.falseNegatives)}});
                }
            }
        }
        result.insert(name, QJsonObject{{QStringLiteral("f1"), number(meanSkippingNan(f1s))},
                                        {QStringLiteral("accuracy"), number(meanSkippingNan(accuracies))}});
    }
    // L1 of the continuous parameters, per parameter and averaged.
    const std::vector<int> continuousGroups = schema.groupsOfKind(GroupKind::Continuous);
    QJsonObject perParameter;
    std::vector<double> errors;
    for (size_t c = 0; c < continuousGroups.size(); ++c) {
        std::vector<float> predicted;
        std::vector<float> targets;
        for (size_t i = 0; i < continuous.size(); ++i) {
            predicted.push_back(continuous[i][c]);
            targets.push_back(dataset.continuousTargets(gms[i])[c]);
        }
        const double error = metrics::meanAbsoluteError(predicted, targets);
        errors.push_back(error);
        perParameter.insert(schema.group(continuousGroups[c]).id, number(error));
    }
    result.insert(QStringLiteral("continuousL1"), number(meanSkippingNan(errors)));
    result.insert(QStringLiteral("continuousL1PerParameter"), perParameter);
    return result;
}

// Same-GM and different-GM pairs of the given images (indices into `predictions`).
QJsonObject attackScores(const std::vector<ImagePrediction> &predictions, const std::vector<std::vector<int>> &imagesByGm,
                         std::mt19937_64 &random, double threshold, double *bestThreshold)
{
    std::vector<float> scores;
    std::vector<float> labels;
    std::vector<int> all;
    for (const std::vector<int> &images : imagesByGm) {
        for (size_t a = 0; a < images.size(); ++a) {
            for (size_t b = a + 1; b < images.size(); ++b) {
                scores.push_back(float(PairSimilarity::cosine(predictions[size_t(images[a])].nodes, predictions[size_t(images[b])].nodes)));
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
        if (predictions[size_t(a)].gm == predictions[size_t(b)].gm)
            continue;
        scores.push_back(float(PairSimilarity::cosine(predictions[size_t(a)].nodes, predictions[size_t(b)].nodes)));
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

    // The images to analyse: test GMs' images, real images held out with the fold, and a few
    // images of seen (training) GMs for the coordinated-attack pairs.
    struct Job { int image; int role; }; // role 0 test, 1 real, 2 seen
    std::vector<Job> jobs;
    std::vector<int> seenGms;
    {
        const std::vector<int> training = m_dataset.trainingGms(fold);
        const size_t step = std::max<size_t>(1, training.size() / size_t(std::max(1, m_options.seenGms)));
        for (size_t i = 0; i < training.size() && int(seenGms.size()) < m_options.seenGms; i += step)
            seenGms.push_back(training[i]);
    }
    std::vector<int> perGm(size_t(m_dataset.gmCount()), 0);
    std::vector<bool> isTest(size_t(m_dataset.gmCount()), false);
    std::vector<bool> isSeen(size_t(m_dataset.gmCount()), false);
    for (int gm : testGms)
        isTest[size_t(gm)] = true;
    for (int gm : seenGms)
        isSeen[size_t(gm)] = true;
    for (size_t i = 0; i < m_dataset.images().size(); ++i) {
        const int gm = m_dataset.images()[i].gm;
        if (gm < 0)
            continue;
        if (isTest[size_t(gm)] && perGm[size_t(gm)] < m_options.imagesPerGm)
            jobs.push_back({int(i), 0});
        else if (isSeen[size_t(gm)] && perGm[size_t(gm)] < m_options.pairImagesPerGm)
            jobs.push_back({int(i), 2});
        else
            continue;
        ++perGm[size_t(gm)];
    }
    const std::vector<int> real = m_dataset.realImages(fold, true);
    const size_t realLimit = size_t(m_options.imagesPerGm) * testGms.size();
    for (size_t i = 0; i < real.size() && i < realLimit; ++i)
        jobs.push_back({real[i], 1});

    const torch::Device device = chooseDevice(m_options.device.toStdString());
    ImageAnalyzer analyzer(m_bundle, device);
    const ImageLoader loader;
    std::vector<ImagePrediction> predictions;
    std::vector<int> roles;
    QJsonArray skipped;
    QElapsedTimer clock;
    clock.start();
    QElapsedTimer sinceReport;
    sinceReport.start();
    for (size_t j = 0; j < jobs.size(); ++j) {
        const DatasetImage &image = m_dataset.images()[size_t(jobs[j].image)];
        try {
            ImageAnalysis analysis = analyzer.analyze(loader.load(image.path));
            predictions.push_back({image.gm, std::move(analysis.nodeProbabilities), std::move(analysis.continuousValues),
                                   analysis.generatedProbability});
            roles.push_back(jobs[j].role);
        } catch (const InputError &error) {
            skipped.append(error.message());
        }
        if (sinceReport.elapsed() > 10000) {
            progress(QStringLiteral("analysed %1/%2 images").arg(j + 1).arg(jobs.size()));
            sinceReport.restart();
        }
    }
    const double seconds = double(clock.elapsed()) / 1000.0;

    // Parsing, on the test GMs' images; the references predict from the training GMs' labels.
    std::vector<int> gms;
    std::vector<std::vector<float>> scores;
    std::vector<std::vector<float>> continuous;
    for (size_t i = 0; i < predictions.size(); ++i) {
        if (roles[i] != 0)
            continue;
        gms.push_back(predictions[i].gm);
        scores.push_back(predictions[i].nodes);
        continuous.push_back(predictions[i].continuous);
    }
    if (gms.empty())
        throw InputError(m_dataset.directory(), QStringLiteral("no image of test set %1 could be read").arg(fold));
    QJsonArray perNode;
    QJsonObject parsing = parsingScores(schema, m_dataset, gms, scores, continuous, &perNode);

    const std::vector<int> trainingGms = m_dataset.trainingGms(fold);
    std::vector<float> modeNodes(size_t(schema.nodeCount()), 0);
    std::vector<float> meanContinuous(m_dataset.continuousTargets(testGms.front()).size(), 0);
    for (int gm : trainingGms) {
        for (size_t n = 0; n < modeNodes.size(); ++n)
            modeNodes[n] += m_dataset.nodeVector(gm)[n] / float(trainingGms.size());
        const std::vector<float> targets = m_dataset.continuousTargets(gm);
        for (size_t c = 0; c < meanContinuous.size(); ++c)
            meanContinuous[c] += targets[c] / float(trainingGms.size());
    }
    for (float &value : modeNodes)
        value = value >= 0.5f ? 1.0f : 0.0f;
    std::mt19937_64 random(m_options.seed);
    std::vector<std::vector<float>> randomNodes;
    std::vector<std::vector<float>> randomContinuous;
    for (size_t i = 0; i < gms.size(); ++i) {
        const int gm = trainingGms[size_t(random() % trainingGms.size())];
        randomNodes.push_back(m_dataset.nodeVector(gm));
        randomContinuous.push_back(m_dataset.continuousTargets(gm));
    }
    const QJsonObject meanMode = parsingScores(schema, m_dataset, gms, std::vector<std::vector<float>>(gms.size(), modeNodes),
                                               std::vector<std::vector<float>>(gms.size(), meanContinuous), nullptr);
    const QJsonObject randomTruth = parsingScores(schema, m_dataset, gms, randomNodes, randomContinuous, nullptr);

    // Coordinated attacks: the threshold that is best on seen GMs' pairs decides unseen ones too.
    auto pairImages = [&](int role) {
        std::vector<std::vector<int>> byGm(size_t(m_dataset.gmCount()));
        for (size_t i = 0; i < predictions.size(); ++i) {
            if (roles[i] == role && int(byGm[size_t(predictions[i].gm)].size()) < m_options.pairImagesPerGm)
                byGm[size_t(predictions[i].gm)].push_back(int(i));
        }
        return byGm;
    };
    double seenThreshold = std::nan("");
    const QJsonObject seen = attackScores(predictions, pairImages(2), random, std::nan(""), &seenThreshold);
    const QJsonObject unseen = attackScores(predictions, pairImages(0), random, seenThreshold, nullptr);

    // Detection: generated (test GMs) against real images held out with the fold.
    std::vector<float> generatedScores;
    std::vector<float> generatedLabels;
    for (size_t i = 0; i < predictions.size(); ++i) {
        if (roles[i] == 2)
            continue;
        generatedScores.push_back(predictions[i].generated);
        generatedLabels.push_back(roles[i] == 0 ? 1.0f : 0.0f);
    }
    const long realCount = long(std::count(roles.begin(), roles.end(), 1));
    QJsonObject detection{{QStringLiteral("generatedImages"), qint64(gms.size())}, {QStringLiteral("realImages"), qint64(realCount)}};
    if (realCount > 0) {
        detection.insert(QStringLiteral("averagePrecision"), number(metrics::averagePrecision(generatedScores, generatedLabels)));
        detection.insert(QStringLiteral("auc"), number(metrics::rocAuc(generatedScores, generatedLabels)));
        detection.insert(QStringLiteral("accuracy"), number(metrics::confusion(generatedScores, generatedLabels).accuracy()));
    }

    const BundleManifest &manifest = m_bundle.manifest();
    progress(QStringLiteral("evaluated %1 images in %2 s").arg(predictions.size()).arg(seconds, 0, 'f', 1));
    return QJsonObject{
        {QStringLiteral("model"), QJsonObject{{QStringLiteral("id"), manifest.modelId},
                                              {QStringLiteral("head"), QString::fromStdString(m_bundle.options().head())},
                                              {QStringLiteral("config"), QString::fromStdString(m_bundle.options().config())},
                                              {QStringLiteral("trainingSeconds"), manifest.metrics.value(u"trainingSeconds")},
                                              {QStringLiteral("description"), manifest.description}}},
        {QStringLiteral("data"), QFileInfo(m_dataset.directory()).absoluteFilePath()},
        {QStringLiteral("fold"), fold},
        {QStringLiteral("heldOut"), heldOut},
        {QStringLiteral("testGms"), int(testGms.size())},
        {QStringLiteral("testImages"), qint64(gms.size())},
        {QStringLiteral("skippedFiles"), skipped},
        {QStringLiteral("evaluationSeconds"), number(seconds)},
        {QStringLiteral("parsing"), parsing},
        {QStringLiteral("references"), QJsonObject{{QStringLiteral("randomGroundTruth"), randomTruth},
                                                   {QStringLiteral("meanMode"), meanMode}}},
        {QStringLiteral("coordinatedAttack"), QJsonObject{{QStringLiteral("unseen"), unseen}, {QStringLiteral("seen"), seen}}},
        {QStringLiteral("detection"), detection},
        {QStringLiteral("perNode"), perNode},
    };
}

QString ModelEvaluator::markdown(const QJsonObject &result)
{
    auto figure = [](const QJsonValue &value) {
        return value.isDouble() ? QString::number(value.toDouble(), 'f', 3) : QStringLiteral("–");
    };
    const QJsonObject model = result.value(u"model").toObject();
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
    text += QStringLiteral("| | loss F1 | loss acc. | discrete F1 | discrete acc. | range F1 | range acc. | continuous L1 |\n"
                           "|---|---|---|---|---|---|---|---|\n");
    auto parsingRow = [&](const QString &name, const QJsonObject &p) {
        return QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
            .arg(name, figure(p.value(u"loss")[u"f1"]), figure(p.value(u"loss")[u"accuracy"]),
                 figure(p.value(u"discrete")[u"f1"]), figure(p.value(u"discrete")[u"accuracy"]),
                 figure(p.value(u"range")[u"f1"]), figure(p.value(u"range")[u"accuracy"]), figure(p.value(u"continuousL1")));
    };
    text += parsingRow(QStringLiteral("model"), result.value(u"parsing").toObject());
    const QJsonObject references = result.value(u"references").toObject();
    text += parsingRow(QStringLiteral("random ground truth"), references.value(u"randomGroundTruth").toObject());
    text += parsingRow(QStringLiteral("mean/mode"), references.value(u"meanMode").toObject());
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
    const QJsonArray skipped = result.value(u"skippedFiles").toArray();
    if (!skipped.isEmpty())
        text += QStringLiteral("\n%1 files could not be read, e.g. %2\n").arg(skipped.size()).arg(skipped.first().toString());
    return text;
}

} // namespace lgpn
