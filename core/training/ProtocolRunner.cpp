#include "ProtocolRunner.h"

#include "bundle/ModelBundle.h"
#include "common/InputError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>

namespace lgpn {

namespace {

void writeJson(const QString &path, const QJsonObject &object)
{
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(object).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw InputError(path, QStringLiteral("cannot write: %1").arg(file.errorString()));
}

// A result written by an earlier run of the protocol, or an empty object.
QJsonObject readResult(const QString &path, int fold)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    return object.value(u"fold").toInt() == fold && object.contains(u"parsing") ? object : QJsonObject();
}

QString figure(const QJsonValue &value, int decimals = 3)
{
    return value.isDouble() ? QString::number(value.toDouble(), 'f', decimals) : QStringLiteral("–");
}

QJsonValue at(const QJsonObject &object, const QStringList &path)
{
    QJsonValue value = object;
    for (const QString &key : path)
        value = value.toObject().value(key);
    return value;
}

QString duration(double seconds)
{
    const int s = int(std::lround(seconds));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ProtocolRunner::ProtocolRunner(ProtocolOptions options, const TrainingDataset &dataset)
    : m_options(std::move(options))
    , m_dataset(dataset)
{
}

QJsonObject ProtocolRunner::averaged(const std::vector<QJsonObject> &results)
{
    if (results.empty())
        return {};
    QJsonObject average;
    const QJsonObject &first = results.front();
    for (auto it = first.begin(); it != first.end(); ++it) {
        if (it->isObject()) {
            std::vector<QJsonObject> children;
            for (const QJsonObject &result : results)
                children.push_back(result.value(it.key()).toObject());
            average.insert(it.key(), averaged(children));
        } else if (it->isDouble()) {
            double sum = 0;
            int count = 0;
            for (const QJsonObject &result : results) {
                const QJsonValue value = result.value(it.key());
                if (value.isDouble()) {
                    sum += value.toDouble();
                    ++count;
                }
            }
            average.insert(it.key(), std::round(sum / count * 10000.0) / 10000.0);
        } else if (!it->isArray()) {
            average.insert(it.key(), *it);
        }
    }
    return average;
}

QJsonObject ProtocolRunner::run(const std::function<void(const QString &)> &progress)
{
    const ProtocolOptions &o = m_options;
    if (!QDir().mkpath(o.workDirectory))
        throw InputError(o.workDirectory, QStringLiteral("cannot create the work folder"));
    QJsonObject heads;
    QJsonArray runs;
    std::vector<QJsonObject> referenceResults;
    for (const QString &head : o.heads) {
        std::vector<QJsonObject> results;
        for (int fold : o.folds) {
            const QString base = QDir(o.workDirectory).filePath(QStringLiteral("%1-fold%2").arg(head).arg(fold));
            const QString bundlePath = base + QStringLiteral(".lgpn");
            const QString resultPath = base + QStringLiteral(".eval.json");
            QJsonObject result = readResult(resultPath, fold);
            if (result.isEmpty()) {
                if (!QFileInfo::exists(bundlePath)) {
                    progress(QStringLiteral("training %1, test set %2 held out").arg(head).arg(fold));
                    TrainingOptions training = o.training;
                    training.head = head;
                    training.fold = fold;
                    training.outPath = bundlePath;
                    training.command = QStringLiteral("lgpn train --data %1 --out %2 --config %3 --head %4 --fold %5 --epochs %6 "
                                                      "--batch %7 --seed %8")
                                           .arg(m_dataset.directory(), bundlePath, training.config, head).arg(fold)
                                           .arg(training.epochs).arg(training.batch).arg(training.seed);
                    LgpnTrainer(training, m_dataset).run(progress);
                }
                const ModelBundle bundle = ModelBundle::load(bundlePath);
                const QJsonObject metrics = bundle.manifest().metrics;
                if (metrics.value(u"heldOutFold").toInt(-1) != fold || QString::fromStdString(bundle.options().head()) != head
                    || metrics.value(u"epochs").toInt() != o.training.epochs
                    || QString::fromStdString(bundle.options().config()) != o.training.config)
                    throw InputError(bundlePath, QStringLiteral("trained with other options than this protocol run (%1); "
                                                                "remove it or use another --work folder")
                                                     .arg(bundle.manifest().description));
                progress(QStringLiteral("evaluating %1 on test set %2").arg(head).arg(fold));
                EvaluationOptions evaluation = o.evaluation;
                evaluation.fold = fold;
                result = ModelEvaluator(bundle, m_dataset, evaluation).run(progress);
                writeJson(resultPath, result);
            }
            runs.append(QJsonObject{{QStringLiteral("head"), head},
                                    {QStringLiteral("fold"), fold},
                                    {QStringLiteral("model"), at(result, {QStringLiteral("model"), QStringLiteral("id")})},
                                    {QStringLiteral("trainingSeconds"), at(result, {QStringLiteral("model"), QStringLiteral("trainingSeconds")})},
                                    {QStringLiteral("lossF1"), at(result, {QStringLiteral("parsing"), QStringLiteral("loss"), QStringLiteral("f1")})},
                                    {QStringLiteral("discreteF1"), at(result, {QStringLiteral("parsing"), QStringLiteral("discrete"), QStringLiteral("f1")})},
                                    {QStringLiteral("continuousL1"), at(result, {QStringLiteral("parsing"), QStringLiteral("continuousL1")})},
                                    {QStringLiteral("unseenAttackAuc"), at(result, {QStringLiteral("coordinatedAttack"), QStringLiteral("unseen"), QStringLiteral("auc")})},
                                    {QStringLiteral("result"), QFileInfo(resultPath).fileName()}});
            results.push_back(result);
            if (head == o.heads.front())
                referenceResults.push_back(result.value(u"references").toObject());
        }
        heads.insert(head, averaged(results));
    }
    QJsonArray headOrder;
    for (const QString &head : o.heads)
        headOrder.append(head);
    QJsonArray folds;
    for (int fold : o.folds)
        folds.append(fold);
    return QJsonObject{{QStringLiteral("data"), QFileInfo(m_dataset.directory()).absoluteFilePath()},
                       {QStringLiteral("config"), o.training.config},
                       {QStringLiteral("epochs"), o.training.epochs},
                       {QStringLiteral("seed"), qint64(o.training.seed)},
                       {QStringLiteral("folds"), folds},
                       {QStringLiteral("headOrder"), headOrder},
                       {QStringLiteral("heads"), heads},
                       {QStringLiteral("references"), averaged(referenceResults)},
                       {QStringLiteral("runs"), runs}};
}

QString ProtocolRunner::markdown(const QJsonObject &table)
{
    QStringList folds;
    for (const QJsonValue &fold : table.value(u"folds").toArray())
        folds << QString::number(fold.toInt());
    QString text = QStringLiteral("# Leave-one-set-out results\n\nData `%1`, %2 configuration, %3 epochs, seed %4; "
                                  "figures are the means over test sets %5, each held out of its model's training.\n\n")
                       .arg(table.value(u"data").toString(), table.value(u"config").toString())
                       .arg(table.value(u"epochs").toInt())
                       .arg(table.value(u"seed").toInt())
                       .arg(folds.join(QStringLiteral(", ")));
    text += QStringLiteral("## Model parsing\n\nF1 and accuracy per node at threshold 0.5, averaged over the nodes of each kind; "
                           "L1 of the regressed continuous parameters in normalised units (lower is better).\n\n"
                           "| method | loss F1 | loss acc. | discrete F1 | discrete acc. | range F1 | range acc. | continuous L1 |\n"
                           "|---|---|---|---|---|---|---|---|\n");
    auto parsingRow = [&](const QString &name, const QJsonObject &p) {
        return QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
            .arg(name, figure(at(p, {QStringLiteral("loss"), QStringLiteral("f1")})),
                 figure(at(p, {QStringLiteral("loss"), QStringLiteral("accuracy")})),
                 figure(at(p, {QStringLiteral("discrete"), QStringLiteral("f1")})),
                 figure(at(p, {QStringLiteral("discrete"), QStringLiteral("accuracy")})),
                 figure(at(p, {QStringLiteral("range"), QStringLiteral("f1")})),
                 figure(at(p, {QStringLiteral("range"), QStringLiteral("accuracy")})), figure(p.value(u"continuousL1")));
    };
    const QJsonObject heads = table.value(u"heads").toObject();
    const QJsonArray headOrder = table.value(u"headOrder").toArray();
    auto headName = [](const QString &head) {
        return head == u"lgpn" ? QStringLiteral("LGPN") : head == u"mlp" ? QStringLiteral("MLP head") : QStringLiteral("stacked GCN");
    };
    for (const QJsonValue &head : headOrder)
        text += parsingRow(headName(head.toString()), heads.value(head.toString())[u"parsing"].toObject());
    const QJsonObject references = table.value(u"references").toObject();
    text += parsingRow(QStringLiteral("random ground truth"), references.value(u"randomGroundTruth").toObject());
    text += parsingRow(QStringLiteral("mean/mode"), references.value(u"meanMode").toObject());

    text += QStringLiteral("\n## Coordinated attacks and detection\n\nPairs of images from the same vs different GMs, scored by the "
                           "cosine similarity of their node probabilities; unseen = GMs of the held-out set, accuracy at the "
                           "threshold that is best on seen GMs' pairs. Detection: P(generated) on the held-out GMs' images "
                           "against held-out real images.\n\n"
                           "| method | unseen acc. | unseen AUC | Pd@5%FAR | Pd@1%FAR | seen AUC | detection AP | detection acc. | training time per run |\n"
                           "|---|---|---|---|---|---|---|---|---|\n");
    for (const QJsonValue &headValue : headOrder) {
        const QJsonObject h = heads.value(headValue.toString()).toObject();
        const QJsonObject unseen = at(h, {QStringLiteral("coordinatedAttack"), QStringLiteral("unseen")}).toObject();
        text += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |\n")
                    .arg(headName(headValue.toString()), figure(unseen.value(u"accuracy")), figure(unseen.value(u"auc")),
                         figure(unseen.value(u"pdAt5PercentFar")), figure(unseen.value(u"pdAt1PercentFar")),
                         figure(at(h, {QStringLiteral("coordinatedAttack"), QStringLiteral("seen"), QStringLiteral("auc")})),
                         figure(at(h, {QStringLiteral("detection"), QStringLiteral("averagePrecision")})),
                         figure(at(h, {QStringLiteral("detection"), QStringLiteral("accuracy")})),
                         duration(at(h, {QStringLiteral("model"), QStringLiteral("trainingSeconds")}).toDouble()));
    }
    text += QStringLiteral("\n## Runs\n\n| head | test set | model | training time | loss F1 | discrete F1 | continuous L1 | unseen AUC |\n"
                           "|---|---|---|---|---|---|---|---|\n");
    for (const QJsonValue &value : table.value(u"runs").toArray()) {
        const QJsonObject run = value.toObject();
        text += QStringLiteral("| %1 | %2 | `%3` | %4 | %5 | %6 | %7 | %8 |\n")
                    .arg(run.value(u"head").toString())
                    .arg(run.value(u"fold").toInt())
                    .arg(run.value(u"model").toString(), duration(run.value(u"trainingSeconds").toDouble()),
                         figure(run.value(u"lossF1")), figure(run.value(u"discreteF1")), figure(run.value(u"continuousL1")),
                         figure(run.value(u"unseenAttackAuc")));
    }
    return text;
}

} // namespace lgpn
