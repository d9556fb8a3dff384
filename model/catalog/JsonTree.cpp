#include "JsonTree.h"

#include <QStringDecoder>

#include <cmath>
#include <cstring>

namespace fw {

const JsonNode *JsonNode::member(QByteArrayView key) const
{
    for (const JsonMember &m : members) {
        if (m.key.size() == key.size() && std::memcmp(m.key.constData(), key.data(), size_t(key.size())) == 0)
            return &m.value;
    }
    return nullptr;
}

QString JsonNode::typeName() const
{
    switch (type) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Bool:
        return QStringLiteral("boolean");
    case Type::Number:
        return QStringLiteral("number");
    case Type::String:
        return QStringLiteral("string");
    case Type::Array:
        return QStringLiteral("array");
    case Type::Object:
        return QStringLiteral("object");
    }
    return {};
}

namespace {

class Parser
{
public:
    explicit Parser(const QByteArray &data)
        : m_data(data)
    {
    }

    bool parse(JsonNode &root, JsonError &error)
    {
        // A UTF-8 byte order mark is tolerated: editors on Windows like to write one.
        if (m_data.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
        if (!checkUtf8())
            return fail(error);
        skipSpace();
        if (!parseValue(root, 0))
            return fail(error);
        skipSpace();
        if (m_pos < m_data.size()) {
            m_message = QStringLiteral("unexpected text after the end of the document");
            return fail(error);
        }
        return true;
    }

private:
    static constexpr int MaxDepth = 64;

    bool fail(JsonError &error)
    {
        error.line = m_errLine ? m_errLine : m_line;
        error.column = m_errLine ? m_errColumn : column();
        error.message = m_message;
        error.duplicateKey = m_duplicateKey;
        return false;
    }
    /// Finds the first byte that is not valid UTF-8 and reports its place.
    bool checkUtf8()
    {
        const uchar *d = reinterpret_cast<const uchar *>(m_data.constData());
        const qsizetype n = m_data.size();
        const qsizetype start = m_pos;
        qsizetype i = m_pos;
        while (i < n) {
            const uchar c = d[i];
            int extra = 0;
            if (c < 0x80) {
                if (c == '\n') {
                    ++m_line;
                    m_lineStart = i + 1;
                }
                ++i;
                continue;
            }
            if (c >= 0xC2 && c <= 0xDF)
                extra = 1;
            else if (c >= 0xE0 && c <= 0xEF)
                extra = 2;
            else if (c >= 0xF0 && c <= 0xF4)
                extra = 3;
            bool ok = extra > 0 && i + extra < n;
            for (int k = 1; ok && k <= extra; ++k)
                ok = i + k < n && (d[i + k] & 0xC0) == 0x80;
            if (ok && extra == 2) {
                const uint cp = ((c & 0x0F) << 12) | ((d[i + 1] & 0x3F) << 6) | (d[i + 2] & 0x3F);
                ok = cp >= 0x800 && !(cp >= 0xD800 && cp <= 0xDFFF);
            } else if (ok && extra == 3) {
                const uint cp = ((c & 0x07) << 18) | ((d[i + 1] & 0x3F) << 12) | ((d[i + 2] & 0x3F) << 6) | (d[i + 3] & 0x3F);
                ok = cp >= 0x10000 && cp <= 0x10FFFF;
            }
            if (!ok) {
                m_pos = i;
                m_message = QStringLiteral("invalid UTF-8 (byte 0x%1)").arg(c, 2, 16, QLatin1Char('0'));
                return false;
            }
            i += extra + 1;
        }
        m_line = 1;
        m_lineStart = start;
        return true;
    }

    int column() const { return static_cast<int>(m_pos - m_lineStart) + 1; }
    bool atEnd() const { return m_pos >= m_data.size(); }
    char peek() const { return atEnd() ? '\0' : m_data.at(m_pos); }

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

    bool error(const QString &message)
    {
        m_message = message;
        return false;
    }

    static QString describe(char c)
    {
        if (c == '\0')
            return QStringLiteral("the end of the file");
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f)
            return QStringLiteral("a byte 0x%1").arg(static_cast<unsigned char>(c), 2, 16, QLatin1Char('0'));
        return QStringLiteral("'%1'").arg(QLatin1Char(c));
    }

    bool parseValue(JsonNode &node, int depth)
    {
        if (depth > MaxDepth)
            return error(QStringLiteral("nested too deeply"));
        node.line = m_line;
        node.column = column();
        const char c = peek();
        switch (c) {
        case '{':
            return parseObject(node, depth);
        case '[':
            return parseArray(node, depth);
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
            return error(QStringLiteral("expected a value, found %1").arg(describe(c)));
        }
    }

    bool literal(const char *word)
    {
        const qsizetype n = qsizetype(qstrlen(word));
        if (m_pos + n > m_data.size() || std::memcmp(m_data.constData() + m_pos, word, size_t(n)) != 0)
            return error(QStringLiteral("expected '%1'").arg(QLatin1String(word)));
        m_pos += n;
        return true;
    }

