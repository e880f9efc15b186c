#include "GmSpec.h"
#include "GmTrainer.h"
#include "LabelIntrospector.h"
#include "RealImageSource.h"
#include "ZooBuilder.h"
#include "ZooGenerator.h"
#include "common/InputError.h"
#include "labels/RedLabelTable.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>

using namespace lgpn;
using namespace lgpn::zoo;

namespace {

GmSpec handSpec()
{
    GmSpec spec;
    spec.name = QStringLiteral("HAND");
    spec.family = QStringLiteral("gan");
    spec.dataset = QStringLiteral("fmnist");
    spec.channels = 1;
    spec.resolution = 32;
    spec.latentDim = 16;
    spec.baseFilters = 8;
    spec.blocks = 4;          // 3 up-sampling blocks + 1 at full resolution
    spec.layersPerBlock = 2;
    spec.fcLayers = 2;
    spec.normalization = QStringLiteral("batch");
    spec.upsampling = QStringLiteral("nearest");
    spec.skip = true;
    spec.lastLayer = QStringLiteral("tanh");
    spec.lastBlock = QStringLiteral("elu");
    spec.losses = {QStringLiteral("hinge"), QStringLiteral("mmd")};
    spec.steps = 2;
    spec.batch = 4;
    return spec;
}

bool hasDebianData()
{
    return QFileInfo::exists(RealImageSource::kFashionMnistDir + u"/train-images-idx3-ubyte.gz")
           && QFileInfo::exists(RealImageSource::kPhotoDir);
}

QJsonObject readManifest(const QString &dir)
{
    QFile file(QDir(dir).filePath(ZooBuilder::kManifestFile));
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestZoo : public QObject
{
    Q_OBJECT

private slots:
    // The architecture row read back from a generator whose structure is known by hand:
    // fc1, fc2 (2 linear); block1..3 each: upsample + 2 x (conv, batch norm, ReLU) + skip conv;
    // block4: 2 x (conv, batch norm, ELU) + skip conv; output conv + tanh.
    void introspectsAHandCheckedGenerator()
    {
        ZooGenerator generator(handSpec());
        const std::vector<double> row = LabelIntrospector::architectureRow(generator);
        QCOMPARE(row.size(), size_t(15));
        const double conv = 4 * 2 + 4 + 1;           // block convs + skip convs + output
        const double linear = 2;
        const double norm = 4 * 2;
        const double activations = 4 * 2 + 1;        // block activations + tanh
        const double upsamples = 3;
        QCOMPARE(row[1], conv);
        QCOMPARE(row[2], linear);
        QCOMPARE(row[3], 0.0);                       // no pooling
        QCOMPARE(row[4], norm);
        QCOMPARE(row[0], conv + linear + norm + activations + upsamples);
        // Filters: block outputs 32, 16, 8, 8 (two convs each) + skips 32, 16, 8, 8 + output 1.
        QCOMPARE(row[5], double(2 * (32 + 16 + 8 + 8) + (32 + 16 + 8 + 8) + 1));
        QCOMPARE(row[6], 4.0);                       // blocks
        QCOMPARE(row[7], 2.0 * 3 + 1 + 1);           // conv, norm, act x2, upsample, skip conv in blocks 1-3
        int64_t parameters = 0;
        for (const auto &p : generator->parameters())
            parameters += p.numel();
        QCOMPARE(row[8], double(parameters));
        QCOMPARE(row[9], 0.0);   // batch norm
        QCOMPARE(row[10], 1.0);  // tanh in the last layer
        QCOMPARE(row[11], 0.0);  // ELU in the last block
        QCOMPARE(row[12], 0.0);  // nearest-neighbour up-sampling
        QCOMPARE(row[13], 1.0);  // skip connections
        QCOMPARE(row[14], 0.0);  // no down-sampling
        QCOMPARE(LabelIntrospector::lossRow(handSpec().losses), (std::vector<int>{0, 0, 0, 1, 0, 0, 0, 0, 1, 0}));

        GmSpec other = handSpec();
        other.normalization = QStringLiteral("adain");
        other.upsampling = QStringLiteral("deconv");
        other.skip = false;
        other.downsampling = true;
        other.poolingLevels = 2;
        other.lastLayer = QStringLiteral("none");
        const std::vector<double> otherRow = LabelIntrospector::architectureRow(ZooGenerator(other));
        QCOMPARE(otherRow[3], 2.0);   // two average-pooling levels
        QCOMPARE(otherRow[9], 2.0);   // adaptive instance norm
        QCOMPARE(otherRow[10], 5.0);  // no last-layer nonlinearity
        QCOMPARE(otherRow[12], 1.0);  // deconvolution
        QCOMPARE(otherRow[13], 0.0);
        QCOMPARE(otherRow[14], 1.0);  // down-sampling
    }

    void everyFamilyTrainsWithEachLoss_data()
    {
        QTest::addColumn<int>("index");
        // The first 16 specs cover every family with every loss it supports (checked below).
        for (int i = 0; i < 16; ++i)
            QTest::addRow("%d", i) << i;
    }

    void everyFamilyTrainsWithEachLoss()
    {
        QFETCH(int, index);
        GmSpec spec = GmSpec::sample(index, 1, true);
        spec.steps = 2;
        const int count = 16;
        const torch::Tensor real = torch::rand({count, spec.channels, spec.resolution, spec.resolution}) * (spec.unitRange() ? 1 : 2)
                                   - (spec.unitRange() ? 0 : 1);
        const torch::Tensor labels = torch::randint(10, {count}, torch::kInt64);
        GmTrainer trainer(spec);
        const auto losses = trainer.train(real, spec.dataset == u"fmnist" ? labels : torch::Tensor());
        for (const QString &loss : spec.losses)
            QVERIFY2(losses.count(loss), qPrintable(spec.family + u": no value for " + loss));
        for (const auto &[name, value] : losses)
            QVERIFY2(std::isfinite(value), qPrintable(name));
        const torch::Tensor images = trainer.sample(5, real);
        QCOMPARE(images.sizes().vec(), (std::vector<int64_t>{5, spec.channels, spec.resolution, spec.resolution}));
        QVERIFY(torch::isfinite(images).all().item<bool>());
        QVERIFY(images.min().item<float>() >= 0 && images.max().item<float>() <= 1);
    }

    void specsCoverEveryLossWithoutFamilyOwnership()
    {
        std::map<QString, std::set<QString>> familiesOf;
        for (int i = 0; i < 16; ++i) {
            const GmSpec spec = GmSpec::sample(i, 1, true);
            for (const QString &loss : spec.losses)
                familiesOf[loss].insert(spec.family);
        }
        for (const char *loss : {"l1", "l2", "mse", "mmd", "ls", "wgan", "kl", "adversarial", "hinge", "ce"})
            QVERIFY2(familiesOf[QLatin1String(loss)].size() >= 2, loss);
    }

    void quickZooEndToEnd()
    {
        if (!hasDebianData())
            QSKIP("dataset-fashion-mnist or mate-backgrounds is not installed");
        QTemporaryDir dir;
        ZooOptions options;
        options.outDir = dir.path();
        options.quick = true;
        options.gms = 16;
        options.imagesPerGm = 6;
        ZooBuilder(options).build([](const QString &) {});

        const QJsonObject manifest = readManifest(dir.path());
        QVERIFY(manifest.value(u"complete").toBool());
        QCOMPARE(manifest.value(u"gms").toArray().size(), 16);
        const HyperparameterSchema schema = HyperparameterSchema::fromFile(dir.filePath(QStringLiteral("schema.json")));
        QCOMPARE(schema.nodeCount(), 55);
        const RedLabelTable table = RedLabelTable::read(dir.filePath(QStringLiteral("labels")), schema);
        QCOMPARE(int(table.models().size()), 16);
        // Four disjoint test sets covering every GM, each with more than one family.
        QCOMPARE(int(table.testSets().size()), 4);
        std::set<int> covered;
        for (const auto &set : table.testSets()) {
            std::set<QString> families;
            for (int gm : set) {
                QVERIFY(covered.insert(gm).second);
                families.insert(table.models()[size_t(gm)].name.section(u'_', 0, 0));
            }
            QVERIFY(families.size() >= 2);
        }
        QCOMPARE(int(covered.size()), 16);
        // Every node positive for some GM and negative for another.
        for (int node = 0; node < schema.nodeCount(); ++node) {
            int positive = 0;
            for (const GmLabels &gm : table.models())
                positive += gm.nodes[size_t(node)] > 0.5f ? 1 : 0;
            QVERIFY2(positive > 0 && positive < 16, qPrintable(schema.node(node).id + QStringLiteral(": %1 of 16").arg(positive)));
        }
        // Images decode at the GM's resolution.
        for (const QJsonValue value : manifest.value(u"gms").toArray()) {
            const QJsonObject gm = value.toObject();
            const QString first = dir.filePath(gm.value(u"folder").toString() + QStringLiteral("/00000.png"));
            const cv::Mat image = cv::imread(first.toStdString(), cv::IMREAD_UNCHANGED);
            QVERIFY2(!image.empty(), qPrintable(first));
            QCOMPARE(image.cols, gm.value(u"spec").toObject().value(u"resolution").toInt());
        }
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("real/fmnist/00000.png"))));

