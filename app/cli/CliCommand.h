#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace lgpn::cli {

// Exit codes of `lgpn`, documented in the README.
enum ExitCode : int {
    ExitSuccess = 0,      // everything asked for was done
    ExitSomeFailed = 1,   // the run finished, but some inputs could not be processed
    ExitCannotRun = 2,    // bad arguments or unusable input: nothing (more) was done
};

// One subcommand of `lgpn`: each lives in its own file and only parses arguments and calls core.
struct CliCommand
{
    QString name;
    QString summary;
    int (*run)(const QStringList &arguments); // arguments[0] is "lgpn <name>"
};

// All subcommands, sorted by name. Each subcommand file registers itself with a
// static CliCommandRegistration, so adding a command touches no other file.
const std::vector<CliCommand> &cliCommands();

struct CliCommandRegistration
{
    explicit CliCommandRegistration(CliCommand command);
};

// Messages to the user: results go to stdout, diagnostics to stderr.
void printOut(const QString &text);
void printError(const QString &command, const QString &message);
// Writes a result file all at once (a temporary file renamed), so a stopped run never leaves a
// half-written one. Throws InputError naming the file.
void writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace lgpn::cli
