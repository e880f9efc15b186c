#include "BundleArchive.h"

#include "common/InputError.h"

#include <QDataStream>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace lgpn {

namespace {

const QByteArray kMagic = QByteArrayLiteral("LGPNBNDL");
// Far beyond any bundle we make (tens of MB); refusing earlier keeps a stray huge file from
// being read into memory.
constexpr qint64 kMaxBundleBytes = qint64(2) * 1024 * 1024 * 1024;
constexpr quint32 kMaxSections = 64;
constexpr quint32 kMaxNameBytes = 256;

} // namespace

const QByteArray &BundleArchive::section(const QString &name, const QString &source) const
{
    const auto it = m_sections.find(name);
    if (it == m_sections.end())
        throw InputError(source, QStringLiteral("damaged model bundle: the section \"%1\" is missing").arg(name));
    return it->second;
}

QByteArray BundleArchive::serialize() const
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream.setByteOrder(QDataStream::LittleEndian);
    stream.writeRawData(kMagic.constData(), int(kMagic.size()));
    stream << kContainerVersion << quint32(m_sections.size());
    for (const auto &[name, data] : m_sections) {
        const QByteArray utf8 = name.toUtf8();
        stream << quint32(utf8.size());
        stream.writeRawData(utf8.constData(), int(utf8.size()));
        stream << quint64(data.size());
        stream.writeRawData(data.constData(), int(data.size()));
    }
    return bytes;
}

BundleArchive BundleArchive::deserialize(const QByteArray &bytes, const QString &source)
{
    auto fail = [&](const QString &reason) { throw InputError(source, reason); };
    if (bytes.isEmpty())
        fail(QStringLiteral("empty file, not a model bundle"));
    if (!bytes.startsWith(kMagic))
        fail(QStringLiteral("not an LGPN model bundle (unknown file signature)"));

    QDataStream stream(bytes);
    stream.setByteOrder(QDataStream::LittleEndian);
    stream.skipRawData(int(kMagic.size()));
    quint32 version = 0;
    quint32 count = 0;
    stream >> version >> count;
    if (stream.status() != QDataStream::Ok)
        fail(QStringLiteral("truncated model bundle (the header is incomplete)"));
    if (version != kContainerVersion)
        fail(QStringLiteral("unsupported model bundle version %1 (this program reads version %2)")
                 .arg(version).arg(kContainerVersion));
    if (count > kMaxSections)
        fail(QStringLiteral("damaged model bundle (%1 sections)").arg(count));

    BundleArchive archive;
    qint64 offset = kMagic.size() + 8;
    for (quint32 i = 0; i < count; ++i) {
        quint32 nameLength = 0;
        stream >> nameLength;
        if (stream.status() != QDataStream::Ok || nameLength == 0 || nameLength > kMaxNameBytes
            || offset + 4 + nameLength > bytes.size())
            fail(QStringLiteral("truncated or damaged model bundle (section %1 of %2)").arg(i + 1).arg(count));
        const QString name = QString::fromUtf8(bytes.mid(offset + 4, nameLength));
        stream.skipRawData(int(nameLength));
        quint64 dataLength = 0;
        stream >> dataLength;
        offset += 4 + nameLength + 8;
        if (stream.status() != QDataStream::Ok || dataLength > quint64(bytes.size() - offset))
            fail(QStringLiteral("truncated model bundle (section \"%1\" is cut short)").arg(name));
        archive.m_sections[name] = bytes.mid(offset, qint64(dataLength));
        stream.skipRawData(int(dataLength));
        offset += qint64(dataLength);
    }
    if (offset != bytes.size())
        fail(QStringLiteral("damaged model bundle (%1 unexpected bytes at the end)").arg(bytes.size() - offset));
    return archive;
}

void BundleArchive::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw InputError(path, QStringLiteral("cannot write: %1").arg(file.errorString()));
    const QByteArray bytes = serialize();
    if (file.write(bytes) != bytes.size() || !file.commit())
        throw InputError(path, QStringLiteral("cannot write: %1").arg(file.errorString()));
}

BundleArchive BundleArchive::load(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw InputError(path, QStringLiteral("file not found"));
    if (info.isDir())
        throw InputError(path, QStringLiteral("is a folder, not a model bundle file"));
    if (info.size() > kMaxBundleBytes)
        throw InputError(path, QStringLiteral("too large for a model bundle (%1 bytes)").arg(info.size()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, QStringLiteral("cannot open: %1").arg(file.errorString()));
    return deserialize(file.readAll(), path);
}

} // namespace lgpn
