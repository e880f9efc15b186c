// lgpn model-info --config NAME [--head H] [--json]: parameters, GFLOPs and output shapes.

#include "CliCommand.h"
#include "CommandParser.h"
#include "ModelFactory.h"

#include "FlopCounter.h"
#include "ModelRuntime.h"
#include "common/InputError.h"
#include "schema/SchemaHierarchy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lgpn::cli {

namespace {

QJsonArray shapeOf(const torch::Tensor &tensor)
{
    QJsonArray shape;
    for (int64_t size : tensor.sizes())
        shape.append(qint64(size));
    return shape;
}

QString shapeText(const QJsonArray &shape)
{
    QStringList parts;
    for (const QJsonValue value : shape)
        parts.append(QString::number(value.toInteger()));
    return u'[' + parts.join(QStringLiteral(", ")) + u']';
}

} // namespace

int runModelInfoCommand(const QStringList &arguments)
{
    CommandParser parser(arguments.first(),
                         QStringLiteral("Describes an LGPN configuration: parameter count, GFLOPs per image and the shape of "
                                        "every output (batch of 1).\n\n"
                                        "Configurations:\n"
                                        "  compact     32x32 crops; narrow ResNet-18-like branch (one basic block a stage) behind a\n"
                                        "              stride-2 entry, 16-wide convolved high-res branch. The embedded default.\n"
                                        "  paper-lite  256x256; ResNet-50 bottleneck stages 3-4-6-3 behind ResNet's stride-4 entry,\n"
                                        "              32-wide convolved high-res branch. Called \"paper\" before options_version 2.\n"
                                        "  paper       256x256; the authors' network: ResNet-50 stages 3-4-6-3 straight behind three\n"
                                        "              batch-normalised stride-1 stems (7, 5, 3; no max-pool), every stage projected\n"
                                        "              (1x1) into a top-down sum at full resolution, per-node MLP heads.\n\n"
                                        "GFLOPs are 2 x the multiply-accumulates of the convolutions and linear layers (batch norm,\n"
                                        "activations, additions and resampling not counted), the convention of the authors' figures."));
    const QCommandLineOption configOption(QStringLiteral("config"), QStringLiteral("compact (default), paper-lite or paper."),
                                          QStringLiteral("name"), QStringLiteral("compact"));
    const QCommandLineOption headOption(QStringLiteral("head"), QStringLiteral("lgpn (default), mlp or gcn."),
                                        QStringLiteral("head"), QStringLiteral("lgpn"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({configOption, headOption, jsonOption});
    int exitCode = ExitSuccess;
    if (!parser.parseArguments(arguments, exitCode))
        return exitCode;

    return parser.guarded([&] {
        const HyperparameterSchema schema = parser.schema();
        LgpnModel model = untrainedModel(parser.value(configOption), parser.value(headOption), schema);
        model->eval();
        torch::NoGradGuard noGrad;
        configureThreads();
        const int64_t size = model->options().input_size();
        const torch::Tensor input = torch::zeros({1, model->options().in_channels(), size, size});
        FlopCounter counter;
        const LgpnOutput output = model->forward(input);

        QJsonObject outputs{{QStringLiteral("imageFeature"), shapeOf(output.imageFeature)},
                            {QStringLiteral("nodeFeatures"), shapeOf(output.nodeFeatures)},
                            {QStringLiteral("nodeProbabilities"), shapeOf(output.nodeProbabilities)},
                            {QStringLiteral("generatedProbability"), shapeOf(output.generatedProbability)},
                            {QStringLiteral("continuousValues"), shapeOf(output.continuousValues)}};
        for (size_t level = 0; level < output.matchingMatrices.size(); ++level) {
            outputs.insert(QStringLiteral("matchingMatrix%1").arg(level), shapeOf(output.matchingMatrices[level]));
            outputs.insert(QStringLiteral("learnedCorrelation%1").arg(level), shapeOf(output.learnedCorrelations[level]));
        }
        QJsonObject options;
        for (const auto &[key, value] : model->options().toKeyValues())
            options.insert(QString::fromStdString(key), QString::fromStdString(value));
        const QJsonObject info{{QStringLiteral("config"), parser.value(configOption)},
                               {QStringLiteral("head"), parser.value(headOption)},
                               {QStringLiteral("schema"), schema.name()},
                               {QStringLiteral("nodes"), schema.nodeCount()},
                               {QStringLiteral("parameters"), qint64(parameterCount(*model))},
                               {QStringLiteral("gflopsPerImage"), counter.gigaFlops()},
                               {QStringLiteral("input"), shapeOf(input)},
                               {QStringLiteral("outputs"), outputs},
                               {QStringLiteral("options"), options}};
        if (parser.isSet(jsonOption)) {
            printOut(QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Indented)));
            return int(ExitSuccess);
        }
        const SchemaHierarchy hierarchy(schema);
        QString text = QStringLiteral("LGPN \"%1\" with the %2 head, schema %3 (%4 nodes -> %5 -> %6)\n")
                           .arg(parser.value(configOption), parser.value(headOption), schema.name())
                           .arg(schema.nodeCount()).arg(hierarchy.sizeAt(1)).arg(hierarchy.sizeAt(2));
        text += QStringLiteral("  parameters       %L1\n").arg(qint64(parameterCount(*model)));
        text += QStringLiteral("  GFLOPs per image %1\n").arg(counter.gigaFlops(), 0, 'f', 4);
        text += QStringLiteral("  input            %1\n  outputs:\n").arg(shapeText(shapeOf(input)));
        for (auto it = outputs.begin(); it != outputs.end(); ++it)
            text += QStringLiteral("    %1 %2\n").arg(it.key(), -22).arg(shapeText(it.value().toArray()));
        printOut(text);
        return int(ExitSuccess);
    });
}

namespace {
const CliCommandRegistration registration({QStringLiteral("model-info"),
    QStringLiteral("Describe a model configuration: parameters, GFLOPs, output shapes."), runModelInfoCommand});
}

} // namespace lgpn::cli
