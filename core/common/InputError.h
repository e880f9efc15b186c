#pragma once

#include <QString>

#include <stdexcept>

namespace lgpn {

// Raised when a file given to LGPN Studio cannot be used. It names the file, the line where
// that makes sense (0 otherwise) and the reason, so a user can find and fix the problem.
class InputError : public std::runtime_error
{
public:
    InputError(const QString &file, int line, const QString &reason);
    InputError(const QString &file, const QString &reason);

    const QString &file() const { return m_file; }
    int line() const { return m_line; }
    const QString &reason() const { return m_reason; }
    QString message() const;

private:
    QString m_file;
    int m_line = 0;
    QString m_reason;
};

} // namespace lgpn
