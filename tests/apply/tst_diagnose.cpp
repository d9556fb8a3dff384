// firewall-wizard diagnose in a namespace with each firewall state the tests can make: nothing that filters, a
// plain nftables ruleset (with and without what the program applied), firewalld running (with a runtime-only
// change) and stopped, ufw active and inactive, and run by an unprivileged user.
#include "ApplyLab.h"
#include "SkipOrFail.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

namespace {

const QStringList kTs365 {"--product", "timesensor-legal", "--role", "server", "--deployment", "365"};

const char *const kTypical = R"(flush ruleset
table inet filter {
	chain input {
		type filter hook input priority filter; policy drop;
		ct state established,related accept
		iif "lo" accept
		tcp dport 22 accept
	}
}
)";

QStringList warningIds(const QJsonObject &d)
{
    QStringList ids;
    const QJsonArray warnings = d.value("warnings").toArray();
    for (const QJsonValue &w : warnings)
        ids << w.toObject().value("id").toString();
    ids.removeAll(QStringLiteral("docker")); // depends on this machine, checked on its own
    return ids;
}

bool dockerHere()
{
    return !QStandardPaths::findExecutable("docker").isEmpty() || !QStandardPaths::findExecutable("dockerd").isEmpty()
        || QFile::exists("/var/run/docker.sock");
}

} // namespace

class tst_Diagnose : public QObject
{
    Q_OBJECT

private:
    QJsonObject diagnose(const ApplyLab &lab, QByteArray *textOut = nullptr)
    {
        QByteArray out;
        if (lab.wizard({"diagnose", "--json"}, &out) != 0)
            qWarning("diagnose failed: %s", out.constData());
        if (textOut)
            lab.wizard({"diagnose"}, textOut);
        // The log's stderr sink stays quiet at the default level; the output is the JSON alone.
        return QJsonDocument::fromJson(out).object();
    }

private slots:
    void initTestCase()
    {
        const QString reason = ApplyLab::unavailableReason({"setpriv"});
        if (!reason.isEmpty())
            FW_SKIP_OR_FAIL(qPrintable(reason));
        ApplyLab::removeStale();
    }

    void nothingFiltersAndPlainNftables()
    {
        ApplyLab lab(QStringLiteral("d"));
        QString error;
        QVERIFY2(lab.setUp(&error), qPrintable(error));
        QVERIFY2(lab.loadRuleset("flush ruleset\n", &error), qPrintable(error));

        QByteArray text;
        QJsonObject d = diagnose(lab, &text);
        QVERIFY2(!d.isEmpty(), text.constData());
        QVERIFY(d.value("firewall").toObject().value("governing").isNull());
        QCOMPARE(d.value("program").toObject().value("qt").toString().left(2), QStringLiteral("6."));
        QVERIFY(!d.value("program").toObject().value("spdlog").toString().isEmpty());
        QVERIFY(!d.value("system").toObject().value("os").toString().isEmpty());
        QCOMPARE(warningIds(d), QStringList());
        const bool docker = d.value("firewall").toObject().value("docker").toBool();
        QCOMPARE(docker, dockerHere());
        QCOMPARE(d.value("warnings").toArray().size(), docker ? 1 : 0);
        QVERIFY2(text.contains("Firewall Setup Wizard diagnostics")
                && text.contains("Firewall that governs this machine: none found"),
            text.constData());

        QVERIFY2(lab.loadRuleset(QString::fromUtf8(kTypical), &error), qPrintable(error));
        d = diagnose(lab);
        QCOMPARE(d.value("firewall").toObject().value("governing").toString(), QStringLiteral("nftables"));
        const QJsonArray chains
            = d.value("firewall").toObject().value("nftables").toObject().value("baseChains").toArray();
        QCOMPARE(chains.size(), 1);
        QCOMPARE(chains.first().toObject().value("policy").toString(), QStringLiteral("drop"));
        QVERIFY(chains.first().toObject().value("drops").toBool());

        QByteArray out;
        QVERIFY2(lab.wizard(QStringList {"apply"} + kTs365 + QStringList {"--yes"}, &out) == 0, out.constData());
        QFile check(lab.stateDir() + "/last-check.json");
        QVERIFY(check.open(QIODevice::WriteOnly));
        check.write(R"({"results": [{"host": "10.231.0.1", "port": 19812, "protocol": "tcp", "status": "open"}]})");
        check.close();
        d = diagnose(lab, &text);
        QCOMPARE(d.value("system").toObject().value("stateDir").toString(), QStringLiteral("/var/lib/firewall-wizard"));
        QCOMPARE(d.value("log").toObject().value("path").toString(),
            QStringLiteral("/var/log/firewall-wizard/firewall-wizard.log"));
        QVERIFY2(text.contains("State folder: /var/lib/firewall-wizard\n"), text.constData());
        QVERIFY(!text.contains("what root applied is recorded"));
        const QJsonArray applied = d.value("applied").toArray();
        QCOMPARE(applied.size(), 1);
        QCOMPARE(applied.first().toObject().value("backend").toString(), QStringLiteral("nftables"));
        QCOMPARE(d.value("lastCheck").toObject().value("results").toArray().size(), 1);
        QVERIFY2(text.contains("in tcp 19812-19814 (365-data-tcp-in)"), text.constData());
        QVERIFY2(text.contains("10.231.0.1 19812/tcp: open"), text.constData());
        bool logged = false;
        const QJsonArray log = d.value("log").toObject().value("lines").toArray();
        for (const QJsonValue &l : log)
            logged = logged || l.toString().contains(QLatin1String("applied timesensor-legal/server with nftables"));
        QVERIFY2(logged, text.constData());
        QCOMPARE(warningIds(d), QStringList());

        // The ruleset reloaded behind our back: the record promises what is gone.
        QVERIFY2(lab.loadRuleset(QString::fromUtf8(kTypical), &error), qPrintable(error));
        QCOMPARE(warningIds(diagnose(lab)), QStringList {"applied-gone"});

        // Without root it still runs, and says what it cannot see.
        QVERIFY2(lab.inServer({"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "env",
                                  "XDG_DATA_HOME=/nonexistent", qEnvironmentVariable("FW_BINARY"), "diagnose"},
                     &out)
                == 0,
            out.constData());
        QVERIFY2(out.contains("Privileged: no") && out.contains("cannot be read"), out.constData());
        // It reads its own folder, and says where root's record is and how to see it.
        QVERIFY2(out.contains("State folder: /nonexistent/FirewallWizard/firewall-wizard/state\n")
                && out.contains("(what root applied is recorded in /var/lib/firewall-wizard, which only root can read: "
                                "run sudo firewall-wizard diagnose)"),
            out.constData());
        QVERIFY2(lab.wizard({"revert", "--yes"}, &out) == 0, out.constData());
    }

