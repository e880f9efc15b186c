#pragma once

#include "schema/HyperparameterSchema.h"

#include <QCommandLineParser>

#include <functional>

namespace lgpn::cli {

// A QCommandLineParser with what every subcommand shares: --help, a one-line description,
// and --schema to read a schema other than the embedded RED140 one.
class CommandParser : public QCommandLineParser
{
public:
    CommandParser(const QString &commandName, const QString &description, bool withSchemaOption = true);

    // Parses; on --help prints the help and returns false with exitCode 0,
    // on an error prints it and returns false with exitCode ExitCannotRun.
    bool parseArguments(const QStringList &arguments, int &exitCode);
    // The schema named by --schema, else the embedded one. Throws InputError.
    HyperparameterSchema schema() const;
    const QString &commandName() const { return m_commandName; }

    // The integer value of an option (fallback when not set) into `value`; false when it is not
    // an integer from minimum to maximum.
    bool integer(const QCommandLineOption &option, int fallback, int minimum, int maximum, int &value) const;

    // Prints "lgpn <command>: message" and returns ExitCannotRun.
    int fail(const QString &message) const;
    // Runs the command's body, turning any exception into a one-line message and ExitCannotRun:
    // a bad input never crashes the program.
    int guarded(const std::function<int()> &body) const;

private:
    QString m_commandName;
    bool m_withSchemaOption;
    QCommandLineOption m_schemaOption;
};

} // namespace lgpn::cli
