#pragma once

#include "NodeReliability.h"

#include <QJsonObject>
#include <QString>

namespace lgpn {

// What a model bundle says about itself: who it is, what it was trained on, how well it did.
struct BundleManifest
{
    QString modelId;            // e.g. "lgpn-compact-zoo-3f9a1c2b7d10"; derived from the weights if empty
    QString description;        // one line for humans
    QString trainingData;       // what the model was trained on (data set, GMs, images, seed)
    QString command;            // the command that reproduces it
    QJsonObject metrics;        // measured figures (held-out F1, AUC, ...), as printed by `lgpn eval`
    NodeReliability nodeReliability; // per-node held-out AUC ("nodeReliability"); unknown in older bundles
    QString created;            // ISO 8601 UTC
    QString toolVersion;        // lgpn version that wrote it
    QJsonObject sectionHashes;  // SHA-256 (hex) of every other section, and of "nodeReliability" when
                                // it is known; filled by ModelBundle::save

    QJsonObject toJson() const;
    // Throws std::invalid_argument when "nodeReliability" is malformed (NodeReliability::fromJson).
    static BundleManifest fromJson(const QJsonObject &object);
};

} // namespace lgpn
