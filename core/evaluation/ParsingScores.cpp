#include "ParsingScores.h"

#include "Metrics.h"

#include <cmath>
#include <set>
#include <stdexcept>

namespace lgpn {

namespace {

NodeParsingScore scoreNode(int node, const std::vector<int> &gms, const std::vector<std::vector<float>> &scores,
                           const std::vector<std::vector<float>> &gmLabels)
{
    std::vector<float> nodeScores;
    std::vector<float> labels;
    std::set<int> positiveGms;
    std::set<int> negativeGms;
    for (size_t i = 0; i < scores.size(); ++i) {
        const float label = gmLabels[size_t(gms[i])][size_t(node)];
        nodeScores.push_back(scores[i][size_t(node)]);
        labels.push_back(label);
        (label >= 0.5f ? positiveGms : negativeGms).insert(gms[i]);
    }
    const metrics::ConfusionCounts counts = metrics::confusion(nodeScores, labels);
    NodeParsingScore score;
    score.node = node;
    score.auc = metrics::rocAuc(nodeScores, labels);
    score.f1 = counts.f1();
    score.accuracy = counts.accuracy();
    score.positiveImages = counts.truePositives + counts.falseNegatives;
    score.negativeImages = counts.trueNegatives + counts.falsePositives;
    score.positiveGms = int(positiveGms.size());
    score.negativeGms = int(negativeGms.size());
    return score;
}

} // namespace

QJsonValue jsonFigure(double value)
{
    return std::isfinite(value) ? QJsonValue(std::round(value * 10000.0) / 10000.0) : QJsonValue();
}

const std::vector<std::pair<GroupKind, QString>> &ParsingScores::kindNames()
{
    static const std::vector<std::pair<GroupKind, QString>> names = {
        {GroupKind::Loss, QStringLiteral("loss")}, {GroupKind::Discrete, QStringLiteral("discrete")},
        {GroupKind::Continuous, QStringLiteral("range")}};
    return names;
}

ParsingScores ParsingScores::compute(const HyperparameterSchema &schema, const std::vector<int> &gms,
                                     const std::vector<std::vector<float>> &scores,
                                     const std::vector<std::vector<float>> &gmLabels)
{
    if (gms.size() != scores.size())
        throw std::invalid_argument("parsing scores: one GM per image is needed");
    const size_t nodeCount = size_t(schema.nodeCount());
    for (const std::vector<float> &row : scores) {
        if (row.size() != nodeCount)
            throw std::invalid_argument("parsing scores: an image's scores do not match the schema's nodes");
    }
    for (int gm : gms) {
        if (gm < 0 || size_t(gm) >= gmLabels.size() || gmLabels[size_t(gm)].size() != nodeCount)
            throw std::invalid_argument("parsing scores: an image's GM has no label vector of the schema's size");
    }
    ParsingScores result;
    result.m_schema = schema;
    for (int node = 0; node < schema.nodeCount(); ++node)
        result.m_nodes.push_back(scoreNode(node, gms, scores, gmLabels));
    for (const auto &[kind, name] : kindNames()) {
        std::vector<double> aucs;
        std::vector<double> f1s;
        std::vector<double> accuracies;
        for (int group : schema.groupsOfKind(kind)) {
            for (int node : schema.group(group).nodes) {
                aucs.push_back(result.m_nodes[size_t(node)].auc);
                f1s.push_back(result.m_nodes[size_t(node)].f1);
                accuracies.push_back(result.m_nodes[size_t(node)].accuracy);
            }
        }
        KindParsingScore &summary = result.m_kinds[int(kind)];
        summary.auc = metrics::meanSkippingNan(aucs);
        summary.aucNodes = int(std::count_if(aucs.begin(), aucs.end(), [](double auc) { return !std::isnan(auc); }));
        summary.f1 = metrics::meanSkippingNan(f1s);
        summary.accuracy = metrics::meanSkippingNan(accuracies);
        summary.nodes = int(aucs.size());
    }
    return result;
}

const KindParsingScore &ParsingScores::kind(GroupKind kind) const
{
    return m_kinds[int(kind)];
}

double ParsingScores::nodeAuc(const QString &nodeId) const
{
    const int node = m_schema.nodeIndex(nodeId);
    return node < 0 || size_t(node) >= m_nodes.size() ? std::nan("") : m_nodes[size_t(node)].auc;
}

QJsonObject ParsingScores::toJson() const
{
    QJsonObject result;
    for (const auto &[kind, name] : kindNames()) {
        const KindParsingScore &summary = m_kinds[int(kind)];
        result.insert(name, QJsonObject{{QStringLiteral("f1"), jsonFigure(summary.f1)},
                                        {QStringLiteral("accuracy"), jsonFigure(summary.accuracy)},
                                        {QStringLiteral("auc"), jsonFigure(summary.auc)},
                                        {QStringLiteral("aucNodes"), summary.aucNodes}});
    }
    QJsonObject byNode;
    for (const NodeParsingScore &score : m_nodes) {
        byNode.insert(m_schema.node(score.node).id, QJsonObject{{QStringLiteral("auc"), jsonFigure(score.auc)},
                                                                {QStringLiteral("positiveGms"), score.positiveGms},
                                                                {QStringLiteral("negativeGms"), score.negativeGms}});
    }
    result.insert(QStringLiteral("nodeAuc"), byNode);
    result.insert(QStringLiteral("upsamplingAuc"), jsonFigure(nodeAuc(upsamplingNode())));
    return result;
}

QJsonArray ParsingScores::perNodeJson() const
{
    QJsonArray array;
    for (const NodeParsingScore &score : m_nodes) {
        const SchemaNode &node = m_schema.node(score.node);
        const SchemaGroup &group = m_schema.group(node.group);
        QString kindName;
        for (const auto &[kind, name] : kindNames()) {
            if (kind == group.kind)
                kindName = name;
        }
        array.append(QJsonObject{{QStringLiteral("node"), node.id},
                                 {QStringLiteral("group"), group.id},
                                 {QStringLiteral("kind"), kindName},
                                 {QStringLiteral("f1"), jsonFigure(score.f1)},
                                 {QStringLiteral("accuracy"), jsonFigure(score.accuracy)},
                                 {QStringLiteral("auc"), jsonFigure(score.auc)},
                                 {QStringLiteral("positiveImages"), qint64(score.positiveImages)},
                                 {QStringLiteral("negativeImages"), qint64(score.negativeImages)},
                                 {QStringLiteral("positiveGms"), score.positiveGms},
                                 {QStringLiteral("negativeGms"), score.negativeGms}});
    }
    return array;
}

} // namespace lgpn
