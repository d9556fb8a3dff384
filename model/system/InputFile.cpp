#include "InputFile.h"

#include "system/Tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace fw::inputfile {

namespace {

/// The translation context of this file's texts: call Tr::tr().
namespace Tr {
FW_TR_CONTEXT(fw::InputFile)
}

#ifdef Q_OS_UNIX
QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

/// Why a file of this type cannot be read; empty for a regular file.
QString notRegular(mode_t mode)
{
    if (S_ISREG(mode))
        return QString();
    if (S_ISDIR(mode))
        return Tr::tr("it is a folder, not a regular file");
    if (S_ISFIFO(mode))
        return Tr::tr("it is a named pipe (FIFO), not a regular file");
    if (S_ISLNK(mode))
        return Tr::tr("it is a symbolic link, which is not followed here");
    if (S_ISSOCK(mode))
        return Tr::tr("it is a socket, not a regular file");
    return Tr::tr("it is a device, not a regular file");
}

/// Why root must not trust a file or folder with this owner and mode; empty where only root can change it.
QString notRootsOwn(const struct stat &st)
{
    if (st.st_uid != 0) {
        return Tr::tr("it belongs to uid %1; run as root, this program reads only files and folders that root owns")
            .arg(st.st_uid);
    }
    if ((st.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
        return Tr::tr("it is writable by group or others (mode %1); run as root, this program reads only files that "
                      "only root can change")
            .arg(QString::number(st.st_mode & 07777, 8));
    }
    return QString();
}

/// Checks, opens (relative to @p dirFd, or AT_FDCWD) and reads one file; see read().
bool readAt(int dirFd, const QByteArray &name, qint64 cap, Owner owner, QByteArray *data, QString *error)
{
    const int noFollow = owner == Owner::Root ? AT_SYMLINK_NOFOLLOW : 0;
    struct stat before;
    if (::fstatat(dirFd, name.constData(), &before, noFollow) != 0) {
        *error = systemError(errno);
        return false;
    }
    // Checked before opening: opening a device can have effects of its own.
    if (const QString why = notRegular(before.st_mode); !why.isEmpty()) {
        *error = why;
        return false;
    }
    const int flags = O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC | (owner == Owner::Root ? O_NOFOLLOW : 0);
    const int fd = ::openat(dirFd, name.constData(), flags);
    if (fd < 0) {
        *error = errno == ELOOP ? notRegular(S_IFLNK) : systemError(errno);
        return false;
    }
    struct stat st;
    QString why;
    if (::fstat(fd, &st) != 0)
        why = systemError(errno);
    else if (!S_ISREG(st.st_mode) || st.st_dev != before.st_dev || st.st_ino != before.st_ino)
        why = S_ISREG(st.st_mode) ? Tr::tr("it was replaced while being read") : notRegular(st.st_mode);
    else if (owner == Owner::Root)
        why = notRootsOwn(st);
    if (why.isEmpty() && st.st_size > cap)
        why = tooLargeReason(cap);
    QByteArray buffer;
    while (why.isEmpty()) {
        const qsizetype had = buffer.size();
        buffer.resize(std::min<qint64>(cap + 1, had + 65536));
        const ssize_t n = ::read(fd, buffer.data() + had, size_t(buffer.size() - had));
        if (n < 0 && errno == EINTR) {
            buffer.resize(had);
            continue;
        }
        if (n < 0) {
            why = systemError(errno);
            break;
        }
        buffer.resize(had + n);
        if (buffer.size() > cap)
            why = tooLargeReason(cap);
        if (n == 0)
            break;
    }
    ::close(fd);
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    *data = buffer;
    return true;
}
#endif

} // namespace

QString tooLargeReason(qint64 cap)
{
    return Tr::tr("it is larger than %1 KiB, the limit for this kind of file").arg(cap / 1024);
}

bool read(const QString &path, qint64 cap, QByteArray *data, QString *error, Owner owner)
{
#ifdef Q_OS_UNIX
    return readAt(AT_FDCWD, QFile::encodeName(path), cap, owner, data, error);
#else
    Q_UNUSED(owner);
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = Tr::tr("it does not exist");
        return false;
    }
    if (!info.isFile()) {
        *error = Tr::tr("it is not a regular file");
        return false;
    }
    if (info.size() > cap) {
        *error = tooLargeReason(cap);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    const QByteArray content = file.read(cap + 1);
    if (content.size() > cap) {
        *error = tooLargeReason(cap);
        return false;
    }
    *data = content;
    return true;
#endif
}

bool readFolder(
    const QString &dir, const QString &suffix, qint64 cap, Owner owner, QList<FolderFile> *files, QString *error)
{
    files->clear();
#ifdef Q_OS_UNIX
    const int dirFd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0) {
        *error = systemError(errno);
        return false;
    }
    struct stat st;
    QString why;
    if (::fstat(dirFd, &st) != 0)
        why = systemError(errno);
    else if (owner == Owner::Root)
        why = notRootsOwn(st);
    DIR *listing = why.isEmpty() ? ::fdopendir(::dup(dirFd)) : nullptr;
    if (why.isEmpty() && !listing)
        why = systemError(errno);
    if (!why.isEmpty()) {
        ::close(dirFd);
        *error = why;
        return false;
    }
    QStringList names;
    while (const dirent *entry = ::readdir(listing)) {
        const QString name = QFile::decodeName(entry->d_name);
        if (name.endsWith(suffix) && name != QLatin1String(".") && name != QLatin1String(".."))
            names << name;
    }
    ::closedir(listing);
    std::sort(names.begin(), names.end());
    for (const QString &name : std::as_const(names)) {
        FolderFile file;
        file.path = QDir(dir).filePath(name);
        readAt(dirFd, QFile::encodeName(name), cap, owner, &file.data, &file.error);
        files->append(file);
    }
    ::close(dirFd);
    return true;
#else
    Q_UNUSED(owner);
    const QDir folder(dir);
    if (!folder.exists()) {
        *error = Tr::tr("it does not exist");
        return false;
    }
    const QStringList names
        = folder.entryList({QLatin1Char('*') + suffix}, QDir::Files | QDir::System | QDir::Hidden, QDir::Name);
    for (const QString &name : names) {
        FolderFile file;
        file.path = folder.filePath(name);
        read(file.path, cap, &file.data, &file.error);
        files->append(file);
    }
    return true;
#endif
}

} // namespace fw::inputfile
