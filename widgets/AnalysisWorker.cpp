#include "AnalysisWorker.h"

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
    info->evidence = m_engine->evidenceMap();
    emit modelReady(info);
}

std::vector<InputCollector::Entry> AnalysisWorker::collectInputs(quint64 job, const QList<QByteArray> &paths, const QSet<QByteArray> &loaded,
                                                                 const StopToken &stop, int &alreadyLoaded)
{
    std::vector<InputCollector::Entry> inputs;
    alreadyLoaded = 0;
    // The walk itself reads the token before every entry, so a huge folder stops at once.
    InputCollector::collectNative(paths, true, [&](const InputCollector::Entry &entry) {
        if (loaded.contains(entry.bytes()))
            ++alreadyLoaded;
        else
            inputs.push_back(entry);
        if ((inputs.size() + size_t(alreadyLoaded)) % kWalkReportEvery == 0)
            emit walking(job, int(inputs.size()) + alreadyLoaded);
    }, stop.get());
    return inputs;
}

bool AnalysisWorker::loadEngine(quint64 job, const AnalysisEngineOptions &options)
{
    try {
        ensureEngine(options);
        return true;
    } catch (const InputError &error) {
        emit failed(job, error.message());
    } catch (const std::exception &error) {
        emit failed(job, QString::fromLocal8Bit(error.what()));
    }
    return false;
}

void AnalysisWorker::loadModel(const AnalysisEngineOptions &options)
{
    try {
        ensureEngine(options);
    } catch (const InputError &error) {
        emit modelFailed(error.message());
    } catch (const std::exception &error) {
        emit modelFailed(QString::fromLocal8Bit(error.what()));
    }
}

void AnalysisWorker::analyse(quint64 job, const QList<QByteArray> &paths, const AnalysisEngineOptions &options,
                             const QSet<QByteArray> &loaded, const StopToken &stop)
{
    QElapsedTimer elapsed;
    elapsed.start();
    // The files first, so that the list shows them even when the model cannot be loaded.
    int alreadyLoaded = 0;
    const std::vector<InputCollector::Entry> inputs = collectInputs(job, paths, loaded, stop, alreadyLoaded);
    QList<QByteArray> files;
    files.reserve(qsizetype(inputs.size()));
    for (const InputCollector::Entry &entry : inputs)
        files << entry.bytes();
    emit filesFound(job, files, alreadyLoaded);
    BatchSummary summary;
    summary.files = int(inputs.size());
    int index = 0;
    // Loading a model takes seconds: not for a job cancelled already.
    if (!*stop) {
        if (!loadEngine(job, options))
            return;
        summary.analysed = m_engine->run(inputs, [&](ImageAnalysis &&analysis) { emit resultReady(job, index++, analysis); }, stop.get());
    }
    summary.failed = index - summary.analysed;
    // A walk cut short by the token may have found no file at all.
    summary.cancelled = *stop && (index < summary.files || summary.files == 0);
    summary.seconds = double(elapsed.elapsed()) / 1000.0;
    summary.finishedUtc = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    emit finished(job, summary);
}

} // namespace lgpn
