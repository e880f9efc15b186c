#pragma once

#include <QString>

#include <torch/types.h>

#include <functional>
#include <memory>
#include <vector>

namespace lgpn {

// Where one rank of a data-parallel run stands: its index, how many there are, and the rank 0
// machine that holds the rendezvous store.
struct DataParallelOptions
{
    int rank = 0;
    int worldSize = 1;                            // 1: no group at all
    QString masterHost = QStringLiteral("127.0.0.1");
    int masterPort = 29500;
    int timeoutSeconds = 120;                     // joining, and every collective: nothing waits longer
    bool cudaTensors = false;                     // NCCL for them where this build has it; else Gloo through CPU copies

    bool distributed() const { return worldSize > 1; }
    // An empty string, or what is wrong.
    QString validate() const;
    // "HOST:PORT" into masterHost and masterPort; false when it is not of that form.
    bool setMaster(const QString &hostAndPort);
};

// One rank's membership of a data-parallel group on torch c10d: a TCPStore held by rank 0, and
// Gloo (NCCL on CUDA where LibTorch has it) for the collectives. Every wait is bounded by the
// timeout, and a failure names the rank that failed when it told the store (reportFailure) or
// never joined. c10d stays out of this header.
class DataParallelGroup
{
public:
    // Joins: returns when every rank has; throws std::runtime_error naming the ranks that did not.
    explicit DataParallelGroup(DataParallelOptions options);
    ~DataParallelGroup();
    DataParallelGroup(const DataParallelGroup &) = delete;
    DataParallelGroup &operator=(const DataParallelGroup &) = delete;

    // False when this build has no c10d backend (built without Gloo's headers).
    static bool available();

    int rank() const { return m_options.rank; }
    int worldSize() const { return m_options.worldSize; }
    bool isMain() const { return m_options.rank == 0; }
    // A TCP port on 127.0.0.1 free now, for the ranks of one machine (`--nproc`, tests).
    static int freeLoopbackPort();

    // Every tensor replaced by its mean over the ranks (gradients, buffers, loss terms), in one
    // collective over a flattened copy.
    void average(const std::vector<torch::Tensor> &tensors);
    // Every tensor replaced by rank 0's (initial weights).
    void broadcastFromMain(const std::vector<torch::Tensor> &tensors);
    // Rank 0's bytes on every rank (a checkpoint only rank 0 can read); the argument is ignored elsewhere.
    std::vector<uint8_t> broadcastBytesFromMain(const std::vector<uint8_t> &bytes);
    void barrier();
    // Tells the other ranks why this one stops, so that their next collective fails naming it.
    // Never throws.
    void reportFailure(const QString &message) noexcept;

private:
    struct Connection;
    void join();
    void collective(const char *what, const std::function<void()> &work);
    void broadcastInPlace(const char *what, const torch::Tensor &tensor);
    QString failureOfAnotherRank();

    DataParallelOptions m_options;
    std::unique_ptr<Connection> m_connection;
};

} // namespace lgpn
