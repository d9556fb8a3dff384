#include "MachineLock.h"

#include "system/Tr.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace fw {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::MachineLock)
}

} // namespace

QString machineLockPath()
{
    return QStringLiteral("/run/firewall-wizard.lock");
}

MachineLock::MachineLock(const QString &path) : m_path(path) { }

MachineLock::~MachineLock()
{
    release();
}

void MachineLock::release()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0) {
        // Emptied first, so that nobody names a holder that is gone; closing releases the flock.
        if (::ftruncate(m_fd, 0) != 0) {
            // Nothing to do: the lock goes with the descriptor anyway.
        }
        ::close(m_fd);
    }
#endif
    m_fd = -1;
}

bool MachineLock::acquire(const QString &command, int waitMs, QString *error)
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0)
        return true;
    const QByteArray path = QFile::encodeName(m_path);
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = Tr::tr("cannot open the lock file %1: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    struct stat info;
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode) || info.st_uid != ::geteuid() || (info.st_mode & 0022) != 0) {
        ::close(fd);
        *error = Tr::tr("the lock file %1 is not a file that only this user may write; remove it").arg(m_path);
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
            break;
        if (errno != EWOULDBLOCK && errno != EINTR) {
            ::close(fd);
            *error = Tr::tr("cannot lock %1: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        if (clock.elapsed() >= waitMs) {
            char buffer[256] = {};
            const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
            ::close(fd);
            const QString holder = QString::fromUtf8(buffer, n > 0 ? int(n) : 0).trimmed();
            const QString pid = holder.section(QLatin1Char(' '), 0, 0);
            const QString what = holder.section(QLatin1Char(' '), 1);
            *error = holder.isEmpty()
                ? Tr::tr("another firewall-wizard is changing the firewall (it holds %1); nothing was changed, try "
                         "again when it has finished")
                      .arg(m_path)
                : Tr::tr("another firewall-wizard (%1, process %2) is changing the firewall; nothing was changed, try "
                         "again when it has finished")
                      .arg(what, pid);
            return false;
        }
        QThread::msleep(50);
    }
    const QByteArray holder = QByteArray::number(qint64(::getpid())) + ' ' + command.toUtf8() + '\n';
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, holder.constData(), size_t(holder.size()), 0) != holder.size()) {
        // The lock is held all the same; only the name of the holder is missing for the others.
    }
    m_fd = fd;
    return true;
#else
    Q_UNUSED(command)
    Q_UNUSED(waitMs)
    Q_UNUSED(error)
    m_fd = 0;
    return true;
#endif
}

} // namespace fw
