// The PDF report's summary table, its per-image page choice, PDF/A, and the one list every report
// format is written through. Synthetic analyses, no model: each case takes a fraction of a second.

#include "analysis/PairSimilarity.h"
#include "common/InputError.h"
#include "report/PdfReportWriter.h"
#include "report/PdfSummaryTable.h"
#include "report/ReportWriters.h"

#include "SyntheticReportContext.h"

#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace lgpn;

namespace {

ReportContext testContext()
{
    ReportContext context = syntheticReportContext();
    context.threshold = 0.5;
    context.similarityThreshold = 0.9;
    return context;
}

// An analysed image with a real (tiny) file behind it, so its page has a thumbnail.
ImageAnalysis analysed(const QString &path, double generated, int seed, int nodeCount)
{
    QImage image(24, 24, QImage::Format_RGB888);
    image.fill(QColor::fromHsv(seed * 37 % 360, 200, 200));
    image.save(path);
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    ImageAnalysis a;
    a.path = path;
    a.sha256 = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
    a.fileSize = file.size();
    a.format = QStringLiteral("PNG");
    a.width = a.height = 24;
    a.ok = true;
    a.generatedProbability = float(generated);
    a.cropCount = 1;
    for (int n = 0; n < nodeCount; ++n)
        a.nodeProbabilities.push_back(float((n * 7 + seed * 13) % 100) / 100.0f);
    return a;
}

ImageAnalysis failed(const QString &path)
{
    ImageAnalysis a;
    a.path = path;
    a.sha256 = QByteArray(64, 'e');
    a.error = QStringLiteral("not an image");
    return a;
}

// A case of `count` analysed images (P(generated) alternating 0.9 and 0.2) and one failed file.
std::vector<ImageAnalysis> makeCase(const QTemporaryDir &dir, int count, const ReportContext &context)
{
    std::vector<ImageAnalysis> images;
    for (int i = 0; i < count; ++i)
        images.push_back(analysed(dir.filePath(QStringLiteral("case/image_%1.png").arg(i, 3, 10, QLatin1Char('0'))), i % 2 ? 0.2 : 0.9,
                                  i, context.schema.nodeCount()));
    images.push_back(failed(dir.filePath(QStringLiteral("case/broken.png"))));
    return images;
}

SimilarityReport similarityOf(const std::vector<ImageAnalysis> &images, double threshold)
{
    SimilarityCollector collector;
    for (size_t i = 0; i < images.size(); ++i) {
        if (images[i].ok)
            collector.add(int(i), images[i].nodeProbabilities);
    }
    return collector.result(threshold);
}

// The text of every page, as pdftotext reads it (pages end with a form feed).
QStringList pdfPages(const QString &pdf)
{
    QProcess text;
    text.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    text.waitForFinished(60000);
    QStringList pages = QString::fromUtf8(text.readAllStandardOutput()).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext is missing: packaging/setup.sh installs poppler-utils");
    }

    void pagesFollowTheSummaryAsChosen_data()
    {
        QTest::addColumn<int>("pages");
        QTest::addColumn<int>("imagePages");
        // 6 analysed images, 3 of them at P(generated) 0.9, and one failed file.
        QTest::newRow("all") << int(PdfPages::All) << 6;
        QTest::newRow("generated") << int(PdfPages::Generated) << 3;
        QTest::newRow("none") << int(PdfPages::None) << 0;
    }

