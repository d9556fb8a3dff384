#pragma once

#include <QString>

namespace fw::paths {

/// True when the program runs with root's rights (effective uid 0): then its state and log live in root's own
/// folders, never in a home folder, whatever HOME and XDG_* say. Always false on Windows.
bool privileged();

/// Root's state folder: /var/lib/firewall-wizard.
QString rootStateDir();
/// Root's log folder: /var/log/firewall-wizard.
QString rootLogDir();
/// The system-wide catalog folder that root trusts: /etc/firewall-wizard/catalog.
QString systemCatalogDir();

/// The one source of the state folder (the record applied.json, backups/, last-check.json, the confirm files):
/// rootStateDir() when privileged(), otherwise the user's <AppLocalDataLocation>/state.
QString stateDir();
/// The record of what this program applied: <stateDir>/applied.json (@p stateFolder, where given, instead of
/// stateDir()).
QString appliedRecordPath(const QString &stateFolder = QString());
/// Where the backups go: <stateDir>/backups.
QString backupDir(const QString &stateFolder = QString());
/// Where the connectivity check stores its last results (the JSON of check --json), for diagnose and the PDF:
/// <stateDir>/last-check.json.
QString lastCheckResultsPath(const QString &stateFolder = QString());
/// Holds the process id of an apply that waits for confirmation (--confirm-within): <stateDir>/confirm-pending.
QString confirmPendingPath();
/// Made by `apply --confirm`; the waiting apply keeps its change when it appears: <stateDir>/confirm.
QString confirmFilePath();
/// The log folder: rootLogDir() when privileged(), otherwise the user's <AppDataLocation>/logs.
QString logDir();

/// Makes sure that @p dir is a folder of the current user's own that nobody else can change: creates it with mode
/// 0700 where it is missing (its parent must exist); an existing one must be a real folder (not a symbolic link),
/// owned by the current user and not writable by group or others. Such a folder is refused, not repaired: files
/// that others could put there before would stay. Returns false with a translated @p error naming the folder, the
/// reason and the fix.
bool ensurePrivateFolder(const QString &dir, QString *error);

/// Writes @p data as a new file @p path of mode 0600, never through a symbolic link: whatever is at @p path is
/// removed first (a link itself, not what it points to) and the file is created exclusively. For the small files
/// of the state folder (the confirm files). Returns false with a translated @p error.
bool writeNewFile(const QString &path, const QByteArray &data, QString *error);

} // namespace fw::paths
