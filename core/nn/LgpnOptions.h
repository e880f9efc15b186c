#pragma once

#include "ModelKinds.h"

#include <torch/arg.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace lgpn {

// Everything that shapes an LGPN model. Saved with the weights (as key/value text), so that a
// bundle knows what it holds; three configurations come ready-made: compact(), paperLite() and
// paper(). Every option added since the first version defaults to the earlier behaviour, so that
// key/values written before it still describe the same network.
struct LgpnOptions
{
    TORCH_ARG(std::string, config) = "compact";
    TORCH_ARG(int64_t, input_size) = 32;          // square crops the model reads, in pixels
    TORCH_ARG(int64_t, in_channels) = 3;
    // Generation Trace Capturing network (paper Sec. 3.2.1).
    TORCH_ARG(int64_t, stem_channels) = 16;       // each of the three stem convolutions and F0
    TORCH_ARG(StemKind, stem_kind) = StemKind::Biased;
    TORCH_ARG(BlockKind, block_kind) = BlockKind::Basic;
    TORCH_ARG(int64_t, resnet_entry_stride) = 2;  // 1; 2 (stride-2 conv); 4 (ResNet's stride-2 conv + max-pool)
    TORCH_ARG(std::vector<int64_t>, stage_widths) = std::vector<int64_t>{16, 32, 64, 96};
    TORCH_ARG(std::vector<int64_t>, stage_blocks) = std::vector<int64_t>{1, 1, 1, 1};
    TORCH_ARG(HighResKind, highres_kind) = HighResKind::Convolved;
    TORCH_ARG(int64_t, highres_width) = 16;       // channels of the high-resolution branch
    TORCH_ARG(int64_t, feature_dim) = 128;        // the image feature f
    // Per-node heads f -> node feature: 0, one linear layer; H > 0, an MLP with H hidden units.
    TORCH_ARG(int64_t, node_head_hidden) = 0;
    // Graph part (Sec. 3.2.2).
    TORCH_ARG(int64_t, node_dim) = 32;            // feature size of every graph node
    TORCH_ARG(int64_t, gcn_layers_per_block) = 2;
    TORCH_ARG(HeadKind, head) = HeadKind::Lgpn;
    TORCH_ARG(bool, edge_attention) = false;
    // Every GCN layer keeps each node's own transform apart from its neighbours' mean, which a
    // learnt gate (starting at 0) lets in; the unpooled features come in through a gate too. At
    // the start the head is a per-node MLP, so message passing is used only where it pays.
    TORCH_ARG(bool, gated_messages) = false;
    TORCH_ARG(double, dropout) = 0.1;
    // Reads the high-pass residual (image minus its 3x3 Gaussian blur) instead of the image: a
    // fixed filter inside the model, so analysis applies it too.
    TORCH_ARG(bool, highpass_input) = false;
    // Adds SpectralBranch's read of the residual spectrum and pixel statistics to the image feature.
    TORCH_ARG(bool, spectral_branch) = false;
    // Loss weights (Sec. 3.3).
    TORCH_ARG(double, classification_weight) = 1.0;
    TORCH_ARG(double, hierarchy_weight) = 0.1;
    TORCH_ARG(double, isolation_weight) = 1.0;

public: // TORCH_ARG leaves the struct in a private section
    // Version of the key/value form, written as "options_version". Version 1 (no such key) named
    // today's paperLite() "paper"; reading it renames the config to "paper-lite".
    static constexpr int kKeyValueVersion = 2;

    static LgpnOptions compact();
    static LgpnOptions paperLite();
    static LgpnOptions paper();
    // compact, paper-lite, paper; throws std::invalid_argument otherwise.
    static LgpnOptions byName(const std::string &name);
    static std::vector<std::string> configurationNames();

    std::vector<std::pair<std::string, std::string>> toKeyValues() const;
    // Throws std::invalid_argument naming the key on an unknown key or a bad value (an unknown
    // kind included), and on a version newer than kKeyValueVersion.
    static LgpnOptions fromKeyValues(const std::vector<std::pair<std::string, std::string>> &values);
    // Throws std::invalid_argument when the values cannot make a model.
    void validate() const;

private:
    void validateBackbone() const;
};

} // namespace lgpn
