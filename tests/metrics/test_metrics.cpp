#include "evaluation/Metrics.h"

#include <QtTest>

#include <cmath>

using namespace lgpn::metrics;

// Every expected value here was worked out by hand in the comment beside it.
class TestMetrics : public QObject
{
    Q_OBJECT

private slots:
    void confusionAccuracyAndF1()
    {
        // scores 0.9 0.8 0.3 0.6 0.1, labels 1 0 1 1 0, threshold 0.5 -> predicted 1 1 0 1 0:
        // TP = 2, FP = 1, FN = 1, TN = 1; accuracy 3/5; F1 = 2*2 / (2*2 + 1 + 1) = 2/3.
        const ConfusionCounts counts = confusion({0.9f, 0.8f, 0.3f, 0.6f, 0.1f}, {1, 0, 1, 1, 0});
        QCOMPARE(counts.truePositives, 2L);
        QCOMPARE(counts.falsePositives, 1L);
        QCOMPARE(counts.falseNegatives, 1L);
        QCOMPARE(counts.trueNegatives, 1L);
        QCOMPARE(counts.accuracy(), 0.6);
        QCOMPARE(counts.f1(), 2.0 / 3.0);
        QCOMPARE(counts.precision(), 2.0 / 3.0);
        QCOMPARE(counts.recall(), 2.0 / 3.0);
        // The threshold is inclusive: 0.5 counts as positive.
        QCOMPARE(confusion({0.5f}, {1}).truePositives, 1L);
        // A node absent and never predicted has no F1.
        QVERIFY(std::isnan(confusion({0.1f, 0.2f}, {0, 0}).f1()));
        QCOMPARE(confusion({0.1f, 0.2f}, {0, 0}).accuracy(), 1.0);
    }

    void meanAbsoluteErrorByHand()
    {
        // |0.1-0| + |0.5-1| + |0.9-1| = 0.7, over 3.
        QCOMPARE(meanAbsoluteError({0.1f, 0.5f, 0.9f}, {0, 1, 1}), (double(0.1f) + 0.5 + (1.0 - double(0.9f))) / 3.0);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, meanAbsoluteError({0.1f}, {0, 1}));
    }

    void aucByHand()
    {
        // Positives 0.9, 0.7; negatives 0.8, 0.6, 0.5: 0.9 beats all three, 0.7 beats two: 5/6.
        QCOMPARE(rocAuc({0.9f, 0.8f, 0.7f, 0.6f, 0.5f}, {1, 0, 1, 0, 0}), 5.0 / 6.0);
        QCOMPARE(rocAuc({0.5f, 0.5f}, {1, 0}), 0.5); // a tie counts half
        QCOMPARE(rocAuc({0.1f, 0.2f, 0.3f}, {1, 1, 0}), 0.0);
        QVERIFY(std::isnan(rocAuc({0.1f, 0.2f}, {1, 1})));
    }

    void averagePrecisionByHand()
    {
        // Ranking 0.9(+) 0.8(-) 0.7(+) 0.6(-) 0.5(-): precision at the positives 1/1 and 2/3.
        QCOMPARE(averagePrecision({0.9f, 0.8f, 0.7f, 0.6f, 0.5f}, {1, 0, 1, 0, 0}), (1.0 + 2.0 / 3.0) / 2.0);
        QCOMPARE(averagePrecision({0.2f, 0.9f}, {1, 1}), 1.0);
    }

    void detectionAtFalseAlarmByHand()
    {
        // Negatives 0.0 .. 0.9 (ten); positives 0.95, 0.85, 0.5, 0.05.
        std::vector<float> scores = {0.95f, 0.85f, 0.5f, 0.05f};
        std::vector<float> labels = {1, 1, 1, 1};
        for (int i = 0; i < 10; ++i) {
            scores.push_back(float(i) / 10.0f);
            labels.push_back(0);
        }
        // FAR 10%: one negative (0.9) may pass, so the threshold lies just above 0.8: 0.95, 0.85 -> 2/4.
        QCOMPARE(detectionAtFalseAlarm(scores, labels, 0.10), 0.5);
        // FAR 0%: above 0.9: only 0.95 -> 1/4.
        QCOMPARE(detectionAtFalseAlarm(scores, labels, 0.0), 0.25);
        // FAR 50%: five negatives (0.5 .. 0.9) may pass, threshold just above 0.4: 3/4.
        QCOMPARE(detectionAtFalseAlarm(scores, labels, 0.5), 0.75);
        QCOMPARE(detectionAtFalseAlarm(scores, labels, 1.0), 1.0);
    }

    void bestThresholdAccuracyByHand()
    {
        // Cutting after 0.9 gives 1 TP + 3 TN = 4/5; after 0.7 also 4/5 (2 TP + 2 TN); the first is kept.
        double threshold = 0;
        QCOMPARE(bestThresholdAccuracy({0.9f, 0.8f, 0.7f, 0.6f, 0.5f}, {1, 0, 1, 0, 0}, &threshold), 0.8);
        QCOMPARE(threshold, double(0.9f));
        // All negatives: best is to predict nothing.
        QCOMPARE(bestThresholdAccuracy({0.3f, 0.6f}, {0, 0}), 1.0);
    }
};

QTEST_APPLESS_MAIN(TestMetrics)
#include "test_metrics.moc"