    bool parseNumber(JsonNode &node)
    {
        const qsizetype start = m_pos;
        bool integral = true;
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0') {
            ++m_pos;
        } else if (peek() >= '1' && peek() <= '9') {
            while (peek() >= '0' && peek() <= '9')
                ++m_pos;
        } else {
            return error(QStringLiteral("expected a digit"));
        }
        if (peek() == '.') {
            integral = false;
            ++m_pos;
            if (!(peek() >= '0' && peek() <= '9'))
                return error(QStringLiteral("expected a digit after '.'"));
            while (peek() >= '0' && peek() <= '9')
                ++m_pos;
        }
        if (peek() == 'e' || peek() == 'E') {
            integral = false;
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (!(peek() >= '0' && peek() <= '9'))
                return error(QStringLiteral("expected a digit in the exponent"));
            while (peek() >= '0' && peek() <= '9')
                ++m_pos;
        }
        node.type = JsonNode::Type::Number;
        node.string = QString::fromLatin1(m_data.constData() + start, m_pos - start);
        if (integral && m_pos - start <= 15) {
            qint64 value = 0;
            for (qsizetype i = start + (m_data.at(start) == '-' ? 1 : 0); i < m_pos; ++i)
                value = value * 10 + (m_data.at(i) - '0');
            node.number = double(m_data.at(start) == '-' ? -value : value);
        } else {
            node.number = node.string.toDouble();
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
                return error(QStringLiteral("expected four hexadecimal digits after \\u"));
            ++m_pos;
        }
        return true;
    }

    bool parseString(QString &out)
    {
        ++m_pos;  // opening quote
        // Fast path: most strings have no escapes and can be decoded in one go (the document's UTF-8 was checked
        // as a whole before parsing).
        qsizetype end = m_pos;
        const char *data = m_data.constData();
        while (end < m_data.size() && data[end] != '"' && data[end] != '\\' && static_cast<unsigned char>(data[end]) >= 0x20)
            ++end;
        if (end < m_data.size() && data[end] == '"') {
            out = QString::fromUtf8(data + m_pos, end - m_pos);
            m_pos = end + 1;
            return true;
        }
        QByteArray utf8;
        while (true) {
            if (atEnd())
                return error(QStringLiteral("unterminated string"));
            const char c = m_data.at(m_pos);
            if (c == '"') {
                ++m_pos;
                break;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return error(c == '\n' ? QStringLiteral("line break inside a string (write \\n)")
                                       : QStringLiteral("control character inside a string"));
            if (c != '\\') {
                utf8.append(c);
                ++m_pos;
                continue;
            }
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
            case 'u': {
                uint cp = 0;
                if (!hex4(cp))
                    return false;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    uint low = 0;
                    if (peek() != '\\' || m_pos + 1 >= m_data.size() || m_data.at(m_pos + 1) != 'u')
                        return error(QStringLiteral("unpaired surrogate in \\u escape"));
                    m_pos += 2;
                    if (!hex4(low))
                        return false;
                    if (low < 0xDC00 || low > 0xDFFF)
                        return error(QStringLiteral("unpaired surrogate in \\u escape"));
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return error(QStringLiteral("unpaired surrogate in \\u escape"));
                }
                const char32_t ch = cp;
                utf8.append(QString::fromUcs4(&ch, 1).toUtf8());
                break;
            }
            default:
                --m_pos;
                return error(QStringLiteral("invalid escape \\%1").arg(QLatin1Char(e)));
            }
        }
        out = QString::fromUtf8(utf8);
        return true;
    }

    /// A key refers to the document's bytes unless it has escapes (which a catalog never needs).
    bool parseKey(QByteArray &key)
    {
        const char *data = m_data.constData();
        qsizetype end = m_pos + 1;
        while (end < m_data.size() && data[end] != '"' && data[end] != '\\' && static_cast<unsigned char>(data[end]) >= 0x20)
            ++end;
        if (end < m_data.size() && data[end] == '"') {
            key = QByteArray::fromRawData(data + m_pos + 1, end - m_pos - 1);
            m_pos = end + 1;
            return true;
        }
        QString decoded;
        if (!parseString(decoded))
            return false;
        key = decoded.toUtf8();
        return true;
    }

    bool parseArray(JsonNode &node, int depth)
    {
        node.type = JsonNode::Type::Array;
        ++m_pos;
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            return true;
        }
        while (true) {
            JsonNode item;
            if (!parseValue(item, depth + 1))
                return false;
            node.items.push_back(std::move(item));
            skipSpace();
            const char c = peek();
            if (c == ',') {
                ++m_pos;
                skipSpace();
                if (peek() == ']')
                    return error(QStringLiteral("trailing comma before ']'"));
                continue;
            }
            if (c == ']') {
                ++m_pos;
                return true;
            }
            return error(QStringLiteral("expected ',' or ']', found %1").arg(describe(c)));
        }
    }

    bool parseObject(JsonNode &node, int depth)
    {
        node.type = JsonNode::Type::Object;
        ++m_pos;
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return true;
        }
        while (true) {
            if (peek() != '"')
                return error(QStringLiteral("expected a field name in double quotes, found %1").arg(describe(peek())));
            JsonMember member;
            member.line = m_line;
            member.column = column();
            if (!parseKey(member.key))
                return false;
            if (node.member(member.key)) {
                m_errLine = member.line;
                m_errColumn = member.column;
                m_duplicateKey = QString::fromUtf8(member.key);
                return error(QStringLiteral("duplicate field '%1'").arg(m_duplicateKey));
            }
            skipSpace();
            if (peek() != ':')
                return error(QStringLiteral("expected ':' after the field name, found %1").arg(describe(peek())));
            ++m_pos;
            skipSpace();
            if (!parseValue(member.value, depth + 1))
                return false;
            node.members.push_back(std::move(member));
            skipSpace();
            const char c = peek();
            if (c == ',') {
                ++m_pos;
                skipSpace();
                if (peek() == '}')
                    return error(QStringLiteral("trailing comma before '}'"));
                continue;
            }
            if (c == '}') {
                ++m_pos;
                return true;
            }
            return error(QStringLiteral("expected ',' or '}', found %1").arg(describe(c)));
        }
    }

    const QByteArray &m_data;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
    int m_errLine = 0;
    int m_errColumn = 0;
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
