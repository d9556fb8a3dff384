#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace fw {

/// Switches the language of the whole program at run time: our translations (embedded under :/i18n) and Qt's own
/// (qtbase_<lang>, for the standard buttons and dialogs). Owns both translators.
class LanguageManager : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(LanguageManager)

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /// Each language in its own name: "English", "Deutsch", "Español".
    static QString nativeName(const QString &language);
    /// The system's language if it is one of ours, else "en".
    static QString systemLanguage();
    /// The language to start in: @p override (from --lang) if given, else @p remembered if valid, else the system's.
    static QString startLanguage(const QString &override, const QString &remembered);

    QString language() const { return m_language; }
    /// Installs the translators for @p language ("en", "de", "es") and sets the default locale; every widget then
    /// gets a LanguageChange event. Returns false for an unknown language.
    bool switchTo(const QString &language);
    /// Whether Qt's own translation loaded for the current language (always true for English).
    bool qtTranslationLoaded() const { return m_qtLoaded; }

signals:
    void languageChanged(const QString &language);

private:
    QTranslator m_ours;
    QTranslator m_qt;
    QString m_language = QStringLiteral("en");
    bool m_installed = false;
    bool m_started = false; ///< the first switchTo() always sets the locale, even for English
    bool m_qtLoaded = true;
};

} // namespace fw
