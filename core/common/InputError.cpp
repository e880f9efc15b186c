#include "InputError.h"

namespace lgpn {

namespace {
QString format(const QString &file, int line, const QString &reason)
{
    if (line > 0)
        return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(reason);
    return QStringLiteral("%1: %2").arg(file, reason);
}
} // namespace

InputError::InputError(const QString &file, int line, const QString &reason)
    : std::runtime_error(format(file, line, reason).toStdString())
    , m_file(file)
    , m_line(line)
    , m_reason(reason)
{
}

InputError::InputError(const QString &file, const QString &reason)
    : InputError(file, 0, reason)
{
}

QString InputError::message() const
{
    return format(m_file, m_line, m_reason);
}

} // namespace lgpn
