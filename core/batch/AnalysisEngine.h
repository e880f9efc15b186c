#pragma once

#include "analysis/ImageAnalysis.h"
#include "analysis/InputCollector.h"
#include "report/ReportContext.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace lgpn {

class EvidenceMap;
struct LoadedImage;

// What an analysis runs with: the user's choices, as the CLI's flags and the studio's settings
// name them.
struct AnalysisEngineOptions
{
    QString model;                     // a bundle path; empty or "default": the embedded model
    QString device = QStringLiteral("auto"); // auto, cpu or cuda
    int crops = 5;
    int threads = 0;                   // CPU threads; 0: every core
    double threshold = 0.5;
    double similarityThreshold = 0.9;
    // Evidence maps (EvidenceMap) of this many strongest nodes per image, for the reports; 0: none.
    int evidenceNodes = 0;
};

// A loaded model ready to analyse files, behind a header free of LibTorch so that the studio's
// views need not compile it: the bundle, the device, the analyser and the report context that
// states all of it (tool and model versions, the bundle's SHA-256, the device, the time).
class AnalysisEngine
{
public:
    // Loads the bundle; throws InputError (bad bundle) or std::invalid_argument (bad device).
    explicit AnalysisEngine(const AnalysisEngineOptions &options);
    ~AnalysisEngine();
    AnalysisEngine(const AnalysisEngine &) = delete;
    AnalysisEngine &operator=(const AnalysisEngine &) = delete;

    const AnalysisEngineOptions &options() const { return m_options; }
    // The context for reports; startedUtc is the time the engine was made until restamped.
    ReportContext &context() { return m_context; }
    const ReportContext &context() const { return m_context; }
    // The prior correlation graph G0 of the model (row-major, N x N) and its edge threshold.
    const std::vector<float> &priorAdjacency() const;
    double graphThreshold() const;

    // Analyses the files in order through BatchAnalyzer: one callback per file, as soon as its
    // result is ready; `stop` cancels between batches. Returns how many succeeded.
    int run(const std::vector<InputCollector::Entry> &inputs, const std::function<void(ImageAnalysis &&)> &onResult,
            const std::atomic<bool> *stop = nullptr);

    // Evidence maps of the loaded model, made on first use; safe to use from another thread than run()'s,
    // and it outlives the engine as long as someone holds it.
    std::shared_ptr<const EvidenceMap> evidenceMap();
    // Time run() spent on evidence maps (options().evidenceNodes), over all runs.
    double evidenceSeconds() const { return m_evidenceSeconds; }

    // The model card's "Limits" section, for the reports.
    static QString cardLimits(const QString &card);

private:
    void addEvidence(const EvidenceMap &evidence, const LoadedImage &image, ImageAnalysis &analysis);

    struct Loaded;
    AnalysisEngineOptions m_options;
    std::unique_ptr<Loaded> m_loaded;
    std::shared_ptr<const EvidenceMap> m_evidence;
    double m_evidenceSeconds = 0;
    ReportContext m_context;
};

} // namespace lgpn
