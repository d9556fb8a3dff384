// The nftables back end end to end: the real firewall-wizard applies, re-applies, replaces, fails half-way,
// waits for confirmation and reverts inside a server namespace whose ruleset drops by default, while a client
// namespace checks which ports it really reaches.
#include "ApplyLab.h"
#include "SkipOrFail.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace {

// A typical default-drop ruleset, as a Debian admin writes /etc/nftables.conf: replies, loopback, ping and SSH.
const char *const kTypical = R"(flush ruleset
table inet filter {
	chain input {
		type filter hook input priority filter; policy drop;
		ct state established,related accept
		iif "lo" accept
		meta l4proto { icmp, ipv6-icmp } accept
		tcp dport 22 accept
	}

	chain forward {
		type filter hook forward priority filter; policy drop;
	}

	chain output {
		type filter hook output priority filter; policy accept;
	}
}
)";

// iptables-nft style: an ip table whose input chain accepts by policy but ends with a logged drop.
const char *const kFinalDrop = R"(flush ruleset
table ip filter {
	chain INPUT {
		type filter hook input priority filter; policy accept;
		ct state established,related accept
		iifname "lo" accept
		tcp dport 22 accept
		log prefix "dropped: "
		drop
	}
}
)";

// Outgoing connections filtered too: the plan's outbound rules need a chain of ours there as well.
const char *const kOutputDrop = R"(flush ruleset
table inet filter {
	chain input {
		type filter hook input priority filter; policy drop;
		ct state established,related accept
		iif "lo" accept
		tcp dport 22 accept
	}

	chain output {
		type filter hook output priority filter; policy drop;
		ct state established,related accept
		oif "lo" accept
	}
}
)";

// Two tables that both filter input: an accept in one does not override a drop in the other.
const char *const kTwoTables = R"(flush ruleset
table inet filter {
	chain input {
		type filter hook input priority filter; policy drop;
		ct state established,related accept
		iif "lo" accept
		tcp dport 22 accept
	}
}
table ip site {
	chain screen {
		type filter hook input priority 10; policy drop;
		ct state established,related accept
		iifname "lo" accept
		tcp dport 22 accept
	}
}
)";

const QStringList kSpecs {"tcp/22", "tcp/8080", "tcp/19811", "tcp/19812", "tcp/19813", "tcp/19814", "tcp/19815",
    "tcp/27000", "tcp/27001", "tcp/27002", "udp/19813", "udp/19814"};
const QStringList kTs365 {"--product", "timesensor-legal", "--role", "server", "--deployment", "365"};
const QStringList kTs365Open {"tcp/22", "tcp/19812", "tcp/19813", "tcp/19814", "udp/19813"};
const QStringList kPalisade {"--product", "palisade", "--role", "server", "--version", "8"};

/// The ruleset without our chains and our tagged jumps: what must equal the ruleset before the apply.
QString withoutOurs(const QString &ruleset)
{
    QStringList out;
    bool skip = false;
    const QStringList lines = ruleset.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("\tchain fwwizard_"))) {
            skip = true;
            if (!out.isEmpty() && out.last().isEmpty())
                out.removeLast();
            continue;
        }
        if (skip) {
            skip = line != QLatin1String("\t}");
            continue;
        }
        if (line.contains(QLatin1String("comment \"firewall-wizard:")))
            continue;
        out << line;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

