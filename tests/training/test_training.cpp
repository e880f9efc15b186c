#include "bundle/ModelBundle.h"
#include "common/InputError.h"
#include "training/LgpnTrainer.h"
#include "training/ModelEvaluator.h"
#include "training/ProtocolRunner.h"
#include "training/TrainingDataset.h"

#include "ModelRuntime.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>

#include <cmath>
#include <random>

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
    QDir(directory).mkpath(QStringLiteral("real/photos"));
    for (int i = 0; i < kImagesPerGm; ++i)
        cv::imwrite(QStringLiteral("%1/real/photos/%2.png").arg(directory).arg(i, 3, 10, QLatin1Char('0')).toStdString(), syntheticImage(-1, i));
    return keptArchitecture.size() == 8;
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

std::vector<double> classificationLosses(const QString &logPath)
{
    std::vector<double> losses;
    const QStringList lines = readLines(logPath);
    for (int i = 1; i < lines.size(); ++i)
        losses.push_back(lines[i].section(u',', 3, 3).toDouble());
    return losses;
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
        try {
            TrainingDataset::open(dir.path());
            QFAIL("data without images was accepted");
        } catch (const InputError &error) {
            QVERIFY2(error.message().contains(dir.path()), qPrintable(error.message()));
        }
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

private:
    QTemporaryDir m_data;
};

QTEST_GUILESS_MAIN(TestTraining)
#include "test_training.moc"
