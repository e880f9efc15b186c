#include "ProtocolRunner.h"

#include "bundle/ModelBundle.h"
#include "common/InputError.h"
#include "evaluation/ParsingScores.h"
#include "evaluation/ResultTables.h"

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

// A result written by an earlier run of the protocol, or an empty object when there is none or
// it is of an older format, or lacks the fixed-feature reference that this run asks of it
// (fixedFeatureImages > 0: fitted on that many images per GM).
QJsonObject readResult(const QString &path, int fold, int fixedFeatureImages)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    if (object.value(u"fold").toInt() != fold || !object.contains(u"parsing")
        || object.value(u"evaluationFormat").toInt() < ModelEvaluator::kResultFormat)
        return {};
    const QJsonValue fixedFeatures = object.value(u"references")[u"fixedFeatures"];
    const QJsonValue fit = fixedFeatures[u"fit"];
    if (fixedFeatureImages > 0 && (!fixedFeatures.isObject() || (fit.isObject() && fit[u"imagesPerGm"].toInt() != fixedFeatureImages)))
        return {};
    return object;
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

// The model head a protocol head trains ("lgpn-pretrained" is LGPN started from pre-trained weights).
QString modelHead(const QString &head)
{
    return head == u"lgpn-pretrained" ? QStringLiteral("lgpn") : head;
}

// One run's line of the table: its model, training time and headline figures.
QJsonObject runSummary(const QString &head, int fold, const QJsonObject &result, const QString &resultFile)
{
    auto parsing = [&](const QString &kind, const QString &key) {
        return at(result, {QStringLiteral("parsing"), kind, key});
    };
    return QJsonObject{{QStringLiteral("head"), head},
                       {QStringLiteral("fold"), fold},
                       {QStringLiteral("model"), at(result, {QStringLiteral("model"), QStringLiteral("id")})},
                       {QStringLiteral("trainingSeconds"), at(result, {QStringLiteral("model"), QStringLiteral("trainingSeconds")})},
                       {QStringLiteral("lossF1"), parsing(QStringLiteral("loss"), QStringLiteral("f1"))},
                       {QStringLiteral("discreteF1"), parsing(QStringLiteral("discrete"), QStringLiteral("f1"))},
                       {QStringLiteral("lossAuc"), parsing(QStringLiteral("loss"), QStringLiteral("auc"))},
                       {QStringLiteral("discreteAuc"), parsing(QStringLiteral("discrete"), QStringLiteral("auc"))},
                       {QStringLiteral("rangeAuc"), parsing(QStringLiteral("range"), QStringLiteral("auc"))},
                       {QStringLiteral("upsamplingAuc"), at(result, {QStringLiteral("parsing"), QStringLiteral("upsamplingAuc")})},
                       {QStringLiteral("continuousL1"), at(result, {QStringLiteral("parsing"), QStringLiteral("continuousL1")})},
                       {QStringLiteral("unseenAttackAuc"), at(result, {QStringLiteral("coordinatedAttack"), QStringLiteral("unseen"), QStringLiteral("auc")})},
                       {QStringLiteral("result"), resultFile}};
}

// The schema's nodes in order, with the JSON name of their kind, for the per-node table.
QJsonArray schemaNodes(const HyperparameterSchema &schema)
{
    QJsonArray nodes;
    for (const SchemaNode &node : schema.nodes()) {
        QString kindName;
        for (const auto &[kind, name] : ParsingScores::kindNames()) {
            if (kind == schema.group(node.group).kind)
                kindName = name;
        }
        nodes.append(QJsonObject{{QStringLiteral("node"), node.id}, {QStringLiteral("kind"), kindName}});
    }
    return nodes;
}

