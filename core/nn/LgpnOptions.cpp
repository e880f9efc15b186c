#include "LgpnOptions.h"

#include <functional>
#include <map>
#include <sstream>
#include <stdexcept>

namespace lgpn {

namespace {

std::string joinIntegers(const std::vector<int64_t> &values)
{
    std::string text;
    for (size_t i = 0; i < values.size(); ++i)
        text += (i ? "," : "") + std::to_string(values[i]);
    return text;
}

int64_t parseInteger(const std::string &key, const std::string &text)
{
    size_t used = 0;
    int64_t value = 0;
    try {
        value = std::stoll(text, &used);
    } catch (const std::exception &) {
        used = 0;
    }
    if (used == 0 || used != text.size())
        throw std::invalid_argument("option " + key + ": \"" + text + "\" is not an integer");
    return value;
}

double parseNumber(const std::string &key, const std::string &text)
{
    size_t used = 0;
    double value = 0;
    try {
        value = std::stod(text, &used);
    } catch (const std::exception &) {
        used = 0;
    }
    if (used == 0 || used != text.size())
        throw std::invalid_argument("option " + key + ": \"" + text + "\" is not a number");
    return value;
}

std::vector<int64_t> parseIntegers(const std::string &key, const std::string &text)
{
    std::vector<int64_t> values;
    std::stringstream stream(text);
    std::string item;
    while (std::getline(stream, item, ','))
        values.push_back(parseInteger(key, item));
    return values;
}

bool parseBool(const std::string &key, const std::string &text)
{
    if (text == "true")
        return true;
    if (text == "false")
        return false;
    throw std::invalid_argument("option " + key + ": \"" + text + "\" is not true or false");
}

std::string numberText(double value)
{
    std::ostringstream stream;
    stream.precision(17);
    stream << value;
    return stream.str();
}

using ConfigurationMaker = LgpnOptions (*)();

const std::vector<std::pair<std::string, ConfigurationMaker>> &configurations()
{
    static const std::vector<std::pair<std::string, ConfigurationMaker>> table = {
        {"compact", &LgpnOptions::compact}, {"paper-lite", &LgpnOptions::paperLite}, {"paper", &LgpnOptions::paper}};
    return table;
}

} // namespace

LgpnOptions LgpnOptions::compact()
{
    // Cheap enough to train many epochs on a 2-core CPU: 32 x 32 crops, a narrow
    // ResNet-18-like branch (one basic block a stage, behind a stride-2 entry) and a 16-channel
    // high-res branch of single convolutions. Measured: about 320 training images/s at batch 64.
    return LgpnOptions();
}

LgpnOptions LgpnOptions::paperLite()
{
    // The paper's ResNet-50 depth at a sixteenth of its cost: the ResNet branch behind ResNet's own
    // stride-4 entry (stride-2 convolution + max-pool), a 32-wide convolved high-res branch at full
    // resolution. Named "paper" before options_version 2; bundles of that name load as this.
    return LgpnOptions()
        .config("paper-lite")
        .input_size(256)
        .stem_channels(32)
        .block_kind(BlockKind::Bottleneck)
        .resnet_entry_stride(4)
        .stage_widths({256, 512, 1024, 2048})
        .stage_blocks({3, 4, 6, 3})
        .highres_width(32)
        .feature_dim(512)
        .node_dim(64)
        .gcn_layers_per_block(2);
}

LgpnOptions LgpnOptions::paper()
{
    // The authors' network (their public code, sequence/models/): ResNet-50 bottleneck stages
    // 3-4-6-3 straight behind three batch-normalised stride-1 stems of 64 channels (no strided
    // entry, no max-pool, so stage 1 runs at 256 x 256), lateral 1x1 projections of every stage
    // summed into F0 at full resolution, three stride-2 convolutions down to stage 4 and a grouped
    // 1x1 merge with it, f of 512; per node an MLP 512 -> 512 -> 128; GCN features of 128.
    return LgpnOptions()
        .config("paper")
        .input_size(256)
        .stem_channels(64)
        .stem_kind(StemKind::Normalised)
        .block_kind(BlockKind::Bottleneck)
        .resnet_entry_stride(1)
        .stage_widths({256, 512, 1024, 2048})
        .stage_blocks({3, 4, 6, 3})
        .highres_kind(HighResKind::TopDown)
        .highres_width(64)
        .feature_dim(512)
        .node_head_hidden(512)
        .node_dim(128)
        .gcn_layers_per_block(2);
}

LgpnOptions LgpnOptions::byName(const std::string &name)
{
    for (const auto &[candidate, make] : configurations()) {
        if (candidate == name)
            return make();
    }
    throw std::invalid_argument("unknown model configuration \"" + name + "\" (use compact, paper-lite or paper)");
}

std::vector<std::string> LgpnOptions::configurationNames()
{
    std::vector<std::string> names;
    for (const auto &entry : configurations())
        names.push_back(entry.first);
    return names;
}

std::vector<std::pair<std::string, std::string>> LgpnOptions::toKeyValues() const
{
    return {{"options_version", std::to_string(kKeyValueVersion)},
            {"config", config_},
            {"input_size", std::to_string(input_size_)},
            {"in_channels", std::to_string(in_channels_)},
            {"stem_channels", std::to_string(stem_channels_)},
            {"stem_kind", toString(stem_kind_)},
            {"block_kind", toString(block_kind_)},
            {"resnet_entry_stride", std::to_string(resnet_entry_stride_)},
            {"stage_widths", joinIntegers(stage_widths_)},
            {"stage_blocks", joinIntegers(stage_blocks_)},
            {"highres_kind", toString(highres_kind_)},
            {"highres_width", std::to_string(highres_width_)},
            {"feature_dim", std::to_string(feature_dim_)},
            {"node_head_hidden", std::to_string(node_head_hidden_)},
            {"node_dim", std::to_string(node_dim_)},
            {"gcn_layers_per_block", std::to_string(gcn_layers_per_block_)},
            {"head", toString(head_)},
            {"edge_attention", edge_attention_ ? "true" : "false"},
            {"gated_messages", gated_messages_ ? "true" : "false"},
            {"dropout", numberText(dropout_)},
            {"highpass_input", highpass_input_ ? "true" : "false"},
            {"spectral_branch", spectral_branch_ ? "true" : "false"},
            {"classification_weight", numberText(classification_weight_)},
            {"hierarchy_weight", numberText(hierarchy_weight_)},
            {"isolation_weight", numberText(isolation_weight_)}};
}

LgpnOptions LgpnOptions::fromKeyValues(const std::vector<std::pair<std::string, std::string>> &values)
{
    LgpnOptions options;
    int64_t version = 1; // the first version wrote no options_version
    using Setter = std::function<void(const std::string &, const std::string &)>;
    const std::map<std::string, Setter> setters = {
        {"options_version", [&](auto &k, auto &v) { version = parseInteger(k, v); }},
        {"config", [&](auto &, auto &v) { options.config(v); }},
        {"input_size", [&](auto &k, auto &v) { options.input_size(parseInteger(k, v)); }},
        {"in_channels", [&](auto &k, auto &v) { options.in_channels(parseInteger(k, v)); }},
        {"stem_channels", [&](auto &k, auto &v) { options.stem_channels(parseInteger(k, v)); }},
        {"stem_kind", [&](auto &, auto &v) { options.stem_kind(stemKindFromString(v)); }},
        {"block_kind", [&](auto &, auto &v) { options.block_kind(blockKindFromString(v)); }},
        {"resnet_entry_stride", [&](auto &k, auto &v) { options.resnet_entry_stride(parseInteger(k, v)); }},
        {"stage_widths", [&](auto &k, auto &v) { options.stage_widths(parseIntegers(k, v)); }},
        {"stage_blocks", [&](auto &k, auto &v) { options.stage_blocks(parseIntegers(k, v)); }},
        {"highres_kind", [&](auto &, auto &v) { options.highres_kind(highResKindFromString(v)); }},
        {"highres_width", [&](auto &k, auto &v) { options.highres_width(parseInteger(k, v)); }},
        {"feature_dim", [&](auto &k, auto &v) { options.feature_dim(parseInteger(k, v)); }},
        {"node_head_hidden", [&](auto &k, auto &v) { options.node_head_hidden(parseInteger(k, v)); }},
        {"node_dim", [&](auto &k, auto &v) { options.node_dim(parseInteger(k, v)); }},
        {"gcn_layers_per_block", [&](auto &k, auto &v) { options.gcn_layers_per_block(parseInteger(k, v)); }},
        {"head", [&](auto &, auto &v) { options.head(headKindFromString(v)); }},
        {"edge_attention", [&](auto &k, auto &v) { options.edge_attention(parseBool(k, v)); }},
        {"gated_messages", [&](auto &k, auto &v) { options.gated_messages(parseBool(k, v)); }},
        {"dropout", [&](auto &k, auto &v) { options.dropout(parseNumber(k, v)); }},
        {"highpass_input", [&](auto &k, auto &v) { options.highpass_input(parseBool(k, v)); }},
        {"spectral_branch", [&](auto &k, auto &v) { options.spectral_branch(parseBool(k, v)); }},
        {"classification_weight", [&](auto &k, auto &v) { options.classification_weight(parseNumber(k, v)); }},
        {"hierarchy_weight", [&](auto &k, auto &v) { options.hierarchy_weight(parseNumber(k, v)); }},
        {"isolation_weight", [&](auto &k, auto &v) { options.isolation_weight(parseNumber(k, v)); }},
    };
    for (const auto &[key, value] : values) {
        const auto it = setters.find(key);
        if (it == setters.end())
            throw std::invalid_argument("unknown option \"" + key + "\"");
        it->second(key, value);
    }
    if (version < 1 || version > kKeyValueVersion)
        throw std::invalid_argument("options_version " + std::to_string(version) + " is not one this program reads (1 to "
                                    + std::to_string(kKeyValueVersion) + "): written by a newer LGPN Studio?");
    // Version 1 called today's paper-lite "paper"; its structural keys describe that network, so
    // only the name is out of date.
    if (version == 1 && options.config() == "paper")
        options.config("paper-lite");
    options.validate();
    return options;
}

void LgpnOptions::validate() const
{
    auto fail = [](const std::string &message) { throw std::invalid_argument("model options: " + message); };
    if (input_size_ < 8 || input_size_ > 4096)
        fail("input_size must be in [8, 4096]");
    if (in_channels_ < 1 || stem_channels_ < 1 || highres_width_ < 1 || feature_dim_ < 1 || node_dim_ < 1)
        fail("channel counts and dimensions must be positive");
    if (node_head_hidden_ < 0)
        fail("node_head_hidden must not be negative");
    validateBackbone();
    if (gcn_layers_per_block_ < 1)
        fail("gcn_layers_per_block must be at least 1");
    if (dropout_ < 0 || dropout_ >= 1)
        fail("dropout must be in [0, 1)");
    if (classification_weight_ < 0 || hierarchy_weight_ < 0 || isolation_weight_ < 0)
        fail("loss weights must not be negative");
}

void LgpnOptions::validateBackbone() const
{
    auto fail = [](const std::string &message) { throw std::invalid_argument("model options: " + message); };
    if (resnet_entry_stride_ != 1 && resnet_entry_stride_ != 2 && resnet_entry_stride_ != 4)
        fail("resnet_entry_stride must be 1, 2 or 4");
    if (stage_widths_.size() != 4 || stage_blocks_.size() != 4)
        fail("the ResNet branch has four stages: stage_widths and stage_blocks need four values");
    for (size_t i = 0; i < 4; ++i) {
        if (stage_widths_[i] < 1 || stage_blocks_[i] < 1)
            fail("stage widths and block counts must be positive");
        if (block_kind_ == BlockKind::Bottleneck && stage_widths_[i] % 4 != 0)
            fail("bottleneck stage widths must be multiples of 4");
    }
    // The grouped (2) 1x1 convolutions split their input and output channels in halves.
    if (stem_kind_ == StemKind::Normalised && stem_channels_ % 2 != 0)
        fail("the normalised stem needs an even stem_channels");
    if (highres_kind_ == HighResKind::TopDown) {
        if (highres_width_ != stem_channels_)
            fail("the top-down branch sums its projections into F0: highres_width must equal stem_channels");
        if (stage_widths_.back() % 2 != 0 || highres_width_ % 2 != 0)
            fail("the top-down branch's grouped merge needs even widths");
    }
}

} // namespace lgpn
