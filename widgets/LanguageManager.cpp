#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace lgpn {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QList<std::pair<QString, QString>> LanguageManager::available()
{
    return {{QString(), tr("System language")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

void LanguageManager::removeTranslators()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_translator.reset();
    m_qtTranslator.reset();
}

bool LanguageManager::setLanguage(const QString &code)
{
    removeTranslators();
    m_language = code;
    const QLocale locale = code.isEmpty() ? QLocale() : QLocale(code);
    if (code == u"en" || locale.language() == QLocale::English) {
        // English is the source language; removing the translators sent LanguageChange.
        return true;
    }
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, QStringLiteral("lgpn"), QStringLiteral("_"), QStringLiteral(":/lgpn/translations")))
        return code.isEmpty();
    QCoreApplication::installTranslator(translator.get());
    m_translator = std::move(translator);
    // Qt's own strings (standard buttons, file dialogs), when Debian's qt6-translations are installed.
    auto qtTranslator = std::make_unique<QTranslator>();
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator.get());
        m_qtTranslator = std::move(qtTranslator);
    }
    return true;
}

} // namespace lgpn
