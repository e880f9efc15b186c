#include "HyperparameterSchema.h"

#include "common/InputError.h"
#include "common/NativeFile.h"
#include "common/NativePath.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace lgpn {

namespace {

const QString kFormat = QStringLiteral("lgpn-schema");
const int kVersion = 1;
const QString kNonzeroCode = QStringLiteral("nonzero");

std::optional<GroupKind> parseKind(const QString &text)
{
    if (text == u"loss")
        return GroupKind::Loss;
    if (text == u"continuous")
        return GroupKind::Continuous;
    if (text == u"discrete")
        return GroupKind::Discrete;
    return std::nullopt;
}

// Reads a JSON object field that must be present and of the right type.
class FieldReader
{
public:
    FieldReader(const QString &source, const QString &where) : m_source(source), m_where(where) {}

    QJsonValue require(const QJsonObject &object, const QString &key) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            fail(QStringLiteral("missing \"%1\"").arg(key));
        return value;
    }
    QString string(const QJsonObject &object, const QString &key) const
    {
        const QJsonValue value = require(object, key);
        if (!value.isString() || value.toString().isEmpty())
            fail(QStringLiteral("\"%1\" must be a non-empty string").arg(key));
        return value.toString();
    }
    int integer(const QJsonObject &object, const QString &key) const
    {
        const QJsonValue value = require(object, key);
        const double number = value.toDouble(-1.0);
        // Above INT_MAX the conversion to int is undefined (found by fuzz_schema).
        if (!value.isDouble() || number < 0 || number != std::floor(number) || number > std::numeric_limits<int>::max())
            fail(QStringLiteral("\"%1\" must be a non-negative integer up to %2").arg(key).arg(std::numeric_limits<int>::max()));
        return int(number);
    }
    QJsonArray array(const QJsonObject &object, const QString &key) const
    {
        const QJsonValue value = require(object, key);
        if (!value.isArray())
            fail(QStringLiteral("\"%1\" must be an array").arg(key));
        return value.toArray();
    }
    QJsonObject objectAt(const QJsonArray &array, int index, const QString &what) const
    {
        if (!array.at(index).isObject())
            fail(QStringLiteral("%1 %2 must be an object").arg(what).arg(index));
        return array.at(index).toObject();
    }
    [[noreturn]] void fail(const QString &reason) const
    {
        throw InputError(m_source, m_where.isEmpty() ? reason : m_where + u": " + reason);
    }
    FieldReader at(const QString &where) const { return FieldReader(m_source, where); }

private:
    QString m_source;
    QString m_where;
};

QString compactNumber(double value)
{
    const double magnitude = std::fabs(value);
    if (magnitude >= 1e9)
        return QString::number(value / 1e9, 'g', 3) + u" G";
    if (magnitude >= 1e6)
        return QString::number(value / 1e6, 'g', 3) + u" M";
    if (magnitude >= 1e4)
        return QString::number(value / 1e3, 'g', 3) + u" k";
    return QString::number(value, 'g', 6);
}

} // namespace

QString groupKindName(GroupKind kind)
{
    switch (kind) {
    case GroupKind::Loss: return QStringLiteral("loss");
    case GroupKind::Continuous: return QStringLiteral("continuous");
    case GroupKind::Discrete: return QStringLiteral("discrete");
    }
    return {};
}

