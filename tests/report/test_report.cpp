// Batch analysis and its reports, through `lgpn analyze` as an investigator runs it.

#include "ReliabilityBundle.h"

#include "bundle/BundleSchema.h"
#include "common/InputError.h"
#include "report/CaseFileReader.h"
#include "report/CaseInputCheck.h"
#include "report/CsvReportWriter.h"
#include "report/JsonReportWriter.h"
#include "report/SimilarityCollector.h"
#include "InputRefusal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace lgpn;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runLgpn(const QStringList &arguments)
{
    QProcess process;
    // One thread: ctest runs tests side by side, and LibTorch's spinning OpenMP threads slow to
    // a crawl when they outnumber the free cores.
    process.start(QStringLiteral(LGPN_CLI_PATH), arguments + QStringList{QStringLiteral("--threads"), QStringLiteral("1")});
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, "timed out"};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Writes a file by the exact bytes of its path (QFile would lose those that are not UTF-8).
void writeNative(const QByteArray &path, const QByteArray &bytes)
{
    const int fd = ::open(path.constData(), O_CREAT | O_WRONLY | O_TRUNC, 0644);
    QVERIFY(fd >= 0);
    QCOMPARE(::write(fd, bytes.constData(), size_t(bytes.size())), ssize_t(bytes.size()));
    ::close(fd);
}

cv::Mat pattern(int width, int height, int seed, int type = CV_8UC3)
{
    cv::Mat image(height, width, type);
    cv::randu(image, cv::Scalar::all(0), cv::Scalar::all(type == CV_16UC3 ? 65535 : 255));
    cv::Mat noise(height, width, type);
    cv::theRNG().state = uint64_t(seed);
    cv::randu(noise, cv::Scalar::all(0), cv::Scalar::all(30));
    return image + noise;
}

QString sha256Of(const QString &path)
{
    return QString::fromLatin1(QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex());
}

// One CSV line's fields (RFC 4180 quoting, no line breaks inside fields).
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted && c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
            field += c;
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    return fields << field;
}

// A case of two images written by JsonReportWriter (no model needed): one analysed, one failed.
QByteArray syntheticCase(const QString &folder)
{
    ReportContext context;
    context.toolVersion = QStringLiteral("test");
    context.modelId = QStringLiteral("model-a");
    context.schema = HyperparameterSchema::red140();
    context.device = QStringLiteral("cpu");
    context.startedUtc = QStringLiteral("2024-01-01T00:00:00Z");
    ImageAnalysis good;
    good.path = folder + QStringLiteral("/good.png");
    good.sha256 = QByteArray(64, 'a');
    good.fileSize = 10;
    good.format = QStringLiteral("PNG");
    good.width = good.height = 32;
    good.ok = true;
    good.generatedProbability = 0.25f;
    good.nodeProbabilities.assign(size_t(context.schema.nodeCount()), 0.5f);
    good.continuousValues.assign(context.schema.groupsOfKind(GroupKind::Continuous).size(), 0.5f);
    good.cropCount = 1;
    good.novelty = 0.97;
    ImageAnalysis bad;
    bad.path = folder + QStringLiteral("/bad.png");
    bad.error = QStringLiteral("not an image");
    const QString path = folder + QStringLiteral("/case.json");
    JsonReportWriter writer(path, true, context);
    writer.add(good);
    writer.add(bad);
    SimilarityReport similarity;
    similarity.groups = {{0, 1}};
    writer.finish(BatchSummary{2, 1, 1, 0.5, QStringLiteral("2024-01-01T00:00:01Z"), false}, similarity);
    return readAll(path);
}

// Every number of an image as the report writes it, with the continuous values in the studio's
// natural units: the JSON's "value" is denormalised from a normalised value that the report
// rounds to 1e-6, so its last digits may move by a few millionths when written again.
QJsonObject comparable(QJsonObject image)
{
    QJsonArray continuous = image.value(u"continuous").toArray();
    for (int c = 0; c < continuous.size(); ++c) {
        QJsonObject finding = continuous[c].toObject();
        finding.insert(QStringLiteral("value"), naturalNumber(finding.value(u"value").toDouble()));
        continuous[c] = finding;
    }
    if (image.contains(u"continuous"))
        image.insert(QStringLiteral("continuous"), continuous);
    return image;
}

long peakChildRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void folderWithEveryKindOfBadInput()
    {
        QTemporaryDir dir;
        const QDir d(dir.path());
        QVERIFY(d.mkpath(QStringLiteral("case/sub")));
        const QString c = d.filePath(QStringLiteral("case"));
        cv::imwrite(QString(c + u"/good.png").toStdString(), pattern(32, 32, 1));
        cv::imwrite(QString(c + u"/sub/large.png").toStdString(), pattern(200, 120, 2));
        cv::imwrite(QString(c + u"/sixteen-bit.png").toStdString(), pattern(40, 40, 3, CV_16UC3));
        cv::imwrite(QString(c + u"/gray.png").toStdString(), pattern(32, 32, 4, CV_8UC1));
        cv::imwrite(QString(c + u"/alpha.png").toStdString(), pattern(32, 32, 5, CV_8UC4));
        cv::imwrite(QString(c + u"/ünïcode name with spaces.png").toStdString(), pattern(32, 32, 6));
        writeAll(c + u"/empty.png", QByteArray());
        writeAll(c + u"/text.jpg", QByteArrayLiteral("this is not an image\n"));
        writeAll(c + u"/truncated.png", readAll(c + u"/good.png").left(100));
        // A PNG whose header claims 60000 x 60000 pixels: refused before any decoding.
        QByteArray huge = readAll(c + u"/good.png");
        huge.replace(16, 8, QByteArray::fromHex("0000ea600000ea60"));
        writeAll(c + u"/huge.png", huge);
        // A link loop, file names that are not valid UTF-8, a FIFO and a three-page TIFF.
        QVERIFY(QFile::link(c, c + u"/sub/loop"));
        const QByteArray png = readAll(c + u"/good.png");
        const QByteArray badName = QFile::encodeName(c) + "/bad-\xff-name.png";
        const QByteArray latin1Name = QFile::encodeName(c) + "/caf\xe9.png"; // "café" from an old Windows disk
        for (const QByteArray &name : {badName, latin1Name})
            writeNative(name, png);
        QCOMPARE(::mkfifo(QFile::encodeName(c + u"/pipe.png").constData(), 0600), 0);
        QVERIFY(cv::imwritemulti(QString(c + u"/pages.tif").toStdString(), std::vector<cv::Mat>(3, pattern(32, 32, 7))));
        const QByteArray goodBefore = readAll(c + u"/good.png");

        const QString json = d.filePath(QStringLiteral("report.json"));
        const QString csv = d.filePath(QStringLiteral("report.csv"));
        const QString pdf = d.filePath(QStringLiteral("report.pdf"));
        const Run run = runLgpn({QStringLiteral("analyze"), c, QStringLiteral("--recursive"), QStringLiteral("--json"), json,
                              QStringLiteral("--csv"), csv, QStringLiteral("--pdf"), pdf});
        QCOMPARE(run.exitCode, 1); // some files failed: documented exit code 1
        const QJsonObject report = QJsonDocument::fromJson(readAll(json)).object();
        QCOMPARE(report.value(u"format").toString(), QStringLiteral("lgpn-analysis"));
        QCOMPARE(report.value(u"model")[u"sha256"].toString().size(), 64);
        QVERIFY(!report.value(u"model")[u"id"].toString().isEmpty());
        const QJsonArray images = report.value(u"images").toArray();
        QMap<QString, QJsonObject> byName;
        for (const QJsonValue &value : images)
            byName.insert(QFileInfo(value[u"path"].toString()).fileName(), value.toObject());
        for (const QString &ok : {QStringLiteral("good.png"), QStringLiteral("large.png"), QStringLiteral("sixteen-bit.png"),
                                  QStringLiteral("gray.png"), QStringLiteral("alpha.png"), QStringLiteral("ünïcode name with spaces.png")}) {
            QVERIFY2(byName.contains(ok), qPrintable(ok));
            QCOMPARE(byName[ok].value(u"status").toString(), QStringLiteral("ok"));
            QCOMPARE(byName[ok].value(u"nodes").toArray().size(), 55);
            // A model whose bundle gives no held-out AUC (the embedded one as shipped): null, not a guess.
            if (report.value(u"model")[u"nodeReliability"].toObject().isEmpty()) {
                for (const QJsonValue &node : byName[ok].value(u"nodes").toArray()) {
                    QVERIFY(node.toObject().contains(u"heldOutAuc") && node[u"heldOutAuc"].isNull());
                    QVERIFY(node[u"reliableForUnseenGenerators"].isNull());
                }
            }
            QCOMPARE(byName[ok].value(u"sha256").toString(), sha256Of(byName[ok].value(u"path").toString()));
        }
        QVERIFY(byName[QStringLiteral("large.png")].value(u"cropCount").toInt() > 1);
        QVERIFY(!byName[QStringLiteral("sixteen-bit.png")].value(u"notes").toArray().isEmpty());
        for (const QString &bad : {QStringLiteral("empty.png"), QStringLiteral("text.jpg"), QStringLiteral("truncated.png"),
                                   QStringLiteral("huge.png")}) {
            QVERIFY2(byName.contains(bad), qPrintable(bad));
            QCOMPARE(byName[bad].value(u"status").toString(), QStringLiteral("error"));
            QVERIFY(!byName[bad].value(u"error").toString().isEmpty());
        }
        QVERIFY(byName[QStringLiteral("huge.png")].value(u"error").toString().contains(QStringLiteral("pixels")));
        // Names that are not UTF-8 are analysed: `path` shows U+FFFD, `pathBytes` gives the exact bytes.
        const QString latin1Display = QStringLiteral("caf\uFFFD.png");
        for (const auto &[display, bytes] : {std::pair(latin1Display, latin1Name), std::pair(QStringLiteral("bad-\uFFFD-name.png"), badName)}) {
            QVERIFY2(byName.contains(display), qPrintable(byName.keys().join(u'|')));
            QCOMPARE(byName[display].value(u"status").toString(), QStringLiteral("ok"));
            QCOMPARE(byName[display].value(u"sha256").toString(), QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
            QCOMPARE(QByteArray::fromBase64(byName[display].value(u"pathBytes").toString().toLatin1()), bytes);
        }
        QVERIFY(!byName[QStringLiteral("good.png")].contains(u"pathBytes")); // only where the path is not exact
        QVERIFY(!byName[QStringLiteral("ünïcode name with spaces.png")].contains(u"pathBytes"));
        ::unlink(badName.constData());
        ::unlink(latin1Name.constData());
        // What is not a regular file says so (and did not block the run); a multi-page TIFF says which page.
        QCOMPARE(byName[QStringLiteral("pipe.png")].value(u"error").toString(), QStringLiteral("not a regular file (FIFO)"));
        QVERIFY(byName[QStringLiteral("pages.tif")].value(u"notes").toArray().contains(QStringLiteral("frame 1 of 3 analysed (multi-page TIFF)")));
        const QJsonObject summary = report.value(u"summary").toObject();
        QCOMPARE(summary.value(u"files").toInt(), images.size());
        QCOMPARE(summary.value(u"failed").toInt() + summary.value(u"analysed").toInt(), images.size());
        // The CSV has a row per file, path_bytes beside the path; the inputs were not modified.
        const QList<QByteArray> lines = readAll(csv).trimmed().split('\n');
        QCOMPARE(int(lines.size()), images.size() + 1);
        QCOMPARE(csvFields(QString::fromUtf8(lines[0].trimmed())).mid(0, 2), (QStringList{QStringLiteral("path"), QStringLiteral("path_bytes")}));
        QMap<QString, QString> pathBytes;
        for (const QByteArray &line : lines.mid(1)) {
            const QStringList fields = csvFields(QString::fromUtf8(line.trimmed()));
            pathBytes.insert(QFileInfo(fields[0]).fileName(), fields[1]);
        }
        QCOMPARE(QByteArray::fromBase64(pathBytes.value(latin1Display).toLatin1()), latin1Name);
        QCOMPARE(pathBytes.value(QStringLiteral("good.png"), QStringLiteral("missing")), QString());
        QCOMPARE(readAll(c + u"/good.png"), goodBefore);

        // The PDF, made headless, lists the SHA-256 of every input that could be read, and the model's.
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext is missing: packaging/setup.sh installs poppler-utils");
        QProcess text;
        text.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QByteArray pdfText = text.readAllStandardOutput();
        QVERIFY(pdfText.contains(report.value(u"model")[u"sha256"].toString().toLatin1()));
        int hashes = 0;
        for (const QJsonValue &value : images) {
            const QByteArray sha = value[u"sha256"].toString().toLatin1();
            if (sha.isEmpty())
                continue;
            QVERIFY2(pdfText.contains(sha), qPrintable(value[u"path"].toString()));
            ++hashes;
        }
        QCOMPARE(hashes, images.size() - 1); // all but the FIFO, which is never read
        QVERIFY(pdfText.contains("caf%E9.png")); // the exact name, percent-escaped, beside the display name
        QVERIFY(pdfText.contains("could not be analysed"));

        // Reports are never replaced without --force, and nothing else is done then.
        const QByteArray before = readAll(json);
        const Run again = runLgpn({QStringLiteral("analyze"), c + u"/good.png", QStringLiteral("--json"), json});
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains("--force"));
        QCOMPARE(readAll(json), before);
        const Run forced = runLgpn({QStringLiteral("analyze"), c + u"/good.png", QStringLiteral("--json"), json, QStringLiteral("--force")});
        QCOMPARE(forced.exitCode, 0); // every file analysed
        QCOMPARE(QJsonDocument::fromJson(readAll(json)).object().value(u"images").toArray().size(), 1);
    }

    void reportsShowEachNodesReliabilityForUnseenGenerators()
    {
        QTemporaryDir dir;
        const QDir d(dir.path());
        const ReliabilityBundle bundle = saveEmbeddedWithReliability(d.filePath(QStringLiteral("reliability.lgpn")));
        QVERIFY(d.mkpath(QStringLiteral("case")));
        cv::imwrite(d.filePath(QStringLiteral("case/a.png")).toStdString(), pattern(32, 32, 11));
        cv::imwrite(d.filePath(QStringLiteral("case/b.png")).toStdString(), pattern(48, 40, 12));
        writeAll(d.filePath(QStringLiteral("case/c-broken.png")), QByteArrayLiteral("not an image"));
        const QString json = d.filePath(QStringLiteral("report.json"));
        const QString csv = d.filePath(QStringLiteral("report.csv"));
        const QString pdf = d.filePath(QStringLiteral("report.pdf"));
        const Run run = runLgpn({QStringLiteral("analyze"), d.filePath(QStringLiteral("case")), QStringLiteral("--model"), bundle.path,
                                 QStringLiteral("--json"), json, QStringLiteral("--csv"), csv, QStringLiteral("--pdf"), pdf});
        QCOMPARE(run.exitCode, 1); // the broken file
        const QJsonObject report = QJsonDocument::fromJson(readAll(json)).object();

        // JSON: the model's reliability as its bundle states it, and per node its AUC and verdict.
        const QJsonObject reliability = report.value(u"model")[u"nodeReliability"].toObject();
        QCOMPARE(reliability.value(u"threshold").toDouble(), 0.7);
        QCOMPARE(reliability.value(u"source").toString(), bundle.reliability.source);
        QCOMPARE(reliability.value(u"heldOutAuc")[bundle.unreliableNode].toDouble(), 0.699);
        const QJsonObject image = report.value(u"images")[0].toObject();
        QCOMPARE(image.value(u"status").toString(), QStringLiteral("ok"));
        QMap<QString, QJsonObject> nodes;
        for (const QJsonValue &node : image.value(u"nodes").toArray())
            nodes.insert(node[u"id"].toString(), node.toObject());
        QCOMPARE(nodes.size(), bundle.schema.nodeCount());
        QCOMPARE(nodes[bundle.reliableNode].value(u"heldOutAuc").toDouble(), 0.9);
        QCOMPARE(nodes[bundle.reliableNode].value(u"reliableForUnseenGenerators"), QJsonValue(true));
        QCOMPARE(nodes[bundle.unreliableNode].value(u"heldOutAuc").toDouble(), 0.699);
        QCOMPARE(nodes[bundle.unreliableNode].value(u"reliableForUnseenGenerators"), QJsonValue(false));
        int unknown = 0;
        for (const QJsonObject &node : nodes) {
            if (node.value(u"heldOutAuc").isNull() && node.value(u"reliableForUnseenGenerators").isNull())
                ++unknown;
        }
        QCOMPARE(unknown, bundle.schema.nodeCount() - 2);

        // CSV: auc_<node> right after p_<node>, and the unreliable nodes of the model.
        const QList<QByteArray> lines = readAll(csv).trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        const QStringList header = QString::fromUtf8(lines[0].trimmed()).split(u',');
        const qsizetype p = header.indexOf(QStringLiteral("p_") + bundle.unreliableNode);
        QVERIFY(p > 0);
        QCOMPARE(header.value(p + 1), QStringLiteral("auc_") + bundle.unreliableNode);
        QCOMPARE(header.value(header.indexOf(QStringLiteral("p_") + bundle.reliableNode) + 1), QStringLiteral("auc_") + bundle.reliableNode);
        const qsizetype unreliable = header.indexOf(QStringLiteral("unreliable_nodes"));
        QCOMPARE(header.mid(unreliable), (QStringList{QStringLiteral("unreliable_nodes"), QStringLiteral("novelty"), QStringLiteral("unlike_training")}));
        QMap<QString, QStringList> rows;
        for (int row = 1; row < lines.size(); ++row) {
            const QStringList fields = csvFields(QString::fromUtf8(lines[row].trimmed()));
            QCOMPARE(fields.size(), header.size());
            rows.insert(QFileInfo(fields[0]).fileName(), fields);
        }
        const QStringList a = rows.value(QStringLiteral("a.png"));
        QCOMPARE(a.value(p + 1).toDouble(), 0.699);
        QCOMPARE(a.value(header.indexOf(QStringLiteral("auc_") + bundle.reliableNode)).toDouble(), 0.9);
        const QString someOther = bundle.schema.node(bundle.schema.nodeCount() - 1).id;
        QCOMPARE(a.value(header.indexOf(QStringLiteral("auc_") + someOther)), QString()); // unknown: empty
        QCOMPARE(a.value(unreliable), bundle.unreliableNode);
        // Novelty: the JSON's figure, or empty where the bundle has no novelty model and cannot tell.
        QJsonValue jsonNovelty;
        for (const QJsonValue image : report.value(u"images").toArray()) {
            if (image[u"path"].toString().endsWith(QStringLiteral("a.png")))
                jsonNovelty = image[u"novelty"];
        }
        if (jsonNovelty.isDouble())
            QVERIFY2(qAbs(a.value(unreliable + 1).toDouble() - jsonNovelty.toDouble()) < 1e-4, qPrintable(a.value(unreliable + 1)));
        else
            QCOMPARE(a.value(unreliable + 1), QString());
        QCOMPARE(rows.value(QStringLiteral("c-broken.png")).value(unreliable), QString());

        // PDF: the legend of the grey bars, and the AUC beside the nodes' names.
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext is missing: packaging/setup.sh installs poppler-utils");
        QProcess text;
        text.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QByteArray pdfText = text.readAllStandardOutput();
        QVERIFY(pdfText.contains("grey: not reliable for unseen generators (held-out AUC < 0.70)"));
        QVERIFY(pdfText.contains("AUC 0.699"));
        QVERIFY(pdfText.contains("AUC 0.90"));
        if (qEnvironmentVariableIsSet("LGPN_SCREENSHOTS"))
            QFile::copy(pdf, qEnvironmentVariable("LGPN_SCREENSHOTS") + QStringLiteral("/report-reliability.pdf"));
    }

    void fileNamedByAShellGlobOpensWhateverItsName()
    {
        QTemporaryDir dir;
        cv::imwrite(dir.filePath(QStringLiteral("plain.png")).toStdString(), pattern(32, 32, 21));
        const QByteArray png = readAll(dir.filePath(QStringLiteral("plain.png")));
        const QByteArray latin1Name = QFile::encodeName(dir.path()) + "/caf\xe9.png";
        writeNative(latin1Name, png);
        // The shell expands the glob to the name's raw bytes, which Qt's decoded arguments lose.
        QProcess shell;
        shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("exec \"$0\" analyze \"$1\"/caf*.png --json - --threads 1"),
                                                QStringLiteral(LGPN_CLI_PATH), dir.path()});
        QVERIFY(shell.waitForFinished(120000));
        QCOMPARE(shell.exitCode(), 0);
        const QJsonObject image = QJsonDocument::fromJson(shell.readAllStandardOutput()).object().value(u"images")[0].toObject();
        QCOMPARE(image.value(u"status").toString(), QStringLiteral("ok"));
        QCOMPARE(image.value(u"path").toString(), dir.path() + QStringLiteral("/caf\uFFFD.png"));
        QCOMPARE(QByteArray::fromBase64(image.value(u"pathBytes").toString().toLatin1()), latin1Name);
        ::unlink(latin1Name.constData());
    }

    void cannotStartExitsWithTwo()
    {
        QCOMPARE(runLgpn({QStringLiteral("analyze")}).exitCode, 2);
        QTemporaryDir dir;
        writeAll(dir.filePath(QStringLiteral("damaged.lgpn")), QByteArrayLiteral("not a bundle"));
        const Run run = runLgpn({QStringLiteral("analyze"), dir.path(), QStringLiteral("--model"), dir.filePath(QStringLiteral("damaged.lgpn"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("damaged.lgpn"));
    }

    void sameGeneratorImagesAreGrouped()
    {
        SimilarityCollector collector;
        collector.add(0, {1, 0, 0});
        collector.add(2, {0, 1, 0});
        collector.add(5, {0.9f, 0.1f, 0});
        collector.add(7, {0, 0.95f, 0.05f});
        collector.add(8, {0, 0, 1});
        const SimilarityReport report = collector.result(0.9);
        QCOMPARE(report.matrix.rows, 5);
        QCOMPARE(report.groups.size(), size_t(2));
        QCOMPARE(report.groups[0], (std::vector<int>{0, 5}));
        QCOMPARE(report.groups[1], (std::vector<int>{2, 7}));
        // Above the matrix limit the same groups come from pair by pair union-find.
        SimilarityCollector small(2);
        small.add(0, {1, 0, 0});
        small.add(2, {0, 1, 0});
        small.add(5, {0.9f, 0.1f, 0});
        small.add(7, {0, 0.95f, 0.05f});
        const SimilarityReport large = small.result(0.9);
        QCOMPARE(large.matrix.rows, 0);
        QVERIFY(!large.note.isEmpty());
        QCOMPARE(large.groups, report.groups);
    }

    void aCaseWrittenByAnalyzeReopensWithIdenticalNumbers()
    {
        QTemporaryDir dir;
        const QString c = dir.filePath(QStringLiteral("case"));
        QVERIFY(QDir().mkpath(c));
        for (int i = 0; i < 3; ++i)
            cv::imwrite(QStringLiteral("%1/img_%2.png").arg(c).arg(i).toStdString(), pattern(48, 40, 20 + i));
        writeNative(QFile::encodeName(c) + "/caf\xE9.png", readAll(c + QStringLiteral("/img_0.png")));
        writeAll(c + QStringLiteral("/broken.png"), "\x89PNG\r\n\x1a\n not the rest");
        const QString casePath = dir.filePath(QStringLiteral("case.json"));
        const Run run = runLgpn({QStringLiteral("analyze"), c, QStringLiteral("--json"), casePath});
        QCOMPARE(run.exitCode, 1); // one file failed
        const QJsonObject written = QJsonDocument::fromJson(readAll(casePath)).object();
        // Read against the schema of the model that wrote it (its own bin edges), as the studio does.
        const HyperparameterSchema schema = BundleSchema::read(QStringLiteral(LGPN_SOURCE_DIR "/resources/models/default.lgpn"));
        const CaseFile reopened = CaseFileReader::read(casePath, schema);
        QCOMPARE(reopened.context.modelId, written.value(u"model").toObject().value(u"id").toString());
        QCOMPARE(reopened.context.modelSha256, written.value(u"model").toObject().value(u"sha256").toString());
        const QJsonArray images = written.value(u"images").toArray();
        QCOMPARE(int(reopened.images.size()), int(images.size()));
        QCOMPARE(int(reopened.images.size()), 5);
        // Written again from what was read, every image is the same JSON: the same numbers.
        for (int i = 0; i < images.size(); ++i) {
            const QJsonObject again = JsonReportWriter::imageJson(reopened.context, reopened.images[size_t(i)]);
            QCOMPARE(comparable(again), comparable(images[i].toObject()));
        }
        // The name that is not UTF-8 comes back by its exact bytes.
        const auto latin1 = std::find_if(reopened.images.begin(), reopened.images.end(),
                                         [](const ImageAnalysis &a) { return a.pathBytes.endsWith("caf\xE9.png"); });
        QVERIFY(latin1 != reopened.images.end());
        QCOMPARE(CaseInputCheck::check(*latin1), CaseInputCheck::Result::Unchanged);
        // The groups of the report; the duplicate image and its original are one of them.
        QCOMPARE(int(reopened.similarityGroups.size()), written.value(u"similarity").toObject().value(u"groups").toArray().size());
        // Re-hashed: all unchanged; then one modified and one gone are flagged as such.
        for (const ImageAnalysis &analysis : reopened.images)
            QCOMPARE(CaseInputCheck::check(analysis), CaseInputCheck::Result::Unchanged);
        const auto byName = [&](const QString &name) {
            return *std::find_if(reopened.images.begin(), reopened.images.end(), [&](const ImageAnalysis &a) { return a.path.endsWith(name); });
        };
        QFile modified(c + QStringLiteral("/img_1.png"));
        QVERIFY(modified.open(QIODevice::Append));
        modified.write("x");
        modified.close();
        QVERIFY(QFile::remove(c + QStringLiteral("/img_2.png")));
        QCOMPARE(CaseInputCheck::check(byName(QStringLiteral("img_1.png"))), CaseInputCheck::Result::Changed);
        QCOMPARE(CaseInputCheck::check(byName(QStringLiteral("img_2.png"))), CaseInputCheck::Result::Missing);
        QCOMPARE(CaseInputCheck::check(byName(QStringLiteral("img_0.png"))), CaseInputCheck::Result::Unchanged);
    }

    void aSyntheticCaseKeepsNoveltyFailuresAndGroups()
    {
        QTemporaryDir dir;
        const CaseFile reopened = CaseFileReader::parse(syntheticCase(dir.path()), QStringLiteral("case.json"), HyperparameterSchema::red140());
        QCOMPARE(int(reopened.images.size()), 2);
        QVERIFY(reopened.images[0].ok);
        QCOMPARE(*reopened.images[0].novelty, 0.97);
        QVERIFY(reopened.images[0].unlikeTraining());
        QVERIFY(!reopened.images[1].ok);
        QCOMPARE(reopened.images[1].error, QStringLiteral("not an image"));
        QCOMPARE(reopened.similarityGroups, (std::vector<std::vector<int>>{{0, 1}}));
        QCOMPARE(reopened.summary.failed, 1);
        QCOMPARE(reopened.context.modelId, QStringLiteral("model-a"));
    }

    void malformedCaseFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray("*") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("not JSON") << QByteArray("*") << QByteArray("hello") << QStringLiteral("not valid JSON");
        QTest::newRow("an array") << QByteArray("*") << QByteArray("[1, 2]") << QStringLiteral("not an object");
        QTest::newRow("truncated") << QByteArray("\"summary\"") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("another format") << QByteArray("lgpn-analysis") << QByteArray("lgpn-other") << QStringLiteral("not an LGPN analysis");
        QTest::newRow("a later version") << QByteArray("\"formatVersion\":1") << QByteArray("\"formatVersion\":7") << QStringLiteral("version 7");
        QTest::newRow("probability over 1") << QByteArray("\"generatedProbability\":0.25") << QByteArray("\"generatedProbability\":1.5")
                                            << QStringLiteral("image 0: \"generatedProbability\" must be a number in [0, 1]");
        QTest::newRow("probability as text") << QByteArray("\"generatedProbability\":0.25") << QByteArray("\"generatedProbability\":\"high\"")
                                             << QStringLiteral("\"generatedProbability\" must be a number");
        QTest::newRow("unknown node") << QByteArray("\"heldOutAuc\":null,\"id\":\"")
                                      << QByteArray("\"heldOutAuc\":null,\"id\":\"no-such-node") << QStringLiteral("is not in the schema");
        QTest::newRow("no error text") << QByteArray("\"error\":\"not an image\"") << QByteArray("\"errors\":1")
                                       << QStringLiteral("image 1: \"error\" is missing");
        QTest::newRow("bad hash") << QByteArray(64, 'a') << QByteArray("zz") << QStringLiteral("\"sha256\" must be 64");
        QTest::newRow("group beyond the images") << QByteArray("[[0,1]]") << QByteArray("[[0,9]]") << QStringLiteral("a group names an image");
        QTest::newRow("novelty out of range") << QByteArray("\"novelty\":0.97") << QByteArray("\"novelty\":-3") << QStringLiteral("\"novelty\" must be");
        QTest::newRow("status unknown") << QByteArray("\"status\":\"ok\"") << QByteArray("\"status\":\"maybe\"") << QStringLiteral("\"status\" must be");
    }

    void malformedCaseFilesAreRefused()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QByteArray bytes = syntheticCase(dir.path());
        if (from == "*")
            bytes = to;
        else if (to.isEmpty())
            bytes.truncate(bytes.indexOf(from));
        else
            bytes.replace(bytes.indexOf(from), from.size(), to);
        const QString path = dir.filePath(QStringLiteral("damaged.json"));
        writeAll(path, bytes);
        const auto error = refusalOf([&] { CaseFileReader::read(path, HyperparameterSchema::red140()); });
        QVERIFY2(error, "a malformed case was accepted");
        // The message names the file and says what is wrong.
        QVERIFY2(error->message().startsWith(path + QStringLiteral(": ")), qPrintable(error->message()));
        QVERIFY2(error->message().contains(reason), qPrintable(error->message()));
    }

    void anyBytesEitherParseOrAreRefused()
    {
        // Random damage to a valid case: every variant is read or refused, never a crash.
        QTemporaryDir dir;
        const QByteArray valid = syntheticCase(dir.path());
        QRandomGenerator random(16);
        int refused = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray bytes = valid;
            for (int flips = 1 + int(random.bounded(4)); flips > 0; --flips)
                bytes[int(random.bounded(quint32(bytes.size())))] = char(random.bounded(256));
            if (round % 7 == 0)
                bytes.truncate(int(random.bounded(quint32(bytes.size()))));
            if (refusalOf([&] { CaseFileReader::parse(bytes, QStringLiteral("fuzzed.json"), HyperparameterSchema::red140()); }))
                ++refused;
        }
        QVERIFY(refused > 0);
    }

    void csvQuoting()
    {
        QCOMPARE(CsvReportWriter::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(CsvReportWriter::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(CsvReportWriter::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    }

    void memoryStaysBounded()
    {
        // Peak memory of a 5,000-image run against a 500-image one: results are streamed, so ten
        // times the images must not take much more memory.
        QTemporaryDir dir;
        const QDir d(dir.path());
        QVERIFY(d.mkpath(QStringLiteral("small")) && d.mkpath(QStringLiteral("large")));
        const cv::Mat base = pattern(32, 32, 9);
        std::vector<uchar> png;
        cv::imencode(".png", base, png);
        const QByteArray bytes(reinterpret_cast<const char *>(png.data()), qsizetype(png.size()));
        for (int i = 0; i < 5000; ++i) {
            writeAll(QStringLiteral("%1/large/%2.png").arg(dir.path()).arg(i, 5, 10, QLatin1Char('0')), bytes);
            if (i < 500)
                writeAll(QStringLiteral("%1/small/%2.png").arg(dir.path()).arg(i, 5, 10, QLatin1Char('0')), bytes);
        }
        const Run small = runLgpn({QStringLiteral("analyze"), d.filePath(QStringLiteral("small")), QStringLiteral("--json"),
                                d.filePath(QStringLiteral("small.json"))});
        QCOMPARE(small.exitCode, 0);
        const long smallPeak = peakChildRssKb();
        const Run large = runLgpn({QStringLiteral("analyze"), d.filePath(QStringLiteral("large")), QStringLiteral("--json"),
                                d.filePath(QStringLiteral("large.json"))});
        QCOMPARE(large.exitCode, 0);
        const long largePeak = peakChildRssKb(); // the largest child so far
        qInfo("peak RSS: 500 images %ld kB, 5000 images %ld kB", smallPeak, largePeak);
        QVERIFY2(largePeak < smallPeak + smallPeak / 4, qPrintable(QStringLiteral("%1 kB vs %2 kB").arg(largePeak).arg(smallPeak)));
        QCOMPARE(QJsonDocument::fromJson(readAll(d.filePath(QStringLiteral("large.json")))).object().value(u"images").toArray().size(), 5000);
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "test_report.moc"
