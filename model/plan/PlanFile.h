#pragma once

#include "Selection.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace fw {

/// A problem with a plan file, with its place.
struct PlanFileProblem
{
    QString file;
    int line = 0;
    int column = 0;
    QString path;    ///< the field, e.g. "values.server"
    QString message; ///< translated
    /// "site.fwplan:3:14: values.server: expected string, found number"
    QString toString() const;
};

/// Where the fields of a plan file stand, as read by planfile::read(), so that messages about a choice can name its
/// place without reading the file again. Line and column are 1-based; 0 where unknown.
struct PlanFilePlaces
{
    struct Place
    {
        int line = 0;
        int column = 0;
    };
    Place file;                   ///< the file's object itself
    QHash<QString, Place> fields; ///< by path: "role", "options", "options[1]", "values", "values.server"

    /// The place of @p path, else of the field that holds it ("values.x" falls back to "values"), else the object's.
    Place at(const QString &path) const;
};

/// Plan files (.fwplan): the admin's choices — product, version, role, deployment, options, values — saved as a small
/// JSON object, to repeat the same set-up on the next machine or hand it to a colleague. The format is documented in
/// the README ("Plan files"). Version 1.x files load; a file of another major version is refused; unknown fields of
/// the same major version are ignored so that newer 1.x files still load.
namespace planfile {

/// The major and minor version this program writes.
constexpr int MajorVersion = 1;
constexpr int MinorVersion = 0;
/// The usual file name extension, without the dot.
inline QString extension()
{
    return QStringLiteral("fwplan");
}

/// The selection as a plan file (UTF-8 JSON, ending in a newline).
QByteArray write(const Selection &selection);
/// Reads a plan file. Returns false and fills @p problems (every problem found) when it cannot be used.
/// The selection is not checked against the catalog here; resolvePlan() does that. @p places, if given, gets where
/// each field stands.
bool read(const QByteArray &data, const QString &fileName, Selection &selection, QList<PlanFileProblem> &problems,
    PlanFilePlaces *places = nullptr);

} // namespace planfile

} // namespace fw
