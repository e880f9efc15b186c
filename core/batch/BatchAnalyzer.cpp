#include "BatchAnalyzer.h"

#include "analysis/ImageAnalyzer.h"
#include "common/InputError.h"
#include "common/NativeFile.h"

#include <QCryptographicHash>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace lgpn {

namespace {

// One input after the reader: either a decoded image or the reason it could not be read.
struct ReadInput
{
    ImageAnalysis analysis; // file fields filled; predictions empty
    std::optional<LoadedImage> image;
};

// Reads and decodes one input. The file is read once, by its exact bytes, so that a file that
// cannot be decoded still has its hash for the chain of custody.
ReadInput readInput(const InputCollector::Entry &entry, const ImageLoader &loader)
{
    ReadInput item;
    ImageAnalysis &analysis = item.analysis;
    analysis.path = entry.path;
    analysis.pathBytes = entry.bytes();
    if (!entry.error.isEmpty()) {
        analysis.error = entry.error;
        return item;
    }
    bool read = false;
    QByteArray bytes;
    try {
        bytes = NativeFile::readAll(analysis.pathBytes, loader.limits().maxFileBytes);
        read = true;
        item.image = loader.decode(bytes, entry.path);
        ImageAnalyzer::describeFile(*item.image, analysis);
    } catch (const InputError &error) {
        analysis.error = error.reason();
        analysis.fileSize = read ? bytes.size() : NativeFile::status(analysis.pathBytes).size;
        analysis.sha256 = read ? QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() : QByteArray();
    } catch (const std::exception &error) {
        analysis.error = QString::fromLocal8Bit(error.what());
    }
    return item;
}

} // namespace

BatchAnalyzer::BatchAnalyzer(ImageAnalyzer &analyzer, ImageLoader loader, int readAhead)
    : m_analyzer(analyzer)
    , m_loader(std::move(loader))
    , m_readAhead(std::max(1, readAhead))
{
}

int BatchAnalyzer::run(const std::vector<InputCollector::Entry> &inputs, const std::function<void(ImageAnalysis &&)> &onResult,
                       const std::atomic<bool> *stop)
{
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<ReadInput> queue;
    bool readerDone = false;
    bool consumerGone = false;

    std::thread reader([&] {
        for (const InputCollector::Entry &entry : inputs) {
            ReadInput item = readInput(entry, m_loader);
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return int(queue.size()) < m_readAhead || consumerGone; });
            if (consumerGone)
                break;
            queue.push_back(std::move(item));
            changed.notify_all();
        }
        std::lock_guard lock(mutex);
        readerDone = true;
        changed.notify_all();
    });

    // However the loop below ends (done, cancelled, an exception from onResult), the reader is
    // told to stop and joined before this function returns.
    struct ReaderJoin
    {
        std::function<void()> finish;
        ~ReaderJoin() { finish(); }
    } join{[&] {
        {
            std::lock_guard lock(mutex);
            consumerGone = true;
            changed.notify_all();
        }
        reader.join();
    }};

    int analysed = 0;
    size_t done = 0;
    while (done < inputs.size()) {
        // Whatever the reader has ready, up to kBatchImages files (at least one), in input order.
        std::vector<ReadInput> items;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return !queue.empty() || readerDone; });
            while (!queue.empty() && int(items.size()) < kBatchImages) {
                items.push_back(std::move(queue.front()));
                queue.pop_front();
            }
            changed.notify_all();
        }
        if (items.empty() || (stop && stop->load()))
            break;
        std::vector<const LoadedImage *> images;
        std::vector<ImageAnalysis *> analyses;
        int crops = 0;
        for (ReadInput &item : items) {
            if (item.image && crops < kBatchCrops) {
                images.push_back(&*item.image);
                analyses.push_back(&item.analysis);
                crops += m_analyzer.cropCount(item.image->rgb.cols, item.image->rgb.rows);
            }
        }
        if (m_beforeBatch)
            m_beforeBatch();
        try {
            if (!images.empty())
                m_analyzer.analyzeMany(images, analyses);
        } catch (const std::exception &) {
            // One image the model cannot take must not fail the others: one at a time below.
        }
        for (ReadInput &item : items) {
            if (item.image && !item.analysis.ok) {
                try {
                    m_analyzer.analyze(*item.image, item.analysis);
                } catch (const std::exception &error) {
                    item.analysis.error = QStringLiteral("the model could not analyse it: %1").arg(QString::fromLocal8Bit(error.what()));
                }
            }
            if (item.image && item.analysis.ok && m_afterAnalysis)
                m_afterAnalysis(*item.image, item.analysis);
            item.image.reset();
            analysed += item.analysis.ok ? 1 : 0;
            ++done;
            onResult(std::move(item.analysis));
        }
    }
    return analysed;
}

} // namespace lgpn
