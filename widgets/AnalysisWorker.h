#pragma once

#include "analysis/ImageAnalysis.h"
#include "analysis/InputCollector.h"
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
    std::shared_ptr<const EvidenceMap> evidence; // the model's evidence maps, for the Image tab
};

// A job's cancel flag. It belongs to the job from the moment the job is queued: setting it
// before the worker reaches the job cancels the job too (the worker never resets it).
using StopToken = std::shared_ptr<std::atomic<bool>>;

// Runs analyses on its own thread (the studio moves it to one): finds the files under the
// dropped paths, loads the model when the options ask for another one, and streams one result
// per file back to the GUI thread. A job stops when its StopToken is set, from any thread.
class AnalysisWorker : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~AnalysisWorker() override;

    static StopToken newStopToken() { return std::make_shared<std::atomic<bool>>(false); }
    // How often the folder walk reports the files it has found (a seized drive takes minutes to list).
    static constexpr int kWalkReportEvery = 500;

public slots:
    // A job: every file under `paths` (the system's bytes, NativePath; folders recursively), in a
    // stable order, except those in `loaded` (the exact bytes of the files already in the studio's
    // list: names differing only in bytes that are not UTF-8 are different files). A job whose
    // token is set finishes as cancelled without loading the model.
    void analyse(quint64 job, const QList<QByteArray> &paths, const lgpn::AnalysisEngineOptions &options,
                 const QSet<QByteArray> &loaded, const lgpn::StopToken &stop);
    // Loads the model the options name, without analysing anything (a reopened case compares
    // its model with it): modelReady, or modelFailed saying why.
    void loadModel(const lgpn::AnalysisEngineOptions &options);

signals:
    void modelReady(std::shared_ptr<const lgpn::ModelInfo> model);
    // During the folder walk, every kWalkReportEvery files: how many it has found so far.
    void walking(quint64 job, int found);
    // The files to analyse, by their exact bytes.
    void filesFound(quint64 job, const QList<QByteArray> &files, int alreadyLoaded);
    // `index` counts within the job's files.
    void resultReady(quint64 job, int index, const lgpn::ImageAnalysis &analysis);
    void finished(quint64 job, const lgpn::BatchSummary &summary);
    // The job could not start (e.g. the model bundle is damaged); its files (found before) stay unanalysed.
    void failed(quint64 job, const QString &message);
    void modelFailed(const QString &message);

private:
    void ensureEngine(const AnalysisEngineOptions &options);
    // The entries under `paths` not in `loaded`; stops early when `stop` is set.
    std::vector<InputCollector::Entry> collectInputs(quint64 job, const QList<QByteArray> &paths, const QSet<QByteArray> &loaded,
                                                     const StopToken &stop, int &alreadyLoaded);
    bool loadEngine(quint64 job, const AnalysisEngineOptions &options);

    std::unique_ptr<AnalysisEngine> m_engine;
};

} // namespace lgpn

Q_DECLARE_METATYPE(lgpn::AnalysisEngineOptions)
Q_DECLARE_METATYPE(lgpn::ImageAnalysis)
Q_DECLARE_METATYPE(lgpn::BatchSummary)
Q_DECLARE_METATYPE(std::shared_ptr<const lgpn::ModelInfo>)
