#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <vector>

namespace lgpn {

// Markdown tables of parsing results, shared by `lgpn eval` and `lgpn protocol` so that a single
// evaluation and the mean over folds read the same. They read the JSON of ParsingScores::toJson.
namespace tables {

// A figure with 3 decimals, "–" when not a number; with " ± sd" when spread is a number.
QString figure(const QJsonValue &value, const QJsonValue &spread = QJsonValue());

struct SummaryRow
{
    QString name;
    QJsonObject parsing;          // ParsingScores::toJson (or its mean over folds)
    QJsonValue pairAuc;           // same vs different unseen GM; null where not measured
    QJsonObject parsingSpread;    // the same layout with standard deviations over folds; empty: none
    QJsonValue pairAucSpread;
};

// | method | loss AUC | discrete AUC | range AUC | up-sampling AUC | loss F1 | discrete F1 | pair AUC |
QString summary(const std::vector<SummaryRow> &rows);

struct NodeColumn
{
    QString name;
    QJsonObject nodeAuc;          // ParsingScores::toJson's "nodeAuc"
};

struct NodeRow
{
    QString id;
    QString kind;
};

// The references of a result's "references" object, in table order: the JSON key and the row
// name; nodeColumn: whether the per-node table shows it (the trivial two are 0.5 or noise there).
struct Reference
{
    QString key;
    QString name;
    bool nodeColumn;
};
const std::vector<Reference> &references();

// | method | loss F1 | loss acc. | discrete F1 | discrete acc. | range F1 | range acc. | continuous L1 |,
// with its rule line; and one row of it.
QString parsingHeader();
QString parsingRow(const QString &name, const QJsonObject &parsing);

// | node | kind | test GMs with / without | AUC per column |, one row per node, in the given
// order; the GM counts come from the first column.
QString nodeAuc(const std::vector<NodeRow> &nodes, const std::vector<NodeColumn> &columns);

} // namespace tables

} // namespace lgpn
