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

// | node | kind | test GMs with / without | AUC per column |, one row per node, in the given
// order; the GM counts come from the first column.
QString nodeAuc(const std::vector<NodeRow> &nodes, const std::vector<NodeColumn> &columns);

} // namespace tables

} // namespace lgpn
