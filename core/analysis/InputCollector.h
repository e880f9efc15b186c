#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace lgpn {

// Turns what a user names (files and folders) into the list of files to analyse, in a stable
// order. Folders are walked (recursively when asked) without following symbolic links to
// folders, so a link loop cannot trap the walk; files that cannot even be listed become errors
// for the report, never a stop.
class InputCollector
{
public:
    struct Entry
    {
        QString path;
        QString error; // empty when the path is to be analysed
    };

    // Image extensions looked for inside folders (files named explicitly are always taken).
    static const QStringList kImageExtensions;

    // Calls `visit` for every entry as it is found, so that a huge folder streams.
    static void collect(const QStringList &paths, bool recursive, const std::function<void(const Entry &)> &visit);
    static std::vector<Entry> collect(const QStringList &paths, bool recursive);
};

} // namespace lgpn
