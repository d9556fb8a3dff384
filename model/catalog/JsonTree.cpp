#include "JsonTree.h"

#include "system/IdTable.h"

#include <QSet>

#include <cmath>
#include <cstring>
#include <utility>

namespace fw {

const JsonNode *JsonNode::member(QByteArrayView key) const
{
    for (const JsonMember &m : members) {
        if (m.key.size() == key.size() && std::memcmp(m.key.constData(), key.data(), size_t(key.size())) == 0)
            return &m.value;
    }
    return nullptr;
}

namespace {

const IdName<JsonNode::Type> kTypeNames[] = {
    {JsonNode::Type::Null, "null"},
    {JsonNode::Type::Bool, "boolean"},
    {JsonNode::Type::Number, "number"},
    {JsonNode::Type::String, "string"},
    {JsonNode::Type::Array, "array"},
    {JsonNode::Type::Object, "object"},
};

} // namespace

QString JsonNode::typeName() const
{
    return idOf(kTypeNames, type);
}

namespace {

using namespace jsonlimits;

bool isContinuation(char c)
{
    return (static_cast<uchar>(c) & 0xC0) == 0x80;
}

/// UTF-8 to QString, keeping a leading U+FEFF (QString::fromUtf8() takes it for a byte order mark and drops it).
QString fromUtf8(QByteArrayView utf8)
{
    if (utf8.startsWith("\xEF\xBB\xBF"))
        return QChar(0xFEFF) + QString::fromUtf8(utf8.sliced(3));
    return QString::fromUtf8(utf8);
}

/// Appends code point @p cp (not a surrogate) as UTF-8. (QString::fromUcs4() would drop U+FEFF as a byte order mark.)
void appendUtf8(QByteArray &utf8, uint cp)
{
    if (cp < 0x80) {
        utf8 += char(cp);
    } else if (cp < 0x800) {
        utf8 += char(0xC0 | (cp >> 6));
        utf8 += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        utf8 += char(0xE0 | (cp >> 12));
        utf8 += char(0x80 | ((cp >> 6) & 0x3F));
        utf8 += char(0x80 | (cp & 0x3F));
    } else {
        utf8 += char(0xF0 | (cp >> 18));
        utf8 += char(0x80 | ((cp >> 12) & 0x3F));
        utf8 += char(0x80 | ((cp >> 6) & 0x3F));
        utf8 += char(0x80 | (cp & 0x3F));
    }
}

/// A place in the document: its byte offset, and the line it is on with the offset where that line starts.
struct Mark
{
    qsizetype pos = 0;
    int line = 1;
    qsizetype lineStart = 0;
};

class Parser
{
public:
    explicit Parser(const QByteArray &data) : m_data(data) { }

    bool parse(JsonNode &root, JsonError &error)
    {
        root = JsonNode();
        if (m_data.size() > kMaxDocumentBytes) {
            error.line = 1;
            error.column = 1;
            error.message = QStringLiteral("the document is larger than %1 MiB").arg(kMaxDocumentBytes >> 20);
            return false;
        }
        // A UTF-8 byte order mark is tolerated (editors on Windows like to write one); it takes no column.
        if (m_data.startsWith("\xEF\xBB\xBF"))
            m_pos = m_lineStart = 3;
        const bool ok = checkUtf8() && parseDocument(root);
        if (!ok) {
            root = JsonNode(); // no half a tree
            error.line = m_error.line;
            error.column = columnOf(m_error);
            error.message = m_message;
            error.duplicateKey = m_duplicateKey;
        }
        return ok;
    }

private:
    bool parseDocument(JsonNode &root)
    {
        skipSpace();
        if (!parseValue(root, 0))
            return false;
        skipSpace();
        return atEnd() || fail(QStringLiteral("unexpected text after the end of the document"));
    }

