#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

#include <memory>

namespace lgpn {

// Switches the studio's language at run time: installs the embedded translation (compiled from
// translations/*.ts) and Qt's own, so every widget receives QEvent::LanguageChange and
// retranslates itself.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // "" follows the system's locale; "en" is the untranslated English. Returns false (and
    // stays in English) when no translation is embedded for the language.
    bool setLanguage(const QString &code);
    const QString &language() const { return m_language; }

    // Language codes with their names as their speakers write them, for the settings.
    static QList<std::pair<QString, QString>> available();

private:
    void removeTranslators();

    QString m_language;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace lgpn
