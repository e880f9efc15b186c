#include "StudioScreenshots.h"

#include "AnalysisSession.h"
#include "GraphInspector.h"
#include "GraphNodeItem.h"
#include "GraphView.h"
#include "ImageListModel.h"
#include "MainWindow.h"
#include "PairDialog.h"
#include "ReportExportTask.h"
#include "SettingsDialog.h"
#include "SpectrumView.h"

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace lgpn {

void StudioScreenshots::saveWhenIdle(MainWindow &window, StudioSettings &settings, const QString &folder)
{
    new StudioScreenshots(window, settings, folder); // owned by the window
}

StudioScreenshots::StudioScreenshots(MainWindow &window, StudioSettings &settings, const QString &folder)
    : QObject(&window)
    , m_window(window)
    , m_settings(settings)
    , m_folder(folder)
{
    QDir().mkpath(folder);
    m_probe.start(QStringLiteral("analysis"));
    connect(window.session(), &AnalysisSession::idle, this, &StudioScreenshots::onAnalysisDone, Qt::SingleShotConnection);
}

void StudioScreenshots::onAnalysisDone()
{
    std::fprintf(stderr, "%d files analysed in %.1f s\n", m_window.session()->total(), m_window.session()->analysisSeconds());
    m_probe.beginPhase(QStringLiteral("first image shown"));
    const std::vector<int> analysed = m_window.session()->images()->analysedRows();
    if (!analysed.empty())
        m_window.selectImage(analysed.front());
    addTabSteps();
    addSpectrumSteps();
    addDialogSteps();
    addExportSteps();
    runSteps();
}

void StudioScreenshots::addTabSteps()
{
    const QStringList names = {QStringLiteral("image"), QStringLiteral("graphs"), QStringLiteral("similarity"),
                               QStringLiteral("spectrum"), QStringLiteral("schema")};
    for (int tab = 0; tab < m_window.tabs()->count(); ++tab) {
        add([this, tab, name = names.value(tab)] {
            m_probe.beginPhase(QStringLiteral("%1 tab").arg(name));
            m_window.tabs()->setCurrentIndex(tab);
            return true;
        });
        // Layouts, deferred replots and the spectrum's pool thread settle before the grab.
        addPause(100);
        add([this, name = names.value(tab)] {
            if (m_window.spectrumView()->isComputing())
                return false;
            save(m_window, QStringLiteral("studio-%1.png").arg(name));
            return true;
        });
    }
    // A supernode of G1 hovered and clicked: its children and supernode highlighted, its members listed.
    add([this] {
        m_probe.beginPhase(QStringLiteral("supernode clicked"));
        m_window.tabs()->setCurrentIndex(MainWindow::GraphsTab);
        GraphInspector *graphs = m_window.graphInspector();
        if (GraphNodeItem *supernode = graphs->nodeItem(1, 0)) {
            graphs->view()->fitInView(supernode->sceneBoundingRect().adjusted(-500, -350, 500, 350), Qt::KeepAspectRatio);
            graphs->view()->zoomBy(1.0); // stop fitting the whole scene on resizes
            supernode->onHover(supernode, true);
            graphs->showMembers(1, 0);
            QApplication::processEvents();
            save(m_window, QStringLiteral("studio-graphs-members.png"));
            supernode->onHover(supernode, false);
        }
        return true;
    });
}

void StudioScreenshots::addSpectrumSteps()
{
    // The averaged spectrum of the first image's folder: once while its images are read, once done.
    add([this] {
        m_probe.beginPhase(QStringLiteral("averaged spectrum"));
        m_window.tabs()->setCurrentIndex(MainWindow::SpectrumTab);
        m_window.spectrumView()->setAveraging(true);
        save(m_window, QStringLiteral("studio-spectrum-computing.png"));
        return true;
    });
    add([this] {
        if (m_window.spectrumView()->isComputing())
            return false;
        save(m_window, QStringLiteral("studio-spectrum-averaged.png"));
        std::fprintf(stderr, "averaged spectrum of %d images\n", m_window.spectrumView()->averagedCount());
        m_window.spectrumView()->setAveraging(false);
        return true;
    });
}

void StudioScreenshots::addDialogSteps()
{
    // A pair from the similarity view, the settings and the About box.
    add([this] {
        m_probe.beginPhase(QStringLiteral("dialogs"));
        const std::vector<int> analysed = m_window.session()->images()->analysedRows();
        if (analysed.size() >= 2) {
            m_window.showPair(analysed[0], analysed[analysed.size() / 2]);
            QApplication::processEvents();
            if (auto *pair = m_window.findChild<PairDialog *>()) {
                save(*pair, QStringLiteral("studio-pair.png"));
                pair->close();
            }
        }
        SettingsDialog settingsDialog(m_settings, &m_window);
        settingsDialog.show();
        QApplication::processEvents();
        save(settingsDialog, QStringLiteral("studio-settings.png"));
        QDialog *about = m_window.createAboutDialog();
        about->show();
        QApplication::processEvents();
        save(*about, QStringLiteral("studio-about.png"));
        about->close();
        return true;
    });
}

void StudioScreenshots::addExportSteps()
{
    add([this] {
        m_window.tabs()->setCurrentIndex(MainWindow::ImageTab);
        m_probe.beginPhase(QStringLiteral("export"));
        if (!m_window.exportReportTo(m_folder.filePath(QStringLiteral("studio-export.pdf"))))
            std::fprintf(stderr, "no export: nothing analysed\n");
        return true;
    });
    addPause(300);
    add([this] {
        if (m_window.exportTask()->isRunning())
            save(m_window, QStringLiteral("studio-export-progress.png"));
        return true;
    });
    add([this] { return !m_window.exportTask()->isRunning(); });
    add([this] {
        m_probe.beginPhase(QStringLiteral("done"));
        QTimer::singleShot(0, qApp, &QApplication::quit);
        return true;
    });
}

void StudioScreenshots::addPause(int milliseconds)
{
    auto since = std::make_shared<QElapsedTimer>();
    add([since, milliseconds] {
        if (!since->isValid())
            since->start();
        return since->elapsed() >= milliseconds;
    });
}

void StudioScreenshots::runSteps()
{
    while (!m_steps.empty() && m_steps.front()())
        m_steps.pop_front();
    if (!m_steps.empty())
        QTimer::singleShot(20, this, &StudioScreenshots::runSteps); // back to the event loop until it is ready
}

void StudioScreenshots::save(QWidget &widget, const QString &name)
{
    const QString path = m_folder.filePath(name);
    widget.grab().save(path);
    std::fprintf(stderr, "saved %s\n", qPrintable(path));
    // The grab and the PNG encoding are the tool's own work, not a stall of the studio.
    m_probe.skipGap();
}

} // namespace lgpn
