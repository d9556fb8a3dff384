#include "Paths.h"

#include "system/Tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace fw::paths {

namespace {

/// The translation context of this file's texts: call Tr::tr().
namespace Tr {
FW_TR_CONTEXT(fw::Paths)
}

} // namespace

bool privileged()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

QString rootStateDir()
{
    return QStringLiteral("/var/lib/firewall-wizard");
}

QString rootLogDir()
{
    return QStringLiteral("/var/log/firewall-wizard");
}

QString systemCatalogDir()
{
    return QStringLiteral("/etc/firewall-wizard/catalog");
}

QString stateDir()
{
    if (privileged())
        return rootStateDir();
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/state");
}

namespace {

QString folder(const QString &stateFolder)
{
    return stateFolder.isEmpty() ? stateDir() : stateFolder;
}

} // namespace

QString appliedRecordPath(const QString &stateFolder)
{
    return folder(stateFolder) + QStringLiteral("/applied.json");
}

QString backupDir(const QString &stateFolder)
{
    return folder(stateFolder) + QStringLiteral("/backups");
}

QString lastCheckResultsPath(const QString &stateFolder)
{
    return folder(stateFolder) + QStringLiteral("/last-check.json");
}

QString confirmPendingPath()
{
    return stateDir() + QStringLiteral("/confirm-pending");
}

QString confirmFilePath()
{
    return stateDir() + QStringLiteral("/confirm");
}

QString logDir()
{
    if (privileged())
        return rootLogDir();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
}

bool ensurePrivateFolder(const QString &dir, QString *error)
{
#ifdef Q_OS_UNIX
    const QByteArray path = QFile::encodeName(dir);
    if (::mkdir(path.constData(), 0700) != 0 && errno != EEXIST) {
        *error = Tr::tr("cannot create the folder %1: %2").arg(dir, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    struct stat st;
    if (::lstat(path.constData(), &st) != 0) {
        *error = Tr::tr("cannot read the folder %1: %2").arg(dir, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (S_ISLNK(st.st_mode)) {
        *error = Tr::tr("%1 is a symbolic link; this program keeps its files only in a real folder of its own. "
                        "Remove the link.")
                     .arg(dir);
        return false;
    }
    if (!S_ISDIR(st.st_mode)) {
        *error = Tr::tr("%1 is not a folder. Remove it.").arg(dir);
        return false;
    }
    if (st.st_uid != ::geteuid()) {
        *error = Tr::tr("%1 belongs to uid %2, not to uid %3 that runs this program, so someone else could change "
                        "its files. Check its contents, then: chown %3 %1")
                     .arg(dir)
                     .arg(st.st_uid)
                     .arg(::geteuid());
        return false;
    }
    if ((st.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
        *error = Tr::tr("%1 is writable by group or others (mode %2), so someone else could change its files. "
                        "Check its contents, then: chmod 700 %1")
                     .arg(dir, QString::number(st.st_mode & 07777, 8));
        return false;
    }
    return true;
#else
    if (!QDir().mkpath(dir)) {
        *error = Tr::tr("cannot create the folder %1").arg(dir);
        return false;
    }
    return true;
#endif
}

bool writeNewFile(const QString &path, const QByteArray &data, QString *error)
{
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(path);
    if (::unlink(name.constData()) != 0 && errno != ENOENT) {
        *error = Tr::tr("cannot replace %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = Tr::tr("cannot write %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    const bool ok = ::write(fd, data.constData(), size_t(data.size())) == ssize_t(data.size());
    const int code = errno;
    ::close(fd);
    if (!ok) {
        *error = Tr::tr("cannot write %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(code)));
        return false;
    }
    return true;
#else
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        *error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
#endif
}

} // namespace fw::paths
