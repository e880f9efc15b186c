#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>

namespace {

const QString kRed140 = QStringLiteral(LGPN_SHARED_DIR "/reference/red140");

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(LGPN_CLI_PATH), arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void helpAndVersion()
    {
        const CliRun help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("schema"));
        QVERIFY(help.out.contains("graph"));
        const CliRun version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QByteArray("lgpn " LGPN_VERSION));
        const CliRun unknown = runCli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("unknown command \"frobnicate\""));
        const CliRun commandHelp = runCli({QStringLiteral("graph"), QStringLiteral("--help")});
        QCOMPARE(commandHelp.exitCode, 0);
        QVERIFY(commandHelp.out.contains("--threshold"));
    }

    void schemaJson()
    {
        const CliRun run = runCli({QStringLiteral("schema"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject schema = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(schema.value(u"name").toString(), QStringLiteral("red140"));
        int nodes = 0;
        for (const QJsonValue group : schema.value(u"groups").toArray())
            nodes += group.toObject().value(u"nodes").toArray().size();
        QCOMPARE(nodes, 55);
        const CliRun text = runCli({QStringLiteral("schema")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("55 nodes, 18 groups, 3 coarse groups"));
    }

    void graphOfRed140()
    {
        if (!QFileInfo::exists(kRed140))
            QSKIP("shared/reference/red140 is not beside the repository");
        const CliRun run = runCli({QStringLiteral("graph"), QStringLiteral("--labels"), kRed140, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject graph = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(graph.value(u"nodes").toInt(), 55);
        QCOMPARE(graph.value(u"gms").toInt(), 140);
        QCOMPARE(graph.value(u"threshold").toDouble(), 0.4);
        const QJsonArray adjacency = graph.value(u"adjacency").toArray();
        QCOMPARE(adjacency.size(), 55);
        int edges = 0;
        for (const QJsonValue row : adjacency) {
            QCOMPARE(row.toArray().size(), 55);
            for (const QJsonValue cell : row.toArray())
                edges += cell.toInt();
        }
        QCOMPARE(graph.value(u"edges").toInt(), edges);
        QVERIFY(edges > 0);

        const CliRun dot = runCli({QStringLiteral("graph"), QStringLiteral("--labels"), kRed140, QStringLiteral("--dot")});
        QCOMPARE(dot.exitCode, 0);
        QVERIFY(dot.out.startsWith("digraph"));
        QCOMPARE(dot.out.count("->"), edges);
    }

    void badTableExitsWithFileAndLine()
    {
        QTemporaryDir dir;
        QFile architecture(dir.filePath(QStringLiteral("architecture_labels.txt")));
        QVERIFY(architecture.open(QIODevice::WriteOnly));
        architecture.write("GAN 1 2 3\n");
        architecture.close();
        QFile losses(dir.filePath(QStringLiteral("loss_labels.txt")));
        QVERIFY(losses.open(QIODevice::WriteOnly));
        losses.write("1 0 0 0 0 0 0 0 0 1\n");
        losses.close();
        const CliRun run = runCli({QStringLiteral("graph"), QStringLiteral("--labels"), dir.path()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains((dir.filePath(QStringLiteral("architecture_labels.txt")) + u":1: expected 16 fields").toUtf8()),
                 run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void badArguments()
    {
        QCOMPARE(runCli({QStringLiteral("graph")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("graph"), QStringLiteral("--labels"), kRed140, QStringLiteral("--threshold"),
                         QStringLiteral("2")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("graph"), QStringLiteral("--labels"), kRed140, QStringLiteral("--json"),
                         QStringLiteral("--dot")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("schema"), QStringLiteral("--bogus")}).exitCode, 2);
        const CliRun badSchema = runCli({QStringLiteral("schema"), QStringLiteral("--schema"), QStringLiteral("/nonexistent.json")});
        QCOMPARE(badSchema.exitCode, 2);
        QVERIFY(badSchema.err.contains("/nonexistent.json"));
    }

    void evalRefusesBadArgumentsAndWritesItsReports()
    {
        const CliRun noData = runCli({QStringLiteral("eval")});
        QCOMPARE(noData.exitCode, 2);
        QVERIFY(noData.err.contains("--data DIR (or --synthetic N) is required"));
        QCOMPARE(runCli({QStringLiteral("eval"), QStringLiteral("--synthetic"), QStringLiteral("1")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("eval"), QStringLiteral("--synthetic"), QStringLiteral("3"), QStringLiteral("--threads"),
                         QStringLiteral("0")}).exitCode, 2);
        const CliRun missing = runCli({QStringLiteral("eval"), QStringLiteral("--data"), QStringLiteral("/nonexistent")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("/nonexistent"));

        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("synthetic.json"));
        const QString markdown = dir.filePath(QStringLiteral("synthetic.md"));
        const CliRun run = runCli({QStringLiteral("eval"), QStringLiteral("--synthetic"), QStringLiteral("3"), QStringLiteral("--threads"),
                                   QStringLiteral("1"), QStringLiteral("--json"), json, QStringLiteral("--markdown"), markdown});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject result = QJsonDocument::fromJson(jsonFile.readAll()).object();
        QCOMPARE(result.value(u"networks").toInt(), 3);
        QCOMPARE(result.value(u"images").toInt(), 3 * 8);
        QVERIFY(!result.value(u"model")[u"id"].toString().isEmpty());
        QVERIFY(result.value(u"perNode").toArray().size() > 0);
        QFile markdownFile(markdown);
        QVERIFY(markdownFile.open(QIODevice::ReadOnly));
        const QByteArray summary = markdownFile.readAll();
        QVERIFY(summary.startsWith("## "));
        QCOMPARE(run.out.trimmed(), summary.trimmed()); // the summary printed is the one written
    }

    void analyzePdfPagesChoosesThePagesAfterTheSummary()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 3; ++i) {
            cv::Mat image(32, 32, CV_8UC3);
            cv::randu(image, cv::Scalar::all(0), cv::Scalar::all(40 + 100 * i));
            QVERIFY(cv::imwrite(dir.filePath(QStringLiteral("image_%1.png").arg(i)).toStdString(), image));
        }
        const QString json = dir.filePath(QStringLiteral("case.json"));
        QCOMPARE(runCli({QStringLiteral("analyze"), dir.path(), QStringLiteral("--json"), json, QStringLiteral("--threads"), QStringLiteral("1")}).exitCode, 0);
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        int generated = 0;
        for (const QJsonValue &value : QJsonDocument::fromJson(jsonFile.readAll()).object().value(u"images").toArray())
            generated += value[u"generated"].toBool() ? 1 : 0;
        // Cover, summary, similarity and failures pages, and the image pages chosen.
        const std::pair<const char *, int> choices[] = {{"none", 4}, {"generated", 4 + generated}, {"all", 4 + 3}};
        for (const auto &[choice, pages] : choices) {
            const QString pdf = dir.filePath(QStringLiteral("case-%1.pdf").arg(QLatin1String(choice)));
            const CliRun run = runCli({QStringLiteral("analyze"), dir.path(), QStringLiteral("--pdf"), pdf, QStringLiteral("--pdf-pages"),
                                       QLatin1String(choice), QStringLiteral("--threads"), QStringLiteral("1")});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(int(file.readAll().count("/Type /Page\n")), pages);
        }
        const CliRun bad = runCli({QStringLiteral("analyze"), dir.path(), QStringLiteral("--pdf"), dir.filePath(QStringLiteral("x.pdf")),
                                   QStringLiteral("--pdf-pages"), QStringLiteral("some")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("--pdf-pages must be all, generated or none"));
        const CliRun alone = runCli({QStringLiteral("analyze"), dir.path(), QStringLiteral("--pdf-pages"), QStringLiteral("none")});
        QCOMPARE(alone.exitCode, 2);
        QVERIFY(alone.err.contains("--pdf-pages needs --pdf"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.pdf"))));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
