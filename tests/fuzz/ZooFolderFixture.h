#pragma once

#include "labels/RedLabelTable.h"

#include <QString>
#include <QTemporaryDir>

namespace lgpn::fuzz {

// A small zoo folder for the manifest harness: RED140's schema, label tables of four GMs (one per
// test set; rows copied from RED140's tables), one tiny PNG per GM folder and a real-image
// folder. Only manifest.json changes between runs (writeManifest).
class ZooFolderFixture
{
public:
    static const QStringList kGmNames;
    // The label tables' texts (also a seed of the label-table harness).
    static RedLabelTable::Texts labelTexts();
    // A manifest of this zoo that opens (the seed of the manifest harness).
    static QByteArray validManifest();

    ZooFolderFixture();
    const QString &path() const { return m_path; }
    void writeManifest(const QByteArray &bytes) const;

private:
    QTemporaryDir m_directory;
    QString m_path;
};

} // namespace lgpn::fuzz
