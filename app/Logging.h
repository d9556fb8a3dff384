#pragma once

#include <QString>

namespace fw::log {

enum class Level { Trace, Debug, Info, Warn, Error, Off };

/// Parses "trace", "debug", "info", "warn", "error", "off"; returns false for anything else.
bool levelFromString(const QString &name, Level &level);
/// Sets up spdlog once: a rotating file in paths::logDir() (info and up; as root /var/log/firewall-wizard, which
/// must be root's own) and stderr at @p stderrLevel; forwards Qt's messages to it. A log file or rotated copy that
/// is a symbolic link is removed, never written through. Returns the log file's path (empty if it cannot be
/// created); @p problem gets why where the folder or the file is unsafe or cannot be made.
QString setup(Level stderrLevel, QString *problem = nullptr);
/// The log file's path (after setup).
QString filePath();
/// Logs to both sinks.
void write(Level level, const QString &message);
/// Logs to the file only: for messages the command line has already shown the user.
void toFile(Level level, const QString &message);

} // namespace fw::log
