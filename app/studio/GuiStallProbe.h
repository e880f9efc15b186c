#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

namespace lgpn {

// How responsive the window stays: a 10 ms timer on the GUI thread notes the longest gap
// between its ticks, per named phase (analysis, views, export). Gaps the measuring tool makes
// itself (grabbing a screenshot) are left out with skipGap().
class GuiStallProbe : public QObject
{
    Q_OBJECT

public:
    explicit GuiStallProbe(QObject *parent = nullptr);

    void start(const QString &phase);
    // Ends the current phase (its longest gap, in ms, is returned and printed) and starts `next`.
    qint64 beginPhase(const QString &next);
    void skipGap() { m_sinceTick.restart(); }
    qint64 longest() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    QElapsedTimer m_sincePhase;
    QString m_phase;
    qint64 m_longest = 0;
};

} // namespace lgpn
