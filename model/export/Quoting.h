#pragma once

#include <QString>

namespace fw::quoting {

/// The outcome of quoting a value for a language that cannot carry every character.
struct Quoted
{
    QString text;       ///< the quoted text, ready to paste into the output; empty when refused
    QString offending;  ///< the character that cannot be quoted ("\"", "U+000A"); empty when accepted
    bool ok() const { return offending.isEmpty(); }
};

/// A character as people can read it in a message: itself if printable, otherwise "U+000A".
QString describeCharacter(QChar c);

/// One line: every run of control characters (newlines, tabs, U+0085, U+2028, U+2029, U+FEFF) becomes one space,
/// and trailing spaces are trimmed. Comments in every format are built from this, so no text can end a
/// comment line early and continue as code.
QString oneLine(const QString &text);

/// A PowerShell single-quoted string: the only special characters inside are the single quotes, which PowerShell
/// recognises in four forms (' U+2018 U+2019 U+201A U+201B); each is doubled. Never refuses.
QString powershellString(const QString &text);

/// A cmd.exe double-quoted argument for a batch file: % is doubled (the batch parser expands it even inside quotes);
/// " cannot be escaped inside quotes and control characters would end the line, so they are refused. & | < > ^ are
/// literal inside quotes. Assumes delayed expansion is off (the netsh script says setlocal DisableDelayedExpansion).
Quoted cmdString(const QString &text);
/// Free text (a description) for a cmd.exe double-quoted argument: " becomes ', newlines become spaces, then as
/// cmdString. Never refuses.
QString cmdText(const QString &text);
/// Text for a batch file's echo command: one line, " becomes ', and % ^ & | < > ( ) are escaped so that the
/// text is printed, never run (also inside a parenthesised block). Never refuses.
QString cmdEcho(const QString &text);
/// A batch-file comment line ("REM ..."): one line, % doubled, ^ dropped (a trailing ^ would continue the comment
/// into the next line, which would then be commented out).
QString cmdComment(const QString &text);

/// A POSIX shell single-quoted word: ' becomes '\''. Newlines are kept literally (they are safe inside quotes) but
/// folded here so that every command stays on one line.
QString shellString(const QString &text);
/// A "#" comment line for sh, nft, PowerShell, YAML and INI files.
QString hashComment(const QString &text);

/// An nft double-quoted string (a rule or table comment): nft has no escapes inside quotes, so " becomes ', the text
/// is one line and cut to nft's limit of 127 bytes (UTF-8) at a character boundary. Never refuses.
QString nftString(const QString &text, int maxBytes = 127);

/// XML character data and attribute values: & < > " ' as entities; characters XML 1.0 forbids become spaces.
QString xmlEscape(const QString &text);

/// A YAML single-quoted scalar: ' is doubled, the text is one line. Never refuses.
QString yamlString(const QString &text);
/// A YAML scalar that Ansible must never template ("{{ ... }}" in a catalog text stays text): !unsafe 'text'.
QString ansibleString(const QString &text);

/// An INI value for ufw's application profiles (Python's RawConfigParser): one line, without leading characters
/// that would make it a comment, and at most @p maxChars (ufw skips profiles with values over 1024 characters).
QString iniValue(const QString &text, int maxChars = 1000);

/// Whether @p name can be a Windows executable's file name: not empty, none of \ / : * ? " < > | and no control
/// characters. Returns the offending character, or an empty string when the name is acceptable.
QString windowsFileNameProblem(const QString &name);
/// Whether @p name is plain enough for cmd.exe and where.exe (letters, digits, space, . _ - + ( )).
/// Returns the offending character, or an empty string when the name is acceptable.
QString plainFileNameProblem(const QString &name);

} // namespace fw::quoting
