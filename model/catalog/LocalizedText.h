#pragma once

#include <QString>
#include <QStringList>

namespace fw {

/// The languages every catalog text and every UI text exists in, by their ISO 639-1 codes.
inline QStringList supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")};
}

/// A text given in English, German and Spanish.
struct LocalizedText
{
    QString en;
    QString de;
    QString es;

    /// The text in @p language ("en", "de", "es"); English for any other code or where the translation is empty.
    QString in(const QString &language) const
    {
        if (language == QLatin1String("de") && !de.isEmpty())
            return de;
        if (language == QLatin1String("es") && !es.isEmpty())
            return es;
        return en;
    }
    /// The same text in every language (for names that are not translated).
    static LocalizedText same(const QString &text) { return {text, text, text}; }
    bool isEmpty() const { return en.isEmpty() && de.isEmpty() && es.isEmpty(); }
    bool operator==(const LocalizedText &o) const { return en == o.en && de == o.de && es == o.es; }
};

} // namespace fw