HyperparameterSchema HyperparameterSchema::fromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw InputError(sourceName, QStringLiteral("not valid JSON (%1 at byte %2)")
                                         .arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        throw InputError(sourceName, QStringLiteral("a schema must be a JSON object"));

    const QJsonObject root = document.object();
    const FieldReader reader(sourceName, QString());
    if (root.value(u"format").toString() != kFormat)
        reader.fail(QStringLiteral("not an LGPN schema (\"format\" is not \"%1\")").arg(kFormat));
    if (root.value(u"version").toInt(-1) != kVersion)
        reader.fail(QStringLiteral("unsupported schema version %1 (this program reads version %2)")
                        .arg(root.value(u"version").toVariant().toString()).arg(kVersion));

    HyperparameterSchema schema;
    schema.m_name = reader.string(root, QStringLiteral("name"));
    schema.m_description = root.value(u"description").toString();
    schema.m_architectureColumns = reader.integer(root, QStringLiteral("architectureColumns"));

    const QJsonArray coarse = reader.array(root, QStringLiteral("coarseGroups"));
    for (int i = 0; i < coarse.size(); ++i) {
        const QJsonObject object = reader.objectAt(coarse, i, QStringLiteral("coarse group"));
        const FieldReader here = reader.at(QStringLiteral("coarse group %1").arg(i));
        schema.m_coarseGroups.push_back({here.string(object, QStringLiteral("id")),
                                         here.string(object, QStringLiteral("displayName"))});
    }

    const QJsonArray groups = reader.array(root, QStringLiteral("groups"));
    for (int g = 0; g < groups.size(); ++g) {
        const QJsonObject object = reader.objectAt(groups, g, QStringLiteral("group"));
        SchemaGroup group;
        group.id = reader.at(QStringLiteral("group %1").arg(g)).string(object, QStringLiteral("id"));
        const FieldReader here = reader.at(QStringLiteral("group \"%1\"").arg(group.id));
        group.displayName = here.string(object, QStringLiteral("displayName"));
        const auto kind = parseKind(here.string(object, QStringLiteral("kind")));
        if (!kind)
            here.fail(QStringLiteral("\"kind\" must be loss, continuous or discrete"));
        group.kind = *kind;
        const QString coarseId = here.string(object, QStringLiteral("coarse"));
        const auto coarseIt = std::find_if(schema.m_coarseGroups.begin(), schema.m_coarseGroups.end(),
                                           [&](const CoarseGroup &c) { return c.id == coarseId; });
        if (coarseIt == schema.m_coarseGroups.end())
            here.fail(QStringLiteral("unknown coarse group \"%1\"").arg(coarseId));
        group.coarseGroup = int(coarseIt - schema.m_coarseGroups.begin());
        if (group.kind != GroupKind::Loss)
            group.architectureColumn = here.integer(object, QStringLiteral("architectureColumn"));
        if (group.kind == GroupKind::Continuous) {
            group.unit = object.value(u"unit").toString();
            const QString scale = object.value(u"valueScale").toString(QStringLiteral("log"));
            if (scale != u"log" && scale != u"linear")
                here.fail(QStringLiteral("\"valueScale\" must be log or linear"));
            group.logScale = scale == u"log";
            const QJsonArray range = here.array(object, QStringLiteral("valueRange"));
            if (range.size() != 2 || !range[0].isDouble() || !range[1].isDouble())
                here.fail(QStringLiteral("\"valueRange\" must be [min, max]"));
            group.valueMin = range[0].toDouble();
            group.valueMax = range[1].toDouble();
            for (const QJsonValue edge : here.array(object, QStringLiteral("binEdges"))) {
                if (!edge.isDouble())
                    here.fail(QStringLiteral("\"binEdges\" must hold numbers"));
                group.binEdges.push_back(edge.toDouble());
            }
        }
        if (group.kind == GroupKind::Discrete) {
            for (const QJsonValue code : object.value(u"unsetCodes").toArray())
                group.unsetCodes.append(code.toString());
        }

        const QJsonArray nodes = here.array(object, QStringLiteral("nodes"));
        const int groupIndex = int(schema.m_groups.size());
        for (int n = 0; n < nodes.size(); ++n) {
            const QJsonObject nodeObject = here.objectAt(nodes, n, QStringLiteral("node"));
            SchemaNode node;
            node.id = here.at(QStringLiteral("group \"%1\" node %2").arg(group.id).arg(n))
                          .string(nodeObject, QStringLiteral("id"));
            const FieldReader nodeReader = reader.at(QStringLiteral("node \"%1\"").arg(node.id));
            node.displayName = nodeReader.string(nodeObject, QStringLiteral("displayName"));
            node.group = groupIndex;
            if (group.kind == GroupKind::Loss)
                node.lossColumn = nodeReader.integer(nodeObject, QStringLiteral("lossColumn"));
            if (group.kind == GroupKind::Discrete)
                node.code = nodeReader.string(nodeObject, QStringLiteral("code"));
            group.nodes.push_back(schema.nodeCount());
            schema.m_nodes.push_back(node);
        }
        schema.m_groups.push_back(group);
    }
    schema.validate(sourceName);
    return schema;
}