    void pagesFollowTheSummaryAsChosen()
    {
        QFETCH(int, pages);
        QFETCH(int, imagePages);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("case")));
        const ReportContext context = testContext();
        const std::vector<ImageAnalysis> images = makeCase(dir, 6, context);
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        PdfReportWriter writer(pdf, false, context, PdfPages(pages));
        for (const ImageAnalysis &a : images)
            writer.add(a);
        writer.finish(BatchSummary{7, 6, 1, 1.0, QStringLiteral("2024-01-01T00:01:00Z"), false}, similarityOf(images, 0.9));

        // The summary lists every file, image pages come as chosen: cover, summary, images, similarity, failures.
        QCOMPARE(writer.summaryRows().size(), images.size());
        QCOMPARE(writer.layout().summaryPages, 1);
        QCOMPARE(writer.layout().imagePages, imagePages);
        QCOMPARE(writer.layout().pages, 1 + 1 + imagePages + 1 + 1);
        const QStringList text = pdfPages(pdf);
        QCOMPARE(text.size(), writer.layout().pages);
        const QString summary = text[1];
        QVERIFY2(summary.contains(QStringLiteral("Summary of every file")), qPrintable(summary));
        for (const QString &column : {QStringLiteral("SHA-256"), QStringLiteral("P(generated)"), QStringLiteral("Novelty"),
                                      QStringLiteral("Group"), QStringLiteral("Strongest predictions")})
            QVERIFY2(summary.contains(column), qPrintable(column));
        for (const ImageAnalysis &a : images) {
            QVERIFY2(summary.contains(QFileInfo(a.path).fileName()), qPrintable(a.path));
            QVERIFY2(summary.contains(QString::fromLatin1(a.sha256.left(12))), qPrintable(a.path));
        }
        QVERIFY(summary.contains(QStringLiteral("not analysed: not an image")));
        // No novelty yet: a dash in each analysed row, two in the failed file's, one in the legend above the table.
        QCOMPARE(summary.count(QStringLiteral("—")), 6 + 2 + 1);
        QCOMPARE(writer.summaryRows()[0].predictions.count(u','), 2); // the three strongest
        // An image's own page carries its full SHA-256; only those chosen have one.
        int imagePagesFound = 0;
        for (const QString &page : text)
            imagePagesFound += page.contains(QStringLiteral("Image ")) && page.contains(QStringLiteral("P(generated) = ")) ? 1 : 0;
        QCOMPARE(imagePagesFound, imagePages);
        // Every page is numbered.
        for (int p = 0; p < text.size(); ++p)
            QVERIFY2(text[p].contains(QStringLiteral("page %1").arg(p + 1)), qPrintable(QString::number(p + 1)));
    }

    void aLargeCaseHasAMultiPageSummaryWithItsHeaderOnEveryPage()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("case")));
        const ReportContext context = testContext();
        std::vector<ImageAnalysis> images;
        const ImageAnalysis one = analysed(dir.filePath(QStringLiteral("case/one.png")), 0.7, 1, context.schema.nodeCount());
        for (int i = 0; i < 200; ++i) {
            images.push_back(one);
            images.back().path = dir.filePath(QStringLiteral("case/copy_%1.png").arg(i, 3, 10, QLatin1Char('0')));
        }
        const QString pdf = dir.filePath(QStringLiteral("large.pdf"));
        PdfReportWriter writer(pdf, false, context, PdfPages::None);
        for (const ImageAnalysis &a : images)
            writer.add(a);
        writer.finish(BatchSummary{200, 200, 0, 1.0, {}, false}, similarityOf(images, 0.9));
        QVERIFY(writer.layout().summaryPages >= 3);
        QCOMPARE(writer.layout().pages, 1 + writer.layout().summaryPages + 1 + 1);
        const QStringList text = pdfPages(pdf);
        QCOMPARE(text.size(), writer.layout().pages);
        for (int p = 1; p <= writer.layout().summaryPages; ++p) {
            QVERIFY(text[p].contains(QStringLiteral("Strongest predictions"))); // the header, repeated
            QVERIFY(p == 1 || text[p].contains(QStringLiteral("(continued)")));
        }
        QVERIFY(text[writer.layout().summaryPages].contains(QStringLiteral("copy_199.png")));
        // All 200 are one group: the table says so on every row; the group list names 40 and refers to the table.
        QCOMPARE(writer.summaryRows().back().group, 1);
        QVERIFY(text[writer.layout().summaryPages + 1].contains(QStringLiteral("and 160 more")));
    }

    void noveltyIsShownWhenTheAnalysisHasOne()
    {
        const ReportContext context = testContext();
        ImageAnalysis a = analysed(QDir::temp().filePath(QStringLiteral("lgpn-novelty-test.png")), 0.8, 3, context.schema.nodeCount());
        QCOMPARE(PdfSummaryTable::rowOf(1, a, context, true).novelty, std::optional<double>());
        a.novelty = 0.42;
        QCOMPARE(PdfSummaryTable::rowOf(1, a, context, true).novelty, std::optional<double>(0.42));
        QFile::remove(a.path);
    }

    void thePdfDeclaresPdfA1b()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("case")));
        const ReportContext context = testContext();
        const std::vector<ImageAnalysis> images = makeCase(dir, 2, context);
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        PdfReportWriter writer(pdf, false, context, PdfPages::All);
        for (const ImageAnalysis &a : images)
            writer.add(a);
        writer.finish(BatchSummary{}, similarityOf(images, 0.9));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-1.4"));
        // The XMP metadata's PDF/A identification and the output intent PDF/A-1 requires.
        QVERIFY(bytes.contains("pdfaid:part=\"1\""));
        QVERIFY(bytes.contains("pdfaid:conformance=\"B\""));
        QVERIFY(bytes.contains("/S/GTS_PDFA1"));
    }

    void everyFormatIsWrittenThroughOneList()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("case")));
        const ReportContext context = testContext();
        const std::vector<ImageAnalysis> images = makeCase(dir, 3, context);
        const std::vector<ReportRequest> requests{{ReportFormat::Json, dir.filePath(QStringLiteral("r.json")), false, PdfPages::All},
                                                  {ReportFormat::Csv, dir.filePath(QStringLiteral("r.csv")), false, PdfPages::All},
                                                  {ReportFormat::Pdf, dir.filePath(QStringLiteral("r.pdf")), false, PdfPages::None}};
        ReportWriters::checkWritable(requests);
        ReportWriters reports(requests, context);
        QCOMPARE(reports.writers().size(), size_t(3));
        QStringList formats;
        for (const auto &writer : reports.writers())
            formats << writer->format();
        QCOMPARE(formats, (QStringList{QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("pdf")}));
        for (const ImageAnalysis &a : images)
            reports.add(a);
        const SimilarityReport similarity = reports.finish(BatchSummary{4, 3, 1, 1.0, {}, false});
        QCOMPARE(similarity.images, (std::vector<int>{0, 1, 2})); // report indices, the failed file left out

        QFile json(requests[0].path);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(report.value(u"images").toArray().size(), 4);
        QCOMPARE(report.value(u"summary")[u"failed"].toInt(), 1);
        QFile csv(requests[1].path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().trimmed().split('\n').size(), 1 + 4);
        QCOMPARE(pdfPages(requests[2].path).size(), 4); // the request's own choice: no image pages

        // Before any work: a report that exists, or two reports in one file, are refused.
        QVERIFY_THROWS_EXCEPTION(InputError, ReportWriters::checkWritable(requests));
        const ReportRequest again{ReportFormat::Csv, dir.filePath(QStringLiteral("new.csv")), false, PdfPages::All};
        QVERIFY_THROWS_EXCEPTION(InputError, ReportWriters::checkWritable({again, again}));
        QCOMPARE(reportFormatOf(QStringLiteral("x.JSON")), ReportFormat::Json);
        QCOMPARE(reportFormatOf(QStringLiteral("x.csv")), ReportFormat::Csv);
        QCOMPARE(reportFormatOf(QStringLiteral("x.pdf")), ReportFormat::Pdf);
        QCOMPARE(pdfPagesFromName(QStringLiteral("generated")), std::optional<PdfPages>(PdfPages::Generated));
        QCOMPARE(pdfPagesFromName(QStringLiteral("some")), std::optional<PdfPages>());
    }

    void everyFormatSaysWhenAnImageIsUnlikeTraining()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("case")));
        const ReportContext context = testContext();
        std::vector<ImageAnalysis> images = makeCase(dir, 3, context);
        images[0].novelty = 0.97; // unlike training
        images[1].novelty = 0.30; // like it; images[2]: the model cannot tell
        const std::vector<ReportRequest> requests{{ReportFormat::Json, dir.filePath(QStringLiteral("n.json")), false, PdfPages::All},
                                                  {ReportFormat::Csv, dir.filePath(QStringLiteral("n.csv")), false, PdfPages::All},
                                                  {ReportFormat::Pdf, dir.filePath(QStringLiteral("n.pdf")), false, PdfPages::All}};
        ReportWriters reports(requests, context);
        for (const ImageAnalysis &a : images)
            reports.add(a);
        reports.finish(BatchSummary{4, 3, 1, 1.0, {}, false});

        QFile json(requests[0].path);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray entries = QJsonDocument::fromJson(json.readAll()).object().value(u"images").toArray();
        QCOMPARE(entries[0][u"novelty"].toDouble(), 0.97);
        QCOMPARE(entries[0][u"unlikeTraining"], QJsonValue(true));
        QCOMPARE(entries[1][u"unlikeTraining"], QJsonValue(false));
        QVERIFY(entries[2][u"novelty"].isNull() && entries[2][u"unlikeTraining"].isNull());

        QFile csv(requests[1].path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QVERIFY(lines[0].trimmed().endsWith("novelty,unlike_training"));
        QVERIFY(lines[1].trimmed().endsWith("0.9700,1"));
        QVERIFY(lines[2].trimmed().endsWith("0.3000,0"));
        QVERIFY(lines[3].trimmed().endsWith(",,"));
        QCOMPARE(lines[4].split(',').size(), lines[0].split(',').size()); // the failed file's row is as wide

        const QString pages = pdfPages(requests[2].path).join(u'\n');
        QCOMPARE(pages.count(QStringLiteral("Unlike the generators the model was trained on")), 1);
        QCOMPARE(pages.count(QStringLiteral("like the generators the model was trained on.")), 1);
    }

    void unionFindGroupsTransitivelyWithOrWithoutAMatrix()
    {
        // a ~ b and b ~ c, but a and c are not similar: one group all the same; d and e a second; f alone.
        const std::vector<std::vector<float>> vectors{{1, 0, 0}, {1, 0.45f, 0}, {1, 0.9f, 0}, {0, 0, 1}, {0, 0.1f, 1}, {0, 1, -1}};
        QVERIFY(PairSimilarity::cosine(vectors[0], vectors[2]) < 0.9);
        const std::vector<std::vector<int>> expected{{0, 1, 2}, {3, 4}};
        QCOMPARE(PairSimilarity::groups(vectors, 0.9), expected);
        QCOMPARE(PairSimilarity::groups(PairSimilarity::matrix(vectors), 0.9), expected);
        // Equal sizes: by their first member, whatever the input order of the links.
        const std::vector<std::vector<float>> pairs{{0, 1}, {1, 0}, {0.05f, 1}, {1, 0.05f}};
        QCOMPARE(PairSimilarity::groups(pairs, 0.9), (std::vector<std::vector<int>>{{0, 2}, {1, 3}}));
    }
};

QTEST_MAIN(TestReportPdf)
#include "test_report_pdf.moc"
