#include "Wizard.h"

#include <QFileInfo>

namespace fw::test {

QString Wizard::binary()
{
    return qEnvironmentVariable("FW_BINARY");
}

QString Wizard::testHooksBinary()
{
    return qEnvironmentVariable("FW_BINARY_TESTHOOKS");
}

QString Wizard::binaryFor(const QStringList &environment)
{
    for (const QString &e : environment) {
        if (e.startsWith(QLatin1String("FW_TEST_")))
            return testHooksBinary();
    }
    return binary();
}

QString Wizard::unavailableReason()
{
    for (const char *name : {"FW_BINARY", "FW_BINARY_TESTHOOKS"}) {
        const QString path = qEnvironmentVariable(name);
        if (path.isEmpty())
            return QStringLiteral("%1 is not set (ctest sets it)").arg(QLatin1String(name));
        if (!QFileInfo(path).isExecutable())
            return QStringLiteral("%1 names %2, which is not a program (build it)").arg(QLatin1String(name), path);
    }
    return QString();
}

RunResult Wizard::run(const QStringList &prefix, const QStringList &args, const RunOptions &options)
{
    return fw::test::run(prefix + QStringList {binaryFor(options.environment)} + args, options);
}

} // namespace fw::test
