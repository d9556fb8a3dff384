// The firewalld and ufw back ends against the real tools: firewalld's daemon runs on a private D-Bus inside a
// server namespace (its configuration a copy in /etc/netns), and without the daemon firewall-offline-cmd changes the
// permanent configuration; ufw runs inside a namespace with its configuration copied the same way. A client
// namespace checks which ports it really reaches.
#include "ApplyLab.h"
#include "SkipOrFail.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

const QStringList kSpecs {
    "tcp/22", "tcp/8080", "tcp/19811", "tcp/19812", "tcp/19813", "tcp/19814", "tcp/19815", "udp/19813", "udp/19814"};
const QStringList kTs365 {"--product", "timesensor-legal", "--role", "server", "--deployment", "365"};
const QStringList kTs365Open {"tcp/22", "tcp/19812", "tcp/19813", "tcp/19814", "udp/19813"};
const QString kService = QStringLiteral("fwwizard-timesensor-legal-server");

QString text(const QByteArray &out)
{
    return QString::fromUtf8(out);
}

} // namespace

class tst_ApplyDaemons : public QObject
{
    Q_OBJECT

private:
    /// firewalld's configuration as its own tools show it: every zone at runtime and permanently, and the ruleset.
    QString firewalldSnapshot(const ApplyLab &lab) const
    {
        QByteArray runtime;
        QByteArray permanent;
        lab.inServer({"firewall-cmd", "--list-all-zones"}, &runtime);
        lab.inServer({"firewall-cmd", "--permanent", "--list-all-zones"}, &permanent);
        return text(runtime) + QStringLiteral("\n----\n") + text(permanent) + QStringLiteral("\n----\n")
            + lab.statelessRuleset();
    }
    /// ufw's configuration: its rule files, its status and the ruleset.
    QString ufwSnapshot(const ApplyLab &lab) const
    {
        QByteArray status;
        lab.inServer({"ufw", "status", "verbose"}, &status);
        return text(ApplyLab::read(lab.etc("ufw/user.rules"))) + text(ApplyLab::read(lab.etc("ufw/user6.rules")))
            + text(status) + lab.statelessRuleset();
    }

private slots:
    void initTestCase()
    {
        const QString reason = ApplyLab::unavailableReason(
            {"firewalld", "firewall-cmd", "firewall-offline-cmd", "dbus-daemon", "ufw", "iptables"});
        if (!reason.isEmpty())
            FW_SKIP_OR_FAIL(qPrintable(reason));
        ApplyLab::removeStale();
    }

