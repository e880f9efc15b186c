#pragma once

#include "BundleManifest.h"
#include "EmbeddedModel.h"
#include "analysis/NoveltyModel.h"
#include "schema/HyperparameterSchema.h"

#include "GraphSpec.h"
#include "LgpnModel.h"
#include "LgpnOptions.h"

#include <QString>

#include <vector>

namespace lgpn {

class BundleArchive;

// Everything needed to run a trained LGPN model, in one file: options, schema, prior graph,
// weights and a manifest holding the SHA-256 of each (and of its per-node reliability, when it has
// one: BundleManifest::nodeReliability). Loading checks all of it and refuses a
// truncated, damaged, mismatched or foreign file with an InputError naming it and the reason.
class ModelBundle
{
public:
    static constexpr int kFormatVersion = 1;

    ModelBundle(const LgpnOptions &options, const HyperparameterSchema &schema,
                const std::vector<float> &priorAdjacency, double graphThreshold, LgpnModel model,
                BundleManifest manifest);

    static ModelBundle load(const QString &path);
    // The trained model shipped inside the program (a Qt resource), used when none is named, and
    // its model card (markdown): what it was trained on, how to reproduce it, how well it does.
    // (EmbeddedModel: the paths and the card.)
    static ModelBundle loadEmbedded() { return load(EmbeddedModel::bundlePath()); }
    // A user's choice of model: empty or "default" means the embedded one.
    static QString resolvePath(const QString &requested);
    // Atomic: written to a temporary file, then renamed. Fills the manifest's hashes and id.
    void save(const QString &path);

    const LgpnOptions &options() const { return m_options; }
    const HyperparameterSchema &schema() const { return m_schema; }
    const std::vector<float> &priorAdjacency() const { return m_priorAdjacency; }
    double graphThreshold() const { return m_graphThreshold; }
    LgpnModel model() const { return m_model; }
    const BundleManifest &manifest() const { return m_manifest; }
    BundleManifest &manifest() { return m_manifest; }
    // How unlike its training generators an image is (the optional "novelty.pt" section; empty
    // for bundles made before it, or trained without validation generators to calibrate it).
    const NoveltyModel &novelty() const { return m_novelty; }
    void setNovelty(NoveltyModel novelty) { m_novelty = std::move(novelty); }
    // SHA-256 (hex) of the serialised weights; empty until saved or loaded.
    QString weightsSha256() const { return m_manifest.sectionHashes.value(u"weights.pt").toString(); }
    // Throws InputError naming `source` when the bundle's schema is not `expected`.
    void requireSchema(const HyperparameterSchema &expected, const QString &source) const;

private:
    static NoveltyModel readNovelty(const BundleArchive &archive, const BundleManifest &manifest, const QString &path,
                                    const LgpnOptions &options);

    LgpnOptions m_options;
    HyperparameterSchema m_schema;
    std::vector<float> m_priorAdjacency;
    double m_graphThreshold = 0.4;
    LgpnModel m_model;
    BundleManifest m_manifest;
    NoveltyModel m_novelty;
};

// The model's view of a schema and a prior graph: node count, adjacency, hierarchy and the
// range nodes of each continuous parameter, as tensors.
GraphSpec makeGraphSpec(const HyperparameterSchema &schema, const std::vector<float> &priorAdjacency);

} // namespace lgpn
