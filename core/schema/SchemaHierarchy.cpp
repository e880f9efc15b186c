#include "SchemaHierarchy.h"

namespace lgpn {

SchemaHierarchy::SchemaHierarchy(const HyperparameterSchema &schema)
{
    std::vector<int> nodeToGroup;
    for (const SchemaNode &node : schema.nodes())
        nodeToGroup.push_back(node.group);
    std::vector<int> groupToCoarse;
    for (const SchemaGroup &group : schema.groups())
        groupToCoarse.push_back(group.coarseGroup);

    m_sizes = {schema.nodeCount(), int(schema.groups().size()), int(schema.coarseGroups().size())};
    m_parents = {nodeToGroup, groupToCoarse};
}

int SchemaHierarchy::sizeAt(int level) const
{
    return m_sizes.at(size_t(level));
}

std::vector<float> SchemaHierarchy::assignmentMatrix(int level) const
{
    const int rows = sizeAt(level);
    const int columns = sizeAt(level + 1);
    std::vector<float> matrix(size_t(rows) * size_t(columns), 0.0f);
    for (int row = 0; row < rows; ++row)
        matrix[size_t(row) * size_t(columns) + size_t(parentOf(level, row))] = 1.0f;
    return matrix;
}

} // namespace lgpn
