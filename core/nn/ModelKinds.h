#pragma once

#include <string>

namespace lgpn {

// The typed choices of LgpnOptions. Code dispatches on these enums; their names appear only
// where options become text: the options' key/value form (saved in bundles) and the command line.

// The ResNet branch's blocks.
enum class BlockKind {
    Basic,      // two 3x3 convolutions (ResNet-18/34)
    Bottleneck, // 1x1, 3x3, 1x1 with a 4x narrower middle (ResNet-50)
};

// The graph head on the node features.
enum class HeadKind {
    Lgpn, // GCN refinement with learnable pooling (the paper's)
    Mlp,  // per-node MLP, no graph (ablation)
    Gcn,  // stacked GCN blocks on the prior graph, no pooling (ablation)
};

// How the GTC's three stems become F0.
enum class StemKind {
    Biased,     // biased convolutions, fused by a 1x1 convolution + batch norm
    Normalised, // each stem batch-normalised, ReLU, fused by a 1x1 grouped (2) convolution + batch norm
};

// The GTC's high-resolution branch.
enum class HighResKind {
    Convolved, // a 3x3 convolution block per stage at F0's resolution, stage outputs projected in;
               // pooled and joined with the pooled ResNet branch
    TopDown,   // stage outputs projected (1x1) and summed into F0 with no convolution, then brought
               // down by stride-2 convolutions and merged with the last stage before pooling
};

std::string toString(BlockKind kind);
std::string toString(HeadKind kind);
std::string toString(StemKind kind);
std::string toString(HighResKind kind);

// The inverse of toString. Throws std::invalid_argument naming the option and the accepted names.
BlockKind blockKindFromString(const std::string &name);
HeadKind headKindFromString(const std::string &name);
StemKind stemKindFromString(const std::string &name);
HighResKind highResKindFromString(const std::string &name);

} // namespace lgpn
