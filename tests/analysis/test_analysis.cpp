#include "analysis/CropPlanner.h"
#include "analysis/EvidenceMap.h"
#include "analysis/ImageAnalyzer.h"
#include "analysis/ImageTensor.h"
#include "analysis/InputCollector.h"
#include "analysis/NoveltyModel.h"
#include "analysis/PairSimilarity.h"
#include "bundle/ModelBundle.h"

#include <opencv2/imgproc.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace lgpn;

namespace {

ModelBundle randomBundle()
{
    torch::manual_seed(3);
    const HyperparameterSchema schema = HyperparameterSchema::red140();
    const std::vector<float> adjacency(size_t(schema.nodeCount() * schema.nodeCount()), 0.0f);
    const LgpnOptions options = LgpnOptions::compact();
    LgpnModel model(options, makeGraphSpec(schema, adjacency));
    // Non-trivial batch-norm statistics, so that folding has something to fold.
    model->train();
    {
        torch::NoGradGuard noGrad;
        model->forward(torch::rand({8, 3, 32, 32}) * 1.5 - 0.2);
    }
    model->eval();
    return ModelBundle(options, schema, adjacency, 0.4, model, BundleManifest());
}

LoadedImage syntheticImage(int width, int height)
{
    LoadedImage image;
    image.path = QStringLiteral("synthetic.png");
    image.width = width;
    image.height = height;
    image.rgb = cv::Mat(height, width, CV_8UC3);
    cv::randu(image.rgb, cv::Scalar::all(0), cv::Scalar::all(255));
    return image;
}

void touch(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x");
}

// A file made by the exact bytes of its path (QFile would lose those that are not UTF-8).
void touchNative(const QByteArray &path)
{
    const int fd = ::open(path.constData(), O_CREAT | O_WRONLY, 0644);
    QVERIFY(fd >= 0);
    ::close(fd);
}

// Crops the up-sampling node must learn to tell apart, as model input [3, 32, 32] in [-1, 1]:
// noise up-sampled x2 by nearest neighbour (the periodic 2 x 2 blocks of a nearest up-sampling
// layer), or a smooth image (noise of 2 x 2 pixels stretched bilinearly).
torch::Tensor upsampledCrop()
{
    return torch::upsample_nearest2d(torch::rand({1, 3, 16, 16}) * 1.6 - 0.8, {32, 32})[0];
}

torch::Tensor smoothCrop()
{
    return torch::upsample_bilinear2d(torch::rand({1, 3, 2, 2}) * 1.6 - 0.8, {32, 32}, true)[0];
}

cv::Mat toRgb(const torch::Tensor &crop)
{
    const torch::Tensor hwc = ((crop + 1) * 127.5).round().clamp(0, 255).to(torch::kUInt8).permute({1, 2, 0}).contiguous();
    return cv::Mat(int(hwc.size(0)), int(hwc.size(1)), CV_8UC3, hwc.data_ptr<uchar>()).clone();
}

// A small LGPN trained, here and now, to fire its node `node` on nearest up-sampling and not on
// smooth crops: the sanity check of the evidence map must not rest on what a shipped model knows.
// Returns the bundle and the accuracy on fresh crops.
std::pair<ModelBundle, double> upsamplingDetector(int node)
{
    torch::manual_seed(5);
    const HyperparameterSchema schema = HyperparameterSchema::red140();
    const std::vector<float> adjacency(size_t(schema.nodeCount() * schema.nodeCount()), 0.0f);
    const LgpnOptions options = LgpnOptions::compact().stem_channels(8).stage_widths({8, 8, 16, 16}).highres_width(8)
                                    .feature_dim(32).node_dim(16).dropout(0.0);
    LgpnModel model(options, makeGraphSpec(schema, adjacency));
    model->train();
    torch::optim::Adam optimizer(model->parameters(), torch::optim::AdamOptions(3e-3));
    const auto batch = [](int64_t half) {
        std::vector<torch::Tensor> crops;
        for (int64_t i = 0; i < half; ++i) {
            crops.push_back(upsampledCrop());
            crops.push_back(smoothCrop());
        }
        return std::pair{torch::stack(crops), torch::arange(2 * half).remainder(2).eq(0).to(torch::kFloat32)};
    };
    for (int step = 0; step < 150; ++step) {
        const auto [crops, labels] = batch(8);
        optimizer.zero_grad();
        const torch::Tensor logits = model->forward(crops).nodeLogits.select(1, node);
        torch::binary_cross_entropy_with_logits(logits, labels).backward();
        optimizer.step();
    }
    model->eval();
    torch::NoGradGuard noGrad;
    const auto [crops, labels] = batch(32);
    const torch::Tensor said = model->forward(crops).nodeLogits.select(1, node).gt(0).to(torch::kFloat32);
    const double accuracy = said.eq(labels).to(torch::kFloat32).mean().item<double>();
    return {ModelBundle(options, schema, adjacency, 0.4, model, BundleManifest()), accuracy};
}

double massOf(const FloatMatrix &map, int firstColumn, int endColumn)
{
    double mass = 0;
    for (int row = 0; row < map.rows; ++row)
        for (int column = firstColumn; column < endColumn; ++column)
            mass += map.at(row, column);
    return mass;
}
} // namespace


class TestAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void evidenceMapCoversTheImageAndOnlyWhatTheCropsRead()
    {
        const ModelBundle bundle = randomBundle();
        // One crop of a 100 x 40 image: the centre 32 x 32 at x = 34, y = 4.
        const EvidenceMap evidence(bundle, QStringLiteral("cpu"), 1);
        const LoadedImage image = syntheticImage(100, 40);
        const std::vector<FloatMatrix> maps = evidence.compute(image.rgb, {0, 5});
        QCOMPARE(int(maps.size()), 2);
        for (const FloatMatrix &map : maps) {
            QCOMPARE(map.rows, 40);
            QCOMPARE(map.columns, 100);
            QCOMPARE(*std::max_element(map.values.begin(), map.values.end()), 1.0f);
            QVERIFY(*std::min_element(map.values.begin(), map.values.end()) >= 0.0f);
            QCOMPARE(massOf(map, 0, 34) + massOf(map, 66, 100), 0.0); // never read by the model
            QVERIFY(massOf(map, 34, 66) > 0);
        }
        QVERIFY(maps[0].values != maps[1].values); // each node its own gradient
        // Large images give a scaled-down map of the same shape.
        const FloatMatrix small = evidence.compute(image.rgb, {0}, 50).front();
        QCOMPARE(small.columns, 50);
        QCOMPARE(small.rows, 20);
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, evidence.compute(image.rgb, {bundle.schema().nodeCount()}));
    }

    void evidenceMapsOfTheStrongestNodes()
    {
        const ModelBundle bundle = randomBundle();
        ImageAnalyzer analyzer(bundle, torch::kCPU);
        const LoadedImage image = syntheticImage(64, 48);
        const ImageAnalysis analysis = analyzer.analyze(image);
        const EvidenceMap evidence(bundle, QStringLiteral("cpu"), 5);
        const std::vector<NodeEvidence> strongest = evidence.strongest(image.rgb, analysis, 3);
        QCOMPARE(int(strongest.size()), 3);
        const HyperparameterSchema &schema = bundle.schema();
        for (size_t i = 0; i < strongest.size(); ++i) {
            QVERIFY(schema.group(schema.node(strongest[i].node).group).kind != GroupKind::Continuous);
            QCOMPARE(strongest[i].map.columns, 64); // under kReportSide: the image's own size
            if (i > 0)
                QVERIFY(analysis.nodeProbabilities[size_t(strongest[i].node)] <= analysis.nodeProbabilities[size_t(strongest[i - 1].node)]);
        }
    }

    // The item's sanity test: on an image whose left half carries a nearest up-sampling pattern and
    // whose right half is smooth, the map of a node that has learnt the pattern lies on the left.
    void upsamplingEvidenceLiesOnTheUpsampledHalf()
    {
        const int node = HyperparameterSchema::red140().nodeIndex(QStringLiteral("upsampling_nearest"));
        QVERIFY(node >= 0);
        const auto [bundle, accuracy] = upsamplingDetector(node);
        QVERIFY2(accuracy >= 0.95, qPrintable(QStringLiteral("the detector is right on %1 of fresh crops").arg(accuracy)));
        cv::Mat image(32, 64, CV_8UC3);
        torch::manual_seed(17);
        toRgb(upsampledCrop()).copyTo(image(cv::Rect(0, 0, 32, 32)));
        toRgb(smoothCrop()).copyTo(image(cv::Rect(32, 0, 32, 32)));
        const EvidenceMap evidence(bundle, QStringLiteral("cpu"), 5); // crops at x = 16, 0 and 32
        const FloatMatrix map = evidence.compute(image, {node}).front();
        const double left = massOf(map, 0, 32) / massOf(map, 0, 64);
        QVERIFY2(left > 0.6, qPrintable(QStringLiteral("left half's share of the map: %1").arg(left)));
    }
    void noveltyFlagsAClusterUnlikeTraining()
    {
        // Training: 6 generators around their own centre; calibration: new generators drawn the
        // same way; far: a generator whose centre lies elsewhere.
        torch::manual_seed(3);
        const int64_t width = 16;
        auto generatorImages = [&](const torch::Tensor &centre, int64_t n) { return centre + 0.3 * torch::randn({n, width}); };
        std::vector<torch::Tensor> training;
        std::vector<int64_t> groups;
        for (int g = 0; g < 6; ++g) {
            training.push_back(generatorImages(torch::randn({width}), 40));
            groups.insert(groups.end(), 40, g);
        }
        std::vector<torch::Tensor> calibration;
        for (int g = 0; g < 4; ++g)
            calibration.push_back(generatorImages(torch::randn({width}), 40));
        const NoveltyModel model = NoveltyModel::fit(torch::cat(training), groups, torch::cat(calibration));
        QCOMPARE(model.groupCount(), 6);
        QCOMPARE(model.featureDimension(), width);
        // A training generator's image is typical; an image 8 sd away from everything is not.
        QVERIFY(model.novelty(training[2][0]) < 0.5);
        const torch::Tensor far = generatorImages(torch::full({width}, 8.0), 5);
        QVERIFY(NoveltyModel::isUnlikeTraining(model.novelty(far)));
        // The calibration images themselves: about the share below each of their own quantiles.
        const torch::Tensor raw = model.rawScores(torch::cat(calibration));
        int flagged = 0;
        for (int64_t i = 0; i < raw.size(0); ++i)
            flagged += NoveltyModel::isUnlikeTraining(model.novelty(torch::cat(calibration)[i])) ? 1 : 0;
        QVERIFY2(flagged >= 4 && flagged <= 12, qPrintable(QString::number(flagged))); // 5% of 160

        const NoveltyModel copy = NoveltyModel::fromBytes(model.toBytes());
        QCOMPARE(copy.novelty(far), model.novelty(far));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, NoveltyModel::fromBytes("not an archive"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, NoveltyModel::fit(torch::cat(training), {1, 2}, torch::cat(calibration)));
    }

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

    void collectsNamesThatAreNotUtf8ByTheirBytes()
    {
        QTemporaryDir root;
        const QByteArray base = NativePath::fromDisplay(root.path());
        const QByteArray latin1 = base + "/caf\xe9.png";           // Latin-1 "café"
        const QByteArray folder = base + "/dossier \x82t\xe9";     // CP-437 and Latin-1 bytes
        QCOMPARE(::mkdir(folder.constData(), 0755), 0);
        touchNative(latin1);
        touchNative(folder + "/\xff.jpg");
        const auto entries = InputCollector::collect({root.path()}, true);
        QCOMPARE(int(entries.size()), 2);
        QCOMPARE(entries[0].nativePath, latin1);
        QCOMPARE(entries[0].path, root.path() + QStringLiteral("/caf\uFFFD.png"));
        QCOMPARE(entries[0].error, QString()); // to be analysed, not refused
        QCOMPARE(entries[1].nativePath, folder + "/\xff.jpg");
        QCOMPARE(entries[1].error, QString());
        QCOMPARE(entries[1].bytes(), entries[1].nativePath);
    }

    void walkStopsWhenCancelled()
    {
        QTemporaryDir root;
        QDir dir(root.path());
        QVERIFY(dir.mkpath(QStringLiteral("sub")));
        for (int i = 0; i < 20; ++i) {
            touch(dir.filePath(QStringLiteral("%1.png").arg(i, 2, 10, QLatin1Char('0'))));
            touch(dir.filePath(QStringLiteral("sub/%1.png").arg(i, 2, 10, QLatin1Char('0'))));
        }
        std::atomic<bool> stop{false};
        int visited = 0;
        const auto stopAfterThree = [&](const InputCollector::Entry &) {
            if (++visited == 3)
                stop = true;
        };
        QVERIFY(!InputCollector::collect({root.path(), root.path()}, true, stopAfterThree, &stop));
        QCOMPARE(visited, 3);

        visited = 0; // stopped before it starts: nothing is visited
        QVERIFY(!InputCollector::collect({root.path()}, true, stopAfterThree, &stop));
        QCOMPARE(visited, 0);
        QCOMPARE(int(InputCollector::collect({root.path()}, true, &stop).size()), 0);

        stop = false; // a flag that stays false changes nothing
        QCOMPARE(int(InputCollector::collect({root.path()}, true, &stop).size()), 40);
        QVERIFY(InputCollector::collect({root.path()}, true, [](const InputCollector::Entry &) {}, &stop));
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

    void pixelsBecomeTensorsInMinusOneToOne()
    {
        cv::Mat rgb(2, 3, CV_8UC3, cv::Scalar(0, 255, 51));
        const torch::Tensor tensor = rgbToTensor(rgb);
        QCOMPARE(tensor.sizes().vec(), (std::vector<int64_t>{3, 2, 3}));
        QCOMPARE(tensor[0][0][0].item<float>(), -1.0f);
        QCOMPARE(tensor[1][1][2].item<float>(), 1.0f);
        QVERIFY(qAbs(tensor[2][0][1].item<float>() - (51 / 127.5f - 1)) < 1e-6);
    }

    void analyzerReadsNativeCropsAndAgrees()
    {
        const ModelBundle bundle = randomBundle();
        ImageAnalyzer analyzer(bundle, torch::kCPU, 5);
        const LoadedImage exact = syntheticImage(32, 32);
        const ImageAnalysis one = analyzer.analyze(exact);
        QVERIFY(one.ok);
        QCOMPARE(one.cropCount, 1);
        QCOMPARE(one.cropAgreement, 1.0f);
        QCOMPARE(int(one.nodeProbabilities.size()), 55);
        QCOMPARE(int(one.continuousValues.size()), 9);
        QCOMPARE(int(one.matchingMatrices.size()), 2);
        QCOMPARE(one.matchingMatrices[0].rows, 55);
        QCOMPARE(one.matchingMatrices[0].columns, 18);
        for (float p : one.nodeProbabilities)
            QVERIFY(p >= 0 && p <= 1);

        const LoadedImage large = syntheticImage(64, 48);
        const torch::Tensor crops = analyzer.cropBatch(large.rgb);
        QCOMPARE(crops.sizes().vec(), (std::vector<int64_t>{5, 3, 32, 32}));
        // The first crop is the centre, at native resolution: the same pixels, not resampled.
        QVERIFY(torch::equal(crops[0], rgbToTensor(large.rgb(cv::Rect(16, 8, 32, 32)))));
        const ImageAnalysis five = analyzer.analyze(large);
        QCOMPARE(five.cropCount, 5);
        QVERIFY(five.cropAgreement > 0 && five.cropAgreement <= 1.0001f);

        const ImageAnalysis small = analyzer.analyze(syntheticImage(20, 24));
        QCOMPARE(small.cropCount, 1);
        QVERIFY(small.notes.join(u' ').contains(QStringLiteral("scaled up")));
    }

    void severalImagesInOnePassMatchOneByOne()
    {
        const ModelBundle bundle = randomBundle();
        ImageAnalyzer analyzer(bundle, torch::kCPU, 5);
        const std::vector<LoadedImage> images = {syntheticImage(32, 32), syntheticImage(64, 48), syntheticImage(20, 24)};
        const std::vector<ImageAnalysis> together = analyzer.analyzeMany(images);
        QCOMPARE(together.size(), images.size());
        for (size_t i = 0; i < images.size(); ++i) {
            const ImageAnalysis alone = analyzer.analyze(images[i]);
            QVERIFY(together[i].ok);
            QCOMPARE(together[i].path, alone.path);
            QCOMPARE(together[i].width, alone.width);
            QCOMPARE(together[i].cropCount, alone.cropCount);
            QCOMPARE(together[i].cropCount, analyzer.cropCount(images[i].rgb.cols, images[i].rgb.rows));
            for (size_t n = 0; n < alone.nodeProbabilities.size(); ++n)
                QVERIFY(qAbs(together[i].nodeProbabilities[n] - alone.nodeProbabilities[n]) < 1e-5);
            QVERIFY(qAbs(together[i].generatedProbability - alone.generatedProbability) < 1e-5);
            QVERIFY(qAbs(together[i].cropAgreement - alone.cropAgreement) < 1e-5);
            QCOMPARE(together[i].matchingMatrices[0].values.size(), alone.matchingMatrices[0].values.size());
        }
    }

    void foldedAnalysisMatchesTheBundleModel()
    {
        const ModelBundle bundle = randomBundle();
        ImageAnalyzer analyzer(bundle, torch::kCPU, 1);
        const LoadedImage image = syntheticImage(32, 32);
        const ImageAnalysis analysis = analyzer.analyze(image);
        torch::NoGradGuard noGrad;
        bundle.model()->eval();
        const LgpnOutput direct = bundle.model()->forward(rgbToTensor(image.rgb).unsqueeze(0));
        for (int i = 0; i < 55; ++i)
            QVERIFY(qAbs(direct.nodeProbabilities[0][i].item<float>() - analysis.nodeProbabilities[size_t(i)]) < 1e-4);
        QVERIFY(qAbs(direct.generatedProbability[0].item<float>() - analysis.generatedProbability) < 1e-4);
    }

    void pairSimilarityByHand()
    {
        QCOMPARE(PairSimilarity::cosine({1, 0}, {0, 1}), 0.0);
        QCOMPARE(PairSimilarity::cosine({1, 1}, {2, 2}), 1.0);
        QVERIFY(qAbs(PairSimilarity::cosine({1, 0}, {1, 1}) - std::sqrt(0.5)) < 1e-12);
        // Items 0, 2, 4 point one way, 1 and 3 another, 5 a third: two groups, 5 alone.
        const std::vector<std::vector<float>> vectors = {{1, 0, 0}, {0, 1, 0}, {0.9f, 0.1f, 0}, {0, 1, 0.1f},
                                                         {1, 0.05f, 0}, {0, 0, 1}};
        const FloatMatrix similarity = PairSimilarity::matrix(vectors);
        QCOMPARE(similarity.rows, 6);
        QCOMPARE(similarity.at(3, 3), 1.0f);
        QCOMPARE(similarity.at(0, 2), similarity.at(2, 0));
        const auto groups = PairSimilarity::groups(similarity, 0.9);
        QCOMPARE(int(groups.size()), 2);
        QCOMPARE(groups[0], (std::vector<int>{0, 2, 4}));
        QCOMPARE(groups[1], (std::vector<int>{1, 3}));
        const std::vector<int> order = PairSimilarity::clusterOrder(similarity);
        QCOMPARE(int(order.size()), 6);
        // Members of each block end up next to each other.
        auto position = [&](int item) { return int(std::find(order.begin(), order.end(), item) - order.begin()); };
        const int a = std::min({position(0), position(2), position(4)});
        QCOMPARE(std::max({position(0), position(2), position(4)}) - a, 2);
        QCOMPARE(qAbs(position(1) - position(3)), 1);
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "test_analysis.moc"
