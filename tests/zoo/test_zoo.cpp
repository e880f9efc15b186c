#include "GmSpec.h"
#include "GmTrainer.h"
#include "LabelIntrospector.h"
#include "RealImageSource.h"
#include "ZooBuilder.h"
#include "ZooDesign.h"
#include "ZooStatistics.h"
#include "ZooGenerator.h"
#include "common/InputError.h"
#include "labels/RedLabelTable.h"
#include "InputRefusal.h"

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

// The default zoo's design, computed once (seconds) for the tests that read it.
const ZooDesign &defaultDesign()
{
    static const ZooDesign design = ZooDesign::make(ZooOptions().gms, 1, false);
    return design;
}

QJsonObject readManifest(const QString &dir)
{
    QFile file(QDir(dir).filePath(ZooBuilder::kManifestFile));
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll()).object();
}

// A quick zoo of `gms` GMs into `dir`.
ZooOptions quickZoo(const QString &dir, int gms, int imagesPerGm)
{
    ZooOptions options;
    options.outDir = dir;
    options.quick = true;
    options.gms = gms;
    options.imagesPerGm = imagesPerGm;
    return options;
}

// Why a build with these options is refused; empty if it was not.
QString buildRefusal(const ZooOptions &options)
{
    const auto error = refusalOf([&] { ZooBuilder(options).build([](const QString &) {}); });
    return error ? error->reason() : QString();
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
        // Specs of the default design until every family has trained with every loss it supports.
        const ZooDesign &design = defaultDesign();
        std::set<QString> covered;
        for (size_t i = 0; i < design.specs.size(); ++i) {
            const GmSpec &spec = design.specs[i];
            bool adds = !covered.count(spec.family + QStringLiteral("/res") + QString::number(spec.resolution));
            for (const QString &loss : spec.losses)
                adds = adds || !covered.count(spec.family + u'/' + loss);
            if (!adds)
                continue;
            covered.insert(spec.family + QStringLiteral("/res") + QString::number(spec.resolution));
            for (const QString &loss : spec.losses)
                covered.insert(spec.family + u'/' + loss);
            QTest::addRow("%s", qPrintable(spec.name)) << int(i);
        }
    }

    void everyFamilyTrainsWithEachLoss()
    {
        QFETCH(int, index);
        GmSpec spec = defaultDesign().specs[size_t(index)];
        spec.steps = 2;
        const int count = 16;
        const torch::Tensor real = torch::rand({count, spec.channels, spec.resolution, spec.resolution}) * (spec.unitRange() ? 1 : 2)
                                   - (spec.unitRange() ? 0 : 1);
        const torch::Tensor labels = torch::randint(10, {count}, torch::kInt64);
        GmTrainer trainer(spec);
        const auto losses = trainer.train(real, labels); // class labels for Fashion-MNIST and photos alike
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
        for (const GmSpec &spec : defaultDesign().specs) {
            for (const QString &loss : spec.losses)
                familiesOf[loss].insert(spec.family);
        }
        for (const char *loss : {"l1", "l2", "mse", "mmd", "ls", "wgan", "kl", "adversarial", "hinge", "ce"})
            QVERIFY2(familiesOf[QLatin1String(loss)].size() >= 2, loss);
    }

    void cramersVByHand()
    {
        // a and b identical: V = 1; b independent of a (every pair once): V = 0.
        const std::vector<int> a{0, 0, 1, 1, 2, 2};
        QCOMPARE(ZooStatistics::cramersV(a, a), 1.0);
        QCOMPARE(ZooStatistics::cramersV({0, 0, 1, 1}, {0, 1, 0, 1}), 0.0);
        // 2x2 table [[2, 1], [1, 2]]: chi2 = 6 * (2*2 - 1*1)^2 / (3*3*3*3) = 2/3, V = sqrt(2/3 / 6).
        QVERIFY(qAbs(ZooStatistics::cramersV({0, 0, 0, 1, 1, 1}, {0, 0, 1, 0, 1, 1}) - std::sqrt(2.0 / 3 / 6)) < 1e-12);
        // What the strata dictate is left out: x follows the stratum, y varies within it.
        const std::vector<int> stratum{0, 0, 0, 0, 1, 1, 1, 1};
        const std::vector<int> x{0, 0, 0, 0, 1, 1, 1, 1};
        const std::vector<int> y{0, 1, 0, 1, 0, 1, 0, 1};
        QCOMPARE(ZooStatistics::cramersV(x, stratum), 1.0);
        QCOMPARE(ZooStatistics::cramersV(x, stratum, stratum), 0.0);
        QCOMPARE(ZooStatistics::cramersV(y, {0, 1, 0, 1, 1, 0, 1, 0}, stratum), 1.0); // y aliased within each stratum
    }

    void heldOutFamilyPriorByHand()
    {
        // 16 GMs: GANs and VAEs, two of each in each test set. One loss node that only the VAEs
        // have (the family gives it away: AUC 1) and one discrete node positive for one GM of each
        // (family, set) cell except that set 1 holds both positive GANs and set 2 both negative.
        ZooDesign design;
        design.schema = HyperparameterSchema::red140();
        auto firstNodeOf = [&](GroupKind kind) {
            for (int node = 0; node < design.schema.nodeCount(); ++node)
                if (design.schema.group(design.schema.node(node).group).kind == kind)
                    return node;
            return -1;
        };
        const int lossNode = firstNodeOf(GroupKind::Loss);
        const int discreteNode = firstNodeOf(GroupKind::Discrete);
        for (int set = 1; set <= ZooDesign::kTestSets; ++set)
            for (const QString family : {QStringLiteral("gan"), QStringLiteral("vae")})
                for (int first = 1; first >= 0; --first) {
                    GmSpec spec;
                    spec.family = family;
                    design.specs.push_back(spec);
                    design.testSet.push_back(set);
                    design.configuration.push_back(int(design.specs.size()) - 1);
                    std::vector<float> nodes(size_t(design.schema.nodeCount()), 0.0f);
                    nodes[size_t(lossNode)] = family == u"vae" ? 1.0f : 0.0f;
                    const bool gan = family == u"gan";
                    nodes[size_t(discreteNode)] = (gan && set == 1) || (first && !(gan && set == 2)) ? 1.0f : 0.0f;
                    design.nodes.push_back(nodes);
                }
        // Discrete, by hand. Set 1: training GAN rate 2/6, VAE 3/6; positives GAN, GAN (1/3) and
        // VAE (1/2) against the VAE negative (1/2): AUC (0 + 0 + 0.5) / 3. Set 2: GAN rate 4/6, VAE
        // 3/6; the VAE positive (1/2) against GAN, GAN (2/3) and a VAE (1/2): again 1/6. Sets 3 and
        // 4: both rates 1/2, every score tied: 0.5. Mean (1/6 + 1/6 + 0.5 + 0.5) / 4 = 1/3.
        const QJsonObject prior = ZooStatistics::heldOutFamilyPrior(design);
        QCOMPARE(prior.value(u"loss").toDouble(), 1.0);
        QCOMPARE(prior.value(u"discrete").toDouble(), 0.333);
        QVERIFY(prior.value(u"range").isNull()); // no range node has both labels
    }

    // The default zoo's design, checked without training a single GM.
    void theDefaultDesignIsAnExperiment()
    {
        const ZooDesign &design = defaultDesign();
        QCOMPARE(int(design.specs.size()), 512);
        QCOMPARE(ZooOptions().imagesPerGm, 150);
        const QJsonObject statistics = ZooStatistics::compute(design);
        QCOMPARE(statistics.value(u"configurations").toInt(), 256);
        for (const QString &family : GmSpec::kFamilies)
            QCOMPARE(statistics.value(u"gmsPerFamily").toObject().value(family).toInt(), 128);
        // No design factor aliased with another (beyond what a family dictates) or with the test set.
        const double largest = statistics.value(u"largestAssociation").toObject().value(u"cramersV").toDouble();
        QVERIFY2(largest <= 0.3, qPrintable(ZooStatistics::text(statistics)));
        const double withTestSet = statistics.value(u"testSetAssociation").toObject().value(u"cramersV").toDouble();
        QVERIFY2(withTestSet <= 0.3, qPrintable(ZooStatistics::text(statistics)));
        // Every held-out set has every node positive and negative in at least two configurations.
        for (const QJsonValue value : statistics.value(u"coverage").toArray()) {
            const QJsonObject set = value.toObject();
            QVERIFY2(set.value(u"minPositiveConfigurations").toInt() >= 2 && set.value(u"minNegativeConfigurations").toInt() >= 2,
                     qPrintable(ZooStatistics::text(statistics)));
            QCOMPARE(set.value(u"gms").toInt(), 128);
        }
        // Replicates share a configuration and a test set, not a seed; configurations differ.
        std::set<QString> architectures;
        for (size_t gm = 0; gm < design.specs.size(); gm += ZooDesign::kReplicates) {
            const GmSpec &a = design.specs[gm];
            const GmSpec &b = design.specs[gm + 1];
            QCOMPARE(design.configuration[gm], design.configuration[gm + 1]);
            QCOMPARE(design.testSet[gm], design.testSet[gm + 1]);
            QVERIFY(a.seed != b.seed);
            QCOMPARE(a.family, b.family);
            QCOMPARE(a.normalization, b.normalization);
            QCOMPARE(a.upsampling, b.upsampling);
            QCOMPARE(a.lastLayer, b.lastLayer);
            QCOMPARE(a.losses, b.losses);
            QCOMPARE(a.resolution, b.resolution);
            QStringList key;
            for (const auto &[factor, value] : ZooDesign::factors(a))
                key.append(factor == u"data" ? QString() : value);
            architectures.insert(key.join(u' '));
        }
        QVERIFY(architectures.size() >= 240);
        // The same options give the same design.
        const ZooDesign again = ZooDesign::make(512, 1, false);
        QCOMPARE(again.testSet, design.testSet);
        QCOMPARE(again.specs.back().toJson(), design.specs.back().toJson());
    }

    void quickZooEndToEnd()
    {
        if (!hasDebianData())
            QSKIP("dataset-fashion-mnist or mate-backgrounds is not installed");
        QTemporaryDir dir;
        ZooOptions options = quickZoo(dir.path(), 16, 6);
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
        // The manifest carries the design's statistics and what the GMs cost; the test sets are the design's.
        QVERIFY(manifest.value(u"statistics").toObject().value(u"coverage").toArray().size() == 4);
        const QJsonObject cost = manifest.value(u"statistics").toObject().value(u"cost").toObject();
        QCOMPARE(cost.value(u"gmsMeasured").toInt(), 16);
        QVERIFY(cost.value(u"cpuSeconds").toDouble() > 0);
        QCOMPARE(cost.value(u"meanCpuSecondsPerFamilyAndSize").toObject().size() >= 4, true);
        const ZooDesign design = ZooDesign::make(16, 1, true);
        for (const QJsonValue value : manifest.value(u"gms").toArray()) {
            const QJsonObject gm = value.toObject();
            const int index = gm.value(u"name").toString().section(u'_', 1).toInt();
            QCOMPARE(gm.value(u"testSet").toInt(), design.testSet[size_t(index)]);
            QVERIFY(table.testSets()[size_t(design.testSet[size_t(index)] - 1)].size() > 0);
        }
    }

    // Longer training (--steps-scale) changes the GMs' steps and nothing else, and is recorded.
    void stepsScaleTrainsLongerAndIsRecorded()
    {
        if (!hasDebianData())
            QSKIP("dataset-fashion-mnist or mate-backgrounds is not installed");
        QTemporaryDir dir;
        ZooOptions options = quickZoo(dir.path(), 4, 2);
        options.stepsScale = 3;
        ZooBuilder(options).build([](const QString &) {});
        const QJsonObject manifest = readManifest(dir.path());
        QCOMPARE(manifest.value(u"options")[u"stepsScale"].toInt(), 3);
        const ZooDesign design = ZooDesign::make(4, 1, true);
        const QJsonArray gms = manifest.value(u"gms").toArray();
        QCOMPARE(gms.size(), 4);
        for (int i = 0; i < 4; ++i) {
            QJsonObject built = gms.at(i).toObject().value(u"spec").toObject();
            QCOMPARE(built.value(u"steps").toInt(), 3 * design.specs[size_t(i)].steps);
            built.insert(QStringLiteral("steps"), design.specs[size_t(i)].steps);
            QCOMPARE(built, design.specs[size_t(i)].toJson());
        }
        // The same folder does not resume under another scale.
        options.stepsScale = 1;
        const QString refusal = buildRefusal(options);
        QVERIFY2(refusal.contains(QStringLiteral("other options")), qPrintable(QStringLiteral("refusal: '%1'").arg(refusal)));
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
        options.gms = 16;
        const QString refusal = buildRefusal(options);
        QVERIFY2(refusal.contains(QStringLiteral("damaged zoo manifest")), qPrintable(QStringLiteral("refusal: '%1'").arg(refusal)));
        options.outDir = QStringLiteral("/proc/lgpn-zoo-cannot-be-here");
        QVERIFY_THROWS_EXCEPTION(InputError, ZooBuilder(options).build([](const QString &) {}));
        QVERIFY_THROWS_EXCEPTION(InputError, RealImageSource::fashionMnist(10, dir.filePath(QStringLiteral("missing"))));
    }
};

QTEST_GUILESS_MAIN(TestZoo)
#include "test_zoo.moc"
