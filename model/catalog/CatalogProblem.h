#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fw {

/// One problem found while loading a catalog file, with its place.
struct CatalogProblem
{
    enum class Code {
        Invalid,
        CannotRead,         ///< args: system error
        NoSuchFolder,       ///< a catalog folder that does not exist
        CannotReadFolder,   ///< args: reason (e.g. not root's own, for a folder read as root)
        JsonSyntax,         ///< args: parser message
        UnsupportedFormat,  ///< args: format found
        MissingField,       ///< args: field name
        UnknownField,       ///< args: field name
        WrongType,          ///< args: expected type, found type
        BadId,              ///< args: id
        DuplicateId,        ///< args: id, first path
        DuplicateProduct,   ///< args: id, other file
        DuplicateKey,       ///< args: key
        MissingTranslation, ///< args: language
        EmptyText,          ///< args: language
        BadEnum,            ///< args: value, allowed values (comma-separated)
        PortOutOfRange,     ///< args: number
        BadPortRange,       ///< args: text
        UnknownReference,   ///< args: kind ("role", "value", ...), id
        WrongValueType,     ///< args: value id, expected type
        BadPlaceholder,     ///< args: placeholder
        BadHost,            ///< args: host
        BadValue,           ///< args: value, reason
        Inconsistent,       ///< args: explanation (English; for admins writing catalog files)
        NoRoles,            ///< no args
        TooLong,            ///< args: length, the most allowed (characters)
    };

    QString file;   ///< file name as given (a path, or ":/catalog/x.json")
    int line = 0;   ///< 1-based, 0 if unknown
    int column = 0; ///< 1-based, 0 if unknown
    QString path;   ///< the field's path, e.g. "rules[3].ports[0]"; empty for the whole file
    Code code = Code::Invalid;
    QStringList args;

    /// "palisade.json:41:7: rules[3].ports[0]: 70000 is not a port (1-65535)", translated into the current language.
    QString toString() const;
    /// The message alone, without file and place.
    QString message() const;
};

using CatalogProblems = QList<CatalogProblem>;

} // namespace fw
