#include "bundle/ModelBundle.h"
#include "bundle/NodeReliability.h"
#include "common/InputError.h"
#include "evaluation/FixedFeatureReference.h"
#include "evaluation/LinearModels.h"
#include "evaluation/Metrics.h"
#include "evaluation/TraceFeatures.h"
#include "training/GeneratorBalancedBatches.h"
#include "training/LgpnTrainer.h"
#include "training/MixedBatches.h"
#include "training/SyntheticTraceBatches.h"
#include "training/SyntheticTraceEvaluation.h"
#include "training/ModelEvaluator.h"
#include "training/ProtocolRunner.h"
#include "training/TrainingDataset.h"
#include "training/TrainingImageBank.h"

#include "ModelRuntime.h"
#include "RealImageSource.h"
#include "InputRefusal.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>

#include <cmath>
#include <map>
#include <random>
#include <set>

using namespace lgpn;

namespace {

const QString kRed140 = QStringLiteral(LGPN_SHARED_DIR "/reference/red140");
constexpr int kImagesPerGm = 16;

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty())
            lines << line;
    }
    return lines;
}

void writeLines(const QString &path, const QStringList &lines)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write((lines.join(u'\n') + u'\n').toUtf8());
}

// An image whose texture depends on the GM (stripes of a GM-specific frequency and angle, and a
// GM-specific colour) plus noise; real images are smooth gradients. Some are 48 px wide, so the
// native-resolution crops are exercised.
cv::Mat syntheticImage(int gm, int index)
{
    std::mt19937 random(uint32_t(gm * 1000 + index + 7));
    std::uniform_real_distribution<double> noise(-20, 20);
    const int size = index % 4 == 3 ? 48 : 32;
    cv::Mat image(size, size, CV_8UC3);
    const double angle = gm * 0.7;
    const double frequency = 0.3 + 0.25 * (gm % 4);
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            double value;
            if (gm < 0)
                value = 128 + 90 * std::sin((x + y + index) * 0.05);
            else
                value = 128 + 100 * std::sin(frequency * (x * std::cos(angle) + y * std::sin(angle)));
            auto channel = [&](double scale) { return qBound(0, int(value * scale + noise(random)), 255); };
            image.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(channel(gm < 0 ? 0.9 : 0.4 + 0.2 * (gm % 2))), uchar(channel(0.8)),
                                                  uchar(channel(gm < 0 ? 1.0 : 0.5 + 0.15 * (gm % 3)))); // BGR
        }
    }
    return image;
}

// RED-style data: 8 real RED140 GMs (two from each test set), their label rows, a test-set file,
// synthetic images per GM and real images. Returns false when RED140 is not beside the repository.
bool writeRedStyleData(const QString &directory)
{
    const QStringList architecture = readLines(kRed140 + u"/architecture_labels.txt");
    const QStringList losses = readLines(kRed140 + u"/loss_labels.txt");
    const QStringList sets = readLines(kRed140 + u"/test_sets.txt").filter(QRegularExpression(QStringLiteral("^\\d")));
    if (architecture.isEmpty() || architecture.size() != losses.size() || sets.size() != 4)
        return false;
    QStringList keptArchitecture;
    QStringList keptLosses;
    QStringList keptSets;
    int gm = 0;
    for (const QString &set : sets) {
        const QStringList fields = set.split(u' ', Qt::SkipEmptyParts);
        keptSets << fields.mid(0, 3).join(u' ');
        for (const QString &name : fields.mid(1, 2)) {
            for (int row = 0; row < architecture.size(); ++row) {
                if (architecture[row].section(u' ', 0, 0) == name) {
                    keptArchitecture << architecture[row];
                    keptLosses << losses[row];
                }
            }
            QDir(directory).mkpath(QStringLiteral("images/") + name);
            for (int i = 0; i < kImagesPerGm; ++i)
                cv::imwrite(QStringLiteral("%1/images/%2/%3.png").arg(directory, name).arg(i, 3, 10, QLatin1Char('0')).toStdString(), syntheticImage(gm, i));
            ++gm;
        }
    }
    writeLines(directory + u"/architecture_labels.txt", keptArchitecture);
    writeLines(directory + u"/loss_labels.txt", keptLosses);
    writeLines(directory + u"/test_sets.txt", keptSets);
    // Two sources of real images, as a zoo has (Fashion-MNIST and photographs).
    QDir(directory).mkpath(QStringLiteral("real/photos"));
    QDir(directory).mkpath(QStringLiteral("real/scans"));
    for (int i = 0; i < kImagesPerGm; ++i)
        cv::imwrite(QStringLiteral("%1/real/%2/%3.png").arg(directory, i % 2 ? QStringLiteral("scans") : QStringLiteral("photos"))
                        .arg(i, 3, 10, QLatin1Char('0')).toStdString(), syntheticImage(-1, i));
    return keptArchitecture.size() == 8;
}

// A smooth image (a gradient of random direction and a faint low-frequency wave, with noise),
// with a 2-pixel checkerboard of +-5 grey levels added when `checkered` (the trace a transposed
// convolution of stride 2 leaves). BGR for cv::imwrite.
cv::Mat traceImage(int index, bool checkered)
{
    std::mt19937 random(uint32_t(index * 2 + (checkered ? 1 : 0) + 11));
    std::uniform_real_distribution<double> uniform(0, 1);
    std::uniform_int_distribution<int> noise(-2, 2);
    const double angle = 6.283 * uniform(random);
    const double base = 60 + 120 * uniform(random);
    const double wave = 0.1 + 0.2 * uniform(random);
    cv::Mat image(32, 32, CV_8UC3);
    for (int y = 0; y < 32; ++y) {
        for (int x = 0; x < 32; ++x) {
            const double value = base + 1.5 * (x * std::cos(angle) + y * std::sin(angle)) + 15 * std::sin(wave * (x + 2 * y))
                                 + (checkered ? ((x + y) % 2 ? 5 : -5) : 0);
            auto channel = [&](double scale) { return uchar(qBound(0, int(value * scale) + noise(random), 255)); };
            image.at<cv::Vec3b>(y, x) = cv::Vec3b(channel(0.9), channel(1.0), channel(1.1));
        }
    }
    return image;
}

TrainingOptions quickOptions(const QString &outPath)
{
    TrainingOptions options;
    options.outPath = outPath;
    options.fold = 1;
    options.epochs = 4;
    options.batch = 16;
    options.learningRate = 3e-3;
    options.device = QStringLiteral("cpu");
    options.seed = 3;
    options.regressionEpochs = 2;
    options.regressionImages = 64;
    return options;
}

// One quick epoch whose synthetic networks are small and few.
TrainingOptions quickSyntheticOptions(const QString &outPath)
{
    TrainingOptions options = quickOptions(outPath);
    options.epochs = 1;
    options.imagesPerNetwork = 4;
    options.syntheticRealImages = 64;
    return options;
}

std::vector<double> classificationLosses(const QString &logPath)
{
    std::vector<double> losses;
    const QStringList lines = readLines(logPath);
    for (int i = 1; i < lines.size(); ++i)
        losses.push_back(lines[i].section(u',', 3, 3).toDouble());
    return losses;
}

// The images of these GMs and the real ones, loaded.
TrainingImageBank bankOf(const TrainingDataset &dataset, const std::vector<int> &gms, const std::vector<int> &real)
{
    std::vector<int> images = dataset.imagesOfGms(gms);
    images.insert(images.end(), real.begin(), real.end());
    return TrainingImageBank(dataset, images, 1);
}

// Fold 1's training GMs and real images with random node labels, and options for batches of 8
// generated and 2 real flipped crops.
struct SmallBatchSource
{
    explicit SmallBatchSource(const QString &data)
        : dataset(TrainingDataset::open(data))
        , gms(dataset.trainingGms(1))
        , real(dataset.realImages(1, false))
        , bank(bankOf(dataset, gms, real))
        , gmNodes(torch::rand({dataset.gmCount(), dataset.schema().nodeCount()}))
    {
        options.generatedPerBatch = 8;
        options.realPerBatch = 2;
        options.flips = true;
    }

