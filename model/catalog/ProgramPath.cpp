#include "ProgramPath.h"

#include "system/Tr.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fw {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::ProgramPath)
}

/// Windows' MAX_PATH (260) less the terminating null.
constexpr int kMaxPath = 259;

bool isControl(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control
        || c.category() == QChar::Other_Format || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
}

QString characterName(QChar c)
{
    if (isControl(c) || c.isSpace())
        return QStringLiteral("U+") + QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'));
    return QString(c);
}

ProgramReason fail(ProgramReason reason, QString *detail, const QString &what = QString())
{
    if (detail)
        *detail = what;
    return reason;
}

/// Characters no export can carry in a program: Windows forbids " | < > * ? in names; quotes of any kind (PowerShell
/// reads the typographic ones as quotes too) and control characters would end a quoted string or a line.
bool forbidden(QChar c)
{
    static const QString chars = QStringLiteral("\"'|<>*?\u2018\u2019\u201A\u201B\u201C\u201D\u201E");
    return isControl(c) || chars.contains(c);
}

bool plainFileNameCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == ' ' || u == '.'
        || u == '_' || u == '-' || u == '+' || u == '(' || u == ')';
}

/// A part between backslashes that Windows would not keep as written.
bool badPart(const QString &part)
{
    return part.isEmpty() || part == QLatin1String(".") || part == QLatin1String("..")
        || part.endsWith(QLatin1Char(' ')) || part.endsWith(QLatin1Char('.'));
}

/// The leading "%Name%" of @p path, or an empty string.
QString leadingVariable(const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral("^%[^%\\\\]+%"));
    const QRegularExpressionMatch m = pattern.match(path);
    return m.hasMatch() ? m.captured(0) : QString();
}

ProgramReason validateFileName(const QString &name, QString *detail)
{
    for (QChar c : name) {
        if (c == QLatin1Char(':'))
            return fail(name.size() >= 2 && name.at(1) == QLatin1Char(':') && name.at(0).isLetter()
                    ? ProgramReason::DriveRelative
                    : ProgramReason::NotSearchable,
                detail, name.size() >= 2 && name.at(1) == QLatin1Char(':') ? name.left(2) : QString(c));
        if (!plainFileNameCharacter(c))
            return fail(ProgramReason::NotSearchable, detail, characterName(c));
    }
    if (badPart(name))
        return fail(ProgramReason::BadPart, detail, name);
    if (name.size() > kMaxPath)
        return fail(ProgramReason::TooLong, detail, QString::number(name.size()));
    return ProgramReason::Invalid;
}

} // namespace

const QStringList &programPathVariables()
{
    static const QStringList names {
        QStringLiteral("ProgramFiles"),
        QStringLiteral("ProgramFiles(x86)"),
        QStringLiteral("ProgramW6432"),
        QStringLiteral("CommonProgramFiles"),
        QStringLiteral("CommonProgramFiles(x86)"),
        QStringLiteral("CommonProgramW6432"),
        QStringLiteral("ProgramData"),
        QStringLiteral("ALLUSERSPROFILE"),
        QStringLiteral("SystemRoot"),
        QStringLiteral("windir"),
        QStringLiteral("SystemDrive"),
    };
    return names;
}

bool isFullProgramPath(const QString &program)
{
    return program.contains(QLatin1Char('\\'));
}

