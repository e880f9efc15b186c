#include "FlopCounter.h"
#include "FreeCoreFollower.h"
#include "FreedMemoryHold.h"
#include "LgpnLoss.h"
#include "LgpnModel.h"
#include "MicroBatchForward.h"
#include "ModelRuntime.h"
#include "SyntheticGraphSpec.h"

#include <QtTest>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <malloc.h>

#include <sstream>

using namespace lgpn;

namespace {

// The compact configuration, quieter for tests: no dropout so outputs are comparable.
LgpnOptions testOptions(const std::string &config, const std::string &head)
{
    return LgpnOptions::byName(config).head(headKindFromString(head)).dropout(0.0);
}

// An options.json as a bundle holds it, read as ModelBundle::load reads it.
std::vector<std::pair<std::string, std::string>> fixtureKeyValues(const QString &name)
{
    QFile file(QStringLiteral(LGPN_SOURCE_DIR "/tests/model/fixtures/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    std::vector<std::pair<std::string, std::string>> values;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        values.emplace_back(it.key().toStdString(), it.value().toString().toStdString());
    return values;
}

std::vector<std::pair<std::string, std::string>> withValue(std::vector<std::pair<std::string, std::string>> values,
                                                           const std::string &key, const std::string &value)
{
    for (auto &entry : values) {
        if (entry.first == key)
            entry.second = value;
    }
    return values;
}

// Forward FLOPs of one image of size x size, counted.
double gigaFlopsAt(LgpnModel &model, int64_t size)
{
    torch::NoGradGuard noGrad;
    FlopCounter counter;
    model->forward(torch::zeros({1, 3, size, size}));
    return counter.gigaFlops();
}

torch::Tensor images(int64_t batch, int64_t size, uint64_t seed = 3)
{
    torch::Generator generator = at::detail::createCPUGenerator(seed);
    return torch::rand({batch, 3, size, size}, generator) * 2 - 1;
}

double gradientNorm(const torch::nn::Module &module)
{
    double total = 0;
    for (const auto &parameter : module.parameters()) {
        if (parameter.grad().defined())
            total += parameter.grad().abs().sum().item<double>();
    }
    return total;
}

} // namespace

class TestModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { configureThreads(); }

    void outputShapes_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("head");
        for (const char *config : {"compact", "paper-lite", "paper"}) {
            for (const char *head : {"lgpn", "mlp", "gcn"}) {
                // The heads are the same code in every configuration: paper's 45 M parameters take
                // seconds to initialise, so it is built once.
                if (config != std::string("paper") || head == std::string("lgpn"))
                    QTest::addRow("%s %s", config, head) << QString::fromLatin1(config) << QString::fromLatin1(head);
            }
        }
    }

    void outputShapes()
    {
        QFETCH(QString, config);
        QFETCH(QString, head);
        const GraphSpec spec = redSizedGraphSpec();
        const LgpnOptions options = testOptions(config.toStdString(), head.toStdString());
        LgpnModel model(options, spec);
        model->eval();
        torch::NoGradGuard noGrad;
        // The 256 x 256 configurations are fully convolutional: shapes at 32 x 32 are the same and
        // take a sixty-fourth of the time.
        const int64_t batch = config == u"compact" ? 3 : 1;
        const LgpnOutput out = model->forward(images(batch, 32));
        QCOMPARE(out.imageFeature.sizes().vec(), (std::vector<int64_t>{batch, options.feature_dim()}));
        QCOMPARE(out.nodeFeatures.sizes().vec(), (std::vector<int64_t>{batch, 55, options.node_dim()}));
        QCOMPARE(out.nodeLogits.sizes().vec(), (std::vector<int64_t>{batch, 55}));
        QCOMPARE(out.nodeProbabilities.sizes().vec(), (std::vector<int64_t>{batch, 55}));
        QCOMPARE(out.generatedProbability.sizes().vec(), (std::vector<int64_t>{batch}));
        QCOMPARE(out.continuousValues.sizes().vec(), (std::vector<int64_t>{batch, 9}));
        if (head == u"lgpn") {
            QCOMPARE(int(out.matchingMatrices.size()), 2);
            QCOMPARE(out.matchingMatrices[0].sizes().vec(), (std::vector<int64_t>{batch, 55, 18}));
            QCOMPARE(out.matchingMatrices[1].sizes().vec(), (std::vector<int64_t>{batch, 18, 3}));
            QCOMPARE(out.learnedCorrelations[0].sizes().vec(), (std::vector<int64_t>{batch, 18, 18}));
            QCOMPARE(out.learnedCorrelations[1].sizes().vec(), (std::vector<int64_t>{batch, 3, 3}));
        } else {
            QVERIFY(out.matchingMatrices.empty());
        }
        QVERIFY(torch::isfinite(out.nodeLogits).all().item<bool>());
    }

