#include "AnalysisSession.h"

#include "ImageListModel.h"
#include "NativePathRecovery.h"

#include "common/NativePath.h"

#include <QDir>

namespace lgpn {

AnalysisSession::AnalysisSession(QObject *parent)
    : QObject(parent)
    , m_images(new ImageListModel(this))
    , m_worker(new AnalysisWorker)
{
    qRegisterMetaType<AnalysisEngineOptions>();
    qRegisterMetaType<ImageAnalysis>();
    qRegisterMetaType<BatchSummary>();
    qRegisterMetaType<std::shared_ptr<const ModelInfo>>();
    m_thread.setObjectName(QStringLiteral("analysis"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &AnalysisWorker::modelReady, this, [this](std::shared_ptr<const ModelInfo> model) {
        m_model = std::move(model);
        emit modelChanged();
    });
    connect(m_worker, &AnalysisWorker::walking, this, [this](quint64 job, int found) {
        if (job == m_job && !m_cancelled)
            emit message(tr("Listing the files… %n found so far", nullptr, found));
    });
    connect(m_worker, &AnalysisWorker::filesFound, this, &AnalysisSession::onFilesFound);
    connect(m_worker, &AnalysisWorker::resultReady, this, &AnalysisSession::onResult);
    connect(m_worker, &AnalysisWorker::finished, this, &AnalysisSession::onFinished);
    connect(m_worker, &AnalysisWorker::failed, this, &AnalysisSession::onFailed);
    connect(m_worker, &AnalysisWorker::modelFailed, this, &AnalysisSession::modelFailed);
    m_thread.start();
}

AnalysisSession::~AnalysisSession()
{
    m_jobStop->store(true);
    m_thread.quit();
    m_thread.wait();
}

void AnalysisSession::addPaths(const QStringList &paths)
{
    addNativePaths(NativePathRecovery::fromDisplay(paths));
}

void AnalysisSession::addNativePaths(const QList<QByteArray> &paths)
{
    if (paths.isEmpty())
        return;
    m_waiting.push_back(recovered(paths));
    if (!m_running)
        startNext();
}

void AnalysisSession::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_waiting.clear();
    m_jobStop->store(true);
    emit message(tr("Cancelling…"));
}

void AnalysisSession::reanalyseAll()
{
    if (m_running)
        return;
    const QList<QByteArray> paths = m_images->nativePaths();
    // A case's old results stay beside the new ones until it is saved.
    if (m_case) {
        m_images->setPreviousResults(m_images->takeResultsAsPrevious());
        m_caseAnalysedAgain = true;
    }
    m_images->clear();
    m_done = m_total = 0;
    m_seconds = 0;
    // The files, not the folders they came from: the same list, analysed again.
    addNativePaths(paths);
}

void AnalysisSession::clear()
{
    cancel();
    if (!m_running) {
        m_case.reset();
        m_images->setPreviousResults({});
        m_images->clear();
        m_done = m_total = 0;
        m_seconds = 0;
        emit progress(0, 0);
    }
}

void AnalysisSession::showCase(const CaseFile &caseFile)
{
    clear();
    if (m_running)
        return; // the cancelled job has not finished yet: MainWindow refuses to open a case while running
    m_case = caseFile;
    m_caseAnalysedAgain = false;
    const int first = m_images->appendResults(caseFile.images);
    std::vector<std::vector<int>> groups = caseFile.similarityGroups;
    for (std::vector<int> &group : groups) {
        for (int &member : group)
            member += first;
    }
    m_images->setGroups(groups);
    m_done = m_total = int(caseFile.images.size());
    m_seconds = caseFile.summary.seconds;
    emit progress(m_done, m_total);
}

void AnalysisSession::loadModel()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, options = m_options] { worker->loadModel(options); }, Qt::QueuedConnection);
}

void AnalysisSession::startNext()
{
    if (m_waiting.empty()) {
        setRunning(false);
        emit idle();
        return;
    }
    const QList<QByteArray> paths = m_waiting.front();
    m_waiting.erase(m_waiting.begin());
    m_cancelled = false;
    setRunning(true);
    ++m_job;
    const quint64 job = m_job;
    const AnalysisEngineOptions options = m_options;
    // Files already in the list are not added twice (dropping a folder again, an overlapping folder).
    const QList<QByteArray> listed = m_images->nativePaths();
    const QSet<QByteArray> loaded(listed.begin(), listed.end());
    // The token exists before the job is queued, so a cancel sent before the worker reaches it still counts.
    m_jobStop = AnalysisWorker::newStopToken();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, job, paths, options, loaded, stop = m_jobStop] {
        worker->analyse(job, paths, options, loaded, stop);
    }, Qt::QueuedConnection);
}

QList<QByteArray> AnalysisSession::recovered(const QList<QByteArray> &paths)
{
    QList<QByteArray> exact;
    for (const QByteArray &path : paths) {
        const NativePathRecovery::Result recovery = NativePathRecovery::recover(path);
        exact += recovery.paths;
        const QString shown = QDir::toNativeSeparators(NativePath::display(path));
        if (recovery.outcome == NativePathRecovery::Outcome::Ambiguous)
            emit message(tr("%1 reached the studio without its exact name and may be any of %n files whose names look alike; "
                            "all were added.", nullptr, int(recovery.paths.size())).arg(shown));
        else if (recovery.outcome == NativePathRecovery::Outcome::NotFound)
            emit message(tr("%1 reached the studio without its exact name, and no file matches it.").arg(shown));
    }
    return exact;
}

void AnalysisSession::onFilesFound(quint64 job, const QList<QByteArray> &files, int alreadyLoaded)
{
    if (job != m_job)
        return;
    m_jobFirstRow = m_images->append(files);
    m_total += int(files.size());
    emit progress(m_done, m_total);
    if (alreadyLoaded > 0)
        emit message(tr("%n file(s) already in the list were not added again.", nullptr, alreadyLoaded));
    else if (files.isEmpty() && !m_cancelled)
        emit message(tr("No image files found there."));
}

void AnalysisSession::onResult(quint64 job, int index, const ImageAnalysis &analysis)
{
    if (job != m_job)
        return;
    const int row = m_jobFirstRow + index;
    m_images->setResult(row, analysis);
    ++m_done;
    emit progress(m_done, m_total);
    emit resultArrived(row);
}

void AnalysisSession::onFinished(quint64 job, const BatchSummary &summary)
{
    if (job != m_job)
        return;
    m_seconds += summary.seconds;
    if (summary.cancelled || m_cancelled) {
        m_images->markPending(tr("the analysis was cancelled"), m_jobFirstRow);
        // Cancelled files no longer count towards the total.
        m_total = m_done;
        emit progress(m_done, m_total);
        emit message(tr("Cancelled: %1 of %2 file(s) analysed.").arg(summary.analysed).arg(summary.files));
    } else {
        emit message(tr("%1 of %2 file(s) analysed in %3 s.").arg(summary.analysed).arg(summary.files).arg(summary.seconds, 0, 'f', 1));
    }
    startNext();
}

void AnalysisSession::onFailed(quint64 job, const QString &message)
{
    if (job != m_job)
        return;
    // The files stay in the list, not analysed, ready for Analysis → Analyse Again once the settings are fixed.
    m_images->markPending(tr("the model could not be loaded: %1").arg(message), m_jobFirstRow);
    m_total = m_done;
    emit progress(m_done, m_total);
    m_waiting.clear();
    emit jobFailed(message);
    startNext();
}

void AnalysisSession::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    emit runningChanged(running);
}

} // namespace lgpn
