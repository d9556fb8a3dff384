#include "Run.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace fw::test {

QString findTool(const QString &name)
{
    if (name.startsWith(QLatin1Char('/')))
        return QFileInfo(name).isExecutable() ? name : QString();
    const QString onPath = QStandardPaths::findExecutable(name);
    if (!onPath.isEmpty())
        return onPath;
    return QStandardPaths::findExecutable(name,
        {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin"), QStringLiteral("/bin"),
            QStringLiteral("/usr/local/bin")});
}

QString missingTool(const QStringList &tools)
{
    for (const QString &t : tools) {
        if (findTool(t).isEmpty())
            return t;
    }
    return QString();
}

void prepare(QProcess &process, const QStringList &command)
{
    const QString found = findTool(command.value(0));
    process.setProgram(found.isEmpty() ? command.value(0) : found);
    process.setArguments(command.mid(1));
}

RunResult run(const QStringList &command, const RunOptions &options)
{
    RunResult result;
    QProcess p;
    prepare(p, command);
    if (!options.environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &e : options.environment)
            env.insert(e.section(QLatin1Char('='), 0, 0), e.section(QLatin1Char('='), 1));
        p.setProcessEnvironment(env);
    }
    if (options.mergeChannels)
        p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer clock;
    clock.start();
    p.start();
    if (!p.waitForStarted(10000)) {
        result.err = p.errorString().toUtf8();
        return result;
    }
    if (!options.input.isEmpty())
        p.write(options.input);
    p.closeWriteChannel();
    bool finished = false;
    if (options.serveEvents) {
        QEventLoop loop;
        QTimer limit;
        limit.setSingleShot(true);
        QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
        limit.start(options.timeoutMs);
        if (p.state() != QProcess::NotRunning)
            loop.exec();
        finished = p.state() == QProcess::NotRunning;
    } else {
        finished = p.waitForFinished(options.timeoutMs);
    }
    result.millis = clock.elapsed();
    if (!finished) {
        p.kill();
        p.waitForFinished(5000);
        result.timedOut = true;
    } else {
        result.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    result.out = p.readAllStandardOutput();
    if (!options.mergeChannels)
        result.err = p.readAllStandardError();
    if (result.timedOut)
        result.out += "\n(timed out)";
    return result;
}

int run(const QStringList &command, QByteArray *output, const QByteArray &input, int timeoutMs)
{
    RunOptions options;
    options.input = input;
    options.timeoutMs = timeoutMs;
    options.mergeChannels = true;
    const RunResult result = run(command, options);
    if (output)
        *output = result.all();
    return result.code;
}

void stop(std::unique_ptr<QProcess> &process)
{
    if (!process)
        return;
    if (process->state() != QProcess::NotRunning) {
        process->terminate();
        if (!process->waitForFinished(10000)) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
    process.reset();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    if (!QDir().mkpath(QFileInfo(path).path()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

} // namespace fw::test
