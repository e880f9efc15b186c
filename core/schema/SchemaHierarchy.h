#pragma once

#include "HyperparameterSchema.h"

#include <vector>

namespace lgpn {

// The grouping that supervises LGPN's learnable pooling (paper Eq. 8, Appendix A):
// nodes -> fine groups -> coarse groups (55 -> 18 -> 3 for RED140), derived from the schema.
class SchemaHierarchy
{
public:
    explicit SchemaHierarchy(const HyperparameterSchema &schema);

    // Number of pooling levels (2: nodes to fine groups, fine groups to coarse groups).
    int levelCount() const { return int(m_parents.size()); }
    // Number of items at a level: level 0 = nodes, 1 = fine groups, 2 = coarse groups.
    int sizeAt(int level) const;
    // parentOf(level, i): the item at level+1 that item i of `level` belongs to.
    int parentOf(int level, int item) const { return m_parents.at(size_t(level)).at(size_t(item)); }
    // The 0/1 assignment matrix from `level` to `level + 1`, row-major [sizeAt(level) x sizeAt(level+1)].
    std::vector<float> assignmentMatrix(int level) const;

private:
    std::vector<int> m_sizes;
    std::vector<std::vector<int>> m_parents;
};

} // namespace lgpn