    void poolingOutputsAreWellFormed()
    {
        LgpnModel model(testOptions("compact", "lgpn"), redSizedGraphSpec());
        model->eval();
        torch::NoGradGuard noGrad;
        const LgpnOutput out = model->forward(images(4, 32));
        for (const torch::Tensor &matching : out.matchingMatrices) {
            QVERIFY(torch::allclose(matching.sum(-1), torch::ones({matching.size(0), matching.size(1)}), 1e-5, 1e-5));
            QVERIFY((matching >= 0).all().item<bool>());
        }
        for (const torch::Tensor &correlation : out.learnedCorrelations)
            QVERIFY(((correlation >= 0) & (correlation <= 1)).all().item<bool>());
        QVERIFY(((out.continuousValues >= 0) & (out.continuousValues <= 1)).all().item<bool>());
        QVERIFY(((out.generatedProbability >= 0) & (out.generatedProbability <= 1)).all().item<bool>());
    }

    void everyLossTermReachesTheBackbone_data()
    {
        QTest::addColumn<QString>("term");
        QTest::newRow("classification") << QStringLiteral("classification");
        QTest::newRow("hierarchy") << QStringLiteral("hierarchy");
        QTest::newRow("isolation") << QStringLiteral("isolation");
    }

    void everyLossTermReachesTheBackbone()
    {
        QFETCH(QString, term);
        torch::manual_seed(5);
        const GraphSpec spec = tinyGraphSpec();
        const LgpnOptions options = testOptions("compact", "lgpn");
        LgpnModel model(options, spec);
        model->train();
        const LgpnOutput out = model->forward(images(4, 32));
        const LgpnTargets targets{(torch::rand({4, spec.nodeCount}) > 0.5).to(torch::kFloat32),
                                  torch::tensor({1.f, 1.f, 0.f, 1.f})};
        const LgpnLossTerms terms = lgpnLoss(out, targets, spec, options);
        const torch::Tensor chosen = term == u"classification" ? terms.classification
                                     : term == u"hierarchy"    ? terms.hierarchy
                                                               : terms.isolation;
        QVERIFY(chosen.item<double>() > 0);
        chosen.backward();
        QVERIFY2(gradientNorm(*model->backbone()) > 0, qPrintable(term));
    }

    void realImagesDoNotTeachHyperparameters()
    {
        const GraphSpec spec = tinyGraphSpec();
        const LgpnOptions options = testOptions("compact", "mlp");
        LgpnModel model(options, spec);
        const LgpnOutput out = model->forward(images(2, 32));
        const torch::Tensor real = torch::zeros({2});
        const LgpnLossTerms a = lgpnLoss(out, {torch::zeros({2, spec.nodeCount}), real}, spec, options);
        const LgpnLossTerms b = lgpnLoss(out, {torch::ones({2, spec.nodeCount}), real}, spec, options);
        QCOMPARE(a.classification.item<double>(), 0.0);
        QCOMPARE(b.classification.item<double>(), 0.0);
    }

