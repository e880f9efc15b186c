#include "ModelBundle.h"

#include "BundleArchive.h"
#include "EmbeddedModel.h"
#include "common/InputError.h"
#include "schema/SchemaHierarchy.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <sstream>
#include <stdexcept>

namespace lgpn {

namespace {

const QString kManifest = QStringLiteral("manifest.json");
const QString kOptions = QStringLiteral("options.json");
const QString kSchema = QStringLiteral("schema.json");
const QString kGraph = QStringLiteral("graph.json");
const QString kWeights = QStringLiteral("weights.pt");
const QString kNovelty = QStringLiteral("novelty.pt"); // optional
const QString kFormat = QStringLiteral("lgpn-bundle");
// Not a section: the manifest's own "nodeReliability" member, hashed like one so that damage to it
// is caught (bundles without it, or with an empty one, have no such hash).
const QString kReliability = QStringLiteral("nodeReliability");

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray optionsJson(const LgpnOptions &options)
{
    QJsonObject object;
    for (const auto &[key, value] : options.toKeyValues())
        object.insert(QString::fromStdString(key), QString::fromStdString(value));
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QString jsonSha256(const QJsonObject &object)
{
    return sha256Hex(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QByteArray &bytes, const QString &source, const QString &section)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw InputError(source, QStringLiteral("damaged model bundle: %1 is not a JSON object").arg(section));
    return document.object();
}

// The manifest, with its "nodeReliability" checked against its hash (when it has one, it must
// have the hash; an older bundle has neither).
BundleManifest readManifest(const QJsonObject &object, const QString &path)
{
    const QJsonObject reliability = object.value(kReliability).toObject();
    if (!reliability.isEmpty()) {
        const QString expected = object.value(u"sha256").toObject().value(kReliability).toString();
        if (expected.isEmpty())
            throw InputError(path, QStringLiteral("damaged model bundle: the manifest has no SHA-256 for %1").arg(kReliability));
        if (jsonSha256(reliability) != expected)
            throw InputError(path, QStringLiteral("damaged model bundle: SHA-256 mismatch for %1").arg(kReliability));
    }
    try {
        return BundleManifest::fromJson(object);
    } catch (const std::invalid_argument &error) {
        throw InputError(path, QStringLiteral("bad %1 in the manifest: %2").arg(kReliability, QString::fromUtf8(error.what())));
    }
}

torch::Tensor toTensor(const std::vector<float> &values, int64_t rows, int64_t columns)
{
    return torch::from_blob(const_cast<float *>(values.data()), {rows, columns}, torch::kFloat32).clone();
}

} // namespace

GraphSpec makeGraphSpec(const HyperparameterSchema &schema, const std::vector<float> &priorAdjacency)
{
    const int64_t nodes = schema.nodeCount();
    if (int64_t(priorAdjacency.size()) != nodes * nodes)
        throw std::invalid_argument("the prior graph does not match the schema's node count");
    GraphSpec spec;
    spec.nodeCount = nodes;
    spec.priorAdjacency = toTensor(priorAdjacency, nodes, nodes);
    const SchemaHierarchy hierarchy(schema);
    for (int level = 0; level < hierarchy.levelCount(); ++level)
        spec.hierarchy.push_back(toTensor(hierarchy.assignmentMatrix(level), hierarchy.sizeAt(level), hierarchy.sizeAt(level + 1)));
    for (int group : schema.groupsOfKind(GroupKind::Continuous)) {
        std::vector<int64_t> members(schema.group(group).nodes.begin(), schema.group(group).nodes.end());
        spec.continuousGroups.push_back(members);
    }
    spec.validate();
    return spec;
}

ModelBundle::ModelBundle(const LgpnOptions &options, const HyperparameterSchema &schema,
                         const std::vector<float> &priorAdjacency, double graphThreshold, LgpnModel model,
                         BundleManifest manifest)
    : m_options(options)
    , m_schema(schema)
    , m_priorAdjacency(priorAdjacency)
    , m_graphThreshold(graphThreshold)
    , m_model(std::move(model))
    , m_manifest(std::move(manifest))
{
}

void ModelBundle::save(const QString &path)
{
    BundleArchive archive;
    std::ostringstream weights;
    torch::save(m_model, weights);
    const QByteArray weightBytes = QByteArray::fromStdString(weights.str());

    QJsonArray adjacency;
    for (float value : m_priorAdjacency)
        adjacency.append(double(value));
    const QByteArray graph = QJsonDocument(QJsonObject{{QStringLiteral("nodes"), m_schema.nodeCount()},
                                                       {QStringLiteral("threshold"), m_graphThreshold},
                                                       {QStringLiteral("adjacency"), adjacency}})
                                 .toJson(QJsonDocument::Compact);
    std::map<QString, QByteArray> sections = {{kOptions, optionsJson(m_options)},
                                              {kSchema, m_schema.toJson()},
                                              {kGraph, graph},
                                              {kWeights, weightBytes}};
    if (!m_novelty.isEmpty())
        sections.emplace(kNovelty, QByteArray::fromStdString(m_novelty.toBytes()));
    QJsonObject hashes;
    for (const auto &[name, bytes] : sections) {
        archive.setSection(name, bytes);
        hashes.insert(name, sha256Hex(bytes));
    }
    const QJsonObject reliability = m_manifest.nodeReliability.toJson();
    if (!reliability.isEmpty())
        hashes.insert(kReliability, jsonSha256(reliability));
    m_manifest.sectionHashes = hashes;
    if (m_manifest.modelId.isEmpty())
        m_manifest.modelId = QStringLiteral("lgpn-%1-%2-%3")
                                 .arg(QString::fromStdString(m_options.config()), m_schema.name(), sha256Hex(weightBytes).left(12));
    if (m_manifest.created.isEmpty())
        m_manifest.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (m_manifest.toolVersion.isEmpty())
        m_manifest.toolVersion = QStringLiteral(LGPN_VERSION);
    QJsonObject manifest = m_manifest.toJson();
    manifest.insert(QStringLiteral("format"), kFormat);
    manifest.insert(QStringLiteral("version"), kFormatVersion);
    archive.setSection(kManifest, QJsonDocument(manifest).toJson(QJsonDocument::Indented));
    archive.save(path);
}

QString ModelBundle::resolvePath(const QString &requested)
{
    return requested.isEmpty() || requested == u"default" ? EmbeddedModel::bundlePath() : requested;
}

ModelBundle ModelBundle::load(const QString &path)
{
    const BundleArchive archive = BundleArchive::load(path);
    const QJsonObject manifestObject = parseObject(archive.section(kManifest, path), path, kManifest);
    if (manifestObject.value(u"format").toString() != kFormat)
        throw InputError(path, QStringLiteral("not an LGPN model bundle (the manifest's format is \"%1\")")
                                   .arg(manifestObject.value(u"format").toString()));
    const int version = manifestObject.value(u"version").toInt(-1);
    if (version != kFormatVersion)
        throw InputError(path, QStringLiteral("unsupported model bundle version %1 (this program reads version %2)")
                                   .arg(version).arg(kFormatVersion));
    BundleManifest manifest = readManifest(manifestObject, path);

    for (const QString &name : {kOptions, kSchema, kGraph, kWeights}) {
        const QString expected = manifest.sectionHashes.value(name).toString();
        if (expected.isEmpty())
            throw InputError(path, QStringLiteral("damaged model bundle: the manifest has no SHA-256 for %1").arg(name));
        if (sha256Hex(archive.section(name, path)) != expected)
            throw InputError(path, QStringLiteral("damaged model bundle: SHA-256 mismatch for %1").arg(name));
    }

    const HyperparameterSchema schema = HyperparameterSchema::fromJson(archive.section(kSchema, path), path + u" (schema)");
    try {
        manifest.nodeReliability.requireNodesOf(schema);
    } catch (const std::invalid_argument &error) {
        throw InputError(path, QStringLiteral("schema mismatch: the manifest's %1 %2").arg(kReliability, QString::fromUtf8(error.what())));
    }
    std::vector<std::pair<std::string, std::string>> keyValues;
    const QJsonObject optionsObject = parseObject(archive.section(kOptions, path), path, kOptions);
    for (auto it = optionsObject.begin(); it != optionsObject.end(); ++it)
        keyValues.emplace_back(it.key().toStdString(), it.value().toString().toStdString());
    LgpnOptions options;
    try {
        options = LgpnOptions::fromKeyValues(keyValues);
    } catch (const std::exception &error) {
        throw InputError(path, QStringLiteral("bad model options: %1").arg(QString::fromUtf8(error.what())));
    }

    const QJsonObject graph = parseObject(archive.section(kGraph, path), path, kGraph);
    const QJsonArray adjacencyArray = graph.value(u"adjacency").toArray();
    if (graph.value(u"nodes").toInt() != schema.nodeCount()
        || adjacencyArray.size() != qsizetype(schema.nodeCount()) * schema.nodeCount())
        throw InputError(path, QStringLiteral("schema mismatch: the prior graph has %1 nodes, the schema %2")
                                   .arg(graph.value(u"nodes").toInt()).arg(schema.nodeCount()));
    std::vector<float> adjacency;
    adjacency.reserve(size_t(adjacencyArray.size()));
    for (const QJsonValue value : adjacencyArray)
        adjacency.push_back(float(value.toDouble()));

    LgpnModel model = nullptr;
    try {
        model = LgpnModel(options, makeGraphSpec(schema, adjacency));
        const QByteArray &weights = archive.section(kWeights, path);
        std::istringstream stream(weights.toStdString());
        torch::load(model, stream);
    } catch (const c10::Error &error) {
        throw InputError(path, QStringLiteral("the weights do not fit the model (schema or options mismatch): %1")
                                   .arg(QString::fromStdString(error.what_without_backtrace()).section(u'\n', 0, 0)));
    } catch (const std::exception &error) {
        throw InputError(path, QStringLiteral("cannot build the model: %1").arg(QString::fromUtf8(error.what())));
    }
    model->eval();
    ModelBundle bundle(options, schema, adjacency, graph.value(u"threshold").toDouble(0.4), model, manifest);
    bundle.m_novelty = readNovelty(archive, manifest, path, options);
    return bundle;
}

NoveltyModel ModelBundle::readNovelty(const BundleArchive &archive, const BundleManifest &manifest, const QString &path,
                                      const LgpnOptions &options)
{
    const QString expected = manifest.sectionHashes.value(kNovelty).toString();
    if (!archive.hasSection(kNovelty)) {
        if (!expected.isEmpty())
            throw InputError(path, QStringLiteral("damaged model bundle: %1 is missing").arg(kNovelty));
        return {};
    }
    const QByteArray &bytes = archive.section(kNovelty, path);
    if (expected.isEmpty() || sha256Hex(bytes) != expected)
        throw InputError(path, QStringLiteral("damaged model bundle: SHA-256 mismatch for %1").arg(kNovelty));
    try {
        NoveltyModel novelty = NoveltyModel::fromBytes(bytes.toStdString());
        if (novelty.featureDimension() != options.feature_dim())
            throw std::invalid_argument("its feature width is not the model's");
        return novelty;
    } catch (const std::invalid_argument &error) {
        throw InputError(path, QStringLiteral("bad %1: %2").arg(kNovelty, QString::fromUtf8(error.what())));
    }
}

void ModelBundle::requireSchema(const HyperparameterSchema &expected, const QString &source) const
{
    if (m_schema != expected)
        throw InputError(source, QStringLiteral("schema mismatch: the model was trained on schema \"%1\" (%2 nodes), "
                                                "the data uses \"%3\" (%4 nodes)")
                                     .arg(m_schema.name()).arg(m_schema.nodeCount()).arg(expected.name()).arg(expected.nodeCount()));
}

} // namespace lgpn
