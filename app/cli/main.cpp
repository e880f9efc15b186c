// lgpn: the command-line side of LGPN Studio.

#include "CliCommand.h"
#include "NativeArguments.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

#include <cstdio>

namespace {

QString usage()
{
    QString text = QStringLiteral("Usage: lgpn <command> [options]\n"
                                  "       lgpn --help | --version\n\n"
                                  "Predicts the hyperparameters of the generative model behind an image (LGPN).\n\n"
                                  "Commands:\n");
    for (const lgpn::cli::CliCommand &command : lgpn::cli::cliCommands())
        text += QStringLiteral("  %1  %2\n").arg(command.name, -12).arg(command.summary);
    text += QStringLiteral("\nRun 'lgpn <command> --help' for a command's options.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    // PDF reports paint text, which needs a QGuiApplication; headless, on the offscreen platform.
    bool paints = false;
    for (int i = 1; i < argc; ++i)
        paints = paints || QByteArray(argv[i]) == "--pdf" || QByteArray(argv[i]).startsWith("--pdf=");
    if (paints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application =
        paints ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    lgpn::cli::NativeArguments::keep(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lgpn"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LGPN_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2 || arguments[1] == u"--help" || arguments[1] == u"-h" || arguments[1] == u"help") {
        lgpn::cli::printOut(usage());
        return arguments.size() < 2 ? lgpn::cli::ExitCannotRun : lgpn::cli::ExitSuccess;
    }
    if (arguments[1] == u"--version" || arguments[1] == u"-v") {
        lgpn::cli::printOut(QStringLiteral("lgpn %1\n").arg(QStringLiteral(LGPN_VERSION)));
        return lgpn::cli::ExitSuccess;
    }
    for (const lgpn::cli::CliCommand &command : lgpn::cli::cliCommands()) {
        if (command.name == arguments[1]) {
            QStringList commandArguments = arguments.mid(2);
            commandArguments.prepend(QStringLiteral("lgpn ") + command.name);
            return command.run(commandArguments);
        }
    }
    lgpn::cli::printError(QStringLiteral("lgpn"), QStringLiteral("unknown command \"%1\"\n\n%2").arg(arguments[1], usage()));
    return lgpn::cli::ExitCannotRun;
}
