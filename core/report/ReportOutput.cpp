#include "ReportOutput.h"

#include "common/InputError.h"

#include <QFileInfo>

#include <cstdio>

namespace lgpn {

void ReportOutput::checkWritable(const QString &path, bool force)
{
    if (path == u"-")
        return;
    const QFileInfo info(path);
    if (info.isDir())
        throw InputError(path, QStringLiteral("is a folder; name a report file"));
    if (info.exists() && !force)
        throw InputError(path, QStringLiteral("already exists; use --force to replace it"));
    if (!QFileInfo(info.absolutePath()).isDir())
        throw InputError(path, QStringLiteral("its folder does not exist"));
}

ReportOutput::ReportOutput(const QString &path, bool force)
    : m_path(path)
{
    checkWritable(path, force);
    if (path == u"-") {
        m_stdout = std::make_unique<QFile>();
        if (!m_stdout->open(stdout, QIODevice::WriteOnly))
            throw InputError(QStringLiteral("standard output"), QStringLiteral("cannot write"));
        return;
    }
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly))
        throw InputError(path, QStringLiteral("cannot write: %1").arg(m_file->errorString()));
}

void ReportOutput::write(const QByteArray &bytes)
{
    QIODevice *device = m_file ? static_cast<QIODevice *>(m_file.get()) : m_stdout.get();
    if (device->write(bytes) != bytes.size())
        throw InputError(m_path, QStringLiteral("cannot write: %1").arg(device->errorString()));
}

void ReportOutput::commit()
{
    if (m_stdout) {
        m_stdout->flush();
        return;
    }
    if (!m_file->commit())
        throw InputError(m_path, QStringLiteral("cannot write: %1").arg(m_file->errorString()));
}

} // namespace lgpn
