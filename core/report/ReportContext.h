#pragma once

#include "analysis/ImageAnalysis.h"
#include "bundle/NodeReliability.h"
#include "schema/HyperparameterSchema.h"

#include <QString>

namespace lgpn {

// What every report states about the run, beside the per-image results (chain of custody: the
// tool, the exact model bytes, the device and the time).
struct ReportContext
{
    QString toolVersion;
    QString modelId;
    QString modelPath;         // as named by the user (":/lgpn/models/default.lgpn" for the embedded one)
    QString modelSha256;       // of the bundle file's bytes
    QString modelDescription;
    QString modelTrainingData;
    QString modelCardLimits;   // the model card's "Limits" section, for the reports' cover
    HyperparameterSchema schema;
    NodeReliability nodeReliability; // the bundle's per-node held-out AUC; unknown for older bundles
    QString device;
    QString startedUtc;        // ISO 8601
    double threshold = 0.5;    // decision threshold for nodes (and for "generated")
    double similarityThreshold = 0.9;
    int crops = 5;
};

// How a batch went, for the end of every report.
struct BatchSummary
{
    int files = 0;
    int analysed = 0;
    int failed = 0;
    double seconds = 0;
    QString finishedUtc;
    bool cancelled = false;
};

// Images likely made by the same generator: indices refer to the report's image list.
struct SimilarityReport
{
    std::vector<int> images;               // the analysed images the matrix covers, in report order
    FloatMatrix matrix;                    // cosine similarities; empty when there were too many images
    std::vector<int> order;                // a clustering order of `images` for drawing the matrix
    std::vector<std::vector<int>> groups;  // report image indices, groups of two or more
    QString note;                          // why the matrix is missing, when it is
};

// One continuous parameter as an investigator reads it: the most likely range and the regressed
// value, in natural units.
struct ContinuousFinding
{
    QString id;
    QString displayName;
    QString unit;
    QString range;        // the most probable range node's bin, e.g. "300 – 600"
    QString rangeNode;    // that range node's id (empty when the parameter has no range nodes)
    double rangeProbability = 0;
    double value = 0;     // regressed, denormalised
    double normalised = 0;
};

// A regressed value as people write it: "2.14 M", "35.0 k", "512", "3.5".
QString naturalNumber(double value);

// The continuous findings of one analysed image.
std::vector<ContinuousFinding> continuousFindings(const HyperparameterSchema &schema, const ImageAnalysis &analysis);

} // namespace lgpn
