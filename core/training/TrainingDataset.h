#pragma once

#include "labels/RedLabelTable.h"
#include "schema/HyperparameterSchema.h"

#include <QString>

#include <vector>

namespace lgpn {

// One image of a training/evaluation data set.
struct DatasetImage
{
    QString path;
    int gm = -1;   // index into labels().models(); -1 for a real image
    int fold = 0;  // test set (1-based) the image belongs to; 0 when in none
};

// Images with known generators and labels, as `lgpn train` and `lgpn eval` read them. Two layouts:
//  - a zoo built by `lgpn zoo build` (manifest.json of format "lgpn-zoo", schema.json, labels/,
//    gms/NAME/*.png, real/*/*.png);
//  - RED-style data: label tables in the format of the RED140 release (architecture_labels.txt,
//    loss_labels.txt, test_sets.txt) in DIR or DIR/labels, one folder of images per GM in DIR or
//    DIR/images named as in the tables, real images (any depth) under DIR/real, and the schema
//    in DIR/schema.json (RED140's when absent).
// Real images are spread over the four folds by their index so that each fold holds real images
// out as well. Throws InputError naming the file and the reason.
class TrainingDataset
{
public:
    static constexpr int kFolds = 4;

    static TrainingDataset open(const QString &directory);
    // No images, only a schema (layout "schema"): what pre-training on synthetic traces needs
    // while the zoo whose schema it labels with is still being built.
    static TrainingDataset schemaOnly(const QString &directory, const HyperparameterSchema &schema);

    const QString &directory() const { return m_directory; }
    const QString &layout() const { return m_layout; } // "zoo" or "red"
    const HyperparameterSchema &schema() const { return m_schema; }
    const RedLabelTable &labels() const { return m_labels; }
    const std::vector<DatasetImage> &images() const { return m_images; }

    int gmCount() const { return int(m_labels.models().size()); }
    // Test set of a GM (1-based), 0 when it is in none.
    int foldOfGm(int gm) const { return m_gmFold[size_t(gm)]; }
    // The configuration a GM replicates (a zoo's replicates share one); its own index otherwise.
    int configurationOfGm(int gm) const { return m_gmConfiguration[size_t(gm)]; }
    // A zoo GM's family ("gan", "vae", "aae", "diffusion"); empty where the data does not say.
    QString familyOfGm(int gm) const { return m_gmFamily.empty() ? QString() : m_gmFamily[size_t(gm)]; }
    // GMs a model held out of `fold` trains on (fold 0: all of them) or is tested on.
    std::vector<int> trainingGms(int fold) const;
    std::vector<int> testGms(int fold) const;
    // Image indices: generated images of the given GMs, and real images in / out of a fold.
    std::vector<int> imagesOfGms(const std::vector<int> &gms) const;
    std::vector<int> realImages(int fold, bool heldOut) const;
    // A GM's 0/1 node vector and its normalised continuous values (one per continuous group).
    const std::vector<float> &nodeVector(int gm) const { return m_labels.models()[size_t(gm)].nodes; }
    std::vector<float> continuousTargets(int gm) const;

private:
    void addFolder(const QString &folder, int gm, bool recursive);

    QString m_directory;
    QString m_layout;
    HyperparameterSchema m_schema;
    RedLabelTable m_labels;
    std::vector<int> m_gmFold;
    std::vector<int> m_gmConfiguration;
    std::vector<QString> m_gmFamily; // empty for RED-style data
    std::vector<DatasetImage> m_images;
};

} // namespace lgpn
