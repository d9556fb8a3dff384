#include "Quoting.h"

namespace fw::quoting {

namespace {

bool isLineBreakOrControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || u == 0x7F || (u >= 0x80 && u <= 0x9F) || u == 0x2028 || u == 0x2029 || u == 0xFEFF;
}

bool isPowershellSingleQuote(QChar c)
{
    const char16_t u = c.unicode();
    return u == '\'' || u == 0x2018 || u == 0x2019 || u == 0x201A || u == 0x201B;
}

} // namespace

QString describeCharacter(QChar c)
{
    if (isLineBreakOrControl(c) || c.isSpace())
        return QStringLiteral("U+") + QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'));
    return QString(c);
}

QString oneLine(const QString &text)
{
    QString line;
    line.reserve(text.size());
    bool lastBreak = true;  // drops leading line breaks
    for (QChar c : text) {
        if (isLineBreakOrControl(c)) {
            // A run of line breaks and control characters ("\r\n") becomes one space; plain spaces are kept, so
            // aligned columns stay aligned.
            if (!lastBreak)
                line += QLatin1Char(' ');
            lastBreak = true;
        } else {
            line += c;
            lastBreak = false;
        }
    }
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    return line;
}

QString powershellString(const QString &text)
{
    const QString line = oneLine(text);
    QString quoted;
    quoted.reserve(line.size() + 2);
    quoted += QLatin1Char('\'');
    for (QChar c : line) {
        quoted += c;
        if (isPowershellSingleQuote(c))
            quoted += c;
    }
    quoted += QLatin1Char('\'');
    return quoted;
}

Quoted cmdString(const QString &text)
{
    Quoted result;
    QString quoted;
    quoted.reserve(text.size() + 2);
    quoted += QLatin1Char('"');
    for (QChar c : text) {
        if (c == QLatin1Char('"') || isLineBreakOrControl(c)) {
            result.offending = describeCharacter(c);
            return result;
        }
        quoted += c;
        if (c == QLatin1Char('%'))
            quoted += c;
    }
    quoted += QLatin1Char('"');
    result.text = quoted;
    return result;
}

QString cmdText(const QString &text)
{
    QString line = oneLine(text);
    line.replace(QLatin1Char('"'), QLatin1Char('\''));
    return cmdString(line).text;
}

QString cmdEcho(const QString &text)
{
    QString line = oneLine(text);
    line.replace(QLatin1Char('"'), QLatin1Char('\''));
    QString escaped;
    escaped.reserve(line.size() + 8);
    for (QChar c : line) {
        if (c == QLatin1Char('%'))
            escaped += QLatin1Char('%');
        else if (QStringLiteral("^&|<>()").contains(c))
            escaped += QLatin1Char('^');
        escaped += c;
    }
    return QStringLiteral("echo(") + escaped;
}

QString cmdComment(const QString &text)
{
    QString line = text;
    line.remove(QLatin1Char('^'));
    line = oneLine(line);
    line.replace(QLatin1Char('%'), QLatin1String("%%"));
    return line.isEmpty() ? QStringLiteral("REM") : QStringLiteral("REM ") + line;
}

QString shellString(const QString &text)
{
    QString line = oneLine(text);
    line.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + line + QLatin1Char('\'');
}

QString hashComment(const QString &text)
{
    const QString line = oneLine(text);
    return line.isEmpty() ? QStringLiteral("#") : QStringLiteral("# ") + line;
}

QString nftString(const QString &text, int maxBytes)
{
    QString line = oneLine(text);
    line.replace(QLatin1Char('"'), QLatin1Char('\''));
    QString cut;
    int bytes = 0;
    for (int i = 0; i < line.size(); ++i) {
        const bool pair = line.at(i).isHighSurrogate() && i + 1 < line.size();
        const QString ch = pair ? line.mid(i, 2) : line.mid(i, 1);
        const int size = int(ch.toUtf8().size());
        if (bytes + size > maxBytes)
            break;
        cut += ch;
        bytes += size;
        if (pair)
            ++i;
    }
    return QLatin1Char('"') + cut + QLatin1Char('"');
}

QString xmlEscape(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (QChar c : text) {
        switch (c.unicode()) {
        case '&':
            escaped += QLatin1String("&amp;");
            break;
        case '<':
            escaped += QLatin1String("&lt;");
            break;
        case '>':
            escaped += QLatin1String("&gt;");
            break;
        case '"':
            escaped += QLatin1String("&quot;");
            break;
        case '\'':
            escaped += QLatin1String("&apos;");
            break;
        default:
            // XML 1.0 allows no C0 control characters but tab, newline and carriage return, and no U+FFFE/U+FFFF;
            // the others are folded too so that every element stays on one line.
            if (isLineBreakOrControl(c) || c.unicode() >= 0xFFFE)
                escaped += QLatin1Char(' ');
            else
                escaped += c;
        }
    }
    return escaped;
}

QString yamlString(const QString &text)
{
    QString line = oneLine(text);
    line.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + line + QLatin1Char('\'');
}

QString ansibleString(const QString &text)
{
    return QStringLiteral("!unsafe ") + yamlString(text);
}

QString iniValue(const QString &text, int maxChars)
{
    QString line = oneLine(text);
    // RawConfigParser treats a line starting with # or ; as a comment and [ as a section, but only at the start of
    // a line; the value follows "key=" so it never starts one. Its length is what ufw checks.
    if (line.size() > maxChars)
        line = line.left(maxChars - 3) + QStringLiteral("...");
    return line;
}

QString windowsFileNameProblem(const QString &name)
{
    if (name.isEmpty())
        return QStringLiteral("U+0000");
    for (QChar c : name) {
        if (isLineBreakOrControl(c) || QStringLiteral("\\/:*?\"<>|").contains(c))
            return describeCharacter(c);
    }
    return {};
}

QString plainFileNameProblem(const QString &name)
{
    if (name.isEmpty())
        return QStringLiteral("U+0000");
    for (QChar c : name) {
        const bool plain = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || QStringLiteral(" ._-+()").contains(c);
        if (!plain)
            return describeCharacter(c);
    }
    return {};
}

} // namespace fw::quoting