    void maskedNodesTeachNothing()
    {
        // Synthetic traces have no losses: a node masked out gets no gradient, the others do.
        const GraphSpec spec = tinyGraphSpec();
        const LgpnOptions options = testOptions("compact", "mlp");
        LgpnModel model(options, spec);
        const LgpnOutput out = model->forward(images(2, 32));
        out.nodeLogits.retain_grad();
        torch::Tensor mask = torch::ones({2, spec.nodeCount});
        mask.select(1, 0).zero_();
        const LgpnLossTerms terms = lgpnLoss(out, {torch::ones({2, spec.nodeCount}), torch::ones({2}), mask}, spec, options);
        terms.classification.backward();
        const torch::Tensor grad = out.nodeLogits.grad();
        QCOMPARE(grad.select(1, 0).abs().sum().item<double>(), 0.0);
        QVERIFY(grad.select(1, 1).abs().sum().item<double>() > 0);
        // With every node known, the mask changes nothing.
        const LgpnOutput again = model->forward(images(2, 32));
        const LgpnLossTerms plain = lgpnLoss(again, {torch::ones({2, spec.nodeCount}), torch::ones({2})}, spec, options);
        const LgpnLossTerms full = lgpnLoss(again, {torch::ones({2, spec.nodeCount}), torch::ones({2}), torch::ones({2, spec.nodeCount})},
                                            spec, options);
        QVERIFY(qAbs(plain.classification.item<double>() - full.classification.item<double>()) < 1e-6);
    }

    void highpassInputKeepsOnlyTheResidual()
    {
        // A constant image has no residual; a 1-pixel checkerboard keeps most of its energy.
        const torch::Tensor flat = torch::full({1, 3, 8, 8}, 0.5);
        QCOMPARE(LgpnModelImpl::highpassResidual(flat).abs().max().item<double>(), 0.0);
        const torch::Tensor rows = torch::arange(8).view({8, 1});
        const torch::Tensor checker = ((rows + rows.view({1, 8})) % 2).to(torch::kFloat32).expand({1, 3, 8, 8}) * 2 - 1;
        const torch::Tensor residual = LgpnModelImpl::highpassResidual(checker);
        QVERIFY(residual.slice(2, 1, 7).slice(3, 1, 7).abs().min().item<double>() > 0.99); // interior: blur of +-1 is 0
        // The option round-trips and the model runs with it.
        const LgpnOptions options = testOptions("compact", "lgpn").highpass_input(true);
        QVERIFY(LgpnOptions::fromKeyValues(options.toKeyValues()).highpass_input());
        LgpnModel model(options, tinyGraphSpec());
        QVERIFY(torch::isfinite(model->forward(images(2, 32)).nodeProbabilities).all().item<bool>());
    }

    void spectralBranchSeesPeriodicTraces()
    {
        // Nearest-neighbour 2x up-sampling of noise repeats every pixel twice: its residual
        // spectrum loses the energy at the horizontal and vertical Nyquist bands that plain noise has.
        torch::manual_seed(5);
        const torch::Tensor noise = torch::rand({4, 3, 32, 32}) * 2 - 1;
        const torch::Tensor upsampled = torch::upsample_nearest2d(torch::rand({4, 3, 16, 16}) * 2 - 1, {32, 32});
        const int64_t grid = SpectralBranchImpl::kGrid;
        const auto nyquistColumn = [&](const torch::Tensor &batch) {
            // After fftshift, column 0 of the pooled grid holds the highest horizontal frequencies.
            return SpectralBranchImpl::traceFeatures(batch).slice(1, 0, grid * grid).view({-1, grid, grid}).select(2, 0).mean().item<double>();
        };
        QVERIFY2(nyquistColumn(noise) > nyquistColumn(upsampled) + 0.5,
                 qPrintable(QStringLiteral("noise %1, up-sampled %2").arg(nyquistColumn(noise)).arg(nyquistColumn(upsampled))));
        QCOMPARE(SpectralBranchImpl::traceFeatures(noise).size(1), SpectralBranchImpl::featureCount(3));
        // Clipping: an all-white image has every pixel clipped high and none low.
        const torch::Tensor clipped = SpectralBranchImpl::traceFeatures(torch::ones({1, 3, 32, 32}));
        QCOMPARE(clipped[0][-1].item<double>(), 1.0);
        QCOMPARE(clipped[0][-4].item<double>(), 0.0);

        // The option round-trips, adds the branch's weights and runs; without it there are none.
        const LgpnOptions options = testOptions("compact", "lgpn").spectral_branch(true);
        QVERIFY(LgpnOptions::fromKeyValues(options.toKeyValues()).spectral_branch());
        LgpnModel model(options, tinyGraphSpec());
        QVERIFY(model->named_parameters().find("spectral.hidden.weight") != nullptr);
        QVERIFY(torch::isfinite(model->forward(images(2, 32)).imageFeature).all().item<bool>());
        LgpnModel plain(testOptions("compact", "lgpn"), tinyGraphSpec());
        QVERIFY(!plain->spectralBranch());
    }

