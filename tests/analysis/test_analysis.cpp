#include "analysis/CropPlanner.h"

#include <QtTest>

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
};

QTEST_APPLESS_MAIN(TestAnalysis)
#include "test_analysis.moc"
