#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

namespace lgpn {

// The studio's settings, typed: every key, its type and its default live here and nowhere else.
// Stored with QSettings (the platform's usual place); values read back are checked and a bad
// one falls back to its default.
class StudioSettings
{
public:
    StudioSettings();
    // Settings in an explicit file (tests, portable installs).
    explicit StudioSettings(const QString &iniPath);

    QString device() const;             // auto, cpu or cuda
    void setDevice(const QString &device);
    QString modelBundle() const;        // empty: the embedded model
    void setModelBundle(const QString &path);
    double threshold() const;           // decision threshold for hyperparameter nodes, (0, 1)
    void setThreshold(double threshold);
    double similarityThreshold() const; // cosine above which images are grouped, [-1, 1]
    void setSimilarityThreshold(double threshold);
    int crops() const;                  // native-resolution crops per image, 1..64
    void setCrops(int crops);
    QString language() const;           // "" (the system's), "en", "de" or "zh_CN"
    void setLanguage(const QString &language);

    QStringList recentFiles() const;
    // Puts `path` first, keeping at most kMaxRecentFiles entries.
    void addRecentFile(const QString &path);
    void clearRecentFiles();
    static constexpr int kMaxRecentFiles = 10;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    void sync() { m_settings->sync(); }
    static QStringList languages() { return {QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN")}; }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace lgpn