    void gatedMessagesStartAsAPerNodeTransform()
    {
        // With gates at 0, a node's refined feature depends on that node alone; the first
        // backward pass then gives every gate a gradient, so message passing can start.
        torch::manual_seed(8);
        const GraphSpec spec = redSizedGraphSpec();
        const LgpnOptions options = testOptions("compact", "lgpn").gated_messages(true);
        QVERIFY(LgpnOptions::fromKeyValues(options.toKeyValues()).gated_messages());
        GcnRefinement head(options, spec);
        const torch::Tensor nodes = torch::randn({2, spec.nodeCount, options.node_dim()});
        torch::Tensor changed = nodes.clone();
        changed.select(1, 0).add_(3.0);
        const torch::Tensor difference = (head->forward(changed).nodes - head->forward(nodes).nodes).abs().sum(-1);
        QVERIFY(difference[0][0].item<double>() > 1e-3);
        QCOMPARE(difference.slice(1, 1).max().item<double>(), 0.0);

        // One step opens the unpooling gate; after it, every gate has a gradient.
        torch::optim::SGD optimizer(head->parameters(), 0.01);
        for (int step = 0; step < 2; ++step) {
            optimizer.zero_grad();
            const GraphHeadOutput output = head->forward(nodes);
            (output.nodes.pow(2).mean() + output.summary.pow(2).mean()).backward();
            if (step == 0)
                optimizer.step();
        }
        int gates = 0;
        for (const auto &parameter : head->named_parameters()) {
            if (parameter.key().find("gate") == std::string::npos)
                continue;
            ++gates;
            QVERIFY2(parameter.value().grad().abs().item<double>() > 0, parameter.key().c_str());
        }
        const int levels = int(spec.levelSizes().size());
        QCOMPARE(gates, (2 * levels - 1) * int(options.gcn_layers_per_block()) + 1);

        // Ungated, the same change reaches the node's neighbours at once.
        GcnRefinement ungated(testOptions("compact", "lgpn"), spec);
        const torch::Tensor spread = (ungated->forward(changed).nodes - ungated->forward(nodes).nodes).abs().sum(-1);
        QVERIFY(spread.slice(1, 1).max().item<double>() > 1e-3);
    }

    void compactModelOverfitsATinyBatch()
    {
        torch::manual_seed(11);
        const GraphSpec spec = redSizedGraphSpec();
        const LgpnOptions options = testOptions("compact", "lgpn");
        LgpnModel model(options, spec);
        model->train();
        torch::optim::Adam optimizer(model->parameters(), torch::optim::AdamOptions(2e-3));
        const torch::Tensor batch = images(8, 32, 21);
        const LgpnTargets targets{(torch::rand({8, spec.nodeCount}) > 0.5).to(torch::kFloat32),
                                  torch::tensor({1.f, 1.f, 1.f, 0.f, 1.f, 1.f, 0.f, 1.f})};
        double first = 0;
        double last = 0;
        const int maxSteps = 80;
        int steps = 0;
        for (; steps < maxSteps; ++steps) {
            optimizer.zero_grad();
            const LgpnLossTerms terms = lgpnLoss(model->forward(batch), targets, spec, options);
            terms.total.backward();
            optimizer.step();
            last = terms.total.item<double>();
            if (steps == 0)
                first = last;
            if (last < first / 2)
                break;
        }
        QVERIFY2(last < first / 2, qPrintable(QStringLiteral("loss %1 -> %2 in %3 steps").arg(first).arg(last).arg(steps)));
    }

    void saveAndLoadGiveBitwiseEqualOutputs()
    {
        const GraphSpec spec = redSizedGraphSpec();
        const LgpnOptions options = testOptions("compact", "lgpn");
        torch::manual_seed(1);
        LgpnModel original(options, spec);
        original->eval();
        std::stringstream stream;
        torch::save(original, stream);
        torch::manual_seed(2); // different initial weights, all overwritten by the load
        LgpnModel restored(options, spec);
        torch::load(restored, stream);
        restored->eval();
        torch::NoGradGuard noGrad;
        const torch::Tensor input = images(3, 32);
        const LgpnOutput a = original->forward(input);
        const LgpnOutput b = restored->forward(input);
        QVERIFY(torch::equal(a.nodeLogits, b.nodeLogits));
        QVERIFY(torch::equal(a.generatedLogit, b.generatedLogit));
        QVERIFY(torch::equal(a.matchingMatrices[0], b.matchingMatrices[0]));
        QVERIFY(torch::equal(a.continuousValues, b.continuousValues));
    }

