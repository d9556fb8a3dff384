#include "Logging.h"

#include "system/IdTable.h"
#include "system/Paths.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace fw::log {

namespace {

std::shared_ptr<spdlog::logger> g_both;
std::shared_ptr<spdlog::logger> g_file;
QString g_path;

constexpr std::size_t kLogFileSize = 1024 * 1024;
constexpr std::size_t kLogFilesKept = 3;

/// The translation context of this file's texts: call Tr::tr().
namespace Tr {
FW_TR_CONTEXT(fw::log)
}

/// Makes sure that spdlog's rotating sink writes only to regular files of ours: the log and its rotated copies
/// (firewall-wizard.1.log ...) that are symbolic links or other non-regular files are removed (the link itself,
/// never what it points to), and the log is created without following a link. Returns false with @p error where
/// that is impossible. @p replaced gets the names removed.
bool prepareLogFiles(const QString &path, QStringList *replaced, QString *error)
{
#ifdef Q_OS_UNIX
    QStringList names {path};
    for (std::size_t i = 1; i <= kLogFilesKept; ++i)
        names << QString::fromStdString(spdlog::sinks::rotating_file_sink_mt::calc_filename(path.toStdString(), i));
    for (const QString &name : std::as_const(names)) {
        const QByteArray encoded = QFile::encodeName(name);
        struct stat st;
        if (::lstat(encoded.constData(), &st) != 0 || S_ISREG(st.st_mode))
            continue;
        if (::unlink(encoded.constData()) != 0) {
            *error = Tr::tr("the log file %1 is not a regular file and cannot be removed: %2")
                         .arg(name, QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        *replaced << name;
    }
    const int fd
        = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = Tr::tr("cannot open the log file %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    ::close(fd);
#else
    Q_UNUSED(path);
    Q_UNUSED(replaced);
    Q_UNUSED(error);
#endif
    return true;
}

spdlog::level::level_enum toSpd(Level level)
{
    switch (level) {
    case Level::Trace:
        return spdlog::level::trace;
    case Level::Debug:
        return spdlog::level::debug;
    case Level::Info:
        return spdlog::level::info;
    case Level::Warn:
        return spdlog::level::warn;
    case Level::Error:
        return spdlog::level::err;
    case Level::Off:
        return spdlog::level::off;
    }
    return spdlog::level::info;
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    Level level = Level::Info;
    switch (type) {
    case QtDebugMsg:
        level = Level::Debug;
        break;
    case QtInfoMsg:
        level = Level::Info;
        break;
    case QtWarningMsg:
        level = Level::Warn;
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        level = Level::Error;
        break;
    }
    const QString category = context.category && qstrcmp(context.category, "default") != 0
        ? QStringLiteral("[%1] ").arg(QLatin1String(context.category))
        : QString();
    write(level, category + message);
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

bool levelFromString(const QString &name, Level &level)
{
    static const IdName<Level> names[] = {{Level::Trace, "trace"}, {Level::Debug, "debug"}, {Level::Info, "info"},
        {Level::Warn, "warn"}, {Level::Error, "error"}, {Level::Off, "off"}};
    const IdName<Level> *row = rowWithId(names, name);
    if (row)
        level = row->value;
    return row != nullptr;
}

QString setup(Level stderrLevel, QString *problem)
{
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(toSpd(stderrLevel));
    console->set_pattern("firewall-wizard: %l: %v");
    std::vector<spdlog::sink_ptr> sinks {console};
    std::vector<spdlog::sink_ptr> fileSinks;

    // As root the log lives in root's own folder (paths::logDir()), which must be nobody else's to change.
    const QString dir = paths::logDir();
    QString error;
    QStringList replaced;
    const bool folderOk = paths::privileged() ? paths::ensurePrivateFolder(dir, &error) : QDir().mkpath(dir);
    if (folderOk && prepareLogFiles(dir + QStringLiteral("/firewall-wizard.log"), &replaced, &error)) {
        g_path = dir + QStringLiteral("/firewall-wizard.log");
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                g_path.toStdString(), kLogFileSize, kLogFilesKept);
            file->set_level(spdlog::level::info);
            file->set_pattern("%Y-%m-%d %H:%M:%S.%e [%l] [pid %P] %v");
            sinks.push_back(file);
            fileSinks.push_back(file);
        } catch (const spdlog::spdlog_ex &) {
            g_path.clear(); // a read-only home must not stop the program; stderr still works
        }
    }
    if (problem)
        *problem = error;
    g_both = std::make_shared<spdlog::logger>("fw", sinks.begin(), sinks.end());
    g_both->set_level(spdlog::level::trace);
    g_both->flush_on(spdlog::level::info);
    g_file = std::make_shared<spdlog::logger>("fw-file", fileSinks.begin(), fileSinks.end());
    g_file->set_level(spdlog::level::trace);
    g_file->flush_on(spdlog::level::info);
    qInstallMessageHandler(qtMessageHandler);
    for (const QString &name : std::as_const(replaced))
        write(Level::Warn,
            Tr::tr("removed %1, which was not a regular file; the log is never written through a link").arg(name));
    return g_path;
}

QString filePath()
{
    return g_path;
}

void write(Level level, const QString &message)
{
    if (g_both)
        g_both->log(toSpd(level), "{}", message.toStdString());
}

void toFile(Level level, const QString &message)
{
    if (g_file)
        g_file->log(toSpd(level), "{}", message.toStdString());
}

} // namespace fw::log