    /// Finds the first byte that is not valid UTF-8 and reports its place. Parsing then counts on valid UTF-8.
    bool checkUtf8()
    {
        const auto *d = reinterpret_cast<const uchar *>(m_data.constData());
        const qsizetype n = m_data.size();
        Mark at = mark();
        for (qsizetype i = m_pos; i < n;) {
            const uchar c = d[i];
            if (c < 0x80) {
                if (c == '\n') {
                    ++at.line;
                    at.lineStart = i + 1;
                }
                ++i;
                continue;
            }
            int extra = 0;
            if (c >= 0xC2 && c <= 0xDF)
                extra = 1;
            else if (c >= 0xE0 && c <= 0xEF)
                extra = 2;
            else if (c >= 0xF0 && c <= 0xF4)
                extra = 3;
            bool ok = extra > 0 && i + extra < n;
            for (int k = 1; ok && k <= extra; ++k)
                ok = (d[i + k] & 0xC0) == 0x80;
            if (ok && extra == 2) {
                const uint cp = ((c & 0x0Fu) << 12) | ((d[i + 1] & 0x3Fu) << 6) | (d[i + 2] & 0x3Fu);
                ok = cp >= 0x800 && !(cp >= 0xD800 && cp <= 0xDFFF);
            } else if (ok && extra == 3) {
                const uint cp
                    = ((c & 0x07u) << 18) | ((d[i + 1] & 0x3Fu) << 12) | ((d[i + 2] & 0x3Fu) << 6) | (d[i + 3] & 0x3Fu);
                ok = cp >= 0x10000 && cp <= 0x10FFFF;
            }
            if (!ok) {
                at.pos = i;
                return failAt(at, QStringLiteral("invalid UTF-8 (byte 0x%1)").arg(c, 2, 16, QLatin1Char('0')));
            }
            i += extra + 1;
        }
        return true;
    }

    Mark mark() const { return {m_pos, m_line, m_lineStart}; }

    /// The column of the current position: code points since the line's start, counted on from the last call, so
    /// that a document on one long line still costs linear time.
    int column()
    {
        if (m_columnLineStart != m_lineStart || m_columnPos > m_pos) {
            m_columnLineStart = m_columnPos = m_lineStart;
            m_columnCount = 0;
        }
        for (; m_columnPos < m_pos; ++m_columnPos)
            m_columnCount += isContinuation(m_data.at(m_columnPos)) ? 0 : 1;
        return m_columnCount + 1;
    }
    /// The column of @p at, counted from its line's start (for errors only: once per document).
    int columnOf(const Mark &at) const
    {
        int count = 0;
        for (qsizetype i = at.lineStart; i < at.pos && i < m_data.size(); ++i)
            count += isContinuation(m_data.at(i)) ? 0 : 1;
        return count + 1;
    }

    bool atEnd() const { return m_pos >= m_data.size(); }
    char peek() const { return atEnd() ? '\0' : m_data.at(m_pos); }
    bool isDigit() const { return peek() >= '0' && peek() <= '9'; }

    void skipSpace()
    {
        while (!atEnd()) {
            const char c = m_data.at(m_pos);
            if (c == '\n') {
                ++m_line;
                ++m_pos;
                m_lineStart = m_pos;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                ++m_pos;
            } else {
                break;
            }
        }
    }

    bool failAt(const Mark &at, const QString &message)
    {
        m_error = at;
        m_message = message;
        return false;
    }
    bool fail(const QString &message) { return failAt(mark(), message); }

    /// What stands at the current position, for "expected ..., found ..." (the document is valid UTF-8 here).
    QString found() const
    {
        if (atEnd())
            return QStringLiteral("the end of the file");
        const auto c = static_cast<uchar>(peek());
        if (c < 0x20 || c == 0x7f)
            return QStringLiteral("a control character (byte 0x%1)").arg(c, 2, 16, QLatin1Char('0'));
        if (c < 0x80)
            return QStringLiteral("'%1'").arg(QLatin1Char(char(c)));
        // Decoded by hand: QString::fromUtf8() would drop a byte order mark, which is worth naming here.
        uint cp = c >= 0xF0 ? c & 0x07u : c >= 0xE0 ? c & 0x0Fu : c & 0x1Fu;
        for (qsizetype i = m_pos + 1; i < m_data.size() && isContinuation(m_data.at(i)); ++i)
            cp = (cp << 6) | (static_cast<uchar>(m_data.at(i)) & 0x3Fu);
        return QStringLiteral("the character U+%1")
            .arg(QString::number(cp, 16).toUpper().rightJustified(4, QLatin1Char('0')));
    }

