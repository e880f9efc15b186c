#pragma once

#include "SpectrumTask.h"

#include <QFutureWatcher>
#include <QWidget>

class QCheckBox;
class QLabel;

namespace lgpn {

// The log-magnitude Fourier spectrum of the image's high-pass residual (ResidualSpectrum),
// beside the residual itself: periodic generation traces show as bright peaks off the centre.
// Decoding and FFTs (up to 64 images) run on a pool thread; the caption shows their progress and
// only the latest request's result is shown.
class SpectrumView : public QWidget
{
    Q_OBJECT

public:
    explicit SpectrumView(QWidget *parent = nullptr);
    ~SpectrumView() override;

    // Reads the file its exact bytes name (NativePath; only reads it); shows why when it cannot.
    // `peers`: other files of the same folder, averaged in (up to kMaxAveraged, those of the same
    // size) when the box is ticked.
    void setImage(const QByteArray &path, const QList<QByteArray> &peers = {});
    void setAveraging(bool average);
    int averagedCount() const { return m_shown.averaged; }
    static constexpr int kMaxAveraged = 64;
    void clear();
    // The spectrum's peak-to-median ratio in dB, NaN when nothing is shown.
    double peakToMedianDb() const { return m_shown.peakToMedianDb; }
    QLabel *spectrumLabel() const { return m_spectrum; }
    // True from a request until its result is shown.
    bool isComputing() const { return m_computing; }

signals:
    // The result of the latest request is shown.
    void spectrumShown();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void showPixmaps();
    void compute();
    void cancelRunning();
    void onProgress(quint64 generation, int decoded, int total);
    void onComputed(quint64 generation, const SpectrumImages &images);
    QString captionText() const;

    QLabel *m_residualTitle;
    QLabel *m_spectrumTitle;
    QLabel *m_residual;
    QLabel *m_spectrum;
    QLabel *m_caption;
    QCheckBox *m_average;
    QList<QByteArray> m_peers;
    QByteArray m_path;
    SpectrumImages m_shown;
    QFutureWatcher<SpectrumImages> *m_watcher = nullptr; // the latest request's
    // Counts requests: a result that arrives after a newer request is dropped.
    quint64 m_generation = 0;
    bool m_computing = false;
    int m_decoded = 0;
    int m_toDecode = 0;
};

} // namespace lgpn
