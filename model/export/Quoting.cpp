#include "Quoting.h"

#include <algorithm>

namespace fw::quoting {

namespace {

bool isLineBreakOrControl(QChar c)
{
    const char16_t u = c.unicode();
    // U+FFFE and U+FFFF are noncharacters that YAML allows in no stream (not even in a comment) and XML nowhere.
    return u < 0x20 || u == 0x7F || (u >= 0x80 && u <= 0x9F) || u == 0x2028 || u == 0x2029 || u == 0xFEFF
        || u >= 0xFFFE;
}

bool isPowershellSingleQuote(QChar c)
{
    const char16_t u = c.unicode();
    return u == '\'' || u == 0x2018 || u == 0x2019 || u == 0x201A || u == 0x201B;
}

/// Whether oneLine() changes @p text: it has line breaks or control characters, or ends with a space.
bool needsFolding(const QString &text)
{
    for (QChar c : text) {
        if (isLineBreakOrControl(c))
            return true;
    }
    return text.endsWith(QLatin1Char(' '));
}

/// The size of @p c in UTF-8 as QString::toUtf8() writes it: a lone surrogate becomes "?".
int utf8Size(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return 1;
    if (u < 0x800)
        return 2;
    return QChar::isSurrogate(u) ? 1 : 3;
}

/// The size in UTF-8 of a high surrogate followed by @p next: four bytes for a valid pair, else "?" and @p next.
int utf8PairSize(QChar next)
{
    return next.isLowSurrogate() ? 4 : 1 + utf8Size(next);
}

} // namespace

// Characters are replaced with QString::replace(QChar, const QString &), which scans the text once; in Qt 6.4 the
// QLatin1String overload builds a QStringMatcher on every call, which costs more than the short texts themselves.

QString describeCharacter(QChar c)
{
    if (isLineBreakOrControl(c) || c.isSpace())
        return QStringLiteral("U+") + QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'));
    return QString(c);
}

QString oneLine(const QString &text)
{
    // Almost every text is one line already; it is returned as it is, without a copy.
    if (!needsFolding(text))
        return text;
    QString line;
    line.reserve(text.size());
    bool lastBreak = true; // drops leading line breaks
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
    // Copied in runs, each up to and including a quote character, which is then written a second time.
    qsizetype start = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (isPowershellSingleQuote(line.at(i))) {
            quoted += QStringView(line).sliced(start, i + 1 - start);
            quoted += line.at(i);
            start = i + 1;
        }
    }
    quoted += QStringView(line).sliced(start);
    quoted += QLatin1Char('\'');
    return quoted;
}

Quoted cmdString(const QString &text)
{
    Quoted result;
    const auto bad = std::find_if(
        text.cbegin(), text.cend(), [](QChar c) { return c == QLatin1Char('"') || isLineBreakOrControl(c); });
    if (bad != text.cend()) {
        result.offending = describeCharacter(*bad);
        return result;
    }
    QString quoted = text;
    quoted.replace(QLatin1Char('%'), QStringLiteral("%%"));
    result.text = QLatin1Char('"') + quoted + QLatin1Char('"');
    return result;
}

QString cmdText(const QString &text)
{
    QString line = oneLine(text);
    if (line.size() > maxCmdTextChars)
        line = line.left(line.at(maxCmdTextChars - 4).isHighSurrogate() ? maxCmdTextChars - 4 : maxCmdTextChars - 3)
            + QStringLiteral("...");
    line.replace(QLatin1Char('"'), QLatin1Char('\''));
    return cmdString(line).text;
}

QString cmdEcho(const QString &text)
{
    QString line = oneLine(text);
    line.replace(QLatin1Char('"'), QLatin1Char('\''));
    QString echo = QStringLiteral("echo(");
    echo.reserve(echo.size() + line.size() + 8);
    // Copied in runs, each up to a character that needs an escape, which then goes with the next run.
    qsizetype start = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        const bool percent = c == QLatin1Char('%');
        if (percent || QStringView(u"^&|<>()").contains(c)) {
            echo += QStringView(line).sliced(start, i - start);
            echo += percent ? QLatin1Char('%') : QLatin1Char('^');
            start = i;
        }
    }
    echo += QStringView(line).sliced(start);
    return echo;
}