    bool parseValue(JsonNode &node, int depth)
    {
        if (++m_values > kMaxValues)
            return fail(QStringLiteral("more than %1 values").arg(kMaxValues));
        node.line = m_line;
        node.column = column();
        const char c = peek();
        switch (c) {
        case '{':
        case '[':
            if (depth >= kMaxDepth)
                return fail(QStringLiteral("nested more than %1 levels deep").arg(kMaxDepth));
            return c == '{' ? parseObject(node, depth + 1) : parseArray(node, depth + 1);
        case '"':
            node.type = JsonNode::Type::String;
            return parseString(node.string);
        case 't':
            node.type = JsonNode::Type::Bool;
            node.boolean = true;
            return literal("true");
        case 'f':
            node.type = JsonNode::Type::Bool;
            return literal("false");
        case 'n':
            node.type = JsonNode::Type::Null;
            return literal("null");
        default:
            if (c == '-' || (c >= '0' && c <= '9'))
                return parseNumber(node);
            return fail(QStringLiteral("expected a value, found %1").arg(found()));
        }
    }

    bool literal(const char *word)
    {
        const auto n = qsizetype(qstrlen(word));
        if (m_pos + n > m_data.size() || std::memcmp(m_data.constData() + m_pos, word, size_t(n)) != 0)
            return fail(QStringLiteral("expected '%1'").arg(QLatin1String(word)));
        m_pos += n;
        return true;
    }

    bool parseNumber(JsonNode &node)
    {
        const Mark start = mark();
        bool integral = true;
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0') {
            ++m_pos;
        } else if (isDigit()) {
            while (isDigit())
                ++m_pos;
        } else {
            return fail(QStringLiteral("expected a digit after '-', found %1").arg(found()));
        }
        if (peek() == '.') {
            integral = false;
            ++m_pos;
            if (!isDigit())
                return fail(QStringLiteral("expected a digit after '.', found %1").arg(found()));
            while (isDigit())
                ++m_pos;
        }
        if (peek() == 'e' || peek() == 'E') {
            integral = false;
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (!isDigit())
                return fail(QStringLiteral("expected a digit in the exponent, found %1").arg(found()));
            while (isDigit())
                ++m_pos;
        }
        node.type = JsonNode::Type::Number;
        node.string = QString::fromLatin1(m_data.constData() + start.pos, m_pos - start.pos);
        const bool negative = m_data.at(start.pos) == '-';
        if (integral && m_pos - start.pos <= 15) {
            qint64 value = 0;
            for (qsizetype i = start.pos + (negative ? 1 : 0); i < m_pos; ++i)
                value = value * 10 + (m_data.at(i) - '0');
            node.number = double(negative ? -value : value);
        } else {
            bool ok = false;
            node.number = node.string.toDouble(&ok);
            // The syntax was checked above, so toDouble() refuses only what over- or underflows a double: an
            // underflow is as good as 0, an overflow ("1e999") is refused rather than read as infinity.
            if (!ok && std::isinf(node.number))
                return failAt(start, QStringLiteral("number too large (beyond the range of a double)"));
            if (!ok)
                node.number = 0;
        }
        node.integral = integral && std::abs(node.number) < 9.0e15;
        return true;
    }