    void firewalld()
    {
        ApplyLab lab(QStringLiteral("f"));
        QString error;
        QVERIFY2(lab.setUp(&error), qPrintable(error));
        QVERIFY2(lab.copyEtc(QStringLiteral("firewalld"), &error), qPrintable(error));
        QVERIFY2(lab.startFirewalld(&error), qPrintable(error));
        QVERIFY2(lab.startListener(kSpecs, &error), qPrintable(error));
        QCOMPARE(lab.openOf(kSpecs), QStringList {"tcp/22"}); // the public zone's ssh service
        const QString before = firewalldSnapshot(lab);

        QByteArray out;
        QCOMPARE(lab.wizard(QStringList {"apply"} + kTs365 + QStringList {"--dry-run"}, &out), 0);
        QVERIFY2(out.contains("Firewall that governs this machine: firewalld"), out.constData());
        QVERIFY2(out.contains(
                     "The rules go to the zone public, the zone of the interface " + lab.serverInterface().toUtf8()),
            out.constData());
        QVERIFY2(
            out.contains("firewall-cmd --permanent --zone=public --add-service=" + kService.toUtf8()), out.constData());
        QCOMPARE(firewalldSnapshot(lab), before);

        // A failure half-way (after the runtime side was changed) leaves both sides as they were.
        QCOMPARE(lab.wizard(
                     QStringList {"apply"} + kTs365 + QStringList {"--yes"}, &out, {"FW_TEST_FAIL_STEP=zone-runtime"}),
            3);
        QVERIFY2(out.contains("the firewall is as it was"), out.constData());
        QCOMPARE(firewalldSnapshot(lab), before);
        QVERIFY(!QFile::exists(lab.etc("firewalld/services/" + kService + ".xml")));

        QVERIFY2(lab.wizard(QStringList {"apply"} + kTs365 + QStringList {"--yes"}, &out) == 0, out.constData());
        QCOMPARE(lab.openOf(kSpecs), kTs365Open);
        for (const QStringList &side : {QStringList {"--permanent"}, QStringList {}}) {
            QVERIFY(lab.inServer(QStringList {"firewall-cmd"} + side
                        + QStringList {"--zone=public", "--query-service=" + kService})
                == 0);
            QByteArray info;
            lab.inServer(QStringList {"firewall-cmd"} + side + QStringList {"--info-service=" + kService}, &info);
            QVERIFY2(info.contains("ports: 19812-19814/tcp 19813/udp"), info.constData());
        }
        const QString applied = firewalldSnapshot(lab);
        QVERIFY2(lab.wizard(QStringList {"apply"} + kTs365 + QStringList {"--yes"}, &out) == 0, out.constData());
        QCOMPARE(firewalldSnapshot(lab), applied); // the second apply changes nothing
        QVERIFY2(!out.contains("--reload"), out.constData());

        QVERIFY2(lab.wizard({"revert", "--yes"}, &out) == 0, out.constData());
        QCOMPARE(lab.openOf(kSpecs), QStringList {"tcp/22"});
        QCOMPARE(firewalldSnapshot(lab), before);
        QVERIFY(!QFile::exists(lab.etc("firewalld/services/" + kService + ".xml")));

        // A runtime-only change would be lost by the reload a new service needs: refused, nothing changed.
        QCOMPARE(lab.inServer({"firewall-cmd", "--zone=public", "--add-port=8080/tcp"}), 0);
        const QString drifted = firewalldSnapshot(lab);
        QCOMPARE(lab.wizard(QStringList {"apply"} + kTs365 + QStringList {"--yes"}, &out), 2);
        QVERIFY2(out.contains("--runtime-to-permanent") && out.contains("8080/tcp"), out.constData());
        QCOMPARE(firewalldSnapshot(lab), drifted);
        QCOMPARE(lab.inServer({"firewall-cmd", "--zone=public", "--remove-port=8080/tcp"}), 0);

        // Another zone than the interface's: it works as asked, and says that it does not apply to that interface.
        QVERIFY2(lab.wizard(QStringList {"apply"} + kTs365 + QStringList {"--yes", "--zone", "internal"}, &out) == 0,
            out.constData());
        QVERIFY2(out.contains("is in the zone public, not in internal"), out.constData());
        QCOMPARE(lab.openOf(kSpecs), QStringList {"tcp/22"});
        QVERIFY2(lab.wizard({"diagnose", "--json"}, &out) == 0, out.constData());
        QVERIFY2(out.contains("\"zone-mismatch\""), out.constData());
        QVERIFY2(lab.wizard({"revert", "--yes"}, &out) == 0, out.constData());
        QCOMPARE(firewalldSnapshot(lab), before);

        // The same for an admin whose system speaks German or Spanish: firewall-cmd's output is read in English.
        for (const QString &locale : {QStringLiteral("de_DE.UTF-8"), QStringLiteral("es_ES.UTF-8")}) {
            QVERIFY2(ApplyLab::ensureLocale(locale, &error), qPrintable(error));
            const QStringList env = ApplyLab::localeEnvironment(locale);
            QCOMPARE(
                lab.wizard(QStringList {"apply"} + kTs365 + QStringList {"--dry-run", "--answers-on-stdin"}, &out, env),
                0);
            QVERIFY2(out.contains("detected firewalld full"), out.constData());
            QVERIFY2(
                lab.wizard(QStringList {"apply"} + kTs365 + QStringList {"--yes"}, &out, env) == 0, out.constData());
            QCOMPARE(lab.openOf(kSpecs), kTs365Open);
            const QString appliedHere = firewalldSnapshot(lab);
            QVERIFY2(
                lab.wizard(QStringList {"apply"} + kTs365 + QStringList {"--yes"}, &out, env) == 0, out.constData());
            QCOMPARE(firewalldSnapshot(lab), appliedHere);
            QVERIFY2(lab.wizard({"revert", "--yes"}, &out, env) == 0, out.constData());
            QCOMPARE(firewalldSnapshot(lab), before);
        }

        // Without the daemon: the permanent configuration, with firewall-offline-cmd.
        lab.stopFirewalld();
        QByteArray offlineBefore;
        lab.inServer({"firewall-offline-cmd", "--list-all-zones"}, &offlineBefore);
        QVERIFY2(
            lab.wizard(QStringList {"apply"} + kTs365 + QStringList {"--yes", "--backend", "firewalld"}, &out) == 0,
            out.constData());
        QVERIFY2(
            out.contains("firewall-offline-cmd --zone=public --add-service=" + kService.toUtf8()), out.constData());
        QVERIFY(ApplyLab::read(lab.etc("firewalld/zones/public.xml"))
                    .contains("<service name=\"" + kService.toUtf8() + "\"/>"));
        QVERIFY2(lab.wizard({"revert", "--yes", "--backend", "firewalld"}, &out) == 0, out.constData());
        QByteArray offlineAfter;
        lab.inServer({"firewall-offline-cmd", "--list-all-zones"}, &offlineAfter);
        QCOMPARE(text(offlineAfter), text(offlineBefore));
        QVERIFY(!QFile::exists(lab.etc("firewalld/services/" + kService + ".xml")));
    }

