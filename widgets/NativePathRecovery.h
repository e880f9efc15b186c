#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QUrl>

namespace lgpn {

// Finds the exact bytes of a path that reached the studio as text: a dropped URL, a file
// dialog's choice, a recent file, a command-line argument. Text loses the bytes of a name that
// are not UTF-8: Qt 6 (6.4, measured) decodes each to U+FFFD, and encodes that back as EF BF BD,
// which names no file. A drop's URL still holds the bytes percent-encoded ("caf%E9.png") when the
// sender encoded them; otherwise the folders on the way are listed by bytes and matched.
class NativePathRecovery
{
public:
    enum class Outcome {
        Exact,     // the path names a file as it is (or holds no U+FFFD, so there is nothing to recover)
        Recovered, // one file's name displays as the path does
        Ambiguous, // several do (caf\xE9.png and caf\xE8.png both display as caf\uFFFD.png): all are given
        NotFound   // none does: the path is given back unchanged, and the analysis says "file not found"
    };
    struct Result
    {
        Outcome outcome = Outcome::Exact;
        QList<QByteArray> paths;
    };

    // At most this many files for one ambiguous path.
    static constexpr int kMaxCandidates = 64;

    // The bytes a local file URL names, decoded from its percent-encoded path byte by byte
    // (QUrl::toLocalFile() would turn %E9 into U+FFFD).
    static QByteArray fromUrl(const QUrl &url);
    // The system's encoding of paths known only as text (the bytes still to be recovered).
    static QList<QByteArray> fromDisplay(const QStringList &paths);
    // The files that `path` may name, component by component from its root.
    static Result recover(const QByteArray &path);

private:
    // The entries of `folder` (empty: the current folder) whose name displays as `component` does.
    static QList<QByteArray> matches(const QByteArray &folder, const QByteArray &component);
};

} // namespace lgpn