void HyperparameterSchema::validate(const QString &sourceName) const
{
    auto fail = [&](const QString &reason) { throw InputError(sourceName, reason); };
    if (m_nodes.empty())
        fail(QStringLiteral("the schema has no nodes"));
    if (m_coarseGroups.empty())
        fail(QStringLiteral("the schema has no coarse groups"));

    QStringList ids;
    for (const SchemaNode &node : m_nodes) {
        if (ids.contains(node.id))
            fail(QStringLiteral("node id \"%1\" is used twice").arg(node.id));
        ids.append(node.id);
    }
    QStringList groupIds;
    std::vector<int> lossColumns;
    for (const SchemaGroup &group : m_groups) {
        if (groupIds.contains(group.id))
            fail(QStringLiteral("group id \"%1\" is used twice").arg(group.id));
        groupIds.append(group.id);
        if (group.nodes.empty())
            fail(QStringLiteral("group \"%1\" has no nodes").arg(group.id));
        if (group.kind != GroupKind::Loss && group.architectureColumn >= m_architectureColumns)
            fail(QStringLiteral("group \"%1\": architecture column %2 is beyond the %3 columns")
                     .arg(group.id).arg(group.architectureColumn).arg(m_architectureColumns));
        if (group.kind == GroupKind::Continuous) {
            if (group.binEdges.size() + 1 != group.nodes.size())
                fail(QStringLiteral("group \"%1\": %2 bin edges need %3 nodes, not %4")
                         .arg(group.id).arg(group.binEdges.size()).arg(group.binEdges.size() + 1)
                         .arg(group.nodes.size()));
            if (!std::is_sorted(group.binEdges.begin(), group.binEdges.end())
                || std::adjacent_find(group.binEdges.begin(), group.binEdges.end()) != group.binEdges.end())
                fail(QStringLiteral("group \"%1\": bin edges must increase strictly").arg(group.id));
            if (!(group.valueMax > group.valueMin) || (group.logScale && group.valueMin < 0))
                fail(QStringLiteral("group \"%1\": valueRange must be [min, max] with min < max (and min >= 0 on a log scale)")
                         .arg(group.id));
        }
        if (group.kind == GroupKind::Loss) {
            for (int index : group.nodes)
                lossColumns.push_back(m_nodes[size_t(index)].lossColumn);
        }
        if (group.kind == GroupKind::Discrete) {
            QStringList codes = group.unsetCodes;
            for (int index : group.nodes) {
                const QString &code = m_nodes[size_t(index)].code;
                bool isNumber = false;
                code.toInt(&isNumber);
                if (!isNumber && code != kNonzeroCode)
                    fail(QStringLiteral("node \"%1\": code \"%2\" is neither an integer nor \"nonzero\"")
                             .arg(m_nodes[size_t(index)].id, code));
                if (codes.contains(code))
                    fail(QStringLiteral("group \"%1\": code %2 is used twice").arg(group.id, code));
                codes.append(code);
            }
        }
    }
    std::sort(lossColumns.begin(), lossColumns.end());
    for (size_t i = 0; i < lossColumns.size(); ++i) {
        if (lossColumns[i] != int(i))
            fail(QStringLiteral("loss columns must be 0..%1, each used once").arg(lossColumns.size() - 1));
    }
}

HyperparameterSchema HyperparameterSchema::fromFile(const QString &path)
{
    // A schema is a few kilobytes; anything far larger is not one.
    constexpr qint64 kMaxSchemaBytes = 4 * 1024 * 1024;
    // Regular files only (NativeFile): a zoo manifest may name any path as its schema, and
    // /dev/zero or a FIFO would be read forever or waited on. Qt resources (":/...") are ours.
    if (!path.startsWith(u':'))
        return fromJson(NativeFile::readAll(NativePath::fromDisplay(path), kMaxSchemaBytes), path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, QStringLiteral("cannot open: %1").arg(file.errorString()));
    return fromJson(file.readAll(), path);
}

HyperparameterSchema HyperparameterSchema::red140()
{
    return fromFile(QStringLiteral(":/lgpn/schemas/red140.json"));
}

