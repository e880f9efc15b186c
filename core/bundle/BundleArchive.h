#pragma once

#include <QByteArray>
#include <QString>

#include <map>

namespace lgpn {

// The container of a model bundle: one file holding named sections (manifest, options, schema,
// graph, weights). Layout, all integers little-endian:
//   "LGPNBNDL" (8 bytes) | u32 container version | u32 section count |
//   per section: u32 name length | name (UTF-8) | u64 data length | data
// Reading refuses anything else with an InputError naming the file; writing is atomic
// (a temporary file renamed over the target), so a crash never leaves half a bundle.
class BundleArchive
{
public:
    static constexpr quint32 kContainerVersion = 1;

    void setSection(const QString &name, const QByteArray &data) { m_sections[name] = data; }
    bool hasSection(const QString &name) const { return m_sections.count(name) != 0; }
    // Throws InputError naming `source` when the section is absent.
    const QByteArray &section(const QString &name, const QString &source) const;
    const std::map<QString, QByteArray> &sections() const { return m_sections; }

    QByteArray serialize() const;
    static BundleArchive deserialize(const QByteArray &bytes, const QString &source);

    void save(const QString &path) const;
    static BundleArchive load(const QString &path);

private:
    std::map<QString, QByteArray> m_sections;
};

} // namespace lgpn
