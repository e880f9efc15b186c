#include "CaseCheckTask.h"

#include <QtConcurrent/QtConcurrentMap>

namespace lgpn {

CaseCheckTask::CaseCheckTask(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::resultReadyAt, this,
            [this](int index) { emit checked(m_firstRow + index, m_watcher.resultAt(index)); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (!m_watcher.isCanceled())
            emit finished();
    });
}

CaseCheckTask::~CaseCheckTask()
{
    cancel();
}

void CaseCheckTask::start(int firstRow, std::vector<ImageAnalysis> inputs)
{
    cancel();
    m_firstRow = firstRow;
    // mapped() keeps its own copy of the sequence for as long as it runs.
    m_watcher.setFuture(QtConcurrent::mapped(std::move(inputs), &CaseInputCheck::check));
}

void CaseCheckTask::cancel()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

} // namespace lgpn
