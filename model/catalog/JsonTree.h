#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

namespace fw {

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
    std::vector<std::pair<QString, JsonNode>> members;  ///< in file order
    std::vector<std::pair<int, int>> keyPositions;      ///< line and column of each member's key

    /// The member named @p key, or nullptr.
    const JsonNode *member(const QString &key) const;
    /// "object", "array", "string", "number", "boolean", "null".
    QString typeName() const;
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
bool parseJson(const QByteArray &data, JsonNode &root, JsonError &error);

} // namespace fw
