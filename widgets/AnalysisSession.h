#pragma once

#include "AnalysisWorker.h"

#include "report/CaseFile.h"

#include <QObject>
#include <QStringList>
#include <QThread>

#include <memory>
#include <optional>

namespace lgpn {

class ImageListModel;

// The studio's analysis, seen from the GUI thread: paths go in (dropped, opened), files appear
// in the image list as they are found and fill with results as they come from the worker
// thread. One job runs at a time; paths added meanwhile wait their turn. Cancelling stops the
// running job between batches and drops the waiting ones.
class AnalysisSession : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisSession(QObject *parent = nullptr);
    ~AnalysisSession() override;

    ImageListModel *images() const { return m_images; }
    void setOptions(const AnalysisEngineOptions &options) { m_options = options; }
    const AnalysisEngineOptions &options() const { return m_options; }
    // The model of the latest results; nullptr until one has been loaded.
    std::shared_ptr<const ModelInfo> model() const { return m_model; }

    bool isRunning() const { return m_running; }
    // The case shown (a JSON report reopened), until the list is cleared; nullptr when none.
    const CaseFile *openCase() const { return m_case ? &*m_case : nullptr; }
    // Whether the open case has been analysed again (its old results kept beside the new).
    bool caseAnalysedAgain() const { return m_case && m_caseAnalysedAgain; }
    int done() const { return m_done; }
    int total() const { return m_total; }
    // Time the worker spent on the files in the list, over all jobs.
    double analysisSeconds() const { return m_seconds; }

public slots:
    // Paths known only as text: their exact bytes are recovered first (NativePathRecovery).
    void addPaths(const QStringList &paths);
    // Paths as the system's bytes (NativePath). One that lost bytes on its way (U+FFFD where a
    // byte was not UTF-8) is matched to the files it can name; the status bar says when it names
    // several, or none.
    void addNativePaths(const QList<QByteArray> &paths);
    void cancel();
    // Clears the list and analyses every file again (after a change of model, device or crops).
    void reanalyseAll();
    void clear();
    // Shows a finished analysis again without running the model: the list holds the case's
    // results (its inputs not yet re-checked) and its similarity groups. Replaces what was loaded.
    void showCase(const CaseFile &caseFile);
    // Loads the model of the current options on the worker thread (modelChanged when it is ready).
    void loadModel();

signals:
    void runningChanged(bool running);
    void progress(int done, int total);
    void resultArrived(int row);
    void modelChanged();
    void modelFailed(const QString &message);
    // A job could not start or finished: a line for the status bar.
    void message(const QString &text);
    void jobFailed(const QString &message);
    // Every queued path has been analysed or the run was cancelled.
    void idle();

private:
    void startNext();
    // The exact paths of `paths`, saying in the status bar what could not be recovered exactly.
    QList<QByteArray> recovered(const QList<QByteArray> &paths);
    void onFilesFound(quint64 job, const QList<QByteArray> &files, int alreadyLoaded);
    void onResult(quint64 job, int index, const ImageAnalysis &analysis);
    void onFinished(quint64 job, const BatchSummary &summary);
    void onFailed(quint64 job, const QString &message);
    void setRunning(bool running);

    ImageListModel *m_images;
    QThread m_thread;
    AnalysisWorker *m_worker;
    StopToken m_jobStop = AnalysisWorker::newStopToken(); // the running job's
    AnalysisEngineOptions m_options;
    std::shared_ptr<const ModelInfo> m_model;
    std::vector<QList<QByteArray>> m_waiting;
    quint64 m_job = 0;
    int m_jobFirstRow = 0;
    bool m_running = false;
    bool m_cancelled = false;
    int m_done = 0;
    int m_total = 0;
    double m_seconds = 0;
    std::optional<CaseFile> m_case;
    bool m_caseAnalysedAgain = false;
};

} // namespace lgpn