QString cmdComment(const QString &text)
{
    QString line = text;
    line.remove(QLatin1Char('^'));
    const QStringList pieces = wrapped(oneLine(line));
    QStringList lines;
    for (QString piece : pieces) {
        piece.replace(QLatin1Char('%'), QStringLiteral("%%"));
        lines << (piece.isEmpty() ? QStringLiteral("REM") : QStringLiteral("REM ") + piece);
    }
    return lines.join(QLatin1Char('\n'));
}

QString shellString(const QString &text)
{
    QString line = oneLine(text);
    line.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + line + QLatin1Char('\'');
}

QString hashComment(const QString &text)
{
    const QString line = oneLine(text);
    if (line.size() <= maxCommentChars) // almost always: one line, no list
        return line.isEmpty() ? QStringLiteral("#") : QStringLiteral("# ") + line;
    return QStringLiteral("# ") + wrapped(line).join(QStringLiteral("\n# "));
}

QStringList wrapped(const QString &line, int width)
{
    QStringList pieces;
    QStringView rest(line);
    while (rest.size() > width) {
        qsizetype cut = width;
        bool atSpace = false;
        for (qsizetype i = width; i > width / 2; --i) {
            if (rest.at(i) == QLatin1Char(' ')) {
                cut = i;
                atSpace = true;
                break;
            }
        }
        if (!atSpace && rest.at(cut - 1).isHighSurrogate() && rest.at(cut).isLowSurrogate())
            --cut;
        pieces << rest.first(cut).toString();
        rest = rest.sliced(cut + (atSpace ? 1 : 0));
    }
    pieces << rest.toString();
    return pieces;
}

int firstLongLine(const QByteArray &text, int maxBytes, int *length)
{
    int number = 0;
    qsizetype start = 0;
    while (start < text.size()) {
        ++number;
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        qsizetype size = end - start;
        if (size > 0 && text.at(end - 1) == '\r')
            --size;
        if (size > maxBytes) {
            if (length)
                *length = int(size);
            return number;
        }
        start = end + 1;
    }
    return 0;
}

QString nftString(const QString &text, int maxBytes)
{
    QString line = oneLine(text);
    line.replace(QLatin1Char('"'), QLatin1Char('\''));
    // The longest prefix of whole characters (surrogate pairs kept together) whose UTF-8 form fits.
    qsizetype cut = 0;
    int bytes = 0;
    while (cut < line.size()) {
        const bool pair = line.at(cut).isHighSurrogate() && cut + 1 < line.size();
        const int size = pair ? utf8PairSize(line.at(cut + 1)) : utf8Size(line.at(cut));
        if (bytes + size > maxBytes)
            break;
        bytes += size;
        cut += pair ? 2 : 1;
    }
    return QLatin1Char('"') + line.left(cut) + QLatin1Char('"');
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

QString yamlValue(const QString &text)
{
    QString line = oneLine(text);
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c.isHighSurrogate() && i + 1 < line.size() && line.at(i + 1).isLowSurrogate())
            ++i; // a valid pair
        else if (c.isSurrogate())
            line[i] = QChar(QChar::ReplacementCharacter);
    }
    return line;
}

QString yamlString(const QString &text)
{
    const QString line = yamlValue(text);
    QString quoted;
    quoted.reserve(line.size() + 2);
    quoted += QLatin1Char('"');
    for (QChar c : line) {
        switch (c.unicode()) {
        case '"':
            quoted += QLatin1String("\\\"");
            break;
        case '\\':
            quoted += QLatin1String("\\\\");
            break;
        default:
            quoted += c;
        }
    }
    quoted += QLatin1Char('"');
    return quoted;
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
        const bool plain = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || QStringLiteral(" ._-+()").contains(c);
        if (!plain)
            return describeCharacter(c);
    }
    return {};
}

} // namespace fw::quoting
