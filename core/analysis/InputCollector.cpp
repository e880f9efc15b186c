#include "InputCollector.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <dirent.h>
#include <QFileInfo>

#include <set>

namespace lgpn {

const QStringList InputCollector::kImageExtensions = {
    QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("bmp"),
    QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("webp"), QStringLiteral("gif"),
    QStringLiteral("ppm"), QStringLiteral("pgm")};

namespace {

bool hasImageExtension(const QFileInfo &info)
{
    return InputCollector::kImageExtensions.contains(info.suffix().toLower());
}

void walkFolder(const QString &folder, bool recursive, std::set<QString> &visitedFolders,
                const std::function<void(const InputCollector::Entry &)> &visit)
{
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    if (!visitedFolders.insert(canonical).second)
        return; // already walked (named twice, or reached again through a link)
    QDir dir(folder);
    if (!dir.isReadable()) {
        visit({folder, QStringLiteral("cannot read the folder")});
        return;
    }
    // Sorted, so that a report lists files in the same order every run.
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden
                                                        | QDir::System,
                                                    QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (entry.isSymLink() && !entry.exists()) {
            if (hasImageExtension(entry))
                visit({entry.filePath(), QStringLiteral("broken or looping symbolic link")});
            continue;
        }
        if (entry.isDir()) {
            if (recursive && !entry.isSymLink())
                walkFolder(entry.filePath(), recursive, visitedFolders, visit);
            continue;
        }
        if (hasImageExtension(entry))
            visit({entry.filePath(), QString()});
    }
    // Names that are not valid in the file-name encoding (UTF-8) do not survive Qt's listing:
    // find them with readdir so that they are reported rather than silently left out.
    if (DIR *raw = ::opendir(QFile::encodeName(folder).constData())) {
        while (const dirent *item = ::readdir(raw)) {
            const QByteArray name(item->d_name);
            const QString decoded = QFile::decodeName(name);
            if (QFile::encodeName(decoded) != name && hasImageExtension(QFileInfo(decoded)))
                visit({QDir(folder).filePath(decoded),
                       QStringLiteral("the file name is not valid UTF-8 and cannot be opened by name; rename the file")});
        }
        ::closedir(raw);
    }
}

} // namespace

void InputCollector::collect(const QStringList &paths, bool recursive, const std::function<void(const Entry &)> &visit)
{
    std::set<QString> visitedFolders;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isSymLink() && !info.exists())
            visit({path, QStringLiteral("broken or looping symbolic link")});
        else if (!info.exists())
            visit({path, QStringLiteral("file not found")});
        else if (info.isDir())
            walkFolder(path, recursive, visitedFolders, visit);
        else
            visit({path, QString()});
    }
}

std::vector<InputCollector::Entry> InputCollector::collect(const QStringList &paths, bool recursive)
{
    std::vector<Entry> entries;
    collect(paths, recursive, [&](const Entry &entry) { entries.push_back(entry); });
    return entries;
}

} // namespace lgpn
