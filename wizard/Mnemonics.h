#pragma once

#include <QChar>
#include <QSet>
#include <QString>

namespace fw::mnemonic {

/// The mnemonic letter of @p text, lower-case ("&Next >" gives 'n'); a null QChar when it has none.
QChar of(const QString &text);
/// Makes @p text (a catalog text, which has no mnemonic) a label with one: escapes its "&" and marks the first
/// letter not yet in @p taken, preferring the start of a word; adds that letter to @p taken.
QString assign(const QString &text, QSet<QChar> &taken);
/// The letters the wizard's buttons take in the current language (Back, Next, Finish, Language, Plan, Help), which
/// a page's own mnemonics must leave free.
QSet<QChar> takenByButtons();

/// The text of the language button in the button row: "&Language: English".
QString languageButtonText(const QString &nativeLanguageName);
/// The text of the Plan button in the button row (its menu opens and saves plan files).
QString planButtonText();
/// The text of the Help button in the button row (its menu: Diagnostics, About).
QString helpButtonText();

} // namespace fw::mnemonic
