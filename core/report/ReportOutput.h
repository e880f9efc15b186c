#pragma once

#include <QFile>
#include <QSaveFile>
#include <QString>

#include <memory>

namespace lgpn {

// Where a report goes: a file written atomically (a temporary file renamed on commit(), so a
// stopped run leaves no half-written report and an old report stays until the new one is
// complete), or standard output for "-". Refuses to replace an existing file unless `force`.
class ReportOutput
{
public:
    ReportOutput(const QString &path, bool force);
    void write(const QByteArray &bytes);
    void commit();
    const QString &path() const { return m_path; }

    // Throws InputError when `path` exists and may not be replaced (checked before a run starts).
    static void checkWritable(const QString &path, bool force);

private:
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QFile> m_stdout;
};

} // namespace lgpn
