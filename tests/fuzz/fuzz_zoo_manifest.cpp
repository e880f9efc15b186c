// A zoo's manifest.json (with the GM records `lgpn zoo build` copies into it), as `lgpn train`
// and `lgpn eval` open a zoo (TrainingDataset::open). The manifest names the schema file and the
// folders to read: none of them may lead outside the zoo's folder.
#include "FuzzTarget.h"
#include "ZooFolderFixture.h"

#include "common/InputError.h"
#include "training/TrainingDataset.h"

#include <QDir>
#include <QFileInfo>

using namespace lgpn;

LGPN_FUZZ_TARGET(zoo_manifest)
{
    static const fuzz::ZooFolderFixture zoo;
    zoo.writeManifest(bytes);
    try {
        const TrainingDataset data = TrainingDataset::open(zoo.path());
        const QString inside = QDir(zoo.path()).canonicalPath() + u'/';
        for (const DatasetImage &image : data.images())
            fuzz::require(QFileInfo(image.path).canonicalFilePath().startsWith(inside), "every image is inside the zoo");
        for (int gm = 0; gm < data.gmCount(); ++gm)
            fuzz::require(data.foldOfGm(gm) >= 0 && data.foldOfGm(gm) <= TrainingDataset::kFolds, "folds are 0 to 4");
    } catch (const InputError &) {
    }
}
