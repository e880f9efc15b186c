#include "StudioScreenshots.h"

#include "AnalysisSession.h"
#include "ImageListModel.h"
#include "GraphInspector.h"
#include "GraphNodeItem.h"
#include "GraphView.h"
#include "MainWindow.h"
#include "PairDialog.h"
#include "SettingsDialog.h"
#include "SpectrumView.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace lgpn {

void saveScreenshotsWhenIdle(MainWindow &window, StudioSettings &settings, const QString &folder)
{
    QDir().mkpath(folder);
    // How responsive the window stays: a 10 ms timer that notes the longest gap between its ticks.
    struct StallProbe
    {
        QTimer timer;
        QElapsedTimer sinceTick;
        qint64 longest = 0;
    };
    auto probe = std::make_shared<StallProbe>();
    probe->timer.setInterval(10);
    QObject::connect(&probe->timer, &QTimer::timeout, &window, [stall = probe.get()] {
        stall->longest = std::max(stall->longest, stall->sinceTick.restart());
    });
    probe->sinceTick.start();
    probe->timer.start();
    QObject::connect(window.session(), &AnalysisSession::idle, &window, [&window, &settings, folder, probe] {
        probe->timer.stop();
        std::fprintf(stderr, "%d files in %.1f s; longest gap between the GUI thread's 10 ms timer ticks: %lld ms\n",
                     window.session()->total(), window.session()->analysisSeconds(), static_cast<long long>(probe->longest));
        const std::vector<int> analysed = window.session()->images()->analysedRows();
        if (!analysed.empty())
            window.selectImage(analysed.front());
        const QStringList names = {QStringLiteral("image"), QStringLiteral("graphs"), QStringLiteral("similarity"),
                                   QStringLiteral("spectrum"), QStringLiteral("schema")};
        for (int tab = 0; tab < window.tabs()->count(); ++tab) {
            window.tabs()->setCurrentIndex(tab);
            // Let layouts and deferred replots settle before grabbing.
            for (int i = 0; i < 5; ++i) {
                QApplication::processEvents();
                QThread::msleep(20);
            }
            const QString path = QDir(folder).filePath(QStringLiteral("studio-%1.png").arg(names.value(tab)));
            window.grab().save(path);
            std::fprintf(stderr, "saved %s\n", qPrintable(path));
        }
        // A supernode of G1 hovered and clicked: its children and supernode highlighted, its members listed.
        window.tabs()->setCurrentIndex(MainWindow::GraphsTab);
        GraphInspector *graphs = window.graphInspector();
        if (GraphNodeItem *supernode = graphs->nodeItem(1, 0)) {
            graphs->view()->fitInView(supernode->sceneBoundingRect().adjusted(-500, -350, 500, 350), Qt::KeepAspectRatio);
            graphs->view()->zoomBy(1.0); // stop fitting the whole scene on resizes
            supernode->onHover(supernode, true);
            graphs->showMembers(1, 0);
            QApplication::processEvents();
            window.grab().save(QDir(folder).filePath(QStringLiteral("studio-graphs-members.png")));
            supernode->onHover(supernode, false);
        }
        // The averaged spectrum of the first image's folder.
        window.tabs()->setCurrentIndex(MainWindow::SpectrumTab);
        window.spectrumView()->setAveraging(true);
        QApplication::processEvents();
        window.grab().save(QDir(folder).filePath(QStringLiteral("studio-spectrum-averaged.png")));
        window.spectrumView()->setAveraging(false);
        // A pair from the similarity view, and the settings.
        if (analysed.size() >= 2) {
            window.showPair(analysed[0], analysed[analysed.size() / 2]);
            QApplication::processEvents();
            if (auto *pair = window.findChild<PairDialog *>()) {
                pair->grab().save(QDir(folder).filePath(QStringLiteral("studio-pair.png")));
                pair->close();
            }
        }
        SettingsDialog settingsDialog(settings, &window);
        settingsDialog.show();
        QApplication::processEvents();
        settingsDialog.grab().save(QDir(folder).filePath(QStringLiteral("studio-settings.png")));
        QDialog *about = window.createAboutDialog();
        about->show();
        QApplication::processEvents();
        about->grab().save(QDir(folder).filePath(QStringLiteral("studio-about.png")));
        QTimer::singleShot(0, qApp, &QApplication::quit);
    });
}

} // namespace lgpn
