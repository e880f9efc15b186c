#include "AnalysisWorker.h"

#include "analysis/InputCollector.h"
#include "common/InputError.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace lgpn {

AnalysisWorker::~AnalysisWorker() = default;

void AnalysisWorker::ensureEngine(const AnalysisEngineOptions &options)
{
    if (m_engine) {
        const AnalysisEngineOptions &current = m_engine->options();
        if (current.model == options.model && current.device == options.device && current.crops == options.crops
            && current.threads == options.threads) {
            m_engine->context().threshold = options.threshold;
            m_engine->context().similarityThreshold = options.similarityThreshold;
            return;
        }
    }
    m_engine.reset();
    m_engine = std::make_unique<AnalysisEngine>(options);
    auto info = std::make_shared<ModelInfo>();
    info->context = m_engine->context();
    info->priorAdjacency = m_engine->priorAdjacency();
    info->graphThreshold = m_engine->graphThreshold();
    emit modelReady(info);
}

void AnalysisWorker::analyse(quint64 job, const QStringList &paths, const AnalysisEngineOptions &options, const QSet<QString> &loaded)
{
    m_stop = false;
    QElapsedTimer elapsed;
    elapsed.start();
    // The files first, so that the list shows them even when the model cannot be loaded.
    std::vector<InputCollector::Entry> inputs;
    int alreadyLoaded = 0;
    InputCollector::collect(paths, true, [&](const InputCollector::Entry &entry) {
        if (loaded.contains(entry.path))
            ++alreadyLoaded;
        else
            inputs.push_back(entry);
    });
    QStringList files;
    files.reserve(qsizetype(inputs.size()));
    for (const InputCollector::Entry &entry : inputs)
        files << entry.path;
    emit filesFound(job, files, alreadyLoaded);
    try {
        ensureEngine(options);
    } catch (const InputError &error) {
        emit failed(job, error.message());
        return;
    } catch (const std::exception &error) {
        emit failed(job, QString::fromLocal8Bit(error.what()));
        return;
    }

    BatchSummary summary;
    summary.files = int(inputs.size());
    int index = 0;
    summary.analysed = m_engine->run(inputs, [&](ImageAnalysis &&analysis) { emit resultReady(job, index++, analysis); }, &m_stop);
    summary.failed = index - summary.analysed;
    summary.cancelled = m_stop && index < summary.files;
    summary.seconds = double(elapsed.elapsed()) / 1000.0;
    summary.finishedUtc = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    emit finished(job, summary);
}

} // namespace lgpn
