#include "bundle/BundleArchive.h"
#include "bundle/ModelBundle.h"
#include "common/InputError.h"
#include "graph/CorrelationGraph.h"
#include "InputRefusal.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QFile>
#include <QRegularExpression>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace lgpn;

namespace {

std::vector<float> emptyGraph(const HyperparameterSchema &schema)
{
    return std::vector<float>(size_t(schema.nodeCount() * schema.nodeCount()), 0.0f);
}

ModelBundle makeBundle(const HyperparameterSchema &schema, uint64_t seed = 1)
{
    torch::manual_seed(seed);
    const LgpnOptions options = LgpnOptions::compact().dropout(0.0);
    std::vector<float> adjacency = emptyGraph(schema);
    adjacency[1] = 1; // one edge: node 0 -> node 1
    LgpnModel model(options, makeGraphSpec(schema, adjacency));
    model->eval();
    BundleManifest manifest;
    manifest.description = QStringLiteral("test bundle");
    manifest.trainingData = QStringLiteral("nothing: random weights");
    return ModelBundle(options, schema, adjacency, 0.4, model, manifest);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// The manifest of a saved bundle, edited and written back (the sections untouched).
void editManifest(const QString &path, const std::function<void(QJsonObject &)> &edit)
{
    BundleArchive archive = BundleArchive::load(path);
    QJsonObject manifest = QJsonDocument::fromJson(archive.section(QStringLiteral("manifest.json"), path)).object();
    edit(manifest);
    archive.setSection(QStringLiteral("manifest.json"), QJsonDocument(manifest).toJson());
    archive.save(path);
}

// What ModelBundle hashes of the manifest's nodeReliability: its compact JSON.
QString reliabilitySha256(const QJsonObject &reliability)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(reliability).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex());
}

NodeReliability twoNodeReliability(const HyperparameterSchema &schema)
{
    NodeReliability reliability;
    reliability.source = QStringLiteral("lgpn protocol --data zoo --work runs");
    reliability.heldOutAuc = {{schema.node(0).id, 0.9}, {schema.node(1).id, 0.55}};
    return reliability;
}

// A bundle saved without a novelty model (as every bundle before it was).
QString pathWithoutNovelty(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("plain.lgpn"));
    makeBundle(HyperparameterSchema::red140()).save(path);
    return path;
}

void expectRefusal(const QString &path, const QString &reason)
{
    const auto error = refusalOf([&] { ModelBundle::load(path); });
    QVERIFY2(error, "a damaged bundle was loaded");
    QVERIFY2(error->message().contains(reason), qPrintable(error->message()));
}

} // namespace

