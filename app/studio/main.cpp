// lgpn-studio: the desktop application of LGPN Studio.

#include "LanguageManager.h"
#include "StudioScreenshots.h"
#include "MainWindow.h"
#include "StudioSettings.h"

#include "common/InputError.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QPalette>
#include <QStyleFactory>

namespace {

// Fusion with a dark palette, for desktops whose theme Qt cannot read (and for checking that every
// view follows the palette).
void useDarkPalette()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(45, 45, 48));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(30, 30, 32));
    dark.setColor(QPalette::AlternateBase, QColor(50, 50, 54));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(55, 55, 58));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::Highlight, QColor(60, 120, 200));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::ToolTipBase, QColor(50, 50, 54));
    dark.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    dark.setColor(QPalette::Mid, QColor(90, 90, 95));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(130, 130, 130));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(130, 130, 130));
    QApplication::setPalette(dark);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("LGPN Studio"));
    QApplication::setOrganizationName(QStringLiteral("LGPN Studio"));
    QApplication::setApplicationVersion(QStringLiteral(LGPN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("lgpn-studio"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Predicts the hyperparameters of the generative model that made an image."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotsOption(QStringLiteral("screenshots"),
                                               QStringLiteral("Once the analysis of PATH... is done, save a picture of every view "
                                                              "in DIR, export the case to DIR/studio-export.pdf and quit, printing "
                                                              "the GUI thread's longest stall in each phase (for documentation and "
                                                              "visual checks)."),
                                               QStringLiteral("DIR"));
    parser.addOption(screenshotsOption);
    const QCommandLineOption darkOption(QStringLiteral("dark"), QStringLiteral("Use a dark palette, whatever the desktop's."));
    parser.addOption(darkOption);
    parser.addPositionalArgument(QStringLiteral("paths"), QStringLiteral("Images and folders to analyse at start, or a case file (a JSON report, *.json) to show again."),
                                 QStringLiteral("[PATH...|CASE.json]"));
    parser.process(application);

    if (parser.isSet(darkOption))
        useDarkPalette();

    try {
        lgpn::StudioSettings settings;
        // The saved language, or the user's locale when none was chosen.
        lgpn::LanguageManager languages;
        languages.setLanguage(settings.language());
        lgpn::MainWindow window(settings, languages);
        window.show();
        if (parser.isSet(screenshotsOption))
            lgpn::StudioScreenshots::saveWhenIdle(window, settings, parser.value(screenshotsOption));
        // A .json argument is a case file (a JSON report): shown again, not analysed.
        QStringList paths;
        for (const QString &path : parser.positionalArguments()) {
            if (path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
                window.openCase(path);
            else
                paths << path;
        }
        window.openPaths(paths);
        return application.exec();
    } catch (const lgpn::InputError &error) {
        QMessageBox::critical(nullptr, QStringLiteral("LGPN Studio"), error.message());
        return 2;
    }
}
