#pragma once

#include "GmSpec.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace lgpn::zoo {

struct ZooOptions
{
    QString outDir;
    int gms = 64;
    int imagesPerGm = 500;
    quint32 seed = 1;
    bool quick = false;
    int jobs = 1; // reserved: GMs are trained one after another, each on all cores
};

// Builds the model zoo (see core/zoo/README.md): trains each GM, samples its images, reads its
// labels from its generator, and finally writes the zoo schema (tertile bin edges), RED-style
// label tables, the four test sets and the real set. Resumable: finished GMs are recorded in
// the manifest after their images are in place, and a rerun skips them.
class ZooBuilder
{
public:
    explicit ZooBuilder(ZooOptions options);
    // Throws InputError (missing Debian data, unwritable folder, damaged manifest).
    void build(const std::function<void(const QString &)> &progress);

    static const QString kManifestFile;

private:
    void loadOrStartManifest();
    void saveManifest() const;
    void writeRealSet();
    void finish();

    ZooOptions m_options;
    QJsonObject m_manifest;
};

} // namespace lgpn::zoo
