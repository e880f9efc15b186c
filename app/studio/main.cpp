// lgpn-studio: the desktop application of LGPN Studio.

#include "MainWindow.h"

#include "common/InputError.h"

#include <QApplication>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("LGPN Studio"));
    QApplication::setOrganizationName(QStringLiteral("LGPN Studio"));
    QApplication::setApplicationVersion(QStringLiteral(LGPN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("lgpn-studio"));

    // The user's language if a translation is embedded; English otherwise.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("lgpn"), QStringLiteral("_"), QStringLiteral(":/lgpn/translations")))
        QApplication::installTranslator(&translator);

    try {
        lgpn::MainWindow window(lgpn::HyperparameterSchema::red140());
        window.show();
        return application.exec();
    } catch (const lgpn::InputError &error) {
        QMessageBox::critical(nullptr, QStringLiteral("LGPN Studio"), error.message());
        return 2;
    }
}
