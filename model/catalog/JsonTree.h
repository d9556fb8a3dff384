#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

namespace fw {

struct JsonMember;

/// A JSON value that remembers where it stands in its file, so that problems can be reported with a place.
/// (QJsonDocument forgets positions, and it silently keeps the last of duplicate keys.)
///
/// Places are 1-based lines and columns as a text editor shows them: a column counts characters (Unicode code
/// points) from the start of the line, so "ü", "ñ" or "€" count one column each although UTF-8 writes them in two
/// or three bytes, and so does an emoji (one code point, although UTF-16 writes it as a surrogate pair). A combining
/// mark counts a column of its own (as gedit, Kate, Emacs and nano count), a tab counts one, a UTF-8 byte order mark
/// at the start of the file counts none. Lines end at '\n' ("\r\n" too).
struct JsonNode
{
    enum class Type { Null, Bool, Number, String, Array, Object };

    Type type = Type::Null;
    int line = 0;
    int column = 0;
    bool boolean = false;
    double number = 0;
    bool integral = false; ///< the number was written without fraction or exponent
    QString string;        ///< for strings; for numbers the text as written
    std::vector<JsonNode> items;
    std::vector<JsonMember> members; ///< in file order

    /// The member named @p key (UTF-8), or nullptr. A linear search: objects are small, and a reader asks for each
    /// of its fields once (the parser's check for duplicate keys is the one that uses a hash).
    const JsonNode *member(QByteArrayView key) const;
    /// "object", "array", "string", "number", "boolean", "null".
    QString typeName() const;
};

/// A member of an object: its key, where the key stands, and its value.
struct JsonMember
{
    /// UTF-8, escapes decoded. The tree owns it: the document may be freed or overwritten after parsing.
    QByteArray key;
    int line = 0;
    int column = 0;
    JsonNode value;
};

/// A syntax error with its place.
struct JsonError
{
    int line = 0;
    int column = 0;
    QString message;      ///< English, technical ("expected ',' or '}'")
    QString duplicateKey; ///< set when the error is a duplicate key in an object
};

/// Limits that hold for any input, so that a hostile file costs bounded time, memory and stack.
namespace jsonlimits {
constexpr int kMaxDepth = 64;                     ///< arrays and objects nested in each other
constexpr qsizetype kMaxDocumentBytes = 64 << 20; ///< 64 MiB; the readers' own caps on files are far lower
constexpr qsizetype kMaxValues = 1000000;         ///< values (of any type) in one document
} // namespace jsonlimits

/// Parses UTF-8 JSON (RFC 8259). Returns false and fills @p error at the first syntax error, duplicate key or
/// exceeded limit (jsonlimits), with the place of the fault. Refused besides what RFC 8259 refuses: invalid UTF-8
/// (overlong forms, encoded surrogates), unpaired UTF-16 surrogates written as escapes, numbers beyond the range of a
/// double. A byte order mark at the start is skipped. The tree does not refer to @p data. On failure @p root is empty
/// (null). The messages are English and technical; the readers put them into their own translated sentences.
bool parseJson(const QByteArray &data, JsonNode &root, JsonError &error);

} // namespace fw
