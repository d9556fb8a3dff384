// The nftables ruleset reader: which base chains filter, where our jump goes, and the rules of our chain.
#include "apply/NftRuleset.h"
#include "apply/NftablesBackend.h"
#include "plan/Plan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fw;

namespace {

QJsonObject chain(const QString &family, const QString &table, const QString &name, const QString &hook = QString(),
    const QString &policy = QString(), int prio = 0)
{
    QJsonObject c {{"family", family}, {"table", table}, {"name", name}, {"handle", 1}};
    if (!hook.isEmpty()) {
        c.insert("type", "filter");
        c.insert("hook", hook);
        c.insert("prio", prio);
        c.insert("policy", policy);
    }
    return QJsonObject {{"chain", c}};
}

QJsonObject rule(const QString &family, const QString &table, const QString &chainName, int handle,
    const QJsonArray &expr, const QString &comment = QString())
{
    QJsonObject r {{"family", family}, {"table", table}, {"chain", chainName}, {"handle", handle}, {"expr", expr}};
    if (!comment.isEmpty())
        r.insert("comment", comment);
    return QJsonObject {{"rule", r}};
}

QJsonObject match()
{
    return QJsonObject {{"match",
        QJsonObject {{"op", "=="},
            {"left", QJsonObject {{"payload", QJsonObject {{"protocol", "tcp"}, {"field", "dport"}}}}},
            {"right", 22}}}};
}

QJsonObject verdict(const QString &name, const QString &target = QString())
{
    if (target.isEmpty())
        return QJsonObject {{name, QJsonValue()}};
    return QJsonObject {{name, QJsonObject {{"target", target}}}};
}

QByteArray ruleset(const QJsonArray &items)
{
    QJsonArray all {QJsonObject {{"metainfo", QJsonObject {{"json_schema_version", 1}}}}};
    for (const QJsonValue &v : items)
        all.append(v);
    return QJsonDocument(QJsonObject {{"nftables", all}}).toJson();
}

PlanRule planRule(const QString &id, Direction direction, Protocol protocol, QList<PortRange> ports,
    RemoteKind remote = RemoteKind::Any, QStringList hosts = {})
{
    PlanRule r;
    r.id = id;
    r.direction = direction;
    r.protocol = protocol;
    r.ports = ports;
    r.remote = remote;
    r.hosts = hosts;
    r.purpose.en = QStringLiteral("Purpose of ") + id;
    return r;
}

} // namespace

class tst_ApplyNftRuleset : public QObject
{
    Q_OBJECT

private slots:
    void filterPoints_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected"); // "family table chain insertBefore byPolicy"

