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
struct JsonNode
{
    enum class Type { Null, Bool, Number, String, Array, Object };

    Type type = Type::Null;
    int line = 0;
    int column = 0;
    bool boolean = false;
    double number = 0;
    bool integral = false;  ///< the number was written without fraction or exponent
    QString string;         ///< for strings; for numbers the text as written
    std::vector<JsonNode> items;
    std::vector<JsonMember> members;  ///< in file order

    /// The member named @p key (UTF-8), or nullptr.
    const JsonNode *member(QByteArrayView key) const;
    /// "object", "array", "string", "number", "boolean", "null".
    QString typeName() const;
};

/// A member of an object: its key, where the key stands, and its value.
struct JsonMember
{
    /// UTF-8. For speed it refers to the parsed document's bytes where the key has no escapes, so a tree must not
    /// outlive the QByteArray it was parsed from.
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
    QString message;  ///< English, technical ("expected ',' or '}'")
    QString duplicateKey;  ///< set when the error is a duplicate key in an object
};

/// Parses UTF-8 JSON (RFC 8259). Returns false and fills @p error at the first syntax error or duplicate key.
/// @p data must outlive @p root (keys refer to it).
bool parseJson(const QByteArray &data, JsonNode &root, JsonError &error);

} // namespace fw
