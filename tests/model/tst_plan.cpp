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
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("deployment");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("values"); // NAME=VALUE
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
            QTest::addRow("palisade %s server", v) << "palisade"
                                                   << "server"
                                                   << "" << version << none << none << palServer
                                                   << QStringList {"Palisade.exe", "lmgrd.exe"} << palServerNotes;
            QTest::addRow("palisade %s server activation", v)
                << "palisade"
                << "server"
                << "" << version << QStringList {"online-activation"} << none << (palServer + QStringList {activation})
                << QStringList {"Palisade.exe", "lmgrd.exe"}
                << QStringList {"manual-activation", "activation-hosts", "vendor-port-missing", "lmgrd-port",
                       "port-numbers-gap", "client-server-traffic"};
            const QString exe = QStringLiteral("PalFlexServer%1.exe").arg(version);
            QTest::addRow("palisade %s client", v)
                << "palisade"
                << "client"
                << "" << version << none << none
                << QStringList {"in any any " + exe + " server", "out any any " + exe + " server",
                       "out tcp 27000 - server derived"}
                << QStringList {exe}
                << QStringList {"vendor-port-missing", "lmgrd-port", "port-numbers-gap", "client-server-traffic"};
        }
        QTest::newRow("palisade server pinned ports")
            << "palisade"
            << "server"
            << ""
            << "7" << none << QStringList {"lmgrd-port=27005", "vendor-port=27010"}
            << QStringList {"in any any Palisade.exe any", "out any any Palisade.exe any", "in any any lmgrd.exe any",
                   "out any any lmgrd.exe any", "in tcp 27005 - any derived", "in tcp 27010 - any derived"}
            << QStringList {"Palisade.exe", "lmgrd.exe"}
            << QStringList {"manual-activation", "vendor-port-pinned", "lmgrd-port", "port-numbers-gap",
                   "client-server-traffic"};
        QTest::newRow("palisade client with server and pinned port")
            << "palisade"
            << "client"
            << ""
            << "8" << none << QStringList {"server=lic01.example.com", "vendor-port=27001"}
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
            << "timesensor-legal"
            << "server"
            << "classic"
            << "" << none << none << (classicOut + QStringList {"in tcp 19812-19814 - lan derived"}) << none
            << classicServerNotes;
        QTest::newRow("timesensor classic server email")
            << "timesensor-legal"
            << "server"
            << "classic"
            << "" << QStringList {"email"} << none
            << (classicOut + QStringList {email, "in tcp 19812-19814 - lan derived"}) << none
            << (classicServerNotes + QStringList {"email-mail-server"});
        QTest::newRow("timesensor classic server broadcast port")
            << "timesensor-legal"
            << "server"
            << "classic"
            << "" << none << QStringList {"broadcast-port=5555"}
            << (classicOut + QStringList {"in tcp 19812-19814 - lan derived", "out udp 5555 - lan derived"}) << none
            << QStringList {
                   "classic-firm-firewall", "large-updates", "classic-lan-gap", "classic-vpn", "broadcast-off"};
        QTest::newRow("timesensor classic client")
            << "timesensor-legal"
            << "client"
            << "classic"
            << "" << none << none << (classicOut + QStringList {"out tcp 19812-19814 - server derived"}) << none
            << classicClientNotes;
        QTest::newRow("timesensor classic client email server broadcast")
            << "timesensor-legal"
            << "client"
            << "classic"
            << "" << QStringList {"email"}
            << QStringList {"server=192.0.2.10", "broadcast-port=5555", "mail-server=mail.example.com"}
            << (classicOut
                   + QStringList {email, "out tcp 19812-19814 - server=192.0.2.10 derived",
                       "in udp 5555 - lan derived"})
            << none
            << QStringList {
                   "classic-firm-firewall", "large-updates", "classic-lan-gap", "classic-vpn", "email-mail-server"};

        const QStringList server365 {"out tcp 80,443,8080 - internet", "out tcp 20-22 - internet",
            "in tcp 19812-19814 - any", "out tcp 19812-19814 - any", "in udp 19813 - any", "out udp 19813 - any"};
        QTest::newRow("timesensor 365 server") << "timesensor-legal"
                                               << "server"
                                               << "365"
                                               << "" << none << none << server365 << none
                                               << QStringList {"large-updates-365", "365-tls", "365-server-role"};
        QTest::newRow("timesensor 365 server email")
            << "timesensor-legal"
            << "server"
            << "365"
            << "" << QStringList {"email"} << none << (server365 + QStringList {email}) << none
            << QStringList {"large-updates-365", "365-tls", "365-server-role", "email-mail-server"};
        QTest::newRow("timesensor 365 client")
            << "timesensor-legal"
            << "client"
            << "365"
            << "" << none << none << QStringList {"out tcp 19812-19814 - server", "out udp 19813 - server"} << none
            << QStringList {"365-tls"};
        QTest::newRow("timesensor 365 client email server")
            << "timesensor-legal"
            << "client"
            << "365"
            << "" << QStringList {"email"} << QStringList {"server=ts.example.com"}
            << QStringList {email, "out tcp 19812-19814 - server=ts.example.com",
                   "out udp 19813 - server=ts.example.com"}
            << none << QStringList {"365-tls", "email-mail-server"};
    }

    void rules()
    {
        QFETCH(QString, product);
        QFETCH(QString, role);
        QFETCH(QString, deployment);
        QFETCH(QString, version);
        QFETCH(QStringList, options);
        QFETCH(QStringList, values);
        QFETCH(QStringList, rules);
        QFETCH(QStringList, executables);
        QFETCH(QStringList, notes);

        Selection selection {product, version, role, deployment, options, {}};
        for (const QString &v : values)
            selection.values.insert(v.section(QLatin1Char('='), 0, 0), v.section(QLatin1Char('='), 1));
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
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("deployment");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QStringList>("messages");
        const QStringList none;
        QTest::newRow("no product") << ""
                                    << "server"
                                    << ""
                                    << "" << none << none
                                    << QStringList {"no product chosen (--product ID; 'products' lists them)"};
        QTest::newRow("unknown product") << "acme"
                                         << "server"
                                         << ""
                                         << "" << none << none
                                         << QStringList {"unknown product 'acme' (known: palisade, timesensor-legal)"};
        QTest::newRow("no role") << "palisade"
                                 << ""
                                 << ""
                                 << "7" << none << none << QStringList {"no role chosen (--role server, client)"};
        QTest::newRow("bad role, no version") << "palisade"
                                              << "master"
                                              << ""
                                              << "" << none << none
                                              << QStringList {"unknown role 'master' (known: server, client)",
                                                     "this product needs its version (--version 6, 7, 8)"};
        QTest::newRow("unknown version") << "palisade"
                                         << "server"
                                         << ""
                                         << "9" << none << none << QStringList {"unknown version '9' (known: 6, 7, 8)"};
        QTest::newRow("deployment not applicable")
            << "palisade"
            << "server"
            << "365"
            << "7" << none << none << QStringList {"palisade has no deployments to choose; leave out --deployment"};
        QTest::newRow("missing deployment")
            << "timesensor-legal"
            << "client"
            << ""
            << "" << none << none << QStringList {"this product needs its deployment (--deployment classic, 365)"};
        QTest::newRow("version not applicable")
            << "timesensor-legal"
            << "client"
            << "365"
            << "7" << none << none << QStringList {"timesensor-legal has no versions to choose; leave out --version"};
        QTest::newRow("option for other role")
            << "palisade"
            << "client"
            << ""
            << "7" << QStringList {"online-activation"} << none
            << QStringList {"option 'online-activation' does not apply to this role or deployment"};
        QTest::newRow("unknown option") << "palisade"
                                        << "server"
                                        << ""
                                        << "7" << QStringList {"email"} << none
                                        << QStringList {"unknown option 'email' (known: online-activation)"};
        QTest::newRow("value for other role")
            << "palisade"
            << "server"
            << ""
            << "7" << none << QStringList {"server=lic01"}
            << QStringList {"value 'server' does not apply to this role, deployment or option"};
        QTest::newRow("port 70000") << "palisade"
                                    << "server"
                                    << ""
                                    << "7" << none << QStringList {"lmgrd-port=70000"}
                                    << QStringList {"lmgrd-port=70000: 70000 is not a port (1-65535)"};
        QTest::newRow("port 0") << "palisade"
                                << "server"
                                << ""
                                << "7" << none << QStringList {"vendor-port=0"}
                                << QStringList {"vendor-port=0: 0 is not a port (1-65535)"};
        QTest::newRow("host with quote") << "palisade"
                                         << "client"
                                         << ""
                                         << "7" << none << QStringList {"server=lic\"01"}
                                         << QStringList {"server=lic\"01: the character '\"' is not allowed here"};
        QTest::newRow("host with newline")
            << "palisade"
            << "client"
            << ""
            << "7" << none << QStringList {"server=lic01\nrm"}
            << QStringList {"server=lic01\\nrm: the character U+000A is not allowed here"};
        QTest::newRow("host with command") << "timesensor-legal"
                                           << "client"
                                           << "365"
                                           << "" << none << QStringList {"server=$(reboot)"}
                                           << QStringList {"server=$(reboot): the character '$' is not allowed here"};
        QTest::newRow("mail server without email")
            << "timesensor-legal"
            << "client"
            << "365"
            << "" << none << QStringList {"mail-server=mail.example.com"}
            << QStringList {"value 'mail-server' does not apply to this role, deployment or option"};
        QTest::newRow("broadcast port in 365")
            << "timesensor-legal"
            << "server"
            << "365"
            << "" << none << QStringList {"broadcast-port=5555"}
            << QStringList {"value 'broadcast-port' does not apply to this role, deployment or option"};
        QTest::newRow("unknown value") << "timesensor-legal"
                                       << "server"
                                       << "365"
                                       << "" << none << QStringList {"sever=x"}
                                       << QStringList {
                                              "unknown value 'sever' (known: server, broadcast-port, mail-server)"};
    }
    void problems()
    {
        QFETCH(QString, product);
        QFETCH(QString, role);
        QFETCH(QString, deployment);
        QFETCH(QString, version);
        QFETCH(QStringList, options);
        QFETCH(QStringList, values);
        QFETCH(QStringList, messages);
        Selection selection {product, version, role, deployment, options, {}};
        for (const QString &v : values)
            selection.values.insert(v.section(QLatin1Char('='), 0, 0), v.section(QLatin1Char('='), 1));
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
