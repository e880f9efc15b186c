#pragma once

#include "common/NativePath.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace lgpn {

// Turns what a user names (files and folders) into the list of files to analyse, in a stable
// order. Folders are listed by the system's bytes, so every name is found and can be opened,
// UTF-8 or not; they are walked (recursively when asked) without following symbolic links to
// folders, so a link loop cannot trap the walk; files that cannot even be listed become errors
// for the report, never a stop.
class InputCollector
{
public:
    struct Entry
    {
        QString path;          // for people and reports: U+FFFD where the name is not UTF-8
        QByteArray nativePath; // the exact bytes that open the file; empty: the encoding of `path`
        QString error;         // empty when the path is to be analysed

        QByteArray bytes() const { return NativePath::bytesOf(path, nativePath); }
    };

    // Image extensions looked for inside folders (files named explicitly are always taken).
    static const QStringList kImageExtensions;

    // Calls `visit` for every entry as it is found, so that a huge folder streams. `stop`
    // (optional) is read before every entry: once it is true the walk ends, and collect returns
    // false (true when every entry was visited).
    static bool collect(const QStringList &paths, bool recursive, const std::function<void(const Entry &)> &visit,
                        const std::atomic<bool> *stop = nullptr);
    static std::vector<Entry> collect(const QStringList &paths, bool recursive, const std::atomic<bool> *stop = nullptr);
    // The same for paths given as the system's bytes (a command line's own, see NativePath).
    static bool collectNative(const QList<QByteArray> &paths, bool recursive, const std::function<void(const Entry &)> &visit,
                              const std::atomic<bool> *stop = nullptr);
    static std::vector<Entry> collectNative(const QList<QByteArray> &paths, bool recursive, const std::atomic<bool> *stop = nullptr);
};

} // namespace lgpn