QString duration(double seconds)
{
    const int s = int(std::lround(seconds));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

// The keys of all the objects, each once (QJsonObject keeps its keys sorted).
QStringList unionOfKeys(const std::vector<QJsonObject> &objects)
{
    QStringList keys;
    for (const QJsonObject &object : objects)
        keys += object.keys();
    keys.removeDuplicates();
    keys.sort();
    return keys;
}

// Combines the values at the same place in the objects: numbers through `numbers` (which sees
// every number there, nulls and missing values left out; a null return leaves the key out when
// `keepOthers` is false), objects recursively; with keepOthers, other values (strings, bools,
// nulls) come from the first object that has the key, and arrays are left out.
QJsonObject combine(const std::vector<QJsonObject> &objects, const std::function<QJsonValue(const std::vector<double> &)> &numbers,
                    bool keepOthers)
{
    QJsonObject combined;
    for (const QString &key : unionOfKeys(objects)) {
        std::vector<double> values;
        std::vector<QJsonObject> children;
        QJsonValue other = QJsonValue::Undefined;
        for (const QJsonObject &object : objects) {
            const QJsonValue value = object.value(key);
            if (value.isDouble())
                values.push_back(value.toDouble());
            else if (value.isObject())
                children.push_back(value.toObject());
            else if (!value.isArray() && !value.isUndefined() && other.isUndefined())
                other = value;
        }
        if (!values.empty()) {
            const QJsonValue number = numbers(values);
            if (keepOthers || !number.isNull())
                combined.insert(key, number);
        } else if (!children.empty()) {
            const QJsonObject child = combine(children, numbers, keepOthers);
            if (keepOthers || !child.isEmpty())
                combined.insert(key, child);
        } else if (keepOthers && !other.isUndefined()) {
            combined.insert(key, other);
        }
    }
    return combined;
}

double rounded(double value)
{
    return std::round(value * 10000.0) / 10000.0;
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
    return combine(
        results,
        [](const std::vector<double> &values) {
            double sum = 0;
            for (double value : values)
                sum += value;
            return QJsonValue(rounded(sum / double(values.size())));
        },
        true);
}

QJsonObject ProtocolRunner::spread(const std::vector<QJsonObject> &results)
{
    return combine(
        results,
        [](const std::vector<double> &values) {
            if (values.size() < 2)
                return QJsonValue(QJsonValue::Null);
            double mean = 0;
            for (double value : values)
                mean += value / double(values.size());
            double squares = 0;
            for (double value : values)
                squares += (value - mean) * (value - mean);
            return QJsonValue(rounded(std::sqrt(squares / double(values.size() - 1))));
        },
        false);
}

QJsonObject ProtocolRunner::run(const std::function<void(const QString &)> &progress)
{
    const ProtocolOptions &o = m_options;
    if (!QDir().mkpath(o.workDirectory))
        throw InputError(o.workDirectory, QStringLiteral("cannot create the work folder"));
    QJsonObject heads;
    QJsonObject headSpread;
    QJsonArray runs;
    std::vector<QJsonObject> referenceResults;
    for (const QString &head : o.heads) {
        std::vector<QJsonObject> results;
        for (int fold : o.folds) {
            const QString base = QDir(o.workDirectory).filePath(QStringLiteral("%1-fold%2").arg(head).arg(fold));
            const QString bundlePath = base + QStringLiteral(".lgpn");
            const QString resultPath = base + QStringLiteral(".eval.json");
            // The references depend on the fold only: the first head's evaluations compute them.
            EvaluationOptions evaluation = o.evaluation;
            evaluation.fold = fold;
            if (head != o.heads.front())
                evaluation.fixedFeatures.imagesPerGm = 0;
            QJsonObject result = readResult(resultPath, fold, evaluation.fixedFeatures.imagesPerGm);
            if (result.isEmpty()) {
                if (!QFileInfo::exists(bundlePath)) {
                    progress(QStringLiteral("training %1, test set %2 held out").arg(head).arg(fold));
                    TrainingOptions training = o.training;
                    training.head = modelHead(head);
                    training.initFrom = head == u"lgpn-pretrained" ? o.pretrainedBundle : QString();
                    training.fold = fold;
                    training.outPath = bundlePath;
                    training.command = QStringLiteral("lgpn train --data %1 --out %2 --config %3 --head %4 --fold %5 --epochs %6 "
                                                      "--batch %7 --seed %8 %9%10")
                                           .arg(m_dataset.directory(), bundlePath, training.config, training.head).arg(fold)
                                           .arg(training.epochs).arg(training.batch).arg(training.seed).arg(training.recipe)
                                           .arg(training.initFrom.isEmpty() ? QString() : QStringLiteral(" --init ") + training.initFrom);
                    LgpnTrainer(training, m_dataset).run(progress);
                }
                const ModelBundle bundle = ModelBundle::load(bundlePath);
                const QJsonObject metrics = bundle.manifest().metrics;
                if (metrics.value(u"heldOutFold").toInt(-1) != fold || QString::fromStdString(toString(bundle.options().head())) != modelHead(head)
                    || metrics.value(u"epochs").toInt() != o.training.epochs
                    || metrics.value(u"recipe").toString() != o.training.recipe
                    || QString::fromStdString(bundle.options().config()) != o.training.config)
                    throw InputError(bundlePath, QStringLiteral("trained with other options than this protocol run (%1); "
                                                                "remove it or use another --work folder")
                                                     .arg(bundle.manifest().description));
                progress(QStringLiteral("evaluating %1 on test set %2").arg(head).arg(fold));
                result = ModelEvaluator(bundle, m_dataset, evaluation).run(progress);
                writeJson(resultPath, result);
            }
            runs.append(runSummary(head, fold, result, QFileInfo(resultPath).fileName()));
            results.push_back(result);
            if (head == o.heads.front())
                referenceResults.push_back(result.value(u"references").toObject());
        }
        heads.insert(head, averaged(results));
        headSpread.insert(head, spread(results));
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
                       {QStringLiteral("recipe"), o.training.recipe},
                       {QStringLiteral("seed"), qint64(o.training.seed)},
                       {QStringLiteral("folds"), folds},
                       {QStringLiteral("headOrder"), headOrder},
                       {QStringLiteral("heads"), heads},
                       {QStringLiteral("references"), averaged(referenceResults)},
                       {QStringLiteral("spread"), QJsonObject{{QStringLiteral("heads"), headSpread},
                                                             {QStringLiteral("references"), spread(referenceResults)}}},
                       {QStringLiteral("nodes"), schemaNodes(m_dataset.schema())},
                       {QStringLiteral("runs"), runs}};
}

QString ProtocolRunner::markdown(const QJsonObject &table)
{
    QStringList folds;
    for (const QJsonValue &fold : table.value(u"folds").toArray())
        folds << QString::number(fold.toInt());
    QString text = QStringLiteral("# Leave-one-set-out results\n\nData `%1`, %2 configuration, %3 epochs, seed %4, recipe `%5`; "
                                  "figures are the means over test sets %6, each held out of its model's training.\n\n")
                       .arg(table.value(u"data").toString(), table.value(u"config").toString())
                       .arg(table.value(u"epochs").toInt())
                       .arg(table.value(u"seed").toInt())
                       .arg(table.value(u"recipe").toString(), folds.join(QStringLiteral(", ")));
    const QJsonObject heads = table.value(u"heads").toObject();
    const QJsonArray headOrder = table.value(u"headOrder").toArray();
    const QJsonObject references = table.value(u"references").toObject();
    const QJsonObject deviations = table.value(u"spread").toObject();
    const QJsonObject headSpread = deviations.value(u"heads").toObject();
    const QJsonObject referenceSpread = deviations.value(u"references").toObject();
    auto headName = [](const QString &head) {
        return head == u"lgpn"              ? QStringLiteral("LGPN")
               : head == u"lgpn-pretrained" ? QStringLiteral("LGPN, pre-trained on synthetic traces")
               : head == u"mlp"             ? QStringLiteral("MLP head")
                                            : QStringLiteral("stacked GCN");
    };
    const QStringList pairAuc{QStringLiteral("coordinatedAttack"), QStringLiteral("unseen"), QStringLiteral("auc")};
    text += QStringLiteral("## Summary\n\nMean ± standard deviation over the test sets. AUC: per node, the ROC AUC of its score "
                           "over the held-out images against the label of each image's GM (0.5 = chance), averaged over the "
                           "nodes of a kind that have both labels among the test GMs; up-sampling: the node `%1`; F1 at "
                           "threshold 0.5; pair AUC: same vs different unseen GM by the cosine of the node scores. Family "
                           "prior: the training GMs' mean labels within each test GM's family (what knowing the family "
                           "alone gives). Fixed features: logistic regressions on fixed image statistics fitted on the "
                           "same training GMs.\n\n")
                .arg(ParsingScores::upsamplingNode());
    std::vector<tables::SummaryRow> rows;
    for (const QJsonValue &head : headOrder) {
        const QJsonObject h = heads.value(head.toString()).toObject();
        const QJsonObject sd = headSpread.value(head.toString()).toObject();
        rows.push_back({headName(head.toString()), h.value(u"parsing").toObject(), at(h, pairAuc), sd.value(u"parsing").toObject(),
                        at(sd, pairAuc)});
    }
    for (const tables::Reference &reference : tables::references()) {
        if (!references.contains(reference.key))
            continue;
        const QJsonObject figures = references.value(reference.key).toObject();
        const QJsonObject sd = referenceSpread.value(reference.key).toObject();
        rows.push_back({reference.name, figures, at(figures, pairAuc), sd, at(sd, pairAuc)});
    }
    text += tables::summary(rows) + u'\n';

    text += QStringLiteral("## Model parsing\n\nF1 and accuracy per node at threshold 0.5, averaged over the nodes of each kind; "
                           "L1 of the regressed continuous parameters in normalised units (lower is better).\n\n")
            + tables::parsingHeader();
    for (const QJsonValue &head : headOrder)
        text += tables::parsingRow(headName(head.toString()), heads.value(head.toString())[u"parsing"].toObject());
    for (const tables::Reference &reference : tables::references())
        if (references.contains(reference.key))
            text += tables::parsingRow(reference.name, references.value(reference.key).toObject());

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
    std::vector<tables::NodeRow> nodeRows;
    for (const QJsonValue &value : table.value(u"nodes").toArray())
        nodeRows.push_back({value[u"node"].toString(), value[u"kind"].toString()});
    if (!nodeRows.empty()) {
        std::vector<tables::NodeColumn> columns;
        for (const QJsonValue &head : headOrder)
            columns.push_back({headName(head.toString()), at(heads.value(head.toString()).toObject(),
                                                             {QStringLiteral("parsing"), QStringLiteral("nodeAuc")}).toObject()});
        for (const tables::Reference &reference : tables::references())
            if (reference.nodeColumn && references.contains(reference.key))
                columns.push_back({reference.name, at(references, {reference.key, QStringLiteral("nodeAuc")}).toObject()});
        text += QStringLiteral("\n## AUC per node\n\nMeans over the test sets where the node has both labels among the test GMs "
                               "(– : in none); the GM counts are means per test set.\n\n")
                + tables::nodeAuc(nodeRows, columns);
    }

    text += QStringLiteral("\n## Runs\n\n| head | test set | model | training time | loss AUC | discrete AUC | range AUC | up-sampling AUC "
                           "| loss F1 | discrete F1 | continuous L1 | unseen AUC |\n"
                           "|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (const QJsonValue &value : table.value(u"runs").toArray()) {
        const QJsonObject run = value.toObject();
        text += QStringLiteral("| %1 | %2 | `%3` | %4 | %5 | %6 | %7 | %8 | %9 | %10 | %11 | %12 |\n")
                    .arg(run.value(u"head").toString())
                    .arg(run.value(u"fold").toInt())
                    .arg(run.value(u"model").toString(), duration(run.value(u"trainingSeconds").toDouble()),
                         figure(run.value(u"lossAuc")), figure(run.value(u"discreteAuc")), figure(run.value(u"rangeAuc")),
                         figure(run.value(u"upsamplingAuc")), figure(run.value(u"lossF1")))
                    .arg(figure(run.value(u"discreteF1")), figure(run.value(u"continuousL1")), figure(run.value(u"unseenAttackAuc")));
    }
    return text;
}

} // namespace lgpn
