#pragma once

#include <QWidget>

class QLabel;

namespace lgpn {

// The log-magnitude Fourier spectrum of the image's high-pass residual (ResidualSpectrum),
// beside the residual itself: periodic generation traces show as bright peaks off the centre.
class SpectrumView : public QWidget
{
    Q_OBJECT

public:
    explicit SpectrumView(QWidget *parent = nullptr);

    // Reads the file (only reads it); shows why when it cannot.
    void setImage(const QString &path);
    void clear();
    // The spectrum's peak-to-median ratio in dB, NaN when nothing is shown.
    double peakToMedianDb() const { return m_peakDb; }
    QLabel *spectrumLabel() const { return m_spectrum; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void showPixmaps();

    QLabel *m_residualTitle;
    QLabel *m_spectrumTitle;
    QLabel *m_residual;
    QLabel *m_spectrum;
    QLabel *m_caption;
    QImage m_residualImage;
    QImage m_spectrumImage;
    QString m_path;
    QString m_error;
    double m_peakDb;
};

} // namespace lgpn
