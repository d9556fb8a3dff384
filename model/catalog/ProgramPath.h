#pragma once

#include <QString>
#include <QStringList>

namespace fw {

/// Why a rule's program is refused: the catalog refuses it when it loads, the exporters again for plans built in code.
enum class ProgramReason {
    Invalid, ///< not a problem: the program is acceptable
    Empty,
    ForbiddenCharacter,     ///< detail: the character, or "U+000A" for control characters
    NotSearchable,          ///< a file name to search for with a character other than letters, digits, space, ._-+()
    Relative,               ///< "..\x.exe", "Palisade\x.exe"
    DriveRelative,          ///< "C:x.exe"; detail: the drive ("C:")
    NoDrive,                ///< "\Program Files\x.exe": the root of whichever drive is current
    NetworkShare,           ///< "\\server\share\x.exe", "\\?\C:\x.exe"
    ForwardSlash,           ///< "C:/Program Files/x.exe"
    BadPart,                ///< detail: a part that is empty, "." or "..", or ends with a space or a dot
    EndsWithBackslash,      ///< names a folder
    UnknownVariable,        ///< detail: the variable with its percent signs
    VariableNeedsBackslash, ///< "%ProgramFiles%x.exe"; detail: the variable
    VariableInside,         ///< "C:\a\%TEMP%\x.exe"; detail: the text that would be read as a variable
    TooLong,                ///< detail: the number of characters
};

/// The environment variables a program's path may start with, as Windows spells them: the system-wide folders
/// that are the same for every user, so that the firewall rule means the same file for everyone.
const QStringList &programPathVariables();

/// Whether @p program is a full path (it holds a backslash) rather than a file name that the exports search for.
bool isFullProgramPath(const QString &program);

/// Checks a rule's program: a file name to search for (letters, digits, spaces and . _ - + ( ) only), or a full
/// Windows path that starts with a drive ("C:\") or one of programPathVariables() ("%ProgramFiles%\"), has no
/// quotes, | < > * ? or control characters, no relative parts, no other variable, and at most 259 characters.
/// Returns ProgramReason::Invalid when the program is acceptable; otherwise the reason, with @p detail set.
ProgramReason validateProgram(const QString &program, QString *detail = nullptr);

/// The translated explanation of a refused program, e.g. "a relative path; give the file name alone ...".
QString programReasonText(ProgramReason reason, const QString &detail);

/// A full path split where the exports treat it differently: the leading variable with its percent signs
/// ("%ProgramFiles%", empty for "C:\...") and the rest, taken literally ("\Autodesk\lmgrd.exe").
struct ProgramPathParts
{
    QString variable;
    QString rest;
};
/// Splits a full path accepted by validateProgram().
ProgramPathParts splitProgramPath(const QString &path);

} // namespace fw
