#pragma once

#include "ApplyTypes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

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
/// A step that reads @p paths now and saves them as a bundle to @p backupPath.
Step backupFiles(const QStringList &paths, const QString &backupPath);
/// Writes each file of @p files back, or removes it where it did not exist.
bool putBack(Host &host, const QList<BackedUpFile> &files, QString *error);
/// A step that writes @p content to @p path and, to undo, puts back what was there (or removes the file); then
/// runs @p afterUndo (program and arguments; none when empty) so that a daemon reads the file again.
Step writeFile(const QString &id, const QString &description, const QString &path, const QByteArray &content,
    const QStringList &afterUndo = QStringList());

} // namespace fw::steps
