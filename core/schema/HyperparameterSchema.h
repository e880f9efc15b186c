#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace lgpn {

// How the nodes of a group are read from a label table and what they mean.
enum class GroupKind {
    Loss,       // one node per loss function, each a 0/1 column of the loss table
    Continuous, // one range node per bin of a continuous architecture parameter
    Discrete,   // one node per code of a categorical architecture attribute
};

struct SchemaNode
{
    QString id;
    QString displayName;
    int group = -1;       // index into HyperparameterSchema::groups()
    int lossColumn = -1;  // Loss nodes: column in the loss table
    QString code;         // Discrete nodes: the table code, or "nonzero" for a yes/no attribute
};

// A fine group of nodes (e.g. "pixel-level losses", "normalization", "layers").
struct SchemaGroup
{
    QString id;
    QString displayName;
    GroupKind kind = GroupKind::Loss;
    int coarseGroup = -1;          // index into HyperparameterSchema::coarseGroups()
    int architectureColumn = -1;   // Continuous and Discrete groups: column in the architecture table
    QString unit;                  // Continuous groups: what is counted ("layers", "parameters", ...)
    std::vector<double> binEdges;  // Continuous groups: bin i holds edges[i-1] <= v < edges[i]
    // Continuous groups: how a value maps to the [0, 1] target of the regression heads.
    bool logScale = true;          // normalise log10(1 + v) rather than v
    double valueMin = 0;           // the value that maps to 0
    double valueMax = 1;           // the value that maps to 1
    QStringList unsetCodes;        // Discrete groups: codes that set no node ("none/other")
    std::vector<int> nodes;        // indices into HyperparameterSchema::nodes(), in order
};

struct CoarseGroup
{
    QString id;
    QString displayName;
};

// The hyperparameters that LGPN predicts, as graph nodes. Loaded from data (a JSON resource)
// because other schemas exist (a model zoo with its own bin edges): no code may assume a node
// count or a node's position.
class HyperparameterSchema
{
public:
    static HyperparameterSchema fromJson(const QByteArray &json, const QString &sourceName);
    static HyperparameterSchema fromFile(const QString &path);
    // The RED140 schema embedded in the program.
    static HyperparameterSchema red140();

    QByteArray toJson() const;

    const QString &name() const { return m_name; }
    const QString &description() const { return m_description; }
    int architectureColumns() const { return m_architectureColumns; }

    int nodeCount() const { return int(m_nodes.size()); }
    const std::vector<SchemaNode> &nodes() const { return m_nodes; }
    const SchemaNode &node(int index) const { return m_nodes.at(size_t(index)); }
    int nodeIndex(const QString &id) const;

    const std::vector<SchemaGroup> &groups() const { return m_groups; }
    const SchemaGroup &group(int index) const { return m_groups.at(size_t(index)); }
    int groupIndex(const QString &id) const;
    const std::vector<CoarseGroup> &coarseGroups() const { return m_coarseGroups; }

    // Indices of the groups of a kind, in schema order.
    std::vector<int> groupsOfKind(GroupKind kind) const;
    int lossColumnCount() const;

    // Which bin of a continuous group a value falls in.
    int binOf(int groupIndex, double value) const;
    // A human-readable range of a bin, e.g. "300 – 600" or "≥ 60 M".
    QString binRangeText(int groupIndex, int bin) const;

    // A continuous value mapped to [0, 1] (clamped) for regression, and back.
    double normalise(int groupIndex, double value) const;
    double denormalise(int groupIndex, double normalised) const;
    // The same schema with another value range for one continuous group.
    HyperparameterSchema withValueRange(const QString &groupId, double valueMin, double valueMax) const;

    // The 0/1 node vector of a GM given its architecture row and loss row.
    // Throws std::invalid_argument naming the column on a value the schema cannot map.
    std::vector<float> encode(const std::vector<double> &architecture,
                              const std::vector<int> &losses) const;

    // The same schema with other bin edges for one continuous group (a zoo's own tertiles).
    HyperparameterSchema withBinEdges(const QString &groupId, const std::vector<double> &edges,
                                      const QString &newName) const;

    bool operator==(const HyperparameterSchema &other) const;
    bool operator!=(const HyperparameterSchema &other) const { return !(*this == other); }

private:
    void validate(const QString &sourceName) const;

    QString m_name;
    QString m_description;
    int m_architectureColumns = 0;
    std::vector<CoarseGroup> m_coarseGroups;
    std::vector<SchemaGroup> m_groups;
    std::vector<SchemaNode> m_nodes;
};

QString groupKindName(GroupKind kind);

} // namespace lgpn
