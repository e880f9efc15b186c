#include "ResultTables.h"

#include <QStringList>

namespace lgpn::tables {

QString figure(const QJsonValue &value, const QJsonValue &spread)
{
    if (!value.isDouble())
        return QStringLiteral("–");
    QString text = QString::number(value.toDouble(), 'f', 3);
    if (spread.isDouble())
        text += QStringLiteral(" ± ") + QString::number(spread.toDouble(), 'f', 3);
    return text;
}

QString summary(const std::vector<SummaryRow> &rows)
{
    QString text = QStringLiteral("| method | loss AUC | discrete AUC | range AUC | up-sampling AUC | loss F1 | discrete F1 | pair AUC |\n"
                                  "|---|---|---|---|---|---|---|---|\n");
    for (const SummaryRow &row : rows) {
        auto cell = [&](const QString &kind, const QString &key) {
            return figure(row.parsing.value(kind)[key], row.parsingSpread.value(kind)[key]);
        };
        QStringList cells{row.name,
                          cell(QStringLiteral("loss"), QStringLiteral("auc")),
                          cell(QStringLiteral("discrete"), QStringLiteral("auc")),
                          cell(QStringLiteral("range"), QStringLiteral("auc")),
                          figure(row.parsing.value(u"upsamplingAuc"), row.parsingSpread.value(u"upsamplingAuc")),
                          cell(QStringLiteral("loss"), QStringLiteral("f1")),
                          cell(QStringLiteral("discrete"), QStringLiteral("f1")),
                          figure(row.pairAuc, row.pairAucSpread)};
        text += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }
    return text;
}

const std::vector<Reference> &references()
{
    static const std::vector<Reference> list{{QStringLiteral("randomGroundTruth"), QStringLiteral("random ground truth"), false},
                                             {QStringLiteral("meanMode"), QStringLiteral("mean/mode"), false},
                                             {QStringLiteral("familyPrior"), QStringLiteral("family prior"), true},
                                             {QStringLiteral("fixedFeatures"), QStringLiteral("fixed features"), true}};
    return list;
}

QString parsingHeader()
{
    return QStringLiteral("| method | loss F1 | loss acc. | discrete F1 | discrete acc. | range F1 | range acc. | continuous L1 |\n"
                          "|---|---|---|---|---|---|---|---|\n");
}

QString parsingRow(const QString &name, const QJsonObject &parsing)
{
    auto cell = [&](const QString &kind, const QString &key) { return figure(parsing.value(kind)[key]); };
    const QStringList cells{name,
                            cell(QStringLiteral("loss"), QStringLiteral("f1")),
                            cell(QStringLiteral("loss"), QStringLiteral("accuracy")),
                            cell(QStringLiteral("discrete"), QStringLiteral("f1")),
                            cell(QStringLiteral("discrete"), QStringLiteral("accuracy")),
                            cell(QStringLiteral("range"), QStringLiteral("f1")),
                            cell(QStringLiteral("range"), QStringLiteral("accuracy")),
                            figure(parsing.value(u"continuousL1"))};
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString nodeAuc(const std::vector<NodeRow> &nodes, const std::vector<NodeColumn> &columns)
{
    QString text = QStringLiteral("| node | kind | test GMs with / without |");
    QString rule = QStringLiteral("|---|---|---|");
    for (const NodeColumn &column : columns) {
        text += QStringLiteral(" %1 |").arg(column.name);
        rule += QStringLiteral("---|");
    }
    text += u'\n' + rule + u'\n';
    for (const NodeRow &node : nodes) {
        const QJsonObject counts = columns.empty() ? QJsonObject() : columns.front().nodeAuc.value(node.id).toObject();
        auto count = [&](const QString &key) {
            const QJsonValue value = counts.value(key);
            return value.isDouble() ? QString::number(value.toDouble(), 'g', 3) : QStringLiteral("–");
        };
        text += QStringLiteral("| `%1` | %2 | %3 / %4 |").arg(node.id, node.kind, count(QStringLiteral("positiveGms")),
                                                             count(QStringLiteral("negativeGms")));
        for (const NodeColumn &column : columns)
            text += QStringLiteral(" %1 |").arg(figure(column.nodeAuc.value(node.id)[u"auc"]));
        text += u'\n';
    }
    return text;
}

} // namespace lgpn::tables