    void cpuOutputsAreDeterministicForASeed()
    {
        const GraphSpec spec = redSizedGraphSpec();
        const LgpnOptions options = LgpnOptions::compact();
        auto build = [&] {
            torch::manual_seed(42);
            LgpnModel model(options, spec);
            model->eval();
            return model;
        };
        LgpnModel a = build();
        LgpnModel b = build();
        torch::NoGradGuard noGrad;
        QVERIFY(torch::equal(a->forward(images(2, 32)).nodeLogits, b->forward(images(2, 32)).nodeLogits));
    }

    void microBatchesGiveTheOutputsOfOnePass()
    {
        torch::manual_seed(6);
        LgpnModel model(testOptions("compact", "lgpn"), redSizedGraphSpec());
        model->foldBatchNorm();
        c10::InferenceMode inferenceMode;
        const torch::Tensor batch = images(7, 32);
        const LgpnOutput whole = model->forward(batch);
        const LgpnOutput chunked = MicroBatchForward::forward(model, batch, 3); // 3 + 3 + 1
        QVERIFY(torch::allclose(whole.nodeLogits, chunked.nodeLogits, 1e-5, 1e-5));
        QVERIFY(torch::allclose(whole.imageFeature, chunked.imageFeature, 1e-5, 1e-5));
        QVERIFY(torch::allclose(whole.generatedLogit, chunked.generatedLogit, 1e-5, 1e-5));
        QVERIFY(torch::allclose(whole.continuousValues, chunked.continuousValues, 1e-5, 1e-5));
        QCOMPARE(chunked.matchingMatrices.size(), whole.matchingMatrices.size());
        for (size_t level = 0; level < whole.matchingMatrices.size(); ++level) {
            QVERIFY(torch::allclose(whole.matchingMatrices[level], chunked.matchingMatrices[level], 1e-5, 1e-5));
            QVERIFY(torch::allclose(whole.learnedCorrelations[level], chunked.learnedCorrelations[level], 1e-5, 1e-5));
        }
        // One 256² image per pass for the paper network on the CPU, 64 crops of 32²; all at once on CUDA.
        QCOMPARE(MicroBatchForward::chunkSize(LgpnOptions::paper(), torch::kCPU), int64_t(1));
        QCOMPARE(MicroBatchForward::chunkSize(LgpnOptions::compact(), torch::kCPU), int64_t(64));
        QCOMPARE(MicroBatchForward::chunkSize(LgpnOptions::paper(), torch::Device(torch::kCUDA)), int64_t(0));
    }

    void foldedBatchNormGivesTheSameOutputs()
    {
        torch::manual_seed(4);
        LgpnModel model(testOptions("compact", "lgpn"), redSizedGraphSpec());
        model->train();
        {
            torch::NoGradGuard noGrad;
            for (int i = 0; i < 3; ++i) // give the batch norms non-trivial running statistics
                model->forward(images(8, 32, 30 + uint64_t(i)) * 3 + 0.5);
        }
        model->eval();
        torch::NoGradGuard noGrad;
        const torch::Tensor input = images(4, 32);
        const LgpnOutput plain = model->forward(input);
        model->foldBatchNorm();
        const LgpnOutput folded = model->forward(input);
        QVERIFY(!torch::equal(plain.imageFeature, torch::zeros_like(plain.imageFeature)));
        QVERIFY(torch::allclose(plain.imageFeature, folded.imageFeature, 1e-4, 1e-4));
        QVERIFY(torch::allclose(plain.nodeProbabilities, folded.nodeProbabilities, 1e-4, 1e-4));
    }

