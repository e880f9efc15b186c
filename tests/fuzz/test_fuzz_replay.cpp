// The fuzz harnesses without libFuzzer: every seed and regression input through each harness,
// in the normal build (gcc), so that a finding once fixed stays fixed. LGPN_FUZZ_CORPUS=DIR
// replays a fuzzer's whole corpus as well (DIR/<harness>/*, as packaging/fuzz.sh leaves it).
#include "FuzzSeeds.h"
#include "FuzzTargetRegistry.h"
#include "ZooFolderFixture.h"

#include "report/CaseFileReader.h"
#include "training/TrainingDataset.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace lgpn;
using namespace lgpn::fuzz;

namespace {

std::vector<QByteArray> corpusInputs(const QString &harness)
{
    std::vector<QByteArray> inputs;
    const QString root = qEnvironmentVariable("LGPN_FUZZ_CORPUS");
    if (root.isEmpty())
        return inputs;
    const QDir dir(QDir(root).filePath(harness));
    for (const QString &name : dir.entryList(QDir::Files)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            inputs.push_back(file.readAll());
    }
    return inputs;
}

} // namespace

class TestFuzzReplay : public QObject
{
    Q_OBJECT

private slots:
    void everyHarnessIsCompiledIn()
    {
        for (const QString &harness : FuzzSeeds::harnesses())
            QVERIFY2(FuzzTargetRegistry::all().count(harness.toStdString()), qPrintable(harness));
        QCOMPARE(int(FuzzTargetRegistry::all().size()), int(FuzzSeeds::harnesses().size()));
    }

    // The seeds built here (not by the project's own writers) are valid, so the fuzzers start
    // from inputs that reach past the first check.
    void handMadeSeedsAreValid()
    {
        const ZooFolderFixture zoo;
        zoo.writeManifest(ZooFolderFixture::validManifest());
        const TrainingDataset data = TrainingDataset::open(zoo.path());
        QCOMPARE(data.gmCount(), int(ZooFolderFixture::kGmNames.size()));
        QCOMPARE(int(data.images().size()), data.gmCount() + 1);
        const RedLabelTable table = RedLabelTable::parse(ZooFolderFixture::labelTexts(), zoo.path(), HyperparameterSchema::red140());
        QCOMPARE(int(table.testSets().size()), TrainingDataset::kFolds);
        const CaseFile reopened = CaseFileReader::parse(FuzzSeeds::seeds(QStringLiteral("case_file")).front(),
                                                        QStringLiteral("case.json"), HyperparameterSchema::red140());
        QCOMPARE(int(reopened.images.size()), 3);
        QCOMPARE(int(reopened.similarityGroups.size()), 1);
    }

    void replaysEveryInput_data()
    {
        QTest::addColumn<QString>("harness");
        for (const QString &harness : FuzzSeeds::harnesses())
            QTest::newRow(qPrintable(harness)) << harness;
    }

    void replaysEveryInput()
    {
        QFETCH(QString, harness);
        const FuzzBody body = FuzzTargetRegistry::all().at(harness.toStdString());
        std::vector<QByteArray> inputs = FuzzSeeds::seeds(harness);
        QVERIFY(!inputs.empty());
        for (std::vector<QByteArray> more : {FuzzSeeds::regressions(harness), corpusInputs(harness)})
            inputs.insert(inputs.end(), more.begin(), more.end());
        // A harness catches what the parser documents; anything else escaping is a finding.
        for (size_t i = 0; i < inputs.size(); ++i) {
            try {
                body(inputs[i]);
            } catch (const std::exception &error) {
                QFAIL(qPrintable(QStringLiteral("input %1 of %2: %3").arg(i).arg(inputs.size()).arg(QString::fromUtf8(error.what()))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "test_fuzz_replay.moc"
