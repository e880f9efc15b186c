#include "ZooFolderFixture.h"

#include "schema/HyperparameterSchema.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <opencv2/imgcodecs.hpp>

#include <stdexcept>
#include <vector>

namespace lgpn::fuzz {

namespace {

const QByteArray kArchitectureRows = "AAE 9 0 7 0 2 0 0 0 1593378 0 1 0 0 1 0\n"
                                     "ACGAN 18 10 1 0 7 2307 5 3 4276739 0 1 1 0 1 0\n"
                                     "ADAGAN_C 35 14 13 1 7 4131 9 3 9416196 0 1 1 0 1 0\n"
                                     "ADAGAN_P 35 14 13 1 7 4131 9 3 9416196 0 1 1 0 1 0\n";
const QByteArray kLossRows = "1 0 0 0 0 0 0 0 0 1\n"
                             "1 0 0 0 0 0 0 0 0 1\n"
                             "0 0 0 0 1 0 0 0 0 1\n"
                             "0 0 0 0 1 0 0 0 0 0\n";
const QByteArray kTestSets = "1 AAE\n2 ACGAN\n3 ADAGAN_C\n4 ADAGAN_P\n";

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        throw std::runtime_error("the zoo fixture cannot write " + path.toStdString());
}

QByteArray tinyPng()
{
    std::vector<uchar> png;
    cv::imencode(".png", cv::Mat(4, 4, CV_8UC3, cv::Scalar(10, 20, 30)), png);
    return QByteArray(reinterpret_cast<const char *>(png.data()), qsizetype(png.size()));
}

} // namespace

const QStringList ZooFolderFixture::kGmNames = {QStringLiteral("AAE"), QStringLiteral("ACGAN"), QStringLiteral("ADAGAN_C"),
                                                QStringLiteral("ADAGAN_P")};

RedLabelTable::Texts ZooFolderFixture::labelTexts()
{
    return {kArchitectureRows, kLossRows, kTestSets};
}

QByteArray ZooFolderFixture::validManifest()
{
    QJsonArray gms;
    for (int index = 0; index < kGmNames.size(); ++index)
        gms.append(QJsonObject{{QStringLiteral("name"), kGmNames[index]},
                               {QStringLiteral("folder"), QString(QStringLiteral("gms/") + kGmNames[index])},
                               {QStringLiteral("configuration"), index / 2},
                               {QStringLiteral("family"), QStringLiteral("gan")},
                               {QStringLiteral("cpuSeconds"), 1.5}});
    QJsonArray real;
    real.append(QJsonObject{{QStringLiteral("folder"), QStringLiteral("real/fmnist")}});
    const QJsonObject manifest{{QStringLiteral("format"), QStringLiteral("lgpn-zoo")},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("complete"), true},
                               {QStringLiteral("schema"), QStringLiteral("schema.json")},
                               {QStringLiteral("gms"), gms},
                               {QStringLiteral("real"), real}};
    return QJsonDocument(manifest).toJson(QJsonDocument::Indented);
}

ZooFolderFixture::ZooFolderFixture()
    : m_path(m_directory.path())
{
    const QDir dir(m_path);
    dir.mkpath(QStringLiteral("labels"));
    writeFile(dir.filePath(QStringLiteral("schema.json")), HyperparameterSchema::red140().toJson());
    writeFile(dir.filePath(QStringLiteral("labels/") + RedLabelTable::kArchitectureFile), kArchitectureRows);
    writeFile(dir.filePath(QStringLiteral("labels/") + RedLabelTable::kLossFile), kLossRows);
    writeFile(dir.filePath(QStringLiteral("labels/") + RedLabelTable::kTestSetFile), kTestSets);
    const QByteArray png = tinyPng();
    for (const QString &name : kGmNames) {
        dir.mkpath(QStringLiteral("gms/") + name);
        writeFile(dir.filePath(QStringLiteral("gms/%1/0.png").arg(name)), png);
    }
    dir.mkpath(QStringLiteral("real/fmnist"));
    writeFile(dir.filePath(QStringLiteral("real/fmnist/0.png")), png);
}

void ZooFolderFixture::writeManifest(const QByteArray &bytes) const
{
    writeFile(QDir(m_path).filePath(QStringLiteral("manifest.json")), bytes);
}

} // namespace lgpn::fuzz
