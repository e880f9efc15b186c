// lgpn graph --labels DIR [--threshold T] [--json | --dot]: the prior correlation graph (paper Sec. 3.1).

#include "CliCommand.h"
#include "CommandParser.h"

#include "common/InputError.h"
#include "graph/CorrelationGraph.h"
#include "graphviz/CorrelationGraphDot.h"
#include "labels/RedLabelTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lgpn::cli {

namespace {

QByteArray graphJson(const CorrelationGraph &graph, const HyperparameterSchema &schema, const QString &labels)
{
    QJsonArray adjacency;
    QJsonArray conditional;
    QJsonArray nodeIds;
    for (int i = 0; i < graph.nodeCount(); ++i) {
        QJsonArray adjacencyRow;
        QJsonArray conditionalRow;
        for (int j = 0; j < graph.nodeCount(); ++j) {
            adjacencyRow.append(graph.hasEdge(i, j) ? 1 : 0);
            conditionalRow.append(std::round(graph.conditional(i, j) * 1e6) / 1e6);
        }
        adjacency.append(adjacencyRow);
        conditional.append(conditionalRow);
        nodeIds.append(schema.node(i).id);
    }
    const QJsonObject root{{QStringLiteral("schema"), schema.name()},
                           {QStringLiteral("labels"), labels},
                           {QStringLiteral("gms"), graph.gmCount()},
                           {QStringLiteral("nodes"), graph.nodeCount()},
                           {QStringLiteral("edges"), graph.edgeCount()},
                           {QStringLiteral("threshold"), graph.threshold()},
                           {QStringLiteral("nodeIds"), nodeIds},
                           {QStringLiteral("adjacency"), adjacency},
                           {QStringLiteral("conditionalProbability"), conditional}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact) + '\n';
}

QString graphSummary(const CorrelationGraph &graph, const HyperparameterSchema &schema)
{
    QString text = QStringLiteral("Correlation graph of %1 GMs: %2 nodes, %3 directed edges with P(j | i) >= %4\n\n")
                       .arg(graph.gmCount()).arg(graph.nodeCount()).arg(graph.edgeCount()).arg(graph.threshold());
    for (int i = 0; i < graph.nodeCount(); ++i) {
        QStringList heads;
        for (int j = 0; j < graph.nodeCount(); ++j) {
            if (graph.hasEdge(i, j))
                heads.append(QStringLiteral("%1 (%2)").arg(schema.node(j).id).arg(graph.conditional(i, j), 0, 'f', 2));
        }
        text += QStringLiteral("%1 [%2 GMs] -> %3\n").arg(schema.node(i).id, -24).arg(graph.occurrences(i), 3)
                    .arg(heads.isEmpty() ? QStringLiteral("-") : heads.join(QStringLiteral(", ")));
    }
    return text;
}

} // namespace

int runGraphCommand(const QStringList &arguments)
{
    CommandParser parser(arguments.first(),
                         QStringLiteral("Builds LGPN's prior correlation graph from the label tables of a set of GMs: "
                                        "P(j | i) from label co-occurrence, thresholded into a directed adjacency."));
    const QCommandLineOption labelsOption(QStringLiteral("labels"),
                                          QStringLiteral("Folder with architecture_labels.txt and loss_labels.txt."),
                                          QStringLiteral("dir"));
    const QCommandLineOption thresholdOption(QStringLiteral("threshold"),
                                             QStringLiteral("Keep edges with P(j | i) >= <t> (default 0.4)."),
                                             QStringLiteral("t"), QStringLiteral("0.4"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print the graph as JSON."));
    const QCommandLineOption dotOption(QStringLiteral("dot"), QStringLiteral("Print the graph in Graphviz DOT."));
    parser.addOptions({labelsOption, thresholdOption, jsonOption, dotOption});
    int exitCode = ExitSuccess;
    if (!parser.parseArguments(arguments, exitCode))
        return exitCode;

    if (!parser.isSet(labelsOption))
        return parser.fail(QStringLiteral("--labels DIR is required (see --help)"));
    if (parser.isSet(jsonOption) && parser.isSet(dotOption))
        return parser.fail(QStringLiteral("choose one of --json and --dot"));
    if (!parser.positionalArguments().isEmpty())
        return parser.fail(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    bool thresholdOk = false;
    const double threshold = parser.value(thresholdOption).toDouble(&thresholdOk);
    if (!thresholdOk || threshold < 0.0 || threshold > 1.0)
        return parser.fail(QStringLiteral("--threshold must be a number in [0, 1], not \"%1\"").arg(parser.value(thresholdOption)));

    return parser.guarded([&] {
        const HyperparameterSchema schema = parser.schema();
        const QString labels = parser.value(labelsOption);
        const RedLabelTable table = RedLabelTable::read(labels, schema);
        const CorrelationGraph graph = CorrelationGraph::fromLabels(table.nodeVectors(), schema.nodeCount(), threshold);
        if (parser.isSet(jsonOption))
            printOut(QString::fromUtf8(graphJson(graph, schema, labels)));
        else if (parser.isSet(dotOption))
            printOut(QString::fromUtf8(correlationGraphToDot(graph, schema)));
        else
            printOut(graphSummary(graph, schema));
        return int(ExitSuccess);
    });
}

} // namespace lgpn::cli

namespace {
const lgpn::cli::CliCommandRegistration registration({QStringLiteral("graph"),
    QStringLiteral("Build the prior correlation graph from a RED-style label table."), lgpn::cli::runGraphCommand});
}
