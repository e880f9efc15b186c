#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace lgpn {

// A square or rectangular matrix of floats, row-major, as plain data for reports and views.
struct FloatMatrix
{
    int rows = 0;
    int columns = 0;
    std::vector<float> values;

    float at(int row, int column) const { return values[size_t(row) * size_t(columns) + size_t(column)]; }
};

// Which pixels of an image drive one node's logit (EvidenceMap), as plain data: a map over the
// image (rows = height, columns = width, scaled down where the image is large), in [0, 1] with the
// strongest pixel at 1, zero where no crop the model read reaches.
struct NodeEvidence
{
    int node = -1; // schema index
    FloatMatrix map;
};

// What LGPN Studio concluded about one input file: plain data that the CLI, the reports and
// the studio's views all read. Probabilities are averaged over the image's crops.
struct ImageAnalysis
{
    // The file, as read (never modified).
    QString path;          // for people: U+FFFD where a byte of the name is not UTF-8
    QByteArray pathBytes;  // the exact bytes of the path (NativePath); empty when not known: those of `path`
    QByteArray sha256;
    qint64 fileSize = 0;
    QString format;
    int width = 0;
    int height = 0;
    QStringList notes;

    bool ok = false;
    QString error; // why the file could not be analysed, when !ok

    float generatedProbability = 0;           // P(the image was generated), artifact-isolation head
    std::vector<float> nodeProbabilities;     // one per schema node, sigmoid outputs
    std::vector<float> continuousValues;      // one per continuous group, normalised [0, 1]
    int cropCount = 0;
    // How much the crops agree: mean cosine similarity of their node-probability vectors
    // (1 = identical predictions; 1 when there is a single crop).
    float cropAgreement = 1;
    // How unlike the model's training generators the image is, in [0, 1] (NoveltyModel); empty for
    // models that cannot tell (bundles without a novelty model), and reports then show "—".
    std::optional<double> novelty;
    // Novelty at or above this: the image is unlike the generators the model was trained on, so
    // its parsed hyperparameters are extrapolations (NoveltyModel says what the score means).
    static constexpr double kUnlikeTrainingThreshold = 0.95;
    bool unlikeTraining() const { return novelty && *novelty >= kUnlikeTrainingThreshold; }
    std::vector<FloatMatrix> matchingMatrices;     // per pooling level [N_l x N_l+1]
    std::vector<FloatMatrix> learnedCorrelations;  // per pooling level [N_l+1 x N_l+1]
    // The maps of the strongest nodes, only when asked for (lgpn analyze --evidence); strongest first.
    std::vector<NodeEvidence> evidence;
};

} // namespace lgpn
