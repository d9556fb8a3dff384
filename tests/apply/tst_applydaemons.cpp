// The firewalld and ufw back ends against the real tools: firewalld's daemon runs on a private D-Bus inside a
// server namespace (its configuration a copy in /etc/netns), and without the daemon firewall-offline-cmd changes the
// permanent configuration; ufw runs inside a namespace with its configuration copied the same way. A client
// namespace checks which ports it really reaches. One lab per firewall, made by the first of its test functions;
// init() brings it back to its first state (revert, and for firewalld a reload), so that each function fails on its
// own. The last function of each firewall changes what the others start from (the daemon stopped, ufw disabled).
#include "ApplyLab.h"
#include "SkipOrFail.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <memory>

namespace {

const QStringList kSpecs {
    "tcp/22", "tcp/8080", "tcp/19811", "tcp/19812", "tcp/19813", "tcp/19814", "tcp/19815", "udp/19813", "udp/19814"};
const QStringList kTs365 {"--product", "timesensor-legal", "--role", "server", "--deployment", "365"};
const QStringList kTs365Open {"tcp/22", "tcp/19812", "tcp/19813", "tcp/19814", "udp/19813"};
const QString kService = QStringLiteral("fwwizard-timesensor-legal-server");

QStringList apply(const QStringList &more = QStringList())
{
    return QStringList {"apply"} + kTs365 + more;
}

/// A lab for one firewall, made once, with the state that each test function starts from.
struct Lab
{
    std::unique_ptr<ApplyLab> lab;
    QString error;  ///< why it could not be made
    QString before; ///< the firewall's state as made
};

} // namespace

class tst_ApplyDaemons : public QObject
{
    Q_OBJECT

private:
    Lab m_firewalld;
    Lab m_ufw;

    static bool isFirewalld() { return QByteArray(QTest::currentTestFunction()).startsWith("firewalld"); }
    static bool isUfw()
    {
        return QByteArray(QTest::currentTestFunction()).startsWith("ufw")
            && !QByteArray(QTest::currentTestFunction()).startsWith("ufwInAnotherLanguage");
    }
    ApplyLab &firewalld() { return *m_firewalld.lab; }
    ApplyLab &ufw() { return *m_ufw.lab; }

    /// The lab with firewalld's daemon in the server namespace, the public zone's ssh service open.
    void makeFirewalldLab()
    {
        auto lab = std::make_unique<ApplyLab>(QStringLiteral("f"));
        QString &error = m_firewalld.error;
        if (!lab->setUp(&error) || !lab->copyEtc(QStringLiteral("firewalld"), &error) || !lab->startFirewalld(&error)
            || !lab->startListener(kSpecs, &error))
            return;
        m_firewalld.before = lab->firewalldState();
        m_firewalld.lab = std::move(lab);
    }
    /// The lab with ufw enabled in the server namespace, SSH allowed.
    void makeUfwLab()
    {
        auto lab = std::make_unique<ApplyLab>(QStringLiteral("u"));
        QString &error = m_ufw.error;
        if (!lab->setUp(&error) || !lab->copyEtc(QStringLiteral("ufw"), &error))
            return;
        // ufw fills its IPv6 limit chains only on a reload; without it, any later ufw command would look like a change.
        for (const QStringList &command : {QStringList {"ufw", "--force", "enable"},
                 QStringList {"ufw", "allow", "22/tcp"}, QStringList {"ufw", "reload"}}) {
            QByteArray out;
            if (lab->inServer(command, &out) != 0) {
                error = command.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(out);
                return;
            }
        }
        if (!lab->startListener(kSpecs, &error))
            return;
        m_ufw.before = lab->ufwState();
        m_ufw.lab = std::move(lab);
    }

    /// The wizard's output, for a failure message.
    static const char *said(const QByteArray &out) { return out.constData(); }

private slots:
    void initTestCase()
    {
        const QString reason = ApplyLab::unavailableReason(
            {"firewalld", "firewall-cmd", "firewall-offline-cmd", "dbus-daemon", "ufw", "iptables"});
        if (!reason.isEmpty())
            FW_SKIP_OR_FAIL(qPrintable(reason));
        ApplyLab::removeStale();
    }
    void cleanupTestCase()
    {
        m_firewalld.lab.reset();
        m_ufw.lab.reset();
    }