        const QString f = QStringLiteral("inet");
        QTest::newRow("policy drop, append") << ruleset(
            {chain(f, "filter", "input", "input", "drop"), rule(f, "filter", "input", 2, {match(), verdict("accept")})})
                                             << QStringList {"inet filter input 0 policy"};
        QTest::newRow("policy accept: nothing filters") << ruleset({chain(f, "filter", "input", "input", "accept"),
            rule(f, "filter", "input", 2, {match(), verdict("accept")})})
                                                        << QStringList {};
        QTest::newRow("final drop with log and counter before it")
            << ruleset({chain(f, "filter", "input", "input", "accept"),
                   rule(f, "filter", "input", 2, {match(), verdict("accept")}),
                   rule(f, "filter", "input", 3, {QJsonObject {{"log", QJsonObject {{"prefix", "x"}}}}}),
                   rule(f, "filter", "input", 4, {QJsonObject {{"counter", QJsonValue()}}, verdict("drop")})})
            << QStringList {"inet filter input 3 rule"};
        QTest::newRow("final reject") << ruleset(
            {chain(f, "filter", "input", "input", "accept"), rule(f, "filter", "input", 5, {verdict("reject")})})
                                      << QStringList {"inet filter input 5 rule"};
        QTest::newRow("accept all before the policy drop") << ruleset(
            {chain(f, "filter", "input", "input", "drop"), rule(f, "filter", "input", 2, {verdict("accept")})})
                                                           << QStringList {};
        QTest::newRow("conditional drop decides nothing") << ruleset(
            {chain(f, "filter", "input", "input", "accept"), rule(f, "filter", "input", 2, {match(), verdict("drop")})})
                                                          << QStringList {};
        QTest::newRow("jump to a chain that drops") << ruleset({chain(f, "filter", "input", "input", "accept"),
            chain(f, "filter", "deny"), rule(f, "filter", "input", 2, {match(), verdict("accept")}),
            rule(f, "filter", "input", 3, {verdict("jump", "deny")}), rule(f, "filter", "deny", 4, {verdict("drop")})})
                                                    << QStringList {"inet filter input 3 rule"};
        QTest::newRow("jump to a chain that returns") << ruleset({chain(f, "filter", "input", "input", "accept"),
            chain(f, "filter", "log"), rule(f, "filter", "input", 3, {verdict("jump", "log")}),
            rule(f, "filter", "log", 4, {match(), verdict("drop")})})
                                                      << QStringList {};
        QTest::newRow("return in a base chain hands over to the drop policy")
            << ruleset({chain(f, "filter", "input", "input", "drop"),
                   rule(f, "filter", "input", 2, {match(), verdict("accept")}),
                   rule(f, "filter", "input", 3, {verdict("return")}),
                   rule(f, "filter", "input", 4, {match(), verdict("accept")})})
            << QStringList {"inet filter input 3 policy"};
        QTest::newRow("two tables, ip and ip6") << ruleset({chain("ip", "a", "in", "input", "drop", 0),
            chain("ip6", "b", "in6", "input", "drop", 10), chain("bridge", "c", "br", "input", "drop")})
                                                << QStringList {"ip a in 0 policy", "ip6 b in6 0 policy"};
        QTest::newRow("output hook is not input")
            << ruleset({chain(f, "filter", "output", "output", "drop")}) << QStringList {};
    }
    void filterPoints()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        NftRuleset rs;
        QString error;
        QVERIFY2(rs.parse(json, &error), qPrintable(error));
        QStringList found;
        for (const NftFilterPoint &p : rs.filterPoints(QStringLiteral("input")))
            found << QStringLiteral("%1 %2 %3 %4 %5")
                         .arg(p.family, p.table, p.chain)
                         .arg(p.insertBefore)
                         .arg(p.byPolicy ? "policy" : "rule");
        QCOMPARE(found, expected);
    }

    void refusesWhatIsNotARuleset()
    {
        NftRuleset rs;
        QString error;
        QVERIFY(!rs.parse("Error: Could not process rule: Operation not permitted", &error));
        QVERIFY(!error.isEmpty());
    }

    void names()
    {
        QCOMPARE(nftables::chainName("timesensor-legal", "server", Direction::In),
            QStringLiteral("fwwizard_timesensor_legal_server_in"));
        QCOMPARE(
            nftables::chainName("palisade", "client", Direction::Out), QStringLiteral("fwwizard_palisade_client_out"));
        QCOMPARE(nftables::tag("palisade", "server"), QStringLiteral("firewall-wizard:palisade:server"));
    }

    void chainRulesMergePortsIntoSets()
    {
        Plan plan;
        plan.selection.product = "x";
        plan.selection.role = "server";
        plan.rules << planRule("web", Direction::In, Protocol::Tcp, {{80, 80}, {443, 443}})
                   << planRule("alt", Direction::In, Protocol::Tcp, {{81, 81}, {8080, 8081}})
                   << planRule("quic", Direction::In, Protocol::Udp, {{19813, 19813}})
                   << planRule("out", Direction::Out, Protocol::Tcp, {{25, 25}})
                   << planRule("program", Direction::In, Protocol::Any, {})
                   << planRule("lan", Direction::In, Protocol::Tcp, {{5000, 5000}}, RemoteKind::Lan)
                   << planRule("srv", Direction::In, Protocol::Tcp, {{6000, 6000}}, RemoteKind::Server,
                          {"192.0.2.7", "2001:db8::7"});
        QStringList comments;
        const QStringList inet
            = nftables::chainRules(plan, Direction::In, "inet", "10.0.0.0/8,fd00::/8", "en", &comments);
        QCOMPARE(inet,
            (QStringList {
                "tcp dport { 80-81, 443, 8080-8081 } accept comment \"web, alt\"",
                "udp dport 19813 accept comment \"quic\"",
                "ip saddr 10.0.0.0/8 tcp dport 5000 accept comment \"lan\"",
                "ip6 saddr fd00::/8 tcp dport 5000 accept comment \"lan\"",
                "ip saddr 192.0.2.7 tcp dport 6000 accept comment \"srv\"",
                "ip6 saddr 2001:db8::7 tcp dport 6000 accept comment \"srv\"",
            }));
        QVERIFY(comments.contains(QStringLiteral("# web: Purpose of web")));
        // A table of one family gets only the addresses of that family.
        const QStringList ip = nftables::chainRules(plan, Direction::In, "ip", "10.0.0.0/8,fd00::/8", "en");
        QCOMPARE(ip.size(), 4);
        QVERIFY(!ip.join('\n').contains(QLatin1String("ip6 ")));
        const QStringList ip6 = nftables::chainRules(plan, Direction::In, "ip6", "10.0.0.0/8,fd00::/8", "en");
        QVERIFY(!ip6.join('\n').contains(QLatin1String("ip saddr")));
        // Without a LAN range the LAN rule allows any address and joins the other TCP ports.
        const QStringList anyLan = nftables::chainRules(plan, Direction::In, "inet", QString(), "en");
        QCOMPARE(anyLan.first(),
            QStringLiteral("tcp dport { 80-81, 443, 5000, 8080-8081 } accept comment \"web, alt, lan\""));
        QCOMPARE(nftables::chainRules(plan, Direction::Out, "inet", QString(), "en"),
            QStringList {"tcp dport 25 accept comment \"out\""});
    }

    void thousandRulesBecomeOneSet()
    {
        Plan plan;
        plan.selection.product = "bench";
        plan.selection.role = "server";
        for (int i = 0; i < 1000; ++i)
            plan.rules << planRule(
                QStringLiteral("r%1").arg(i), Direction::In, Protocol::Tcp, {{20000 + 2 * i, 20000 + 2 * i}});
        const QStringList rules = nftables::chainRules(plan, Direction::In, "inet", QString(), "en");
        QCOMPARE(rules.size(), 1);
        const QString set = rules.first().section(QLatin1String("{ "), 1).section(QLatin1String(" }"), 0, 0);
        QCOMPARE(set.split(QStringLiteral(", ")).size(), 1000);
        // nft cuts comments at 127 bytes; ours are cut before.
        QVERIFY(rules.first().section(QLatin1String("comment \""), 1).toUtf8().size() <= 128);
    }
};

QTEST_GUILESS_MAIN(tst_ApplyNftRuleset)
#include "tst_applynftruleset.moc"
