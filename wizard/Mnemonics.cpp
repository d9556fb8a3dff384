#include "Mnemonics.h"

#include <QCoreApplication>

namespace fw::mnemonic {

QChar of(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

QString assign(const QString &text, QSet<QChar> &taken)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('&'), QLatin1String("&&"));
    qsizetype chosen = -1;
    // Two passes over the escaped text: first letters that start a word, then any letter.
    for (int pass = 0; pass < 2 && chosen < 0; ++pass) {
        for (qsizetype i = 0; i < escaped.size(); ++i) {
            const QChar ch = escaped[i];
            if (!ch.isLetterOrNumber() || taken.contains(ch.toLower()))
                continue;
            const bool wordStart = i == 0 || !escaped[i - 1].isLetterOrNumber();
            if (pass == 0 && !wordStart)
                continue;
            chosen = i;
            break;
        }
    }
    if (chosen < 0)
        return escaped;
    taken.insert(escaped[chosen].toLower());
    return escaped.left(chosen) + QLatin1Char('&') + escaped.mid(chosen);
}

QSet<QChar> takenByButtons()
{
    QSet<QChar> taken;
    // The same source texts FirewallWizard sets on the buttons, so that qtbase_<lang> translates them alike.
    const char *qwizard = "QWizard";
    for (const char *text : {"< &Back", "&Next >", "&Finish", "Cancel", "&Help"}) {
        const QChar c = of(QCoreApplication::translate(qwizard, text));
        if (!c.isNull())
            taken.insert(c);
    }
    for (const QString &text : {languageButtonText(QString()), planButtonText(), helpButtonText()}) {
        const QChar c = of(text);
        if (!c.isNull())
            taken.insert(c);
    }
    return taken;
}

QString languageButtonText(const QString &nativeLanguageName)
{
    //: button in the wizard's button row that opens the list of languages; %1 is the current one ("English")
    return QCoreApplication::translate("fw::WizardButtons", "&Language: %1").arg(nativeLanguageName);
}

QString planButtonText()
{
    //: button in the wizard's button row whose menu opens and saves plan files (.fwplan); the mnemonic must not be
    //: the one of Products, Back, Next, Finish, Help or Language
    return QCoreApplication::translate("fw::WizardButtons", "Pl&an");
}

QString helpButtonText()
{
    // Ours, not Qt's "&Help": Qt's Spanish "&Ayuda" takes the letter of its own "< &Atrás".
    //: button in the wizard's button row whose menu holds Diagnostics and About; the mnemonic must not be the one
    //: of Back, Next, Finish, Plan, Language or a page's own
    return QCoreApplication::translate("fw::WizardButtons", "&Help");
}

} // namespace fw::mnemonic
