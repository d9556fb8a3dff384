#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace fw::inputfile {

/// The size caps for the files the program reads (README, "Privilege boundary"). Real files are a few KiB.
constexpr qint64 kCatalogFileCap = 1024 * 1024; ///< one catalog file (.json)
constexpr qint64 kPlanFileCap = 256 * 1024;     ///< one plan file (.fwplan)
constexpr qint64 kLicenseFileCap = 1024 * 1024; ///< one FlexNet license file

/// Whose files are acceptable.
enum class Owner {
    Anyone, ///< any owner; a symbolic link to a regular file is followed
    Root,   ///< the folder and the file owned by root and not writable by group or others; links are not followed
};

/// Reads @p path only if it is a regular file of at most @p cap bytes. A named pipe, a device, a socket or a folder
/// (also behind a symbolic link) is refused without blocking and without reading from it: the file is checked
/// before it is opened, opened with O_NONBLOCK, and checked again on the open descriptor; at most @p cap + 1 bytes
/// are read. Returns false with a translated reason in @p error (without the path; callers name it).
bool read(const QString &path, qint64 cap, QByteArray *data, QString *error, Owner owner = Owner::Anyone);

/// The reason read() gives for a file larger than @p cap (translated).
QString tooLargeReason(qint64 cap);

/// One file of a folder read by readFolder().
struct FolderFile
{
    QString path;    ///< the folder's path + "/" + the file's name
    QByteArray data; ///< the content, where error is empty
    QString error;   ///< why the file was not read (translated), like read()'s
};

/// Reads every file of @p dir whose name ends in @p suffix (hidden ones included), sorted by name, each like read()
/// with @p cap and @p owner; the files are opened relative to the opened folder, so the checked folder is the one
/// read. Returns false with a translated reason in @p error when the folder itself cannot be used (with
/// Owner::Root: not owned by root, or writable by group or others).
bool readFolder(
    const QString &dir, const QString &suffix, qint64 cap, Owner owner, QList<FolderFile> *files, QString *error);

} // namespace fw::inputfile
