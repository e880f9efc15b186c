#include "CaseFileReader.h"

#include "common/InputError.h"
#include "common/NativePath.h"
#include "schema/HyperparameterSchema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <optional>
#include <stdexcept>

namespace lgpn {

namespace {

// Where in the case a value is read, so that every refusal names the member ("image 3: nodes").
struct Where
{
    const QString &file;
    QString at;

    [[noreturn]] void refuse(const QString &reason) const
    {
        throw InputError(file, at.isEmpty() ? reason : at + QStringLiteral(": ") + reason);
    }
    Where inside(const QString &member) const { return {file, at.isEmpty() ? member : at + u'.' + member}; }
};

QJsonValue required(const QJsonObject &object, const QString &key, const Where &where)
{
    const auto found = object.find(key);
    if (found == object.end())
        where.refuse(QStringLiteral("\"%1\" is missing").arg(key));
    return *found;
}

QString stringOf(const QJsonObject &object, const QString &key, const Where &where)
{
    const QJsonValue value = required(object, key, where);
    if (!value.isString())
        where.refuse(QStringLiteral("\"%1\" must be a string").arg(key));
    return value.toString();
}

double numberOf(const QJsonObject &object, const QString &key, const Where &where, double low, double high)
{
    const QJsonValue value = required(object, key, where);
    if (!value.isDouble() || !(value.toDouble() >= low && value.toDouble() <= high))
        where.refuse(QStringLiteral("\"%1\" must be a number in [%2, %3]").arg(key).arg(low).arg(high));
    return value.toDouble();
}

int integerOf(const QJsonObject &object, const QString &key, const Where &where, int low, int high)
{
    const double value = numberOf(object, key, where, low, high);
    if (value != std::floor(value))
        where.refuse(QStringLiteral("\"%1\" must be a whole number").arg(key));
    return int(value);
}

QJsonObject objectOf(const QJsonObject &object, const QString &key, const Where &where)
{
    const QJsonValue value = required(object, key, where);
    if (!value.isObject())
        where.refuse(QStringLiteral("\"%1\" must be an object").arg(key));
    return value.toObject();
}

QJsonArray arrayOf(const QJsonObject &object, const QString &key, const Where &where)
{
    const QJsonValue value = required(object, key, where);
    if (!value.isArray())
        where.refuse(QStringLiteral("\"%1\" must be an array").arg(key));
    return value.toArray();
}

QJsonObject objectAt(const QJsonArray &array, int index, const Where &where)
{
    if (!array.at(index).isObject())
        where.refuse(QStringLiteral("entry %1 must be an object").arg(index));
    return array.at(index).toObject();
}

ReportContext readHeader(const QJsonObject &root, const Where &where, const HyperparameterSchema &schema)
{
    if (stringOf(root, QStringLiteral("format"), where) != u"lgpn-analysis")
        where.refuse(QStringLiteral("not an LGPN analysis (\"format\" is not \"lgpn-analysis\")"));
    if (integerOf(root, QStringLiteral("formatVersion"), where, 0, 1 << 30) != 1)
        where.refuse(QStringLiteral("format version %1 is not known (1 is)").arg(root.value(QStringLiteral("formatVersion")).toInt()));
    ReportContext context;
    context.schema = schema;
    context.toolVersion = stringOf(objectOf(root, QStringLiteral("tool"), where), QStringLiteral("version"), where.inside(QStringLiteral("tool")));
    const Where modelWhere = where.inside(QStringLiteral("model"));
    const QJsonObject model = objectOf(root, QStringLiteral("model"), where);
    context.modelId = stringOf(model, QStringLiteral("id"), modelWhere);
    context.modelPath = stringOf(model, QStringLiteral("path"), modelWhere);
    context.modelSha256 = stringOf(model, QStringLiteral("sha256"), modelWhere);
    context.modelDescription = model.value(QStringLiteral("description")).toString();
    context.modelTrainingData = model.value(QStringLiteral("trainingData")).toString();
    try {
        context.nodeReliability = NodeReliability::fromJson(objectOf(model, QStringLiteral("nodeReliability"), modelWhere));
    } catch (const std::invalid_argument &error) {
        modelWhere.refuse(QStringLiteral("nodeReliability: %1").arg(QString::fromLocal8Bit(error.what())));
    }
    context.device = stringOf(root, QStringLiteral("device"), where);
    context.startedUtc = stringOf(root, QStringLiteral("startedUtc"), where);
    context.threshold = numberOf(root, QStringLiteral("threshold"), where, 0, 1);
    context.similarityThreshold = numberOf(root, QStringLiteral("similarityThreshold"), where, -1, 1);
    context.crops = integerOf(root, QStringLiteral("crops"), where, 1, 1 << 20);
    return context;
}

float probabilityOf(const QJsonObject &object, const QString &key, const Where &where)
{
    return float(numberOf(object, key, where, 0, 1));
}

// One probability per schema node, each node exactly once.
std::vector<float> readNodes(const QJsonArray &nodes, const Where &where, const HyperparameterSchema &schema)
{
    std::vector<float> probabilities(size_t(schema.nodeCount()), std::nanf(""));
    for (int n = 0; n < nodes.size(); ++n) {
        const QJsonObject node = objectAt(nodes, n, where);
        const QString id = stringOf(node, QStringLiteral("id"), where);
        const int index = schema.nodeIndex(id);
        if (index < 0)
            where.refuse(QStringLiteral("node \"%1\" is not in the schema %2").arg(id, schema.name()));
        if (!std::isnan(probabilities[size_t(index)]))
            where.refuse(QStringLiteral("node \"%1\" is given twice").arg(id));
        probabilities[size_t(index)] = probabilityOf(node, QStringLiteral("probability"), where);
    }
    for (int n = 0; n < schema.nodeCount(); ++n) {
        if (std::isnan(probabilities[size_t(n)]))
            where.refuse(QStringLiteral("node \"%1\" of the schema %2 is missing").arg(schema.node(n).id, schema.name()));
    }
    return probabilities;
}

// The normalised value of every continuous group, in the schema's order of those groups.
std::vector<float> readContinuous(const QJsonArray &findings, const Where &where, const HyperparameterSchema &schema)
{
    const std::vector<int> groups = schema.groupsOfKind(GroupKind::Continuous);
    std::vector<float> values(groups.size(), std::nanf(""));
    for (int f = 0; f < findings.size(); ++f) {
        const QJsonObject finding = objectAt(findings, f, where);
        const QString id = stringOf(finding, QStringLiteral("id"), where);
        const auto group = std::find(groups.begin(), groups.end(), schema.groupIndex(id));
        if (schema.groupIndex(id) < 0 || group == groups.end())
            where.refuse(QStringLiteral("\"%1\" is not a continuous parameter of the schema %2").arg(id, schema.name()));
        values[size_t(group - groups.begin())] = probabilityOf(finding, QStringLiteral("normalised"), where);
    }
    for (size_t c = 0; c < groups.size(); ++c) {
        if (std::isnan(values[c]))
            where.refuse(QStringLiteral("the continuous parameter \"%1\" is missing").arg(schema.group(groups[c]).id));
    }
    return values;
}

std::optional<double> noveltyOf(const QJsonObject &image, const Where &where)
{
    if (required(image, QStringLiteral("novelty"), where).isNull())
        return std::nullopt; // the model could not tell
    return numberOf(image, QStringLiteral("novelty"), where, 0, 1);
}

void readPath(const QJsonObject &image, const Where &where, ImageAnalysis &analysis)
{
    analysis.path = stringOf(image, QStringLiteral("path"), where);
    if (analysis.path.isEmpty())
        where.refuse(QStringLiteral("\"path\" is empty"));
    if (!image.contains(QStringLiteral("pathBytes")))
        return;
    const QByteArray::FromBase64Result decoding = QByteArray::fromBase64Encoding(
        stringOf(image, QStringLiteral("pathBytes"), where).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray &exact = decoding.decoded;
    // The exact name must be one that shows as `path`: anything else is a damaged or edited case.
    if (!decoding || exact.isEmpty() || exact.contains('\0') || NativePath::display(exact) != analysis.path)
        where.refuse(QStringLiteral("\"pathBytes\" is not the exact name of \"path\""));
    analysis.pathBytes = exact;
}

void readFileFacts(const QJsonObject &image, const Where &where, ImageAnalysis &analysis)
{
    analysis.sha256 = stringOf(image, QStringLiteral("sha256"), where).toLatin1();
    const bool hex = std::all_of(analysis.sha256.begin(), analysis.sha256.end(),
                                 [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
    if (!(analysis.sha256.isEmpty() || (analysis.sha256.size() == 64 && hex)))
        where.refuse(QStringLiteral("\"sha256\" must be 64 lowercase hexadecimal digits"));
    analysis.fileSize = qint64(numberOf(image, QStringLiteral("fileSize"), where, 0, 9.0e15));
    analysis.format = stringOf(image, QStringLiteral("format"), where);
    analysis.width = integerOf(image, QStringLiteral("width"), where, 0, 1 << 30);
    analysis.height = integerOf(image, QStringLiteral("height"), where, 0, 1 << 30);
    for (const QJsonValue &note : arrayOf(image, QStringLiteral("notes"), where)) {
        if (!note.isString())
            where.refuse(QStringLiteral("\"notes\" must hold strings"));
        analysis.notes << note.toString();
    }
}

void readPredictions(const QJsonObject &image, const Where &where, const HyperparameterSchema &schema, ImageAnalysis &analysis)
{
    analysis.generatedProbability = probabilityOf(image, QStringLiteral("generatedProbability"), where);
    analysis.cropCount = integerOf(image, QStringLiteral("cropCount"), where, 0, 1 << 20);
    analysis.cropAgreement = float(numberOf(image, QStringLiteral("cropAgreement"), where, -1, 1));
    analysis.novelty = noveltyOf(image, where);
    analysis.nodeProbabilities = readNodes(arrayOf(image, QStringLiteral("nodes"), where), where.inside(QStringLiteral("nodes")), schema);
    analysis.continuousValues = readContinuous(arrayOf(image, QStringLiteral("continuous"), where), where.inside(QStringLiteral("continuous")), schema);
}

ImageAnalysis readImage(const QJsonObject &image, const Where &where, const HyperparameterSchema &schema)
{
    ImageAnalysis analysis;
    readPath(image, where, analysis);
    readFileFacts(image, where, analysis);
    const QString status = stringOf(image, QStringLiteral("status"), where);
    if (status != u"ok" && status != u"error")
        where.refuse(QStringLiteral("\"status\" must be \"ok\" or \"error\""));
    analysis.ok = status == u"ok";
    if (analysis.ok)
        readPredictions(image, where, schema, analysis);
    else
        analysis.error = stringOf(image, QStringLiteral("error"), where);
    return analysis;
}

std::vector<std::vector<int>> readGroups(const QJsonObject &similarity, const Where &where, int imageCount)
{
    std::vector<std::vector<int>> groups;
    for (const QJsonValue &groupValue : arrayOf(similarity, QStringLiteral("groups"), where)) {
        if (!groupValue.isArray())
            where.refuse(QStringLiteral("a group must be an array of image indices"));
        std::vector<int> group;
        for (const QJsonValue &member : groupValue.toArray()) {
            const double index = member.toDouble(-1);
            if (!member.isDouble() || index != std::floor(index) || index < 0 || index >= imageCount)
                where.refuse(QStringLiteral("a group names an image that is not in the case"));
            group.push_back(int(index));
        }
        groups.push_back(std::move(group));
    }
    return groups;
}

BatchSummary readSummary(const QJsonObject &summary, const Where &where)
{
    BatchSummary result;
    result.files = integerOf(summary, QStringLiteral("files"), where, 0, 1 << 30);
    result.analysed = integerOf(summary, QStringLiteral("analysed"), where, 0, 1 << 30);
    result.failed = integerOf(summary, QStringLiteral("failed"), where, 0, 1 << 30);
    result.cancelled = summary.value(QStringLiteral("cancelled")).toBool();
    result.seconds = summary.value(QStringLiteral("seconds")).toDouble();
    result.finishedUtc = summary.value(QStringLiteral("finishedUtc")).toString();
    return result;
}

QJsonObject rootOf(const QByteArray &json, const Where &where)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        where.refuse(QStringLiteral("not valid JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        where.refuse(QStringLiteral("not an LGPN analysis (the JSON is not an object)"));
    return document.object();
}

} // namespace

CaseFile CaseFileReader::parse(const QByteArray &json, const QString &sourceName, const HyperparameterSchema &schema)
{
    const Where where{sourceName, {}};
    const QJsonObject root = rootOf(json, where);
    CaseFile result;
    result.path = sourceName;
    result.context = readHeader(root, where, schema);
    const QJsonArray images = arrayOf(root, QStringLiteral("images"), where);
    result.images.reserve(size_t(images.size()));
    for (int i = 0; i < images.size(); ++i)
        result.images.push_back(readImage(objectAt(images, i, where), {sourceName, QStringLiteral("image %1").arg(i)}, schema));
    result.similarityGroups = readGroups(objectOf(root, QStringLiteral("similarity"), where), where.inside(QStringLiteral("similarity")),
                                         int(result.images.size()));
    result.summary = readSummary(objectOf(root, QStringLiteral("summary"), where), where.inside(QStringLiteral("summary")));
    return result;
}

CaseFile CaseFileReader::read(const QString &path, const HyperparameterSchema &schema)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, QStringLiteral("cannot be read: %1").arg(file.errorString()));
    if (file.size() > kMaxCaseBytes)
        throw InputError(path, QStringLiteral("too large for a case file (over %1 MiB)").arg(kMaxCaseBytes >> 20));
    return parse(file.readAll(), path, schema);
}

} // namespace lgpn
