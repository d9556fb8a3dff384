// The apply model without a firewall: the step runner's rollback, the record, the commands each back end builds
// (firewalld, ufw, Windows, nftables) against a scripted host, the elevation commands, the confirm-or-roll-back
// controller and the diagnostics' warnings.
#include "FakeHost.h"

#include "apply/AppliedRecord.h"
#include "apply/Applier.h"
#include "apply/ConfirmController.h"
#include "apply/Diagnostics.h"
#include "apply/DurableWrite.h"
#include "apply/Elevation.h"
#include "apply/FirewalldBackend.h"
#include "apply/MachineLock.h"
#include "apply/NftablesBackend.h"
#include "apply/StepHelpers.h"
#include "apply/UfwBackend.h"
#include "apply/WindowsBackend.h"
#include "catalog/Catalog.h"
#include "plan/PlanResolver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {

Plan planFor(const Selection &selection)
{
    static const Catalog catalog = Catalog::builtIn();
    Plan plan;
    SelectionProblems problems;
    if (!resolvePlan(catalog, selection, plan, problems))
        qFatal("the selection does not resolve");
    return plan;
}

Plan ts365Server()
{
    return planFor(Selection {"timesensor-legal", "", "server", "365", {}, {}});
}

Step recordingStep(const QString &id, QStringList *log, bool fails = false)
{
    Step s;
    s.id = id;
    s.description = id;
    s.run = [id, log, fails](Host &, QString *error) {
        *log << QStringLiteral("run ") + id;
        if (fails)
            *error = QStringLiteral("broken");
        return !fails;
    };
    s.undo = [id, log](Host &, QString *) {
        *log << QStringLiteral("undo ") + id;
        return true;
    };
    return s;
}

const char *const kZones = R"(internal
  target: default
  icmp-block-inversion: no
  interfaces: eth1
  sources: 
  services: dhcpv6-client mdns samba-client ssh
  ports: 
  protocols: 
  forward: yes
  masquerade: no
  forward-ports: 
  source-ports: 
  icmp-blocks: 
  rich rules: 

public (active)
  target: default
  icmp-block-inversion: no
  interfaces: eth0
  sources: 
  services: dhcpv6-client ssh
  ports: 
  protocols: 
  forward: yes
  masquerade: no
  forward-ports: 
  source-ports: 
  icmp-blocks: 
  rich rules: 
	rule family="ipv4" source address="10.0.0.0/8" port port="80" protocol="tcp" accept
)";

FirewallState firewalldState(bool running = true)
{
    FirewallState state;
    state.governing = running ? BackendId::Firewalld : BackendId::Invalid;
    state.privileged = true;
    state.clientInterface = QStringLiteral("eth0");
    state.interfaces = {QStringLiteral("eth0"), QStringLiteral("eth1")};
    FirewalldState &fd = state.firewalld;
    fd.installed = true;
    fd.offlineTool = true;
    fd.running = running;
    fd.defaultZone = QStringLiteral("public");
    fd.permanent = firewalld::parseZones(QString::fromUtf8(kZones));
    for (FirewalldZone &z : fd.permanent)
        z.interfaces.clear(); // NetworkManager binds interfaces at runtime
    if (running)
        fd.runtime = firewalld::parseZones(QString::fromUtf8(kZones));
    return state;
}

QStringList previews(const PreparedChange &change)
{
    QStringList list;
    for (const Step &s : change.steps)
        list << s.id + QStringLiteral(": ") + s.preview.section(QLatin1Char('\n'), 0, 0);
    return list;
}

} // namespace

