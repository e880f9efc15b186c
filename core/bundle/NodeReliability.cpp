#include "NodeReliability.h"

#include "schema/HyperparameterSchema.h"

#include <QJsonValue>

#include <cmath>
#include <stdexcept>

namespace lgpn {

std::optional<double> NodeReliability::auc(const QString &nodeId) const
{
    const auto it = heldOutAuc.find(nodeId);
    return it == heldOutAuc.end() ? std::nullopt : std::optional<double>(it->second);
}

NodeReliability::Verdict NodeReliability::isReliable(const QString &nodeId) const
{
    const std::optional<double> value = auc(nodeId);
    if (!value)
        return Verdict::Unknown;
    return *value >= threshold ? Verdict::Reliable : Verdict::NotReliable;
}

QString NodeReliability::aucText(double auc) const
{
    const QString text = QString::number(auc, 'f', 2);
    if (auc >= threshold || text.toDouble() < threshold)
        return text;
    return QString::number(std::floor(auc * 1000.0) / 1000.0, 'f', 3);
}

QStringList NodeReliability::unreliableNodes(const HyperparameterSchema &schema) const
{
    QStringList ids;
    for (const SchemaNode &node : schema.nodes()) {
        if (isReliable(node.id) == Verdict::NotReliable)
            ids << node.id;
    }
    return ids;
}

QJsonObject NodeReliability::toJson() const
{
    if (!isKnown())
        return {};
    QJsonObject aucs;
    for (const auto &[id, value] : heldOutAuc)
        aucs.insert(id, value);
    return {{QStringLiteral("source"), source}, {QStringLiteral("threshold"), threshold}, {QStringLiteral("heldOutAuc"), aucs}};
}

NodeReliability NodeReliability::fromJson(const QJsonObject &object)
{
    NodeReliability reliability;
    if (object.isEmpty())
        return reliability;
    const QJsonValue source = object.value(u"source");
    if (!source.isUndefined() && !source.isString())
        throw std::invalid_argument("\"source\" is not a string");
    reliability.source = source.toString();
    const QJsonValue threshold = object.value(u"threshold");
    if (!threshold.isUndefined()) {
        if (!threshold.isDouble() || !(threshold.toDouble() > 0 && threshold.toDouble() < 1))
            throw std::invalid_argument("\"threshold\" is not a number between 0 and 1");
        reliability.threshold = threshold.toDouble();
    }
    const QJsonValue aucs = object.value(u"heldOutAuc");
    if (!aucs.isUndefined() && !aucs.isObject())
        throw std::invalid_argument("\"heldOutAuc\" is not an object");
    const QJsonObject byNode = aucs.toObject();
    for (auto it = byNode.begin(); it != byNode.end(); ++it) {
        if (it.value().isNull())
            continue; // measured but undefined (e.g. the node never varies among the held-out generators)
        const double value = it.value().toDouble(-1);
        if (!it.value().isDouble() || !std::isfinite(value) || value < 0 || value > 1)
            throw std::invalid_argument("the held-out AUC of node \"" + it.key().toStdString() + "\" is not a number in [0, 1]");
        reliability.heldOutAuc.emplace(it.key(), value);
    }
    return reliability;
}

void NodeReliability::requireNodesOf(const HyperparameterSchema &schema) const
{
    for (const auto &[id, value] : heldOutAuc) {
        if (schema.nodeIndex(id) < 0)
            throw std::invalid_argument("it gives a held-out AUC for node \"" + id.toStdString() + "\", which the schema does not have");
    }
}

NodeReliability NodeReliability::fromProtocolTable(const QJsonObject &table, const QString &head, const QString &source)
{
    const QJsonObject heads = table.value(u"heads").toObject();
    if (!heads.contains(head))
        throw std::invalid_argument(QStringLiteral("the protocol table has no head \"%1\" (it has: %2)")
                                        .arg(head, heads.keys().join(QStringLiteral(", "))).toStdString());
    const QJsonObject nodeAuc = heads.value(head).toObject().value(u"parsing").toObject().value(u"nodeAuc").toObject();
    NodeReliability reliability;
    reliability.source = source;
    for (auto it = nodeAuc.begin(); it != nodeAuc.end(); ++it) {
        const QJsonValue auc = it.value().toObject().value(u"auc");
        if (auc.isDouble())
            reliability.heldOutAuc[it.key()] = auc.toDouble();
    }
    if (reliability.heldOutAuc.empty())
        throw std::invalid_argument(QStringLiteral("the protocol table has no per-node AUC for the head \"%1\"").arg(head).toStdString());
    return reliability;
}

} // namespace lgpn
