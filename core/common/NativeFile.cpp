#include "NativeFile.h"

#include "InputError.h"
#include "NativePath.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lgpn {

namespace {

NativeFile::Kind kindOf(mode_t mode)
{
    using Kind = NativeFile::Kind;
    if (S_ISREG(mode))
        return Kind::Regular;
    if (S_ISDIR(mode))
        return Kind::Folder;
    if (S_ISFIFO(mode))
        return Kind::Fifo;
    if (S_ISCHR(mode))
        return Kind::CharacterDevice;
    if (S_ISBLK(mode))
        return Kind::BlockDevice;
    if (S_ISSOCK(mode))
        return Kind::Socket;
    return Kind::Other;
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Closes the descriptor however the read ends.
struct Descriptor
{
    int fd = -1;
    ~Descriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

NativeFile::Status NativeFile::status(const QByteArray &path)
{
    struct stat target {};
    if (::stat(path.constData(), &target) == 0)
        return {kindOf(target.st_mode), S_ISREG(target.st_mode) ? qint64(target.st_size) : 0};
    struct stat link {};
    const bool isLink = ::lstat(path.constData(), &link) == 0 && S_ISLNK(link.st_mode);
    return {isLink ? Kind::BrokenLink : Kind::Missing, 0};
}

QString NativeFile::refusal(Kind kind)
{
    switch (kind) {
    case Kind::Regular:
        return {};
    case Kind::Missing:
        return QStringLiteral("file not found");
    case Kind::BrokenLink:
        return QStringLiteral("broken or looping symbolic link");
    case Kind::Folder:
        return QStringLiteral("is a folder");
    case Kind::Fifo:
        return QStringLiteral("not a regular file (FIFO)");
    case Kind::CharacterDevice:
        return QStringLiteral("not a regular file (character device)");
    case Kind::BlockDevice:
        return QStringLiteral("not a regular file (block device)");
    case Kind::Socket:
        return QStringLiteral("not a regular file (socket)");
    case Kind::Other:
        break;
    }
    return QStringLiteral("not a regular file");
}

QByteArray NativeFile::readAll(const QByteArray &path, qint64 maxBytes)
{
    const QString name = NativePath::display(path);
    const Status before = status(path);
    if (before.kind != Kind::Regular)
        throw InputError(name, refusal(before.kind));
    // O_NONBLOCK: should the file be swapped for a FIFO after the check, opening it does not wait
    // for a writer, and fstat below refuses it.
    Descriptor file{::open(path.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)};
    if (file.fd < 0)
        throw InputError(name, QStringLiteral("cannot open: %1").arg(systemError()));
    struct stat opened {};
    if (::fstat(file.fd, &opened) != 0 || !S_ISREG(opened.st_mode))
        throw InputError(name, refusal(kindOf(opened.st_mode)));
    if (opened.st_size > maxBytes)
        throw InputError(name, QStringLiteral("file too large (%1 MB, the limit is %2 MB)")
                                   .arg(qint64(opened.st_size) / 1000000).arg(maxBytes / 1000000));
    QByteArray bytes(qsizetype(opened.st_size), Qt::Uninitialized);
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t got = ::read(file.fd, bytes.data() + done, size_t(bytes.size() - done));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            throw InputError(name, QStringLiteral("could not read the whole file: %1").arg(got < 0 ? systemError() : QStringLiteral("it ended early")));
        done += got;
    }
    return bytes;
}

} // namespace lgpn