    GeneratorBalancedBatches batches(const BatchOptions &batchOptions) const
    {
        return GeneratorBalancedBatches(dataset, bank, gms, real, gmNodes, batchOptions);
    }

    const TrainingDataset dataset;
    const std::vector<int> gms;
    const std::vector<int> real;
    const TrainingImageBank bank;
    const torch::Tensor gmNodes;
    BatchOptions options;
};

// The fold-1 training bank (its training GMs and real images) and balanced batches over it.
TrainingImageBank fold1Bank(const TrainingDataset &dataset)
{
    return bankOf(dataset, dataset.trainingGms(1), dataset.realImages(1, false));
}

std::unique_ptr<GeneratorBalancedBatches> fold1Batches(const TrainingDataset &dataset, const TrainingImageBank &bank,
                                                       const BatchOptions &options)
{
    const torch::Tensor gmNodes = torch::zeros({dataset.gmCount(), dataset.schema().nodeCount()});
    return std::make_unique<GeneratorBalancedBatches>(dataset, bank, dataset.trainingGms(1), dataset.realImages(1, false), gmNodes, options);
}

// The rows of a whole batch in the order of its rank shares: each rank takes a contiguous slice of
// the generated rows, then one of the real rows.
torch::Tensor shareOrder(int ranks, int generated, int real)
{
    std::vector<int64_t> order;
    for (int rank = 0; rank < ranks; ++rank) {
        for (int i = generated * rank / ranks; i < generated * (rank + 1) / ranks; ++i)
            order.push_back(i);
        for (int i = real * rank / ranks; i < real * (rank + 1) / ranks; ++i)
            order.push_back(generated + i);
    }
    return torch::tensor(order);
}

// The per-node AUC and the references of an evaluation (fold 1: 2 test GMs, 6 training GMs).
void checkAucAndReferences(const TrainingDataset &dataset, const QJsonObject &result)
{
    QCOMPARE(result.value(u"evaluationFormat").toInt(), ModelEvaluator::kResultFormat);
    const QJsonObject parsing = result.value(u"parsing").toObject();
    const QJsonObject nodeAuc = parsing.value(u"nodeAuc").toObject();
    QCOMPARE(nodeAuc.size(), dataset.schema().nodeCount());
    int defined = 0;
    for (const QJsonValue &node : result.value(u"perNode").toArray()) {
        const QJsonObject byId = nodeAuc.value(node[u"node"].toString()).toObject();
        QCOMPARE(node[u"auc"], byId.value(u"auc"));
        // Two test GMs: an AUC exactly where one has the node and the other not.
        const bool split = byId.value(u"positiveGms").toInt() == 1 && byId.value(u"negativeGms").toInt() == 1;
        QCOMPARE(byId.value(u"positiveGms").toInt() + byId.value(u"negativeGms").toInt(), 2);
        QCOMPARE(byId.value(u"auc").isDouble(), split);
        defined += split ? 1 : 0;
    }
    int aucNodes = 0;
    for (const QString &kind : {QStringLiteral("loss"), QStringLiteral("discrete"), QStringLiteral("range")})
        aucNodes += parsing.value(kind)[u"aucNodes"].toInt();
    QCOMPARE(aucNodes, defined);
    QVERIFY(parsing.contains(u"upsamplingAuc"));

    // Mean/mode is a constant per node: AUC 0.5 wherever it is defined.
    const QJsonObject references = result.value(u"references").toObject();
    const QJsonObject meanMode = references.value(u"meanMode").toObject();
    for (const QString &kind : {QStringLiteral("loss"), QStringLiteral("discrete"), QStringLiteral("range")}) {
        if (meanMode.value(kind)[u"aucNodes"].toInt() > 0)
            QCOMPARE(meanMode.value(kind)[u"auc"].toDouble(), 0.5);
    }
    QVERIFY(references.value(u"randomGroundTruth")[u"loss"].toObject().contains(u"auc"));
    QVERIFY(!references.contains(u"familyPrior")); // RED-style data names no families
    // The fixed-feature reference, fitted on the training GMs' images (all 16 of each of 6).
    const QJsonObject fixed = references.value(u"fixedFeatures").toObject();
    QCOMPARE(fixed.value(u"testImages").toInt(), result.value(u"testImages").toInt());
    QCOMPARE(fixed.value(u"fit")[u"trainingImages"].toInt(), 6 * kImagesPerGm);
    QCOMPARE(fixed.value(u"fit")[u"features"].toInt(), TraceFeatures::kCount);
    QCOMPARE(fixed.value(u"nodeAuc").toObject().size(), dataset.schema().nodeCount());
    QVERIFY(fixed.value(u"continuousL1").isDouble());
    QVERIFY(fixed.value(u"coordinatedAttack")[u"unseen"][u"auc"].isDouble());
    const QString text = ModelEvaluator::markdown(result);
    QVERIFY(text.contains(QStringLiteral("| fixed features |")));
    QVERIFY(text.contains(QStringLiteral("up-sampling AUC")));
    QVERIFY(text.contains(QStringLiteral("`upsampling_deconv`")));
}

// A test image truncated after the data set was opened: named in skippedFiles, the batch it was
// read with evaluated without it, the file restored afterwards.
void damagedImageIsSkippedAlone(const ModelBundle &bundle, const TrainingDataset &dataset, const EvaluationOptions &evaluation,
                                const QJsonObject &whole)
{
    const std::vector<int> testImages = dataset.imagesOfGms(dataset.testGms(1));
    const QString path = dataset.images()[size_t(testImages[1])].path;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes.left(20));
    file.close();
    const QJsonObject result = ModelEvaluator(bundle, dataset, evaluation).run([](const QString &) {});
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();
    const QJsonArray skipped = result.value(u"skippedFiles").toArray();
    QCOMPARE(skipped.size(), 1);
    QVERIFY2(skipped.first().toString().contains(QFileInfo(path).fileName()), qPrintable(skipped.first().toString()));
    QCOMPARE(result.value(u"testImages").toInt(), whole.value(u"testImages").toInt() - 1);
    QCOMPARE(result.value(u"detection")[u"realImages"], whole.value(u"detection")[u"realImages"]);
}

// The RED-style data of `red` laid out as a zoo whose manifest names a family per GM: "even" for
// the GMs of even index in the label tables, "odd" for the others. The images are copied.
bool writeZooWithFamilies(const QString &red, const QString &zoo)
{
    const QDir from(red);
    QDir to(zoo);
    if (!to.mkpath(QStringLiteral("labels")))
        return false;
    for (const QString &file : {QStringLiteral("architecture_labels.txt"), QStringLiteral("loss_labels.txt"), QStringLiteral("test_sets.txt")})
        if (!QFile::copy(from.filePath(file), to.filePath(QStringLiteral("labels/") + file)))
            return false;
    QFile schema(to.filePath(QStringLiteral("schema.json")));
    if (!schema.open(QIODevice::WriteOnly) || schema.write(HyperparameterSchema::red140().toJson()) <= 0)
        return false;
    schema.close();
    auto copyFolder = [&](const QString &folder) {
        to.mkpath(folder);
        for (const QString &file : QDir(from.filePath(folder)).entryList(QDir::Files))
            if (!QFile::copy(from.filePath(folder + u'/' + file), to.filePath(folder + u'/' + file)))
                return false;
        return true;
    };
    QJsonArray gms;
    const QStringList rows = readLines(from.filePath(QStringLiteral("architecture_labels.txt")));
    for (int i = 0; i < rows.size(); ++i) {
        const QString name = rows[i].section(u' ', 0, 0);
        const QString folder = QStringLiteral("images/") + name;
        if (!copyFolder(folder))
            return false;
        gms.append(QJsonObject{{QStringLiteral("name"), name},
                               {QStringLiteral("folder"), folder},
                               {QStringLiteral("family"), QString::fromLatin1(i % 2 == 0 ? "even" : "odd")}});
    }
    QJsonArray real;
    for (const QString &folder : {QStringLiteral("real/photos"), QStringLiteral("real/scans")}) {
        if (!copyFolder(folder))
            return false;
        real.append(QJsonObject{{QStringLiteral("folder"), folder}});
    }
    const QJsonObject manifest{{QStringLiteral("format"), QStringLiteral("lgpn-zoo")},
                               {QStringLiteral("complete"), true},
                               {QStringLiteral("schema"), QStringLiteral("schema.json")},
                               {QStringLiteral("gms"), gms},
                               {QStringLiteral("real"), real}};
    writeLines(to.filePath(QStringLiteral("manifest.json")), {QString::fromUtf8(QJsonDocument(manifest).toJson())});
    return true;
}

