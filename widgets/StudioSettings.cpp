#include "StudioSettings.h"

#include <algorithm>

namespace lgpn {

namespace {

const QString kDevice = QStringLiteral("analysis/device");
const QString kModelBundle = QStringLiteral("analysis/modelBundle");
const QString kThreshold = QStringLiteral("analysis/threshold");
const QString kSimilarityThreshold = QStringLiteral("analysis/similarityThreshold");
const QString kCrops = QStringLiteral("analysis/crops");
const QString kLanguage = QStringLiteral("interface/language");
const QString kRecentFiles = QStringLiteral("interface/recentFiles");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");

} // namespace

StudioSettings::StudioSettings()
    : m_settings(std::make_unique<QSettings>())
{
}

StudioSettings::StudioSettings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

QString StudioSettings::device() const
{
    const QString value = m_settings->value(kDevice).toString();
    return value == u"cpu" || value == u"cuda" ? value : QStringLiteral("auto");
}

void StudioSettings::setDevice(const QString &device)
{
    m_settings->setValue(kDevice, device);
}

QString StudioSettings::modelBundle() const
{
    return m_settings->value(kModelBundle).toString();
}

void StudioSettings::setModelBundle(const QString &path)
{
    m_settings->setValue(kModelBundle, path);
}

double StudioSettings::threshold() const
{
    bool ok = false;
    const double value = m_settings->value(kThreshold, 0.5).toDouble(&ok);
    return ok && value > 0 && value < 1 ? value : 0.5;
}

void StudioSettings::setThreshold(double threshold)
{
    m_settings->setValue(kThreshold, threshold);
}

double StudioSettings::similarityThreshold() const
{
    bool ok = false;
    const double value = m_settings->value(kSimilarityThreshold, 0.9).toDouble(&ok);
    return ok && value >= -1 && value <= 1 ? value : 0.9;
}

void StudioSettings::setSimilarityThreshold(double threshold)
{
    m_settings->setValue(kSimilarityThreshold, threshold);
}

int StudioSettings::crops() const
{
    bool ok = false;
    const int value = m_settings->value(kCrops, 5).toInt(&ok);
    return ok && value >= 1 && value <= 64 ? value : 5;
}

void StudioSettings::setCrops(int crops)
{
    m_settings->setValue(kCrops, crops);
}

QString StudioSettings::language() const
{
    const QString value = m_settings->value(kLanguage).toString();
    return languages().contains(value) ? value : QString();
}

void StudioSettings::setLanguage(const QString &language)
{
    m_settings->setValue(kLanguage, language);
}

QStringList StudioSettings::recentFiles() const
{
    QStringList files = m_settings->value(kRecentFiles).toStringList();
    files.removeAll(QString());
    return files.mid(0, kMaxRecentFiles);
}

void StudioSettings::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    m_settings->setValue(kRecentFiles, files.mid(0, kMaxRecentFiles));
}

void StudioSettings::clearRecentFiles()
{
    m_settings->remove(kRecentFiles);
}

QByteArray StudioSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void StudioSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

QByteArray StudioSettings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}

void StudioSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(kState, state);
}

} // namespace lgpn
