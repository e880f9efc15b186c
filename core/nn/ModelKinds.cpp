#include "ModelKinds.h"

#include <stdexcept>
#include <utility>
#include <vector>

namespace lgpn {

namespace {

// Each kind's names, in declaration order: one table per enum serves both directions.
template <typename Kind>
using NameTable = std::vector<std::pair<Kind, const char *>>;

const NameTable<BlockKind> kBlockNames = {{BlockKind::Basic, "basic"}, {BlockKind::Bottleneck, "bottleneck"}};
const NameTable<HeadKind> kHeadNames = {{HeadKind::Lgpn, "lgpn"}, {HeadKind::Mlp, "mlp"}, {HeadKind::Gcn, "gcn"}};
const NameTable<StemKind> kStemNames = {{StemKind::Biased, "biased"}, {StemKind::Normalised, "normalised"}};
const NameTable<HighResKind> kHighResNames = {{HighResKind::Convolved, "convolved"}, {HighResKind::TopDown, "top_down"}};

template <typename Kind>
std::string nameIn(const NameTable<Kind> &table, Kind kind)
{
    for (const auto &[candidate, name] : table) {
        if (candidate == kind)
            return name;
    }
    throw std::invalid_argument("no name for kind " + std::to_string(int(kind))); // a value cast from outside the enum
}

template <typename Kind>
Kind kindIn(const NameTable<Kind> &table, const std::string &option, const std::string &name)
{
    std::string accepted;
    for (const auto &[kind, candidate] : table) {
        if (name == candidate)
            return kind;
        accepted += (accepted.empty() ? "" : ", ") + std::string(candidate);
    }
    throw std::invalid_argument("option " + option + ": unknown kind \"" + name + "\" (use " + accepted + ")");
}

} // namespace

std::string toString(BlockKind kind) { return nameIn(kBlockNames, kind); }
std::string toString(HeadKind kind) { return nameIn(kHeadNames, kind); }
std::string toString(StemKind kind) { return nameIn(kStemNames, kind); }
std::string toString(HighResKind kind) { return nameIn(kHighResNames, kind); }

BlockKind blockKindFromString(const std::string &name) { return kindIn(kBlockNames, "block_kind", name); }
HeadKind headKindFromString(const std::string &name) { return kindIn(kHeadNames, "head", name); }
StemKind stemKindFromString(const std::string &name) { return kindIn(kStemNames, "stem_kind", name); }
HighResKind highResKindFromString(const std::string &name) { return kindIn(kHighResNames, "highres_kind", name); }

} // namespace lgpn