    bool hex4(uint &value)
    {
        value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = peek();
            value <<= 4;
            if (c >= '0' && c <= '9')
                value |= uint(c - '0');
            else if (c >= 'a' && c <= 'f')
                value |= uint(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                value |= uint(c - 'A' + 10);
            else
                return fail(QStringLiteral("expected four hexadecimal digits after \\u, found %1").arg(found()));
            ++m_pos;
        }
        return true;
    }

    /// A \u escape (the backslash at @p escape, m_pos after the 'u'), a surrogate pair taking two of them.
    bool unicodeEscape(const Mark &escape, QByteArray &utf8)
    {
        uint cp = 0;
        if (!hex4(cp))
            return false;
        if (cp >= 0xDC00 && cp <= 0xDFFF)
            return failAt(
                escape, QStringLiteral("unpaired surrogate in \\u escape (a low surrogate without a high one)"));
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            const Mark low = mark();
            if (peek() != '\\' || m_pos + 1 >= m_data.size() || m_data.at(m_pos + 1) != 'u')
                return failAt(
                    escape, QStringLiteral("unpaired surrogate in \\u escape (a high surrogate without a low one)"));
            m_pos += 2;
            uint second = 0;
            if (!hex4(second))
                return false;
            if (second < 0xDC00 || second > 0xDFFF)
                return failAt(
                    low, QStringLiteral("unpaired surrogate in \\u escape (a high surrogate without a low one)"));
            cp = 0x10000 + ((cp - 0xD800) << 10) + (second - 0xDC00);
        }
        appendUtf8(utf8, cp);
        return true;
    }

    /// A string from its opening quote, as UTF-8 in @p text: a view of the document where it needs no decoding (most
    /// strings: no escapes; the document's UTF-8 was checked as a whole before parsing), else of @p decoded.
    bool parseUtf8(QByteArrayView &text, QByteArray &decoded)
    {
        const Mark open = mark();
        ++m_pos;
        const char *data = m_data.constData();
        qsizetype end = m_pos;
        while (end < m_data.size() && data[end] != '"' && data[end] != '\\' && static_cast<uchar>(data[end]) >= 0x20)
            ++end;
        if (end < m_data.size() && data[end] == '"') {
            text = QByteArrayView(data + m_pos, end - m_pos);
            m_pos = end + 1;
            return true;
        }
        QByteArray &utf8 = decoded;
        utf8 = QByteArray(data + m_pos, end - m_pos);
        m_pos = end;
        while (true) {
            if (atEnd())
                return failAt(open, QStringLiteral("unterminated string (no closing '\"')"));
            const char c = m_data.at(m_pos);
            if (c == '"') {
                ++m_pos;
                text = utf8;
                return true;
            }
            if (static_cast<uchar>(c) < 0x20) {
                return fail(c == '\n' ? QStringLiteral("line break inside a string (write \\n)")
                                      : QStringLiteral("control character inside a string (byte 0x%1; write \\u%2)")
                                            .arg(uint(uchar(c)), 2, 16, QLatin1Char('0'))
                                            .arg(uint(uchar(c)), 4, 16, QLatin1Char('0')));
            }
            if (c != '\\') {
                utf8.append(c);
                ++m_pos;
                continue;
            }
            const Mark escape = mark();
            ++m_pos;
            const char e = peek();
            ++m_pos;
            switch (e) {
            case '"':
            case '\\':
            case '/':
                utf8.append(e);
                break;
            case 'b':
                utf8.append('\b');
                break;
            case 'f':
                utf8.append('\f');
                break;
            case 'n':
                utf8.append('\n');
                break;
            case 'r':
                utf8.append('\r');
                break;
            case 't':
                utf8.append('\t');
                break;
            case 'u':
                if (!unicodeEscape(escape, utf8))
                    return false;
                break;
            default:
                m_pos = escape.pos + 1;
                return failAt(escape, QStringLiteral("invalid escape: a backslash followed by %1").arg(found()));
            }
        }
    }

    bool parseString(QString &out)
    {
        QByteArrayView text;
        QByteArray decoded;
        if (!parseUtf8(text, decoded))
            return false;
        out = fromUtf8(text);
        return true;
    }

