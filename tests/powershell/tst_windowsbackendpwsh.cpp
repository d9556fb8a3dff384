// The Windows back end's own PowerShell commands (count and remove a group: apply's verify step, revert) run exactly
// as WindowsBackend builds them, with pwsh in place of powershell.exe, against the NetSecurity stand-in
// (tests/powershell/NetSecurity, a test double of Windows' module) sharing its rules through a state file. The
// script it runs is the PowerShell export, which the Pester tests run (pester_export).
#include "apply/WindowsBackend.h"

#include "SkipOrFail.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {

/// The source tree (FW_SOURCE_DIR from ctest, else the one this test was built from).
QString sourceDir()
{
    const QString dir = qEnvironmentVariable("FW_SOURCE_DIR");
    return dir.isEmpty() ? QStringLiteral(FW_TEST_SOURCE_DIR) : dir;
}

const QString kGroup = QStringLiteral("Firewall Setup Wizard: o'brien server");

QJsonObject rule(const QString &name, const QString &group)
{
    return QJsonObject {{"Name", name}, {"DisplayName", name}, {"Description", QString()}, {"Group", group},
        {"Enabled", "True"}, {"Profile", QJsonArray {"Any"}}, {"Direction", "Inbound"}, {"Action", "Allow"},
        {"Protocol", "TCP"}, {"LocalPort", QJsonArray {"27000"}}, {"RemotePort", QJsonArray {"Any"}},
        {"LocalAddress", QJsonArray {"Any"}}, {"RemoteAddress", QJsonArray {"Any"}}, {"Program", "Any"},
        {"Service", "Any"}, {"Other", QJsonObject()}};
}

} // namespace

class TestWindowsBackendPwsh : public QObject
{
    Q_OBJECT

private:
    QString m_pwsh;
    QTemporaryDir m_dir;

    QString statePath() const { return m_dir.filePath(QStringLiteral("firewall.json")); }

    QStringList ruleNames() const
    {
        QFile f(statePath());
        if (!f.open(QIODevice::ReadOnly))
            return {QStringLiteral("<no state file>")};
        QStringList names;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
        const QJsonArray rules = doc.isArray() ? doc.array() : QJsonArray {doc.object()};
        for (const QJsonValue &r : rules)
            names << r.toObject().value(QStringLiteral("Name")).toString();
        names.sort();
        return names;
    }

    /// Runs pwsh with @p arguments (WindowsBackend's, for powershell.exe); returns its standard output.
    QByteArray run(const QStringList &arguments, int *exitCode)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("PSModulePath"), sourceDir() + QStringLiteral("/tests/powershell"));
        env.insert(QStringLiteral("FW_STANDIN_FIREWALL_STATE"), statePath());
        env.insert(QStringLiteral("POWERSHELL_TELEMETRY_OPTOUT"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
        p.start(m_pwsh, arguments);
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
        }
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        const QByteArray err = p.readAllStandardError();
        if (!err.isEmpty())
            qInfo("pwsh: %s", err.constData());
        return p.readAllStandardOutput();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pwsh = QStandardPaths::findExecutable(QStringLiteral("pwsh"));
        if (m_pwsh.isEmpty())
            m_pwsh = QStandardPaths::findExecutable(
                QStringLiteral("pwsh"), {QDir::homePath() + QStringLiteral("/.dotnet/tools")});
        if (m_pwsh.isEmpty()) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("pwsh is missing: scripts/bootstrap test installs it (dotnet tool install --global PowerShell)");
            FW_SKIP_OR_FAIL("pwsh is missing: scripts/bootstrap test installs it");
        }
    }

    void countAndRemoveGroup()
    {
        QFile state(statePath());
        QVERIFY(state.open(QIODevice::WriteOnly));
        state.write(QJsonDocument(
            QJsonArray {rule("FirewallWizard-o-server-a", kGroup), rule("FirewallWizard-o-server-b", kGroup),
                rule("Foreign-same-prefix", kGroup + QStringLiteral(" (old)")),
                rule("Foreign", QStringLiteral("Firewall Setup Wizard"))})
                        .toJson());
        state.close();

        int code = -1;
        QCOMPARE(run(windows::countGroupArguments(kGroup), &code).trimmed(), QByteArray("2"));
        QCOMPARE(code, 0);
        run(windows::removeGroupArguments(kGroup), &code);
        QCOMPARE(code, 0);
        QCOMPARE(ruleNames(), (QStringList {"Foreign", "Foreign-same-prefix"}));
        QCOMPARE(run(windows::countGroupArguments(kGroup), &code).trimmed(), QByteArray("0"));
        QCOMPARE(code, 0);
        // Removing a group that is gone already is no error (revert after a manual undo).
        run(windows::removeGroupArguments(kGroup), &code);
        QCOMPARE(code, 0);
        QCOMPARE(ruleNames(), (QStringList {"Foreign", "Foreign-same-prefix"}));
    }
};

QTEST_GUILESS_MAIN(TestWindowsBackendPwsh)
#include "tst_windowsbackendpwsh.moc"
