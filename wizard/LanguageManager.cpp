#include "LanguageManager.h"

#include "catalog/LocalizedText.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>

namespace fw {

Q_LOGGING_CATEGORY(lcLanguage, "fw.wizard.language")

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) { }

LanguageManager::~LanguageManager()
{
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_ours);
        QCoreApplication::removeTranslator(&m_qt);
    }
}

QString LanguageManager::nativeName(const QString &language)
{
    // Spelled out: Qt 6.4's QLocale::nativeLanguageName() says "American English" and "español de España".
    if (language == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (language == QLatin1String("es"))
        return QStringLiteral("Español");
    return QStringLiteral("English");
}

QString LanguageManager::systemLanguage()
{
    for (const QString &tag : QLocale::system().uiLanguages()) {
        const QString language = tag.left(2).toLower();
        if (supportedLanguages().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString LanguageManager::startLanguage(const QString &override, const QString &remembered)
{
    if (supportedLanguages().contains(override))
        return override;
    if (supportedLanguages().contains(remembered))
        return remembered;
    return systemLanguage();
}

bool LanguageManager::switchTo(const QString &language)
{
    if (!supportedLanguages().contains(language))
        return false;
    if (language == m_language && m_started)
        return true;
    m_started = true;
    QLocale::setDefault(QLocale(language));
    // Qt 6.4 needs the old translators removed before loading new ones into them (Qt's localizedclock example).
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_ours);
        QCoreApplication::removeTranslator(&m_qt);
        m_installed = false;
    }
    m_language = language;
    m_qtLoaded = true;
    if (language != QLatin1String("en")) {
        if (!m_ours.load(QStringLiteral(":/i18n/firewallwizard_%1.qm").arg(language)))
            qCWarning(lcLanguage, "the translation for %s is missing", qPrintable(language));
        m_qtLoaded
            = m_qt.load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (!m_qtLoaded) {
            qCWarning(lcLanguage, "Qt's own translation qtbase_%s is missing in %s (package qt6-translations-l10n)",
                qPrintable(language), qPrintable(QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        }
        QCoreApplication::installTranslator(&m_ours);
        QCoreApplication::installTranslator(&m_qt);
        m_installed = true;
    }
    qCInfo(lcLanguage, "language: %s", qPrintable(language));
    emit languageChanged(language);
    return true;
}

} // namespace fw
