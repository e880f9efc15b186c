#include "StudioScreenshots.h"

#include "AnalysisSession.h"
#include "EvidenceBar.h"
#include "GraphInspector.h"
#include "GraphNodeItem.h"
#include "GraphView.h"
#include "ImageListModel.h"
#include "ImagePanel.h"
#include "MainWindow.h"
#include "PairDialog.h"
#include "ReportExportTask.h"
#include "SettingsDialog.h"
#include "SpectrumView.h"
#include "StudioSettings.h"

#include <QApplication>
#include <QComboBox>
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
    addEvidenceSteps();
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
    addGraphSteps();
}

void StudioScreenshots::addGraphSteps()
{
    // The graph inspector: a hyperparameter found and clicked, each level, a supernode expanded,
    // the default and a large window, German and Chinese, and its exports.
    add([this] {
        m_probe.beginPhase(QStringLiteral("graph inspector"));
        m_window.tabs()->setCurrentIndex(MainWindow::GraphsTab);
        GraphInspector *graphs = m_window.graphInspector();
        graphs->findHyperparameter(QStringLiteral("Wasserstein"));
        if (GraphNodeItem *found = graphs->nodeItem(0, graphs->markedNode()))
            found->onHover(found, true);
        QApplication::processEvents();
        save(m_window, QStringLiteral("studio-graphs-search.png"));
        for (int level = 1; level < graphs->levelSelector()->count(); ++level) {
            graphs->showLevel(level);
            QApplication::processEvents();
            save(m_window, QStringLiteral("studio-graphs-g%1.png").arg(level));
        }
        graphs->expand(1, 0);
        QApplication::processEvents();
        save(m_window, QStringLiteral("studio-graphs-expanded.png"));
        graphs->exportTo(m_folder.filePath(QStringLiteral("studio-graph.svg")));
        graphs->exportTo(m_folder.filePath(QStringLiteral("studio-graph.png")));
        graphs->showLevel(0);
        m_window.resize(1920, 1080);
        return true;
    });
    addPause(200);
    add([this] {
        save(m_window, QStringLiteral("studio-graphs-1920x1080.png"));
        m_window.resize(1280, 820);
        return true;
    });
    const QString language = m_settings.language();
    for (const QString &other : {QStringLiteral("de"), QStringLiteral("zh_CN")}) {
        add([this, other] {
            m_settings.setLanguage(other);
            m_window.applySettings();
            return true;
        });
        addPause(200);
        add([this, other] {
            m_window.graphInspector()->showDetails(0, m_window.graphInspector()->markedNode());
            save(m_window, QStringLiteral("studio-graphs-%1.png").arg(other));
            return true;
        });
    }
    add([this, language] {
        m_settings.setLanguage(language); // the screenshots leave the user's choice as it was
        m_window.applySettings();
        return true;
    });
}

void StudioScreenshots::addEvidenceSteps()
{
    // The first image's strongest node's evidence map over it, computed on a pool thread.
    auto shown = std::make_shared<bool>(false);
    add([this, shown] {
        m_probe.beginPhase(QStringLiteral("evidence map"));
        m_window.tabs()->setCurrentIndex(MainWindow::ImageTab);
        ImagePanel *panel = m_window.imagePanel();
        connect(panel, &ImagePanel::evidenceShown, this, [shown] { *shown = true; }, Qt::SingleShotConnection);
        panel->evidenceBar()->nodeChooser()->setCurrentIndex(1);
        return true;
    });
    add([this, shown] {
        if (!*shown)
            return false;
        save(m_window, QStringLiteral("studio-image-evidence.png"));
        m_window.imagePanel()->evidenceBar()->nodeChooser()->setCurrentIndex(0);
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