class tst_ApplyNetns : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApplyLab> m_lab;
    QString m_base; ///< the ruleset as nft lists it before each test

    void load(const char *ruleset)
    {
        QString error;
        QVERIFY2(m_lab->loadRuleset(QString::fromUtf8(ruleset), &error), qPrintable(error));
        m_base = m_lab->ruleset();
    }
    QJsonObject record() const
    {
        QFile file(m_lab->stateDir() + QStringLiteral("/applied.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }
    int apply(const QStringList &selection, QByteArray *out = nullptr, const QStringList &more = {"--yes"},
        const QStringList &env = {})
    {
        QByteArray output;
        const int rc = m_lab->wizard(QStringList {"apply"} + selection + more, &output, env);
        if (out)
            *out = output;
        return rc;
    }
    int revert(QByteArray *out = nullptr, const QStringList &env = {})
    {
        QByteArray output;
        const int rc = m_lab->wizard({"revert", "--yes"}, &output, env);
        if (out)
            *out = output;
        return rc;
    }

    void writeRecord(const QJsonObject &root)
    {
        QFile file(m_lab->stateDir() + QStringLiteral("/applied.json"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
    }
    QStringList damagedRecords() const
    {
        return QDir(m_lab->stateDir()).entryList({QStringLiteral("applied.json.damaged-*")}, QDir::Files);
    }

    /// Starts an apply of TimeSensor 365 that waits @p seconds for its confirmation and reads what it says until
    /// @p marker (at most a minute, while it runs).
    QByteArray startWaitingApply(QProcess &wizard, int seconds, const QByteArray &marker)
    {
        wizard.setProcessChannelMode(QProcess::MergedChannels);
        m_lab->prepareWizard(wizard,
            QStringList {"apply"} + kTs365 + QStringList {"--yes", "--confirm-within", QString::number(seconds)});
        wizard.start();
        QByteArray seen;
        if (!wizard.waitForStarted(10000))
            return "(did not start)";
        QElapsedTimer clock;
        clock.start();
        while (!seen.contains(marker) && clock.elapsed() < 60000 && wizard.state() == QProcess::Running) {
            wizard.waitForReadyRead(1000);
            seen += wizard.readAll();
        }
        return seen;
    }

private slots:
    void initTestCase()
    {
        const QString reason = ApplyLab::unavailableReason({"setpriv"});
        if (!reason.isEmpty())
            FW_SKIP_OR_FAIL(qPrintable(reason));
        ApplyLab::removeStale();
        m_lab = std::make_unique<ApplyLab>(QStringLiteral("n"));
        QString error;
        QVERIFY2(m_lab->setUp(&error), qPrintable(error));
        QVERIFY2(m_lab->startListener(kSpecs, &error), qPrintable(error));
    }
    void cleanupTestCase() { m_lab.reset(); }
    void init()
    {
        // A legacy policy that a failed test left behind would drop every probe.
        m_lab->inServer({"iptables-legacy", "-P", "INPUT", "ACCEPT"});
        load(kTypical);
        QDir(m_lab->stateDir()).removeRecursively();
    }

    void beforeApplyOnlySshIsOpen() { QCOMPARE(m_lab->openOf(kSpecs), QStringList {"tcp/22"}); }

    void dryRunShowsAndChangesNothing()
    {
        QByteArray out;
        QCOMPARE(apply(kTs365, &out, {"--dry-run"}), 0);
        QVERIFY2(out.contains("Firewall that governs this machine: nftables"), out.constData());
        QVERIFY2(out.contains("add rule inet filter fwwizard_timesensor_legal_server_in tcp dport 19812-19814 accept"),
            out.constData());
        QVERIFY2(out.contains("add rule inet filter input jump fwwizard_timesensor_legal_server_in comment "
                              "\"firewall-wizard:timesensor-legal:server\""),
            out.constData());
        QVERIFY(out.contains("Dry run: nothing was changed."));
        QCOMPARE(m_lab->ruleset(), m_base);
        QVERIFY(!QFile::exists(m_lab->stateDir() + QStringLiteral("/applied.json")));
    }

    void refusesWithoutYesOrRoot()
    {
        QByteArray out;
        // ctest's standard input is no terminal, so there is nobody to ask.
        QCOMPARE(apply(kTs365, &out, {}), 2);
        QVERIFY2(out.contains("--dry-run") && out.contains("--yes"), out.constData());
        QCOMPARE(m_lab->inServer(
                     {"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", qEnvironmentVariable("FW_BINARY"),
                         "apply", "--product", "timesensor-legal", "--role", "server", "--deployment", "365", "--yes"},
                     &out),
            2);
        QVERIFY2(out.contains("needs root: run it with sudo or pkexec"), out.constData());
        QCOMPARE(m_lab->ruleset(), m_base);
    }

    void applyOpensExactlyThePlanAndRevertRestores()
    {
        QByteArray out;
        QVERIFY2(apply(kTs365, &out) == 0, out.constData());
        const QString applied = m_lab->ruleset();
        QCOMPARE(m_lab->openOf(kSpecs), kTs365Open);
        // Nothing of the host's changed: without our chain and our one jump, the ruleset is the one before.
        QCOMPARE(withoutOurs(applied), m_base);
        QVERIFY(applied.contains(QLatin1String(
            "jump fwwizard_timesensor_legal_server_in comment \"firewall-wizard:timesensor-legal:server\"")));

        const QJsonArray entries = record().value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 1);
        const QJsonObject entry = entries.first().toObject();
        QCOMPARE(entry.value("backend").toString(), QStringLiteral("nftables"));
        QCOMPARE(entry.value("product").toString(), QStringLiteral("timesensor-legal"));
        QCOMPARE(entry.value("user").toString().left(4), QStringLiteral("root"));
        QVERIFY(entry.value("planFile").toString().contains(QLatin1String("\"timesensor-legal\"")));
        // Root's state folder, whatever XDG_DATA_HOME says: nothing went into the home the lab gave the program.
        const QString backupPath = entry.value("backup").toString();
        QVERIFY2(backupPath.startsWith(QLatin1String("/var/lib/firewall-wizard/backups/")), qPrintable(backupPath));
        QVERIFY2(m_lab->homeFiles().isEmpty(), qPrintable(m_lab->homeFiles().join(QLatin1Char(' '))));
        QFile backup(m_lab->stateDir() + backupPath.mid(int(qstrlen("/var/lib/firewall-wizard"))));
        QVERIFY2(backup.open(QIODevice::ReadOnly), qPrintable(backup.fileName()));
        QCOMPARE(QString::fromUtf8(backup.readAll()), m_base);

        // The same plan again changes nothing.
        QVERIFY2(apply(kTs365, &out) == 0, out.constData());
        QCOMPARE(m_lab->ruleset(), applied);
        QCOMPARE(record().value(QStringLiteral("entries")).toArray().size(), 1);

        QVERIFY2(revert(&out) == 0, out.constData());
        QCOMPARE(m_lab->ruleset(), m_base); // byte for byte
        QCOMPARE(m_lab->openOf(kSpecs), QStringList {"tcp/22"});
        QCOMPARE(record().value(QStringLiteral("entries")).toArray().size(), 0);
    }

    void differentPlanReplacesTheOldOne()
    {
        QByteArray out;
        QVERIFY2(apply(kPalisade + QStringList {"--set", "vendor-port=27001"}, &out) == 0, out.constData());
        QCOMPARE(m_lab->openOf(kSpecs), (QStringList {"tcp/22", "tcp/27000", "tcp/27001"}));
        QVERIFY2(apply(kPalisade + QStringList {"--set", "vendor-port=27002"}, &out) == 0, out.constData());
        QCOMPARE(m_lab->openOf(kSpecs), (QStringList {"tcp/22", "tcp/27000", "tcp/27002"}));
        QCOMPARE(m_lab->ruleset().count(QLatin1String("comment \"firewall-wizard:palisade:server\"")), 1);
        // Another product's apply stands beside it; revert removes both.
        QVERIFY2(apply(kTs365, &out) == 0, out.constData());
        QCOMPARE(m_lab->openOf(kSpecs),
            (QStringList {"tcp/22", "tcp/19812", "tcp/19813", "tcp/19814", "tcp/27000", "tcp/27002", "udp/19813"}));
        QVERIFY2(revert(&out) == 0, out.constData());
        QCOMPARE(m_lab->ruleset(), m_base);
    }

    void failureHalfWayLeavesTheRulesetAsItWas_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<bool>("earlierApply");
        for (const char *step : {"backup", "transaction", "verify", "record"}) {
            QTest::newRow(step) << QString::fromLatin1(step) << false;
            QTest::newRow(qPrintable(QStringLiteral("%1, replacing an earlier apply").arg(QLatin1String(step))))
                << QString::fromLatin1(step) << true;
        }
    }
    void failureHalfWayLeavesTheRulesetAsItWas()
    {
        QFETCH(QString, step);
        QFETCH(bool, earlierApply);
        QByteArray out;
        if (earlierApply) {
            QVERIFY2(apply(kPalisade + QStringList {"--set", "vendor-port=27001"}, &out) == 0, out.constData());
            QVERIFY2(apply(kTs365, &out) == 0, out.constData());
        }
        const QString before = m_lab->ruleset();
        const QByteArray recordBefore = QJsonDocument(record()).toJson();
        QCOMPARE(apply(kPalisade + QStringList {"--set", "vendor-port=27002"}, &out, {"--yes"},
                     {QStringLiteral("FW_TEST_FAIL_STEP=") + step}),
            3);
        QVERIFY2(
            out.contains("apply failed at the step") && out.contains("the firewall is as it was"), out.constData());
        QCOMPARE(m_lab->ruleset(), before);
        QCOMPARE(QJsonDocument(record()).toJson(), recordBefore);
        if (earlierApply) {
            QVERIFY(m_lab->openOf(kSpecs).contains(QStringLiteral("tcp/27001")));
            QVERIFY2(revert(&out) == 0, out.constData());
        }
        QCOMPARE(m_lab->ruleset(), m_base);
    }

    // The installed program has no test hook: with FW_TEST_FAIL_STEP set it applies, where the test build fails at
    // that step (failureHalfWayLeavesTheRulesetAsItWas).
    void installedProgramIgnoresTheTestHook()
    {
        QByteArray out;
        QCOMPARE(m_lab->inServer(QStringList {qEnvironmentVariable("FW_BINARY_TESTHOOKS"), "apply"} + kTs365
                         + QStringList {"--yes"},
                     &out, {}, 240000, {"FW_TEST_FAIL_STEP=transaction"}),
            3);
        QCOMPARE(m_lab->ruleset(), m_base);
        QVERIFY2(
            m_lab->inServer(QStringList {qEnvironmentVariable("FW_BINARY"), "apply"} + kTs365 + QStringList {"--yes"},
                &out, {}, 240000, {"FW_TEST_FAIL_STEP=transaction"})
                == 0,
            out.constData());
        QCOMPARE(m_lab->openOf(kSpecs), kTs365Open);
        QVERIFY2(revert(&out) == 0, out.constData());
        QCOMPARE(m_lab->ruleset(), m_base);
    }

    void confirmTimerRollsBackByItself()
    {
        QProcess wizard;
        // Standard input stays open and silent: nobody confirms.
        QByteArray seen = startWaitingApply(wizard, 3, "Keep it?");
        QVERIFY2(seen.contains("Keep it?"), seen.constData());
        QVERIFY(m_lab->openOf(kSpecs).contains(QStringLiteral("tcp/19812"))); // applied meanwhile
        QVERIFY(wizard.waitForFinished(30000));
        seen += wizard.readAll();
        QCOMPARE(wizard.exitCode(), 3);
        QVERIFY2(seen.contains("Not confirmed: the change was rolled back"), seen.constData());
        QVERIFY2(seen.contains("confirm-pending 3\n"), seen.constData());
        QCOMPARE(m_lab->ruleset(), m_base);
        QCOMPARE(m_lab->openOf(kSpecs), QStringList {"tcp/22"});
        QCOMPARE(record().value(QStringLiteral("entries")).toArray().size(), 0);
    }

    void confirmationKeepsTheChange()
    {
        QProcess wizard;
        QByteArray seen = startWaitingApply(wizard, 30, "Keep it?");
        wizard.write("yes\n");
        QVERIFY(wizard.waitForFinished(30000));
        seen += wizard.readAll();
        QVERIFY2(wizard.exitCode() == 0 && seen.contains("Kept."), seen.constData());
        QCOMPARE(m_lab->openOf(kSpecs), kTs365Open);
        QByteArray out;
        QVERIFY2(revert(&out) == 0, out.constData());
        QCOMPARE(m_lab->ruleset(), m_base);
    }

    void confirmationFromAnotherShell()
    {
        QByteArray out;
        QCOMPARE(m_lab->wizard({"apply", "--confirm"}, &out), 2); // nothing waits
        QVERIFY2(out.contains("no apply is waiting for confirmation"), out.constData());
        QProcess wizard;
        // Its standard input stays silent: the answer comes from another process.
        QByteArray seen = startWaitingApply(wizard, 30, "confirm-pending");
        QVERIFY2(seen.contains("apply --confirm"), seen.constData());
        QVERIFY2(m_lab->wizard({"apply", "--confirm"}, &out) == 0, out.constData());
        QVERIFY2(out.contains("Confirmed: the waiting apply"), out.constData());
        QVERIFY(wizard.waitForFinished(30000));
        seen += wizard.readAll();
        QVERIFY2(wizard.exitCode() == 0 && seen.contains("Kept."), seen.constData());
        QVERIFY(!QFile::exists(m_lab->stateDir() + QStringLiteral("/confirm-pending")));
        QCOMPARE(m_lab->openOf(kSpecs), kTs365Open);
        QVERIFY2(revert(&out) == 0, out.constData());
        QCOMPARE(m_lab->ruleset(), m_base);
    }

    void whereNothingFiltersNothingChanges()
    {
        load("flush ruleset\ntable inet filter {\n\tchain input {\n\t\ttype filter hook input priority filter; policy "
             "accept;\n\t}\n}\n");
        QByteArray out;
        QVERIFY2(apply(kTs365, &out) == 0, out.constData());
        QVERIFY2(out.contains("Nothing filters incoming connections"), out.constData());
        QCOMPARE(m_lab->ruleset(), m_base);
        QVERIFY(!QFile::exists(m_lab->stateDir() + QStringLiteral("/applied.json")));
    }

    void otherRulesetShapes_data()
    {
        QTest::addColumn<QString>("ruleset");
        QTest::addColumn<QStringList>("jumps");
        QTest::newRow("ip table, final logged drop")
            << QString::fromUtf8(kFinalDrop) << QStringList {"ip filter INPUT"};
        QTest::newRow("two tables that both drop")
            << QString::fromUtf8(kTwoTables) << QStringList {"inet filter input", "ip site screen"};
        QTest::newRow("output filtered too")
            << QString::fromUtf8(kOutputDrop) << QStringList {"inet filter input", "inet filter output"};
    }
    void otherRulesetShapes()
    {
        QFETCH(QString, ruleset);
        QFETCH(QStringList, jumps);
        load(ruleset.toUtf8().constData());
        QCOMPARE(m_lab->openOf(kSpecs), QStringList {"tcp/22"});
        QByteArray out;
        QVERIFY2(apply(kTs365, &out) == 0, out.constData());
        const QString applied = m_lab->ruleset();
        QCOMPARE(applied.count(QLatin1String("comment \"firewall-wizard:timesensor-legal:server\"")), jumps.size());
        QCOMPARE(withoutOurs(applied), m_base);
        QCOMPARE(m_lab->openOf(kSpecs), kTs365Open);
        if (ruleset.contains(QLatin1String("log prefix"))) {
            // The jump goes before the logged drop, so that what we accept is not logged as dropped.
            QVERIFY(applied.indexOf(QLatin1String("jump fwwizard_")) < applied.indexOf(QLatin1String("log prefix")));
        }
        QVERIFY2(revert(&out) == 0, out.constData());
        QCOMPARE(m_lab->ruleset(), m_base);
    }

    void revertRestoresTheBackupWhereRemovingFails()
    {
        QByteArray out;
        QVERIFY2(apply(kTs365, &out) == 0, out.constData());
        // Someone else's rule now jumps to our chain, so the chain cannot be deleted.
        QCOMPARE(m_lab->inServer({"nft", "insert", "rule", "inet", "filter", "input", "jump",
                     "fwwizard_timesensor_legal_server_in"}),
            0);
        QVERIFY2(revert(&out) == 0, out.constData());
        QVERIFY2(out.contains("was put back instead"), out.constData());
        QCOMPARE(m_lab->ruleset(), m_base);
        QCOMPARE(record().value(QStringLiteral("entries")).toArray().size(), 0);
    }

    void revertFindsOurObjectsWithoutTheRecord()
    {
        QByteArray out;
        QVERIFY2(apply(kTs365, &out) == 0, out.constData());
        QVERIFY(QFile::remove(m_lab->stateDir() + QStringLiteral("/applied.json")));
        QVERIFY2(revert(&out) == 0, out.constData());
        QVERIFY2(out.contains("Found a jump tagged"), out.constData());
        QCOMPARE(m_lab->ruleset(), m_base);
    }

    void legacyIptablesThatDropsIsNamed()
    {
        if (m_lab->inServer({"iptables-legacy", "-P", "INPUT", "DROP"}) != 0)
            FW_SKIP_OR_FAIL("iptables-legacy cannot set a policy here");
        // The legacy ruleset drops beside the nftables one: applying to nftables is not enough, and the dry run says
        // so.
        QByteArray out;
        QCOMPARE(apply(kTs365, &out, {"--dry-run"}), 0);
        QVERIFY2(out.contains("iptables-legacy: iptables: INPUT policy DROP"), out.constData());
        QVERIFY2(out.contains("Warning: an iptables-legacy ruleset filters incoming connections too"), out.constData());
        // Where only the legacy ruleset filters, there is nothing this program may change: refused, nothing changed.
        load("flush ruleset\n");
        QCOMPARE(apply(kTs365, &out), 2);
        QVERIFY2(out.contains("an iptables-legacy ruleset filters incoming connections (iptables: INPUT policy DROP)"),
            out.constData());
        QCOMPARE(m_lab->ruleset(), m_base);
        QVERIFY(!QFile::exists(m_lab->stateDir() + QStringLiteral("/applied.json")));
        QCOMPARE(m_lab->inServer({"iptables-legacy", "-P", "INPUT", "ACCEPT"}), 0);
        QVERIFY2(apply(kTs365, &out, {"--dry-run"}) == 0 && !out.contains("iptables-legacy"), out.constData());
    }

    void recordNamingAHostChainIsSetAside()
    {
        // The host has a chain of its own in the same table (as sshguard makes one).
        load((QString::fromUtf8(kTypical) + QStringLiteral("table inet filter {\n\tchain sshguard {\n\t}\n}\n"))
                 .toUtf8()
                 .constData());
        QVERIFY(m_base.contains(QLatin1String("chain sshguard")));
        QByteArray out;
        QVERIFY2(apply(kTs365, &out) == 0, out.constData());
        QJsonObject root = record();
        QJsonArray entries = root.value("entries").toArray();
        QJsonObject entry = entries.first().toObject();
        QJsonObject objects = entry.value("objects").toObject();
        QJsonArray chains = objects.value("chains").toArray();
        chains.append(QJsonObject {{"family", "inet"}, {"table", "filter"}, {"name", "sshguard"}});
        objects.insert("chains", chains);
        entry.insert("objects", objects);
        entries.replace(0, entry);
        root.insert("entries", entries);
        writeRecord(root);
        // The record is not trusted: set aside, and our objects are found by their tags; the host's chain stays.
        QVERIFY2(revert(&out) == 0, out.constData());
        QVERIFY2(out.contains("sshguard") && out.contains("set aside"), out.constData());
        QCOMPARE(m_lab->ruleset(), m_base);
        QCOMPARE(damagedRecords().size(), 1);
    }

    void swappedBackupIsNotLoaded()
    {
        QByteArray out;
        QVERIFY2(apply(kTs365, &out) == 0, out.constData());
        // The record names the backup as the program sees it; the lab's folder is what it sees as root's state folder.
        QString backupPath = record().value("entries").toArray().first().toObject().value("backup").toString();
        backupPath.replace(QLatin1String("/var/lib/firewall-wizard"), m_lab->stateDir());
        QFile backup(backupPath);
        QVERIFY2(backup.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(backup.fileName()));
        backup.write("table inet swapped {\n}\n");
        backup.close();
        // Someone else's rule jumps to our chain, so that removing fails and the backup would be the fallback.
        QCOMPARE(m_lab->inServer({"nft", "insert", "rule", "inet", "filter", "input", "jump",
                     "fwwizard_timesensor_legal_server_in"}),
            0);
        const QString blocked = m_lab->ruleset();
        QCOMPARE(revert(&out), 3);
        QVERIFY2(out.contains("is not the one this program wrote"), out.constData());
        QCOMPARE(m_lab->ruleset(), blocked);
        QVERIFY(!m_lab->ruleset().contains(QLatin1String("swapped")));
    }

    void damagedRecordIsSetAsideNotADeadEnd()
    {
        QByteArray out;
        QVERIFY2(apply(kTs365, &out) == 0, out.constData());
        const QString applied = m_lab->ruleset();
        const QString path = m_lab->stateDir() + QStringLiteral("/applied.json");
        for (const QByteArray &damage : {QByteArray("{\"format\": \"firewall-wizard-applied\", \"entr"),
                 QByteArray("{\"format\": \"firewall-wizard-applied\", \"version\": 1, \"entries\": [{}]}")}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(damage);
            file.close();
            // apply goes on: the record is set aside and a new one written.
            const qsizetype before = damagedRecords().size();
            QVERIFY2(apply(kTs365, &out) == 0, out.constData());
            QVERIFY2(out.contains("set aside"), out.constData());
            QCOMPARE(damagedRecords().size(), before + 1);
            QCOMPARE(m_lab->ruleset(), applied);
            QCOMPARE(record().value("entries").toArray().size(), 1);
        }
        // revert too: our objects are found by their tags.
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("not json");
        file.close();
        QVERIFY2(revert(&out) == 0, out.constData());
        QVERIFY2(out.contains("set aside"), out.constData());
        QCOMPARE(m_lab->ruleset(), m_base);
        QCOMPARE(damagedRecords().size(), 3);
        QCOMPARE(record().value("entries").toArray().size(), 0);
    }

    void fullDiskChangesNothing_data()
    {
        QTest::addColumn<int>("freeBytes");
        QTest::addColumn<QString>("failing");
        // A tmpfs of 16 pages: all full, the backup cannot be written; one page free, the backup fits but the record
        // does not.
        QTest::newRow("no room for the backup") << 0 << "backups/";
        QTest::newRow("no room for the record") << 4096 << "applied.json";
    }
    void fullDiskChangesNothing()
    {
        QFETCH(int, freeBytes);
        QFETCH(QString, failing);
        QByteArray out;
        QVERIFY2(apply(kPalisade + QStringList {"--set", "vendor-port=27001"}, &out) == 0, out.constData());
        const QString before = m_lab->ruleset();
        const QByteArray recordBefore = QJsonDocument(record()).toJson();
        // A tmpfs mounted on the state folder (root's, as the program sees it in the lab) in a mount namespace of its
        // own, then filled: only this command sees it.
        const QString script
            = QStringLiteral("set -e; cp -a \"$0\" /tmp/fwa-state-$$; mount -t tmpfs -o size=64k tmpfs \"$0\"; "
                             "cp -a /tmp/fwa-state-$$/. \"$0\"/; rm -rf /tmp/fwa-state-$$; "
                             "avail=$(df -B1 --output=avail \"$0\" | tail -1); "
                             "head -c $((avail - %1)) /dev/zero > \"$0/fill\" || true; exec \"$@\"")
                  .arg(freeBytes);
        const int rc = m_lab->inServer(QStringList {"unshare", "-m", "sh", "-c", script, "/var/lib/firewall-wizard",
                                           qEnvironmentVariable("FW_BINARY"), "apply"}
                + kTs365 + QStringList {"--yes"},
            &out);
        QVERIFY2(rc == 3, out.constData());
        QVERIFY2(out.contains("No space left on device") && out.contains(failing.toUtf8()), out.constData());
        QCOMPARE(m_lab->ruleset(), before);
        QCOMPARE(QJsonDocument(record()).toJson(), recordBefore);
        QVERIFY2(revert(&out) == 0, out.constData());
        QCOMPARE(m_lab->ruleset(), m_base);
    }

    void secondApplyWaitsThenRefusesAndConfirmStillWorks()
    {
        QProcess first;
        QByteArray seen = startWaitingApply(first, 60, "confirm-pending");
        QVERIFY2(seen.contains("confirm-pending"), seen.constData());
        // The waiting apply holds the lock: another apply waits a few seconds, then says who holds it.
        QByteArray out;
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(apply(kPalisade + QStringList {"--set", "vendor-port=27001"}, &out), 3);
        QVERIFY(clock.elapsed() >= 4000);
        QVERIFY2(out.contains("(apply, process " + QByteArray::number(first.processId()) + ")")
                && out.contains("nothing was changed"),
            out.constData());
        QCOMPARE(revert(&out), 3);
        QVERIFY2(out.contains("(apply, process "), out.constData());
        // apply --confirm needs no lock: it keeps the waiting apply's change.
        QVERIFY2(m_lab->wizard({"apply", "--confirm"}, &out) == 0, out.constData());
        QVERIFY(first.waitForFinished(30000));
        seen += first.readAll();
        QVERIFY2(first.exitCode() == 0 && seen.contains("Kept."), seen.constData());
        QVERIFY(!m_lab->ruleset().contains(QLatin1String("palisade")));
        QCOMPARE(m_lab->openOf(kSpecs), kTs365Open);
        QVERIFY2(revert(&out) == 0, out.constData());
        QCOMPARE(m_lab->ruleset(), m_base);
    }

    void twoAppliesAtOnceAgree()
    {
        for (int trial = 0; trial < 10; ++trial) {
            QProcess a;
            QProcess b;
            for (QProcess *p : {&a, &b}) {
                p->setProcessChannelMode(QProcess::MergedChannels);
                m_lab->prepareWizard(*p, QStringList {"apply"} + kTs365 + QStringList {"--yes"});
            }
            a.start();
            b.start();
            for (QProcess *p : {&a, &b}) {
                QVERIFY(p->waitForFinished(120000));
                const QByteArray out = p->readAll();
                // Each either applied, or waited and then said who held the lock and that it changed nothing.
                QVERIFY2(p->exitCode() == 0 || (p->exitCode() == 3 && out.contains("is changing the firewall")),
                    out.constData());
            }
            QVERIFY(a.exitCode() == 0 || b.exitCode() == 0);
            // The record and the ruleset agree: one entry, and our one chain and jump in place.
            const QString applied = m_lab->ruleset();
            QCOMPARE(record().value("entries").toArray().size(), 1);
            QCOMPARE(applied.count(QLatin1String("comment \"firewall-wizard:timesensor-legal:server\"")), 1);
            QVERIFY(applied.contains(QLatin1String("chain fwwizard_timesensor_legal_server_in")));
            QCOMPARE(withoutOurs(applied), m_base);
            QByteArray out;
            QVERIFY2(revert(&out) == 0, out.constData());
            QCOMPARE(m_lab->ruleset(), m_base);
        }
    }

    void applyAndRevertInAnotherLanguage_data() { ApplyLab::addLocaleRows(); }
    void applyAndRevertInAnotherLanguage()
    {
        QStringList env;
        QString error;
        QVERIFY2(ApplyLab::rowLocale(&env, &error), qPrintable(error));
        QByteArray out;
        QVERIFY2(apply(kTs365, &out, {"--yes"}, env) == 0, out.constData());
        const QString applied = m_lab->ruleset();
        QCOMPARE(withoutOurs(applied), m_base);
        QCOMPARE(m_lab->openOf(kSpecs), kTs365Open);
        QVERIFY2(apply(kTs365, &out, {"--yes"}, env) == 0, out.constData());
        QCOMPARE(m_lab->ruleset(), applied);
        QVERIFY2(revert(&out, env) == 0, out.constData());
        QCOMPARE(m_lab->ruleset(), m_base);
    }

    void revertWithNothingAppliedChangesNothing()
    {
        QByteArray out;
        QVERIFY2(revert(&out) == 0, out.constData());
        QVERIFY2(out.contains("nothing to revert"), out.constData());
        QCOMPARE(m_lab->ruleset(), m_base);
    }
};

QTEST_GUILESS_MAIN(tst_ApplyNetns)
#include "tst_applynetns.moc"
