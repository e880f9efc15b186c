#include "StrongestNodes.h"

#include <algorithm>

namespace lgpn {

std::vector<int> StrongestNodes::of(const HyperparameterSchema &schema, const std::vector<float> &probabilities, int count)
{
    std::vector<int> nodes;
    for (GroupKind kind : {GroupKind::Loss, GroupKind::Discrete}) {
        for (int group : schema.groupsOfKind(kind)) {
            for (int node : schema.group(group).nodes) {
                if (node < int(probabilities.size()))
                    nodes.push_back(node);
            }
        }
    }
    const auto probability = [&](int node) { return probabilities[size_t(node)]; };
    const size_t shown = std::min(nodes.size(), size_t(std::max(count, 0)));
    std::partial_sort(nodes.begin(), nodes.begin() + std::ptrdiff_t(shown), nodes.end(),
                      [&](int a, int b) { return probability(a) > probability(b); });
    nodes.resize(shown);
    return nodes;
}

} // namespace lgpn
