#include "analysis/ResidualSpectrum.h"
#include "common/InputError.h"
#include "common/NativePath.h"
#include "image/ImageHeader.h"
#include "image/ImageLoader.h"
#include "InputRefusal.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>

#include <fcntl.h>
#include <future>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

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

// Writes a file by the exact bytes of its path (QFile would lose those that are not UTF-8).
bool writeNative(const QByteArray &path, const QByteArray &bytes)
{
    const int fd = ::open(path.constData(), O_CREAT | O_WRONLY | O_TRUNC, 0644);
    if (fd < 0)
        return false;
    const bool written = ::write(fd, bytes.constData(), size_t(bytes.size())) == ssize_t(bytes.size());
    ::close(fd);
    return written;
}

// Loads on another thread and gives up after a few seconds, so that a loader that blocks fails the
// test instead of hanging it (`release` then unblocks the stuck read).
QString refusalWithin(const QString &path, const std::function<void()> &release)
{
    auto reason = std::async(std::launch::async, [path]() -> QString {
        const auto error = refusalOf([&] { ImageLoader().load(path); });
        return error ? error->reason() : QStringLiteral("(accepted)");
    });
    if (reason.wait_for(std::chrono::seconds(5)) == std::future_status::timeout) {
        release();
        reason.wait();
        return QStringLiteral("(blocked)");
    }
    return reason.get();
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
        const auto error = refusalOf([&] { ImageLoader().load(path); });
        QVERIFY2(error, "a bad file was accepted");
        QCOMPARE(error->file(), path);
        QVERIFY2(error->reason().contains(reason), qPrintable(error->message()));
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
        const auto error = refusalOf([&] { ImageLoader().load(loopA); });
        QVERIFY2(error, "a symlink loop was accepted");
        QVERIFY2(error->reason().contains(QStringLiteral("symbolic link")), qPrintable(error->message()));
    }

    void loadsAFileWhoseNameIsNotUtf8()
    {
        QTemporaryDir dir;
        const QByteArray latin1 = NativePath::fromDisplay(dir.path()) + "/caf\xe9.png"; // "café" in Latin-1
        QVERIFY(writeNative(latin1, encode(blueCornerImage(40, 30), ".png")));
        const LoadedImage image = ImageLoader().loadNative(latin1);
        QCOMPARE(image.width, 40);
        QCOMPARE(image.path, dir.path() + QStringLiteral("/caf\uFFFD.png"));
        QVERIFY_THROWS_EXCEPTION(InputError, ImageLoader().load(image.path)); // the display form names no file
    }

    void nativePathsKeepEveryByte()
    {
        const QByteArray latin1("/case/caf\xe9 100%.png");
        QCOMPARE(NativePath::display(latin1), QStringLiteral("/case/caf\uFFFD 100%.png"));
        QVERIFY(!NativePath::isExactUtf8(latin1));
        QCOMPARE(NativePath::percentEscaped(latin1), QStringLiteral("/case/caf%E9 100%25.png"));
        QCOMPARE(NativePath::exactBytesIfLossy(NativePath::display(latin1), latin1), latin1);
        const QString unicode = QStringLiteral("/case/画像 ü.png");
        QVERIFY(NativePath::isExactUtf8(unicode.toUtf8()));
        QCOMPARE(NativePath::percentEscaped(unicode.toUtf8()), unicode);
        QCOMPARE(NativePath::exactBytesIfLossy(unicode, unicode.toUtf8()), QByteArray());
        QCOMPARE(NativePath::exactBytesIfLossy(unicode, QByteArray()), QByteArray()); // not known: nothing to add
        QCOMPARE(NativePath::percentEscaped(QByteArray("\xed\xa0\x80")), QStringLiteral("%ED%A0%80")); // a surrogate is not UTF-8
    }

    void namesWhatIsNotARegularFileWithoutBlocking()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe.png"));
        QCOMPARE(::mkfifo(NativePath::fromDisplay(fifo).constData(), 0600), 0);
        QElapsedTimer elapsed;
        elapsed.start();
        QCOMPARE(refusalWithin(fifo, [&] { ::close(::open(NativePath::fromDisplay(fifo).constData(), O_WRONLY | O_NONBLOCK)); }),
                 QStringLiteral("not a regular file (FIFO)"));
        QVERIFY(elapsed.elapsed() < 2000);
        QCOMPARE(refusalWithin(QStringLiteral("/dev/null"), [] {}), QStringLiteral("not a regular file (character device)"));

        const QString socketPath = dir.filePath(QStringLiteral("socket.png"));
        const int socket = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray socketBytes = NativePath::fromDisplay(socketPath);
        QVERIFY(size_t(socketBytes.size()) < sizeof(address.sun_path));
        std::copy(socketBytes.begin(), socketBytes.end(), address.sun_path);
        QCOMPARE(::bind(socket, reinterpret_cast<const sockaddr *>(&address), sizeof(address)), 0);
        QCOMPARE(refusalWithin(socketPath, [] {}), QStringLiteral("not a regular file (socket)"));
        ::close(socket);
    }

    void notesSayWhichFrameIsAnalysed()
    {
        QTemporaryDir dir;
        const QString pages = dir.filePath(QStringLiteral("three pages.tif"));
        const std::vector<cv::Mat> three{blueCornerImage(40, 30), blueCornerImage(40, 30), blueCornerImage(20, 10)};
        QVERIFY(cv::imwritemulti(NativePath::fromDisplay(pages).toStdString(), three));
        const LoadedImage image = ImageLoader().load(pages);
        QCOMPARE(image.width, 40); // the first page
        QVERIFY2(image.notes.contains(QStringLiteral("frame 1 of 3 analysed (multi-page TIFF)")), qPrintable(image.notes.join(u'|')));
        const LoadedImage single = ImageLoader().decode(encode(blueCornerImage(40, 30), ".tiff"), QStringLiteral("one.tif"));
        QVERIFY2(single.notes.isEmpty(), qPrintable(single.notes.join(u'|')));

        // An APNG states its frame count in its acTL chunk (here 4 frames, no loop), before the first IDAT.
        QByteArray apng = encode(blueCornerImage(8, 8), ".png");
        apng.insert(33, QByteArray::fromHex("00000008") + "acTL" + QByteArray::fromHex("0000000400000000") + QByteArray(4, '\0'));
        const ImageHeader animated = ImageHeader::sniff(apng);
        QVERIFY(animated.animated);
        QCOMPARE(animated.frameCount, 4);
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
        const auto error = refusalOf([&] { ImageLoader(limits).decode(encode(blueCornerImage(40, 30), ".png"), QStringLiteral("x.png")); });
        QVERIFY2(error, "an image above the limit was accepted");
        QVERIFY2(error->reason().startsWith(QStringLiteral("image too large: 40 × 30")), qPrintable(error->message()));
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
