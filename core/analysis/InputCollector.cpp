#include "InputCollector.h"

#include "common/NativeFile.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <set>

#include <dirent.h>
#include <sys/stat.h>

namespace lgpn {

const QStringList InputCollector::kImageExtensions = {
    QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("bmp"),
    QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("webp"), QStringLiteral("gif"),
    QStringLiteral("ppm"), QStringLiteral("pgm")};

namespace {

using Kind = NativeFile::Kind;

bool hasImageExtension(const QByteArray &name)
{
    const qsizetype dot = name.lastIndexOf('.');
    return dot >= 0 && InputCollector::kImageExtensions.contains(QString::fromLatin1(name.mid(dot + 1)).toLower());
}

bool isSymbolicLink(const QByteArray &path)
{
    struct stat link {};
    return ::lstat(path.constData(), &link) == 0 && S_ISLNK(link.st_mode);
}

// The folder's own identity, so that a folder reached twice is walked once.
QByteArray canonical(const QByteArray &folder)
{
    char *resolved = ::realpath(folder.constData(), nullptr);
    const QByteArray result = resolved ? QByteArray(resolved) : folder;
    std::free(resolved);
    return result;
}

// The names in a folder, as bytes, sorted so that a report lists files in the same order every
// run; nothing when the folder cannot be read.
std::optional<std::vector<QByteArray>> listFolder(const QByteArray &folder)
{
    DIR *dir = ::opendir(folder.constData());
    if (!dir)
        return std::nullopt;
    std::vector<QByteArray> names;
    while (const dirent *item = ::readdir(dir)) {
        const QByteArray name(item->d_name);
        if (name != "." && name != "..")
            names.push_back(name);
    }
    ::closedir(dir);
    std::sort(names.begin(), names.end());
    return names;
}

// One collect() call: the folders already walked, and whether it was told to stop.
class FolderWalk
{
public:
    using Visit = std::function<void(const InputCollector::Entry &)>;

    FolderWalk(bool recursive, const Visit &visit, const std::atomic<bool> *stop)
        : m_recursive(recursive), m_visit(visit), m_stop(stop)
    {
    }

    void named(const QByteArray &path)
    {
        const Kind kind = NativeFile::status(path).kind;
        if (kind == Kind::Folder)
            folder(path);
        else
            m_visit({NativePath::display(path), path, kind == Kind::Missing || kind == Kind::BrokenLink ? NativeFile::refusal(kind) : QString()});
    }

    void folder(const QByteArray &path)
    {
        if (!m_visited.insert(canonical(path)).second)
            return; // already walked (named twice, or reached again through a link)
        const std::optional<std::vector<QByteArray>> names = listFolder(path);
        if (!names) {
            m_visit({NativePath::display(path), path, QStringLiteral("cannot read the folder")});
            return;
        }
        for (const QByteArray &name : *names) {
            if (stopped())
                return;
            entry(NativePath::join(path, name), name);
        }
    }

    // Reads the stop flag, and remembers that the walk was cut short.
    bool stopped()
    {
        m_stopped = m_stopped || (m_stop && m_stop->load());
        return m_stopped;
    }
    bool cutShort() const { return m_stopped; }

private:
    void entry(const QByteArray &path, const QByteArray &name)
    {
        const Kind kind = NativeFile::status(path).kind;
        if (kind == Kind::Folder) {
            if (m_recursive && !isSymbolicLink(path)) // links to folders are not followed: no loop
                folder(path);
            return;
        }
        if (kind == Kind::Missing || !hasImageExtension(name))
            return; // gone since it was listed, or not an image
        // FIFOs, devices and sockets are taken too: the loader says what they are.
        m_visit({NativePath::display(path), path, kind == Kind::BrokenLink ? NativeFile::refusal(kind) : QString()});
    }

    bool m_recursive;
    const Visit &m_visit;
    const std::atomic<bool> *m_stop;
    bool m_stopped = false;
    std::set<QByteArray> m_visited;
};

QList<QByteArray> nativePaths(const QStringList &paths)
{
    QList<QByteArray> native;
    for (const QString &path : paths)
        native << NativePath::fromDisplay(path);
    return native;
}

} // namespace

bool InputCollector::collect(const QStringList &paths, bool recursive, const std::function<void(const Entry &)> &visit,
                             const std::atomic<bool> *stop)
{
    return collectNative(nativePaths(paths), recursive, visit, stop);
}

std::vector<InputCollector::Entry> InputCollector::collect(const QStringList &paths, bool recursive, const std::atomic<bool> *stop)
{
    return collectNative(nativePaths(paths), recursive, stop);
}

bool InputCollector::collectNative(const QList<QByteArray> &paths, bool recursive, const std::function<void(const Entry &)> &visit,
                                   const std::atomic<bool> *stop)
{
    FolderWalk walk(recursive, visit, stop);
    for (const QByteArray &path : paths) {
        if (walk.stopped())
            break;
        walk.named(path);
    }
    return !walk.cutShort();
}

std::vector<InputCollector::Entry> InputCollector::collectNative(const QList<QByteArray> &paths, bool recursive,
                                                                 const std::atomic<bool> *stop)
{
    std::vector<Entry> entries;
    collectNative(paths, recursive, [&](const Entry &entry) { entries.push_back(entry); }, stop);
    return entries;
}

} // namespace lgpn