class tst_ApplySteps : public QObject
{
    Q_OBJECT

private slots:
    void failureUndoesCompletedStepsInReverse()
    {
        QStringList log;
        PreparedChange change;
        change.steps << recordingStep("a", &log) << recordingStep("b", &log) << recordingStep("c", &log, true);
        FakeHost host;
        const ChangeOutcome outcome = runChange(host, change);
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.rolledBack);
        QCOMPARE(outcome.failedStep, QStringLiteral("c"));
        QCOMPARE(outcome.error, QStringLiteral("broken"));
        QCOMPARE(log, (QStringList {"run a", "run b", "run c", "undo b", "undo a"}));
    }

    void injectedFailureUndoesTheStepItself()
    {
        QStringList log;
        PreparedChange change;
        change.steps << recordingStep("a", &log) << recordingStep("b", &log) << recordingStep("c", &log);
        FakeHost host;
        const ChangeOutcome outcome = runChange(host, change, QStringLiteral("b"));
        QVERIFY(!outcome.ok && outcome.rolledBack);
        QVERIFY(outcome.error.contains(QLatin1String("(test hook)")));
        QCOMPARE(log, (QStringList {"run a", "run b", "undo b", "undo a"}));
    }

    void laterRollbackUndoesEverything()
    {
        QStringList log;
        PreparedChange change;
        change.steps << recordingStep("a", &log) << recordingStep("b", &log);
        FakeHost host;
        ChangeOutcome outcome = runChange(host, change);
        QVERIFY(outcome.ok);
        QVERIFY(rollBack(host, outcome));
        QCOMPARE(log, (QStringList {"run a", "run b", "undo b", "undo a"}));
        QVERIFY(outcome.done.isEmpty());
    }

    void revertFallsBackOnTheBackup()
    {
        QStringList log;
        PreparedChange change;
        change.steps << recordingStep("remove", &log) << recordingStep("verify", &log, true);
        change.fallback << recordingStep("restore", &log);
        FakeHost host;
        const ChangeOutcome outcome = runRevert(host, change);
        QVERIFY(outcome.ok);
        QVERIFY(outcome.usedFallback);
        QCOMPARE(outcome.failedStep, QStringLiteral("verify"));
        QCOMPARE(log, (QStringList {"run remove", "run verify", "undo remove", "run restore"}));
    }

    void recordRoundTrip()
    {
        AppliedEntry a;
        a.backend = BackendId::Nftables;
        a.product = "palisade";
        a.role = "server";
        a.version = "8";
        a.title = "Palisade 8.x, License server";
        a.planFile = "{\"format\": \"fwplan\"}\n";
        a.rules = {"in tcp 27000 (lmgrd-port-in)"};
        a.appliedAt = QDateTime(QDate(2024, 5, 17), QTime(9, 30), Qt::UTC);
        a.user = "root (sudo by alice)";
        a.backupPath = "/s/backups/20240517-093000-000-nftables.nft";
        a.backupSha256 = QString(64, QLatin1Char('a'));
        a.objects = QJsonObject {{"tag", "firewall-wizard:palisade:server"}};
        AppliedEntry b = a;
        b.backend = BackendId::Ufw;
        const AppliedRecord record = AppliedRecord().with(a).with(b);
        FakeHost host;
        host.files.insert("/s/applied.json", record.toJson());
        AppliedRecord read;
        QString error;
        QVERIFY2(readAppliedRecord(host, "/s/applied.json", &read, &error), qPrintable(error));
        QCOMPARE(read.entries.size(), 2);
        QCOMPARE(read.toJson(), record.toJson());
        QCOMPARE(read.entries.first().appliedAt, a.appliedAt);
        QCOMPARE(read.entries.first().user, a.user);
        AppliedEntry replaced = a;
        replaced.rules = {"in tcp 27001 (vendor-port-in)"};
        const AppliedRecord again = read.with(replaced);
        QCOMPARE(again.entries.size(), 2);
        QCOMPARE(again.find(BackendId::Nftables, "palisade", "server")->rules, replaced.rules);
        QCOMPARE(again.without(BackendId::Ufw).entries.size(), 1);
        QCOMPARE(again.without(BackendId::Invalid).entries.size(), 0);
        // A missing record is an empty one; a foreign file is refused.
        QVERIFY(readAppliedRecord(host, "/s/none.json", &read, &error) && read.entries.isEmpty());
        host.files.insert("/s/other.json", "{\"format\": \"something\"}");
        QVERIFY(!readAppliedRecord(host, "/s/other.json", &read, &error));
        QCOMPARE(paths::lastCheckResultsPath("/s"), QStringLiteral("/s/last-check.json"));
    }

    void recordNamesOnlyOurObjects_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("named");
        const QJsonObject hostChain {{"family", "inet"}, {"table", "filter"}, {"name", "sshguard"}};
        QTest::newRow("nft chain of the host") << "nftables"
                                               << "chains" << QJsonValue(QJsonArray {hostChain}) << "sshguard";
        QTest::newRow("nft jump to a host chain")
            << "nftables"
            << "jumps"
            << QJsonValue(QJsonArray {
                   QJsonObject {{"family", "inet"}, {"table", "filter"}, {"chain", "input"}, {"target", "sshguard"}}})
            << "sshguard";
        QTest::newRow("nft tag of another")
            << "nftables"
            << "tag" << QJsonValue("firewall-wizard:other:server") << "firewall-wizard:other:server";
        QTest::newRow("firewalld service of the host") << "firewalld"
                                                       << "service" << QJsonValue("ssh") << "ssh";
        QTest::newRow("firewalld service file") << "firewalld"
                                                << "serviceFile" << QJsonValue("/etc/passwd") << "/etc/passwd";
        QTest::newRow("firewalld rich rule that drops")
            << "firewalld"
            << "richRules" << QJsonValue(QJsonArray {"rule family=\"ipv4\" source address=\"10.0.0.1\" drop"})
            << "drop";
        QTest::newRow("firewalld zone with a path") << "firewalld"
                                                    << "zone" << QJsonValue("../../shadow") << "../../shadow";
        QTest::newRow("ufw profile file") << "ufw"
                                          << "profileFile" << QJsonValue("/etc/shadow") << "/etc/shadow";
        QTest::newRow("ufw rule of the host")
            << "ufw"
            << "rules" << QJsonValue(QJsonArray {QJsonArray {"in", "from", "any", "to", "any", "port", "22"}})
            << "port 22";
        QTest::newRow("ufw profile of the host") << "ufw"
                                                 << "profiles" << QJsonValue(QJsonArray {"OpenSSH"}) << "OpenSSH";
        QTest::newRow("backup elsewhere") << "nftables"
                                          << "backup" << QJsonValue("/etc/shadow") << "/etc/shadow";
        QTest::newRow("product that is no id") << "nftables"
                                               << "product" << QJsonValue("../x") << "../x";
    }
    void recordNamesOnlyOurObjects()
    {
        QFETCH(QString, backend);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, named);
        QJsonObject entry {
            {"backend", backend}, {"product", "timesensor-legal"}, {"role", "server"}, {"objects", QJsonObject {}}};
        if (field == "backup" || field == "product")
            entry.insert(field, value);
        else
            entry.insert("objects", QJsonObject {{field, value}});
        const QJsonObject root {{"format", "firewall-wizard-applied"}, {"version", 1}, {"entries", QJsonArray {entry}}};
        FakeHost host;
        host.files.insert("/s/applied.json", QJsonDocument(root).toJson());
        AppliedRecord record;
        QString error;
        bool damaged = false;
        QVERIFY(!readAppliedRecord(host, "/s/applied.json", &record, &error, &damaged));
        QVERIFY(damaged);
        QVERIFY2(error.contains(named), qPrintable(error));
        // The same entry with only our names is fine.
        entry.insert("product", "timesensor-legal");
        entry.remove("backup");
        entry.insert("objects",
            QJsonObject {{"chains",
                             QJsonArray {QJsonObject {{"family", "inet"}, {"table", "filter"},
                                 {"name", "fwwizard_timesensor_legal_server_in"}}}},
                {"service", "fwwizard-timesensor-legal-server"},
                {"profileFile", "/etc/ufw/applications.d/fwwizard-timesensor-legal-server"}});
        host.files.insert("/s/applied.json",
            QJsonDocument(
                QJsonObject {{"format", "firewall-wizard-applied"}, {"version", 1}, {"entries", QJsonArray {entry}}})
                .toJson());
        QVERIFY2(readAppliedRecord(host, "/s/applied.json", &record, &error, &damaged), qPrintable(error));
        QVERIFY(!damaged);
    }

    void restorePutsBackOnlyOurFilesFromOurBackup_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("allowed");
        const auto row = [](const char *name, const char *backend, const char *path, bool allowed) {
            QTest::newRow(name) << QString::fromLatin1(backend) << QString::fromLatin1(path) << allowed;
        };
        row("/etc/shadow by ufw", "ufw", "/etc/shadow", false);
        row("/etc/shadow by firewalld", "firewalld", "/etc/shadow", false);
        row("a zone file by ufw", "ufw", "/etc/firewalld/zones/public.xml", false);
        row("up and out of the zones", "firewalld", "/etc/firewalld/zones/../../shadow.xml", false);
        row("a host's service", "firewalld", "/etc/firewalld/services/ssh.xml", false);
        row("a host's ufw profile", "ufw", "/etc/ufw/applications.d/openssh-server", false);
        row("ufw's before.rules", "ufw", "/etc/ufw/before.rules", false);
        row("a zone file", "firewalld", "/etc/firewalld/zones/public.xml", true);
        row("our service", "firewalld", "/etc/firewalld/services/fwwizard-a-server.xml", true);
        row("ufw's user rules", "ufw", "/etc/ufw/user6.rules", true);
        row("our ufw profile", "ufw", "/etc/ufw/applications.d/fwwizard-a-server", true);
    }
    void restorePutsBackOnlyOurFilesFromOurBackup()
    {
        QFETCH(QString, backend);
        QFETCH(QString, path);
        QFETCH(bool, allowed);
        const QByteArray bundle = steps::bundle({{path, true, "root::0:0:99999:7:::\n"}});
        FakeHost host;
        AppliedEntry entry;
        entry.backend = backendFromString(backend);
        entry.backupPath = "/s/backups/20240517-093000-000-" + backend + ".json";
        host.files.insert(entry.backupPath, bundle);
        FirewallState state;
        // Without the checksum, or with another one, nothing is loaded.
        PreparedChange restore = backendFor(entry.backend)->prepareRestore(host, state, entry);
        QVERIFY(!restore.ok());
        QVERIFY2(restore.problems.join('\n').contains("no checksum"), qPrintable(restore.problems.join('\n')));
        entry.backupSha256 = steps::sha256("something else");
        restore = backendFor(entry.backend)->prepareRestore(host, state, entry);
        QVERIFY2(restore.problems.join('\n').contains("is not the one this program wrote"),
            qPrintable(restore.problems.join('\n')));
        entry.backupSha256 = steps::sha256(bundle);
        restore = backendFor(entry.backend)->prepareRestore(host, state, entry);
        QCOMPARE(restore.ok(), allowed);
        if (!allowed)
            QVERIFY2(restore.problems.join('\n').contains(path), qPrintable(restore.problems.join('\n')));
        // putBack() itself refuses too, before it writes anything (a zone file is one of the files it may write, for
        // firewalld's restore).
        const bool anyBackend = allowed || path == "/etc/firewalld/zones/public.xml";
        QString error;
        QCOMPARE(steps::putBack(host, {{path, true, "x"}}, &error), anyBackend);
        QCOMPARE(host.files.contains(path), anyBackend);
        if (!anyBackend)
            QVERIFY2(error.contains(path), qPrintable(error));
    }

    void nftablesLoadsOnlyTheBackupItWrote()
    {
        FakeHost host;
        AppliedEntry entry;
        entry.backend = BackendId::Nftables;
        entry.backupPath = "/s/backups/20240517-093000-000-nftables.nft";
        const QByteArray ours = "table inet filter {\n}\n";
        host.files.insert(entry.backupPath, ours);
        entry.backupSha256 = steps::sha256(ours);
        FirewallState state;
        PreparedChange restore = nftables::backend().prepareRestore(host, state, entry);
        QVERIFY2(restore.ok(), qPrintable(restore.problems.join('\n')));
        QString error;
        QVERIFY(restore.steps.first().run(host, &error));
        QCOMPARE(host.calls.last().input, QByteArray("flush ruleset\n") + ours);
        // Swapped by someone: refused.
        host.files.insert(entry.backupPath, "flush ruleset\n");
        restore = nftables::backend().prepareRestore(host, state, entry);
        QVERIFY(!restore.ok());
        QVERIFY2(restore.problems.first().contains("is not the one this program wrote"),
            qPrintable(restore.problems.first()));
    }

    void backupStepsRecordTheChecksumOfWhatTheyWrote()
    {
        FakeHost host;
        host.files.insert("/etc/ufw/user.rules", "*filter\n");
        auto digest = std::make_shared<QString>();
        const Step backup = steps::backupFiles({"/etc/ufw/user.rules"}, "/s/backups/b.json", digest);
        QString error;
        QVERIFY2(backup.run(host, &error), qPrintable(error));
        QCOMPARE(*digest, steps::sha256(host.files.value("/s/backups/b.json")));
    }

    void durableWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("record.json");
        QString error;
        QVERIFY2(writeFileDurably(path, "one\n", &error), qPrintable(error));
        QVERIFY2(writeFileDurably(path, "two\n", &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("two\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {"record.json"});
        QVERIFY(!writeFileDurably(dir.filePath("none/record.json"), "x", &error));
        QVERIFY2(error.contains(dir.filePath("none/record.json")) && error.contains("No such file"), qPrintable(error));
        // A symbolic link is not followed.
        QVERIFY(QFile::link(path, dir.filePath("link")));
        QVERIFY(!writeFileDurably(dir.filePath("link"), "x", &error));
        QVERIFY2(error.contains("not a regular file"), qPrintable(error));
    }

    void toolsRunInEnglish()
    {
        qputenv("LANGUAGE", "de:es");
        qputenv("LC_ALL", "de_DE.UTF-8");
        const QProcessEnvironment environment = toolEnvironment();
        QCOMPARE(environment.value("LC_ALL"), QStringLiteral("C"));
        QVERIFY(!environment.contains("LANGUAGE"));
        SystemHost host;
        const RunResult r = host.run("sh", {"-c", "echo \"$LC_ALL|${LANGUAGE-unset}\""});
        QCOMPARE(r.out, QByteArray("C|unset\n"));
        qunsetenv("LANGUAGE");
        qputenv("LC_ALL", "C.UTF-8");
    }

    void oneLockPerMachine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("firewall-wizard.lock");
        MachineLock first(path);
        QString error;
        QVERIFY2(first.acquire("apply", 0, &error), qPrintable(error));
        MachineLock second(path);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!second.acquire("revert", 300, &error));
        QVERIFY(clock.elapsed() >= 300);
        QVERIFY2(error.contains(QStringLiteral("apply, process %1").arg(QCoreApplication::applicationPid())),
            qPrintable(error));
        first.release();
        QVERIFY2(second.acquire("revert", 300, &error), qPrintable(error));
        QVERIFY(second.isHeld());
        // A lock file that others may write is refused.
        second.release();
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::WriteOther));
        QVERIFY(!second.acquire("apply", 0, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
    }

    void nftablesScriptAndRevert()
    {
        const QByteArray json = R"({"nftables":[{"metainfo":{"json_schema_version":1}},
            {"table":{"family":"inet","name":"filter","handle":1}},
            {"chain":{"family":"inet","table":"filter","name":"input","handle":1,"type":"filter","hook":"input","prio":0,"policy":"drop"}},
            {"rule":{"family":"inet","table":"filter","chain":"input","handle":4,"expr":[{"match":{"op":"==","left":{"payload":{"protocol":"tcp","field":"dport"}},"right":22}},{"accept":null}]}},
            {"rule":{"family":"inet","table":"filter","chain":"input","handle":5,"expr":[{"counter":null},{"drop":null}]}}]})";
        FirewallState state;
        state.governing = BackendId::Nftables;
        state.nftables.installed = state.nftables.readable = true;
        QString error;
        QVERIFY(state.nftables.ruleset.parse(json, &error));
        FakeHost host;
        ApplySettings settings;
        settings.stateDir = "/s";
        settings.user = "tester";
        const PreparedChange change = prepareApply(host, state, ts365Server(), settings);
        QVERIFY(change.ok());
        QCOMPARE(change.steps.size(), 4);
        QCOMPARE(change.steps.at(1).preview.section('\n', 1),
            QStringLiteral("# Firewall Setup Wizard: timeSensor LEGAL, timeSensor LEGAL 365, Server\n"
                           "# One transaction: all of it takes effect, or nothing does.\n"
                           "\n"
                           "add chain inet filter fwwizard_timesensor_legal_server_in\n"
                           "flush chain inet filter fwwizard_timesensor_legal_server_in\n"
                           "# 365-data-tcp-in: Encrypted traffic between the client applications and the server: "
                           "clients connect to the server on these TCP ports.\n"
                           "# 365-data-quic-in: Encrypted traffic between the client applications and the server over "
                           "QUIC (UDP): clients reach the server on this port.\n"
                           "add rule inet filter fwwizard_timesensor_legal_server_in tcp dport 19812-19814 accept "
                           "comment \"365-data-tcp-in\"\n"
                           "add rule inet filter fwwizard_timesensor_legal_server_in udp dport 19813 accept comment "
                           "\"365-data-quic-in\"\n"
                           "insert rule inet filter input handle 5 jump fwwizard_timesensor_legal_server_in comment "
                           "\"firewall-wizard:timesensor-legal:server\"\n"
                           "EOF"));
        QCOMPARE(change.entry.user, QStringLiteral("tester"));
        QCOMPARE(change.entry.rules,
            (QStringList {"in tcp 19812-19814 (365-data-tcp-in)", "in udp 19813 (365-data-quic-in)"}));
        QVERIFY(change.entry.backupPath.startsWith(QLatin1String("/s/backups/")));
        QVERIFY(change.entry.backupPath.endsWith(QLatin1String("-nftables.nft")));
        QVERIFY(previewText(change).contains(QLatin1String("insert rule inet filter input handle 5 jump")));
    }

    void firewalldCommands()
    {
        FakeHost host;
        host.programs = {"firewall-cmd", "firewall-offline-cmd"};
        host.answer("firewall-cmd --info-service=", FakeHost::fail("INVALID_SERVICE", 101));
        ApplySettings settings;
        settings.stateDir = "/s";
        const FirewallState state = firewalldState();
        const PreparedChange change = prepareApply(host, state, ts365Server(), settings);
        QVERIFY2(change.ok(), qPrintable(change.problems.join('\n')));
        const QString service = QStringLiteral("fwwizard-timesensor-legal-server");
        QCOMPARE(previews(change),
            (QStringList {
                "backup: save /etc/firewalld/zones/public.xml /etc/firewalld/services/" + service + ".xml to "
                    + change.entry.backupPath,
                "service-file: cat > /etc/firewalld/services/" + service + ".xml <<'EOF'",
                "reload: firewall-cmd --reload",
                "zone-permanent: firewall-cmd --permanent --zone=public --add-service=" + service,
                "zone-runtime: firewall-cmd --zone=public --add-service=" + service,
                "verify: firewall-cmd --permanent --zone=public --list-all",
                "record: update /s/applied.json",
            }));
        QVERIFY(change.notes.join('\n').contains(QLatin1String("zone public, the zone of the interface eth0")));
        QCOMPARE(change.entry.objects.value("zone").toString(), QStringLiteral("public"));

        // A failure half-way undoes what ran, in reverse: the permanent zone entry, then the service file (reloaded).
        host.calls.clear();
        host.answer("firewall-cmd --zone=public --add-service=", FakeHost::fail("Error: something"));
        const ChangeOutcome failed = runChange(host, change);
        QVERIFY(!failed.ok && failed.rolledBack);
        QCOMPARE(failed.failedStep, QStringLiteral("zone-runtime"));
        QCOMPARE(host.lines(),
            (QStringList {"firewall-cmd --reload", "firewall-cmd --permanent --zone=public --add-service=" + service,
                "firewall-cmd --zone=public --add-service=" + service,
                "firewall-cmd --permanent --zone=public --remove-service=" + service, "firewall-cmd --reload"}));
        QVERIFY(!host.files.contains("/etc/firewalld/services/" + service + ".xml"));
        QVERIFY(!host.files.contains("/s/applied.json"));

        // All goes well when both sides read back the service and its ports.
        host.answers.clear();
        host.answer("firewall-cmd --info-service=", FakeHost::fail("INVALID_SERVICE", 101));
        const QByteArray listing
            = "public (active)\n  interfaces: eth0\n  services: ssh " + service.toUtf8() + "\n  rich rules: \n";
        host.answer("firewall-cmd --permanent --zone=public --list-all", FakeHost::ok(listing));
        host.answer("firewall-cmd --zone=public --list-all", FakeHost::ok(listing));
        host.answer("firewall-cmd --permanent --info-service=" + service,
            FakeHost::ok("x\n  ports: 19813/udp 19812-19814/tcp\n"));
        host.answer("firewall-cmd --info-service=" + service, FakeHost::ok("x\n  ports: 19812-19814/tcp 19813/udp\n"));
        const ChangeOutcome outcome = runChange(host, change);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        const QByteArray xml = host.files.value("/etc/firewalld/services/" + service + ".xml");
        QVERIFY(xml.contains("<port port=\"19812-19814\" protocol=\"tcp\"/>"));
        QVERIFY(host.files.value("/s/applied.json").contains("\"zone\": \"public\""));
    }

    void firewalldRefusesAReloadThatWouldLoseRuntimeChanges()
    {
        FakeHost host;
        host.programs = {"firewall-cmd"};
        FirewallState state = firewalldState();
        state.firewalld.runtime[1].normalized += "ports: 8443/tcp\n";
        state.firewalld.differences = firewalld::compareZones(state.firewalld.runtime, state.firewalld.permanent);
        QCOMPARE(state.firewalld.differences, QStringList {"zone public: runtime has \"ports: 8443/tcp\""});
        ApplySettings settings;
        settings.stateDir = "/s";
        const PreparedChange change = prepareApply(host, state, ts365Server(), settings);
        QVERIFY(!change.ok());
        QVERIFY(change.problems.first().contains(QLatin1String("--runtime-to-permanent")));
        QVERIFY(change.steps.isEmpty());
    }

    void firewalldWarnsAboutAnotherZoneAndWorksOffline()
    {
        FakeHost host;
        host.programs = {"firewall-offline-cmd"};
        ApplySettings settings;
        settings.stateDir = "/s";
        settings.zone = "internal";
        settings.lan = "10.1.0.0/16";
        settings.backend = BackendId::Firewalld;
        const Plan classic = planFor(Selection {"timesensor-legal", "", "server", "classic", {}, {}});
        const PreparedChange change = prepareApply(host, firewalldState(false), classic, settings);
        QVERIFY2(change.ok(), qPrintable(change.problems.join('\n')));
        QVERIFY2(
            change.notes.join('\n').contains(QLatin1String("not in internal")), qPrintable(change.notes.join('\n')));
        QVERIFY(change.notes.join('\n').contains(QLatin1String("firewall-offline-cmd")));
        // LAN-only rules become rich rules; offline there is no reload and no runtime side.
        QCOMPARE(previews(change).mid(1, 1),
            QStringList {
                "rich-rule-permanent: firewall-offline-cmd --zone=internal '--add-rich-rule=rule family=\"ipv4\" "
                "source address=\"10.1.0.0/16\" port port=\"19812-19814\" protocol=\"tcp\" accept'"});
        QVERIFY(!previews(change).join('\n').contains(QLatin1String("--reload")));
        QVERIFY(!previews(change).join('\n').contains(QLatin1String("--permanent")));
    }

    void firewalldZoneParsing()
    {
        const QList<FirewalldZone> zones = firewalld::parseZones(QString::fromUtf8(kZones));
        QCOMPARE(zones.size(), 2);
        QCOMPARE(zones.at(1).name, QStringLiteral("public"));
        QVERIFY(zones.at(1).active);
        QCOMPARE(zones.at(1).interfaces, QStringList {"eth0"});
        QCOMPARE(zones.at(1).services, (QStringList {"dhcpv6-client", "ssh"}));
        QCOMPARE(zones.at(1).richRules,
            QStringList {
                "rule family=\"ipv4\" source address=\"10.0.0.0/8\" port port=\"80\" protocol=\"tcp\" accept"});
        const FirewallState state = firewalldState();
        QCOMPARE(state.firewalld.zoneOfInterface("eth1"), QStringLiteral("internal"));
        QCOMPARE(state.firewalld.zoneOfInterface("wlan0"), QStringLiteral("public")); // the default zone
        // Interfaces bound at runtime only are no difference.
        QVERIFY(firewalld::compareZones(state.firewalld.runtime, state.firewalld.permanent).isEmpty());
    }

    void ufwCommands()
    {
        const Plan classic = planFor(Selection {"timesensor-legal", "", "server", "classic", {"email"}, {}});
        const QList<QStringList> args = ufw::allowArguments(classic, "192.168.10.0/24");
        QVERIFY(args.contains(QStringList {"in", "from", "192.168.10.0/24", "to", "any", "app",
            "fwwizard-timesensor-legal-classic-db-in", "comment", "classic-db-in"}));
        QVERIFY(args.contains(QStringList {
            "out", "from", "any", "to", "any", "app", "fwwizard-timesensor-legal-email-out", "comment", "email-out"}));

        FakeHost host;
        host.programs = {"ufw"};
        FirewallState state;
        state.governing = BackendId::Ufw;
        state.ufw.installed = state.ufw.statusReadable = state.ufw.active = true;
        ApplySettings settings;
        settings.stateDir = "/s";
        const PreparedChange change = prepareApply(host, state, ts365Server(), settings);
        QVERIFY2(change.ok(), qPrintable(change.problems.join('\n')));
        const QStringList p = previews(change);
        QCOMPARE(p.at(1),
            QStringLiteral("profile-file: cat > /etc/ufw/applications.d/fwwizard-timesensor-legal-server <<'EOF'"));
        QVERIFY(p.contains("rule: ufw allow in from any to any app fwwizard-timesensor-legal-365-data-tcp-in comment "
                           "365-data-tcp-in"));
        QVERIFY(p.contains("rule: ufw allow out from any to any app fwwizard-timesensor-legal-365-license-out comment "
                           "365-license-out"));
        QVERIFY(change.steps.at(1).preview.contains(QLatin1String("ports=19812:19814/tcp")));

        // A rule ufw has already survives the undo: it is not among the steps.
        host.files.insert("/etc/ufw/applications.d/fwwizard-timesensor-legal-server", "x");
        host.answer("ufw --dry-run allow in from any to any app fwwizard-timesensor-legal-365-data-tcp-in",
            FakeHost::ok("Skipping adding existing rule\n"));
        const PreparedChange again = prepareApply(host, state, ts365Server(), settings);
        QVERIFY(!previews(again).join('\n').contains(
            QLatin1String("app fwwizard-timesensor-legal-365-data-tcp-in comment")));
        QVERIFY(previews(again).join('\n').contains(
            QLatin1String("app fwwizard-timesensor-legal-365-data-quic-in comment")));
    }

    void windowsCommands()
    {
        QCOMPARE(windows::runScriptArguments("C:\\State\\x.ps1"),
            (QStringList {"-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass", "-File", "C:\\State\\x.ps1"}));
        QCOMPARE(windows::removeGroupArguments("Firewall Setup Wizard: o'brien server").last(),
            QStringLiteral("Get-NetFirewallRule -Group 'Firewall Setup Wizard: o''brien server' -ErrorAction "
                           "SilentlyContinue | Remove-NetFirewallRule"));
        QCOMPARE(windows::exportPolicyArguments("/s/backups/1-windows.wfw").mid(0, 2),
            (QStringList {"advfirewall", "export"}));
        FakeHost host;
        ApplySettings settings;
        settings.stateDir = "/s";
        settings.backend = BackendId::Windows;
        const Plan plan = planFor(Selection {"palisade", "7", "server", "", {}, {}});
        const PreparedChange change = prepareApply(host, FirewallState(), plan, settings);
        QVERIFY2(change.ok(), qPrintable(change.problems.join('\n')));
        const QStringList p = previews(change);
        QVERIFY(p.at(0).startsWith(QLatin1String("backup: netsh advfirewall export /s/backups/")));
        QCOMPARE(p.at(2),
            QStringLiteral("script-run: powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -File "
                           "/s/scripts/fwwizard-palisade-server.ps1"));
        QCOMPARE(
            change.entry.objects.value("group").toString(), QStringLiteral("Firewall Setup Wizard: palisade server"));
        QCOMPARE(change.entry.rules.size(), plan.rules.size());
#ifndef Q_OS_WIN
        QVERIFY(!backendRunsHere(BackendId::Windows));
        QVERIFY(backendRunsHere(BackendId::Nftables));
#endif
    }

    void elevationCommands()
    {
        QCOMPARE(elevation::pkexecApply("/usr/bin/firewall-wizard", "/tmp/p.fwplan", BackendId::Nftables, 60),
            (QStringList {"pkexec", "/usr/bin/firewall-wizard", "apply", "--plan-file", "/tmp/p.fwplan", "--backend",
                "nftables", "--yes", "--confirm-within", "60"}));
        QCOMPARE(elevation::pkexecApply(
                     "/usr/bin/firewall-wizard", "/tmp/p.fwplan", BackendId::Invalid, 0, {"--lang", "de"}),
            (QStringList {"pkexec", "/usr/bin/firewall-wizard", "apply", "--plan-file", "/tmp/p.fwplan", "--yes",
                "--confirm-within", "0", "--lang", "de"}));
        QCOMPARE(elevation::pkexecRevert("/usr/bin/firewall-wizard", BackendId::Ufw),
            (QStringList {"pkexec", "/usr/bin/firewall-wizard", "revert", "--backend", "ufw", "--yes"}));
        const QString why = elevation::explanation(elevation::pkexecRevert("/usr/bin/firewall-wizard", BackendId::Ufw));
        QVERIFY(why.contains(QLatin1String("'pkexec' '/usr/bin/firewall-wizard' 'revert'")));
    }

    void confirmControllerRollsBackByItself()
    {
        int rollbacks = 0;
        ConfirmController controller([&rollbacks](QString *) {
            ++rollbacks;
            return true;
        });
        QSignalSpy seconds(&controller, &ConfirmController::secondsLeft);
        QSignalSpy rolled(&controller, &ConfirmController::rolledBack);
        QSignalSpy kept(&controller, &ConfirmController::confirmed);
        QElapsedTimer clock;
        clock.start();
        controller.start(2);
        QVERIFY(controller.isPending());
        QCOMPARE(controller.remainingSeconds(), 2);
        QVERIFY(rolled.wait(5000));
        QVERIFY(clock.elapsed() >= 1900);
        QCOMPARE(rollbacks, 1);
        QCOMPARE(kept.count(), 0);
        QVERIFY(!controller.isPending());
        QVERIFY(controller.rollbackError().isEmpty());
        QCOMPARE(seconds.first().first().toInt(), 2);
        QCOMPARE(seconds.last().first().toInt(), 0);
        controller.confirm(); // too late: ignored
        QCOMPARE(kept.count(), 0);
    }

    void confirmControllerKeepsWhenConfirmed()
    {
        int rollbacks = 0;
        ConfirmController controller([&rollbacks](QString *error) {
            ++rollbacks;
            *error = QStringLiteral("no");
            return false;
        });
        QSignalSpy kept(&controller, &ConfirmController::confirmed);
        QSignalSpy rolled(&controller, &ConfirmController::rolledBack);
        controller.start(1);
        controller.confirm();
        QCOMPARE(kept.count(), 1);
        QTest::qWait(1500);
        QCOMPARE(rolled.count(), 0);
        QCOMPARE(rollbacks, 0);
        // Rolling back at once, and a failing rollback is reported.
        controller.start(60);
        controller.rollBackNow();
        QCOMPARE(rolled.count(), 1);
        QCOMPARE(rollbacks, 1);
        QCOMPARE(controller.rollbackError(), QStringLiteral("no"));
    }

    void diagnosticWarnings()
    {
        FirewallState state = firewalldState();
        AppliedEntry entry;
        entry.backend = BackendId::Firewalld;
        entry.title = "timeSensor";
        entry.objects = QJsonObject {{"zone", "internal"}, {"interface", "eth0"}};
        AppliedRecord record;
        record.entries << entry;
        QList<DiagnosticWarning> warnings = fw::diagnosticWarnings(state, record);
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().id, QStringLiteral("zone-mismatch"));
        QVERIFY(warnings.first().text.contains(QLatin1String("zone public now")));

        state.firewalld.differences = {"zone public: runtime has \"ports: 8443/tcp\""};
        state.docker = true;
        state.dockerEvidence = "Docker is installed";
        state.ufw.enabledInConfig = true;
        warnings = fw::diagnosticWarnings(state, AppliedRecord());
        QStringList ids;
        for (const DiagnosticWarning &w : warnings)
            ids << w.id;
        QCOMPARE(ids, (QStringList {"runtime-permanent-differ", "docker", "several-firewalls"}));

        FirewallState nft;
        nft.nftables.readable = true;
        AppliedEntry gone;
        gone.backend = BackendId::Nftables;
        gone.product = "palisade";
        gone.role = "server";
        AppliedRecord goneRecord;
        goneRecord.entries << gone;
        QCOMPARE(fw::diagnosticWarnings(nft, goneRecord).first().id, QStringLiteral("applied-gone"));
    }

    void diagnosticsHoldNothingSecret()
    {
        FakeHost host;
        host.files.insert("/s/last-check.json",
            R"({"results": [{"host": "10.0.0.1", "port": 19812, "protocol": "tcp", "status": "open"}]})");
        host.files.insert("/log", "one\ntwo\nthree\n");
        DiagnosticsInput input;
        input.programVersion = "0.1.0";
        input.stateDir = "/s";
        input.logPath = "/log";
        input.logLines = 2;
        qputenv("FWA_SECRET_TOKEN", "hunter2");
        const Diagnostics d = collectDiagnostics(host, input);
        const QString text = diagnosticsText(d);
        QVERIFY(text.contains(QLatin1String("10.0.0.1 19812/tcp: open")));
        QVERIFY(text.contains(QLatin1String("  two\n  three\n")));
        QVERIFY(!text.contains(QLatin1String("  one\n")));
        QVERIFY(!text.contains(QLatin1String("hunter2")));
        const QJsonObject json = diagnosticsJson(d);
        QCOMPARE(json.value("lastCheck").toObject().value("results").toArray().size(), 1);
        QCOMPARE(json.value("log").toObject().value("lines").toArray().size(), 2);
        QVERIFY(json.value("firewall").toObject().contains("governing"));
    }
};

QTEST_GUILESS_MAIN(tst_ApplySteps)
#include "tst_applysteps.moc"
