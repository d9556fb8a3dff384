// Which probes a check makes for a plan, and which ports serve listens on. The expected ports come from the vendors'
// articles (../shared/sources/): timeSensor 365 clients reach the server on TCP 19812-19814 and UDP 19813; the 365
// server accepts them; Classic clients use TCP 19812-19814 (derived) and the e-mail ports 465/587/993/995 to the
// mail server; Palisade clients reach lmgrd on TCP 27000 (FlexNet default) and the vendor daemon on its pinned port;
// Automatic Activation goes out on TCP 80 to service.palisade.com and service2.palisade.com. A client's probe of a
// server the site does not run (the 365 server, in timeSensor's data centre) is an outbound one.
#include "catalog/Catalog.h"
#include "plan/PlanResolver.h"
#include "probe/ProbeTargets.h"

#include <QTest>

using namespace fw;

namespace {

const Catalog &catalog()
{
    static const Catalog c = Catalog::builtIn();
    return c;
}

Plan plan(const Selection &s)
{
    Plan p;
    SelectionProblems problems;
    if (!resolvePlan(catalog(), s, p, problems)) {
        for (const SelectionProblem &problem : problems)
            qWarning("%s", qPrintable(problem.toString()));
    }
    return p;
}

/// A plan for @p role with the one rule @p id for the port range @p from - @p to, built in code.
Plan oneRulePlan(
    const QString &role, const QString &id, Direction direction, Protocol protocol, int from, int to, RemoteKind remote)
{
    Plan p;
    p.selection.role = role;
    PlanRule rule;
    rule.id = id;
    rule.direction = direction;
    rule.protocol = protocol;
    rule.ports = {PortRange {from, to}};
    rule.remote = remote;
    p.rules << rule;
    return p;
}

/// "tcp 19812 ts.example.com server-port 365-client-tcp-out"
QStringList signatures(const QList<ProbeTarget> &targets)
{
    QStringList list;
    for (const ProbeTarget &t : targets)
        list << QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(protocolId(t.protocol))
                    .arg(t.port)
                    .arg(t.host, probeKindId(t.kind), t.ruleId);
    return list;
}

QStringList unprobed(const ProbeSet &set)
{
    QStringList list;
    for (const UnprobedRule &u : set.unprobed)
        list << u.ruleId;
    return list;
}

} // namespace