QByteArray HyperparameterSchema::toJson() const
{
    QJsonArray coarse;
    for (const CoarseGroup &group : m_coarseGroups)
        coarse.append(QJsonObject{{QStringLiteral("id"), group.id},
                                  {QStringLiteral("displayName"), group.displayName}});
    QJsonArray groups;
    for (const SchemaGroup &group : m_groups) {
        QJsonObject object{{QStringLiteral("id"), group.id},
                           {QStringLiteral("displayName"), group.displayName},
                           {QStringLiteral("coarse"), m_coarseGroups[size_t(group.coarseGroup)].id},
                           {QStringLiteral("kind"), groupKindName(group.kind)}};
        if (group.kind != GroupKind::Loss)
            object.insert(QStringLiteral("architectureColumn"), group.architectureColumn);
        if (group.kind == GroupKind::Continuous) {
            object.insert(QStringLiteral("unit"), group.unit);
            QJsonArray edges;
            for (double edge : group.binEdges)
                edges.append(edge);
            object.insert(QStringLiteral("binEdges"), edges);
            object.insert(QStringLiteral("valueScale"), group.logScale ? QStringLiteral("log") : QStringLiteral("linear"));
            object.insert(QStringLiteral("valueRange"), QJsonArray{group.valueMin, group.valueMax});
        }
        if (group.kind == GroupKind::Discrete)
            object.insert(QStringLiteral("unsetCodes"), QJsonArray::fromStringList(group.unsetCodes));
        QJsonArray nodes;
        for (int index : group.nodes) {
            const SchemaNode &node = m_nodes[size_t(index)];
            QJsonObject nodeObject{{QStringLiteral("id"), node.id},
                                   {QStringLiteral("displayName"), node.displayName}};
            if (group.kind == GroupKind::Loss)
                nodeObject.insert(QStringLiteral("lossColumn"), node.lossColumn);
            if (group.kind == GroupKind::Discrete)
                nodeObject.insert(QStringLiteral("code"), node.code);
            nodes.append(nodeObject);
        }
        object.insert(QStringLiteral("nodes"), nodes);
        groups.append(object);
    }
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("name"), m_name},
                           {QStringLiteral("description"), m_description},
                           {QStringLiteral("architectureColumns"), m_architectureColumns},
                           {QStringLiteral("coarseGroups"), coarse},
                           {QStringLiteral("groups"), groups}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

int HyperparameterSchema::nodeIndex(const QString &id) const
{
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].id == id)
            return int(i);
    }
    return -1;
}

int HyperparameterSchema::groupIndex(const QString &id) const
{
    for (size_t i = 0; i < m_groups.size(); ++i) {
        if (m_groups[i].id == id)
            return int(i);
    }
    return -1;
}

std::vector<int> HyperparameterSchema::groupsOfKind(GroupKind kind) const
{
    std::vector<int> result;
    for (size_t i = 0; i < m_groups.size(); ++i) {
        if (m_groups[i].kind == kind)
            result.push_back(int(i));
    }
    return result;
}

int HyperparameterSchema::lossColumnCount() const
{
    int count = 0;
    for (const SchemaNode &node : m_nodes)
        count += node.lossColumn >= 0 ? 1 : 0;
    return count;
}

int HyperparameterSchema::binOf(int groupIndex, double value) const
{
    const std::vector<double> &edges = group(groupIndex).binEdges;
    // upper_bound: a value equal to an edge belongs to the bin above it (a <= v < b).
    return int(std::upper_bound(edges.begin(), edges.end(), value) - edges.begin());
}

QString HyperparameterSchema::binRangeText(int groupIndex, int bin) const
{
    const std::vector<double> &edges = group(groupIndex).binEdges;
    if (edges.empty())
        return QStringLiteral("any");
    if (bin <= 0)
        return u"< " + compactNumber(edges.front());
    if (bin >= int(edges.size()))
        return u"≥ " + compactNumber(edges.back());
    return compactNumber(edges[size_t(bin - 1)]) + u" – " + compactNumber(edges[size_t(bin)]);
}

namespace {
double scaled(const SchemaGroup &group, double value)
{
    return group.logScale ? std::log10(1.0 + std::max(0.0, value)) : value;
}
} // namespace

double HyperparameterSchema::normalise(int groupIndex, double value) const
{
    const SchemaGroup &g = group(groupIndex);
    const double low = scaled(g, g.valueMin);
    const double high = scaled(g, g.valueMax);
    return std::clamp((scaled(g, value) - low) / (high - low), 0.0, 1.0);
}

