#include "SyntheticTraceEvaluation.h"

#include "TraceSynthesizer.h"
#include "analysis/ImageAnalyzer.h"
#include "evaluation/ParsingScores.h"
#include "evaluation/ResultTables.h"
#include "image/LoadedImage.h"

#include "ModelKinds.h"
#include "ModelRuntime.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace lgpn {

namespace {

// Mean binary cross-entropy over the images and the labelled (unmasked) nodes.
double maskedBce(const std::vector<std::vector<float>> &scores, const std::vector<int> &networks,
                 const std::vector<std::vector<float>> &labels, const std::vector<float> &mask)
{
    double sum = 0;
    long count = 0;
    for (size_t i = 0; i < scores.size(); ++i) {
        const std::vector<float> &label = labels[size_t(networks[i])];
        for (size_t n = 0; n < mask.size(); ++n) {
            if (mask[n] < 0.5f)
                continue;
            const double p = std::clamp(double(scores[i][n]), 1e-6, 1 - 1e-6);
            sum -= label[n] >= 0.5f ? std::log(p) : std::log(1 - p);
            ++count;
        }
    }
    return count > 0 ? sum / double(count) : std::nan("");
}

// Every image scored with each node's share of positive networks: the best constant guess.
std::vector<std::vector<float>> constantScores(size_t images, const std::vector<std::vector<float>> &labels)
{
    std::vector<float> share(labels.front().size(), 0.0f);
    for (const std::vector<float> &label : labels)
        for (size_t n = 0; n < share.size(); ++n)
            share[n] += label[n] / float(labels.size());
    return std::vector<std::vector<float>>(images, share);
}

// A network's images through the analyser in one batch, as `lgpn analyze` reads small images.
std::vector<std::vector<float>> scoresOf(ImageAnalyzer &analyzer, const zoo::SyntheticImages &made)
{
    std::vector<LoadedImage> loaded(made.images.size());
    for (size_t i = 0; i < made.images.size(); ++i) {
        loaded[i].path = QStringLiteral("%1/%2").arg(made.spec.name).arg(i);
        loaded[i].rgb = made.images[i];
        loaded[i].width = made.images[i].cols;
        loaded[i].height = made.images[i].rows;
        loaded[i].channels = 3;
    }
    std::vector<std::vector<float>> scores;
    for (ImageAnalysis &analysis : analyzer.analyzeMany(loaded))
        scores.push_back(std::move(analysis.nodeProbabilities));
    return scores;
}

} // namespace

QJsonObject SyntheticTraceEvaluation::run(const ModelBundle &bundle, const SyntheticEvaluationOptions &options,
                                          const std::function<void(const QString &)> &progress)
{
    zoo::SyntheticOptions synthetic;
    synthetic.imagesPerNetwork = options.imagesPerNetwork;
    synthetic.validate();
    progress(QStringLiteral("loading the real images the synthetic networks transform"));
    const zoo::TraceSynthesizer synthesizer(bundle.schema(), zoo::SyntheticRealImages::load(options.realImages, unsigned(options.seed)),
                                            synthetic);
    ImageAnalyzer analyzer(bundle, chooseDevice(options.device.toStdString()));
    std::vector<int> networks;
    std::vector<std::vector<float>> scores;
    std::vector<std::vector<float>> labels;
    int flat = 0;
    for (int index = 0; index < options.networks; ++index) {
        const zoo::SyntheticImages made = synthesizer.network(options.seed, index);
        flat += made.spread < 1.0 ? 1 : 0;
        labels.push_back(made.nodeLabels);
        for (std::vector<float> &imageScores : scoresOf(analyzer, made)) {
            scores.push_back(std::move(imageScores));
            networks.push_back(index);
        }
        if ((index + 1) % 50 == 0)
            progress(QStringLiteral("%1 of %2 networks").arg(index + 1).arg(options.networks));
    }
    const ParsingScores parsing = ParsingScores::compute(bundle.schema(), networks, scores, labels);
    QJsonObject parsingJson = parsing.toJson();
    parsingJson.remove(QStringLiteral("loss"));
    QJsonArray perNode;
    for (const QJsonValue &node : parsing.perNodeJson())
        if (node[u"kind"].toString() != u"loss")
            perNode.append(node);
    const std::vector<float> &mask = synthesizer.nodeMask();
    return QJsonObject{{QStringLiteral("model"), QJsonObject{{QStringLiteral("id"), bundle.manifest().modelId},
                                                             {QStringLiteral("head"), QString::fromStdString(toString(bundle.options().head()))}}},
                       {QStringLiteral("seed"), QString::number(options.seed)},
                       {QStringLiteral("networks"), options.networks},
                       {QStringLiteral("images"), qint64(scores.size())},
                       {QStringLiteral("flatNetworks"), flat},
                       {QStringLiteral("parsing"), parsingJson},
                       {QStringLiteral("perNode"), perNode},
                       {QStringLiteral("bce"), QJsonObject{{QStringLiteral("model"), jsonFigure(maskedBce(scores, networks, labels, mask))},
                                                           {QStringLiteral("constant"),
                                                            jsonFigure(maskedBce(constantScores(scores.size(), labels), networks, labels, mask))}}}};
}

QString SyntheticTraceEvaluation::markdown(const QJsonObject &result)
{
    const QJsonObject parsing = result.value(u"parsing").toObject();
    const QJsonObject bce = result.value(u"bce").toObject();
    QString text = QStringLiteral("## %1 on %2 fresh synthetic networks (seed %3, %4 images; %5 give flat images)\n\n"
                                  "Per-node ROC AUC over the images against each network's label (0.5 = chance); loss nodes "
                                  "have no label here. BCE: mean cross-entropy on the labelled nodes, against the best constant "
                                  "guess (each node's share of positive networks).\n\n"
                                  "| discrete AUC | range AUC | up-sampling AUC | BCE | BCE of the constant guess |\n|---|---|---|---|---|\n")
                       .arg(result.value(u"model")[u"id"].toString())
                       .arg(result.value(u"networks").toInt())
                       .arg(result.value(u"seed").toString())
                       .arg(result.value(u"images").toInt())
                       .arg(result.value(u"flatNetworks").toInt());
    text += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n\n")
                .arg(tables::figure(parsing.value(u"discrete")[u"auc"]), tables::figure(parsing.value(u"range")[u"auc"]),
                     tables::figure(parsing.value(u"upsamplingAuc")), tables::figure(bce.value(u"model")),
                     tables::figure(bce.value(u"constant")));
    text += QStringLiteral("| node | kind | networks with / without | AUC |\n|---|---|---|---|\n");
    for (const QJsonValue &node : result.value(u"perNode").toArray())
        text += QStringLiteral("| `%1` | %2 | %3 / %4 | %5 |\n")
                    .arg(node[u"node"].toString(), node[u"kind"].toString())
                    .arg(node[u"positiveGms"].toInt()).arg(node[u"negativeGms"].toInt())
                    .arg(tables::figure(node[u"auc"]));
    return text;
}

} // namespace lgpn
