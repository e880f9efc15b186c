#include "SpectrumView.h"

#include "common/NativePath.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QImage>
#include <QLabel>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace lgpn {

SpectrumView::SpectrumView(QWidget *parent)
    : QWidget(parent)
    , m_residualTitle(new QLabel(this))
    , m_spectrumTitle(new QLabel(this))
    , m_residual(new QLabel(this))
    , m_spectrum(new QLabel(this))
    , m_caption(new QLabel(this))
    , m_average(new QCheckBox(this))
{
    for (QLabel *label : {m_residual, m_spectrum}) {
        label->setAlignment(Qt::AlignCenter);
        label->setMinimumSize(128, 128);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
        label->setFrameShape(QFrame::StyledPanel);
    }
    m_spectrum->setObjectName(QStringLiteral("spectrum"));
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_residualTitle, 0, 0);
    layout->addWidget(m_spectrumTitle, 0, 1);
    layout->addWidget(m_residual, 1, 0);
    layout->addWidget(m_spectrum, 1, 1);
    layout->addWidget(m_average, 2, 0, 1, 2);
    layout->addWidget(m_caption, 3, 0, 1, 2);
    m_average->setObjectName(QStringLiteral("averageSpectra"));
    connect(m_average, &QCheckBox::toggled, this, [this] {
        if (!m_path.isEmpty())
            compute();
    });
    layout->setRowStretch(1, 1);
    retranslate();
}

SpectrumView::~SpectrumView()
{
    // The pool thread stops at its next image; its result has nowhere to go.
    cancelRunning();
}

void SpectrumView::clear()
{
    cancelRunning();
    m_path.clear();
    m_peers.clear();
    m_shown = SpectrumImages();
    showPixmaps();
    retranslate();
}

void SpectrumView::setAveraging(bool average)
{
    m_average->setChecked(average);
}

void SpectrumView::setImage(const QByteArray &path, const QList<QByteArray> &peers)
{
    clear();
    m_path = path;
    m_peers = peers;
    compute();
}

void SpectrumView::cancelRunning()
{
    ++m_generation;
    m_computing = false;
    if (m_watcher) {
        m_watcher->cancel();
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
}

void SpectrumView::compute()
{
    cancelRunning();
    const quint64 generation = m_generation;
    const SpectrumTask::Request request{m_path, m_peers, m_average->isChecked(), kMaxAveraged};
    m_computing = true;
    m_decoded = 0;
    m_toDecode = request.average ? int(std::min<qsizetype>(m_peers.size() + 1, kMaxAveraged)) : 1;
    m_watcher = new QFutureWatcher<SpectrumImages>(this);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this, generation, watcher = m_watcher](int decoded) { onProgress(generation, decoded, watcher->progressMaximum()); });
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this, generation, watcher = m_watcher] {
        if (!watcher->isCanceled() && watcher->future().resultCount() > 0)
            onComputed(generation, watcher->result());
    });
    m_watcher->setFuture(QtConcurrent::run([request](QPromise<SpectrumImages> &promise) {
        const auto progress = [&promise](int decoded, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(decoded);
        };
        promise.addResult(SpectrumTask::compute(request, progress, [&promise] { return promise.isCanceled(); }));
    }));
    retranslate();
}

void SpectrumView::onProgress(quint64 generation, int decoded, int total)
{
    if (generation != m_generation)
        return;
    m_decoded = decoded;
    m_toDecode = total;
    retranslate();
}

void SpectrumView::onComputed(quint64 generation, const SpectrumImages &images)
{
    if (generation != m_generation)
        return; // a newer request is on its way
    m_computing = false;
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_shown = images;
    showPixmaps();
    retranslate();
    emit spectrumShown();
}

void SpectrumView::showPixmaps()
{
    const auto show = [](QLabel *label, const QImage &image) {
        if (image.isNull()) {
            label->setPixmap(QPixmap());
            return;
        }
        // Small images are enlarged without smoothing so single-pixel traces stay visible.
        const QSize target = label->size() - QSize(4, 4);
        const bool enlarge = image.width() < target.width() && image.height() < target.height();
        label->setPixmap(QPixmap::fromImage(image.scaled(target, Qt::KeepAspectRatio, enlarge ? Qt::FastTransformation : Qt::SmoothTransformation)));
    };
    show(m_residual, m_shown.residual);
    show(m_spectrum, m_shown.spectrum);
}

void SpectrumView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    showPixmaps();
}

void SpectrumView::retranslate()
{
    m_residualTitle->setText(tr("High-pass residual (image minus its blur)"));
    m_spectrumTitle->setText(m_shown.averaged > 1 ? tr("Mean log-magnitude spectrum of %n image(s)' residuals (zero frequency at the centre)", nullptr, m_shown.averaged)
                                            : tr("Log-magnitude spectrum of the residual (zero frequency at the centre)"));
    m_average->setText(tr("&Average the spectra of up to %1 images of the same folder and size (a generator's traces add up, "
                          "image content averages out)").arg(kMaxAveraged));
    m_caption->setText(captionText());
}

QString SpectrumView::captionText() const
{
    if (m_path.isEmpty())
        return tr("Select an image to see its spectrum.");
    const QString path = QDir::toNativeSeparators(NativePath::display(m_path));
    if (m_computing)
        return m_toDecode > 1 ? tr("%1 — reading %2 of up to %3 images of its folder for the averaged spectrum…").arg(path).arg(m_decoded).arg(m_toDecode)
                              : tr("%1 — computing its spectrum…").arg(path);
    if (!m_shown.error.isEmpty())
        return tr("%1 cannot be read: %2").arg(path, m_shown.error);
    return tr("%1 — strongest off-centre frequency %2 dB above the median. Generators' upsampling leaves bright, "
              "regular peaks away from the centre; camera images fall off smoothly.")
        .arg(path)
        .arg(m_shown.peakToMedianDb, 0, 'f', 1);
}

void SpectrumView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lgpn
