#include "ZooBuilder.h"

#include "GmTrainer.h"
#include "LabelIntrospector.h"
#include "RealImageSource.h"
#include "ZooStatistics.h"
#include "common/InputError.h"
#include "schema/HyperparameterSchema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QFileInfo>
#include <QSaveFile>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <memory>
#include <set>

namespace lgpn::zoo {

const QString ZooBuilder::kManifestFile = QStringLiteral("manifest.json");

namespace {

const QString kFormat = QStringLiteral("lgpn-zoo");

void writeText(const QString &path, const QByteArray &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        throw InputError(path, QStringLiteral("cannot write: %1").arg(file.errorString()));
}

// Images [N, C, R, R] in [0, 1] to 8-bit PNG files 00000.png, ... in `folder`.
void writeImages(const torch::Tensor &images, const QString &folder)
{
    const torch::Tensor bytes = (images * 255).round().clamp(0, 255).to(torch::kUInt8).permute({0, 2, 3, 1}).contiguous();
    for (int64_t i = 0; i < bytes.size(0); ++i) {
        const torch::Tensor image = bytes[i];
        cv::Mat mat(int(image.size(0)), int(image.size(1)), image.size(2) == 1 ? CV_8UC1 : CV_8UC3, image.data_ptr<uint8_t>());
        cv::Mat out = mat.clone();
        if (out.channels() == 3)
            cv::cvtColor(out, out, cv::COLOR_RGB2BGR);
        const QString path = folder + QStringLiteral("/%1.png").arg(i, 5, 10, QLatin1Char('0'));
        if (!cv::imwrite(QFile::encodeName(path).toStdString(), out))
            throw InputError(path, QStringLiteral("cannot write the image"));
    }
}

torch::Tensor toTensor(const std::vector<cv::Mat> &images, bool unitRange)
{
    std::vector<torch::Tensor> tensors;
    for (const cv::Mat &image : images) {
        const cv::Mat contiguous = image.clone();
        tensors.push_back(torch::from_blob(contiguous.data, {contiguous.rows, contiguous.cols, contiguous.channels()}, torch::kUInt8)
                              .permute({2, 0, 1}).to(torch::kFloat32).div(255.0));
    }
    const torch::Tensor stacked = torch::stack(tensors);
    return unitRange ? stacked : stacked * 2 - 1;
}

// A fingerprint of the design (specs and test sets), so that a folder is never resumed with the
// GMs of another design (after a change of the sampler, say).
QString designHash(const ZooDesign &design)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (size_t gm = 0; gm < design.specs.size(); ++gm) {
        hash.addData(QJsonDocument(design.specs[gm].toJson()).toJson(QJsonDocument::Compact));
        hash.addData(QByteArray::number(design.testSet[gm]));
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

QString duration(double seconds)
{
    return QStringLiteral("%1:%2").arg(int(seconds) / 60).arg(int(seconds) % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ZooBuilder::ZooBuilder(ZooOptions options)
    : m_options(std::move(options))
    , m_design(ZooDesign::make(m_options.gms, m_options.seed, m_options.quick))
{
    for (GmSpec &spec : m_design.specs)
        spec.steps *= m_options.stepsScale;
}

void ZooBuilder::loadOrStartManifest()
{
    const QString path = QDir(m_options.outDir).filePath(kManifestFile);
    QJsonObject wanted{{QStringLiteral("gms"), m_options.gms},
                       {QStringLiteral("imagesPerGm"), m_options.imagesPerGm},
                       {QStringLiteral("seed"), qint64(m_options.seed)},
                       {QStringLiteral("quick"), m_options.quick},
                       {QStringLiteral("design"), kDesignVersion},
                       {QStringLiteral("designHash"), designHash(m_design)}};
    if (m_options.stepsScale != 1) // absent by default, so that zoos built before it still resume
        wanted.insert(QStringLiteral("stepsScale"), m_options.stepsScale);
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            throw InputError(path, QStringLiteral("cannot read: %1").arg(file.errorString()));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()
            || document.object().value(u"format").toString() != kFormat)
            throw InputError(path, QStringLiteral("damaged zoo manifest: cannot resume (remove the folder to start again)"));
        m_manifest = document.object();
        if (m_manifest.value(u"options").toObject() != wanted)
            throw InputError(path, QStringLiteral("this folder holds a zoo built with other options (%1); use another --out")
                                       .arg(QString::fromUtf8(QJsonDocument(m_manifest.value(u"options").toObject()).toJson(QJsonDocument::Compact))));
        return;
    }
    m_manifest = QJsonObject{{QStringLiteral("format"), kFormat},
                             {QStringLiteral("version"), 1},
                             {QStringLiteral("options"), wanted},
                             {QStringLiteral("complete"), false},
                             {QStringLiteral("gms"), QJsonArray()}};
}

void ZooBuilder::saveManifest() const
{
    writeText(QDir(m_options.outDir).filePath(kManifestFile), QJsonDocument(m_manifest).toJson(QJsonDocument::Indented));
}

void ZooBuilder::build(const std::function<void(const QString &)> &progress)
{
    QDir out(m_options.outDir);
    if (!out.mkpath(QStringLiteral(".")) || !out.mkpath(QStringLiteral("gms")) || !out.mkpath(QStringLiteral("labels")))
        throw InputError(m_options.outDir, QStringLiteral("cannot create the output folder"));
    loadOrStartManifest();
    if (m_manifest.value(u"complete").toBool()) {
        progress(QStringLiteral("zoo already complete in %1").arg(m_options.outDir));
        return;
    }
    const int shares = std::max(1, m_options.jobs);
    if (m_options.workerIndex >= 0) {
        trainShare(m_options.workerIndex, shares, progress);
        return;
    }
    saveManifest(); // also proves the folder is writable before hours of work
    if (shares > 1 && !m_options.workerProgram.isEmpty())
        runWorkers(progress);
    else
        trainShare(0, 1, progress);
    collectRecords();
    saveManifest();
    writeRealSet();
    finish();
    progress(QStringLiteral("zoo complete: %1 GMs in %2").arg(m_options.gms).arg(m_options.outDir));
}

void ZooBuilder::runWorkers(const std::function<void(const QString &)> &progress)
{
    // Workers 1..J-1 run as child processes; this process is worker 0.
    std::vector<std::unique_ptr<QProcess>> workers;
    for (int worker = 1; worker < m_options.jobs; ++worker) {
        QStringList arguments{QStringLiteral("zoo"), QStringLiteral("build"), QStringLiteral("--out"), m_options.outDir,
                              QStringLiteral("--gms"), QString::number(m_options.gms),
                              QStringLiteral("--images-per-gm"), QString::number(m_options.imagesPerGm),
                              QStringLiteral("--seed"), QString::number(m_options.seed),
                              QStringLiteral("--jobs"), QString::number(m_options.jobs),
                              QStringLiteral("--worker"), QString::number(worker),
                              QStringLiteral("--steps-scale"), QString::number(m_options.stepsScale)};
        if (m_options.quick)
            arguments.append(QStringLiteral("--quick"));
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedChannels);
        process->start(m_options.workerProgram, arguments);
        if (!process->waitForStarted())
            throw InputError(m_options.workerProgram, QStringLiteral("cannot start a zoo worker: %1").arg(process->errorString()));
        workers.push_back(std::move(process));
    }
    QString failure;
    try {
        trainShare(0, m_options.jobs, progress);
    } catch (const std::exception &error) {
        failure = QString::fromUtf8(error.what());
    }
    for (size_t i = 0; i < workers.size(); ++i) {
        QProcess &process = *workers[i];
        process.waitForFinished(-1);
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            failure = QStringLiteral("zoo worker %1 stopped with exit code %2").arg(i + 1).arg(process.exitCode());
    }
    if (!failure.isEmpty())
        throw InputError(m_options.outDir, failure + QStringLiteral(" (run the same command again to resume)"));
}

void ZooBuilder::trainShare(int share, int shares, const std::function<void(const QString &)> &progress)
{
    QDir out(m_options.outDir);
    // Training data, loaded once.
    const int fmnistCount = m_options.quick ? 512 : 6000;
    const RealImageSource::LabelledImages fmnist = RealImageSource::fashionMnist(fmnistCount);
    const torch::Tensor fmnistLabels = torch::tensor(std::vector<int64_t>(fmnist.labels.begin(), fmnist.labels.end()));
    std::map<int, RealImageSource::LabelledImages> photos;
    std::map<int, torch::Tensor> photoLabels;
    auto photosOf = [&](int size) -> const RealImageSource::LabelledImages & {
        if (!photos.count(size)) {
            photos[size] = RealImageSource::photoPatches(m_options.quick ? 256 : (size == 64 ? 1500 : 3000), size, m_options.seed + size);
            photoLabels[size] = torch::tensor(std::vector<int64_t>(photos[size].labels.begin(), photos[size].labels.end()));
        }
        return photos[size];
    };
    auto recordPath = [&](const QString &name) { return out.filePath(QStringLiteral("gms/") + name + QStringLiteral(".json")); };

    QElapsedTimer timer;
    timer.start();
    int trained = 0;
    int remaining = 0;
    for (int index = share; index < m_options.gms; index += shares)
        remaining += QFileInfo::exists(recordPath(m_design.specs[size_t(index)].name)) ? 0 : 1;
    for (int index = share; index < m_options.gms; index += shares) {
        const GmSpec &spec = m_design.specs[size_t(index)];
        if (QFileInfo::exists(recordPath(spec.name)))
            continue;
        const bool isFmnist = spec.dataset == u"fmnist";
        const std::vector<cv::Mat> &source = isFmnist ? fmnist.images : photosOf(spec.resolution).images;
        const torch::Tensor real = toTensor(source, spec.unitRange());
        // What a GM costs: CPU seconds of this process (one thread per worker), which another load
        // on the machine does not inflate, and wall seconds.
        const std::clock_t cpuStart = std::clock();
        QElapsedTimer wall;
        wall.start();
        GmTrainer trainer(spec);
        const std::map<QString, double> losses = trainer.train(real, isFmnist ? fmnistLabels : photoLabels[spec.resolution]);
        const torch::Tensor images = trainer.sample(m_options.imagesPerGm, real);
        if (!torch::isfinite(images).all().item<bool>())
            throw std::runtime_error("GM " + spec.name.toStdString() + " produced non-finite images");

        // Images first (in a temporary folder renamed when complete), then the GM's record.
        const QString folder = out.filePath(QStringLiteral("gms/") + spec.name);
        const QString partial = folder + QStringLiteral(".partial");
        QDir(partial).removeRecursively();
        QDir(folder).removeRecursively();
        out.mkpath(partial);
        writeImages(images, partial);
        if (!QDir().rename(partial, folder))
            throw InputError(folder, QStringLiteral("cannot move the finished images into place"));

        QJsonObject lossObject;
        for (const auto &[lossName, value] : losses)
            lossObject.insert(lossName, value);
        QJsonArray architecture;
        for (double value : LabelIntrospector::architectureRow(trainer.generator()))
            architecture.append(value);
        QJsonArray lossRow;
        for (int value : LabelIntrospector::lossRow(spec.losses))
            lossRow.append(value);
        const QJsonObject record{{QStringLiteral("name"), spec.name},
                                 {QStringLiteral("family"), spec.family},
                                 {QStringLiteral("configuration"), m_design.configuration[size_t(index)]},
                                 {QStringLiteral("testSet"), m_design.testSet[size_t(index)]},
                                 {QStringLiteral("spec"), spec.toJson()},
                                 {QStringLiteral("architectureRow"), architecture},
                                 {QStringLiteral("lossRow"), lossRow},
                                 {QStringLiteral("steps"), spec.steps},
                                 {QStringLiteral("finalLosses"), lossObject},
                                 {QStringLiteral("seed"), qint64(spec.seed)},
                                 {QStringLiteral("imageCount"), m_options.imagesPerGm},
                                 {QStringLiteral("folder"), QString(QStringLiteral("gms/") + spec.name)},
                                 {QStringLiteral("cpuSeconds"), std::round(double(std::clock() - cpuStart) / CLOCKS_PER_SEC * 10) / 10},
                                 {QStringLiteral("wallSeconds"), std::round(double(wall.elapsed()) / 100) / 10}};
        writeText(recordPath(spec.name), QJsonDocument(record).toJson(QJsonDocument::Indented));
        ++trained;
        const int finished = int(QDir(out.filePath(QStringLiteral("gms"))).entryList({QStringLiteral("*.json")}, QDir::Files).size()); // all workers
        const double elapsed = double(timer.elapsed()) / 1000.0;
        const double eta = elapsed / trained * (remaining - trained);
        progress(QStringLiteral("%1[%2/%3] %4 (%5) trained %6 steps, elapsed %7, ETA %8")
                     .arg(shares > 1 ? QStringLiteral("worker %1: ").arg(share) : QString())
                     .arg(finished).arg(m_options.gms).arg(spec.name, spec.family).arg(spec.steps)
                     .arg(duration(elapsed), duration(eta)));
    }
}

void ZooBuilder::collectRecords()
{
    QDir out(m_options.outDir);
    QJsonArray gms;
    for (int index = 0; index < m_options.gms; ++index) {
        const QString &name = m_design.specs[size_t(index)].name;
        const QString path = out.filePath(QStringLiteral("gms/") + name + QStringLiteral(".json"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw InputError(path, QStringLiteral("GM record missing: the build is not finished (run the same command again)"));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject() || document.object().value(u"name").toString() != name
            || !QFileInfo(out.filePath(QStringLiteral("gms/") + name)).isDir())
            throw InputError(path, QStringLiteral("damaged GM record: remove it and its image folder, then run the same command again"));
        gms.append(document.object());
    }
    m_manifest.insert(QStringLiteral("gms"), gms);
}

void ZooBuilder::writeRealSet()
{
    QDir out(m_options.outDir);
    const int count = m_options.imagesPerGm;
    struct RealSet { QString name; std::function<RealImageSource::LabelledImages()> load; };
    const std::vector<RealSet> sets = {
        {QStringLiteral("fmnist"), [&] {
             // Images the GMs were not trained on: the end of the first 6000 + count.
             RealImageSource::LabelledImages all = RealImageSource::fashionMnist(6000 + count);
             all.images.erase(all.images.begin(), all.images.begin() + 6000);
             return all;
         }},
        {QStringLiteral("photo32"), [&] { return RealImageSource::photoPatches(count, 32, m_options.seed + 1000); }},
        {QStringLiteral("photo64"), [&] { return RealImageSource::photoPatches(count / 2, 64, m_options.seed + 2000); }},
    };
    QJsonArray real;
    for (const RealSet &set : sets) {
        const QString folder = out.filePath(QStringLiteral("real/") + set.name);
        if (!QFileInfo::exists(folder)) {
            const QString partial = folder + QStringLiteral(".partial");
            QDir(partial).removeRecursively();
            out.mkpath(partial);
            const RealImageSource::LabelledImages images = set.load();
            writeImages(toTensor(images.images, true), partial);
            if (!QDir().rename(partial, folder))
                throw InputError(folder, QStringLiteral("cannot move the real images into place"));
        }
        real.append(QJsonObject{{QStringLiteral("name"), set.name}, {QStringLiteral("folder"), QString(QStringLiteral("real/") + set.name)}});
    }
    m_manifest.insert(QStringLiteral("real"), real);
}

void ZooBuilder::finish()
{
    const QJsonArray gms = m_manifest.value(u"gms").toArray();
    std::vector<std::vector<double>> rows;
    for (const QJsonValue gm : gms) {
        std::vector<double> row;
        for (const QJsonValue number : gm.toObject().value(u"architectureRow").toArray())
            row.push_back(number.toDouble());
        rows.push_back(row);
    }
    const HyperparameterSchema schema = zooSchema(rows); // bin edges and value ranges from the zoo's own values
    const QDir out(m_options.outDir);
    writeText(out.filePath(QStringLiteral("schema.json")), schema.toJson());

    QByteArray architecture;
    QByteArray losses;
    for (const QJsonValue value : gms) {
        const QJsonObject gm = value.toObject();
        QStringList row{gm.value(u"name").toString()};
        for (const QJsonValue number : gm.value(u"architectureRow").toArray())
            row.append(QString::number(qint64(number.toDouble())));
        architecture += row.join(u' ').toUtf8() + '\n';
        QStringList lossRow;
        for (const QJsonValue number : gm.value(u"lossRow").toArray())
            lossRow.append(QString::number(number.toInt()));
        losses += lossRow.join(u' ').toUtf8() + '\n';
    }
    // The design's four disjoint, stratified test sets (replicates of a configuration together).
    std::vector<QStringList> sets(ZooDesign::kTestSets);
    QJsonArray testSets;
    for (int index = 0; index < gms.size(); ++index)
        sets[size_t(m_design.testSet[size_t(index)] - 1)].append(gms.at(index).toObject().value(u"name").toString());
    QByteArray testSetText = "# The four disjoint test sets of the zoo's leave-one-set-out protocol.\n";
    for (size_t set = 0; set < sets.size(); ++set) {
        testSetText += QByteArray::number(qulonglong(set + 1)) + ' ' + sets[set].join(u' ').toUtf8() + '\n';
        testSets.append(QJsonArray::fromStringList(sets[set]));
    }
    writeText(out.filePath(QStringLiteral("labels/architecture_labels.txt")), architecture);
    writeText(out.filePath(QStringLiteral("labels/loss_labels.txt")), losses);
    writeText(out.filePath(QStringLiteral("labels/test_sets.txt")), testSetText);
    m_manifest.insert(QStringLiteral("testSets"), testSets);
    m_manifest.insert(QStringLiteral("schema"), QStringLiteral("schema.json"));
    QJsonObject statistics = ZooStatistics::compute(m_design);
    statistics.insert(QStringLiteral("cost"), ZooStatistics::cost(gms));
    m_manifest.insert(QStringLiteral("statistics"), statistics);
    m_manifest.insert(QStringLiteral("complete"), true);
    saveManifest();
}

} // namespace lgpn::zoo
