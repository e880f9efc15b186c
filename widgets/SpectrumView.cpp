#include "SpectrumView.h"

#include "analysis/ResidualSpectrum.h"
#include "common/InputError.h"
#include "image/ImageLoader.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QImage>
#include <QLabel>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <limits>

namespace lgpn {

namespace {

QImage grayImage(const cv::Mat &gray8)
{
    return QImage(gray8.data, gray8.cols, gray8.rows, int(gray8.step), QImage::Format_Grayscale8).copy();
}

} // namespace

SpectrumView::SpectrumView(QWidget *parent)
    : QWidget(parent)
    , m_residualTitle(new QLabel(this))
    , m_spectrumTitle(new QLabel(this))
    , m_residual(new QLabel(this))
    , m_spectrum(new QLabel(this))
    , m_caption(new QLabel(this))
    , m_average(new QCheckBox(this))
    , m_peakDb(std::numeric_limits<double>::quiet_NaN())
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

void SpectrumView::clear()
{
    m_path.clear();
    m_peers.clear();
    m_averaged = 0;
    m_error.clear();
    m_residualImage = QImage();
    m_spectrumImage = QImage();
    m_peakDb = std::numeric_limits<double>::quiet_NaN();
    showPixmaps();
    retranslate();
}

void SpectrumView::setAveraging(bool average)
{
    m_average->setChecked(average);
}

void SpectrumView::setImage(const QString &path, const QStringList &peers)
{
    clear();
    m_path = path;
    m_peers = peers;
    compute();
}

void SpectrumView::compute()
{
    m_error.clear();
    m_averaged = 0;
    try {
        const ImageLoader loader;
        const LoadedImage image = loader.load(m_path);
        std::vector<cv::Mat> images{image.rgb};
        if (m_average->isChecked()) {
            for (const QString &peer : m_peers) {
                if (int(images.size()) >= kMaxAveraged)
                    break;
                if (peer == m_path)
                    continue;
                try {
                    const LoadedImage other = loader.load(peer);
                    if (other.width == image.width && other.height == image.height)
                        images.push_back(other.rgb);
                } catch (const std::exception &) {
                    // A peer that cannot be read is left out; the list shows its error.
                }
            }
        }
        const ResidualSpectrum spectrum = images.size() > 1 ? ResidualSpectrum::average(images) : ResidualSpectrum::compute(image.rgb);
        m_averaged = spectrum.averaged;
        cv::Mat residual8;
        // The residual is small around 0: stretch ±0.1 to the gray range.
        spectrum.residual.convertTo(residual8, CV_8U, 255.0 / 0.2, 127.5);
        m_residualImage = grayImage(residual8);
        // A perceptual colour map makes faint peaks easier to see than gray levels.
        cv::Mat coloured;
        cv::applyColorMap(spectrum.display, coloured, cv::COLORMAP_INFERNO);
        cv::cvtColor(coloured, coloured, cv::COLOR_BGR2RGB);
        m_spectrumImage = QImage(coloured.data, coloured.cols, coloured.rows, int(coloured.step), QImage::Format_RGB888).copy();
        m_peakDb = spectrum.peakToMedianDb;
    } catch (const InputError &error) {
        m_error = error.reason();
    } catch (const std::exception &error) {
        m_error = QString::fromLocal8Bit(error.what());
    }
    showPixmaps();
    retranslate();
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
    show(m_residual, m_residualImage);
    show(m_spectrum, m_spectrumImage);
}

void SpectrumView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    showPixmaps();
}

void SpectrumView::retranslate()
{
    m_residualTitle->setText(tr("High-pass residual (image minus its blur)"));
    m_spectrumTitle->setText(m_averaged > 1 ? tr("Mean log-magnitude spectrum of %n image(s)' residuals (zero frequency at the centre)", nullptr, m_averaged)
                                            : tr("Log-magnitude spectrum of the residual (zero frequency at the centre)"));
    m_average->setText(tr("&Average the spectra of up to %1 images of the same folder and size (a generator's traces add up, "
                          "image content averages out)").arg(kMaxAveraged));
    if (m_path.isEmpty())
        m_caption->setText(tr("Select an image to see its spectrum."));
    else if (!m_error.isEmpty())
        m_caption->setText(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(m_path), m_error));
    else
        m_caption->setText(tr("%1 — strongest off-centre frequency %2 dB above the median. Generators' upsampling leaves bright, "
                              "regular peaks away from the centre; camera images fall off smoothly.")
                               .arg(QDir::toNativeSeparators(m_path))
                               .arg(m_peakDb, 0, 'f', 1));
}

void SpectrumView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lgpn