    /// A key: a copy of its bytes that the tree owns.
    bool parseKey(QByteArray &key)
    {
        QByteArrayView text;
        QByteArray decoded;
        if (!parseUtf8(text, decoded))
            return false;
        key = text.toByteArray();
        return true;
    }

    /// The elements of an array or the members of an object, from its opening bracket to @p close: none, or each
    /// read by @p parseElement and followed by a comma or the closing bracket (a trailing comma is refused).
    template<typename ParseElement>
    bool parseElements(char close, ParseElement parseElement)
    {
        ++m_pos;
        skipSpace();
        if (peek() == close) {
            ++m_pos;
            return true;
        }
        while (true) {
            if (!parseElement())
                return false;
            skipSpace();
            const char c = peek();
            if (c == ',') {
                const Mark comma = mark();
                ++m_pos;
                skipSpace();
                if (peek() == close)
                    return failAt(comma, QStringLiteral("trailing comma before '%1'").arg(QLatin1Char(close)));
                continue;
            }
            if (c == close) {
                ++m_pos;
                return true;
            }
            return fail(QStringLiteral("expected ',' or '%1', found %2").arg(QString(QLatin1Char(close)), found()));
        }
    }

    bool parseArray(JsonNode &node, int depth)
    {
        node.type = JsonNode::Type::Array;
        return parseElements(']', [&] {
            JsonNode item;
            if (!parseValue(item, depth))
                return false;
            node.items.push_back(std::move(item));
            return true;
        });
    }

    /// Whether @p key is among @p members' keys: O(1) per key. The first kLinearKeys keys are compared one by one
    /// (cheaper than hashing for the small objects of catalogs and plans); from then on @p keys, a hash of views of
    /// the members' keys (their bytes stay where they are when the vector of members grows: QByteArray moves).
    static bool isDuplicate(const std::vector<JsonMember> &members, QSet<QByteArrayView> &keys, const QByteArray &key)
    {
        constexpr size_t kLinearKeys = 8;
        if (members.size() < kLinearKeys) {
            for (const JsonMember &m : members) {
                if (m.key == key)
                    return true;
            }
            return false;
        }
        if (keys.isEmpty()) {
            for (const JsonMember &m : members)
                keys.insert(m.key);
        }
        const qsizetype before = keys.size();
        keys.insert(key);
        return keys.size() == before;
    }

    bool parseObject(JsonNode &node, int depth)
    {
        node.type = JsonNode::Type::Object;
        QSet<QByteArrayView> keys; // built once the object has more than kLinearKeys members
        return parseElements('}', [&] {
            if (peek() != '"')
                return fail(QStringLiteral("expected a field name in double quotes, found %1").arg(found()));
            JsonMember member;
            const Mark key = mark();
            member.line = m_line;
            member.column = column();
            if (!parseKey(member.key))
                return false;
            if (isDuplicate(node.members, keys, member.key)) {
                m_duplicateKey = fromUtf8(member.key);
                return failAt(key, QStringLiteral("duplicate field '%1'").arg(m_duplicateKey));
            }
            skipSpace();
            if (peek() != ':')
                return fail(QStringLiteral("expected ':' after the field name, found %1").arg(found()));
            ++m_pos;
            skipSpace();
            if (!parseValue(member.value, depth))
                return false;
            node.members.push_back(std::move(member));
            return true;
        });
    }

    const QByteArray &m_data;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
    // column()'s count so far: m_columnCount code points from m_columnLineStart to m_columnPos.
    qsizetype m_columnLineStart = -1;
    qsizetype m_columnPos = 0;
    int m_columnCount = 0;
    qsizetype m_values = 0;
    Mark m_error;
    QString m_message;
    QString m_duplicateKey;
};

} // namespace

bool parseJson(const QByteArray &data, JsonNode &root, JsonError &error)
{
    Parser parser(data);
    return parser.parse(root, error);
}

} // namespace fw
