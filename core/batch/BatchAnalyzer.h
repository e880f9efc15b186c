#pragma once

#include "analysis/ImageAnalysis.h"
#include "analysis/InputCollector.h"
#include "image/ImageLoader.h"

#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace lgpn {

class ImageAnalyzer;

// Runs the analysis over a list of files as a pipeline: a reader thread hashes and decodes the
// next files (a bounded queue of `readAhead` images, so memory does not grow with the number of
// files) while the model analyses the current one. Results come back in input order, one call
// per file, as soon as they are ready; a file that cannot be read or analysed comes back with
// ok == false and its error, and the batch goes on. Images that are ready together are analysed in
// one forward pass. Inputs are only read.
class BatchAnalyzer
{
public:
    BatchAnalyzer(ImageAnalyzer &analyzer, ImageLoader loader = ImageLoader(), int readAhead = 8);

    // Returns how many files were analysed successfully. `stop` (optional) cancels between files.
    int run(const std::vector<InputCollector::Entry> &inputs, const std::function<void(ImageAnalysis &&)> &onResult,
            const std::atomic<bool> *stop = nullptr);

    // Called for each image the model analysed, while its pixels are still at hand (after the
    // analysis, before onResult), e.g. to add evidence maps. It must not throw: what it cannot do
    // belongs in the analysis's notes.
    using AfterAnalysis = std::function<void(const LoadedImage &image, ImageAnalysis &analysis)>;
    void setAfterAnalysis(AfterAnalysis afterAnalysis) { m_afterAnalysis = std::move(afterAnalysis); }
    // Called before each forward pass, e.g. to follow the cores other processes leave free.
    void setBeforeBatch(std::function<void()> beforeBatch) { m_beforeBatch = std::move(beforeBatch); }

    // Small images go through the model several at a time: up to this many images, or about this
    // many crops, per forward pass.
    static constexpr int kBatchImages = 8;
    static constexpr int kBatchCrops = 32;

private:
    ImageAnalyzer &m_analyzer;
    ImageLoader m_loader;
    int m_readAhead;
    AfterAnalysis m_afterAnalysis;
    std::function<void()> m_beforeBatch;
};

} // namespace lgpn
