#pragma once

#include <torch/torch.h>

#include <cstdint>
#include <vector>

namespace lgpn {

// All the model knows of the hyperparameter schema: how many nodes, the prior correlation
// graph, the hierarchy that sizes the pooling levels, and which nodes are the range nodes of
// each continuous parameter. Built from a schema by makeGraphSpec (core/bundle).
struct GraphSpec
{
    int64_t nodeCount = 0;
    torch::Tensor priorAdjacency;                        // [N, N] 0/1, row i -> column j
    std::vector<torch::Tensor> hierarchy;                // per pooling level: [N_l, N_l+1], one-hot rows
    std::vector<std::vector<int64_t>> continuousGroups;  // range-node indices of each continuous parameter

    // Sizes of the graphs at every level: N, N_1, N_2, ...
    std::vector<int64_t> levelSizes() const;
    // Throws std::invalid_argument describing the first inconsistency.
    void validate() const;
};

} // namespace lgpn
