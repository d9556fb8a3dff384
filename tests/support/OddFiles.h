#pragma once

// Files that are not regular files, for the tests of what must read or write only regular files (inputfile::read,
// saveFile, the command line's --plan-file and --catalog): a FIFO, a link to a device, a folder, a Unix socket.
#include <QDir>
#include <QFile>
#include <QString>

#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace fw::test {

/// Makes an odd file at @p path: "fifo" (a named pipe), "zero" (a link to /dev/zero), "folder", or "socket" (a bound
/// Unix socket; the caller closes *socketFd). False where the system refuses or the kind is none of these.
inline bool makeOddFile(const QString &kind, const QString &path, int *socketFd = nullptr)
{
    const QByteArray native = QFile::encodeName(path);
    if (kind == QLatin1String("fifo"))
        return ::mkfifo(native.constData(), 0644) == 0;
    if (kind == QLatin1String("zero"))
        return QFile::link(QStringLiteral("/dev/zero"), path);
    if (kind == QLatin1String("folder"))
        return QDir().mkpath(path);
    if (kind == QLatin1String("socket") && socketFd) {
        sockaddr_un address {};
        if (size_t(native.size()) >= sizeof(address.sun_path))
            return false;
        *socketFd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        address.sun_family = AF_UNIX;
        std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
        return *socketFd >= 0 && ::bind(*socketFd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
    }
    return false;
}

/// What inputfile::read() says when it refuses the odd file of @p kind ("fifo...", "zero", "urandom", "big": one byte
/// over a cap of @p capKib KiB, "folder"; otherwise a missing file).
inline QString inputFileRefusal(const QString &kind, int capKib)
{
    if (kind.startsWith(QLatin1String("fifo")))
        return QStringLiteral("it is a named pipe (FIFO), not a regular file");
    if (kind == QLatin1String("zero") || kind == QLatin1String("urandom"))
        return QStringLiteral("it is a device, not a regular file");
    if (kind == QLatin1String("big"))
        return QStringLiteral("it is larger than %1 KiB, the limit for this kind of file").arg(capKib);
    if (kind == QLatin1String("folder"))
        return QStringLiteral("it is a folder, not a regular file");
    return QStringLiteral("No such file or directory");
}

} // namespace fw::test