class TestBundle : public QObject
{
    Q_OBJECT

private slots:
    void saveLoadRoundTripIsBitwise()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("model.lgpn"));
        const HyperparameterSchema schema = HyperparameterSchema::red140();
        ModelBundle bundle = makeBundle(schema);
        bundle.save(path);
        QVERIFY(!bundle.weightsSha256().isEmpty());
        QVERIFY(bundle.manifest().modelId.startsWith(QStringLiteral("lgpn-compact-red140-")));

        const ModelBundle loaded = ModelBundle::load(path);
        QCOMPARE(loaded.weightsSha256(), bundle.weightsSha256());
        QCOMPARE(loaded.manifest().modelId, bundle.manifest().modelId);
        QCOMPARE(loaded.manifest().description, QStringLiteral("test bundle"));
        QVERIFY(loaded.schema() == schema);
        QCOMPARE(loaded.priorAdjacency(), bundle.priorAdjacency());
        QCOMPARE(loaded.options().toKeyValues(), bundle.options().toKeyValues());

        torch::NoGradGuard noGrad;
        torch::manual_seed(9);
        const torch::Tensor images = torch::rand({2, 3, 32, 32}) * 2 - 1;
        const LgpnOutput a = bundle.model()->forward(images);
        const LgpnOutput b = loaded.model()->forward(images);
        QVERIFY(torch::equal(a.nodeLogits, b.nodeLogits));
        QVERIFY(torch::equal(a.generatedLogit, b.generatedLogit));
        QVERIFY(torch::equal(a.learnedCorrelations[1], b.learnedCorrelations[1]));
    }

    void damagedBundlesAreRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("reason");
        QTest::newRow("truncated") << QStringLiteral("truncate") << QStringLiteral("truncated model bundle");
        QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("empty file");
        QTest::newRow("flipped weight byte") << QStringLiteral("flip") << QStringLiteral("SHA-256 mismatch for weights.pt");
        QTest::newRow("not a bundle") << QStringLiteral("png") << QStringLiteral("not an LGPN model bundle");
        QTest::newRow("future container") << QStringLiteral("container") << QStringLiteral("unsupported model bundle version 7");
        QTest::newRow("future format") << QStringLiteral("format") << QStringLiteral("unsupported model bundle version 99");
        QTest::newRow("missing section") << QStringLiteral("drop") << QStringLiteral("the section \"weights.pt\" is missing");
        QTest::newRow("trailing bytes") << QStringLiteral("append") << QStringLiteral("unexpected bytes at the end");
    }

    void damagedBundlesAreRefused()
    {
        QFETCH(QString, damage);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("model.lgpn"));
        makeBundle(HyperparameterSchema::red140()).save(path);
        QByteArray bytes = readAll(path);
        if (damage == u"truncate") {
            bytes.chop(bytes.size() / 3);
        } else if (damage == u"empty") {
            bytes.clear();
        } else if (damage == u"flip") {
            const int at = int(bytes.lastIndexOf("weights.pt")) + 400; // inside the weights
            bytes[at] = char(bytes[at] ^ 0x5a);
        } else if (damage == u"png") {
            bytes = QByteArray("\x89PNG\r\n\x1a\n", 8) + bytes.mid(8);
        } else if (damage == u"container") {
            bytes[8] = 7;
        } else if (damage == u"append") {
            bytes.append("junk");
        } else {
            BundleArchive archive = BundleArchive::deserialize(bytes, path);
            if (damage == u"format") {
                QJsonObject manifest = QJsonDocument::fromJson(archive.section(QStringLiteral("manifest.json"), path)).object();
                manifest[QStringLiteral("version")] = 99;
                archive.setSection(QStringLiteral("manifest.json"), QJsonDocument(manifest).toJson());
                bytes = archive.serialize();
            } else {
                BundleArchive without;
                for (const auto &[name, data] : archive.sections()) {
                    if (name != u"weights.pt")
                        without.setSection(name, data);
                }
                bytes = without.serialize();
            }
        }
        writeAll(path, bytes);
        const auto error = refusalOf([&] { ModelBundle::load(path); });
        QVERIFY2(error, "a damaged bundle was accepted");
        QCOMPARE(error->file(), path);
        QVERIFY2(error->reason().contains(reason), qPrintable(error->message()));
    }

    void programStaysUsableAfterARefusal()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.lgpn"));
        const QString bad = dir.filePath(QStringLiteral("bad.lgpn"));
        makeBundle(HyperparameterSchema::red140()).save(good);
        writeAll(bad, readAll(good).left(1000));
        QVERIFY_THROWS_EXCEPTION(InputError, ModelBundle::load(bad));
        QVERIFY_THROWS_EXCEPTION(InputError, ModelBundle::load(dir.filePath(QStringLiteral("missing.lgpn"))));
        QVERIFY_THROWS_EXCEPTION(InputError, ModelBundle::load(dir.path()));
        QCOMPARE(ModelBundle::load(good).schema().nodeCount(), 55);
    }

    void schemaMismatchIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("model.lgpn"));
        const HyperparameterSchema red = HyperparameterSchema::red140();
        makeBundle(red).save(path);
        const ModelBundle bundle = ModelBundle::load(path);
        bundle.requireSchema(red, QStringLiteral("data"));
        const HyperparameterSchema zoo = red.withBinEdges(QStringLiteral("filters"), {64, 256}, QStringLiteral("zoo"));
        const auto error = refusalOf([&] { bundle.requireSchema(zoo, QStringLiteral("/data/zoo")); });
        QVERIFY2(error, "a schema mismatch was accepted");
        QVERIFY2(error->reason().startsWith(QStringLiteral("schema mismatch")), qPrintable(error->message()));
    }

    void embeddedModelLoadsAndMatchesItsCard()
    {
        // The shipped model: it loads (every section hash verified), and its model card names
        // the SHA-256 of exactly these bytes and the model id in the bundle's manifest.
        const ModelBundle bundle = ModelBundle::loadEmbedded();
        QCOMPARE(ModelBundle::resolvePath(QString()), EmbeddedModel::bundlePath());
        QCOMPARE(ModelBundle::resolvePath(QStringLiteral("default")), EmbeddedModel::bundlePath());
        QCOMPARE(bundle.manifest().metrics.value(u"heldOutFold").toInt(-1), 0);
        const QByteArray bytes = readAll(EmbeddedModel::bundlePath());
        QVERIFY(!bytes.isEmpty());
        const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const QString card = EmbeddedModel::card();
        const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("SHA-256 of `default.lgpn`: `([0-9a-f]{64})`")).match(card);
        QVERIFY2(match.hasMatch(), "the model card does not state the bundle's SHA-256");
        QCOMPARE(match.captured(1), sha256);
        QVERIFY2(card.contains(bundle.manifest().modelId), qPrintable(bundle.manifest().modelId));
    }

    void nodeReliabilityRoundTrips()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("model.lgpn"));
        const HyperparameterSchema schema = HyperparameterSchema::red140();
        ModelBundle bundle = makeBundle(schema);
        const NodeReliability written = twoNodeReliability(schema);
        bundle.manifest().nodeReliability = written;
        bundle.save(path);

        const ModelBundle loaded = ModelBundle::load(path);
        const NodeReliability &read = loaded.manifest().nodeReliability;
        QCOMPARE(read, written);
        QVERIFY(read.isKnown());
        QCOMPARE(read.threshold, NodeReliability::kDefaultThreshold);
        QCOMPARE(read.auc(schema.node(0).id).value_or(-1), 0.9);
        QCOMPARE(read.isReliable(schema.node(0).id), NodeReliability::Verdict::Reliable);
        QCOMPARE(read.isReliable(schema.node(1).id), NodeReliability::Verdict::NotReliable);
        QCOMPARE(read.isReliable(schema.node(2).id), NodeReliability::Verdict::Unknown);
        QVERIFY(!read.auc(schema.node(2).id));
        QCOMPARE(read.unreliableNodes(schema), QStringList{schema.node(1).id});
        // In the manifest as documented, and covered by a hash like the sections.
        const QJsonObject manifest = QJsonDocument::fromJson(BundleArchive::load(path).section(QStringLiteral("manifest.json"), path)).object();
        const QJsonObject json = manifest.value(u"nodeReliability").toObject();
        QCOMPARE(json.value(u"threshold").toDouble(), 0.7);
        QCOMPARE(json.value(u"source").toString(), written.source);
        QCOMPARE(json.value(u"heldOutAuc").toObject().value(schema.node(1).id).toDouble(), 0.55);
        QCOMPARE(manifest.value(u"sha256").toObject().value(u"nodeReliability").toString(), reliabilitySha256(json));
    }

    void bundlesWithoutReliabilityLoadAsUnknown()
    {
        // A bundle written before the field existed: no "nodeReliability", no hash of it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.lgpn"));
        makeBundle(HyperparameterSchema::red140()).save(path);
        editManifest(path, [](QJsonObject &manifest) { manifest.remove(QStringLiteral("nodeReliability")); });
        const NodeReliability old = ModelBundle::load(path).manifest().nodeReliability;
        QVERIFY(!old.isKnown());
        QCOMPARE(old.isReliable(HyperparameterSchema::red140().node(0).id), NodeReliability::Verdict::Unknown);
        QVERIFY(old.unreliableNodes(HyperparameterSchema::red140()).isEmpty());
        QVERIFY(old.toJson().isEmpty());

        // The embedded model loads; it says what its manifest says (nothing, as shipped).
        const ModelBundle embedded = ModelBundle::loadEmbedded();
        const QJsonObject raw = QJsonDocument::fromJson(
                                    BundleArchive::load(EmbeddedModel::bundlePath()).section(QStringLiteral("manifest.json"), QString()))
                                    .object();
        const bool shipsReliability = !raw.value(u"nodeReliability").toObject().isEmpty();
        QCOMPARE(embedded.manifest().nodeReliability.isKnown(), shipsReliability);
        if (!shipsReliability) {
            for (const SchemaNode &node : embedded.schema().nodes())
                QCOMPARE(embedded.manifest().nodeReliability.isReliable(node.id), NodeReliability::Verdict::Unknown);
        }
    }

    void damagedReliabilityIsRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("reason");
        QTest::newRow("AUC changed, hash kept") << QStringLiteral("edit") << QStringLiteral("SHA-256 mismatch for nodeReliability");
        QTest::newRow("hash removed") << QStringLiteral("unhash") << QStringLiteral("no SHA-256 for nodeReliability");
        QTest::newRow("AUC above 1") << QStringLiteral("range") << QStringLiteral("is not a number in [0, 1]");
        QTest::newRow("threshold 0") << QStringLiteral("threshold") << QStringLiteral("\"threshold\" is not a number between 0 and 1");
        QTest::newRow("node not in the schema") << QStringLiteral("node") << QStringLiteral("schema mismatch");
        QTest::newRow("not an object") << QStringLiteral("type") << QStringLiteral("\"nodeReliability\" is not an object");
    }

    void damagedReliabilityIsRefused()
    {
        QFETCH(QString, damage);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("model.lgpn"));
        const HyperparameterSchema schema = HyperparameterSchema::red140();
        ModelBundle bundle = makeBundle(schema);
        bundle.manifest().nodeReliability = twoNodeReliability(schema);
        bundle.save(path);
        editManifest(path, [&](QJsonObject &manifest) {
            QJsonObject reliability = manifest.value(u"nodeReliability").toObject();
            QJsonObject aucs = reliability.value(u"heldOutAuc").toObject();
            QJsonObject hashes = manifest.value(u"sha256").toObject();
            if (damage == u"edit" || damage == u"range")
                aucs.insert(schema.node(1).id, damage == u"edit" ? 0.95 : 1.5);
            if (damage == u"node")
                aucs.insert(QStringLiteral("no_such_node"), 0.8);
            if (damage == u"threshold")
                reliability.insert(QStringLiteral("threshold"), 0);
            reliability.insert(QStringLiteral("heldOutAuc"), aucs);
            if (damage == u"unhash")
                hashes.remove(QStringLiteral("nodeReliability"));
            else if (damage != u"edit")
                hashes.insert(QStringLiteral("nodeReliability"), reliabilitySha256(reliability)); // consistent, but wrong content
            manifest.insert(QStringLiteral("sha256"), hashes);
            manifest.insert(QStringLiteral("nodeReliability"), damage == u"type" ? QJsonValue(QJsonArray{0.9}) : QJsonValue(reliability));
        });
        const auto error = refusalOf([&] { ModelBundle::load(path); });
        QVERIFY2(error, "a bundle with a damaged nodeReliability was accepted");
        QCOMPARE(error->file(), path);
        QVERIFY2(error->reason().contains(reason), qPrintable(error->message()));
    }

    // An AUC under the threshold must never print as the threshold itself ("0.70" greyed as "< 0.70").
    void aucsUnderTheThresholdNeverReadAsReachingIt_data()
    {
        QTest::addColumn<double>("threshold");
        QTest::addColumn<double>("auc");
        QTest::addColumn<QString>("text");
        QTest::newRow("well under") << 0.7 << 0.55 << QStringLiteral("0.55");
        QTest::newRow("rounds down anyway") << 0.7 << 0.694 << QStringLiteral("0.69");
        QTest::newRow("would round up to it") << 0.7 << 0.699 << QStringLiteral("0.699");
        QTest::newRow("just under") << 0.7 << 0.69999 << QStringLiteral("0.699");
        QTest::newRow("halfway") << 0.7 << 0.6951 << QStringLiteral("0.695");
        QTest::newRow("at it") << 0.7 << 0.7 << QStringLiteral("0.70");
        QTest::newRow("over it") << 0.7 << 0.7049 << QStringLiteral("0.70");
        QTest::newRow("another threshold") << 0.8 << 0.7991 << QStringLiteral("0.799");
    }

    void aucsUnderTheThresholdNeverReadAsReachingIt()
    {
        QFETCH(double, threshold);
        QFETCH(double, auc);
        QFETCH(QString, text);
        NodeReliability reliability;
        reliability.threshold = threshold;
        QCOMPARE(reliability.aucText(auc), text);
    }

    void nullAucsAreUnknownNodes()
    {
        QJsonObject object{{QStringLiteral("threshold"), 0.8},
                           {QStringLiteral("heldOutAuc"), QJsonObject{{QStringLiteral("a"), 0.81}, {QStringLiteral("b"), QJsonValue()}}}};
        const NodeReliability reliability = NodeReliability::fromJson(object);
        QCOMPARE(reliability.isReliable(QStringLiteral("a")), NodeReliability::Verdict::Reliable);
        QCOMPARE(reliability.isReliable(QStringLiteral("b")), NodeReliability::Verdict::Unknown);
        QCOMPARE(reliability.thresholdText(), QStringLiteral("0.80"));
        QCOMPARE(NodeReliability::fromJson({}).isKnown(), false);
    }

    void noveltyTravelsWithTheBundleAndIsChecked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("model.lgpn"));
        ModelBundle bundle = makeBundle(HyperparameterSchema::red140());
        torch::manual_seed(4);
        const int64_t width = bundle.options().feature_dim();
        const torch::Tensor features = torch::randn({30, width});
        std::vector<int64_t> groups(30);
        for (size_t i = 0; i < groups.size(); ++i)
            groups[i] = int64_t(i % 3);
        bundle.setNovelty(NoveltyModel::fit(features, groups, torch::randn({20, width})));
        bundle.save(path);
        const ModelBundle loaded = ModelBundle::load(path);
        QCOMPARE(loaded.novelty().groupCount(), 3);
        const torch::Tensor probe = torch::randn({width});
        QCOMPARE(loaded.novelty().novelty(probe), bundle.novelty().novelty(probe));
        QVERIFY(ModelBundle::load(pathWithoutNovelty(dir)).novelty().isEmpty());

        // A changed byte in the section, or the section gone while the manifest names it.
        BundleArchive archive = BundleArchive::load(path);
        QByteArray section = archive.section(QStringLiteral("novelty.pt"), path);
        section[section.size() / 2] = char(section[section.size() / 2] ^ 0x20);
        archive.setSection(QStringLiteral("novelty.pt"), section);
        archive.save(path);
        expectRefusal(path, QStringLiteral("SHA-256 mismatch for novelty.pt"));
    }

    void savingIsAtomic()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("model.lgpn"));
        writeAll(path, "previous content");
        ModelBundle bundle = makeBundle(HyperparameterSchema::red140());
        bundle.save(path);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("model.lgpn")}); // no temporary left
        QVERIFY_THROWS_EXCEPTION(InputError, bundle.save(dir.filePath(QStringLiteral("no/such/folder/model.lgpn"))));
        QCOMPARE(ModelBundle::load(path).weightsSha256(), bundle.weightsSha256());
    }
};

QTEST_GUILESS_MAIN(TestBundle)
#include "test_bundle.moc"
