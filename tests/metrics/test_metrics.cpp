#include "evaluation/Metrics.h"
#include "evaluation/ParsingScores.h"
#include "evaluation/TraceFeatures.h"

#include <QtTest>

#include <opencv2/core.hpp>

#include <cmath>
#include <random>

using namespace lgpn::metrics;
using lgpn::GroupKind;
using lgpn::HyperparameterSchema;
using lgpn::ParsingScores;
using lgpn::TraceFeatures;

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

    void perNodeAucByHand()
    {
        // RED140's schema; three GMs, all labels 0 except l1 (GMs 0, 2), l2 (GM 1), mse (all:
        // one class only) and upsampling_deconv (GM 0). Images of GMs 0, 0, 1, 2; scores 0.1
        // except on those four nodes.
        const HyperparameterSchema schema = HyperparameterSchema::red140();
        const int l1 = schema.nodeIndex(QStringLiteral("l1"));
        const int l2 = schema.nodeIndex(QStringLiteral("l2"));
        const int mse = schema.nodeIndex(QStringLiteral("mse"));
        const int upsampling = schema.nodeIndex(ParsingScores::upsamplingNode());
        QVERIFY(l1 >= 0 && l2 >= 0 && mse >= 0 && upsampling >= 0);
        std::vector<std::vector<float>> gmLabels(3, std::vector<float>(size_t(schema.nodeCount()), 0.0f));
        gmLabels[0][size_t(l1)] = gmLabels[2][size_t(l1)] = 1;
        gmLabels[1][size_t(l2)] = 1;
        gmLabels[0][size_t(mse)] = gmLabels[1][size_t(mse)] = gmLabels[2][size_t(mse)] = 1;
        gmLabels[0][size_t(upsampling)] = 1;
        const std::vector<int> gms = {0, 0, 1, 2};
        std::vector<std::vector<float>> scores(4, std::vector<float>(size_t(schema.nodeCount()), 0.1f));
        const float l1Scores[] = {0.9f, 0.4f, 0.6f, 0.2f};
        const float l2Scores[] = {0.1f, 0.3f, 0.8f, 0.3f};
        const float upsamplingScores[] = {0.7f, 0.5f, 0.5f, 0.2f};
        for (size_t i = 0; i < 4; ++i) {
            scores[i][size_t(l1)] = l1Scores[i];
            scores[i][size_t(l2)] = l2Scores[i];
            scores[i][size_t(upsampling)] = upsamplingScores[i];
        }
        const ParsingScores parsing = ParsingScores::compute(schema, gms, scores, gmLabels);
        QCOMPARE(int(parsing.nodes().size()), schema.nodeCount());

        // l1: labels 1 1 0 1; the negative 0.6 is beaten by 0.9 only: 1/3. Threshold 0.5
        // predicts 1 0 1 0: TP 1, FP 1, FN 2, F1 2/5, accuracy 1/4. GMs 0, 2 positive, 1 negative.
        const auto &l1Score = parsing.nodes()[size_t(l1)];
        QCOMPARE(l1Score.auc, 1.0 / 3.0);
        QCOMPARE(l1Score.f1, 0.4);
        QCOMPARE(l1Score.accuracy, 0.25);
        QCOMPARE(l1Score.positiveImages, 3L);
        QCOMPARE(l1Score.negativeImages, 1L);
        QCOMPARE(l1Score.positiveGms, 2);
        QCOMPARE(l1Score.negativeGms, 1);
        // l2: labels 0 0 1 0; the positive 0.8 beats all three: 1; predicted 0 0 1 0: F1 1.
        QCOMPARE(parsing.nodes()[size_t(l2)].auc, 1.0);
        QCOMPARE(parsing.nodes()[size_t(l2)].f1, 1.0);
        // mse: one class only -> no AUC; never predicted with four positives -> F1 0.
        QVERIFY(std::isnan(parsing.nodes()[size_t(mse)].auc));
        QCOMPARE(parsing.nodes()[size_t(mse)].f1, 0.0);
        QCOMPARE(parsing.nodes()[size_t(mse)].negativeGms, 0);
        // upsampling_deconv: labels 1 1 0 0; 0.7 beats 0.5 and 0.2, 0.5 ties 0.5 and beats 0.2: 3.5/4.
        QCOMPARE(parsing.nodeAuc(ParsingScores::upsamplingNode()), 0.875);
        QVERIFY(std::isnan(parsing.nodeAuc(QStringLiteral("no_such_node"))));

        // Loss: AUC over l1 and l2 only (mse and the all-negative nodes have one class): (1/3 + 1) / 2.
        // F1 over l1, l2 and mse (the others are absent and never predicted): (0.4 + 1 + 0) / 3.
        QCOMPARE(parsing.kind(GroupKind::Loss).auc, (1.0 / 3.0 + 1.0) / 2.0);
        QCOMPARE(parsing.kind(GroupKind::Loss).aucNodes, 2);
        QCOMPARE(parsing.kind(GroupKind::Loss).f1, (0.4 + 1.0 + 0.0) / 3.0);
        QCOMPARE(parsing.kind(GroupKind::Discrete).auc, 0.875);
        QCOMPARE(parsing.kind(GroupKind::Discrete).aucNodes, 1);
        QVERIFY(std::isnan(parsing.kind(GroupKind::Continuous).auc));
        QCOMPARE(parsing.kind(GroupKind::Continuous).aucNodes, 0);
        QCOMPARE(parsing.kind(GroupKind::Continuous).nodes, 27);

        // The same in JSON: undefined figures are null, not 0.
        const QJsonObject json = parsing.toJson();
        QCOMPARE(json.value(u"loss")[u"auc"].toDouble(), 0.6667);
        QCOMPARE(json.value(u"loss")[u"aucNodes"].toInt(), 2);
        QVERIFY(json.value(u"range")[u"auc"].isNull());
        QCOMPARE(json.value(u"upsamplingAuc").toDouble(), 0.875);
        QCOMPARE(json.value(u"nodeAuc")[u"l1"][u"auc"].toDouble(), 0.3333);
        QCOMPARE(json.value(u"nodeAuc")[u"l1"][u"positiveGms"].toInt(), 2);
        QVERIFY(json.value(u"nodeAuc")[u"mse"][u"auc"].isNull());
        QCOMPARE(json.value(u"nodeAuc").toObject().size(), schema.nodeCount());
        const QJsonArray perNode = parsing.perNodeJson();
        QCOMPARE(perNode.size(), schema.nodeCount());
        QCOMPARE(perNode[l1][u"node"].toString(), QStringLiteral("l1"));
        QCOMPARE(perNode[l1][u"kind"].toString(), QStringLiteral("loss"));
        QCOMPARE(perNode[l1][u"negativeImages"].toInt(), 1);

        // Sizes that do not fit the schema are refused.
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ParsingScores::compute(schema, {0}, {{0.5f}}, gmLabels));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ParsingScores::compute(schema, {3}, {scores[0]}, gmLabels));
    }

    void traceFeaturesHaveTheDocumentedLength_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("value");
        QTest::newRow("constant grey 32") << 32 << 32 << CV_8UC3 << 128;
        QTest::newRow("constant black 64x48") << 64 << 48 << CV_8UC3 << 0;
        QTest::newRow("constant white, 1 channel") << 40 << 40 << CV_8UC1 << 255;
        QTest::newRow("constant, larger than the crop") << 300 << 520 << CV_8UC3 << 77;
        QTest::newRow("tiny") << 3 << 2 << CV_8UC3 << 10;
    }

    void traceFeaturesHaveTheDocumentedLength()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, type);
        QFETCH(int, value);
        const cv::Mat image(height, width, type, cv::Scalar::all(value));
        const std::vector<float> features = TraceFeatures::compute(image);
        QCOMPARE(int(features.size()), TraceFeatures::kCount);
        QCOMPARE(TraceFeatures::kCount, 8 * 8 + 16 + 1 + 4 + 2);
        QCOMPARE(TraceFeatures::names().size(), TraceFeatures::kCount);
        for (float feature : features)
            QVERIFY(std::isfinite(feature));
        // The histogram holds every pixel in the one bin of the value; a constant image has no
        // residual and no saturation.
        const int histogram = TraceFeatures::kSpectrumGrid * TraceFeatures::kSpectrumGrid;
        QCOMPARE(features[size_t(histogram + value * 16 / 256)], 1.0f);
        const int statistics = histogram + TraceFeatures::kHistogramBins;
        QCOMPARE(features[size_t(statistics)], 0.0f);                           // saturation
        QCOMPARE(features[size_t(statistics + 1)], float(value / 255.0));         // grey mean
        QCOMPARE(features[size_t(statistics + 2)], 0.0f);                         // grey sd
        QCOMPARE(features[size_t(statistics + 4)], 0.0f);                         // residual sd
        QCOMPARE(features[size_t(statistics + 5)], value == 0 ? 1.0f : 0.0f);     // clipped at 0
        QCOMPARE(features[size_t(statistics + 6)], value == 255 ? 1.0f : 0.0f);   // clipped at 255
    }

    void traceFeaturesSeeACheckerboard()
    {
        // A 2-pixel checkerboard puts its energy at the highest frequency, the corners of the
        // centred spectrum: the corner cell's mean log magnitude rises (by 0.3 here: the peak is
        // one of the cell's 64 frequencies), a cell next to the centre barely moves.
        std::mt19937 random(5);
        std::uniform_int_distribution<int> noise(-3, 3);
        cv::Mat smooth(64, 64, CV_8UC3);
        cv::Mat checkered(64, 64, CV_8UC3);
        for (int y = 0; y < 64; ++y) {
            for (int x = 0; x < 64; ++x) {
                const int base = 100 + x + noise(random);
                const int trace = (x + y) % 2 ? 8 : -8;
                smooth.at<cv::Vec3b>(y, x) = cv::Vec3b::all(uchar(base));
                checkered.at<cv::Vec3b>(y, x) = cv::Vec3b::all(uchar(base + trace));
            }
        }
        const std::vector<float> a = TraceFeatures::compute(smooth);
        const std::vector<float> b = TraceFeatures::compute(checkered);
        QVERIFY2(b[0] > a[0] + 0.2f, qPrintable(QStringLiteral("corner cell %1 -> %2").arg(a[0]).arg(b[0])));
        QVERIFY2(std::fabs(b[27] - a[27]) < 0.05f, qPrintable(QStringLiteral("centre cell %1 -> %2").arg(a[27]).arg(b[27])));
    }
};

QTEST_APPLESS_MAIN(TestMetrics)
#include "test_metrics.moc"
