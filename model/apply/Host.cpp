#include "Host.h"

#include "DurableWrite.h"
#include "NftLibrary.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkInterface>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace fw {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::Host)
}

} // namespace

QProcessEnvironment toolEnvironment()
{
    // The back ends read what the tools print ("Status: active", "Skipping adding existing rule"): in the user's
    // language ufw says "Estado: activo". LANGUAGE goes too: gettext (and Python's) reads it before LC_ALL.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.remove(QStringLiteral("LANGUAGE"));
    return environment;
}

QString RunResult::errorText() const
{
    if (!started)
        return Tr::tr("the program could not be started");
    if (timedOut)
        return Tr::tr("the program did not finish in time and was stopped");
    QString text = QString::fromUtf8(err).trimmed();
    if (text.isEmpty())
        text = QString::fromUtf8(out).trimmed();
    // One line, so that it fits into a message after "step: ".
    text = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral("; "));
    if (text.isEmpty())
        text = Tr::tr("exit code %1").arg(exitCode);
    return text;
}

QString SystemHost::findProgram(const QString &program)
{
    if (QFileInfo(program).isAbsolute())
        return QFileInfo(program).isExecutable() ? program : QString();
    const QString inPath = QStandardPaths::findExecutable(program);
    if (!inPath.isEmpty())
        return inPath;
    return QStandardPaths::findExecutable(
        program, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/local/sbin")});
}

RunResult SystemHost::run(const QString &program, const QStringList &args, const QByteArray &input, int timeoutMs)
{
    if (m_inProcessNft && program == QLatin1String("nft")) {
        if (NftLibrary *library = NftLibrary::instance()) {
            const RunResult r = library->run(args, input);
            if (r.started)
                return r;
        }
    }
    RunResult result;
    const QString path = findProgram(program);
    if (path.isEmpty())
        return result;
    QProcess process;
    process.setProcessEnvironment(toolEnvironment());
    process.start(path, args);
    if (!process.waitForStarted(10000))
        return result;
    result.started = true;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.timedOut = true;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

bool SystemHost::hasProgram(const QString &program)
{
    return !findProgram(program).isEmpty();
}

bool SystemHost::readFile(const QString &path, QByteArray *data)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *data = file.readAll();
    return true;
}

bool SystemHost::writeFile(const QString &path, const QByteArray &data, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = Tr::tr("cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    return writeFileDurably(path, data, error);
}

bool SystemHost::removeFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists() || file.remove())
        return true;
    *error = Tr::tr("cannot remove %1: %2").arg(path, file.errorString());
    return false;
}

bool SystemHost::exists(const QString &path)
{
    return QFileInfo::exists(path);
}

QStringList SystemHost::listFolder(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

bool SystemHost::isPrivileged()
{
#ifdef Q_OS_UNIX
    return geteuid() == 0;
#else
    // The Windows back end checks for an elevated token itself (the PowerShell script refuses without one).
    return true;
#endif
}

QStringList SystemHost::upInterfaces()
{
    QStringList names;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &i : interfaces) {
        const auto flags = i.flags();
        if (flags.testFlag(QNetworkInterface::IsUp) && !flags.testFlag(QNetworkInterface::IsLoopBack))
            names << i.name();
    }
    return names;
}

} // namespace fw