    /// Makes the function's lab where it is missing and brings it back to its first state.
    void init()
    {
        QByteArray out;
        if (isFirewalld()) {
            if (!m_firewalld.lab && m_firewalld.error.isEmpty())
                makeFirewalldLab();
            QVERIFY2(m_firewalld.lab, qPrintable(QStringLiteral("no firewalld lab: ") + m_firewalld.error));
            if (firewalld().firewalldState() != m_firewalld.before) {
                firewalld().wizard({"revert", "--yes"}, &out);
                // A reload drops what was changed at runtime only.
                firewalld().inServer({"firewall-cmd", "--reload"}, &out);
            }
            QCOMPARE(firewalld().firewalldState(), m_firewalld.before);
        } else if (isUfw()) {
            if (!m_ufw.lab && m_ufw.error.isEmpty())
                makeUfwLab();
            QVERIFY2(m_ufw.lab, qPrintable(QStringLiteral("no ufw lab: ") + m_ufw.error));
            if (ufw().ufwState() != m_ufw.before)
                ufw().wizard({"revert", "--yes"}, &out);
            QCOMPARE(ufw().ufwState(), m_ufw.before);
        }
    }

    void firewalldBeforeOnlySshIsOpen()
    {
        QCOMPARE(firewalld().openOf(kSpecs), QStringList {"tcp/22"}); // the public zone's ssh service
    }

    void firewalldDryRunShowsAndChangesNothing()
    {
        QByteArray out;
        QCOMPARE(firewalld().wizard(apply({"--dry-run"}), &out), 0);
        QVERIFY2(out.contains("Firewall that governs this machine: firewalld"), said(out));
        QVERIFY2(out.contains("The rules go to the zone public, the zone of the interface "
                     + firewalld().serverInterface().toUtf8()),
            said(out));
        QVERIFY2(out.contains("firewall-cmd --permanent --zone=public --add-service=" + kService.toUtf8()), said(out));
        QCOMPARE(firewalld().firewalldState(), m_firewalld.before);
    }

    void firewalldFailureHalfWayLeavesBothSides()
    {
        // A failure after the runtime side was changed leaves both sides as they were.
        QByteArray out;
        QCOMPARE(firewalld().wizard(apply({"--yes"}), &out, {"FW_TEST_FAIL_STEP=zone-runtime"}), 3);
        QVERIFY2(out.contains("the firewall is as it was"), said(out));
        QCOMPARE(firewalld().firewalldState(), m_firewalld.before);
        QVERIFY(!QFile::exists(firewalld().etc("firewalld/services/" + kService + ".xml")));
    }

    void firewalldApplyOpensThePlan()
    {
        QByteArray out;
        QVERIFY2(firewalld().wizard(apply({"--yes"}), &out) == 0, said(out));
        QCOMPARE(firewalld().openOf(kSpecs), kTs365Open);
        for (const QStringList &side : {QStringList {"--permanent"}, QStringList {}}) {
            QCOMPARE(firewalld().inServer(QStringList {"firewall-cmd"} + side
                         + QStringList {"--zone=public", "--query-service=" + kService}),
                0);
            QByteArray info;
            firewalld().inServer(
                QStringList {"firewall-cmd"} + side + QStringList {"--info-service=" + kService}, &info);
            QVERIFY2(info.contains("ports: 19812-19814/tcp 19813/udp"), info.constData());
        }
    }

    void firewalldSecondApplyChangesNothing()
    {
        QByteArray out;
        QVERIFY2(firewalld().wizard(apply({"--yes"}), &out) == 0, said(out));
        const QString applied = firewalld().firewalldState();
        QVERIFY2(firewalld().wizard(apply({"--yes"}), &out) == 0, said(out));
        QCOMPARE(firewalld().firewalldState(), applied);
        QVERIFY2(!out.contains("--reload"), said(out));
    }

    void firewalldRevertRestoresTheBefore()
    {
        QByteArray out;
        QVERIFY2(firewalld().wizard(apply({"--yes"}), &out) == 0, said(out));
        QVERIFY2(firewalld().wizard({"revert", "--yes"}, &out) == 0, said(out));
        QCOMPARE(firewalld().openOf(kSpecs), QStringList {"tcp/22"});
        QCOMPARE(firewalld().firewalldState(), m_firewalld.before);
        QVERIFY(!QFile::exists(firewalld().etc("firewalld/services/" + kService + ".xml")));
    }

