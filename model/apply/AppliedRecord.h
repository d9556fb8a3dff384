#pragma once

#include "ApplyTypes.h"
#include "system/Paths.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace fw {

/// Whether @p id may be a catalog id in the record (a-z, 0-9 and "-"): it becomes part of our object names.
bool isRecordId(const QString &id);
/// Whether @p path may be a backup named in the record of @p stateFolder: a file of ours directly in its backup
/// folder (a timestamp and the back end in its name), not any file the record might name.
bool isBackupPath(const QString &path, const QString &stateFolder = QString());
/// Who is applying, for the record: the user name, and who elevated it where sudo or pkexec did
/// ("root (sudo by alice)").
QString applyingUser();

/// One plan applied to one back end: what, when, by whom, and the objects created, so that revert removes exactly
/// those.
struct AppliedEntry
{
    BackendId backend = BackendId::Invalid;
    QString product;
    QString role;
    QString deployment;
    QString version;
    QString title;       ///< the plan's title in the language of the apply
    QByteArray planFile; ///< the selection as a plan file (.fwplan)
    QStringList rules;   ///< one line per rule opened, e.g. "in tcp 80, 443 (365-web-in)"
    QDateTime appliedAt; ///< UTC
    QString user;
    QString backupPath;   ///< the backup taken just before; empty where none was needed
    QString backupSha256; ///< hex SHA-256 of the backup as written; a backup that differs is never loaded
    QJsonObject objects;  ///< back-end specific: what was created (chains, service, zone, profile, rules, group)

    /// The same back end, product and role.
    bool sameTarget(const AppliedEntry &o) const
    {
        return backend == o.backend && product == o.product && role == o.role;
    }
};

/// Everything applied and not reverted, read from and written to applied.json.
struct AppliedRecord
{
    QList<AppliedEntry> entries;

    /// The entry for this back end, product and role, or nullptr.
    const AppliedEntry *find(BackendId backend, const QString &product, const QString &role) const;
    /// The record with @p entry added, replacing one for the same target.
    AppliedRecord with(const AppliedEntry &entry) const;
    /// The record without the entries of @p backend (Invalid: without any).
    AppliedRecord without(BackendId backend) const;

    /// The record as JSON (UTF-8, indented, ending in a newline).
    QByteArray toJson() const;
    /// Why @p entry names something that is not ours (translated), empty where every name is one this program
    /// gives its own objects: each back end's checkEntry() (readAppliedRecord() in Applier.h passes it).
    using EntryCheck = std::function<QString(const AppliedEntry &entry)>;
    /// Reads a record; a missing file is an empty record. False with @p error for a file that cannot be used;
    /// @p damaged then says whether it could be read but is no valid record (not JSON, another format, or an
    /// entry that names anything not ours: @p checkNames checks every entry before revert acts on it), as opposed
    /// to a file that cannot be read at all.
    static bool read(Host &host, const QString &path, const EntryCheck &checkNames, AppliedRecord *record,
        QString *error, bool *damaged = nullptr);
};

} // namespace fw
