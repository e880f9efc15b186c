#include "ReportExportTask.h"

#include "common/InputError.h"

#include <QtConcurrent/QtConcurrentRun>

namespace lgpn {

namespace {

// Runs on the pool thread; everything it reads is its own copy or shared and immutable.
QString writeReport(ReportExporter::Format format, const QString &path, const ReportCase &images, const ReportContext &context,
                    double seconds, PdfPages pdfPages)
{
    try {
        ReportExporter::write(format, path, images, context, seconds, pdfPages);
        return {};
    } catch (const InputError &error) {
        return error.message();
    } catch (const std::exception &error) {
        return QString::fromLocal8Bit(error.what());
    }
}

} // namespace

ReportExportTask::ReportExportTask(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ReportExportTask::onFinished);
}

ReportExportTask::~ReportExportTask()
{
    m_watcher.waitForFinished();
}

bool ReportExportTask::start(ReportExporter::Format format, const QString &path, ReportCase images, const ReportContext &context,
                             double seconds, PdfPages pdfPages)
{
    if (isRunning())
        return false;
    m_path = path;
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run(writeReport, format, path, std::move(images), context, seconds, pdfPages));
    emit runningChanged(true);
    return true;
}

void ReportExportTask::onFinished()
{
    const QString error = m_watcher.result();
    m_running = false;
    emit runningChanged(false);
    if (error.isEmpty())
        emit written(m_path);
    else
        emit failed(m_path, error);
}

} // namespace lgpn