    void ufw()
    {
        ApplyLab lab(QStringLiteral("u"));
        QString error;
        QVERIFY2(lab.setUp(&error), qPrintable(error));
        QVERIFY2(lab.copyEtc(QStringLiteral("ufw"), &error), qPrintable(error));
        QByteArray out;
        QVERIFY2(lab.inServer({"ufw", "--force", "enable"}, &out) == 0, out.constData());
        QVERIFY2(lab.inServer({"ufw", "allow", "22/tcp"}, &out) == 0, out.constData());
        // ufw fills its IPv6 limit chains only on a reload; without it, any later ufw command would look like a change.
        QVERIFY2(lab.inServer({"ufw", "reload"}, &out) == 0, out.constData());
        QVERIFY2(lab.startListener(kSpecs, &error), qPrintable(error));
        QCOMPARE(lab.openOf(kSpecs), QStringList {"tcp/22"});
        const QString before = ufwSnapshot(lab);

        QCOMPARE(lab.wizard(QStringList {"apply"} + kTs365 + QStringList {"--dry-run"}, &out), 0);
        QVERIFY2(out.contains("Firewall that governs this machine: ufw"), out.constData());
        QVERIFY2(
            out.contains(
                "ufw allow in from any to any app fwwizard-timesensor-legal-365-data-tcp-in comment 365-data-tcp-in"),
            out.constData());
        QCOMPARE(ufwSnapshot(lab), before);

        QCOMPARE(
            lab.wizard(QStringList {"apply"} + kTs365 + QStringList {"--yes"}, &out, {"FW_TEST_FAIL_STEP=rule"}), 3);
        QCOMPARE(ufwSnapshot(lab), before);
        QVERIFY(!QFile::exists(lab.etc("ufw/applications.d/" + kService)));

        QVERIFY2(lab.wizard(QStringList {"apply"} + kTs365 + QStringList {"--yes"}, &out) == 0, out.constData());
        QCOMPARE(lab.openOf(kSpecs), kTs365Open);
        QByteArray status;
        lab.inServer({"ufw", "status"}, &status);
        QVERIFY2(
            status.contains("fwwizard-timesensor-legal-365-data-tcp-in ALLOW") && status.contains("# 365-data-tcp-in"),
            status.constData());
        const QString applied = ufwSnapshot(lab);
        QVERIFY2(lab.wizard(QStringList {"apply"} + kTs365 + QStringList {"--yes"}, &out) == 0, out.constData());
        QCOMPARE(ufwSnapshot(lab), applied);

        QVERIFY2(lab.wizard({"revert", "--yes"}, &out) == 0, out.constData());
        QCOMPARE(ufwSnapshot(lab), before);
        QCOMPARE(lab.openOf(kSpecs), QStringList {"tcp/22"});
        QVERIFY(!QFile::exists(lab.etc("ufw/applications.d/" + kService)));

        // Inactive ufw keeps the rules for when it is enabled; detection does not pick it, --backend does.
        QVERIFY2(lab.inServer({"ufw", "disable"}, &out) == 0, out.constData());
        const QString disabled = ufwSnapshot(lab);
        QVERIFY2(lab.wizard(QStringList {"apply"} + kTs365 + QStringList {"--yes", "--backend", "ufw"}, &out) == 0,
            out.constData());
        QVERIFY2(out.contains("ufw is inactive"), out.constData());
        QByteArray added;
        lab.inServer({"ufw", "show", "added"}, &added);
        QVERIFY2(added.contains("fwwizard-timesensor-legal-365-data-tcp-in"), added.constData());
        QVERIFY2(lab.wizard({"revert", "--yes"}, &out) == 0, out.constData());
        QCOMPARE(ufwSnapshot(lab), disabled);
    }

