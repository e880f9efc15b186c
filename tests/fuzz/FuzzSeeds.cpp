#include "FuzzSeeds.h"

#include "FuzzRegressions.h"
#include "SyntheticReportContext.h"
#include "ZooFolderFixture.h"

#include "bundle/BundleArchive.h"
#include "report/JsonReportWriter.h"
#include "schema/HyperparameterSchema.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <stdexcept>

namespace lgpn::fuzz {

namespace {

QByteArray encoded(const char *extension, const cv::Mat &pixels)
{
    std::vector<uchar> bytes;
    try {
        if (!cv::imencode(extension, pixels, bytes))
            return {};
    } catch (const cv::Exception &) {
        return {}; // a codec this OpenCV lacks
    }
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

// Every format the loader reads, in the pixel types it converts, plus headers of formats it
// only sniffs (GIF, APNG, animated WebP).
std::vector<QByteArray> imageSeeds()
{
    const cv::Mat colour(7, 5, CV_8UC3, cv::Scalar(10, 120, 240));
    const cv::Mat rgba(3, 4, CV_8UC4, cv::Scalar(1, 2, 3, 4));
    const cv::Mat gray(6, 6, CV_8UC1, cv::Scalar(77));
    const cv::Mat gray16(4, 3, CV_16UC1, cv::Scalar(40000));
    const cv::Mat float32(2, 2, CV_32FC3, cv::Scalar(0.25, 0.5, 0.75));
    std::vector<QByteArray> seeds = {encoded(".png", colour), encoded(".png", rgba), encoded(".png", gray16),
                                     encoded(".jpg", colour), encoded(".jpg", gray), encoded(".bmp", colour),
                                     encoded(".tiff", colour), encoded(".tiff", float32), encoded(".pgm", gray),
                                     encoded(".ppm", colour), encoded(".webp", colour)};
    seeds.push_back(QByteArrayLiteral("GIF89a\x05\x00\x07\x00\x00\x00\x00!\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00;"));
    seeds.push_back(QByteArrayLiteral("RIFF\x1e\x00\x00\x00WEBPVP8X\x0a\x00\x00\x00\x02\x00\x00\x00\x04\x00\x00\x06\x00\x00"));
    QByteArray apng = encoded(".png", gray);
    apng.insert(33, QByteArrayLiteral("\x00\x00\x00\x08" "acTL" "\x00\x00\x00\x03\x00\x00\x00\x00" "\x00\x00\x00\x00"));
    seeds.push_back(apng);
    const size_t whole = seeds.size();
    for (size_t i = 0; i < whole; ++i)
        seeds.push_back(seeds[i].left(seeds[i].size() / 2)); // truncated
    seeds.erase(std::remove(seeds.begin(), seeds.end(), QByteArray()), seeds.end());
    return seeds;
}

// The embedded model's bundle, whose JSON sections seed the bundle, options and schema
// harnesses. Its weights are left out of the archive seed: megabytes the fuzzer would only
// copy around (the manifest's hash check refuses a changed bundle before they are read).
BundleArchive embeddedBundle()
{
    return BundleArchive::load(QStringLiteral(LGPN_SOURCE_DIR "/resources/models/default.lgpn"));
}

std::vector<QByteArray> bundleArchiveSeeds()
{
    const BundleArchive bundle = embeddedBundle();
    BundleArchive small;
    for (const auto &[name, data] : bundle.sections())
        small.setSection(name, name.endsWith(u".pt") ? data.left(64) : data);
    BundleArchive empty;
    BundleArchive one;
    one.setSection(QStringLiteral("manifest.json"), QByteArrayLiteral("{}"));
    const QByteArray bytes = small.serialize();
    return {bytes, empty.serialize(), one.serialize(), bytes.left(30), bytes.left(bytes.size() - 1)};
}

std::vector<QByteArray> sectionSeeds(const QString &section)
{
    const BundleArchive bundle = embeddedBundle();
    return {bundle.section(section, QStringLiteral("the embedded bundle"))};
}

std::vector<QByteArray> schemaSeeds()
{
    return {HyperparameterSchema::red140().toJson(), sectionSeeds(QStringLiteral("schema.json")).front()};
}

QByteArray joinedLabelTexts(const RedLabelTable::Texts &texts)
{
    return texts.architecture + '\f' + texts.losses + (texts.testSets ? '\f' + *texts.testSets : QByteArray());
}

std::vector<QByteArray> labelSeeds()
{
    RedLabelTable::Texts withoutSets = ZooFolderFixture::labelTexts();
    withoutSets.testSets.reset();
    return {joinedLabelTexts(ZooFolderFixture::labelTexts()), joinedLabelTexts(withoutSets)};
}

// A case of three images as `lgpn analyze` reports it (JsonReportWriter, no model): two analysed
// and grouped together, one refused.
QByteArray caseSeed()
{
    ReportContext context = syntheticReportContext(QStringLiteral("fuzz"));
    context.device = QStringLiteral("cpu");
    const QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("case.json"));
    JsonReportWriter writer(path, true, context);
    for (int index = 0; index < 2; ++index) {
        ImageAnalysis analysed;
        analysed.path = folder.filePath(QStringLiteral("image-%1.png").arg(index));
        analysed.sha256 = QByteArray(64, char('0' + index));
        analysed.fileSize = 100 + index;
        analysed.format = QStringLiteral("PNG");
        analysed.width = analysed.height = 64;
        analysed.ok = true;
        analysed.generatedProbability = 0.9f - 0.5f * float(index);
        analysed.nodeProbabilities.assign(size_t(context.schema.nodeCount()), 0.2f + 0.6f * float(index));
        analysed.continuousValues.assign(context.schema.groupsOfKind(GroupKind::Continuous).size(), 0.1f);
        analysed.cropCount = 4;
        writer.add(analysed);
    }
    ImageAnalysis refused;
    refused.path = folder.filePath(QStringLiteral("notes.txt"));
    refused.error = QStringLiteral("not an image (unrecognised file signature)");
    writer.add(refused);
    SimilarityReport similarity;
    similarity.groups = {{0, 1}};
    writer.finish(BatchSummary{3, 2, 1, 1.5, QStringLiteral("2025-06-01T10:00:02Z"), false}, similarity);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("the case seed was not written");
    return file.readAll();
}

} // namespace

QStringList FuzzSeeds::harnesses()
{
    return {QStringLiteral("image_header"), QStringLiteral("image_loader"), QStringLiteral("bundle_archive"),
            QStringLiteral("bundle_manifest"), QStringLiteral("model_options"), QStringLiteral("schema"),
            QStringLiteral("red_labels"), QStringLiteral("zoo_manifest"), QStringLiteral("case_file")};
}

std::vector<QByteArray> FuzzSeeds::seeds(const QString &harness)
{
    if (harness == u"image_header" || harness == u"image_loader")
        return imageSeeds();
    if (harness == u"bundle_archive")
        return bundleArchiveSeeds();
    if (harness == u"bundle_manifest")
        return sectionSeeds(QStringLiteral("manifest.json"));
    if (harness == u"model_options")
        return sectionSeeds(QStringLiteral("options.json"));
    if (harness == u"schema")
        return schemaSeeds();
    if (harness == u"red_labels")
        return labelSeeds();
    if (harness == u"zoo_manifest")
        return {ZooFolderFixture::validManifest()};
    if (harness == u"case_file") {
        const QByteArray whole = caseSeed();
        return {whole, whole.left(whole.size() / 2)};
    }
    throw std::invalid_argument("no seeds for the harness " + harness.toStdString());
}

std::vector<QByteArray> FuzzSeeds::regressions(const QString &harness)
{
    return FuzzRegressions::of(harness);
}

int FuzzSeeds::write(const QString &directory)
{
    int written = 0;
    auto put = [&](const QString &path, const QByteArray &bytes) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            throw std::runtime_error("cannot write " + path.toStdString());
        ++written;
    };
    for (const QString &harness : harnesses()) {
        const QDir dir(QDir(directory).filePath(harness));
        QDir().mkpath(dir.path());
        int index = 0;
        for (const QByteArray &bytes : seeds(harness))
            put(dir.filePath(QStringLiteral("seed-%1").arg(index++, 3, 10, QLatin1Char('0'))), bytes);
        index = 0;
        for (const QByteArray &bytes : regressions(harness))
            put(dir.filePath(QStringLiteral("regression-%1").arg(index++, 3, 10, QLatin1Char('0'))), bytes);
    }
    return written;
}

} // namespace lgpn::fuzz
