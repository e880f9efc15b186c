#include "common/InputError.h"
#include "labels/RedLabelTable.h"
#include "InputRefusal.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace lgpn;

namespace {

const QString kRed140 = QStringLiteral(LGPN_SHARED_DIR "/reference/red140");

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QStringList positives(const HyperparameterSchema &schema, const GmLabels &gm)
{
    QStringList ids;
    for (int i = 0; i < schema.nodeCount(); ++i) {
        if (gm.nodes[size_t(i)] == 1.0f)
            ids.append(schema.node(i).id);
    }
    return ids;
}

} // namespace

class TestLabels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(kRed140 + u"/architecture_labels.txt"))
            QSKIP("shared/reference/red140 is not beside the repository");
    }

    void readsAllRed140Models()
    {
        const HyperparameterSchema schema = HyperparameterSchema::red140();
        const RedLabelTable table = RedLabelTable::read(kRed140, schema);
        QCOMPARE(int(table.models().size()), 140);
        QCOMPARE(int(table.testSets().size()), 4);
        for (const auto &set : table.testSets())
            QCOMPARE(int(set.size()), 15);
        // Every GM has exactly one range node per continuous parameter.
        for (const GmLabels &gm : table.models()) {
            for (int g : schema.groupsOfKind(GroupKind::Continuous)) {
                float sum = 0;
                for (int node : schema.group(g).nodes)
                    sum += gm.nodes[size_t(node)];
                QCOMPARE(sum, 1.0f);
            }
        }
    }

    // Rows checked by hand against architecture_labels.txt and loss_labels.txt.
    void spotRows()
    {
        const HyperparameterSchema schema = HyperparameterSchema::red140();
        const RedLabelTable table = RedLabelTable::read(kRed140, schema);

        // Line 1: AAE 9 0 7 0 2 0 0 0 1593378 0 1 0 0 1 0 / losses 1 0 0 0 0 0 0 0 0 1
        const GmLabels &aae = table.models()[size_t(table.indexOf(QStringLiteral("AAE")))];
        QCOMPARE(table.indexOf(QStringLiteral("AAE")), 0);
        QCOMPARE(aae.architecture[8], 1593378.0);
        QCOMPARE(positives(schema, aae).join(u' '),
                 QStringLiteral("l1 ce layers_low conv_layers_low fc_layers_low pooling_layers_low norm_layers_low "
                                "filters_low blocks_low layers_per_block_low parameters_low norm_batch "
                                "last_layer_tanh last_block_elu upsampling_nearest skip_connection"));

        // Line 98: STARGAN_2 67 26 12 4 25 4188 4 12 94008488 1 2 2 0 0 1; its loss row (line 98) is
        // 1 0 0 0 1 0 0 0 0 0 -> l1, LS.
        const int starGan2 = table.indexOf(QStringLiteral("STARGAN_2"));
        QCOMPARE(starGan2, 97);
        QCOMPARE(positives(schema, table.models()[size_t(starGan2)]).join(u' '),
                 QStringLiteral("l1 ls layers_low conv_layers_low fc_layers_low pooling_layers_low "
                                "norm_layers_low filters_mid blocks_mid layers_per_block_high parameters_high "
                                "norm_instance last_layer_leaky_relu last_block_leaky_relu upsampling_nearest "
                                "downsampling"));

        // Test set 4 starts with GFLM and ends with STABLE_DM_XL.
        QCOMPARE(table.models()[size_t(table.testSets()[3].front())].name, QStringLiteral("GFLM"));
        QCOMPARE(table.models()[size_t(table.testSets()[3].back())].name, QStringLiteral("STABLE_DM_XL"));
    }

    void rejectsMalformedTables_data()
    {
        QTest::addColumn<QByteArray>("architecture");
        QTest::addColumn<QByteArray>("losses");
        QTest::addColumn<QByteArray>("testSets");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");

        const QByteArray arch = "GOOD 9 0 7 0 2 0 0 0 1593378 0 1 0 0 1 0\nNEXT 18 10 1 0 7 2307 5 3 4276739 0 1 1 0 1 0\n";
        const QByteArray loss = "1 0 0 0 0 0 0 0 0 1\n0 0 0 0 1 0 0 0 0 0\n";
        const QByteArray sets = "# comment\n1 GOOD\n2 NEXT\n";
        QTest::newRow("wrong column count") << QByteArray("GOOD 9 0 7 0 2 0 0 0 1593378 0 1 0 0 1 0\nNEXT 18 10 1\n") << loss
                                            << sets << QStringLiteral("architecture_labels.txt") << 2
                                            << QStringLiteral("expected 16 fields");
        QTest::newRow("loss column count") << arch << QByteArray("1 0 0 0 0 0 0 0 0 1\n0 0 0\n") << sets
                                           << QStringLiteral("loss_labels.txt") << 2 << QStringLiteral("expected 10 fields");
        QTest::newRow("non-numeric") << QByteArray("GOOD 9 0 seven 0 2 0 0 0 1593378 0 1 0 0 1 0\n") << QByteArray("1 0 0 0 0 0 0 0 0 1\n")
                                     << QByteArray() << QStringLiteral("architecture_labels.txt") << 1
                                     << QStringLiteral("field 4 (\"seven\") is not a number");
        QTest::newRow("unknown code") << QByteArray("GOOD 9 0 7 0 2 0 0 0 1593378 7 1 0 0 1 0\n") << QByteArray("1 0 0 0 0 0 0 0 0 1\n")
                                      << QByteArray() << QStringLiteral("architecture_labels.txt") << 1
                                      << QStringLiteral("unknown code 7 in column 10 (normalization)");
        QTest::newRow("loss not 0/1") << arch << QByteArray("1 0 0 0 0 0 0 0 0 1\n0 0 2 0 1 0 0 0 0 0\n") << sets
                                      << QStringLiteral("loss_labels.txt") << 2 << QStringLiteral("must be 0 or 1");
        QTest::newRow("empty architecture") << QByteArray("\n\n") << loss << sets << QStringLiteral("architecture_labels.txt")
                                            << 0 << QStringLiteral("empty file");
        QTest::newRow("empty losses") << arch << QByteArray() << sets << QStringLiteral("loss_labels.txt") << 0
                                      << QStringLiteral("empty file");
        QTest::newRow("row count mismatch") << arch << QByteArray("1 0 0 0 0 0 0 0 0 1\n") << sets
                                            << QStringLiteral("loss_labels.txt") << 0 << QStringLiteral("has 1 rows");
        QTest::newRow("unknown GM in test set") << arch << loss << QByteArray("1 GOOD\n2 MISSING_GAN\n")
                                                << QStringLiteral("test_sets.txt") << 2
                                                << QStringLiteral("GM \"MISSING_GAN\" is not in architecture_labels.txt");
        QTest::newRow("GM in two sets") << arch << loss << QByteArray("1 GOOD\n2 GOOD NEXT\n") << QStringLiteral("test_sets.txt")
                                        << 2 << QStringLiteral("in more than one test set");
        QTest::newRow("bad set number") << arch << loss << QByteArray("one GOOD\n") << QStringLiteral("test_sets.txt") << 1
                                        << QStringLiteral("must start with a set number");
        QTest::newRow("duplicate GM") << QByteArray(arch).replace("NEXT", "GOOD") << loss << sets
                                      << QStringLiteral("architecture_labels.txt") << 2 << QStringLiteral("listed twice");
        QTest::newRow("binary file") << QByteArray("GOOD\0\x01\x02", 7) << loss << sets
                                     << QStringLiteral("architecture_labels.txt") << 0 << QStringLiteral("not a text file");
        QTest::newRow("negative count") << QByteArray("GOOD -9 0 7 0 2 0 0 0 1593378 0 1 0 0 1 0\n") << QByteArray("1 0 0 0 0 0 0 0 0 1\n")
                                        << QByteArray() << QStringLiteral("architecture_labels.txt") << 1
                                        << QStringLiteral("must be a non-negative number");
    }

    void rejectsMalformedTables()
    {
        QFETCH(QByteArray, architecture);
        QFETCH(QByteArray, losses);
        QFETCH(QByteArray, testSets);
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, reason);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeFile(dir.filePath(RedLabelTable::kArchitectureFile), architecture);
        writeFile(dir.filePath(RedLabelTable::kLossFile), losses);
        if (!testSets.isEmpty())
            writeFile(dir.filePath(RedLabelTable::kTestSetFile), testSets);
        const auto error = refusalOf([&] { RedLabelTable::read(dir.path(), HyperparameterSchema::red140()); });
        QVERIFY2(error, "a malformed table was accepted");
        QCOMPARE(error->file(), dir.filePath(file));
        QCOMPARE(error->line(), line);
        QVERIFY2(error->reason().contains(reason), qPrintable(error->message()));
        QVERIFY(error->message().startsWith(dir.filePath(file)));
    }

    void missingFilesAreNamed()
    {
        QTemporaryDir dir;
        const auto error = refusalOf([&] { RedLabelTable::read(dir.path(), HyperparameterSchema::red140()); });
        QVERIFY2(error, "an empty folder was accepted");
        QCOMPARE(error->file(), dir.filePath(RedLabelTable::kArchitectureFile));
        QCOMPARE(error->reason(), QStringLiteral("file not found"));
        QVERIFY_THROWS_EXCEPTION(InputError, RedLabelTable::read(dir.filePath(QStringLiteral("nope")), HyperparameterSchema::red140()));
    }
};

QTEST_APPLESS_MAIN(TestLabels)
#include "test_labels.moc"