    void ufwInAnotherLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QByteArray>("statusLine"); ///< what `ufw status` says there
        // ufw's German catalog leaves "Status: active" as it is, but says "Regel aktualisiert" and "Regel hinzugefügt".
        QTest::newRow("de_DE") << "de_DE.UTF-8" << QByteArray("Status: active");
        QTest::newRow("es_ES") << "es_ES.UTF-8" << QByteArray("Estado: activo");
    }
    void ufwInAnotherLanguage()
    {
        // ufw speaks the admin's language ("Estado: activo", "Omitiendo adición de regla ya existente", "Regel
        // aktualisiert"): what it prints must still be read right.
        QFETCH(QString, locale);
        QFETCH(QByteArray, statusLine);
        QString error;
        QVERIFY2(ApplyLab::ensureLocale(locale, &error), qPrintable(error));
        const QStringList env = ApplyLab::localeEnvironment(locale);
        ApplyLab lab(QStringLiteral("l"));
        QVERIFY2(lab.setUp(&error), qPrintable(error));
        QVERIFY2(lab.copyEtc(QStringLiteral("ufw"), &error), qPrintable(error));
        // The wizard, and ufw as the admin runs it, with ufw's translations where it finds them.
        const auto wizard = [&lab, &env](const QStringList &args, QByteArray *out, const QStringList &more = {}) {
            QString why;
            const QStringList command = lab.withUfwCatalogs(QStringList {ApplyLab::binaryFor(more)} + args, &why);
            if (command.isEmpty()) {
                *out = why.toUtf8();
                return -1;
            }
            return lab.inServer(command, out, {}, 240000, env + more);
        };
        QByteArray out;
        QVERIFY2(lab.inServer({"ufw", "--force", "enable"}, &out) == 0, out.constData());
        QVERIFY2(lab.inServer({"ufw", "allow", "22/tcp"}, &out) == 0, out.constData());
        QVERIFY2(lab.inServer({"ufw", "reload"}, &out) == 0, out.constData());
        QVERIFY2(lab.startListener(kSpecs, &error), qPrintable(error));
        QVERIFY2(lab.inServer(lab.withUfwCatalogs({"ufw", "status"}, &error), &out, {}, 60000, env) == 0
                && out.contains(statusLine),
            out.constData()); // ufw does speak that language here
        const QString before = ufwSnapshot(lab);

        QCOMPARE(wizard(QStringList {"apply"} + kTs365 + QStringList {"--dry-run", "--answers-on-stdin"}, &out), 0);
        QVERIFY2(out.contains("detected ufw full"), out.constData());
        QVERIFY2(wizard(QStringList {"apply"} + kTs365 + QStringList {"--yes"}, &out) == 0, out.constData());
        QCOMPARE(lab.openOf(kSpecs), kTs365Open);
        QByteArray status;
        lab.inServer({"ufw", "status"}, &status);
        QVERIFY2(status.contains("fwwizard-timesensor-legal-365-data-tcp-in ALLOW"), status.constData());
        const QString applied = ufwSnapshot(lab);
        // Applying again and failing at the end: the rules that were there already must survive the rollback.
        QCOMPARE(wizard(QStringList {"apply"} + kTs365 + QStringList {"--yes"}, &out, {"FW_TEST_FAIL_STEP=verify"}), 3);
        QCOMPARE(ufwSnapshot(lab), applied);
        QVERIFY2(wizard({"revert", "--yes"}, &out) == 0, out.constData());
        QCOMPARE(ufwSnapshot(lab), before);
        QCOMPARE(lab.openOf(kSpecs), QStringList {"tcp/22"});
    }
};

QTEST_GUILESS_MAIN(tst_ApplyDaemons)
#include "tst_applydaemons.moc"
