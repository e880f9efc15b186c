#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;

namespace lgpn {

// The log-magnitude Fourier spectrum of the image's high-pass residual (ResidualSpectrum),
// beside the residual itself: periodic generation traces show as bright peaks off the centre.
class SpectrumView : public QWidget
{
    Q_OBJECT

public:
    explicit SpectrumView(QWidget *parent = nullptr);

    // Reads the file (only reads it); shows why when it cannot. `peers`: other files of the same
    // folder, averaged in (up to kMaxAveraged, those of the same size) when the box is ticked.
    void setImage(const QString &path, const QStringList &peers = {});
    void setAveraging(bool average);
    int averagedCount() const { return m_averaged; }
    static constexpr int kMaxAveraged = 64;
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
    void compute();

    QLabel *m_residualTitle;
    QLabel *m_spectrumTitle;
    QLabel *m_residual;
    QLabel *m_spectrum;
    QLabel *m_caption;
    QCheckBox *m_average;
    QStringList m_peers;
    int m_averaged = 0;
    QImage m_residualImage;
    QImage m_spectrumImage;
    QString m_path;
    QString m_error;
    double m_peakDb;
};

} // namespace lgpn
