#include "common/InputError.h"
#include "schema/HyperparameterSchema.h"
#include "schema/SchemaHierarchy.h"
#include "InputRefusal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace lgpn;

class TestSchema : public QObject
{
    Q_OBJECT

private slots:
    void red140HasThePapersNodes()
    {
        const HyperparameterSchema schema = HyperparameterSchema::red140();
        QCOMPARE(schema.nodeCount(), 55);
        QCOMPARE(int(schema.groupsOfKind(GroupKind::Loss).size()), 3);
        QCOMPARE(int(schema.groupsOfKind(GroupKind::Continuous).size()), 9);
        QCOMPARE(int(schema.groupsOfKind(GroupKind::Discrete).size()), 6);
        QCOMPARE(schema.lossColumnCount(), 10);
        // Node order of the RED label files: 10 losses, 27 range nodes, 18 discrete nodes.
        QCOMPARE(schema.node(0).id, QStringLiteral("l1"));
        QCOMPARE(schema.node(9).id, QStringLiteral("ce"));
        QCOMPARE(schema.node(10).id, QStringLiteral("layers_low"));
        QCOMPARE(schema.node(36).id, QStringLiteral("parameters_high"));
        QCOMPARE(schema.node(37).id, QStringLiteral("norm_batch"));
        QCOMPARE(schema.node(54).id, QStringLiteral("downsampling"));
        QCOMPARE(schema.nodeIndex(QStringLiteral("hinge")), 8);
        QCOMPARE(schema.nodeIndex(QStringLiteral("no_such_node")), -1);
    }

    void roundTripsThroughJson()
    {
        const HyperparameterSchema schema = HyperparameterSchema::red140();
        const HyperparameterSchema again = HyperparameterSchema::fromJson(schema.toJson(), QStringLiteral("round trip"));
        QVERIFY(schema == again);
        QCOMPARE(again.nodeCount(), schema.nodeCount());
        for (int i = 0; i < schema.nodeCount(); ++i) {
            QCOMPARE(again.node(i).id, schema.node(i).id);
            QCOMPARE(again.node(i).displayName, schema.node(i).displayName);
            QCOMPARE(again.node(i).group, schema.node(i).group);
        }
        QCOMPARE(again.group(again.groupIndex(QStringLiteral("parameters"))).binEdges,
                 (std::vector<double>{1e7, 6e7}));
    }

    void binsFollowTheRedRule()
    {
        const HyperparameterSchema schema = HyperparameterSchema::red140();
        const int layers = schema.groupIndex(QStringLiteral("layers"));
        QCOMPARE(schema.binOf(layers, 299), 0);
        QCOMPARE(schema.binOf(layers, 300), 1); // a <= v < b is the middle bin
        QCOMPARE(schema.binOf(layers, 599), 1);
        QCOMPARE(schema.binOf(layers, 600), 2);
        QCOMPARE(schema.binRangeText(schema.groupIndex(QStringLiteral("parameters")), 2), QStringLiteral("≥ 60 M"));
    }

    void normalisesContinuousValues()
    {
        const HyperparameterSchema schema = HyperparameterSchema::red140();
        const int parameters = schema.groupIndex(QStringLiteral("parameters"));
        const SchemaGroup &group = schema.group(parameters);
        QVERIFY(group.logScale);
        QCOMPARE(schema.normalise(parameters, group.valueMin), 0.0);
        QCOMPARE(schema.normalise(parameters, group.valueMax), 1.0);
        QCOMPARE(schema.normalise(parameters, group.valueMax * 10), 1.0); // clamped
        // log10(1 + v): the geometric middle maps near 0.5.
        const double middle = std::sqrt((1 + group.valueMin) * (1 + group.valueMax)) - 1;
        QVERIFY(qAbs(schema.normalise(parameters, middle) - 0.5) < 1e-9);
        for (double value : {300304.0, 1593378.0, 30000000.0, 618997638.0})
            QVERIFY(qAbs(schema.denormalise(parameters, schema.normalise(parameters, value)) / value - 1) < 1e-9);
        const HyperparameterSchema linear = HyperparameterSchema::fromJson(
            QByteArray(schema.toJson()).replace("\"valueScale\": \"log\"", "\"valueScale\": \"linear\""), QStringLiteral("x"));
        const int blocks = linear.groupIndex(QStringLiteral("blocks"));
        QCOMPARE(linear.normalise(blocks, 155.0 / 2), 0.5);
        const HyperparameterSchema narrowed = schema.withValueRange(QStringLiteral("blocks"), 1, 9);
        QCOMPARE(narrowed.denormalise(blocks, 1.0), 9.0);
    }

