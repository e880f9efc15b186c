#include "StudioScreenshots.h"

#include "AnalysisSession.h"
#include "ImageListModel.h"
#include "MainWindow.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QTabWidget>
#include <QThread>
#include <QTimer>

#include <cstdio>

namespace lgpn {

void saveScreenshotsWhenIdle(MainWindow &window, const QString &folder)
{
    QDir().mkpath(folder);
    QObject::connect(window.session(), &AnalysisSession::idle, &window, [&window, folder] {
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
        QDialog *about = window.createAboutDialog();
        about->show();
        QApplication::processEvents();
        about->grab().save(QDir(folder).filePath(QStringLiteral("studio-about.png")));
        QTimer::singleShot(0, qApp, &QApplication::quit);
    });
}

} // namespace lgpn
