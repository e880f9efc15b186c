#include "NativePathRecovery.h"

#include "common/NativeFile.h"
#include "common/NativePath.h"

#include <algorithm>

#include <dirent.h>

namespace lgpn {

namespace {

// U+FFFD as UTF-8: what a byte that was not UTF-8 became on its way through QString.
const QByteArray kReplacement("\xEF\xBF\xBD");

QByteArray childOf(const QByteArray &folder, const QByteArray &name)
{
    return folder.isEmpty() ? name : NativePath::join(folder, name);
}

bool exists(const QByteArray &path)
{
    return NativeFile::status(path).kind != NativeFile::Kind::Missing;
}

} // namespace

QByteArray NativePathRecovery::fromUrl(const QUrl &url)
{
    // A URL naming another host is a network share: Qt's own form ("//host/path") is all there is.
    if (!url.host().isEmpty() && url.host() != QLatin1String("localhost"))
        return NativePath::fromDisplay(url.toLocalFile());
    return QByteArray::fromPercentEncoding(url.path(QUrl::FullyEncoded).toLatin1());
}

QList<QByteArray> NativePathRecovery::fromDisplay(const QStringList &paths)
{
    QList<QByteArray> native;
    for (const QString &path : paths)
        native << NativePath::fromDisplay(path);
    return native;
}

NativePathRecovery::Result NativePathRecovery::recover(const QByteArray &path)
{
    if (!path.contains(kReplacement) || exists(path))
        return {Outcome::Exact, {path}};
    QList<QByteArray> candidates{path.startsWith('/') ? QByteArray("/") : QByteArray()};
    for (const QByteArray &component : path.split('/')) {
        if (component.isEmpty())
            continue;
        QList<QByteArray> next;
        for (const QByteArray &folder : candidates)
            next += matches(folder, component);
        candidates = next.mid(0, kMaxCandidates);
        if (candidates.isEmpty())
            return {Outcome::NotFound, {path}};
    }
    return {candidates.size() == 1 ? Outcome::Recovered : Outcome::Ambiguous, candidates};
}

QList<QByteArray> NativePathRecovery::matches(const QByteArray &folder, const QByteArray &component)
{
    const QByteArray exact = childOf(folder, component);
    if (!component.contains(kReplacement))
        return exists(exact) ? QList<QByteArray>{exact} : QList<QByteArray>{};
    // Every name that displays the same: the exact one too, should a name hold a real U+FFFD.
    const QString shown = NativePath::display(component);
    QList<QByteArray> found;
    DIR *dir = ::opendir(folder.isEmpty() ? "." : folder.constData());
    if (!dir)
        return found;
    while (const dirent *item = ::readdir(dir)) {
        const QByteArray name(item->d_name);
        if (NativePath::display(name) == shown)
            found << childOf(folder, name);
    }
    ::closedir(dir);
    std::sort(found.begin(), found.end()); // the order of the folder walk
    return found;
}

} // namespace lgpn