    void otherBinEdgesMakeAnotherSchema()
    {
        const HyperparameterSchema schema = HyperparameterSchema::red140();
        const HyperparameterSchema zoo = schema.withBinEdges(QStringLiteral("filters"), {64, 256}, QStringLiteral("zoo"));
        QCOMPARE(zoo.name(), QStringLiteral("zoo"));
        QVERIFY(zoo != schema);
        QCOMPARE(zoo.binOf(zoo.groupIndex(QStringLiteral("filters")), 100), 1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 schema.withBinEdges(QStringLiteral("l1"), {1, 2}, QStringLiteral("bad")));
        QVERIFY_THROWS_EXCEPTION(InputError, schema.withBinEdges(QStringLiteral("filters"), {9, 3}, QStringLiteral("bad")));
    }

    void hierarchyPutsEachNodeInExactlyOneGroup()
    {
        const HyperparameterSchema schema = HyperparameterSchema::red140();
        const SchemaHierarchy hierarchy(schema);
        QCOMPARE(hierarchy.levelCount(), 2);
        QCOMPARE(hierarchy.sizeAt(0), 55);
        QCOMPARE(hierarchy.sizeAt(1), 18);
        QCOMPARE(hierarchy.sizeAt(2), 3);
        for (int level = 0; level < hierarchy.levelCount(); ++level) {
            const std::vector<float> matrix = hierarchy.assignmentMatrix(level);
            const int rows = hierarchy.sizeAt(level);
            const int columns = hierarchy.sizeAt(level + 1);
            QCOMPARE(int(matrix.size()), rows * columns);
            std::vector<float> columnSums(size_t(columns), 0.0f);
            for (int r = 0; r < rows; ++r) {
                float rowSum = 0;
                for (int c = 0; c < columns; ++c) {
                    const float value = matrix[size_t(r * columns + c)];
                    QVERIFY(value == 0.0f || value == 1.0f);
                    rowSum += value;
                    columnSums[size_t(c)] += value;
                }
                QCOMPARE(rowSum, 1.0f); // exactly one group per item
            }
            for (float sum : columnSums)
                QVERIFY(sum >= 1.0f); // no empty group
        }
        // Spot checks: CE is the only classification loss; "parameters_mid" is under "parameters".
        const int ce = schema.nodeIndex(QStringLiteral("ce"));
        QCOMPARE(schema.group(hierarchy.parentOf(0, ce)).id, QStringLiteral("classification_loss"));
        const int mid = schema.nodeIndex(QStringLiteral("parameters_mid"));
        QCOMPARE(schema.group(hierarchy.parentOf(0, mid)).id, QStringLiteral("parameters"));
        QCOMPARE(schema.coarseGroups()[size_t(hierarchy.parentOf(1, hierarchy.parentOf(0, mid)))].id,
                 QStringLiteral("continuous"));
    }