    void firewalldRunningAndStopped()
    {
        const QString reason
            = ApplyLab::unavailableReason({"firewalld", "firewall-cmd", "firewall-offline-cmd", "dbus-daemon"});
        if (!reason.isEmpty())
            FW_SKIP_OR_FAIL(qPrintable(reason));
        ApplyLab lab(QStringLiteral("g"));
        QString error;
        QVERIFY2(lab.setUp(&error), qPrintable(error));
        QVERIFY2(lab.copyEtc(QStringLiteral("firewalld"), &error), qPrintable(error));
        QVERIFY2(lab.startFirewalld(&error), qPrintable(error));
        QVERIFY(lab.inServer({"firewall-cmd", "--zone=internal", "--change-interface=" + lab.serverInterface()}) == 0);

        QByteArray text;
        QJsonObject d = diagnose(lab, &text);
        QJsonObject fd = d.value("firewall").toObject().value("firewalld").toObject();
        QCOMPARE(d.value("firewall").toObject().value("governing").toString(), QStringLiteral("firewalld"));
        QVERIFY(fd.value("running").toBool());
        QCOMPARE(fd.value("defaultZone").toString(), QStringLiteral("public"));
        bool bound = false;
        const QJsonArray zones = fd.value("zones").toArray();
        for (const QJsonValue &z : zones) {
            bound = bound
                || (z.toObject().value("name").toString() == QLatin1String("internal")
                    && z.toObject().value("interfaces").toArray().contains(lab.serverInterface()));
        }
        QVERIFY2(bound, text.constData());
        QVERIFY2(
            text.contains("firewalld zone internal: interfaces " + lab.serverInterface().toUtf8()), text.constData());
        QCOMPARE(warningIds(d), QStringList());

        // A runtime-only change, and rules that went to another zone than the interface's.
        QVERIFY(lab.inServer({"firewall-cmd", "--zone=internal", "--add-port=8443/tcp"}) == 0);
        d = diagnose(lab);
        QCOMPARE(warningIds(d), QStringList {"runtime-permanent-differ"});
        QVERIFY(d.value("firewall")
                    .toObject()
                    .value("firewalld")
                    .toObject()
                    .value("runtimePermanentDifferences")
                    .toArray()
                    .first()
                    .toString()
                    .contains(QLatin1String("8443/tcp")));
        QVERIFY(lab.inServer({"firewall-cmd", "--runtime-to-permanent"}) == 0);
        QByteArray out;
        QVERIFY2(lab.wizard(QStringList {"apply"} + kTs365 + QStringList {"--yes", "--zone", "public"}, &out) == 0,
            out.constData());
        QCOMPARE(warningIds(diagnose(lab)), QStringList {"zone-mismatch"});

        lab.stopFirewalld();
        d = diagnose(lab);
        fd = d.value("firewall").toObject().value("firewalld").toObject();
        QVERIFY(fd.value("installed").toBool());
        QVERIFY(!fd.value("running").toBool());
        QVERIFY(!fd.value("zones").toArray().isEmpty()); // the permanent configuration, read offline
    }

    void ufwActiveAndInactive()
    {
        const QString reason = ApplyLab::unavailableReason({"ufw", "iptables"});
        if (!reason.isEmpty())
            FW_SKIP_OR_FAIL(qPrintable(reason));
        ApplyLab lab(QStringLiteral("v"));
        QString error;
        QVERIFY2(lab.setUp(&error), qPrintable(error));
        QVERIFY2(lab.copyEtc(QStringLiteral("ufw"), &error), qPrintable(error));
        QByteArray out;
        QVERIFY2(lab.inServer({"ufw", "--force", "enable"}, &out) == 0, out.constData());
        QByteArray text;
        QJsonObject d = diagnose(lab, &text);
        QCOMPARE(d.value("firewall").toObject().value("governing").toString(), QStringLiteral("ufw"));
        QVERIFY(d.value("firewall").toObject().value("ufw").toObject().value("active").toBool());
        QVERIFY2(text.contains("Default: deny (incoming)"), text.constData());
        QVERIFY2(lab.inServer({"ufw", "disable"}, &out) == 0, out.constData());
        d = diagnose(lab);
        QVERIFY(!d.value("firewall").toObject().value("ufw").toObject().value("active").toBool());
        QVERIFY(d.value("firewall").toObject().value("governing").toString() != QLatin1String("ufw"));
    }
};

QTEST_GUILESS_MAIN(tst_Diagnose)
#include "tst_diagnose.moc"
