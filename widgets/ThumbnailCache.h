#pragma once

#include <QByteArray>
#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>

namespace lgpn {

// Small previews of image files, made on a thread pool when first asked for and kept in a
// bounded cache, so that a list of 10,000 files decodes only what is on screen.
class ThumbnailCache : public QObject
{
    Q_OBJECT

public:
    explicit ThumbnailCache(int side = 96, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    // The thumbnail of the file these exact bytes name (NativePath: any name, UTF-8 or not) if
    // ready; otherwise starts making it and returns a null image (thumbnailReady follows). A file
    // that cannot be read gets no thumbnail.
    QImage thumbnail(const QByteArray &nativePath);
    // Synchronous, for reports and dialogs: the image scaled to fit `side`, or a null image.
    static QImage load(const QByteArray &nativePath, int side);
    // `image` centred on a transparent side x side square, so list rows line up.
    static QImage squared(const QImage &image, int side);
    int side() const { return m_side; }

signals:
    void thumbnailReady(const QByteArray &nativePath);

private:
    void store(const QByteArray &nativePath, const QImage &image);

    int m_side;
    // Keyed by the exact bytes: two names that differ only in bytes that are not UTF-8 look alike as text.
    QCache<QByteArray, QImage> m_cache;
    QSet<QByteArray> m_loading;
    QSet<QByteArray> m_failed;
    QThreadPool m_pool;
};

} // namespace lgpn
