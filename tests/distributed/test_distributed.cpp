// Data-parallel training on c10d: ranks as threads of this process over 127.0.0.1, with short
// timeouts so that nothing here can hang.

#include "training/DataParallelGroup.h"

#include "ModelRuntime.h"

#include <QElapsedTimer>
#include <QtTest>

#include <future>
#include <thread>

using namespace lgpn;

namespace {

constexpr int kRows = 8;
constexpr int kSteps = 5;

DataParallelOptions rankOf(int rank, int worldSize, int port, int timeoutSeconds = 10)
{
    DataParallelOptions options;
    options.rank = rank;
    options.worldSize = worldSize;
    options.masterHost = QStringLiteral("127.0.0.1");
    options.masterPort = port;
    options.timeoutSeconds = timeoutSeconds;
    return options;
}

// A fixed small model without batch statistics: the mean loss of the combined batch is then the
// mean of the ranks' mean losses, so averaged gradients are exactly the combined batch's.
torch::nn::Sequential smallModel(uint64_t seed)
{
    torch::manual_seed(seed);
    return torch::nn::Sequential(torch::nn::Linear(6, 8), torch::nn::Tanh(), torch::nn::Linear(8, 2));
}

// kSteps of Adam on rows [first, first + count) of the data; averaged over `group` when given.
void train(torch::nn::Sequential model, const torch::Tensor &inputs, const torch::Tensor &targets, int64_t first, int64_t count,
           DataParallelGroup *group)
{
    if (group)
        group->broadcastFromMain(model->parameters());
    torch::optim::Adam optimizer(model->parameters(), torch::optim::AdamOptions(0.05));
    for (int step = 0; step < kSteps; ++step) {
        const torch::Tensor loss = torch::mse_loss(model->forward(inputs.slice(0, first, first + count)), targets.slice(0, first, first + count));
        optimizer.zero_grad();
        loss.backward();
        if (group) {
            std::vector<torch::Tensor> gradients;
            for (const torch::Tensor &parameter : model->parameters())
                gradients.push_back(parameter.grad());
            group->average(gradients);
        }
        optimizer.step();
    }
}

double largestDifference(torch::nn::Sequential a, torch::nn::Sequential b)
{
    double largest = 0;
    const auto pa = a->parameters(), pb = b->parameters();
    for (size_t i = 0; i < pa.size(); ++i)
        largest = std::max(largest, (pa[i] - pb[i]).abs().max().item<double>());
    return largest;
}

// What a rank's constructor or first collective threw, or an empty string.
template <typename Work>
QString failureOf(Work work)
{
    try {
        work();
    } catch (const std::exception &error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

// Rank 0 of 2 joins and averages one tensor: what that threw.
QString averageOnRankZero(int port, int timeoutSeconds)
{
    return failureOf([&] {
        DataParallelGroup group(rankOf(0, 2, port, timeoutSeconds));
        group.average({torch::ones({3})});
    });
}

} // namespace

class TestDistributed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        configureThreads(1);
        if (!DataParallelGroup::available())
            QSKIP("built without Gloo's headers (libgloo-dev): no data-parallel training");
    }

    void twoRanksGiveTheWeightsOfOneRankOnTheCombinedBatch()
    {
        torch::manual_seed(3);
        const torch::Tensor inputs = torch::randn({kRows, 6});
        const torch::Tensor targets = torch::randn({kRows, 2});
        torch::nn::Sequential single = smallModel(1);
        train(single, inputs, targets, 0, kRows, nullptr);

        // Rank 1 starts from other weights: the broadcast from rank 0 must replace them.
        std::vector<torch::nn::Sequential> ranks{smallModel(1), smallModel(2)};
        const int port = DataParallelGroup::freeLoopbackPort();
        std::vector<std::future<QString>> done;
        for (int rank = 0; rank < 2; ++rank) {
            done.push_back(std::async(std::launch::async, [&, rank] {
                return failureOf([&] {
                    DataParallelGroup group(rankOf(rank, 2, port));
                    train(ranks[size_t(rank)], inputs, targets, rank * kRows / 2, kRows / 2, &group);
                    group.barrier();
                });
            }));
        }
        for (auto &rank : done)
            QCOMPARE(rank.get(), QString());
        for (const auto &rank : ranks) {
            const double difference = largestDifference(single, rank);
            QVERIFY2(difference < 1e-5, qPrintable(QStringLiteral("largest weight difference %1").arg(difference)));
        }
        QVERIFY(largestDifference(single, smallModel(1)) > 1e-3); // and training moved them
    }

    void aRankThatNeverJoinsIsNamed()
    {
        QElapsedTimer clock;
        clock.start();
        const QString alone = failureOf([] { DataParallelGroup group(rankOf(0, 2, DataParallelGroup::freeLoopbackPort(), 2)); });
        QVERIFY2(alone.contains(QStringLiteral("rank 1 of 2 did not join within 2 s")), qPrintable(alone));
        const QString noMaster = failureOf([] { DataParallelGroup group(rankOf(1, 2, DataParallelGroup::freeLoopbackPort(), 2)); });
        QVERIFY2(noMaster.contains(QStringLiteral("rank 1 cannot reach rank 0's store")), qPrintable(noMaster));
        QVERIFY2(clock.elapsed() < 15000, qPrintable(QStringLiteral("%1 ms").arg(clock.elapsed())));
    }

    void aFailingRankStopsTheOtherNamingIt()
    {
        const int port = DataParallelGroup::freeLoopbackPort();
        auto failing = std::async(std::launch::async, [port] {
            return failureOf([port] {
                DataParallelGroup group(rankOf(1, 2, port, 5));
                group.reportFailure(QStringLiteral("cannot read image 7")); // as LgpnTrainer does before it rethrows
            });
        });
        QElapsedTimer clock;
        clock.start();
        const QString seen = averageOnRankZero(port, 5);
        QCOMPARE(failing.get(), QString());
        QVERIFY2(seen.contains(QStringLiteral("rank 1 of 2 failed: cannot read image 7")), qPrintable(seen));
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QStringLiteral("%1 ms").arg(clock.elapsed())));
    }

    void aSilentRankTimesOut()
    {
        const int port = DataParallelGroup::freeLoopbackPort();
        std::promise<void> released;
        auto silent = std::async(std::launch::async, [port, wait = released.get_future()]() mutable {
            return failureOf([&] {
                DataParallelGroup group(rankOf(1, 2, port, 2));
                wait.wait(); // joined, then never takes part in a collective
            });
        });
        QElapsedTimer clock;
        clock.start();
        const QString seen = averageOnRankZero(port, 2);
        released.set_value();
        silent.get();
        QVERIFY2(seen.contains(QStringLiteral("rank 0 lost contact with the other ranks while averaging")), qPrintable(seen));
        QVERIFY2(clock.elapsed() < 15000, qPrintable(QStringLiteral("%1 ms").arg(clock.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestDistributed)
#include "test_distributed.moc"
