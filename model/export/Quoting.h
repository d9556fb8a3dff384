#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fw::quoting {

/// The outcome of quoting a value for a language that cannot carry every character.
struct Quoted
{
    QString text;      ///< the quoted text, ready to paste into the output; empty when refused
    QString offending; ///< the character that cannot be quoted ("\"", "U+000A"); empty when accepted
    bool ok() const { return offending.isEmpty(); }
};

/// A character as people can read it in a message: itself if printable, otherwise "U+000A".
QString describeCharacter(QChar c);

/// One line: every run of control characters (C0 and C1 controls with newlines and tabs, U+2028, U+2029, U+FEFF, and
/// the noncharacters U+FFFE and U+FFFF, which YAML and XML forbid) becomes one space,
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
/// The most characters cmdText() keeps: the catalog's longest text; with % doubled at most 4,000 characters.
constexpr int maxCmdTextChars = 2000;
/// Free text (a description) for a cmd.exe double-quoted argument: " becomes ', newlines become spaces, cut to
/// maxCmdTextChars (ending in "...") so that its line stays within cmd.exe's 8,191 characters, then as cmdString.
/// Never refuses.
QString cmdText(const QString &text);
/// Text for a batch file's echo command: one line, " becomes ', and % ^ & | < > ( ) are escaped so that the
/// text is printed, never run (also inside a parenthesised block). Never refuses.
QString cmdEcho(const QString &text);
/// A batch-file comment ("REM ..."): one line of text, % doubled, ^ dropped (a trailing ^ would continue the comment
/// into the next line, which would then be commented out); a text longer than maxCommentChars is wrapped into several
/// REM lines (joined with \n), so no line comes near cmd.exe's limit of 8,191 characters.
QString cmdComment(const QString &text);

/// A POSIX shell single-quoted word: ' becomes '\''. Newlines are kept literally (they are safe inside quotes) but
/// folded here so that every command stays on one line.
QString shellString(const QString &text);
/// A "#" comment for sh, nft, PowerShell, YAML and INI files: one line of text; a text longer than maxCommentChars
/// is wrapped into several "#" lines (joined with \n), so that no reader with a line limit (iptables-restore reads
/// 10,240 bytes a line and runs the rest as the next line) ever sees the tail of a comment as a command.
QString hashComment(const QString &text);

/// The most characters (UTF-16 code units) of text in one comment line: at most 3,000 bytes in UTF-8, 2,000
/// characters in a batch file after % is doubled, far below every reader's line limit.
constexpr int maxCommentChars = 1000;
/// Splits @p line into pieces of at most @p width characters: at the last space in the second half of each piece
/// where there is one (the space is dropped), else at @p width, never inside a surrogate pair. An empty line is one
/// empty piece.
QStringList wrapped(const QString &line, int width = maxCommentChars);
/// The first line of @p text (lines end with \n; a \r before it is not counted) that is longer than @p maxBytes in
/// UTF-8, as 1, 2, ...; 0 when every line fits. @p length receives that line's length in bytes.
int firstLongLine(const QByteArray &text, int maxBytes, int *length = nullptr);

/// An nft double-quoted string (a rule or table comment): nft has no escapes inside quotes, so " becomes ', the text
/// is one line and cut to nft's limit of 127 bytes (UTF-8) at a character boundary. Never refuses.
QString nftString(const QString &text, int maxBytes = 127);

/// XML character data and attribute values: & < > " ' as entities; characters XML 1.0 forbids become spaces.
QString xmlEscape(const QString &text);

/// A YAML double-quoted scalar that every YAML 1.1 and 1.2 parser (PyYAML, libyaml) reads back as yamlValue(@p text):
/// \ and " are escaped; the characters YAML forbids in a stream (C0 and C1 controls but for tab, LF, CR and NEL, and
/// U+FFFE, U+FFFF) are already spaces (oneLine), and a lone surrogate, which no YAML parser and no UTF-8 file can
/// carry, becomes U+FFFD. Never refuses.
QString yamlString(const QString &text);
/// What yamlString() reads back as: oneLine(@p text) with lone surrogates as U+FFFD.
QString yamlValue(const QString &text);
/// A YAML scalar that Ansible must never template ("{{ ... }}" stays text): !unsafe "text". Every value in the
/// playbook that comes from the catalog, the user or the options is written with it.
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
