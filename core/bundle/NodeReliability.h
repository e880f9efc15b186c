#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>

namespace lgpn {

class HyperparameterSchema;

// How far each hyperparameter node's prediction carries over to generators the model never saw:
// the node's ROC AUC on held-out generators (measured by the leave-one-set-out protocol) and the
// AUC under which a node is called not reliable. Plain data (Qt Core only), kept in a bundle's
// manifest under "nodeReliability" and shown beside every prediction by the reports and the
// studio:
//   {"source": "lgpn protocol ...", "threshold": 0.7, "heldOutAuc": {"<node id>": 0.83, ...}}
// An empty object, or none at all (bundles made before the field), means unknown for every node;
// a node missing from heldOutAuc (or null there) is unknown too.
class NodeReliability
{
public:
    enum class Verdict { Unknown, Reliable, NotReliable };
    static constexpr double kDefaultThreshold = 0.7;

    QString source;                        // how it was measured, e.g. the protocol command
    double threshold = kDefaultThreshold;  // reliable: held-out AUC >= threshold
    std::map<QString, double> heldOutAuc;  // node id -> ROC AUC on held-out generators, in [0, 1]

    // False when the model says nothing about any node (older bundles, the embedded model).
    bool isKnown() const { return !heldOutAuc.empty(); }
    std::optional<double> auc(const QString &nodeId) const;
    Verdict isReliable(const QString &nodeId) const;
    // The ids of the schema's nodes whose AUC is under the threshold, in schema order.
    QStringList unreliableNodes(const HyperparameterSchema &schema) const;
    // The threshold as legends print it: "0.70".
    QString thresholdText() const { return QString::number(threshold, 'f', 2); }
    // An AUC as labels print it, beside that threshold: two decimals, unless they would round an
    // AUC under the threshold up to it ("0.70" greyed as "< 0.70"); then three, rounded down ("0.699").
    QString aucText(double auc) const;

    // {} when unknown, so that a bundle without the data writes the same as before.
    QJsonObject toJson() const;
    // Throws std::invalid_argument saying what is wrong: a threshold outside (0, 1), an AUC that is
    // neither a number in [0, 1] nor null (null: unknown for that node), a member of the wrong type.
    static NodeReliability fromJson(const QJsonObject &object);
    // The held-out AUCs of one head of an `lgpn protocol` table (its JSON: heads.HEAD.parsing.nodeAuc,
    // the means over the folds). Throws std::invalid_argument when the head or its AUCs are missing.
    static NodeReliability fromProtocolTable(const QJsonObject &table, const QString &head, const QString &source);
    // Throws std::invalid_argument naming the first node id that is not in the schema.
    void requireNodesOf(const HyperparameterSchema &schema) const;

    bool operator==(const NodeReliability &other) const
    {
        return source == other.source && threshold == other.threshold && heldOutAuc == other.heldOutAuc;
    }
    bool operator!=(const NodeReliability &other) const { return !(*this == other); }
};

} // namespace lgpn
