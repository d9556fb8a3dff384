#pragma once

#include "AppliedRecord.h"
#include "ApplyTypes.h"
#include "Backend.h"
#include "plan/Plan.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace fw::steps {

/// A command as people read it in a preview: the program and its arguments, each quoted for a POSIX shell where it
/// needs quotes, so that it can be pasted.
QString commandLine(const QString &program, const QStringList &args);

/// A step that runs one command and, to undo it, another (none when @p undoProgram is empty).
Step command(const QString &id, const QString &description, const QString &program, const QStringList &args,
    const QString &undoProgram = QString(), const QStringList &undoArgs = QStringList(), int timeoutMs = 120000);

/// One file in a backup bundle: its path, whether it existed, and its content.
struct BackedUpFile
{
    QString path;
    bool existed = false;
    QByteArray content;
};

/// A backup of several files as one JSON document (firewalld's zone and service files, ufw's rule files).
QByteArray bundle(const QList<BackedUpFile> &files);
/// Reads a bundle; false when it is not one.
bool readBundle(const QByteArray &data, QList<BackedUpFile> *files);
/// Whether a restore may write or remove @p path: only the files our back ends back up and write (firewalld's zone
/// files and our service files under /etc/firewalld, ufw's user.rules and user6.rules and our profile files under
/// /etc/ufw/applications.d), never any other path a backup might name.
bool isRestorablePath(const QString &path);
/// Writes @p data to @p backupPath, reads it back and compares, and sets @p digest to its SHA-256 (hex): a
/// backup is only taken once it is on disk as it should be (a full disk fails here, before anything changes).
bool writeBackup(Host &host, const QString &backupPath, const QByteArray &data, QString *digest, QString *error);
/// The SHA-256 of @p data in hex, as the record keeps it.
QString sha256(const QByteArray &data);
/// Reads the backup of @p entry and checks it against the checksum the record kept; false with @p error (translated)
/// for a backup that is missing, has no recorded checksum or differs from the one written.
bool readVerifiedBackup(Host &host, const AppliedEntry &entry, QByteArray *data, QString *error);
/// readVerifiedBackup() of a bundle of files (backupFiles()), unpacked into @p files; false with @p error (translated).
bool readVerifiedBundle(Host &host, const AppliedEntry &entry, QList<BackedUpFile> *files, QString *error);
/// A change of @p backend that puts the backup of @p entry back with the one step @p restoreStep makes of the backup's
/// bytes, once readVerifiedBackup() has checked them; where it fails, a change with its problem and no steps.
PreparedChange restoreBackup(Host &host, BackendId backend, const AppliedEntry &entry,
    const std::function<Step(const QByteArray &backup)> &restoreStep);
/// What a back end says in a restoreFiles() change, translated in its own words.
struct RestoreTexts
{
    QString foreignFile; ///< the problem where the backup names a file not under the folder: %1 the backup, %2 the file
    QString step;        ///< the description of the step that puts the files back
    QString reload;      ///< the description of the step that has the daemon read the files again
};
/// A change of @p backend that puts the files of the backup of @p entry (a bundle, readVerifiedBundle()) back in one
/// step, then runs @p reload (program and arguments; none when empty) so that the daemon reads them again. Where the
/// backup names a file not under @p folder, or one that is not isRestorablePath(), a change with that problem and no
/// steps.
PreparedChange restoreFiles(Host &host, BackendId backend, const AppliedEntry &entry, const QString &folder,
    const RestoreTexts &texts, const QStringList &reload);
/// A step that reads @p paths now and saves them as a bundle to @p backupPath (writeBackup(), into @p digest).
Step backupFiles(const QStringList &paths, const QString &backupPath, const std::shared_ptr<QString> &digest);
/// Writes each file of @p files back, or removes it where it did not exist; refuses all of them, before touching
/// any, when one is not isRestorablePath().
bool putBack(Host &host, const QList<BackedUpFile> &files, QString *error);
/// A step that writes @p content to @p path and, to undo, puts back what was there (or removes the file); then
/// runs @p afterUndo (program and arguments; none when empty) so that a daemon reads the file again.
Step writeFile(const QString &id, const QString &description, const QString &path, const QByteArray &content,
    const QStringList &afterUndo = QStringList());

} // namespace fw::steps

namespace fw {

/// One line per rule of @p directions that an apply opens: "in tcp 19812-19814 (365-clients-in)".
QStringList appliedRuleLines(
    const Plan &plan, BackendId backend, const QList<Direction> &directions = {Direction::In, Direction::Out});

} // namespace fw
