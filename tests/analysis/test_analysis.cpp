#include "analysis/CropPlanner.h"
#include "analysis/InputCollector.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

namespace {
void touch(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x");
}
} // namespace

using namespace lgpn;

class TestAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void exactSizeIsOneCrop()
    {
        const std::vector<CropRect> crops = CropPlanner::plan(32, 32, 32, 5);
        QCOMPARE(int(crops.size()), 1);
        QCOMPARE(crops[0], (CropRect{0, 0, 32}));
    }

    void largerImagesGetCentreThenCorners()
    {
        const std::vector<CropRect> crops = CropPlanner::plan(64, 48, 32, 5);
        QCOMPARE(int(crops.size()), 5);
        QCOMPARE(crops[0], (CropRect{16, 8, 32}));
        QCOMPARE(crops[1], (CropRect{0, 0, 32}));
        QCOMPARE(crops[4], (CropRect{32, 16, 32}));
        for (const CropRect &crop : crops) {
            QVERIFY(crop.x >= 0 && crop.y >= 0);
            QVERIFY(crop.x + crop.size <= 64 && crop.y + crop.size <= 48); // native resolution, inside
        }
    }

    void manyCropsAreDistinctAndInside()
    {
        const std::vector<CropRect> crops = CropPlanner::plan(300, 200, 64, 12);
        QCOMPARE(int(crops.size()), 12);
        for (size_t i = 0; i < crops.size(); ++i) {
            QVERIFY(crops[i].x + 64 <= 300 && crops[i].y + 64 <= 200);
            for (size_t j = i + 1; j < crops.size(); ++j)
                QVERIFY(!(crops[i] == crops[j]));
        }
        QCOMPARE(int(CropPlanner::plan(33, 32, 32, 9).size()), 2); // only two distinct positions exist
    }

    void smallerImagesAreOneUpscaledCrop()
    {
        QVERIFY(CropPlanner::needsUpscaling(28, 40, 32));
        const std::vector<CropRect> crops = CropPlanner::plan(28, 40, 32, 5);
        QCOMPARE(int(crops.size()), 1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, CropPlanner::plan(0, 10, 32, 5));
    }

    void collectsFoldersInOrderWithoutLooping()
    {
        QTemporaryDir root;
        QDir dir(root.path());
        QVERIFY(dir.mkpath(QStringLiteral("sub/deeper")));
        touch(dir.filePath(QStringLiteral("b image.png")));
        touch(dir.filePath(QStringLiteral("a.JPG")));
        touch(dir.filePath(QStringLiteral("notes.txt")));
        touch(dir.filePath(QStringLiteral("sub/画像.webp")));
        touch(dir.filePath(QStringLiteral("sub/deeper/c.png")));
        QVERIFY(QFile::link(root.path(), dir.filePath(QStringLiteral("sub/loop"))));          // folder link to the root
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("gone.png")), dir.filePath(QStringLiteral("dangling.png"))));

        const auto flat = InputCollector::collect({root.path()}, false);
        QStringList names;
        for (const auto &entry : flat)
            names.append(QFileInfo(entry.path).fileName() + (entry.error.isEmpty() ? QString() : u" !" + entry.error));
        QCOMPARE(names, (QStringList{QStringLiteral("a.JPG"), QStringLiteral("b image.png"),
                                     QStringLiteral("dangling.png !broken or looping symbolic link")}));

        const auto deep = InputCollector::collect({root.path()}, true);
        QStringList relative;
        for (const auto &entry : deep)
            relative.append(dir.relativeFilePath(entry.path));
        QCOMPARE(relative, (QStringList{QStringLiteral("a.JPG"), QStringLiteral("b image.png"), QStringLiteral("dangling.png"),
                                        QStringLiteral("sub/deeper/c.png"), QStringLiteral("sub/画像.webp")}));
    }

    void namedFilesAreAlwaysTakenAndMissingOnesReported()
    {
        QTemporaryDir root;
        const QString text = root.filePath(QStringLiteral("readme.txt"));
        touch(text);
        const auto entries = InputCollector::collect({text, root.filePath(QStringLiteral("missing.png"))}, false);
        QCOMPARE(int(entries.size()), 2);
        QVERIFY(entries[0].error.isEmpty());                       // the loader will say it is not an image
        QCOMPARE(entries[1].error, QStringLiteral("file not found"));
    }
};

QTEST_APPLESS_MAIN(TestAnalysis)
#include "test_analysis.moc"
