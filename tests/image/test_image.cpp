#include "analysis/ResidualSpectrum.h"
#include "common/InputError.h"
#include "image/ImageHeader.h"
#include "image/ImageLoader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>

using namespace lgpn;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QByteArray encode(const cv::Mat &image, const std::string &extension)
{
    std::vector<uchar> bytes;
    cv::imencode(extension, image, bytes);
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// A BGR test image whose first pixel is pure blue in OpenCV's order.
cv::Mat blueCornerImage(int width, int height)
{
    cv::Mat image(height, width, CV_8UC3, cv::Scalar(10, 20, 30));
    image.at<cv::Vec3b>(0, 0) = cv::Vec3b(255, 0, 0);
    return image;
}

} // namespace

class TestImage : public QObject
{
    Q_OBJECT

private slots:
    void decodesColourAsRgb()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("blue corner.png"));
        writeFile(path, encode(blueCornerImage(40, 30), ".png"));
        const QByteArray before = fileHash(path);
        const LoadedImage image = ImageLoader().load(path);
        QCOMPARE(image.format, QStringLiteral("PNG"));
        QCOMPARE(image.width, 40);
        QCOMPARE(image.height, 30);
        QCOMPARE(image.channels, 3);
        QCOMPARE(image.rgb.type(), CV_8UC3);
        QCOMPARE(image.rgb.at<cv::Vec3b>(0, 0), cv::Vec3b(0, 0, 255)); // blue is last in RGB
        QCOMPARE(image.sha256, before);
        QCOMPARE(fileHash(path), before); // never modified
        QVERIFY(image.notes.isEmpty());
    }

    void convertsUnusualPixelFormats_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("extension");
        QTest::addColumn<QString>("note");
        QTest::newRow("gray png") << int(CV_8UC1) << QStringLiteral(".png") << QStringLiteral("grayscale");
        QTest::newRow("16-bit png") << int(CV_16UC3) << QStringLiteral(".png") << QStringLiteral("16-bit reduced to 8-bit");
        QTest::newRow("rgba png") << int(CV_8UC4) << QStringLiteral(".png") << QStringLiteral("alpha channel ignored");
        QTest::newRow("jpeg") << int(CV_8UC3) << QStringLiteral(".jpg") << QString();
        QTest::newRow("bmp") << int(CV_8UC3) << QStringLiteral(".bmp") << QString();
        QTest::newRow("tiff") << int(CV_8UC3) << QStringLiteral(".tiff") << QString();
        QTest::newRow("webp") << int(CV_8UC3) << QStringLiteral(".webp") << QString();
    }

    void convertsUnusualPixelFormats()
    {
        QFETCH(int, type);
        QFETCH(QString, extension);
        QFETCH(QString, note);
        const cv::Mat image(24, 32, type, cv::Scalar::all(type == CV_16UC3 ? 40000 : 100));
        const LoadedImage loaded = ImageLoader().decode(encode(image, extension.toStdString()), QStringLiteral("x"));
        QCOMPARE(loaded.rgb.type(), CV_8UC3);
        QCOMPARE(loaded.width, 32);
        QCOMPARE(loaded.height, 24);
        if (!note.isEmpty())
            QVERIFY2(loaded.notes.contains(note), qPrintable(loaded.notes.join(u'|')));
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray png = encode(blueCornerImage(64, 64), ".png");
        QByteArray hugePng = png;
        // Claim 20000 x 20000 in the IHDR chunk (the CRC is not checked before our guard).
        hugePng[16] = 0; hugePng[17] = 0; hugePng[18] = char(0x4E); hugePng[19] = char(0x20);
        hugePng[20] = 0; hugePng[21] = 0; hugePng[22] = char(0x4E); hugePng[23] = char(0x20);
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty file (0 bytes)");
        QTest::newRow("text named png") << QByteArray("hello, I am not an image\n") << QStringLiteral("not an image");
        QTest::newRow("truncated png") << png.left(png.size() / 2) << QStringLiteral("cannot decode the PNG data");
        QTest::newRow("png signature only") << png.left(8) << QStringLiteral("cannot decode the PNG data");
        QTest::newRow("huge png") << hugePng << QStringLiteral("image too large: 20000 × 20000 = 400.0 megapixels");
        QTest::newRow("gif") << QByteArray("GIF89a\x10\x00\x10\x00\x00\x00\x00;", 14) << QStringLiteral("GIF images are not supported");
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.png"));
        writeFile(path, bytes);
        try {
            ImageLoader().load(path);
            QFAIL("a bad file was accepted");
        } catch (const InputError &error) {
            QCOMPARE(error.file(), path);
            QVERIFY2(error.reason().contains(reason), qPrintable(error.message()));
        }
        QCOMPARE(QFileInfo(path).size(), qint64(bytes.size())); // untouched
    }

    void refusesMissingFoldersAndLinkLoops()
    {
        QTemporaryDir dir;
        QVERIFY_THROWS_EXCEPTION(InputError, ImageLoader().load(dir.filePath(QStringLiteral("missing.png"))));
        QVERIFY_THROWS_EXCEPTION(InputError, ImageLoader().load(dir.path()));
        const QString loopA = dir.filePath(QStringLiteral("a.png"));
        const QString loopB = dir.filePath(QStringLiteral("b.png"));
        QVERIFY(QFile::link(loopB, loopA));
        QVERIFY(QFile::link(loopA, loopB));
        try {
            ImageLoader().load(loopA);
            QFAIL("a symlink loop was accepted");
        } catch (const InputError &error) {
            QVERIFY2(error.reason().contains(QStringLiteral("symbolic link")), qPrintable(error.message()));
        }
    }

    void headerSizesWithoutDecoding()
    {
        const ImageHeader png = ImageHeader::sniff(encode(blueCornerImage(33, 17), ".png"));
        QCOMPARE(png.width, 33LL);
        QCOMPARE(png.height, 17LL);
        const ImageHeader jpeg = ImageHeader::sniff(encode(blueCornerImage(33, 17), ".jpg"));
        QCOMPARE(jpeg.format, QStringLiteral("JPEG"));
        QCOMPARE(jpeg.width, 33LL);
        QCOMPARE(jpeg.height, 17LL);
        const ImageHeader webp = ImageHeader::sniff(encode(blueCornerImage(33, 17), ".webp"));
        QCOMPARE(webp.width, 33LL);
        QCOMPARE(webp.height, 17LL);
        const ImageHeader bmp = ImageHeader::sniff(encode(blueCornerImage(33, 17), ".bmp"));
        QCOMPARE(bmp.width, 33LL);
        QCOMPARE(bmp.height, 17LL);
    }

    void smallerLimitRefusesEarlier()
    {
        ImageLoader::Limits limits;
        limits.maxPixels = 1000;
        try {
            ImageLoader(limits).decode(encode(blueCornerImage(40, 30), ".png"), QStringLiteral("x.png"));
            QFAIL("an image above the limit was accepted");
        } catch (const InputError &error) {
            QVERIFY(error.reason().startsWith(QStringLiteral("image too large: 40 × 30")));
        }
    }

    void residualSpectrumShowsPeriodicTraces()
    {
        // A smooth gradient with mild noise, and the same with a faint 4-pixel grid such as
        // transposed convolutions leave.
        cv::Mat smooth(128, 128, CV_8UC3);
        cv::Mat gridded(128, 128, CV_8UC3);
        cv::RNG random(7);
        for (int y = 0; y < 128; ++y) {
            for (int x = 0; x < 128; ++x) {
                const int base = 60 + x / 2 + y / 4 + int(random.uniform(-3, 4));
                const int grid = (x % 4 == 0 ? 6 : 0) + (y % 4 == 0 ? 6 : 0);
                smooth.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(base), uchar(base), uchar(base));
                gridded.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(base + grid), uchar(base + grid), uchar(base + grid));
            }
        }
        const ResidualSpectrum plain = ResidualSpectrum::compute(smooth);
        const ResidualSpectrum traced = ResidualSpectrum::compute(gridded);
        QCOMPARE(traced.logMagnitude.size(), cv::Size(128, 128));
        QCOMPARE(traced.display.type(), CV_8UC1);
        QVERIFY2(traced.peakToMedianDb > plain.peakToMedianDb + 10,
                 qPrintable(QStringLiteral("%1 vs %2 dB").arg(traced.peakToMedianDb).arg(plain.peakToMedianDb)));
        // The grid's frequency (1/4 cycle per pixel) sits 128/4 = 32 bins right of the centre.
        const float atPeak = traced.logMagnitude.at<float>(64, 64 + 32);
        const float beside = traced.logMagnitude.at<float>(64 + 10, 64 + 22);
        QVERIFY(atPeak > beside + 1.0f);
        // Large images are read from their centre only.
        const ResidualSpectrum large = ResidualSpectrum::compute(cv::Mat(1500, 2000, CV_8UC3, cv::Scalar(90, 90, 90)));
        QCOMPARE(large.logMagnitude.size(), cv::Size(ResidualSpectrum::kMaxSide, ResidualSpectrum::kMaxSide));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ResidualSpectrum::compute(cv::Mat()));
    }
};

QTEST_APPLESS_MAIN(TestImage)
#include "test_image.moc"