    void firewalldRuntimeOnlyChangeIsRefused()
    {
        // A runtime-only change would be lost by the reload a new service needs: refused, nothing changed.
        QCOMPARE(firewalld().inServer({"firewall-cmd", "--zone=public", "--add-port=8080/tcp"}), 0);
        const QString drifted = firewalld().firewalldState();
        QByteArray out;
        QCOMPARE(firewalld().wizard(apply({"--yes"}), &out), 2);
        QVERIFY2(out.contains("--runtime-to-permanent") && out.contains("8080/tcp"), said(out));
        QCOMPARE(firewalld().firewalldState(), drifted);
    }

    void firewalldOtherZoneWorksAndSaysSo()
    {
        // Another zone than the interface's: it works as asked, and says that it does not apply to that interface.
        QByteArray out;
        QVERIFY2(firewalld().wizard(apply({"--yes", "--zone", "internal"}), &out) == 0, said(out));
        QVERIFY2(out.contains("is in the zone public, not in internal"), said(out));
        QCOMPARE(firewalld().openOf(kSpecs), QStringList {"tcp/22"});
        QVERIFY2(firewalld().wizard({"diagnose", "--json"}, &out) == 0, said(out));
        QVERIFY2(out.contains("\"zone-mismatch\""), said(out));
        QVERIFY2(firewalld().wizard({"revert", "--yes"}, &out) == 0, said(out));
        QCOMPARE(firewalld().firewalldState(), m_firewalld.before);
    }

    void firewalldInAnotherLanguage_data() { ApplyLab::addLocaleRows(); }
    void firewalldInAnotherLanguage()
    {
        // The same for an admin whose system speaks German or Spanish: firewall-cmd's output is read in English.
        QStringList env;
        QString error;
        QVERIFY2(ApplyLab::rowLocale(&env, &error), qPrintable(error));
        QByteArray out;
        QCOMPARE(firewalld().wizard(apply({"--dry-run", "--answers-on-stdin"}), &out, env), 0);
        QVERIFY2(out.contains("detected firewalld full"), said(out));
        QVERIFY2(firewalld().wizard(apply({"--yes"}), &out, env) == 0, said(out));
        QCOMPARE(firewalld().openOf(kSpecs), kTs365Open);
        const QString applied = firewalld().firewalldState();
        QVERIFY2(firewalld().wizard(apply({"--yes"}), &out, env) == 0, said(out));
        QCOMPARE(firewalld().firewalldState(), applied);
        QVERIFY2(firewalld().wizard({"revert", "--yes"}, &out, env) == 0, said(out));
        QCOMPARE(firewalld().firewalldState(), m_firewalld.before);
    }

    void firewalldWithoutTheDaemon()
    {
        // The permanent configuration, with firewall-offline-cmd. Last: the daemon stays stopped.
        firewalld().stopFirewalld();
        QByteArray offlineBefore;
        firewalld().inServer({"firewall-offline-cmd", "--list-all-zones"}, &offlineBefore);
        QByteArray out;
        QVERIFY2(firewalld().wizard(apply({"--yes", "--backend", "firewalld"}), &out) == 0, said(out));
        QVERIFY2(out.contains("firewall-offline-cmd --zone=public --add-service=" + kService.toUtf8()), said(out));
        QVERIFY(ApplyLab::read(firewalld().etc("firewalld/zones/public.xml"))
                    .contains("<service name=\"" + kService.toUtf8() + "\"/>"));
        QVERIFY2(firewalld().wizard({"revert", "--yes", "--backend", "firewalld"}, &out) == 0, said(out));
        QByteArray offlineAfter;
        firewalld().inServer({"firewall-offline-cmd", "--list-all-zones"}, &offlineAfter);
        QCOMPARE(QString::fromUtf8(offlineAfter), QString::fromUtf8(offlineBefore));
        QVERIFY(!QFile::exists(firewalld().etc("firewalld/services/" + kService + ".xml")));
    }

    void ufwBeforeOnlySshIsOpen() { QCOMPARE(ufw().openOf(kSpecs), QStringList {"tcp/22"}); }

    void ufwDryRunShowsAndChangesNothing()
    {
        QByteArray out;
        QCOMPARE(ufw().wizard(apply({"--dry-run"}), &out), 0);
        QVERIFY2(out.contains("Firewall that governs this machine: ufw"), said(out));
        QVERIFY2(
            out.contains(
                "ufw allow in from any to any app fwwizard-timesensor-legal-365-data-tcp-in comment 365-data-tcp-in"),
            said(out));
        QCOMPARE(ufw().ufwState(), m_ufw.before);
    }

