#include "Logging.h"

#include <QDir>
#include <QStandardPaths>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace fw::log {

namespace {

std::shared_ptr<spdlog::logger> g_both;
std::shared_ptr<spdlog::logger> g_file;
QString g_path;

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
    static const std::pair<const char *, Level> names[] = {{"trace", Level::Trace}, {"debug", Level::Debug},
                                                           {"info", Level::Info},   {"warn", Level::Warn},
                                                           {"error", Level::Error}, {"off", Level::Off}};
    for (const auto &n : names) {
        if (name == QLatin1String(n.first)) {
            level = n.second;
            return true;
        }
    }
    return false;
}

QString setup(Level stderrLevel)
{
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(toSpd(stderrLevel));
    console->set_pattern("firewall-wizard: %l: %v");
    std::vector<spdlog::sink_ptr> sinks{console};
    std::vector<spdlog::sink_ptr> fileSinks;

    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
    if (QDir().mkpath(dir)) {
        g_path = dir + QStringLiteral("/firewall-wizard.log");
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(g_path.toStdString(),
                                                                               1024 * 1024, 3);
            file->set_level(spdlog::level::info);
            file->set_pattern("%Y-%m-%d %H:%M:%S.%e [%l] [pid %P] %v");
            sinks.push_back(file);
            fileSinks.push_back(file);
        } catch (const spdlog::spdlog_ex &) {
            g_path.clear();  // a read-only home must not stop the program; stderr still works
        }
    }
    g_both = std::make_shared<spdlog::logger>("fw", sinks.begin(), sinks.end());
    g_both->set_level(spdlog::level::trace);
    g_both->flush_on(spdlog::level::info);
    g_file = std::make_shared<spdlog::logger>("fw-file", fileSinks.begin(), fileSinks.end());
    g_file->set_level(spdlog::level::trace);
    g_file->flush_on(spdlog::level::info);
    qInstallMessageHandler(qtMessageHandler);
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
