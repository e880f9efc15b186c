#include "FixedFeatureReference.h"

#include "TraceFeatures.h"
#include "common/InputError.h"
#include "image/ImageLoader.h"
#include "training/TrainingDataset.h"

#include <torch/torch.h>

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <atomic>
#include <mutex>
#include <thread>

namespace lgpn {

namespace {

double secondsSince(const QElapsedTimer &clock)
{
    return std::round(double(clock.elapsed()) / 100.0) / 10.0;
}

} // namespace

FixedFeatureReference::FixedFeatureReference(LogisticRegression nodes, RidgeRegression continuous, QJsonObject summary)
    : m_nodes(std::move(nodes))
    , m_continuous(std::move(continuous))
    , m_summary(std::move(summary))
{
}

std::vector<std::vector<float>> FixedFeatureReference::readFeatures(const std::vector<QString> &paths, int threads,
                                                                    QStringList *failures)
{
    const ImageLoader loader;
    std::vector<std::vector<float>> features(paths.size());
    std::vector<QString> messages(paths.size());
    std::atomic<size_t> next{0};
    auto work = [&] {
        for (size_t i = next++; i < paths.size(); i = next++) {
            try {
                features[i] = TraceFeatures::compute(loader.load(paths[i]).rgb);
            } catch (const InputError &error) {
                messages[i] = error.message();
            } catch (const std::exception &error) {
                messages[i] = QStringLiteral("%1: %2").arg(paths[i], QString::fromUtf8(error.what()));
            }
        }
    };
    const int count = std::max(1, threads > 0 ? threads : torch::get_num_threads());
    std::vector<std::thread> workers;
    for (int t = 1; t < count; ++t)
        workers.emplace_back(work);
    work();
    for (std::thread &worker : workers)
        worker.join();
    if (failures) {
        for (const QString &message : messages) {
            if (!message.isEmpty())
                failures->append(message);
        }
    }
    return features;
}

FixedFeatureReference FixedFeatureReference::fit(const TrainingDataset &dataset, const std::vector<int> &trainingGms,
                                                 const FixedFeatureOptions &options, const Progress &progress)
{
    // The first imagesPerGm images of each training GM, in file order.
    std::vector<int> perGm(size_t(dataset.gmCount()), 0);
    std::vector<bool> training(size_t(dataset.gmCount()), false);
    for (int gm : trainingGms)
        training[size_t(gm)] = true;
    std::vector<QString> paths;
    std::vector<int> gms;
    for (const DatasetImage &image : dataset.images()) {
        if (image.gm < 0 || !training[size_t(image.gm)] || perGm[size_t(image.gm)] >= options.imagesPerGm)
            continue;
        ++perGm[size_t(image.gm)];
        paths.push_back(image.path);
        gms.push_back(image.gm);
    }
    QElapsedTimer clock;
    clock.start();
    QStringList failures;
    const std::vector<std::vector<float>> all = readFeatures(paths, options.threads, &failures);
    const double featureSeconds = secondsSince(clock);
    std::vector<std::vector<float>> features;
    std::vector<std::vector<float>> nodeTargets;
    std::vector<std::vector<float>> continuousTargets;
    for (size_t i = 0; i < all.size(); ++i) {
        if (all[i].empty())
            continue;
        features.push_back(all[i]);
        nodeTargets.push_back(dataset.nodeVector(gms[i]));
        continuousTargets.push_back(dataset.continuousTargets(gms[i]));
    }
    if (features.empty())
        throw InputError(dataset.directory(), QStringLiteral("the fixed-feature reference could read none of its %1 training images")
                                                  .arg(paths.size()));
    if (progress)
        progress(QStringLiteral("fixed-feature reference: %1 features of %2 training images in %3 s")
                     .arg(TraceFeatures::kCount).arg(features.size()).arg(featureSeconds));
    clock.restart();
    LogisticRegression nodes = LogisticRegression::fit(features, nodeTargets, options.logistic);
    // A schema without continuous groups has nothing to regress: a zero-width target is skipped.
    RidgeRegression continuous = continuousTargets.front().empty()
                                     ? RidgeRegression()
                                     : RidgeRegression::fit(features, continuousTargets, options.ridgeL2);
    const double fitSeconds = secondsSince(clock);
    if (progress)
        progress(QStringLiteral("fixed-feature reference: %1 logistic regressions fitted in %2 s (%3 Newton steps)")
                     .arg(nodes.outputs()).arg(fitSeconds).arg(nodes.iterations()));
    const QJsonObject summary{{QStringLiteral("features"), TraceFeatures::kCount},
                              {QStringLiteral("imagesPerGm"), options.imagesPerGm},
                              {QStringLiteral("trainingGms"), int(trainingGms.size())},
                              {QStringLiteral("trainingImages"), qint64(features.size())},
                              {QStringLiteral("skippedTrainingFiles"), qint64(failures.size())},
                              {QStringLiteral("l2"), options.logistic.l2},
                              {QStringLiteral("newtonSteps"), nodes.iterations()},
                              {QStringLiteral("featureSeconds"), featureSeconds},
                              {QStringLiteral("fitSeconds"), fitSeconds}};
    return FixedFeatureReference(std::move(nodes), std::move(continuous), summary);
}

std::vector<std::vector<float>> FixedFeatureReference::nodeProbabilities(const std::vector<std::vector<float>> &features) const
{
    return m_nodes.predict(features);
}

std::vector<std::vector<float>> FixedFeatureReference::continuousValues(const std::vector<std::vector<float>> &features) const
{
    if (m_continuous.outputs() == 0)
        return std::vector<std::vector<float>>(features.size());
    std::vector<std::vector<float>> values = m_continuous.predict(features);
    for (std::vector<float> &row : values) {
        for (float &value : row)
            value = std::clamp(value, 0.0f, 1.0f);
    }
    return values;
}

} // namespace lgpn
