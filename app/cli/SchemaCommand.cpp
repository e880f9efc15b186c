// lgpn schema [--json] [--schema FILE]: prints the hyperparameter schema.

#include "CliCommand.h"
#include "CommandParser.h"

#include "common/InputError.h"
#include "schema/SchemaHierarchy.h"

namespace lgpn::cli {

namespace {

QString describeNode(const HyperparameterSchema &schema, int index)
{
    const SchemaNode &node = schema.node(index);
    const SchemaGroup &group = schema.group(node.group);
    switch (group.kind) {
    case GroupKind::Loss:
        return QStringLiteral("loss column %1").arg(node.lossColumn + 1);
    case GroupKind::Continuous: {
        const int bin = int(std::find(group.nodes.begin(), group.nodes.end(), index) - group.nodes.begin());
        return QStringLiteral("%1 %2").arg(schema.binRangeText(node.group, bin), group.unit);
    }
    case GroupKind::Discrete:
        return QStringLiteral("column %1 %2 %3").arg(group.architectureColumn + 1)
            .arg(node.code == u"nonzero" ? QStringLiteral("!=") : QStringLiteral("=="))
            .arg(node.code == u"nonzero" ? QStringLiteral("0") : node.code);
    }
    return {};
}

} // namespace

int runSchemaCommand(const QStringList &arguments)
{
    CommandParser parser(arguments.first(), QStringLiteral("Prints the hyperparameter schema: the graph nodes "
                                                           "LGPN predicts, their groups and bin edges."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print the schema as JSON."));
    parser.addOption(jsonOption);
    int exitCode = ExitSuccess;
    if (!parser.parseArguments(arguments, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return parser.fail(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    return parser.guarded([&] {
        const HyperparameterSchema schema = parser.schema();
        if (parser.isSet(jsonOption)) {
            printOut(QString::fromUtf8(schema.toJson()));
            return int(ExitSuccess);
        }
        const SchemaHierarchy hierarchy(schema);
        QString text = QStringLiteral("Schema %1: %2 nodes, %3 groups, %4 coarse groups\n")
                           .arg(schema.name()).arg(schema.nodeCount()).arg(hierarchy.sizeAt(1)).arg(hierarchy.sizeAt(2));
        for (size_t c = 0; c < schema.coarseGroups().size(); ++c) {
            text += QStringLiteral("\n%1\n").arg(schema.coarseGroups()[c].displayName);
            for (const SchemaGroup &group : schema.groups()) {
                if (group.coarseGroup != int(c))
                    continue;
                text += QStringLiteral("  %1\n").arg(group.displayName);
                for (int index : group.nodes)
                    text += QStringLiteral("    %1  %2  %3  (%4)\n").arg(index, 3).arg(schema.node(index).id, -24)
                                .arg(schema.node(index).displayName, -34).arg(describeNode(schema, index));
            }
        }
        printOut(text);
        return int(ExitSuccess);
    });
}

} // namespace lgpn::cli

namespace {
const lgpn::cli::CliCommandRegistration registration({QStringLiteral("schema"),
    QStringLiteral("Print the hyperparameter schema (graph nodes, groups, bins)."), lgpn::cli::runSchemaCommand});
}
