#include "TrainingDataset.h"

#include "analysis/InputCollector.h"
#include "common/InputError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <numeric>

namespace lgpn {

namespace {

QJsonObject readJsonObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, QStringLiteral("cannot read: %1").arg(file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw InputError(path, QStringLiteral("not a valid JSON object (%1)").arg(error.errorString()));
    return document.object();
}

// A path the manifest names, kept inside the zoo's folder: a manifest is outside bytes, and
// "/" or "../.." as a folder would make `lgpn train` walk whatever it names.
QString pathInsideZoo(const QDir &zoo, const QString &path, const QString &manifestPath)
{
    const QString cleaned = QDir::cleanPath(path);
    if (path.isEmpty() || QDir::isAbsolutePath(path) || cleaned == u".." || cleaned.startsWith(u"../"))
        throw InputError(manifestPath, QStringLiteral("the path \"%1\" is not inside the zoo's folder").arg(path.left(200)));
    return zoo.filePath(cleaned);
}

} // namespace

TrainingDataset TrainingDataset::schemaOnly(const QString &directory, const HyperparameterSchema &schema)
{
    TrainingDataset data;
    data.m_directory = directory;
    data.m_layout = QStringLiteral("schema");
    data.m_schema = schema;
    return data;
}

TrainingDataset TrainingDataset::open(const QString &directory)
{
    TrainingDataset data;
    data.m_directory = directory;
    const QDir dir(directory);
    if (!QFileInfo(directory).isDir())
        throw InputError(directory, QStringLiteral("not a folder"));

    const QString manifestPath = dir.filePath(QStringLiteral("manifest.json"));
    if (QFileInfo::exists(manifestPath)) {
        data.m_layout = QStringLiteral("zoo");
        const QJsonObject manifest = readJsonObject(manifestPath);
        if (manifest.value(u"format").toString() != u"lgpn-zoo")
            throw InputError(manifestPath, QStringLiteral("not a zoo manifest (format is not \"lgpn-zoo\")"));
        if (!manifest.value(u"complete").toBool())
            throw InputError(manifestPath, QStringLiteral("the zoo is not complete: finish it with `lgpn zoo build` first"));
        data.m_schema = HyperparameterSchema::fromFile(
            pathInsideZoo(dir, manifest.value(u"schema").toString(QStringLiteral("schema.json")), manifestPath));
        data.m_labels = RedLabelTable::read(dir.filePath(QStringLiteral("labels")), data.m_schema);
        data.m_gmFold.assign(data.m_labels.models().size(), 0);
        data.m_gmConfiguration.resize(data.m_labels.models().size());
        std::iota(data.m_gmConfiguration.begin(), data.m_gmConfiguration.end(), 0);
        data.m_gmFamily.resize(data.m_labels.models().size());
        for (const QJsonValue value : manifest.value(u"gms").toArray()) {
            const QJsonObject gm = value.toObject();
            const int index = data.m_labels.indexOf(gm.value(u"name").toString());
            if (index < 0)
                throw InputError(manifestPath, QStringLiteral("GM %1 is not in the label tables").arg(gm.value(u"name").toString()));
            data.addFolder(pathInsideZoo(dir, gm.value(u"folder").toString(), manifestPath), index, false);
            if (gm.value(u"configuration").isDouble()) // zoos of design 2: replicates share a configuration
                data.m_gmConfiguration[size_t(index)] = gm.value(u"configuration").toInt();
            data.m_gmFamily[size_t(index)] = gm.value(u"family").toString();
        }
        for (const QJsonValue value : manifest.value(u"real").toArray())
            data.addFolder(pathInsideZoo(dir, value.toObject().value(u"folder").toString(), manifestPath), -1, true);
    } else {
        data.m_layout = QStringLiteral("red");
        const QString schemaPath = dir.filePath(QStringLiteral("schema.json"));
        data.m_schema = QFileInfo::exists(schemaPath) ? HyperparameterSchema::fromFile(schemaPath) : HyperparameterSchema::red140();
        const QString labelDir = QFileInfo::exists(dir.filePath(RedLabelTable::kArchitectureFile)) ? directory
                                                                                                     : dir.filePath(QStringLiteral("labels"));
        data.m_labels = RedLabelTable::read(labelDir, data.m_schema);
        data.m_gmConfiguration.resize(data.m_labels.models().size());
        std::iota(data.m_gmConfiguration.begin(), data.m_gmConfiguration.end(), 0);
        data.m_gmFold.assign(data.m_labels.models().size(), 0);
        const QString imageRoot = QFileInfo(dir.filePath(QStringLiteral("images"))).isDir() ? dir.filePath(QStringLiteral("images")) : directory;
        for (size_t gm = 0; gm < data.m_labels.models().size(); ++gm) {
            const QString folder = QDir(imageRoot).filePath(data.m_labels.models()[gm].name);
            if (QFileInfo(folder).isDir())
                data.addFolder(folder, int(gm), true);
        }
        if (QFileInfo(dir.filePath(QStringLiteral("real"))).isDir())
            data.addFolder(dir.filePath(QStringLiteral("real")), -1, true);
    }
    const std::vector<std::vector<int>> &sets = data.m_labels.testSets();
    if (sets.size() != size_t(kFolds))
        throw InputError(directory, QStringLiteral("%1 test sets found; the leave-one-set-out protocol needs %2").arg(sets.size()).arg(kFolds));
    for (size_t set = 0; set < sets.size(); ++set)
        for (int gm : sets[set])
            data.m_gmFold[size_t(gm)] = int(set) + 1;
    int realIndex = 0;
    for (DatasetImage &image : data.m_images)
        image.fold = image.gm >= 0 ? data.m_gmFold[size_t(image.gm)] : 1 + realIndex++ % kFolds;
    bool anyGenerated = false;
    for (const DatasetImage &image : data.m_images)
        anyGenerated = anyGenerated || image.gm >= 0;
    if (!anyGenerated)
        throw InputError(directory, QStringLiteral("no images of any labelled GM found"));
    return data;
}

void TrainingDataset::addFolder(const QString &folder, int gm, bool recursive)
{
    if (!QFileInfo(folder).isDir())
        throw InputError(folder, QStringLiteral("image folder missing"));
    for (const InputCollector::Entry &entry : InputCollector::collect({folder}, recursive)) {
        if (entry.error.isEmpty())
            m_images.push_back(DatasetImage{entry.path, gm, 0});
    }
}

std::vector<int> TrainingDataset::trainingGms(int fold) const
{
    std::vector<int> gms;
    for (int gm = 0; gm < gmCount(); ++gm) {
        if (fold == 0 || (m_gmFold[size_t(gm)] != fold && m_gmFold[size_t(gm)] != 0))
            gms.push_back(gm);
    }
    return gms;
}

std::vector<int> TrainingDataset::testGms(int fold) const
{
    std::vector<int> gms;
    for (int gm = 0; gm < gmCount(); ++gm) {
        if (fold == 0 || m_gmFold[size_t(gm)] == fold)
            gms.push_back(gm);
    }
    return gms;
}

std::vector<int> TrainingDataset::imagesOfGms(const std::vector<int> &gms) const
{
    std::vector<char> wanted(size_t(gmCount()), 0);
    for (int gm : gms)
        wanted[size_t(gm)] = 1;
    std::vector<int> indices;
    for (size_t i = 0; i < m_images.size(); ++i) {
        if (m_images[i].gm >= 0 && wanted[size_t(m_images[i].gm)])
            indices.push_back(int(i));
    }
    return indices;
}

std::vector<int> TrainingDataset::realImages(int fold, bool heldOut) const
{
    std::vector<int> indices;
    for (size_t i = 0; i < m_images.size(); ++i) {
        if (m_images[i].gm >= 0)
            continue;
        const bool inFold = m_images[i].fold == fold;
        if (fold == 0 || inFold == heldOut)
            indices.push_back(int(i));
    }
    return indices;
}

std::vector<float> TrainingDataset::continuousTargets(int gm) const
{
    std::vector<float> targets;
    const GmLabels &labels = m_labels.models()[size_t(gm)];
    for (int group : m_schema.groupsOfKind(GroupKind::Continuous)) {
        const int column = m_schema.group(group).architectureColumn;
        targets.push_back(float(m_schema.normalise(group, labels.architecture[size_t(column)])));
    }
    return targets;
}

} // namespace lgpn
