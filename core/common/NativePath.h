#pragma once

#include <QByteArray>
#include <QString>

namespace lgpn {

// A file's path as the system stores it: bytes, not necessarily UTF-8 (old Windows media and zip
// archives carry Latin-1 or CP-437 names). A QString path loses the bytes that are not UTF-8, so
// code that must open every file keeps these bytes and shows the display form.
class NativePath
{
public:
    // The path for people: UTF-8 decoded, U+FFFD where a byte is not UTF-8.
    static QString display(const QByteArray &bytes);
    // Whether display() gives the bytes back exactly, so that the display form alone names the file.
    static bool isExactUtf8(const QByteArray &bytes);
    // A lossless form in text: valid UTF-8 kept, '%' and every other byte as %XX ("caf%E9.png").
    static QString percentEscaped(const QByteArray &bytes);
    // The bytes of a path known only as text (the system's encoding of it).
    static QByteArray fromDisplay(const QString &path);
    // The exact bytes when `display` does not give them back (a name that is not UTF-8); empty
    // otherwise, and when they are not known. Reports add an exact form only then.
    static QByteArray exactBytesIfLossy(const QString &display, const QByteArray &exact);
    // `exact` when known, else the bytes of the display path: for data that may predate the bytes.
    static QByteArray bytesOf(const QString &display, const QByteArray &exact);
    // folder/name, without doubling a trailing '/'.
    static QByteArray join(const QByteArray &folder, const QByteArray &name);
};

} // namespace lgpn
