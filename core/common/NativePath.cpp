#include "NativePath.h"

#include <QFile>

namespace lgpn {

QString NativePath::display(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes); // Qt replaces every invalid sequence with U+FFFD
}

bool NativePath::isExactUtf8(const QByteArray &bytes)
{
    return display(bytes).toUtf8() == bytes;
}

QString NativePath::percentEscaped(const QByteArray &bytes)
{
    QString escaped;
    // Byte by byte: a run that decodes exactly is kept as text, any other byte is escaped.
    for (qsizetype at = 0; at < bytes.size();) {
        const uchar lead = uchar(bytes[at]);
        const int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
        const QByteArray sequence = bytes.mid(at, length);
        if (length > 0 && lead != '%' && sequence.size() == length && isExactUtf8(sequence)) {
            escaped += display(sequence);
            at += length;
        } else {
            escaped += QStringLiteral("%%1").arg(lead, 2, 16, QLatin1Char('0')).toUpper();
            ++at;
        }
    }
    return escaped;
}

QByteArray NativePath::fromDisplay(const QString &path)
{
    return QFile::encodeName(path);
}

QByteArray NativePath::exactBytesIfLossy(const QString &display, const QByteArray &exact)
{
    return exact.isEmpty() || exact == fromDisplay(display) ? QByteArray() : exact;
}

QByteArray NativePath::bytesOf(const QString &display, const QByteArray &exact)
{
    return exact.isEmpty() ? fromDisplay(display) : exact;
}

QByteArray NativePath::join(const QByteArray &folder, const QByteArray &name)
{
    if (folder.endsWith('/'))
        return folder + name;
    return folder + '/' + name;
}

} // namespace lgpn
