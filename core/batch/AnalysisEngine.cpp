#include "AnalysisEngine.h"

#include "FreeCoreFollower.h"
#include "FreedMemoryHold.h"
#include "ModelRuntime.h"
#include "analysis/EvidenceMap.h"
#include "analysis/ImageAnalyzer.h"
#include "batch/BatchAnalyzer.h"
#include "bundle/ModelBundle.h"
#include "common/InputError.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>

#include <optional>
#include <thread>

namespace lgpn {

namespace {

QString fileSha256(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        throw InputError(path, QStringLiteral("cannot read the model bundle"));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

struct AnalysisEngine::Loaded
{
    Loaded(const QString &path, const torch::Device &device, int crops)
        : bundle(ModelBundle::load(path))
        , analyzer(bundle, device, crops)
    {
    }
    ModelBundle bundle;
    ImageAnalyzer analyzer;
};

AnalysisEngine::AnalysisEngine(const AnalysisEngineOptions &options)
    : m_options(options)
{
    configureThreads(options.threads);
    const QString modelPath = ModelBundle::resolvePath(options.model);
    const torch::Device device = chooseDevice(options.device.toStdString());
    m_loaded = std::make_unique<Loaded>(modelPath, device, options.crops);
    const ModelBundle &bundle = m_loaded->bundle;
    m_context.toolVersion = QStringLiteral(LGPN_VERSION);
    m_context.modelId = bundle.manifest().modelId;
    m_context.modelPath = modelPath;
    m_context.modelSha256 = fileSha256(modelPath);
    m_context.modelDescription = bundle.manifest().description;
    m_context.modelTrainingData = bundle.manifest().trainingData;
    m_context.modelCardLimits = modelPath == EmbeddedModel::bundlePath() ? cardLimits(EmbeddedModel::card()) : QString();
    m_context.schema = bundle.schema();
    m_context.nodeReliability = bundle.manifest().nodeReliability;
    m_context.device = QString::fromStdString(deviceDescription(device));
    m_context.startedUtc = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m_context.threshold = options.threshold;
    m_context.similarityThreshold = options.similarityThreshold;
    m_context.crops = options.crops;
}

AnalysisEngine::~AnalysisEngine() = default;

const std::vector<float> &AnalysisEngine::priorAdjacency() const
{
    return m_loaded->bundle.priorAdjacency();
}

double AnalysisEngine::graphThreshold() const
{
    return m_loaded->bundle.graphThreshold();
}

int AnalysisEngine::run(const std::vector<InputCollector::Entry> &inputs, const std::function<void(ImageAnalysis &&)> &onResult,
                        const std::atomic<bool> *stop)
{
    BatchAnalyzer batch(m_loaded->analyzer);
    const FreedMemoryHold memoryHold; // reuse the batches' large blocks; given back when the run ends
    // With no thread count given, follow the cores other processes leave free (FreeCoreFollower).
    std::optional<FreeCoreFollower> follower;
    if (m_options.threads == 0 && m_loaded->analyzer.device().is_cpu()) {
        follower.emplace(int(std::max(1u, std::thread::hardware_concurrency())));
        batch.setBeforeBatch([&follower] { follower->follow(); });
    }
    if (m_options.evidenceNodes > 0) {
        const std::shared_ptr<const EvidenceMap> evidence = evidenceMap();
        batch.setAfterAnalysis([this, evidence](const LoadedImage &image, ImageAnalysis &analysis) {
            addEvidence(*evidence, image, analysis);
        });
    }
    return batch.run(inputs, onResult, stop);
}

std::shared_ptr<const EvidenceMap> AnalysisEngine::evidenceMap()
{
    if (!m_evidence)
        m_evidence = std::make_shared<const EvidenceMap>(m_loaded->bundle, m_options.device, m_options.crops);
    return m_evidence;
}

void AnalysisEngine::addEvidence(const EvidenceMap &evidence, const LoadedImage &image, ImageAnalysis &analysis)
{
    QElapsedTimer timer;
    timer.start();
    try {
        analysis.evidence = evidence.strongest(image.rgb, analysis, m_options.evidenceNodes);
    } catch (const std::exception &error) {
        analysis.notes.append(QStringLiteral("no evidence maps: %1").arg(QString::fromLocal8Bit(error.what())));
    }
    m_evidenceSeconds += double(timer.nsecsElapsed()) / 1e9;
}

QString AnalysisEngine::cardLimits(const QString &card)
{
    const qsizetype start = card.indexOf(QStringLiteral("## Limits"));
    if (start < 0)
        return {};
    const qsizetype end = card.indexOf(QStringLiteral("\n## "), start + 1);
    return card.mid(start, end < 0 ? -1 : end - start).trimmed();
}

} // namespace lgpn