        // Rebuilding into a complete folder does nothing; the same seed gives the same labels.
        ZooBuilder(options).build([](const QString &) {});
        QTemporaryDir again;
        options.outDir = again.path();
        ZooBuilder(options).build([](const QString &) {});
        QCOMPARE(readManifest(again.path()).value(u"gms").toArray().at(5).toObject().value(u"architectureRow"),
                 manifest.value(u"gms").toArray().at(5).toObject().value(u"architectureRow"));
        QFile a(dir.filePath(QStringLiteral("labels/architecture_labels.txt")));
        QFile b(again.filePath(QStringLiteral("labels/architecture_labels.txt")));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
    }

    void badInputIsRefused()
    {
        QTemporaryDir dir;
        QFile manifest(dir.filePath(ZooBuilder::kManifestFile));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write("{ damaged");
        manifest.close();
        ZooOptions options;
        options.outDir = dir.path();
        options.quick = true;
        try {
            ZooBuilder(options).build([](const QString &) {});
            QFAIL("a damaged manifest was accepted");
        } catch (const InputError &error) {
            QVERIFY2(error.reason().contains(QStringLiteral("damaged zoo manifest")), qPrintable(error.message()));
        }
        options.outDir = QStringLiteral("/proc/lgpn-zoo-cannot-be-here");
        QVERIFY_THROWS_EXCEPTION(InputError, ZooBuilder(options).build([](const QString &) {}));
        QVERIFY_THROWS_EXCEPTION(InputError, RealImageSource::fashionMnist(10, dir.filePath(QStringLiteral("missing"))));
    }
};

QTEST_GUILESS_MAIN(TestZoo)
#include "test_zoo.moc"