    void channelsLastGivesTheSameOutputs()
    {
        torch::manual_seed(5);
        // The shipped recipe's network: high-pass input and the spectral branch (FFT, pooling, views).
        LgpnModel model(testOptions("compact", "lgpn").highpass_input(true).spectral_branch(true), redSizedGraphSpec());
        model->eval();
        model->foldBatchNorm();
        c10::InferenceMode inferenceMode;
        const torch::Tensor input = images(4, 32);
        const LgpnOutput plain = model->forward(input);
        toChannelsLast(*model);
        int nhwcWeights = 0;
        for (const torch::Tensor &parameter : model->parameters())
            nhwcWeights += parameter.dim() == 4 && parameter.is_contiguous(torch::MemoryFormat::ChannelsLast)
                           && !parameter.is_contiguous();
        QVERIFY(nhwcWeights > 10);
        const LgpnOutput nhwc = model->forward(input);
        QVERIFY(torch::allclose(plain.imageFeature, nhwc.imageFeature, 1e-4, 1e-4));
        QVERIFY(torch::allclose(plain.nodeProbabilities, nhwc.nodeProbabilities, 1e-4, 1e-4));
        QVERIFY(torch::allclose(plain.continuousValues, nhwc.continuousValues, 1e-4, 1e-4));
        toChannelsLast(*model, false);
        QVERIFY(torch::allclose(plain.nodeProbabilities, model->forward(input).nodeProbabilities, 1e-5, 1e-5));
    }

