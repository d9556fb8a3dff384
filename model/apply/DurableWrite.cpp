#include "DurableWrite.h"

#include "system/Tr.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#else
#include <QSaveFile>
#endif

namespace fw {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::DurableWrite)
}

#ifdef Q_OS_UNIX
QString reason(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

/// Closes a descriptor once, on every path out.
class Fd
{
public:
    explicit Fd(int fd) : m_fd(fd) { }
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }
    /// Closes now; false with errno set when close(2) reports an error (NFS and full disks report late).
    bool close()
    {
        const int fd = m_fd;
        m_fd = -1;
        return ::close(fd) == 0;
    }

private:
    int m_fd = -1;
};
#endif

} // namespace

bool writeFileDurably(const QString &path, const QByteArray &data, QString *error)
{
#ifdef Q_OS_UNIX
    const QByteArray target = QFile::encodeName(path);
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    mode_t mode = 0644;
    struct stat existing;
    if (::lstat(target.constData(), &existing) == 0) {
        if (!S_ISREG(existing.st_mode)) {
            *error = Tr::tr("cannot write %1: it is not a regular file").arg(path);
            return false;
        }
        mode = existing.st_mode & 07777;
    }
    QByteArray temporary;
    int fd = -1;
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        temporary = target + ".fwtmp-" + QByteArray::number(qint64(::getpid())) + '-' + QByteArray::number(attempt);
        fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0) {
        *error = Tr::tr("cannot write %1: %2").arg(path, reason(errno));
        return false;
    }
    Fd file(fd);
    const auto fail = [&](int code) {
        ::unlink(temporary.constData());
        *error = Tr::tr("cannot write %1: %2").arg(path, reason(code));
        return false;
    };
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(file.get(), data.constData() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return fail(n < 0 ? errno : ENOSPC);
        written += n;
    }
    if (::fchmod(file.get(), mode) != 0 || ::fsync(file.get()) != 0)
        return fail(errno);
    if (!file.close())
        return fail(errno);
    if (::rename(temporary.constData(), target.constData()) != 0)
        return fail(errno);
    // The rename is durable only once the folder is on disk too.
    Fd dir(::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.get() < 0 || ::fsync(dir.get()) != 0 || !dir.close()) {
        *error = Tr::tr("cannot write %1: the folder cannot be synced: %2").arg(path, reason(errno));
        return false;
    }
    QFile back(path);
    if (!back.open(QIODevice::ReadOnly) || back.readAll() != data) {
        *error = Tr::tr("cannot write %1: reading it back does not give what was written").arg(path);
        return false;
    }
    return true;
#else
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
#endif
}

} // namespace fw
