#pragma once

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

    // The thumbnail if ready; otherwise starts making it and returns a null image
    // (thumbnailReady follows). A file that cannot be read gets no thumbnail.
    QImage thumbnail(const QString &path);
    // Synchronous, for reports and dialogs: the image scaled to fit `side`, or a null image.
    static QImage load(const QString &path, int side);
    // `image` centred on a transparent side x side square, so list rows line up.
    static QImage squared(const QImage &image, int side);
    int side() const { return m_side; }

signals:
    void thumbnailReady(const QString &path);

private:
    void store(const QString &path, const QImage &image);

    int m_side;
    QCache<QString, QImage> m_cache;
    QSet<QString> m_loading;
    QSet<QString> m_failed;
    QThreadPool m_pool;
};

} // namespace lgpn
