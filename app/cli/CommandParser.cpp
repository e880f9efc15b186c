#include "CommandParser.h"

#include "CliCommand.h"

#include "common/InputError.h"

namespace lgpn::cli {

CommandParser::CommandParser(const QString &commandName, const QString &description, bool withSchemaOption)
    : m_commandName(commandName)
    , m_withSchemaOption(withSchemaOption)
    , m_schemaOption(QStringList{QStringLiteral("schema")},
                     QStringLiteral("Read the schema from <file> instead of the embedded RED140 schema."),
                     QStringLiteral("file"))
{
    setApplicationDescription(description);
    addHelpOption();
    if (withSchemaOption)
        addOption(m_schemaOption);
}

bool CommandParser::parseArguments(const QStringList &arguments, int &exitCode)
{
    if (!parse(arguments)) {
        printError(m_commandName, errorText() + QStringLiteral(" (see --help)"));
        exitCode = ExitCannotRun;
        return false;
    }
    if (isSet(QStringLiteral("help"))) {
        printOut(helpText().replace(QStringLiteral("Usage: lgpn"), QStringLiteral("Usage: ") + m_commandName));
        exitCode = ExitSuccess;
        return false;
    }
    return true;
}

HyperparameterSchema CommandParser::schema() const
{
    if (m_withSchemaOption && isSet(m_schemaOption))
        return HyperparameterSchema::fromFile(value(m_schemaOption));
    return HyperparameterSchema::red140();
}

} // namespace lgpn::cli

namespace lgpn::cli {

bool CommandParser::integer(const QCommandLineOption &option, int fallback, int minimum, int maximum, int &value) const
{
    if (!isSet(option)) {
        value = fallback;
        return true;
    }
    bool ok = false;
    value = this->value(option).toInt(&ok);
    return ok && value >= minimum && value <= maximum;
}

int CommandParser::fail(const QString &message) const
{
    printError(m_commandName, message);
    return ExitCannotRun;
}

int CommandParser::guarded(const std::function<int()> &body) const
{
    try {
        return body();
    } catch (const InputError &error) {
        return fail(error.message());
    } catch (const std::exception &error) {
        // LibTorch's errors carry a backtrace after the first line.
        return fail(QString::fromUtf8(error.what()).section(u'\n', 0, 0));
    }
}

} // namespace lgpn::cli
