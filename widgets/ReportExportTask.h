#pragma once

#include "ReportExporter.h"

#include <QFutureWatcher>
#include <QObject>

namespace lgpn {

// Writes a report on a pool thread (ReportExporter; the PDF writer decodes every image again,
// minutes for a large case), so the window stays usable. One export at a time. The writers
// cannot be interrupted: destroying the task waits for a running export, whose file is then
// complete (QSaveFile), rather than leaving it half written.
class ReportExportTask : public QObject
{
    Q_OBJECT

public:
    explicit ReportExportTask(QObject *parent = nullptr);
    ~ReportExportTask() override;

    bool isRunning() const { return m_running; }
    const QString &path() const { return m_path; }
    // False (and nothing starts) while another export runs.
    bool start(ReportExporter::Format format, const QString &path, ReportCase images, const ReportContext &context, double seconds,
               PdfPages pdfPages = PdfPages::All);

signals:
    void runningChanged(bool running);
    void written(const QString &path);
    void failed(const QString &path, const QString &message);

private:
    void onFinished();

    QFutureWatcher<QString> m_watcher; // the result: why the report could not be written, empty when it was
    QString m_path;
    bool m_running = false; // until onFinished has reported, not only until the pool thread is done
};

} // namespace lgpn
