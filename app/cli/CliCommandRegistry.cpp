#include "CliCommand.h"

#include <algorithm>

namespace lgpn::cli {

namespace {
// A function-local static, so registrations from other files' static initialisers find it built.
std::vector<CliCommand> &registry()
{
    static std::vector<CliCommand> commands;
    return commands;
}
} // namespace

CliCommandRegistration::CliCommandRegistration(CliCommand command)
{
    std::vector<CliCommand> &commands = registry();
    const auto position = std::lower_bound(commands.begin(), commands.end(), command,
                                           [](const CliCommand &a, const CliCommand &b) { return a.name < b.name; });
    commands.insert(position, std::move(command));
}

const std::vector<CliCommand> &cliCommands()
{
    return registry();
}

} // namespace lgpn::cli
