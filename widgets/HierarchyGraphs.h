#pragma once

#include "analysis/ImageAnalysis.h"
#include "bundle/NodeReliability.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace lgpn {

class HyperparameterSchema;

// The graphs of one image at every level of LGPN's hierarchy, as plain data for the graph
// inspector: G0 is the prior graph over the hyperparameter nodes, coloured by the image's
// probabilities; G1, G2, ... are the supernodes of the image's learnable pooling, with the
// correlations the model learned between them; matching[l] (N_l x N_l+1) says how much each node
// of level l belongs to each supernode of level l + 1.
struct HierarchyGraphs
{
    struct Level
    {
        QStringList labels;        // short, drawn on the nodes
        QStringList descriptions;  // longer, for tooltips and member lists
        QStringList ids;           // G0: the schema's node ids; empty for the supernode levels
        QStringList groups;        // G0: the schema group's display name; empty for the supernode levels
        std::vector<float> values; // 0..1, the node's colour: probability, or members' weighted mean
        FloatMatrix adjacency;     // N x N edge weights in [0, 1]; directed, i -> j
    };
    // An unordered pair of nodes of one level and the stronger of its two directed weights.
    struct Link
    {
        int from;
        int to;
        float weight;
    };
    std::vector<Level> levels;
    std::vector<FloatMatrix> matching;
    NodeReliability reliability; // the model's held-out AUC of G0's nodes (by id), for their tooltips

    int nodeCount(int level) const { return levels[size_t(level)].labels.size(); }
    // Unordered pairs {i, j}, i != j, whose stronger direction reaches `threshold`.
    int edgeCount(int level, double threshold) const;
    // The supernode a node belongs to most (level + 1), or -1 at the top level.
    int parentOf(int level, int node) const;
    // The nodes of level - 1 whose strongest supernode is `node`.
    std::vector<int> childrenOf(int level, int node) const;
    // The members of supernode `node` (level >= 1) with their matching weights, strongest first,
    // down to `minimumWeight`.
    std::vector<std::pair<int, float>> membersOf(int level, int node, float minimumWeight = 0.05f) const;
    // The `count` strongest pairs of a level's adjacency (weight > 0), strongest first.
    std::vector<Link> strongestLinks(int level, int count) const;

    // From a model's prior graph, its per-node reliability and an image's analysis.
    static HierarchyGraphs build(const HyperparameterSchema &schema, const std::vector<float> &priorAdjacency,
                                 const NodeReliability &reliability, const ImageAnalysis &analysis);
};

} // namespace lgpn