    void ufwFailureHalfWayChangesNothing()
    {
        QByteArray out;
        QCOMPARE(ufw().wizard(apply({"--yes"}), &out, {"FW_TEST_FAIL_STEP=rule"}), 3);
        QCOMPARE(ufw().ufwState(), m_ufw.before);
        QVERIFY(!QFile::exists(ufw().etc("ufw/applications.d/" + kService)));
    }

    void ufwApplyOpensThePlan()
    {
        QByteArray out;
        QVERIFY2(ufw().wizard(apply({"--yes"}), &out) == 0, said(out));
        QCOMPARE(ufw().openOf(kSpecs), kTs365Open);
        QByteArray status;
        ufw().inServer({"ufw", "status"}, &status);
        QVERIFY2(
            status.contains("fwwizard-timesensor-legal-365-data-tcp-in ALLOW") && status.contains("# 365-data-tcp-in"),
            status.constData());
    }

    void ufwSecondApplyChangesNothing()
    {
        QByteArray out;
        QVERIFY2(ufw().wizard(apply({"--yes"}), &out) == 0, said(out));
        const QString applied = ufw().ufwState();
        QVERIFY2(ufw().wizard(apply({"--yes"}), &out) == 0, said(out));
        QCOMPARE(ufw().ufwState(), applied);
    }

    void ufwRevertRestoresTheBefore()
    {
        QByteArray out;
        QVERIFY2(ufw().wizard(apply({"--yes"}), &out) == 0, said(out));
        QVERIFY2(ufw().wizard({"revert", "--yes"}, &out) == 0, said(out));
        QCOMPARE(ufw().ufwState(), m_ufw.before);
        QCOMPARE(ufw().openOf(kSpecs), QStringList {"tcp/22"});
        QVERIFY(!QFile::exists(ufw().etc("ufw/applications.d/" + kService)));
    }

    void ufwInactiveKeepsTheRules()
    {
        // Inactive ufw keeps the rules for when it is enabled; detection does not pick it, --backend does. Last: ufw
        // stays disabled.
        QByteArray out;
        QVERIFY2(ufw().inServer({"ufw", "disable"}, &out) == 0, said(out));
        const QString disabled = ufw().ufwState();
        QVERIFY2(ufw().wizard(apply({"--yes", "--backend", "ufw"}), &out) == 0, said(out));
        QVERIFY2(out.contains("ufw is inactive"), said(out));
        QByteArray added;
        ufw().inServer({"ufw", "show", "added"}, &added);
        QVERIFY2(added.contains("fwwizard-timesensor-legal-365-data-tcp-in"), added.constData());
        QVERIFY2(ufw().wizard({"revert", "--yes"}, &out) == 0, said(out));
        QCOMPARE(ufw().ufwState(), disabled);
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
        QVERIFY2(lab.inServer({"ufw", "--force", "enable"}, &out) == 0, said(out));
        QVERIFY2(lab.inServer({"ufw", "allow", "22/tcp"}, &out) == 0, said(out));
        QVERIFY2(lab.inServer({"ufw", "reload"}, &out) == 0, said(out));
        QVERIFY2(lab.startListener(kSpecs, &error), qPrintable(error));
        QVERIFY2(lab.inServer(lab.withUfwCatalogs({"ufw", "status"}, &error), &out, {}, 60000, env) == 0
                && out.contains(statusLine),
            said(out)); // ufw does speak that language here
        const QString before = lab.ufwState();

        QCOMPARE(wizard(apply({"--dry-run", "--answers-on-stdin"}), &out), 0);
        QVERIFY2(out.contains("detected ufw full"), said(out));
        QVERIFY2(wizard(apply({"--yes"}), &out) == 0, said(out));
        QCOMPARE(lab.openOf(kSpecs), kTs365Open);
        QByteArray status;
        lab.inServer({"ufw", "status"}, &status);
        QVERIFY2(status.contains("fwwizard-timesensor-legal-365-data-tcp-in ALLOW"), status.constData());
        const QString applied = lab.ufwState();
        // Applying again and failing at the end: the rules that were there already must survive the rollback.
        QCOMPARE(wizard(apply({"--yes"}), &out, {"FW_TEST_FAIL_STEP=verify"}), 3);
        QCOMPARE(lab.ufwState(), applied);
        QVERIFY2(wizard({"revert", "--yes"}, &out) == 0, said(out));
        QCOMPARE(lab.ufwState(), before);
        QCOMPARE(lab.openOf(kSpecs), QStringList {"tcp/22"});
    }
};

QTEST_GUILESS_MAIN(tst_ApplyDaemons)
#include "tst_applydaemons.moc"
