#include "CaseInputCheck.h"

#include "common/NativeFile.h"
#include "common/NativePath.h"

#include <QCryptographicHash>

#include <fcntl.h>
#include <unistd.h>

namespace lgpn {

QByteArray CaseInputCheck::sha256Of(const QByteArray &nativePath)
{
    // By the exact bytes (QFile would lose a name that is not UTF-8), in chunks: a case may hold
    // files of hundreds of megabytes.
    const int fd = ::open(nativePath.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    ssize_t got = 0;
    while ((got = ::read(fd, chunk.data(), size_t(chunk.size()))) > 0)
        hash.addData(QByteArrayView(chunk.constData(), got));
    ::close(fd);
    return got < 0 ? QByteArray() : hash.result().toHex();
}

CaseInputCheck::Result CaseInputCheck::check(const ImageAnalysis &recorded)
{
    const QByteArray path = NativePath::bytesOf(recorded.path, recorded.pathBytes);
    // Status first: a FIFO put where an image was must not be opened and waited on.
    if (NativeFile::status(path).kind != NativeFile::Kind::Regular)
        return Result::Missing;
    if (recorded.sha256.isEmpty())
        return Result::Unchanged;
    return sha256Of(path) == recorded.sha256 ? Result::Unchanged : Result::Changed;
}

} // namespace lgpn
