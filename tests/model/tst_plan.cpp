// The plan for every product, role, deployment, version and option, checked rule by rule against the vendors'
// articles (../shared/sources/). The expected rules below are written from the sources, not from the program's output:
//   Palisade KB 3.8: server allows Palisade.exe and lmgrd.exe to send and receive; client allows
//   PalFlexServer6/7/8.exe (by version); Automatic Activation: TCP 80 out to service(2).palisade.com.
//   FlexNet (derived): lmgrd on TCP 27000 by default, vendor daemon only on a port pinned with PORT=.
//   timeSensor: Classic: out TCP 80/443/8080, 20/21/22, e-mail 465/587/993/995; 365 server: the same plus TCP
//   19812-19814 and UDP 19813 in and out; 365 client: TCP 19812-19814 and UDP 19813 out, e-mail out.
//   Classic LAN (derived, older FAQ): TCP 19812-19814 in on the server from the LAN, out on clients to the server.
#include "catalog/Catalog.h"
#include "plan/PlanResolver.h"

#include <QTest>

using namespace fw;

Q_DECLARE_METATYPE(fw::Selection)

namespace {

/// "in any any Palisade.exe any", "out tcp 80 - hosts=service.palisade.com,service2.palisade.com
/// option=online-activation"
QString signature(const PlanRule &r)
{
    QString s = QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(directionId(r.direction), protocolId(r.protocol), portsToString(r.ports, QStringLiteral(",")),
                        r.program.isEmpty() ? QStringLiteral("-") : r.program, remoteKindId(r.remote));
    if (!r.hosts.isEmpty())
        s += QLatin1Char('=') + r.hosts.join(QLatin1Char(','));
    if (r.derived)
        s += QStringLiteral(" derived");
    if (!r.option.isEmpty())
        s += QStringLiteral(" option=") + r.option;
    return s;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

const Catalog &catalog()
{
    static const Catalog c = Catalog::builtIn();
    return c;
}

} // namespace

class tst_Plan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(catalog().problems().isEmpty()); }

    void rules_data()
    {
        QTest::addColumn<Selection>("selection"); // {product, version, role, deployment, options, values}
        QTest::addColumn<QStringList>("rules");
        QTest::addColumn<QStringList>("executables");
        QTest::addColumn<QStringList>("notes");

        const QStringList none;
        // Palisade license server: the same for 6, 7 and 8.
        const QStringList palServer {"in any any Palisade.exe any", "out any any Palisade.exe any",
            "in any any lmgrd.exe any", "out any any lmgrd.exe any", "in tcp 27000 - any derived"};
        const QString activation
            = QStringLiteral("out tcp 80 - hosts=service.palisade.com,service2.palisade.com option=online-activation");
        const QStringList palServerNotes {
            "manual-activation", "vendor-port-missing", "lmgrd-port", "port-numbers-gap", "client-server-traffic"};
        for (const char *v : {"6", "7", "8"}) {
            const QString version = QString::fromLatin1(v);
            QTest::addRow("palisade %s server", v) << Selection {"palisade", version, "server", "", {}, {}} << palServer
                                                   << QStringList {"Palisade.exe", "lmgrd.exe"} << palServerNotes;
            QTest::addRow("palisade %s server activation", v)
                << Selection {"palisade", version, "server", "", {"online-activation"}, {}}
                << (palServer + QStringList {activation}) << QStringList {"Palisade.exe", "lmgrd.exe"}
                << QStringList {"manual-activation", "activation-hosts", "vendor-port-missing", "lmgrd-port",
                       "port-numbers-gap", "client-server-traffic"};
            const QString exe = QStringLiteral("PalFlexServer%1.exe").arg(version);
            QTest::addRow("palisade %s client", v)
                << Selection {"palisade", version, "client", "", {}, {}}
                << QStringList {"in any any " + exe + " server", "out any any " + exe + " server",
                       "out tcp 27000 - server derived"}
                << QStringList {exe}
                << QStringList {"vendor-port-missing", "lmgrd-port", "port-numbers-gap", "client-server-traffic"};
        }
        QTest::newRow("palisade server pinned ports")
            << Selection {"palisade", "7", "server", "", {}, {{"lmgrd-port", "27005"}, {"vendor-port", "27010"}}}
            << QStringList {"in any any Palisade.exe any", "out any any Palisade.exe any", "in any any lmgrd.exe any",
                   "out any any lmgrd.exe any", "in tcp 27005 - any derived", "in tcp 27010 - any derived"}
            << QStringList {"Palisade.exe", "lmgrd.exe"}
            << QStringList {"manual-activation", "vendor-port-pinned", "lmgrd-port", "port-numbers-gap",
                   "client-server-traffic"};
        QTest::newRow("palisade client with server and pinned port")
            << Selection {"palisade", "8", "client", "", {},
                   {{"server", "lic01.example.com"}, {"vendor-port", "27001"}}}
            << QStringList {"in any any PalFlexServer8.exe server=lic01.example.com",
                   "out any any PalFlexServer8.exe server=lic01.example.com",
                   "out tcp 27000 - server=lic01.example.com derived",
                   "out tcp 27001 - server=lic01.example.com derived"}
            << QStringList {"PalFlexServer8.exe"}
            << QStringList {"vendor-port-pinned", "lmgrd-port", "port-numbers-gap", "client-server-traffic"};

        // timeSensor LEGAL Classic: the vendor's table is for the firm's firewall, so both roles get it.
        const QStringList classicOut {"out tcp 80,443,8080 - internet", "out tcp 20-22 - internet"};
        const QString email = QStringLiteral("out tcp 465,587,993,995 - internet option=email");
        const QStringList classicServerNotes {"classic-firm-firewall", "large-updates", "classic-lan-gap",
            "classic-vpn", "broadcast-gap", "broadcast-off"};
        const QStringList classicClientNotes {
            "classic-firm-firewall", "large-updates", "classic-lan-gap", "classic-vpn", "broadcast-gap"};
        QTest::newRow("timesensor classic server")
            << Selection {"timesensor-legal", "", "server", "classic", {}, {}}
            << (classicOut + QStringList {"in tcp 19812-19814 - lan derived"}) << none << classicServerNotes;
        QTest::newRow("timesensor classic server email")
            << Selection {"timesensor-legal", "", "server", "classic", {"email"}, {}}
            << (classicOut + QStringList {email, "in tcp 19812-19814 - lan derived"}) << none
            << (classicServerNotes + QStringList {"email-mail-server"});
        QTest::newRow("timesensor classic server broadcast port")
            << Selection {"timesensor-legal", "", "server", "classic", {}, {{"broadcast-port", "5555"}}}
            << (classicOut + QStringList {"in tcp 19812-19814 - lan derived", "out udp 5555 - lan derived"}) << none
            << QStringList {
                   "classic-firm-firewall", "large-updates", "classic-lan-gap", "classic-vpn", "broadcast-off"};
        QTest::newRow("timesensor classic client")
            << Selection {"timesensor-legal", "", "client", "classic", {}, {}}
            << (classicOut + QStringList {"out tcp 19812-19814 - server derived"}) << none << classicClientNotes;
        QTest::newRow("timesensor classic client email server broadcast")
            << Selection {"timesensor-legal", "", "client", "classic", {"email"},
                   {{"server", "192.0.2.10"}, {"broadcast-port", "5555"}, {"mail-server", "mail.example.com"}}}
            << (classicOut
                   + QStringList {email, "out tcp 19812-19814 - server=192.0.2.10 derived",
                       "in udp 5555 - lan derived"})
            << none
            << QStringList {
                   "classic-firm-firewall", "large-updates", "classic-lan-gap", "classic-vpn", "email-mail-server"};

        const QStringList server365 {"out tcp 80,443,8080 - internet", "out tcp 20-22 - internet",
            "in tcp 19812-19814 - any", "out tcp 19812-19814 - any", "in udp 19813 - any", "out udp 19813 - any"};
        const QStringList server365Notes {"large-updates-365", "365-tls", "365-server-role"};
        QTest::newRow("timesensor 365 server")
            << Selection {"timesensor-legal", "", "server", "365", {}, {}} << server365 << none << server365Notes;
        QTest::newRow("timesensor 365 server email")
            << Selection {"timesensor-legal", "", "server", "365", {"email"}, {}} << (server365 + QStringList {email})
            << none << (server365Notes + QStringList {"email-mail-server"});
        QTest::newRow("timesensor 365 client") << Selection {"timesensor-legal", "", "client", "365", {}, {}}
                                               << QStringList {"out tcp 19812-19814 - server", "out udp 19813 - server"}
                                               << none << QStringList {"365-tls"};
        QTest::newRow("timesensor 365 client email server")
            << Selection {"timesensor-legal", "", "client", "365", {"email"}, {{"server", "ts.example.com"}}}
            << QStringList {email, "out tcp 19812-19814 - server=ts.example.com",
                   "out udp 19813 - server=ts.example.com"}
            << none << QStringList {"365-tls", "email-mail-server"};
    }

    void rules()
    {
        QFETCH(Selection, selection);
        QFETCH(QStringList, rules);
        QFETCH(QStringList, executables);
        QFETCH(QStringList, notes);

        Plan plan;
        SelectionProblems problems;
        QVERIFY(resolvePlan(catalog(), selection, plan, problems));
        QStringList found;
        for (const PlanRule &r : plan.rules) {
            found << signature(r);
            QVERIFY2(!r.purpose.en.isEmpty() && !r.purpose.de.isEmpty() && !r.purpose.es.isEmpty(), qPrintable(r.id));
            QVERIFY2(plan.source(r.source), qPrintable(r.id));
            if (r.derived) // a derived rule says so in its purpose, in every language
                QVERIFY2(
                    r.purpose.en.contains(QLatin1String("erived")) || r.purpose.en.contains(QLatin1String("not in")),
                    qPrintable(r.purpose.en));
        }
        QCOMPARE(sorted(found), sorted(rules));
        QStringList exes;
        for (const PlanExecutable &e : plan.executables)
            exes << e.name;
        QCOMPARE(exes, executables);
        QStringList noteIds;
        for (const PlanNote &n : plan.notes) {
            noteIds << n.id;
            QVERIFY2(!n.text.en.contains(QLatin1Char('{')), qPrintable(n.text.en)); // placeholders substituted
            QVERIFY2(!n.text.de.contains(QLatin1Char('{')), qPrintable(n.text.de));
            QVERIFY2(!n.text.es.contains(QLatin1Char('{')), qPrintable(n.text.es));
        }
        QCOMPARE(noteIds, notes);
    }

    void defaultsAndSubstitution()
    {
        Plan plan;
        SelectionProblems problems;
        QVERIFY(
            resolvePlan(catalog(), {"palisade", "7", "server", "", {}, {{"vendor-port", "27009"}}}, plan, problems));
        QCOMPARE(plan.selection.values.value("lmgrd-port"), QStringLiteral("27000"));
        QCOMPARE(plan.versionLabel, QStringLiteral("7.x"));
        bool pinned = false;
        for (const PlanNote &n : plan.notes) {
            if (n.id == QLatin1String("vendor-port-pinned"))
                pinned = n.text.en.contains(QLatin1String("PORT=27009")) && n.text.de.contains(QLatin1String("27009"));
        }
        QVERIFY(pinned);
        const QStringList sourceIds {plan.sources[0].id, plan.sources[1].id};
        QCOMPARE(sourceIds, QStringList({"palisade-kb", "flexnet-guide"}));
        QCOMPARE(plan.sources[0].kind, SourceKind::Vendor);
        QCOMPARE(plan.sources[1].kind, SourceKind::General);
    }

    // A vendor port equal to the lmgrd port would give two identical rules: the plan keeps one and says so.
    void samePortTwiceIsOneRuleWithANote_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("vendorPort");
        QTest::addColumn<QString>("note");
        QTest::newRow("server, the default port")
            << "server"
            << "27000"
            << "Rules lmgrd-port-in, vendor-port-in allow exactly the same connections (in TCP 27000), so the plan "
               "keeps only lmgrd-port-in. If two values give the same port by mistake, correct one of them.";
        QTest::newRow("client") << "client"
                                << "27000"
                                << "Rules lmgrd-port-out, vendor-port-out allow exactly the same connections (out TCP "
                                   "27000), so the plan keeps only lmgrd-port-out. If two values give the same port by "
                                   "mistake, correct one of them.";
        QTest::newRow("different ports") << "server"
                                         << "27010"
                                         << "";
    }
    void samePortTwiceIsOneRuleWithANote()
    {
        QFETCH(QString, role);
        QFETCH(QString, vendorPort);
        QFETCH(QString, note);
        Selection s {"palisade", "8", role, "", {}, {{"vendor-port", vendorPort}}};
        if (role == QLatin1String("client"))
            s.values.insert("server", "lic01");
        Plan plan;
        SelectionProblems problems;
        QVERIFY(resolvePlan(catalog(), s, plan, problems));
        QStringList portRules;
        for (const PlanRule &r : plan.rules) {
            if (!r.ports.isEmpty())
                portRules << r.id;
        }
        QStringList merged;
        for (const PlanNote &n : plan.notes) {
            if (n.id.startsWith(QLatin1String("merged-"))) {
                merged << n.text.en;
                QCOMPARE(n.kind, NoteKind::Advice);
                QVERIFY(plan.source(n.source));
            }
        }
        if (note.isEmpty()) {
            QCOMPARE(portRules.size(), 2);
            QVERIFY2(merged.isEmpty(), qPrintable(merged.join('|')));
        } else {
            QCOMPARE(portRules, QStringList {QStringLiteral("lmgrd-port-") + (role == "server" ? "in" : "out")});
            QCOMPARE(merged, QStringList {note});
        }
    }

    void problems_data()
    {
        QTest::addColumn<Selection>("selection");
        QTest::addColumn<QStringList>("messages");
        /// A selection resolvePlan() refuses, and the problems it names.
        struct Row
        {
            const char *name;
            Selection selection; // {product, version, role, deployment, options, values}
            QStringList messages;
        };
        const Row rows[] = {
            {"no product", {"", "", "server", "", {}, {}}, {"no product chosen (--product ID; 'products' lists them)"}},
            {"unknown product", {"acme", "", "server", "", {}, {}},
                {"unknown product 'acme' (known: palisade, timesensor-legal)"}},
            {"no role", {"palisade", "7", "", "", {}, {}}, {"no role chosen (--role server, client)"}},
            {"bad role, no version", {"palisade", "", "master", "", {}, {}},
                {"unknown role 'master' (known: server, client)",
                    "this product needs its version (--version 6, 7, 8)"}},
            {"unknown version", {"palisade", "9", "server", "", {}, {}}, {"unknown version '9' (known: 6, 7, 8)"}},
            {"deployment not applicable", {"palisade", "7", "server", "365", {}, {}},
                {"palisade has no deployments to choose; leave out --deployment"}},
            {"missing deployment", {"timesensor-legal", "", "client", "", {}, {}},
                {"this product needs its deployment (--deployment classic, 365)"}},
            {"version not applicable", {"timesensor-legal", "7", "client", "365", {}, {}},
                {"timesensor-legal has no versions to choose; leave out --version"}},
            {"option for other role", {"palisade", "7", "client", "", {"online-activation"}, {}},
                {"option 'online-activation' does not apply to this role or deployment"}},
            {"unknown option", {"palisade", "7", "server", "", {"email"}, {}},
                {"unknown option 'email' (known: online-activation)"}},
            {"value for other role", {"palisade", "7", "server", "", {}, {{"server", "lic01"}}},
                {"value 'server' does not apply to this role, deployment or option"}},
            {"port 70000", {"palisade", "7", "server", "", {}, {{"lmgrd-port", "70000"}}},
                {"lmgrd-port=70000: 70000 is not a port (1-65535)"}},
            {"port 0", {"palisade", "7", "server", "", {}, {{"vendor-port", "0"}}},
                {"vendor-port=0: 0 is not a port (1-65535)"}},
            {"host with quote", {"palisade", "7", "client", "", {}, {{"server", "lic\"01"}}},
                {"server=lic\"01: the character '\"' is not allowed here"}},
            {"host with newline", {"palisade", "7", "client", "", {}, {{"server", "lic01\nrm"}}},
                {"server=lic01\\nrm: the character U+000A is not allowed here"}},
            {"host with command", {"timesensor-legal", "", "client", "365", {}, {{"server", "$(reboot)"}}},
                {"server=$(reboot): the character '$' is not allowed here"}},
            {"mail server without email",
                {"timesensor-legal", "", "client", "365", {}, {{"mail-server", "mail.example.com"}}},
                {"value 'mail-server' does not apply to this role, deployment or option"}},
            {"broadcast port in 365", {"timesensor-legal", "", "server", "365", {}, {{"broadcast-port", "5555"}}},
                {"value 'broadcast-port' does not apply to this role, deployment or option"}},
            {"unknown value", {"timesensor-legal", "", "server", "365", {}, {{"sever", "x"}}},
                {"unknown value 'sever' (known: server, broadcast-port, mail-server)"}},
        };
        for (const Row &row : rows)
            QTest::newRow(row.name) << row.selection << row.messages;
    }
    void problems()
    {
        QFETCH(Selection, selection);
        QFETCH(QStringList, messages);
        Plan plan;
        SelectionProblems problems;
        QVERIFY(!resolvePlan(catalog(), selection, plan, problems));
        QStringList found;
        for (const SelectionProblem &p : problems)
            found << p.toString();
        QCOMPARE(found, messages);
    }

    void applicability()
    {
        const Product *ts = catalog().product("timesensor-legal");
        Selection s {"timesensor-legal", "", "client", "classic", {}, {}};
        QStringList ids;
        for (const ValueDef *v : applicableValues(*ts, s))
            ids << v->id;
        QCOMPARE(ids, QStringList({"server", "broadcast-port"}));
        s.options << "email";
        s.deployment = "365";
        ids.clear();
        for (const ValueDef *v : applicableValues(*ts, s))
            ids << v->id;
        QCOMPARE(ids, QStringList({"server", "mail-server"}));
        const Product *pal = catalog().product("palisade");
        QCOMPARE(applicableOptions(*pal, {"palisade", "7", "client", "", {}, {}}).size(), 0);
        QCOMPARE(applicableOptions(*pal, {"palisade", "7", "server", "", {}, {}}).size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_Plan)
#include "tst_plan.moc"