    void freedMemoryHoldKeepsLargeBlocksOnTheHeap()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("ASan's allocator replaces glibc's malloc: mallopt and mallinfo2 (what the hold sets and this reads) do not apply");
#endif
        // 256 MB, far above glibc's mmap threshold and, untouched, cheap. (Without a hold, glibc may
        // still serve a block from free heap left by earlier tests, so that case is checked after
        // the hold ends, when the heap has just been trimmed.)
        constexpr int64_t floats = 64 << 20;
        auto mmappedWhileAllocated = [&] {
            const size_t before = mallinfo2().hblkhd;
            const torch::Tensor block = torch::empty({floats});
            return mallinfo2().hblkhd - before;
        };
        QVERIFY(!FreedMemoryHold::active());
        {
            const FreedMemoryHold outer;
            {
                const FreedMemoryHold inner;
                QVERIFY(FreedMemoryHold::active());
            }
            QVERIFY(FreedMemoryHold::active()); // the outer hold still holds
            QCOMPARE(mmappedWhileAllocated(), size_t(0));
        }
        QVERIFY(!FreedMemoryHold::active());
        QVERIFY(mmappedWhileAllocated() >= size_t(floats) * sizeof(float)); // glibc's defaults are back
    }

    void optionsRoundTripAndRejectBadValues()
    {
        const LgpnOptions paper = LgpnOptions::paper().head(HeadKind::Gcn).edge_attention(true).hierarchy_weight(0.25);
        const LgpnOptions again = LgpnOptions::fromKeyValues(paper.toKeyValues());
        QCOMPARE(again.toKeyValues(), paper.toKeyValues());
        QCOMPARE(again.stage_blocks(), (std::vector<int64_t>{3, 4, 6, 3}));
        QCOMPARE(again.hierarchy_weight(), 0.25);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, LgpnOptions::fromKeyValues({{"colour", "blue"}}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, LgpnOptions::fromKeyValues({{"input_size", "big"}}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, LgpnOptions::fromKeyValues({{"head", "transformer"}}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, LgpnOptions::fromKeyValues({{"stage_widths", "1,2"}}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, LgpnOptions::byName("huge"));
    }

    void kindsRoundTripThroughKeyValues()
    {
        for (BlockKind kind : {BlockKind::Basic, BlockKind::Bottleneck})
            QVERIFY(blockKindFromString(toString(kind)) == kind);
        for (HeadKind kind : {HeadKind::Lgpn, HeadKind::Mlp, HeadKind::Gcn})
            QVERIFY(headKindFromString(toString(kind)) == kind);
        for (StemKind kind : {StemKind::Biased, StemKind::Normalised})
            QVERIFY(stemKindFromString(toString(kind)) == kind);
        for (HighResKind kind : {HighResKind::Convolved, HighResKind::TopDown})
            QVERIFY(highResKindFromString(toString(kind)) == kind);
        // (QVERIFY: QCOMPARE would find lgpn::toString, which returns std::string, for its message.)
        // Every kind differs from compact's here, so each one's key is exercised.
        const LgpnOptions options = LgpnOptions::compact()
                                        .head(HeadKind::Mlp).block_kind(BlockKind::Bottleneck).stem_kind(StemKind::Normalised)
                                        .highres_kind(HighResKind::TopDown).stage_widths({16, 32, 64, 96}).highres_width(16);
        const auto values = options.toKeyValues();
        const LgpnOptions again = LgpnOptions::fromKeyValues(values);
        QVERIFY(again.head() == HeadKind::Mlp);
        QVERIFY(again.block_kind() == BlockKind::Bottleneck);
        QVERIFY(again.stem_kind() == StemKind::Normalised);
        QVERIFY(again.highres_kind() == HighResKind::TopDown);
        QCOMPARE(again.toKeyValues(), values);
        const std::pair<std::string, std::string> text("highres_kind", "top_down");
        QVERIFY(std::find(values.begin(), values.end(), text) != values.end());
    }

    void unknownKindsAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        for (const char *key : {"head", "block_kind", "stem_kind", "highres_kind"})
            QTest::newRow(key) << QString::fromLatin1(key);
    }

    void unknownKindsAreRefused()
    {
        QFETCH(QString, key);
        const auto values = withValue(LgpnOptions::compact().toKeyValues(), key.toStdString(), "Bottleneck ");
        try {
            LgpnOptions::fromKeyValues(values);
            QFAIL("an unknown kind was accepted");
        } catch (const std::invalid_argument &error) {
            const QString message = QString::fromUtf8(error.what());
            QVERIFY2(message.contains(key) && message.contains(u"\"Bottleneck \"") && message.contains(u"(use "), qPrintable(message));
        }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, headKindFromString("transformer"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, blockKindFromString(""));
    }

    void paperMatchesTheAuthorsNetwork()
    {
        // The authors' code, run: 45.7 M parameters used in the forward pass and 178.9 GFLOPs
        // (2 x multiply-accumulates) per 256 x 256 image, on RED's 55 nodes.
        torch::manual_seed(1);
        LgpnModel model(LgpnOptions::paper(), redSizedGraphSpec());
        model->eval();
        const double parameters = double(parameterCount(*model));
        QVERIFY2(std::abs(parameters / 45.7e6 - 1) < 0.05, qPrintable(QString::number(parameters)));
        // Convolutions cost in proportion to the pixels, the rest not at all: F(s) = a s^2 + b,
        // exactly so when every stage's size divides evenly. Two small sizes give a and b, and
        // so the 256 x 256 figure, without a 179-GFLOP forward pass.
        const double at16 = gigaFlopsAt(model, 16);
        const double at32 = gigaFlopsAt(model, 32);
        const double perPixel = (at32 - at16) / (32.0 * 32 - 16.0 * 16);
        const double at256 = at16 + perPixel * (256.0 * 256 - 16.0 * 16);
        QVERIFY2(std::abs(at256 / 178.9 - 1) < 0.05, qPrintable(QString::number(at256)));
    }

    void versionOneOptionsKeepTheirNetwork_data()
    {
        // The options.json of bundles written before options_version 2: an old-"paper" bundle,
        // and the embedded default (compact).
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("config");
        QTest::addColumn<qint64>("parameters");
        // 26,751,510 is what model-info printed for "paper" in version 1.
        QTest::newRow("paper is paper-lite") << QStringLiteral("paper-v1-options.json") << QStringLiteral("paper-lite") << qint64(26751510);
        QTest::newRow("compact") << QStringLiteral("compact-v1-options.json") << QStringLiteral("compact") << qint64(515862);
    }

    void versionOneOptionsKeepTheirNetwork()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, config);
        QFETCH(qint64, parameters);
        const LgpnOptions loaded = LgpnOptions::fromKeyValues(fixtureKeyValues(fixture));
        QCOMPARE(QString::fromStdString(loaded.config()), config);
        QCOMPARE(loaded.toKeyValues(), LgpnOptions::byName(config.toStdString()).toKeyValues());
        LgpnModel model(loaded, redSizedGraphSpec());
        QCOMPARE(qint64(parameterCount(*model)), parameters);
    }

    void optionsVersionsAreChecked()
    {
        // Written now, "paper" stays paper; a version from the future is refused by name.
        const auto paper = LgpnOptions::paper().toKeyValues();
        QCOMPARE(paper.front(), (std::pair<std::string, std::string>("options_version", "2")));
        QCOMPARE(LgpnOptions::fromKeyValues(paper).config(), std::string("paper"));
        try {
            LgpnOptions::fromKeyValues(withValue(paper, "options_version", "3"));
            QFAIL("a newer options_version was accepted");
        } catch (const std::invalid_argument &error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains(u"options_version 3"), error.what());
        }
        QCOMPARE(LgpnOptions::configurationNames(), (std::vector<std::string>{"compact", "paper-lite", "paper"}));
    }

    void graphSpecValidationRejectsInconsistencies()
    {
        GraphSpec spec = tinyGraphSpec();
        spec.validate();
        GraphSpec badAdjacency = spec;
        badAdjacency.priorAdjacency = torch::zeros({6, 7});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, badAdjacency.validate());
        GraphSpec badHierarchy = spec;
        badHierarchy.hierarchy[0] = torch::zeros({7, 3});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, badHierarchy.validate());
        GraphSpec badGroups = spec;
        badGroups.continuousGroups = {{0, 1}, {1, 2}};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, badGroups.validate());
    }

    void flopCounterMatchesHandCounts()
    {
        torch::nn::Conv2d conv(torch::nn::Conv2dOptions(3, 4, 3).padding(1));
        torch::nn::Linear linear(10, 5);
        FlopCounter counter;
        FlopCounter::addConvolution(conv, conv->forward(torch::zeros({1, 3, 8, 8})));
        QCOMPARE(counter.multiplyAccumulates(), int64_t(4 * 8 * 8 * 3 * 3 * 3)); // outputs x (in x k x k)
        FlopCounter::addLinear(linear, torch::zeros({2, 10}));
        QCOMPARE(counter.multiplyAccumulates(), int64_t(6912 + 2 * 10 * 5));
        {
            FlopCounter inner; // nested counters count separately
            FlopCounter::add(7);
            QCOMPARE(inner.multiplyAccumulates(), int64_t(7));
        }
        QCOMPARE(counter.multiplyAccumulates(), int64_t(7012));
    }

    void threadsFollowTheCoresOthersLeaveFree()
    {
        // 2 cores for 1 s (200 ticks of the machine): 150 busy, 50 of them ours -> others kept 1 core.
        const CpuTimes before{1000, 400, 10, true};
        const CpuTimes after{1200, 450, 60, true};
        QCOMPARE(FreeCoreFollower::othersBusyCores(before, after, 2), 1.0);
        QCOMPARE(FreeCoreFollower::threadsBeside(1.0, 2), 1);
        QCOMPARE(FreeCoreFollower::threadsBeside(0.3, 2), 2);  // a little background: keep both
        QCOMPARE(FreeCoreFollower::threadsBeside(2.0, 2), 1);  // never fewer than one
        QCOMPARE(FreeCoreFollower::threadsBeside(0.0, 16), 16);
        // Only we were busy: nobody else needs the cores.
        QCOMPARE(FreeCoreFollower::othersBusyCores(before, {1200, 450, 160, true}, 2), 0.0);
        // Unreadable or out-of-order readings change nothing.
        QCOMPARE(FreeCoreFollower::othersBusyCores(before, CpuTimes{}, 2), 0.0);
        QCOMPARE(FreeCoreFollower::othersBusyCores(after, before, 2), 0.0);
        // This machine's readings are there and consistent; following sets a count in range.
        const CpuTimes now = CpuTimes::now();
        QVERIFY(now.valid && now.idle <= now.total && now.self <= now.total);
        const int threads = torch::get_num_threads();
        FreeCoreFollower follower(2, std::chrono::milliseconds(0));
        const int followed = follower.follow();
        QVERIFY(followed >= 1 && followed <= 2);
        QCOMPARE(torch::get_num_threads(), followed);
        torch::set_num_threads(threads);
    }

    void deviceChoice()
    {
        QVERIFY(chooseDevice("cpu").is_cpu());
        QCOMPARE(chooseDevice("auto").is_cuda(), torch::cuda::is_available());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, chooseDevice("tpu"));
        if (!torch::cuda::is_available())
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, chooseDevice("cuda"));
    }
};

QTEST_APPLESS_MAIN(TestModel)
#include "test_model.moc"
