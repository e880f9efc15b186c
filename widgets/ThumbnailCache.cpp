#include "ThumbnailCache.h"

#include "image/ImageLoader.h"

#include <QMetaObject>
#include <QPainter>
#include <QPointer>
#include <QRunnable>

#include <opencv2/imgproc.hpp>

namespace lgpn {

ThumbnailCache::ThumbnailCache(int side, QObject *parent)
    : QObject(parent)
    , m_side(side)
    , m_cache(2000)
{
    // Two readers are enough to keep up with scrolling and leave the cores to the model.
    m_pool.setMaxThreadCount(2);
}

ThumbnailCache::~ThumbnailCache()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QImage ThumbnailCache::load(const QByteArray &nativePath, int side)
{
    try {
        const LoadedImage image = ImageLoader().loadNative(nativePath);
        const double scale = double(side) / std::max(image.width, image.height);
        cv::Mat scaled;
        // Small images (generators' 32 px outputs) are enlarged without smoothing so their pixels stay visible.
        cv::resize(image.rgb, scaled, cv::Size(std::max(1, int(image.width * scale)), std::max(1, int(image.height * scale))), 0, 0,
                   scale > 1 ? cv::INTER_NEAREST : cv::INTER_AREA);
        return QImage(scaled.data, scaled.cols, scaled.rows, int(scaled.step), QImage::Format_RGB888).copy();
    } catch (...) {
        return {};
    }
}

QImage ThumbnailCache::squared(const QImage &image, int side)
{
    QImage square(side, side, QImage::Format_ARGB32_Premultiplied);
    square.fill(Qt::transparent);
    QPainter painter(&square);
    painter.drawImage(QPointF((side - image.width()) / 2.0, (side - image.height()) / 2.0), image);
    return square;
}

QImage ThumbnailCache::thumbnail(const QByteArray &nativePath)
{
    if (const QImage *image = m_cache.object(nativePath))
        return *image;
    if (m_loading.contains(nativePath) || m_failed.contains(nativePath))
        return {};
    m_loading.insert(nativePath);
    QPointer<ThumbnailCache> self(this);
    const int side = m_side;
    m_pool.start([self, nativePath, side] {
        const QImage loaded = load(nativePath, side);
        const QImage image = loaded.isNull() ? loaded : squared(loaded, side);
        QMetaObject::invokeMethod(
            self.data(),
            [self, nativePath, image] {
                if (self)
                    self->store(nativePath, image);
            },
            Qt::QueuedConnection);
    });
    return {};
}

void ThumbnailCache::store(const QByteArray &nativePath, const QImage &image)
{
    m_loading.remove(nativePath);
    if (image.isNull()) {
        m_failed.insert(nativePath);
        return;
    }
    m_cache.insert(nativePath, new QImage(image));
    emit thumbnailReady(nativePath);
}

} // namespace lgpn