class tst_ProbeTargets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(catalog().problems().isEmpty()); }

    void timeSensor365Client()
    {
        const Plan p = plan({QStringLiteral("timesensor-legal"), QString(), QStringLiteral("client"),
            QStringLiteral("365"), {}, {{QStringLiteral("server"), QStringLiteral("ts.example.com")}}});
        const ProbeSet set = probeTargets(p, QStringLiteral("ts.example.com"), catalog().product(p.selection.product));
        // timeSensor's own server in its data centre: the catalog says the law firm's side fixes a block
        // (whenBlocked.fixedBy "this-site"), so the probes test a way out, not a server of the firm's own.
        QCOMPARE(signatures(set.targets),
            QStringList({"tcp 19812 ts.example.com outbound-service 365-client-tcp-out",
                "tcp 19813 ts.example.com outbound-service 365-client-tcp-out",
                "tcp 19814 ts.example.com outbound-service 365-client-tcp-out",
                "udp 19813 ts.example.com outbound-service 365-client-quic-out"}));
        QCOMPARE(set.omitted, 0);
    }

    void timeSensorClassicClientWithMail()
    {
        const Plan p = plan({QStringLiteral("timesensor-legal"), QString(), QStringLiteral("client"),
            QStringLiteral("classic"), {QStringLiteral("email")},
            {{QStringLiteral("server"), QStringLiteral("10.1.2.3")},
                {QStringLiteral("mail-server"), QStringLiteral("mail.example.com")}}});
        const ProbeSet set = probeTargets(p, QStringLiteral("10.1.2.3"), catalog().product(p.selection.product));
        const QStringList s = signatures(set.targets);
        for (int port : {465, 587, 993, 995})
            QVERIFY2(s.contains(QStringLiteral("tcp %1 mail.example.com outbound-service email-out").arg(port)),
                qPrintable(s.join(QLatin1Char('\n'))));
        for (int port : {19812, 19813, 19814})
            QVERIFY(s.contains(QStringLiteral("tcp %1 10.1.2.3 server-port classic-db-out").arg(port)));
        // The vendor's update and license hosts are not named: those rules are reported, not probed.
        QVERIFY(unprobed(set).contains(QStringLiteral("classic-license-out")));
        QVERIFY(unprobed(set).contains(QStringLiteral("classic-update-ftp-out")));
        QCOMPARE(s.size(), 7);
    }

    void mailServerOnlyWithTheOption()
    {
        const Plan p = plan({QStringLiteral("timesensor-legal"), QString(), QStringLiteral("client"),
            QStringLiteral("classic"), {}, {{QStringLiteral("server"), QStringLiteral("10.1.2.3")}}});
        const ProbeSet set = probeTargets(p, QStringLiteral("10.1.2.3"), catalog().product(p.selection.product));
        for (const ProbeTarget &t : set.targets)
            QVERIFY(t.kind == ProbeKind::ServerPort);
        QCOMPARE(set.targets.size(), 3);
    }

    void mailOptionWithoutMailServer()
    {
        const Plan p
            = plan({QStringLiteral("timesensor-legal"), QString(), QStringLiteral("client"), QStringLiteral("classic"),
                {QStringLiteral("email")}, {{QStringLiteral("server"), QStringLiteral("10.1.2.3")}}});
        const ProbeSet set = probeTargets(p, QStringLiteral("10.1.2.3"), catalog().product(p.selection.product));
        QCOMPARE(set.targets.size(), 3);
        QVERIFY(unprobed(set).contains(QStringLiteral("email-out")));
    }

    void palisadeClient()
    {
        const Plan p = plan({QStringLiteral("palisade"), QStringLiteral("7"), QStringLiteral("client"), QString(), {},
            {{QStringLiteral("server"), QStringLiteral("lic01")},
                {QStringLiteral("vendor-port"), QStringLiteral("27010")}}});
        const ProbeSet set = probeTargets(p, QStringLiteral("lic01"), catalog().product(p.selection.product));
        QCOMPARE(signatures(set.targets),
            QStringList({"tcp 27000 lic01 server-port lmgrd-port-out", "tcp 27010 lic01 server-port vendor-port-out"}));
        // PalFlexServer7.exe's program rules have no ports.
        QVERIFY(!set.unprobed.isEmpty());
        for (const UnprobedRule &u : set.unprobed)
            QCOMPARE(u.reason, UnprobedRule::Reason::NoPorts);
    }

    void palisadeClientWithoutVendorPort()
    {
        const Plan p = plan({QStringLiteral("palisade"), QStringLiteral("8"), QStringLiteral("client"), QString(), {},
            {{QStringLiteral("server"), QStringLiteral("lic01")}}});
        const ProbeSet set = probeTargets(p, QStringLiteral("lic01"), catalog().product(p.selection.product));
        QCOMPARE(signatures(set.targets), QStringList({"tcp 27000 lic01 server-port lmgrd-port-out"}));
    }

    void palisadeServerWithActivation()
    {
        const Plan p = plan({QStringLiteral("palisade"), QStringLiteral("7"), QStringLiteral("server"), QString(),
            {QStringLiteral("online-activation")}, {}});
        const ProbeSet set = probeTargets(p, QStringLiteral("192.0.2.5"), catalog().product(p.selection.product));
        QCOMPARE(signatures(set.targets),
            QStringList({"tcp 27000 192.0.2.5 server-port lmgrd-port-in",
                "tcp 80 service.palisade.com outbound-service activation-out",
                "tcp 80 service2.palisade.com outbound-service activation-out"}));
    }

    void serverWithoutServerAddress()
    {
        const Plan p
            = plan({QStringLiteral("palisade"), QStringLiteral("7"), QStringLiteral("server"), QString(), {}, {}});
        const ProbeSet set = probeTargets(p, QString(), catalog().product(p.selection.product));
        QVERIFY(set.targets.isEmpty());
        QVERIFY(std::any_of(set.unprobed.cbegin(), set.unprobed.cend(), [](const UnprobedRule &u) {
            return u.ruleId == QLatin1String("lmgrd-port-in") && u.reason == UnprobedRule::Reason::NoServer;
        }));
    }

    void responderPortsOf365Server()
    {
        const Plan p = plan(
            {QStringLiteral("timesensor-legal"), QString(), QStringLiteral("server"), QStringLiteral("365"), {}, {}});
        QStringList list;
        for (const ResponderPort &r : responderPorts(p))
            list << QStringLiteral("%1 %2").arg(protocolId(r.protocol)).arg(r.port);
        QCOMPARE(list, QStringList({"tcp 19812", "tcp 19813", "tcp 19814", "udp 19813"}));
    }

    void responderPortsOfClientAreNone()
    {
        const Plan p = plan({QStringLiteral("timesensor-legal"), QString(), QStringLiteral("client"),
            QStringLiteral("365"), {}, {{QStringLiteral("server"), QStringLiteral("ts.example.com")}}});
        QVERIFY(responderPorts(p).isEmpty());
    }

    void hugeRangeIsCapped()
    {
        const Plan p = oneRulePlan(QStringLiteral("client"), QStringLiteral("rpc"), Direction::Out, Protocol::Tcp, 1024,
            65535, RemoteKind::Server);
        const ProbeSet set = probeTargets(p, QStringLiteral("srv"), nullptr);
        QCOMPARE(set.targets.size(), maxProbeTargets());
        QCOMPARE(set.omitted, 65535 - 1024 + 1 - maxProbeTargets());
        QCOMPARE(responderPorts(p).size(), 0); // outbound only
    }

    void anyProtocolWithPortsGivesBoth()
    {
        const Plan p = oneRulePlan(QStringLiteral("server"), QStringLiteral("both"), Direction::In, Protocol::Any, 5000,
            5001, RemoteKind::Lan);
        QStringList list;
        for (const ResponderPort &r : responderPorts(p))
            list << QStringLiteral("%1 %2").arg(protocolId(r.protocol)).arg(r.port);
        QCOMPARE(list, QStringList({"tcp 5000", "tcp 5001", "udp 5000", "udp 5001"}));
        QCOMPARE(probeTargets(p, QStringLiteral("h"), nullptr).targets.size(), 4);
    }
};

QTEST_GUILESS_MAIN(tst_ProbeTargets)
#include "tst_probetargets.moc"
