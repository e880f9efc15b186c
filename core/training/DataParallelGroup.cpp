// LibTorch before any Qt header: Qt's `slots` macro breaks LibTorch's headers, and this file is
// built without the precompiled header that puts them first elsewhere.
#include <torch/torch.h>

#include "DataParallelGroup.h"

#ifdef LGPN_HAVE_GLOO
#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#endif
#ifdef LGPN_HAVE_NCCL
#include <torch/csrc/distributed/c10d/ProcessGroupNCCL.hpp>
#endif

#include <QElapsedTimer>
#include <QStringList>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <stdexcept>

namespace lgpn {

namespace {

std::string keyOf(const char *what, int rank)
{
    return std::string("lgpn/") + what + "/" + std::to_string(rank);
}

std::vector<uint8_t> bytesOf(const std::string &text)
{
    return std::vector<uint8_t>(text.begin(), text.end());
}

std::string textOf(const std::vector<uint8_t> &bytes)
{
    return std::string(bytes.begin(), bytes.end());
}

// The first line of an exception's message: c10 errors carry a backtrace after it.
QString firstLineOf(const std::exception &error)
{
    if (const auto *c10Error = dynamic_cast<const c10::Error *>(&error))
        return QString::fromStdString(c10Error->what_without_backtrace()).section(QLatin1Char('\n'), 0, 0);
    return QString::fromStdString(error.what()).section(QLatin1Char('\n'), 0, 0);
}

[[noreturn]] void fail(const QString &message)
{
    throw std::runtime_error(message.toStdString());
}

} // namespace

QString DataParallelOptions::validate() const
{
    if (worldSize < 1 || worldSize > 4096)
        return QStringLiteral("--world-size must be from 1 to 4096");
    if (rank < 0 || rank >= worldSize)
        return QStringLiteral("--rank must be from 0 to --world-size - 1 (%1)").arg(worldSize - 1);
    if (masterHost.isEmpty() || masterPort < 0 || masterPort > 65535)
        return QStringLiteral("--master must be HOST:PORT");
    if (timeoutSeconds < 1)
        return QStringLiteral("the data-parallel timeout must be at least one second");
    return {};
}

bool DataParallelOptions::setMaster(const QString &hostAndPort)
{
    const int colon = hostAndPort.lastIndexOf(QLatin1Char(':'));
    bool isNumber = false;
    const int port = hostAndPort.mid(colon + 1).toInt(&isNumber);
    if (colon <= 0 || !isNumber || port < 0 || port > 65535)
        return false;
    masterHost = hostAndPort.left(colon);
    masterPort = port;
    return true;
}

struct DataParallelGroup::Connection
{
#ifdef LGPN_HAVE_GLOO
    c10::intrusive_ptr<c10d::TCPStore> store;     // declared first: outlives the group
    c10::intrusive_ptr<c10d::ProcessGroup> group;
    bool hostTensors = true;                      // Gloo: collectives on CPU copies
#endif
};

bool DataParallelGroup::available()
{
#ifdef LGPN_HAVE_GLOO
    return true;
#else
    return false;
#endif
}

DataParallelGroup::DataParallelGroup(DataParallelOptions options)
    : m_options(std::move(options))
    , m_connection(std::make_unique<Connection>())
{
    if (const QString wrong = m_options.validate(); !wrong.isEmpty())
        fail(wrong);
    if (!available())
        fail(QStringLiteral("this build has no data-parallel training (it was built without Gloo's headers, libgloo-dev)"));
    join();
}

DataParallelGroup::~DataParallelGroup() = default;

int DataParallelGroup::freeLoopbackPort()
{
    const int socket = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0; // the system picks one
    socklen_t length = sizeof(address);
    const bool bound = socket >= 0 && ::bind(socket, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0
                       && ::getsockname(socket, reinterpret_cast<sockaddr *>(&address), &length) == 0;
    if (socket >= 0)
        ::close(socket);
    if (!bound)
        fail(QStringLiteral("no free TCP port on 127.0.0.1"));
    return int(ntohs(address.sin_port));
}

#ifdef LGPN_HAVE_GLOO

namespace {

bool isLoopback(const QString &host)
{
    return host.startsWith(QStringLiteral("127.")) || host == u"localhost" || host == u"::1";
}

// GLOO_SOCKET_IFNAME picks the network interface, as in PyTorch; loopback runs stay on loopback.
std::shared_ptr<gloo::transport::Device> glooDevice(const DataParallelOptions &options)
{
    if (const char *interface = std::getenv("GLOO_SOCKET_IFNAME"); interface && *interface)
        return c10d::ProcessGroupGloo::createDeviceForInterface(interface);
    if (isLoopback(options.masterHost))
        return c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1");
    return c10d::ProcessGroupGloo::createDefaultDevice();
}

// One float buffer of all the tensors: one collective instead of one per tensor.
torch::Tensor flattened(const std::vector<torch::Tensor> &tensors, bool onHost)
{
    std::vector<torch::Tensor> flat;
    for (const torch::Tensor &tensor : tensors)
        flat.push_back(tensor.detach().reshape({-1}).to(torch::kFloat32));
    torch::Tensor buffer = torch::cat(flat);
    return onHost ? buffer.cpu() : buffer;
}

void copyBack(const torch::Tensor &buffer, const std::vector<torch::Tensor> &tensors)
{
    int64_t offset = 0;
    for (const torch::Tensor &tensor : tensors) {
        const int64_t count = tensor.numel();
        tensor.detach().copy_(buffer.slice(0, offset, offset + count).view(tensor.sizes()));
        offset += count;
    }
}

} // namespace

void DataParallelGroup::join()
{
    const DataParallelOptions &o = m_options;
    const std::chrono::milliseconds timeout(int64_t(o.timeoutSeconds) * 1000);
    const QString master = QStringLiteral("%1:%2").arg(o.masterHost).arg(o.masterPort);
    c10d::TCPStoreOptions storeOptions;
    storeOptions.port = uint16_t(o.masterPort);
    storeOptions.isServer = o.rank == 0;
    storeOptions.numWorkers = size_t(o.worldSize);
    storeOptions.waitWorkers = false; // we wait below, to name the ranks missing
    storeOptions.timeout = timeout;
    try {
        m_connection->store = c10::make_intrusive<c10d::TCPStore>(o.masterHost.toStdString(), storeOptions);
    } catch (const std::exception &error) {
        fail(o.rank == 0 ? QStringLiteral("rank 0 cannot open the rendezvous store on %1: %2").arg(master, firstLineOf(error))
                         : QStringLiteral("rank %1 cannot reach rank 0's store at %2 within %3 s: %4")
                               .arg(o.rank).arg(master).arg(o.timeoutSeconds).arg(firstLineOf(error)));
    }
    c10d::TCPStore &store = *m_connection->store;
    store.set(keyOf("joined", o.rank), bytesOf(std::to_string(o.worldSize)));
    std::vector<std::string> joined;
    for (int r = 0; r < o.worldSize; ++r)
        joined.push_back(keyOf("joined", r));
    try {
        store.wait(joined, timeout);
    } catch (const std::exception &) {
        QStringList missing;
        for (int r = 0; r < o.worldSize; ++r) {
            if (!store.check({keyOf("joined", r)}))
                missing << QString::number(r);
        }
        fail(QStringLiteral("rank %1 of %2 did not join within %3 s (master %4); seen by rank %5")
                 .arg(missing.join(QStringLiteral(", ")), QString::number(o.worldSize)).arg(o.timeoutSeconds).arg(master).arg(o.rank));
    }
    for (int r = 0; r < o.worldSize; ++r) {
        if (textOf(store.get(keyOf("joined", r))) != std::to_string(o.worldSize))
            fail(QStringLiteral("rank %1 was started with another world size than %2").arg(r).arg(o.worldSize));
    }
    const auto prefixed = c10::make_intrusive<c10d::PrefixStore>("lgpn/group", m_connection->store);
#ifdef LGPN_HAVE_NCCL
    if (o.cudaTensors) {
        auto ncclOptions = c10d::ProcessGroupNCCL::Options::create();
        ncclOptions->timeout = timeout;
        collective("joining the NCCL group", [&] {
            m_connection->group = c10::make_intrusive<c10d::ProcessGroupNCCL>(prefixed, o.rank, o.worldSize, ncclOptions);
        });
        m_connection->hostTensors = false;
        return;
    }
#endif
    auto glooOptions = c10d::ProcessGroupGloo::Options::create(timeout);
    glooOptions->devices.push_back(glooDevice(o));
    collective("joining the Gloo group", [&] {
        m_connection->group = c10::make_intrusive<c10d::ProcessGroupGloo>(prefixed, o.rank, o.worldSize, glooOptions);
    });
}

void DataParallelGroup::collective(const char *what, const std::function<void()> &work)
{
    try {
        work();
    } catch (const std::exception &error) {
        const QString cause = failureOfAnotherRank();
        if (!cause.isEmpty())
            fail(QStringLiteral("%1; seen by rank %2 while %3").arg(cause).arg(m_options.rank).arg(QLatin1String(what)));
        fail(QStringLiteral("rank %1 lost contact with the other ranks while %2 (one stopped, crashed or took longer than the "
                            "%3 s timeout): %4")
                 .arg(m_options.rank).arg(QLatin1String(what)).arg(m_options.timeoutSeconds).arg(firstLineOf(error)));
    }
}

// A rank that stops tells the store first (reportFailure); its peers' collectives fail when its
// connections close, maybe just before the message arrives, so this waits a moment for it.
QString DataParallelGroup::failureOfAnotherRank()
{
    QElapsedTimer waited;
    waited.start();
    try {
        while (waited.elapsed() < 2000) {
            for (int r = 0; r < m_options.worldSize; ++r) {
                if (r != m_options.rank && m_connection->store->check({keyOf("failure", r)}))
                    return QStringLiteral("rank %1 of %2 failed: %3")
                        .arg(r).arg(m_options.worldSize).arg(QString::fromStdString(textOf(m_connection->store->get(keyOf("failure", r)))));
            }
            QThread::msleep(50);
        }
    } catch (const std::exception &) {
        return QStringLiteral("rank 0 of %1, which holds the store, is gone").arg(m_options.worldSize);
    }
    return {};
}

void DataParallelGroup::average(const std::vector<torch::Tensor> &tensors)
{
    if (tensors.empty())
        return;
    torch::NoGradGuard noGrad;
    torch::Tensor buffer = flattened(tensors, m_connection->hostTensors);
    collective("averaging", [&] {
        std::vector<at::Tensor> list{buffer};
        m_connection->group->allreduce(list)->wait();
    });
    buffer.div_(double(m_options.worldSize));
    copyBack(buffer, tensors);
}

void DataParallelGroup::broadcastFromMain(const std::vector<torch::Tensor> &tensors)
{
    if (tensors.empty())
        return;
    torch::NoGradGuard noGrad;
    torch::Tensor buffer = flattened(tensors, m_connection->hostTensors);
    broadcastInPlace("receiving rank 0's weights", buffer);
    copyBack(buffer, tensors);
}

void DataParallelGroup::broadcastInPlace(const char *what, const torch::Tensor &tensor)
{
    collective(what, [&] {
        std::vector<at::Tensor> list{tensor};
        m_connection->group->broadcast(list)->wait();
    });
}

std::vector<uint8_t> DataParallelGroup::broadcastBytesFromMain(const std::vector<uint8_t> &bytes)
{
    torch::Tensor size = torch::tensor({int64_t(isMain() ? bytes.size() : 0)});
    broadcastInPlace("receiving rank 0's checkpoint", size);
    torch::Tensor buffer = isMain() ? torch::from_blob(const_cast<uint8_t *>(bytes.data()), {int64_t(bytes.size())}, torch::kUInt8).clone()
                                    : torch::empty({size.item<int64_t>()}, torch::kUInt8);
    if (buffer.numel() > 0)
        broadcastInPlace("receiving rank 0's checkpoint", buffer);
    return std::vector<uint8_t>(buffer.data_ptr<uint8_t>(), buffer.data_ptr<uint8_t>() + buffer.numel());
}

void DataParallelGroup::barrier()
{
    collective("waiting at a barrier", [&] { m_connection->group->barrier()->wait(); });
}

void DataParallelGroup::reportFailure(const QString &message) noexcept
{
    try {
        m_connection->store->set(keyOf("failure", m_options.rank), bytesOf(message.toStdString()));
    } catch (...) {
        // The store may be gone with rank 0: the peers then see that instead.
    }
}

#else // no c10d backend: the constructor has already thrown

void DataParallelGroup::join() {}
void DataParallelGroup::collective(const char *, const std::function<void()> &work) { work(); }
QString DataParallelGroup::failureOfAnotherRank() { return {}; }
void DataParallelGroup::average(const std::vector<torch::Tensor> &) {}
void DataParallelGroup::broadcastFromMain(const std::vector<torch::Tensor> &) {}
std::vector<uint8_t> DataParallelGroup::broadcastBytesFromMain(const std::vector<uint8_t> &bytes) { return bytes; }
void DataParallelGroup::broadcastInPlace(const char *, const torch::Tensor &) {}
void DataParallelGroup::barrier() {}
void DataParallelGroup::reportFailure(const QString &) noexcept {}

#endif

} // namespace lgpn
