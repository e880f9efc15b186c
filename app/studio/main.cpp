// lgpn-studio: the desktop application of LGPN Studio.

#include "LanguageManager.h"
#include "StudioScreenshots.h"
#include "MainWindow.h"
#include "StudioSettings.h"

#include "common/InputError.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

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
                                                              "in DIR and quit (for documentation and visual checks)."),
                                               QStringLiteral("DIR"));
    parser.addOption(screenshotsOption);
    parser.addPositionalArgument(QStringLiteral("paths"), QStringLiteral("Images and folders to analyse at start."), QStringLiteral("[PATH...]"));
    parser.process(application);

    try {
        lgpn::StudioSettings settings;
        // The saved language, or the user's locale when none was chosen.
        lgpn::LanguageManager languages;
        languages.setLanguage(settings.language());
        lgpn::MainWindow window(settings, languages);
        window.show();
        if (parser.isSet(screenshotsOption))
            lgpn::saveScreenshotsWhenIdle(window, settings, parser.value(screenshotsOption));
        window.openPaths(parser.positionalArguments());
        return application.exec();
    } catch (const lgpn::InputError &error) {
        QMessageBox::critical(nullptr, QStringLiteral("LGPN Studio"), error.message());
        return 2;
    }
}
