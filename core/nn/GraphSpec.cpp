#include "GraphSpec.h"

#include <set>
#include <stdexcept>
#include <string>

namespace lgpn {

std::vector<int64_t> GraphSpec::levelSizes() const
{
    std::vector<int64_t> sizes = {nodeCount};
    for (const torch::Tensor &assignment : hierarchy)
        sizes.push_back(assignment.size(1));
    return sizes;
}

void GraphSpec::validate() const
{
    auto fail = [](const std::string &message) { throw std::invalid_argument("graph spec: " + message); };
    if (nodeCount <= 0)
        fail("no nodes");
    if (!priorAdjacency.defined() || priorAdjacency.dim() != 2 || priorAdjacency.size(0) != nodeCount
        || priorAdjacency.size(1) != nodeCount)
        fail("the prior adjacency must be [" + std::to_string(nodeCount) + ", " + std::to_string(nodeCount) + "]");
    int64_t rows = nodeCount;
    for (size_t level = 0; level < hierarchy.size(); ++level) {
        const torch::Tensor &assignment = hierarchy[level];
        if (!assignment.defined() || assignment.dim() != 2 || assignment.size(0) != rows || assignment.size(1) < 1)
            fail("hierarchy level " + std::to_string(level) + " must have " + std::to_string(rows) + " rows");
        if (!torch::equal(assignment.sum(1), torch::ones({rows}, assignment.options())))
            fail("hierarchy level " + std::to_string(level) + " must assign every item to exactly one group");
        rows = assignment.size(1);
    }
    std::set<int64_t> seen;
    for (const auto &group : continuousGroups) {
        if (group.empty())
            fail("a continuous group has no nodes");
        for (int64_t node : group) {
            if (node < 0 || node >= nodeCount || !seen.insert(node).second)
                fail("continuous group node " + std::to_string(node) + " is out of range or used twice");
        }
    }
}

} // namespace lgpn
