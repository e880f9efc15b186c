#pragma once

#include <QByteArray>
#include <QString>

namespace lgpn {

// Reads a file named by its native bytes (NativePath), so that any name opens, and never blocks:
// the type is checked with stat before anything is opened, so a FIFO, a device or a socket is
// refused by name ("not a regular file (FIFO)") instead of being read or waited on.
class NativeFile
{
public:
    enum class Kind { Missing, BrokenLink, Regular, Folder, Fifo, CharacterDevice, BlockDevice, Socket, Other };

    struct Status
    {
        Kind kind = Kind::Missing;
        qint64 size = 0; // bytes, for a regular file
    };

    // What the path names, links followed (a link that leads nowhere is BrokenLink). Opens nothing.
    static Status status(const QByteArray &path);
    // Why a path of this kind cannot be read as a file, in the words of InputError's reasons
    // ("file not found", "not a regular file (FIFO)"); empty for a regular file.
    static QString refusal(Kind kind);
    // The whole content of a regular file of at most maxBytes (an empty file gives no bytes).
    // Throws InputError naming the display path and the reason.
    static QByteArray readAll(const QByteArray &path, qint64 maxBytes);
};

} // namespace lgpn
