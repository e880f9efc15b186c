#pragma once

#include "report/CaseInputCheck.h"

#include <QFutureWatcher>
#include <QObject>

#include <vector>

namespace lgpn {

// Re-hashes every input of a reopened case on pool threads (CaseInputCheck), so the window stays
// usable while a large case is read again; each file's verdict arrives as it is known. A newer
// start cancels the one running (its remaining files are not hashed); destroying the task waits
// for the files being hashed.
class CaseCheckTask : public QObject
{
    Q_OBJECT

public:
    explicit CaseCheckTask(QObject *parent = nullptr);
    ~CaseCheckTask() override;

    // The inputs of image list rows firstRow, firstRow + 1, ...
    void start(int firstRow, std::vector<ImageAnalysis> inputs);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void checked(int row, lgpn::CaseInputCheck::Result result);
    void finished();

private:
    QFutureWatcher<CaseInputCheck::Result> m_watcher;
    int m_firstRow = 0;
};

} // namespace lgpn
