#pragma once

#include "GraphSpec.h"

#include <torch/torch.h>

// Graph specs made up for tests: any sizes, a valid hierarchy, a random prior graph.
inline lgpn::GraphSpec syntheticGraphSpec(const std::vector<int64_t> &groupSizes, const std::vector<int64_t> &coarseOf,
                                          int64_t coarseCount, const std::vector<int64_t> &continuousGroupIndices,
                                          uint64_t seed = 7)
{
    lgpn::GraphSpec spec;
    int64_t nodes = 0;
    for (int64_t size : groupSizes)
        nodes += size;
    spec.nodeCount = nodes;
    const int64_t groups = int64_t(groupSizes.size());
    torch::Tensor nodeToGroup = torch::zeros({nodes, groups});
    std::vector<std::vector<int64_t>> members(static_cast<size_t>(groups));
    int64_t node = 0;
    for (int64_t g = 0; g < groups; ++g) {
        for (int64_t i = 0; i < groupSizes[size_t(g)]; ++i, ++node) {
            nodeToGroup[node][g] = 1;
            members[size_t(g)].push_back(node);
        }
    }
    torch::Tensor groupToCoarse = torch::zeros({groups, coarseCount});
    for (int64_t g = 0; g < groups; ++g)
        groupToCoarse[g][coarseOf[size_t(g)]] = 1;
    spec.hierarchy = {nodeToGroup, groupToCoarse};
    for (int64_t g : continuousGroupIndices)
        spec.continuousGroups.push_back(members[size_t(g)]);
    torch::Generator generator = at::detail::createCPUGenerator(seed);
    spec.priorAdjacency = (torch::rand({nodes, nodes}, generator) < 0.3).to(torch::kFloat32).fill_diagonal_(0);
    return spec;
}

// RED140's sizes: 55 nodes, 18 groups, 3 coarse groups, 9 continuous parameters.
inline lgpn::GraphSpec redSizedGraphSpec()
{
    return syntheticGraphSpec({5, 4, 1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 5, 5, 2, 1, 1},
                              {0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2}, 3, {3, 4, 5, 6, 7, 8, 9, 10, 11});
}

// A tiny graph: 7 nodes, 3 groups, 2 coarse groups, one continuous parameter of 3 range nodes.
inline lgpn::GraphSpec tinyGraphSpec()
{
    return syntheticGraphSpec({2, 3, 2}, {0, 1, 0}, 2, {1});
}