    void encodesARow()
    {
        const HyperparameterSchema schema = HyperparameterSchema::red140();
        // AAE's row of the RED140 tables.
        const std::vector<float> labels = schema.encode({9, 0, 7, 0, 2, 0, 0, 0, 1593378, 0, 1, 0, 0, 1, 0},
                                                        {1, 0, 0, 0, 0, 0, 0, 0, 0, 1});
        QStringList positives;
        for (int i = 0; i < schema.nodeCount(); ++i) {
            if (labels[size_t(i)] == 1.0f)
                positives.append(schema.node(i).id);
        }
        QCOMPARE(positives, (QStringList{QStringLiteral("l1"), QStringLiteral("ce"), QStringLiteral("layers_low"),
                                         QStringLiteral("conv_layers_low"), QStringLiteral("fc_layers_low"),
                                         QStringLiteral("pooling_layers_low"), QStringLiteral("norm_layers_low"),
                                         QStringLiteral("filters_low"), QStringLiteral("blocks_low"),
                                         QStringLiteral("layers_per_block_low"), QStringLiteral("parameters_low"),
                                         QStringLiteral("norm_batch"), QStringLiteral("last_layer_tanh"),
                                         QStringLiteral("last_block_elu"), QStringLiteral("upsampling_nearest"),
                                         QStringLiteral("skip_connection")}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 schema.encode({9, 0, 7, 0, 2, 0, 0, 0, 1, 7, 1, 0, 0, 1, 0}, std::vector<int>(10, 0)));
    }

    void rejectsMalformedSchemas_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        const QByteArray good = HyperparameterSchema::red140().toJson();
        auto edited = [&](auto &&edit) {
            QJsonObject root = QJsonDocument::fromJson(good).object();
            edit(root);
            return QJsonDocument(root).toJson();
        };
        QTest::newRow("not json") << QByteArray("{ nope") << QStringLiteral("not valid JSON");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("must be a JSON object");
        QTest::newRow("wrong format") << edited([](QJsonObject &r) { r[QStringLiteral("format")] = QStringLiteral("x"); })
                                      << QStringLiteral("not an LGPN schema");
        QTest::newRow("future version") << edited([](QJsonObject &r) { r[QStringLiteral("version")] = 99; })
                                        << QStringLiteral("unsupported schema version 99");
        QTest::newRow("no groups") << edited([](QJsonObject &r) { r.remove(QStringLiteral("groups")); })
                                   << QStringLiteral("missing \"groups\"");
        QTest::newRow("duplicate node") << QByteArray(good).replace("\"id\": \"l2\"", "\"id\": \"l1\"")
                                        << QStringLiteral("node id \"l1\" is used twice");
        QTest::newRow("bad kind") << QByteArray(good).replace("\"kind\": \"loss\"", "\"kind\": \"lost\"")
                                  << QStringLiteral("\"kind\" must be");
        QTest::newRow("node without id") << QByteArray(good).replace("\"id\": \"layers_high\"", "\"idx\": \"layers_high\"")
                                         << QStringLiteral("group \"layers\" node 2: missing \"id\"");
        QTest::newRow("edges vs nodes") << edited([](QJsonObject &r) {
            QJsonArray groups = r[QStringLiteral("groups")].toArray();
            QJsonObject layers = groups[3].toObject();
            QJsonArray nodes = layers[QStringLiteral("nodes")].toArray();
            nodes.removeLast();
            layers[QStringLiteral("nodes")] = nodes;
            groups[3] = layers;
            r[QStringLiteral("groups")] = groups;
        }) << QStringLiteral("group \"layers\": 2 bin edges need 3 nodes, not 2");
        QTest::newRow("unsorted edges") << QByteArray(good).replace("300,", "900,")
                                        << QStringLiteral("bin edges must increase strictly");
        // fuzz_schema, 10-minute run: 1.9e36 was converted to int (UBSan: outside the range of int).
        QTest::newRow("integer past int") << edited([](QJsonObject &r) { r[QStringLiteral("architectureColumns")] = 1.88889e36; })
                                          << QStringLiteral("\"architectureColumns\" must be a non-negative integer up to 2147483647");
    }

    void rejectsMalformedSchemas()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        const auto error = refusalOf([&] { HyperparameterSchema::fromJson(json, QStringLiteral("bad.json")); });
        QVERIFY2(error, "a malformed schema was accepted");
        QCOMPARE(error->file(), QStringLiteral("bad.json"));
        QVERIFY2(error->message().contains(reason), qPrintable(error->message()));
    }

    void missingFileNamesThePath()
    {
        const auto error = refusalOf([] { HyperparameterSchema::fromFile(QStringLiteral("/nonexistent/schema.json")); });
        QVERIFY2(error, "a missing file was accepted");
        QCOMPARE(error->file(), QStringLiteral("/nonexistent/schema.json"));
    }
};

QTEST_APPLESS_MAIN(TestSchema)
#include "test_schema.moc"