double HyperparameterSchema::denormalise(int groupIndex, double normalised) const
{
    const SchemaGroup &g = group(groupIndex);
    const double low = scaled(g, g.valueMin);
    const double high = scaled(g, g.valueMax);
    const double value = low + std::clamp(normalised, 0.0, 1.0) * (high - low);
    return g.logScale ? std::pow(10.0, value) - 1.0 : value;
}

HyperparameterSchema HyperparameterSchema::withValueRange(const QString &groupId, double valueMin, double valueMax) const
{
    HyperparameterSchema copy = *this;
    const int index = groupIndex(groupId);
    if (index < 0 || copy.m_groups[size_t(index)].kind != GroupKind::Continuous)
        throw std::invalid_argument("no continuous group \"" + groupId.toStdString() + "\"");
    copy.m_groups[size_t(index)].valueMin = valueMin;
    copy.m_groups[size_t(index)].valueMax = valueMax;
    copy.validate(copy.m_name);
    return copy;
}

std::vector<float> HyperparameterSchema::encode(const std::vector<double> &architecture,
                                                const std::vector<int> &losses) const
{
    if (int(architecture.size()) != m_architectureColumns)
        throw std::invalid_argument("expected " + std::to_string(m_architectureColumns)
                                    + " architecture values, got " + std::to_string(architecture.size()));
    if (int(losses.size()) != lossColumnCount())
        throw std::invalid_argument("expected " + std::to_string(lossColumnCount())
                                    + " loss values, got " + std::to_string(losses.size()));

    std::vector<float> labels(m_nodes.size(), 0.0f);
    for (const SchemaGroup &group : m_groups) {
        switch (group.kind) {
        case GroupKind::Loss:
            for (int index : group.nodes) {
                const int value = losses[size_t(m_nodes[size_t(index)].lossColumn)];
                if (value != 0 && value != 1)
                    throw std::invalid_argument("loss column " + std::to_string(m_nodes[size_t(index)].lossColumn + 1)
                                                + " must be 0 or 1, not " + std::to_string(value));
                labels[size_t(index)] = float(value);
            }
            break;
        case GroupKind::Continuous: {
            const double value = architecture[size_t(group.architectureColumn)];
            if (!std::isfinite(value) || value < 0)
                throw std::invalid_argument("column " + std::to_string(group.architectureColumn + 1) + " ("
                                            + group.id.toStdString() + ") must be a non-negative number");
            labels[size_t(group.nodes[size_t(binOf(int(&group - m_groups.data()), value))])] = 1.0f;
            break;
        }
        case GroupKind::Discrete: {
            const double raw = architecture[size_t(group.architectureColumn)];
            // Codes are small integers; past 2^53 a double holds no exact integer, and past 2^63
            // converting it to qint64 below would be undefined.
            constexpr double kMaxCode = 9007199254740992.0;
            if (raw != std::floor(raw) || std::abs(raw) > kMaxCode)
                throw std::invalid_argument("column " + std::to_string(group.architectureColumn + 1) + " ("
                                            + group.id.toStdString() + ") must be an integer code");
            const QString code = QString::number(qint64(raw));
            bool matched = group.unsetCodes.contains(code);
            for (int index : group.nodes) {
                const QString &nodeCode = m_nodes[size_t(index)].code;
                const bool hit = nodeCode == kNonzeroCode ? raw != 0 && !matched : nodeCode == code;
                if (hit) {
                    labels[size_t(index)] = 1.0f;
                    matched = true;
                }
            }
            if (!matched)
                throw std::invalid_argument("unknown code " + code.toStdString() + " in column "
                                            + std::to_string(group.architectureColumn + 1) + " ("
                                            + group.id.toStdString() + ")");
            break;
        }
        }
    }
    return labels;
}

HyperparameterSchema HyperparameterSchema::withBinEdges(const QString &groupId, const std::vector<double> &edges,
                                                        const QString &newName) const
{
    HyperparameterSchema copy = *this;
    const int index = groupIndex(groupId);
    if (index < 0 || copy.m_groups[size_t(index)].kind != GroupKind::Continuous)
        throw std::invalid_argument("no continuous group \"" + groupId.toStdString() + "\"");
    copy.m_groups[size_t(index)].binEdges = edges;
    copy.m_name = newName;
    copy.validate(newName);
    return copy;
}

bool HyperparameterSchema::operator==(const HyperparameterSchema &other) const
{
    return toJson() == other.toJson();
}

} // namespace lgpn
