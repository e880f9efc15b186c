#pragma once

#include "GuiStallProbe.h"

#include <QDir>
#include <QObject>

#include <deque>
#include <functional>

class QWidget;

namespace lgpn {

class MainWindow;
class StudioSettings;

// `lgpn-studio --screenshots DIR PATH...`: when the analysis is done, selects the first analysed
// image, saves a picture of every tab (and the dialogs) in DIR, exports the case to
// DIR/studio-export.pdf, and quits. Every step runs from the event loop, so the stall probe
// measures the window as a user would meet it: through the analysis, the tab switches and the
// export, each phase reported on its own.
class StudioScreenshots : public QObject
{
    Q_OBJECT

public:
    static void saveWhenIdle(MainWindow &window, StudioSettings &settings, const QString &folder);

private:
    // A step returns false while what it waits for is not ready; it is then asked again.
    using Step = std::function<bool()>;

    StudioScreenshots(MainWindow &window, StudioSettings &settings, const QString &folder);
    void onAnalysisDone();
    void addTabSteps();
    void addGraphSteps();
    void addEvidenceSteps();
    void addSpectrumSteps();
    void addDialogSteps();
    void addExportSteps();
    void add(Step step) { m_steps.push_back(std::move(step)); }
    void addPause(int milliseconds);
    void runSteps();
    void save(QWidget &widget, const QString &name);

    MainWindow &m_window;
    StudioSettings &m_settings;
    QDir m_folder;
    GuiStallProbe m_probe;
    std::deque<Step> m_steps;
};

} // namespace lgpn