ProgramReason validateProgram(const QString &program, QString *detail)
{
    if (detail)
        detail->clear();
    if (program.isEmpty())
        return ProgramReason::Empty;
    for (QChar c : program) {
        if (forbidden(c))
            return fail(ProgramReason::ForbiddenCharacter, detail, characterName(c));
    }
    if (program.startsWith(QLatin1String("\\\\")) || program.startsWith(QLatin1String("//")))
        return fail(ProgramReason::NetworkShare, detail);
    if (program.contains(QLatin1Char('/')))
        return fail(ProgramReason::ForwardSlash, detail);
    const QString variable = leadingVariable(program);
    if (variable.isEmpty() && !isFullProgramPath(program))
        return validateFileName(program, detail);

    // The start: a drive or a variable, then a backslash.
    QString rest;
    if (!variable.isEmpty()) {
        const QString name = variable.mid(1, variable.size() - 2);
        bool known = false;
        for (const QString &v : programPathVariables())
            known = known || v.compare(name, Qt::CaseInsensitive) == 0;
        if (!known)
            return fail(ProgramReason::UnknownVariable, detail, variable);
        rest = program.mid(variable.size());
        if (!rest.startsWith(QLatin1Char('\\')))
            return fail(ProgramReason::VariableNeedsBackslash, detail, variable);
    } else if (program.size() >= 2 && program.at(1) == QLatin1Char(':') && program.at(0).unicode() < 0x80
        && program.at(0).isLetter()) {
        rest = program.mid(2);
        if (!rest.startsWith(QLatin1Char('\\')))
            return fail(ProgramReason::DriveRelative, detail, program.left(2));
    } else if (program.startsWith(QLatin1Char('\\'))) {
        return fail(ProgramReason::NoDrive, detail);
    } else {
        return fail(ProgramReason::Relative, detail);
    }

    if (rest.contains(QLatin1Char(':')))
        return fail(ProgramReason::ForbiddenCharacter, detail, QStringLiteral(":"));
    // cmd.exe, PowerShell's ExpandEnvironmentVariables and the firewall would all read %Name% as a variable; a single
    // % (or one pair around a backslash) is an ordinary character of a folder's name.
    static const QRegularExpression inside(QStringLiteral("%[^%\\\\]+%"));
    const QRegularExpressionMatch m = inside.match(rest);
    if (m.hasMatch())
        return fail(ProgramReason::VariableInside, detail, m.captured(0));
    if (rest.endsWith(QLatin1Char('\\')))
        return fail(ProgramReason::EndsWithBackslash, detail);
    const QStringList parts = rest.mid(1).split(QLatin1Char('\\'));
    for (const QString &part : parts) {
        if (badPart(part))
            return fail(ProgramReason::BadPart, detail, part);
    }
    if (program.size() > kMaxPath)
        return fail(ProgramReason::TooLong, detail, QString::number(program.size()));
    return ProgramReason::Invalid;
}

QString programReasonText(ProgramReason reason, const QString &detail)
{
    switch (reason) {
    case ProgramReason::Invalid:
        return {};
    case ProgramReason::Empty:
        return Tr::tr("a program is required");
    case ProgramReason::ForbiddenCharacter:
        return Tr::tr("the character %1 is not allowed in a program's path")
            .arg(detail.size() == 1 ? QStringLiteral("'%1'").arg(detail) : detail);
    case ProgramReason::NotSearchable:
        return Tr::tr("the character %1 is not allowed in a program name that is searched for (only letters, digits, "
                      "spaces and . _ - + ( )); give the program's full path instead")
            .arg(detail.size() == 1 ? QStringLiteral("'%1'").arg(detail) : detail);
    case ProgramReason::Relative:
        return Tr::tr("a relative path; give the file name alone to have it searched for, or the full path "
                      "(C:\\… or %ProgramFiles%\\…)");
    case ProgramReason::DriveRelative:
        return Tr::tr("%1 without a backslash is relative to that drive's current folder; write %1\\…").arg(detail);
    case ProgramReason::NoDrive:
        return Tr::tr("a path without a drive; start it with the drive (C:\\…) or a variable (%ProgramFiles%\\…)");
    case ProgramReason::NetworkShare:
        return Tr::tr("a network path (\\\\server\\share\\…); a firewall rule names the program where it is installed "
                      "on the computer, so give its local path");
    case ProgramReason::ForwardSlash:
        return Tr::tr("'/' in a program's path; Windows paths separate folders with '\\'");
    case ProgramReason::BadPart:
        return Tr::tr("the part '%1' of the path is empty, '.' or '..', or ends with a space or a dot; name each "
                      "folder as it is")
            .arg(detail);
    case ProgramReason::EndsWithBackslash:
        return Tr::tr("the path ends with '\\' and names a folder; name the program's file");
    case ProgramReason::UnknownVariable: {
        QStringList names;
        for (const QString &v : programPathVariables())
            names << QLatin1Char('%') + v + QLatin1Char('%');
        return Tr::tr("%1 is not a variable a program's path may start with (%2)")
            .arg(detail, names.join(QStringLiteral(", ")));
    }
    case ProgramReason::VariableNeedsBackslash:
        return Tr::tr("write '\\' after %1").arg(detail);
    case ProgramReason::VariableInside:
        return Tr::tr("'%1' inside the path would be read as an environment variable; only the start may be one "
                      "(%ProgramFiles%\\…)")
            .arg(detail);
    case ProgramReason::TooLong:
        return Tr::tr("%1 characters; a program's path may have at most 259 (Windows' MAX_PATH)").arg(detail);
    }
    return {};
}

ProgramPathParts splitProgramPath(const QString &path)
{
    ProgramPathParts parts;
    parts.variable = leadingVariable(path);
    parts.rest = path.mid(parts.variable.size());
    return parts;
}

} // namespace fw
