#pragma once

// Running a command from a test: bounded in time, with its exit code, standard output and error captured.
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;

namespace fw::test {

/// How run() runs a command.
struct RunOptions
{
    QByteArray input;           ///< written to its standard input, which is then closed
    int timeoutMs = 60000;      ///< killed after this long
    QStringList environment;    ///< "NAME=value" added to (or replacing in) this process's environment
    bool mergeChannels = false; ///< standard error into out (err stays empty)
    /// Keeps this thread's event loop running while waiting, so that sockets this test serves keep answering.
    bool serveEvents = false;
};

/// What a command did.
struct RunResult
{
    int code = -1;         ///< its exit code; -1 where it did not start, crashed or timed out
    QByteArray out;        ///< its standard output (with standard error where merged)
    QByteArray err;        ///< its standard error
    qint64 millis = 0;     ///< how long it ran
    bool timedOut = false; ///< killed after RunOptions::timeoutMs
    bool ok() const { return code == 0; }
    /// Output and error, for a failure message.
    QByteArray all() const { return err.isEmpty() ? out : out + err; }
};

/// The full path of a system tool (also in /usr/sbin and /sbin, which root's PATH may lack); empty when missing.
QString findTool(const QString &name);
/// The first of @p tools that is not installed; empty when all are.
QString missingTool(const QStringList &tools);

/// Runs @p command (a tool's name or a path, then its arguments). Never waits longer than options.timeoutMs.
RunResult run(const QStringList &command, const RunOptions &options = RunOptions());
/// The short form: standard output and error merged into @p output; the exit code (-1: did not start or end).
int run(const QStringList &command, QByteArray *output, const QByteArray &input = QByteArray(), int timeoutMs = 60000);
/// Prepares @p process to run @p command (the program found as run() finds it); does not start it.
void prepare(QProcess &process, const QStringList &command);

/// Ends a process that this test started: terminate, after 10 s kill; then drops it.
void stop(std::unique_ptr<QProcess> &process);

/// A file's content ("" when it does not exist).
QByteArray readFile(const QString &path);
/// Writes @p content to @p path, making its folder; false where it cannot.
bool writeFile(const QString &path, const QByteArray &content);

} // namespace fw::test