// On a zoo, the family prior scores each test image by the mean labels of its family's training
// GMs: with two test GMs, a node's AUC is 1, 0.5 or 0 as the family means rank them, checked here
// against those means computed by hand.
void familyPriorOnAZoo(const QString &red, const ModelBundle &bundle, const EvaluationOptions &evaluation)
{
    QTemporaryDir zoo;
    QVERIFY(writeZooWithFamilies(red, zoo.path()));
    const TrainingDataset dataset = TrainingDataset::open(zoo.path());
    const QJsonObject result = ModelEvaluator(bundle, dataset, evaluation).run([](const QString &) {});
    const QJsonObject family = result.value(u"references")[u"familyPrior"].toObject();
    QVERIFY(!family.isEmpty());
    const std::vector<int> test = dataset.testGms(1);
    QCOMPARE(test.size(), size_t(2));
    QVERIFY(dataset.familyOfGm(test[0]) != dataset.familyOfGm(test[1]));
    auto familyMean = [&](int testGm, int node) {
        double sum = 0;
        int count = 0;
        for (int gm : dataset.trainingGms(1)) {
            if (dataset.familyOfGm(gm) == dataset.familyOfGm(testGm)) {
                sum += dataset.nodeVector(gm)[size_t(node)];
                ++count;
            }
        }
        return sum / count;
    };
    int checked = 0;
    for (int node = 0; node < dataset.schema().nodeCount(); ++node) {
        const float label0 = dataset.nodeVector(test[0])[size_t(node)];
        const float label1 = dataset.nodeVector(test[1])[size_t(node)];
        const QJsonValue auc = family.value(u"nodeAuc")[dataset.schema().node(node).id][u"auc"];
        if (label0 == label1) {
            QVERIFY(!auc.isDouble());
            continue;
        }
        const int positive = label0 > label1 ? test[0] : test[1];
        const int negative = label0 > label1 ? test[1] : test[0];
        const double difference = familyMean(positive, node) - familyMean(negative, node);
        const double expected = difference > 1e-6 ? 1.0 : difference < -1e-6 ? 0.0 : 0.5;
        QCOMPARE(auc.toDouble(), expected);
        ++checked;
    }
    QVERIFY(checked > 10);
    QVERIFY(ModelEvaluator::markdown(result).contains(QStringLiteral("| family prior |")));
}

} // namespace

