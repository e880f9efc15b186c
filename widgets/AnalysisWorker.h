#pragma once

#include "analysis/ImageAnalysis.h"
#include "batch/AnalysisEngine.h"
#include "report/ReportContext.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <memory>

namespace lgpn {

// What the views need to know of the model that produced the results.
struct ModelInfo
{
    ReportContext context;
    std::vector<float> priorAdjacency; // G0, N x N
    double graphThreshold = 0.4;
};

// Runs analyses on its own thread (the studio moves it to one): finds the files under the
// dropped paths, loads the model when the options ask for another one, and streams one result
// per file back to the GUI thread. cancel() may be called from any thread.
class AnalysisWorker : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~AnalysisWorker() override;

    void cancel() { m_stop = true; }

public slots:
    // A job: every file under `paths` (folders recursively), in a stable order, except those in
    // `loaded` (already in the studio's list).
    void analyse(quint64 job, const QStringList &paths, const lgpn::AnalysisEngineOptions &options, const QSet<QString> &loaded = {});

signals:
    void modelReady(std::shared_ptr<const lgpn::ModelInfo> model);
    void filesFound(quint64 job, const QStringList &files, int alreadyLoaded);
    // `index` counts within the job's files.
    void resultReady(quint64 job, int index, const lgpn::ImageAnalysis &analysis);
    void finished(quint64 job, const lgpn::BatchSummary &summary);
    // The job could not start (e.g. the model bundle is damaged); its files (found before) stay unanalysed.
    void failed(quint64 job, const QString &message);

private:
    void ensureEngine(const AnalysisEngineOptions &options);

    std::unique_ptr<AnalysisEngine> m_engine;
    std::atomic<bool> m_stop{false};
};

} // namespace lgpn

Q_DECLARE_METATYPE(lgpn::AnalysisEngineOptions)
Q_DECLARE_METATYPE(lgpn::ImageAnalysis)
Q_DECLARE_METATYPE(lgpn::BatchSummary)
Q_DECLARE_METATYPE(std::shared_ptr<const lgpn::ModelInfo>)