class TestTraining : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        configureThreads(1); // one thread: ctest runs tests side by side
        QVERIFY(m_data.isValid());
        if (!writeRedStyleData(m_data.path()))
            QSKIP("shared/reference/red140 is not beside the repository");
    }

    void redStyleDataOpens()
    {
        const TrainingDataset dataset = TrainingDataset::open(m_data.path());
        QCOMPARE(dataset.layout(), QStringLiteral("red"));
        QCOMPARE(dataset.gmCount(), 8);
        QCOMPARE(int(dataset.images().size()), 8 * kImagesPerGm + kImagesPerGm);
        for (int fold = 1; fold <= 4; ++fold) {
            QCOMPARE(int(dataset.testGms(fold).size()), 2);
            QCOMPARE(int(dataset.trainingGms(fold).size()), 6);
            // Real images held out with a fold are not trained on with it.
            const std::vector<int> heldOut = dataset.realImages(fold, true);
            const std::vector<int> trained = dataset.realImages(fold, false);
            QCOMPARE(int(heldOut.size() + trained.size()), kImagesPerGm);
            for (int image : heldOut)
                QVERIFY(std::find(trained.begin(), trained.end(), image) == trained.end());
        }
        QCOMPARE(int(dataset.trainingGms(0).size()), 8);
        QCOMPARE(int(dataset.imagesOfGms(dataset.testGms(2)).size()), 2 * kImagesPerGm);
    }

    void malformedDataIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY_THROWS_EXCEPTION(InputError, TrainingDataset::open(dir.path())); // no label tables
        QVERIFY_THROWS_EXCEPTION(InputError, TrainingDataset::open(dir.filePath(QStringLiteral("missing"))));
        // A GM of the label tables without an image folder.
        for (const QString &file : {QStringLiteral("architecture_labels.txt"), QStringLiteral("loss_labels.txt"), QStringLiteral("test_sets.txt")})
            QVERIFY(QFile::copy(m_data.filePath(file), dir.filePath(file)));
        const auto error = refusalOf([&] { TrainingDataset::open(dir.path()); });
        QVERIFY2(error, "data without images was accepted");
        QVERIFY2(error->message().contains(dir.path()), qPrintable(error->message()));
    }

    void fewStepsLowerTheLoss()
    {
        const TrainingDataset dataset = TrainingDataset::open(m_data.path());
        QTemporaryDir out;
        const QString bundlePath = out.filePath(QStringLiteral("model.lgpn"));
        QVERIFY(LgpnTrainer(quickOptions(bundlePath), dataset).run([](const QString &line) { qInfo("%s", qPrintable(line)); }));
        const std::vector<double> losses = classificationLosses(LgpnTrainer::logPath(bundlePath));
        QVERIFY(losses.size() >= 20);
        const double first = (losses[0] + losses[1] + losses[2]) / 3;
        const double last = (losses[losses.size() - 1] + losses[losses.size() - 2] + losses[losses.size() - 3]) / 3;
        QVERIFY2(last < 0.8 * first, qPrintable(QStringLiteral("classification loss %1 -> %2").arg(first).arg(last)));
        QVERIFY(!QFileInfo::exists(LgpnTrainer::checkpointPath(bundlePath)));

        // The bundle loads, remembers its held-out fold and evaluates on it.
        const ModelBundle bundle = ModelBundle::load(bundlePath);
        QCOMPARE(bundle.manifest().metrics.value(u"heldOutFold").toInt(), 1);
        EvaluationOptions evaluation;
        evaluation.device = QStringLiteral("cpu");
        evaluation.pairImagesPerGm = 8;
        const QJsonObject result = ModelEvaluator(bundle, dataset, evaluation).run([](const QString &) {});
        QCOMPARE(result.value(u"fold").toInt(), 1);
        QVERIFY(result.value(u"heldOut").toBool());
        QCOMPARE(result.value(u"testImages").toInt(), 2 * kImagesPerGm);
        const QJsonObject loss = result.value(u"parsing")[u"loss"].toObject();
        QVERIFY(loss.value(u"accuracy").toDouble() >= 0 && loss.value(u"accuracy").toDouble() <= 1);
        const QJsonObject unseen = result.value(u"coordinatedAttack")[u"unseen"].toObject();
        QCOMPARE(unseen.value(u"samePairs").toInt(), 2 * 8 * 7 / 2);
        QVERIFY(unseen.value(u"auc").isDouble());
        QCOMPARE(result.value(u"detection")[u"realImages"].toInt(), kImagesPerGm / 4);
        QCOMPARE(result.value(u"perNode").toArray().size(), dataset.schema().nodeCount());
        QVERIFY(ModelEvaluator::markdown(result).contains(QStringLiteral("mean/mode")));
        checkAucAndReferences(dataset, result);
        damagedImageIsSkippedAlone(bundle, dataset, evaluation, result);
        familyPriorOnAZoo(m_data.path(), bundle, evaluation);
    }

    void batchesAreBalancedByGenerator()
    {
        const TrainingDataset dataset = TrainingDataset::open(m_data.path());
        const TrainingImageBank bank = fold1Bank(dataset);
        BatchOptions options;
        options.generatedPerBatch = 6; // 3 GMs x 2 images
        options.realPerBatch = 2;
        options.imagesPerGm = 2;
        const std::unique_ptr<GeneratorBalancedBatches> batches = fold1Batches(dataset, bank, options);
        std::map<int, int> seen;
        for (int64_t step = 0; step < 4; ++step) { // 12 GM slots: two rounds over the 6 training GMs
            const TrainingBatch batch = batches->batch(step);
            QCOMPARE(batch.images.size(0), int64_t(8));
            QCOMPARE(int(batch.gms.size()), 8);
            for (int pair = 0; pair < 3; ++pair) {
                QCOMPARE(batch.gms[size_t(2 * pair)], batch.gms[size_t(2 * pair + 1)]); // two images of each GM
                ++seen[batch.gms[size_t(2 * pair)]];
            }
            QCOMPARE(batch.gms[6], -1);
            QCOMPARE(batch.isGenerated.sum().item<float>(), 6.0f);
            // The same step gives the same batch (resume).
            QVERIFY(torch::equal(batches->batch(step).images, batch.images));
        }
        QCOMPARE(int(seen.size()), 6);
        for (const auto &[gm, count] : seen)
            QCOMPARE(count, 2); // every GM twice, whatever its image count
    }

    void ranksSharesMakeTheWholeBatch()
    {
        SmallBatchSource source(m_data.path());
        const BatchOptions &options = source.options;
        GeneratorBalancedBatches whole = source.batches(options);
        for (int ranks : {2, 3}) {
            std::vector<std::unique_ptr<GeneratorBalancedBatches>> shares;
            for (int rank = 0; rank < ranks; ++rank) {
                BatchOptions share = options;
                share.shareRank = rank;
                share.shareCount = ranks;
                shares.push_back(std::make_unique<GeneratorBalancedBatches>(source.batches(share)));
            }
            for (int64_t step = 0; step < 3; ++step) {
                const TrainingBatch batch = whole.batch(step);
                std::vector<TrainingBatch> parts;
                for (auto &share : shares)
                    parts.push_back(share->batch(step));
                // Generated then real within each share; reorder the whole batch the same way to compare.
                std::vector<torch::Tensor> partImages, partLabels;
                std::vector<int> partGms;
                for (const TrainingBatch &part : parts) {
                    partImages.push_back(part.images);
                    partLabels.push_back(part.nodeLabels);
                    partGms.insert(partGms.end(), part.gms.begin(), part.gms.end());
                }
                const torch::Tensor order = shareOrder(ranks, options.generatedPerBatch, options.realPerBatch);
                QVERIFY(torch::equal(torch::cat(partImages), batch.images.index_select(0, order)));
                QVERIFY(torch::equal(torch::cat(partLabels), batch.nodeLabels.index_select(0, order)));
                QCOMPARE(int(partGms.size()), int(batch.gms.size()));
            }
        }
    }

    void dihedralCropsAreSymmetriesOfTheFlippedOnes()
    {
        SmallBatchSource source(m_data.path());
        GeneratorBalancedBatches flipped = source.batches(source.options);
        BatchOptions turned = source.options;
        turned.dihedral = true;
        GeneratorBalancedBatches dihedral = source.batches(turned);
        // The same images and crops (one draw per crop either way), each turned by one of the 8
        // symmetries; transposes among them, not flips alone. (The draw that flips one left-right
        // is the low bit of the draw that turns the other, so they differ by codes 0, 2, 4, 6.)
        std::set<int> used;
        for (int64_t step = 0; step < 4; ++step) {
            const torch::Tensor a = flipped.batch(step).images;
            const torch::Tensor b = dihedral.batch(step).images;
            QCOMPARE(a.sizes(), b.sizes());
            for (int64_t i = 0; i < a.size(0); ++i) {
                int found = -1;
                for (int code = 0; code < 8 && found < 0; ++code) {
                    torch::Tensor turned = a[i];
                    if (code & 1)
                        turned = turned.flip({2});
                    if (code & 2)
                        turned = turned.flip({1});
                    if (code & 4)
                        turned = turned.transpose(1, 2);
                    if (torch::equal(turned, b[i]))
                        found = code;
                }
                QVERIFY2(found >= 0, qPrintable(QStringLiteral("crop %1 of step %2").arg(i).arg(step)));
                used.insert(found);
            }
            QVERIFY(torch::equal(dihedral.batch(step).images, b)); // the same step, the same batch (resume)
        }
        QCOMPARE(int(used.size()), 4);
        QVERIFY(std::any_of(used.begin(), used.end(), [](int code) { return (code & 4) != 0; }));
    }

    void validationHoldsOutWholeConfigurations()
    {
        const TrainingDataset dataset = TrainingDataset::open(m_data.path());
        TrainingOptions options = quickOptions(QString());
        options.fold = 0; // 8 training GMs, each its own configuration in RED-style data
        std::vector<int> fit, validation;
        LgpnTrainer::splitValidation(dataset, options, fit, validation);
        QCOMPARE(int(validation.size()), 2);
        QCOMPARE(int(fit.size()), 6);
        std::set<int> all(fit.begin(), fit.end());
        for (int gm : validation)
            QVERIFY(all.insert(gm).second);
        QCOMPARE(int(all.size()), 8);
        std::vector<int> fitAgain, validationAgain;
        LgpnTrainer::splitValidation(dataset, options, fitAgain, validationAgain);
        QCOMPARE(validationAgain, validation);
        // A fold's test GMs are never validation GMs; too few configurations: no validation.
        options.fold = 1;
        LgpnTrainer::splitValidation(dataset, options, fit, validation);
        QVERIFY(validation.empty());
        QCOMPARE(int(fit.size()), 6);
    }

    void theBestValidationEpochIsKept()
    {
        const TrainingDataset dataset = TrainingDataset::open(m_data.path());
        QTemporaryDir out;
        const QString bundlePath = out.filePath(QStringLiteral("model.lgpn"));
        TrainingOptions options = quickOptions(bundlePath);
        options.fold = 0;
        options.epochs = 3;
        options.epochSteps = 2; // validation every 2 steps, whatever the data set's size
        options.flips = true;
        options.highpass = true;
        // The bundle carries the per-node held-out AUC of a protocol table's head.
        const QString l1 = dataset.schema().node(0).id;
        const QString l2 = dataset.schema().node(1).id;
        const QString table = out.filePath(QStringLiteral("protocol.json"));
        QFile tableFile(table);
        QVERIFY(tableFile.open(QIODevice::WriteOnly));
        tableFile.write(QJsonDocument(QJsonObject{{QStringLiteral("heads"), QJsonObject{{QStringLiteral("lgpn"), QJsonObject{
            {QStringLiteral("parsing"), QJsonObject{{QStringLiteral("nodeAuc"), QJsonObject{
                {l1, QJsonObject{{QStringLiteral("auc"), 0.9}}}, {l2, QJsonObject{{QStringLiteral("auc"), 0.55}}}}}}}}}}}}).toJson());
        tableFile.close();
        options.reliabilityTable = table;
        QStringList lines;
        QVERIFY(LgpnTrainer(options, dataset).run([&](const QString &line) { lines << line; }));
        const ModelBundle bundle = ModelBundle::load(bundlePath);
        const QJsonObject metrics = bundle.manifest().metrics;
        QCOMPARE(metrics.value(u"validationGms").toInt(), 2);
        QCOMPARE(metrics.value(u"steps").toInt(), 3 * 2);
        const double auc = metrics.value(u"validationAuc").toDouble(-1);
        QVERIFY2(auc >= 0 && auc <= 1, qPrintable(lines.join(u'\n')));
        const int kept = metrics.value(u"keptEpoch").toInt();
        QVERIFY(kept >= 1 && kept <= 3);
        QCOMPARE(lines.filter(QStringLiteral("validation mean per-node AUC")).size(), 3 + 1); // each epoch, and the kept one
        QVERIFY(lines.filter(QStringLiteral("(best so far, kept)")).first().startsWith(QStringLiteral("epoch 1:")));
        QVERIFY(bundle.options().highpass_input());
        QCOMPARE(bundle.manifest().nodeReliability.auc(l1).value_or(-1), 0.9);
        // The novelty model: the training GMs and each source of real images, calibrated on the validation GMs.
        QCOMPARE(bundle.novelty().featureDimension(), bundle.options().feature_dim());
        QCOMPARE(bundle.novelty().groupCount(), metrics.value(u"trainingGms").toInt() + 2);
        QVERIFY(bundle.manifest().nodeReliability.isReliable(l2) == NodeReliability::Verdict::NotReliable);
        QVERIFY(bundle.manifest().nodeReliability.source.contains(QStringLiteral("protocol.json")));
        TrainingOptions unknownFamily = options;
        unknownFamily.reliabilityTable.clear();
        unknownFamily.excludedFamily = QStringLiteral("gan"); // RED-style data names no family
        unknownFamily.outPath = out.filePath(QStringLiteral("family.lgpn"));
        QVERIFY_THROWS_EXCEPTION(InputError, LgpnTrainer(unknownFamily, dataset).run([](const QString &) {}));
        options.reliabilityHead = QStringLiteral("gcn");
        options.outPath = out.filePath(QStringLiteral("other.lgpn"));
        QVERIFY_THROWS_EXCEPTION(InputError, LgpnTrainer(options, dataset).run([](const QString &) {}));
        QVERIFY(!QFileInfo::exists(LgpnTrainer::bestWeightsPath(bundlePath)));
    }

    void pretrainingOnSyntheticTracesResumesAndStartsTraining()
    {
        if (!QFileInfo::exists(zoo::RealImageSource::kFashionMnistDir + u"/train-images-idx3-ubyte.gz")
            || !QFileInfo::exists(zoo::RealImageSource::kPhotoDir))
            QSKIP("dataset-fashion-mnist or mate-backgrounds is not installed");
        const TrainingDataset dataset = TrainingDataset::open(m_data.path());
        QTemporaryDir out;
        TrainingOptions options = quickSyntheticOptions(out.filePath(QStringLiteral("whole.lgpn")));
        options.fold = 0;
        options.syntheticSteps = 4;
        QStringList lines;
        QVERIFY(LgpnTrainer(options, dataset).run([&](const QString &line) { lines << line; }));
        QVERIFY(lines.filter(QStringLiteral("pre-training on synthetic traces: 4 steps")).size() == 1);
        const ModelBundle whole = ModelBundle::load(options.outPath);
        QVERIFY(whole.manifest().description.contains(QStringLiteral("pre-trained on synthetic traces")));
        QCOMPARE(classificationLosses(LgpnTrainer::logPath(options.outPath)).size(), size_t(4));

        // Stopped after 2 steps and resumed: the same weights (the same networks at each step).
        const QString resumedPath = out.filePath(QStringLiteral("resumed.lgpn"));
        options.outPath = resumedPath;
        options.stopAfterSteps = 2;
        QVERIFY(!LgpnTrainer(options, dataset).run([](const QString &) {}));
        options.stopAfterSteps = -1;
        QVERIFY(LgpnTrainer(options, dataset).run([](const QString &) {}));
        QCOMPARE(ModelBundle::load(resumedPath).weightsSha256(), whole.weightsSha256());

        // Training on the data set starts from the pre-trained weights.
        TrainingOptions fineTuning = quickOptions(out.filePath(QStringLiteral("tuned.lgpn")));
        fineTuning.epochs = 1;
        fineTuning.initFrom = resumedPath;
        lines.clear();
        QVERIFY(LgpnTrainer(fineTuning, dataset).run([&](const QString &line) { lines << line; }));
        QVERIFY2(!lines.filter(QRegularExpression(QStringLiteral("^initial weights from .*: (\\d+) of \\1 parameter tensors"))).isEmpty(),
                 qPrintable(lines.join(u'\n')));
        QCOMPARE(ModelBundle::load(fineTuning.outPath).manifest().metrics.value(u"initialWeights").toString(), QStringLiteral("resumed.lgpn"));
    }

    void syntheticTracesMixIntoEveryBatch()
    {
        if (!QFileInfo::exists(zoo::RealImageSource::kFashionMnistDir + u"/train-images-idx3-ubyte.gz")
            || !QFileInfo::exists(zoo::RealImageSource::kPhotoDir))
            QSKIP("dataset-fashion-mnist or mate-backgrounds is not installed");
        const TrainingDataset dataset = TrainingDataset::open(m_data.path());
        const TrainingImageBank bank = fold1Bank(dataset);
        BatchOptions options;
        options.generatedPerBatch = 4;
        options.realPerBatch = 2;
        zoo::SyntheticOptions syntheticOptions;
        syntheticOptions.imagesPerNetwork = 2;
        const zoo::TraceSynthesizer synthesizer(dataset.schema(), zoo::SyntheticRealImages::load(16, 5), syntheticOptions);
        MixedBatches batches(fold1Batches(dataset, bank, options),
                             std::make_unique<SyntheticTraceBatches>(synthesizer, 3, 0, 32, false, 9, 10));
        const TrainingBatch batch = batches.batch(1);
        QCOMPARE(batch.images.size(0), int64_t(4 + 2 + 3));
        QCOMPARE(batch.nodeMask.sizes(), batch.nodeLabels.sizes());
        QCOMPARE(batch.isGenerated.sum().item<float>(), 4.0f + 3.0f);
        QCOMPARE(batch.gms[0], batch.gms[1]); // the data set's part stays balanced by GM
        const torch::Tensor lossMask = torch::tensor(synthesizer.nodeMask());
        for (int64_t i = 0; i < 6; ++i)
            QCOMPARE(batch.nodeMask[i].sum().item<float>(), float(dataset.schema().nodeCount())); // every node of a GM
        for (int64_t i = 6; i < 9; ++i) {
            QCOMPARE(batch.gms[size_t(i)], -1);
            QVERIFY(torch::equal(batch.nodeMask[i], lossMask)); // a synthetic network optimised no loss
            QCOMPARE(batch.isGenerated[i].item<float>(), 1.0f);
        }
        QVERIFY(lossMask.sum().item<float>() < float(dataset.schema().nodeCount()));
        QVERIFY(torch::equal(batches.batch(1).images, batch.images)); // the same step, the same batch (resume)
        QVERIFY(!torch::equal(batches.batch(2).images.slice(0, 6), batch.images.slice(0, 6))); // other networks next step

        // A training run with half synthetic traces says so and records it.
        QTemporaryDir out;
        TrainingOptions training = quickSyntheticOptions(out.filePath(QStringLiteral("mixed.lgpn")));
        training.syntheticShare = 0.5;
        QStringList lines;
        QVERIFY(LgpnTrainer(training, dataset).run([&](const QString &line) { lines << line; }));
        QVERIFY2(!lines.filter(QStringLiteral("every batch: 7 images of the data set's GMs, 7 of 2 fresh synthetic networks")).isEmpty(),
                 qPrintable(lines.join(u'\n')));
        QVERIFY(ModelBundle::load(training.outPath).manifest().trainingData.contains(QStringLiteral("fresh synthetic networks")));
        training.syntheticSteps = 2;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, LgpnTrainer(training, dataset).run([](const QString &) {}));
    }

    void syntheticEvaluationScoresTheLabelledNodes()
    {
        if (!QFileInfo::exists(zoo::RealImageSource::kFashionMnistDir + u"/train-images-idx3-ubyte.gz")
            || !QFileInfo::exists(zoo::RealImageSource::kPhotoDir))
            QSKIP("dataset-fashion-mnist or mate-backgrounds is not installed");
        const ModelBundle bundle = ModelBundle::load(ModelBundle::resolvePath(QStringLiteral("default")));
        SyntheticEvaluationOptions options;
        options.networks = 6;
        options.imagesPerNetwork = 2;
        options.realImages = 16;
        options.device = QStringLiteral("cpu");
        const QJsonObject result = SyntheticTraceEvaluation::run(bundle, options, [](const QString &) {});
        QCOMPARE(result.value(u"images").toInt(), 12);
        QVERIFY(!result.value(u"parsing").toObject().contains(QStringLiteral("loss"))); // no network optimised a loss
        int labelled = 0;
        for (const SchemaNode &node : bundle.schema().nodes())
            labelled += bundle.schema().group(node.group).kind == GroupKind::Loss ? 0 : 1;
        const QJsonArray perNode = result.value(u"perNode").toArray();
        QCOMPARE(perNode.size(), labelled);
        for (const QJsonValue &node : perNode) {
            QVERIFY(node[u"kind"].toString() != u"loss");
            QCOMPARE(node[u"positiveGms"].toInt() + node[u"negativeGms"].toInt(), 6);
        }
        // Each node's share of positive networks is the best constant guess: never worse than 0.5.
        const double constant = result.value(u"bce")[u"constant"].toDouble();
        QVERIFY2(constant > 0 && constant <= std::log(2.0) + 1e-4, qPrintable(QString::number(constant)));
        QVERIFY(result.value(u"bce")[u"model"].toDouble() > 0);
        QCOMPARE(SyntheticTraceEvaluation::run(bundle, options, [](const QString &) {}), result); // the same networks again
        QVERIFY(SyntheticTraceEvaluation::markdown(result).contains(QStringLiteral("| `upsampling_deconv` | discrete |")));
    }

    void resumeGivesTheSameWeights()
    {
        const TrainingDataset dataset = TrainingDataset::open(m_data.path());
        QTemporaryDir out;
        const QString whole = out.filePath(QStringLiteral("whole.lgpn"));
        const QString resumed = out.filePath(QStringLiteral("resumed.lgpn"));
        TrainingOptions options = quickOptions(whole);
        options.epochs = 1;
        QVERIFY(LgpnTrainer(options, dataset).run([](const QString &) {}));

        options.outPath = resumed;
        options.stopAfterSteps = 3; // mid-epoch: the checkpoint is not at an epoch boundary
        QVERIFY(!LgpnTrainer(options, dataset).run([](const QString &) {}));
        QVERIFY(QFileInfo::exists(LgpnTrainer::checkpointPath(resumed)));
        options.stopAfterSteps = -1;
        QVERIFY(LgpnTrainer(options, dataset).run([](const QString &) {}));

        const ModelBundle a = ModelBundle::load(whole);
        const ModelBundle b = ModelBundle::load(resumed);
        const auto parametersA = a.model()->named_parameters();
        const auto parametersB = b.model()->named_parameters();
        QCOMPARE(parametersA.size(), parametersB.size());
        for (const auto &item : parametersA)
            QVERIFY2(torch::equal(item.value(), parametersB[item.key()]), item.key().c_str());
        QCOMPARE(a.weightsSha256(), b.weightsSha256());
        // The resumed log has every step once.
        QCOMPARE(classificationLosses(LgpnTrainer::logPath(resumed)), classificationLosses(LgpnTrainer::logPath(whole)));
    }

    void foreignOrDamagedCheckpointIsRefused()
    {
        const TrainingDataset dataset = TrainingDataset::open(m_data.path());
        QTemporaryDir out;
        const QString bundlePath = out.filePath(QStringLiteral("model.lgpn"));
        QFile damaged(LgpnTrainer::checkpointPath(bundlePath));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("not a checkpoint");
        damaged.close();
        QVERIFY_THROWS_EXCEPTION(InputError, LgpnTrainer(quickOptions(bundlePath), dataset).run([](const QString &) {}));
        QVERIFY(!QFileInfo::exists(bundlePath));

        // A checkpoint of another run (another seed) is not resumed from.
        QVERIFY(QFile::remove(LgpnTrainer::checkpointPath(bundlePath)));
        TrainingOptions options = quickOptions(bundlePath);
        options.stopAfterSteps = 2;
        QVERIFY(!LgpnTrainer(options, dataset).run([](const QString &) {}));
        options.seed = 4;
        options.stopAfterSteps = -1;
        QVERIFY_THROWS_EXCEPTION(InputError, LgpnTrainer(options, dataset).run([](const QString &) {}));
    }

    void decoupledWeightDecaySparesWeaklyTaughtWeights()
    {
        // Adam's L2 penalty is normalised with the gradient: where the loss teaches little (the
        // correlation query and key), the penalty alone sets each step, lr in size, towards zero.
        // AdamW shrinks by lr x decay a step whatever the gradient.
        const TrainingDataset dataset = TrainingDataset::open(m_data.path());
        QTemporaryDir out;
        auto correlationWeightSize = [&](bool decoupled) {
            TrainingOptions options = quickOptions(out.filePath(decoupled ? QStringLiteral("adamw.lgpn") : QStringLiteral("adam.lgpn")));
            options.epochs = 2;
            options.weightDecay = 0.5;
            options.decoupledWeightDecay = decoupled;
            if (!LgpnTrainer(options, dataset).run([](const QString &) {}))
                return -1.0;
            double sum = 0;
            int count = 0;
            for (const auto &item : ModelBundle::load(options.outPath).model()->named_parameters()) {
                if (item.key().find("correlation_") != std::string::npos) {
                    sum += item.value().abs().mean().item<double>();
                    ++count;
                }
            }
            return count > 0 ? sum / count : -1.0;
        };
        const double coupled = correlationWeightSize(false);
        const double decoupled = correlationWeightSize(true);
        QVERIFY(coupled > 0 && decoupled > 0);
        qInfo("mean |w| of the correlation layers: Adam %.4f, AdamW %.4f", coupled, decoupled);
        QVERIFY2(coupled < 0.8 * decoupled, qPrintable(QStringLiteral("Adam %1, AdamW %2").arg(coupled).arg(decoupled)));

        // The two are different runs: a checkpoint of one is not resumed by the other.
        TrainingOptions options = quickOptions(out.filePath(QStringLiteral("resumed.lgpn")));
        options.weightDecay = 0.5;
        options.decoupledWeightDecay = true;
        options.stopAfterSteps = 2;
        QVERIFY(!LgpnTrainer(options, dataset).run([](const QString &) {}));
        options.decoupledWeightDecay = false;
        options.stopAfterSteps = -1;
        QVERIFY_THROWS_EXCEPTION(InputError, LgpnTrainer(options, dataset).run([](const QString &) {}));
    }

    void protocolAveragesByHand()
    {
        const QJsonObject a{{QStringLiteral("f1"), 0.5}, {QStringLiteral("name"), QStringLiteral("x")},
                            {QStringLiteral("inner"), QJsonObject{{QStringLiteral("auc"), 1.0}}},
                            {QStringLiteral("list"), QJsonArray{1, 2}}};
        const QJsonObject b{{QStringLiteral("f1"), 0.25}, {QStringLiteral("name"), QStringLiteral("y")},
                            {QStringLiteral("inner"), QJsonObject{{QStringLiteral("auc"), 0.5}}}};
        const QJsonObject mean = ProtocolRunner::averaged({a, b});
        QCOMPARE(mean.value(u"f1").toDouble(), 0.375);
        QCOMPARE(mean.value(u"inner")[u"auc"].toDouble(), 0.75);
        QCOMPARE(mean.value(u"name").toString(), QStringLiteral("x"));
        QVERIFY(!mean.contains(u"list"));
        // A value missing (null: undefined F1) in one fold is averaged over the others.
        const QJsonObject c{{QStringLiteral("f1"), QJsonValue()}};
        QCOMPARE(ProtocolRunner::averaged({a, c}).value(u"f1").toDouble(), 0.5);
    }

    void protocolSpreadByHand()
    {
        const QJsonObject a{{QStringLiteral("f1"), 0.5}, {QStringLiteral("name"), QStringLiteral("x")},
                            {QStringLiteral("inner"), QJsonObject{{QStringLiteral("auc"), 1.0}}}};
        const QJsonObject b{{QStringLiteral("f1"), 0.25}, {QStringLiteral("inner"), QJsonObject{{QStringLiteral("auc"), 0.5}}}};
        const QJsonObject c{{QStringLiteral("f1"), QJsonValue()}, {QStringLiteral("inner"), QJsonObject{{QStringLiteral("auc"), 0.75}}}};
        // Sample standard deviation: 0.5, 0.25 -> |0.25| / sqrt(2); 1, 0.5, 0.75 -> 0.25.
        const QJsonObject sd = ProtocolRunner::spread({a, b, c});
        QCOMPARE(sd.value(u"f1").toDouble(), 0.1768);
        QCOMPARE(sd.value(u"inner")[u"auc"].toDouble(), 0.25);
        QVERIFY(!sd.contains(u"name")); // only numbers have a spread
        // One number is no spread: left out.
        QVERIFY(!ProtocolRunner::spread({a, c}).contains(u"f1"));
        // A null in the first object no longer hides the others' numbers from the mean.
        QCOMPARE(ProtocolRunner::averaged({c, a, b}).value(u"f1").toDouble(), 0.375);
        QCOMPARE(ProtocolRunner::averaged({c, a, b}).value(u"name").toString(), QStringLiteral("x"));
    }

    void protocolComputesReferencesOncePerFold()
    {
        const TrainingDataset dataset = TrainingDataset::open(m_data.path());
        QTemporaryDir work;
        ProtocolOptions options;
        options.workDirectory = work.path();
        options.heads = {QStringLiteral("lgpn"), QStringLiteral("mlp")};
        options.folds = {1, 2};
        options.training = quickOptions(QString());
        options.training.epochs = 1;
        options.evaluation.device = QStringLiteral("cpu");
        options.evaluation.pairImagesPerGm = 8;
        const QJsonObject table = ProtocolRunner(options, dataset).run([](const QString &) {});
        // The references come from the first head's evaluations; the other head's leave them out.
        const QJsonObject fixed = table.value(u"references")[u"fixedFeatures"].toObject();
        QCOMPARE(fixed.value(u"fit")[u"trainingImages"].toInt(), 6 * kImagesPerGm);
        QVERIFY(fixed.value(u"nodeAuc").isObject());
        auto result = [&](const QString &name) {
            QFile file(work.filePath(name));
            return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
        };
        QVERIFY(result(QStringLiteral("lgpn-fold2.eval.json")).value(u"references").toObject().contains(u"fixedFeatures"));
        QVERIFY(!result(QStringLiteral("mlp-fold2.eval.json")).value(u"references").toObject().contains(u"fixedFeatures"));
        // Spread over the two folds for every head's headline figures.
        for (const QString &head : options.heads) {
            const QJsonObject sd = table.value(u"spread")[u"heads"][head].toObject();
            QVERIFY2(sd.value(u"parsing")[u"discrete"][u"f1"].isDouble(), qPrintable(head));
            QVERIFY(table.value(u"heads")[head][u"parsing"][u"loss"][u"auc"].isDouble());
        }
        QCOMPARE(table.value(u"nodes").toArray().size(), dataset.schema().nodeCount());
        QCOMPARE(table.value(u"runs").toArray().size(), 4);
        const QString text = ProtocolRunner::markdown(table);
        QVERIFY(text.contains(QStringLiteral("| fixed features |")));
        QVERIFY(text.contains(QStringLiteral(" ± ")));
        QVERIFY(text.contains(QStringLiteral("| `upsampling_deconv` |")));

        // A rerun reuses every result; one of an older format is evaluated again from its bundle.
        QJsonObject old = result(QStringLiteral("mlp-fold1.eval.json"));
        old.remove(QStringLiteral("evaluationFormat"));
        old.insert(QStringLiteral("evaluationSeconds"), -1);
        QFile file(work.filePath(QStringLiteral("mlp-fold1.eval.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(old).toJson());
        file.close();
        QStringList lines;
        const QJsonObject again = ProtocolRunner(options, dataset).run([&](const QString &line) { lines << line; });
        QVERIFY2(lines.filter(QStringLiteral("training")).isEmpty(), qPrintable(lines.join(u'\n')));
        QCOMPARE(lines.filter(QStringLiteral("evaluating")), QStringList{QStringLiteral("evaluating mlp on test set 1")});
        QVERIFY(result(QStringLiteral("mlp-fold1.eval.json")).value(u"evaluationSeconds").toDouble() >= 0);
        QCOMPARE(again.value(u"references"), table.value(u"references"));
    }

    void protocolMarkdownShowsSpreadAndReferences()
    {
        auto parsing = [](double lossAuc, double upsampling) {
            return QJsonObject{{QStringLiteral("loss"), QJsonObject{{QStringLiteral("auc"), lossAuc}, {QStringLiteral("f1"), 0.2}}},
                               {QStringLiteral("discrete"), QJsonObject{{QStringLiteral("auc"), 0.55}, {QStringLiteral("f1"), 0.3}}},
                               {QStringLiteral("range"), QJsonObject{{QStringLiteral("auc"), QJsonValue()}, {QStringLiteral("f1"), 0.1}}},
                               {QStringLiteral("upsamplingAuc"), upsampling},
                               {QStringLiteral("nodeAuc"), QJsonObject{{QStringLiteral("upsampling_deconv"),
                                                                         QJsonObject{{QStringLiteral("auc"), upsampling},
                                                                                     {QStringLiteral("positiveGms"), 8},
                                                                                     {QStringLiteral("negativeGms"), 8}}}}}};
        };
        auto result = [&](double lossAuc, double upsampling, double pairAuc) {
            return QJsonObject{{QStringLiteral("parsing"), parsing(lossAuc, upsampling)},
                               {QStringLiteral("coordinatedAttack"),
                                QJsonObject{{QStringLiteral("unseen"), QJsonObject{{QStringLiteral("auc"), pairAuc}}}}}};
        };
        const std::vector<QJsonObject> folds = {result(0.5, 0.9, 0.8), result(0.7, 0.7, 0.9)};
        QJsonObject fixed = parsing(0.6, 0.95);
        fixed.insert(QStringLiteral("coordinatedAttack"), QJsonObject{{QStringLiteral("unseen"), QJsonObject{{QStringLiteral("auc"), 0.7}}}});
        const std::vector<QJsonObject> references = {QJsonObject{{QStringLiteral("meanMode"), parsing(0.5, 0.5)},
                                                                 {QStringLiteral("fixedFeatures"), fixed}},
                                                     QJsonObject{{QStringLiteral("meanMode"), parsing(0.5, 0.5)},
                                                                 {QStringLiteral("fixedFeatures"), fixed}}};
        const QJsonObject table{
            {QStringLiteral("folds"), QJsonArray{1, 2}},
            {QStringLiteral("headOrder"), QJsonArray{QStringLiteral("lgpn")}},
            {QStringLiteral("heads"), QJsonObject{{QStringLiteral("lgpn"), ProtocolRunner::averaged(folds)}}},
            {QStringLiteral("references"), ProtocolRunner::averaged(references)},
            {QStringLiteral("spread"), QJsonObject{{QStringLiteral("heads"), QJsonObject{{QStringLiteral("lgpn"), ProtocolRunner::spread(folds)}}},
                                                  {QStringLiteral("references"), ProtocolRunner::spread(references)}}},
            {QStringLiteral("nodes"), QJsonArray{QJsonObject{{QStringLiteral("node"), QStringLiteral("upsampling_deconv")},
                                                             {QStringLiteral("kind"), QStringLiteral("discrete")}}}}};
        const QString text = ProtocolRunner::markdown(table);
        // LGPN: loss AUC 0.6 +- 0.1414, discrete 0.55 +- 0, range undefined, up-sampling 0.8 +- 0.1414,
        // pair AUC 0.85 +- 0.0707.
        QVERIFY2(text.contains(QStringLiteral("| LGPN | 0.600 ± 0.141 | 0.550 ± 0.000 | – | 0.800 ± 0.141 | 0.200 ± 0.000 | "
                                              "0.300 ± 0.000 | 0.850 ± 0.071 |")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("| mean/mode | 0.500 ± 0.000 |")));
        QVERIFY(text.contains(QStringLiteral("| fixed features | 0.600 ± 0.000 | 0.550 ± 0.000 | – | 0.950 ± 0.000 |")));
        QVERIFY(text.contains(QStringLiteral("| `upsampling_deconv` | discrete | 8 / 8 | 0.800 | 0.950 |")));
    }

    void linearModelsFitSimpleCases()
    {
        // One feature x = 0 .. 9.9; the label is 1 above 5 (with two flipped, so not separable).
        std::vector<std::vector<float>> features;
        std::vector<std::vector<float>> targets;
        for (int i = 0; i < 100; ++i) {
            const float x = float(i) / 10.0f;
            const bool flipped = i == 40 || i == 60;
            features.push_back({x, 3.0f}); // the second feature is constant: standardised to 0
            targets.push_back({float((x > 5.0f) != flipped), 0.0f});
        }
        const LogisticRegression logistic = LogisticRegression::fit(features, targets);
        QCOMPARE(logistic.inputs(), 2);
        QCOMPARE(logistic.outputs(), 2);
        const std::vector<std::vector<float>> p = logistic.predict({{0.0f, 3.0f}, {5.0f, 3.0f}, {9.9f, 3.0f}});
        QVERIFY2(p[0][0] < 0.1f && p[2][0] > 0.9f, qPrintable(QStringLiteral("%1 %2").arg(p[0][0]).arg(p[2][0])));
        QVERIFY(p[0][0] < p[1][0] && p[1][0] < p[2][0]);
        QVERIFY(std::fabs(p[1][0] - 0.5f) < 0.2f);
        // A target with one class only: its frequency, off zero (0.5 / n).
        QCOMPARE(p[0][1], p[2][1]);
        QVERIFY(p[0][1] > 0.0f && p[0][1] < 0.01f);
        QVERIFY(logistic.iterations() <= 12);

        // Ridge regression with a small penalty recovers y = 2x + 1.
        std::vector<std::vector<float>> line;
        for (const std::vector<float> &row : features)
            line.push_back({2.0f * row[0] + 1.0f});
        const std::vector<std::vector<float>> fitted = RidgeRegression::fit(features, line, 1e-6).predict({{4.0f, 3.0f}});
        QVERIFY2(std::fabs(fitted[0][0] - 9.0f) < 1e-2f, qPrintable(QString::number(fitted[0][0])));

        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, LogisticRegression::fit({}, {}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, LogisticRegression::fit(features, {{1.0f}}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, logistic.predict({{1.0f}}));
    }

    void fixedFeaturesSeparateCheckerboardTraces()
    {
        // 40 smooth and 40 checkered images: fitted on the even ones, scored on the odd ones.
        QTemporaryDir dir;
        std::vector<QString> paths;
        std::vector<float> labels;
        for (int i = 0; i < 80; ++i) {
            const bool checkered = i % 4 >= 2;
            paths.push_back(dir.filePath(QStringLiteral("%1.png").arg(i)));
            QVERIFY(cv::imwrite(paths.back().toStdString(), traceImage(i, checkered)));
            labels.push_back(checkered ? 1.0f : 0.0f);
        }
        paths.push_back(dir.filePath(QStringLiteral("missing.png")));
        QStringList failures;
        const std::vector<std::vector<float>> features = FixedFeatureReference::readFeatures(paths, 2, &failures);
        QCOMPARE(features.size(), paths.size());
        QCOMPARE(failures.size(), 1); // the missing file, with its message
        QVERIFY(failures.first().contains(QStringLiteral("missing.png")));
        QVERIFY(features.back().empty());

        std::vector<std::vector<float>> trainFeatures;
        std::vector<std::vector<float>> trainTargets;
        std::vector<std::vector<float>> testFeatures;
        std::vector<float> testLabels;
        for (size_t i = 0; i < labels.size(); ++i) {
            QCOMPARE(int(features[i].size()), TraceFeatures::kCount);
            if (i % 2 == 0) {
                trainFeatures.push_back(features[i]);
                trainTargets.push_back({labels[i]});
            } else {
                testFeatures.push_back(features[i]);
                testLabels.push_back(labels[i]);
            }
        }
        const std::vector<std::vector<float>> scores = LogisticRegression::fit(trainFeatures, trainTargets).predict(testFeatures);
        std::vector<float> checkeredScores;
        for (const std::vector<float> &row : scores)
            checkeredScores.push_back(row[0]);
        const double auc = metrics::rocAuc(checkeredScores, testLabels);
        QVERIFY2(auc > 0.9, qPrintable(QStringLiteral("AUC %1").arg(auc)));
    }

    // How long the fixed-feature reference's fit takes at the size of a large protocol fold
    // (50,000 images x 87 features x 55 nodes, labels shared by the images of 48 GMs). Not run
    // by default: LGPN_TIME_FIXED_FEATURES=1 (threads from LGPN_THREADS, default 2).
    void fixedFeatureFitTiming()
    {
        if (qEnvironmentVariableIntValue("LGPN_TIME_FIXED_FEATURES") != 1)
            QSKIP("set LGPN_TIME_FIXED_FEATURES=1 to time the fit");
        const int threads = qEnvironmentVariableIsSet("LGPN_THREADS") ? qEnvironmentVariableIntValue("LGPN_THREADS") : 2;
        configureThreads(threads);
        constexpr int kGms = 48;
        constexpr int kPerGm = 1042;
        constexpr int kNodes = 55;
        std::mt19937 random(9);
        std::normal_distribution<float> normal(0, 1);
        std::bernoulli_distribution positive(0.3);
        std::vector<std::vector<float>> gmMeans(kGms, std::vector<float>(size_t(TraceFeatures::kCount)));
        std::vector<std::vector<float>> gmLabels(kGms, std::vector<float>(kNodes));
        for (int gm = 0; gm < kGms; ++gm) {
            for (float &value : gmMeans[size_t(gm)])
                value = 0.5f * normal(random);
            for (float &label : gmLabels[size_t(gm)])
                label = positive(random) ? 1.0f : 0.0f;
        }
        std::vector<std::vector<float>> features;
        std::vector<std::vector<float>> targets;
        for (int gm = 0; gm < kGms; ++gm) {
            for (int i = 0; i < kPerGm; ++i) {
                std::vector<float> row = gmMeans[size_t(gm)];
                for (float &value : row)
                    value += normal(random);
                features.push_back(std::move(row));
                targets.push_back(gmLabels[size_t(gm)]);
            }
        }
        QElapsedTimer clock;
        clock.start();
        const LogisticRegression model = LogisticRegression::fit(features, targets);
        const qint64 fitMs = clock.elapsed();
        clock.restart();
        const std::vector<std::vector<float>> p = model.predict(features);
        qInfo("fit of %d logistic regressions on %zu x %d features: %.1f s on %d threads (%d Newton steps); predict %.2f s",
              kNodes, features.size(), TraceFeatures::kCount, double(fitMs) / 1000.0, threads, model.iterations(),
              double(clock.elapsed()) / 1000.0);
        QCOMPARE(p.size(), features.size());

        // Feature extraction, per image, on 32x32 and 256x256 images.
        for (int side : {32, 256}) {
            cv::Mat image(side, side, CV_8UC3);
            cv::randu(image, cv::Scalar::all(0), cv::Scalar::all(255));
            clock.restart();
            constexpr int kRepeats = 200;
            for (int i = 0; i < kRepeats; ++i)
                QCOMPARE(int(TraceFeatures::compute(image).size()), TraceFeatures::kCount);
            qInfo("trace features of a %dx%d image: %.3f ms", side, side, double(clock.nsecsElapsed()) / 1e6 / kRepeats);
        }
        configureThreads(1);
    }

private:
    QTemporaryDir m_data;
};

QTEST_GUILESS_MAIN(TestTraining)
#include "test_training.moc"
