// The one summary of a connectivity test and its advice: every status counted under its own name (a DNS failure or a
// refusal is never "filtered"), advice grouped per action (N refused ports of one host give one paragraph naming all
// N), the catalog's "whenBlocked" advice used wherever a built-in product has one (and validated like every catalog
// text), timeSensor LEGAL 365's client never told to start a server, run serve or open a port inbound on timeSensor's
// server, and CheckSession and `check --json` counting the same on loopback.
#include "ProbeResultsModel.h"
#include "Selections.h"
#include "catalog/Catalog.h"
#include "plan/PlanResolver.h"
#include "probe/CheckSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

using namespace fw;

Q_DECLARE_METATYPE(fw::ProbeStatus)
Q_DECLARE_METATYPE(fw::Selection)

namespace {

const Catalog &catalog()
{
    static const Catalog c = Catalog::builtIn();
    return c;
}

ProbeResult result(const QString &host, int port, ProbeStatus status, ProbeEvidence evidence,
    Protocol protocol = Protocol::Tcp, ProbeKind kind = ProbeKind::ServerPort, const QString &rule = QString())
{
    ProbeResult r;
    r.target = ProbeTarget {host, port, protocol, rule, kind};
    r.status = status;
    r.evidence = evidence;
    r.address = status == ProbeStatus::DnsError ? QString() : QStringLiteral("192.0.2.7");
    r.millis = 1000;
    r.detail = status == ProbeStatus::DnsError ? QStringLiteral("Host not found") : QString();
    return r;
}

ProbeResult resultFor(const ProbeTarget &t, ProbeStatus status, ProbeEvidence evidence)
{
    ProbeResult r = result(t.host, t.port, status, evidence, t.protocol, t.kind, t.ruleId);
    r.detail = QStringLiteral("system words");
    return r;
}

/// A free TCP port on loopback (nothing listens there right now).
int freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

Selection palisadeClient(int lmgrd, int vendor, const QString &server)
{
    Selection s;
    s.product = QStringLiteral("palisade");
    s.version = QStringLiteral("8");
    s.role = QStringLiteral("client");
    s.values = {{QStringLiteral("server"), server}, {QStringLiteral("lmgrd-port"), QString::number(lmgrd)},
        {QStringLiteral("vendor-port"), QString::number(vendor)}};
    return s;
}

/// Every selection of every built-in product: each role, each deployment (or none), every option where it can be
/// chosen, and a value for every host and port the product asks for.
QList<Selection> everySelection()
{
    QList<Selection> list;
    for (const fw::test::NamedSelection &n : fw::test::builtInSelections(catalog(), false)) {
        Selection s = n.selection;
        const Product &p = *catalog().product(s.product);
        for (const OptionDef &o : p.options) {
            if ((o.when.roles.isEmpty() || o.when.roles.contains(s.role))
                && (o.when.deployments.isEmpty() || o.when.deployments.contains(s.deployment)))
                s.options << o.id;
        }
        int port = 27000;
        for (const ValueDef &v : p.values) {
            const Condition &w = v.when;
            if ((!w.roles.isEmpty() && !w.roles.contains(s.role))
                || (!w.deployments.isEmpty() && !w.deployments.contains(s.deployment))
                || (!w.option.isEmpty() && !s.options.contains(w.option)))
                continue;
            if (v.type == ValueType::Host)
                s.values.insert(v.id, v.id == QLatin1String("server") ? "ts.example.com" : "mail.example.com");
            else if (v.type == ValueType::Port)
                s.values.insert(v.id, QString::number(port++));
        }
        list << s;
    }
    return list;
}

QByteArray productWithBlockedAdvice(const QByteArray &whenBlocked)
{
    return "{\"format\": 1, \"id\": \"demo\", \"name\": \"Demo\", \"vendor\": \"Demo Ltd\",\n"
           " \"description\": {\"en\": \"D\", \"de\": \"D\", \"es\": \"D\"},\n"
           " \"roles\": [{\"id\": \"client\", \"label\": {\"en\": \"C\", \"de\": \"C\", \"es\": \"C\"},\n"
           "            \"description\": {\"en\": \"C\", \"de\": \"C\", \"es\": \"C\"}}],\n"
           " \"sources\": [{\"id\": \"kb\", \"title\": \"KB\", \"url\": \"https://example.com/kb\", \"kind\": "
           "\"vendor\"}],\n"
           " \"rules\": [{\"id\": \"db-out\", \"direction\": \"out\", \"protocol\": \"tcp\", \"ports\": [5432],\n"
           "   \"remote\": {\"kind\": \"server\"}, \"purpose\": {\"en\": \"P\", \"de\": \"P\", \"es\": \"P\"},\n"
           "   \"source\": \"kb\", \"whenBlocked\": "
        + whenBlocked + "}]}";
}

struct Run
{
    int code = -1;
    QString out;
};

Run runCheck(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("FW_BINARY"), QStringList {QStringLiteral("check")} + args);
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished(2000);
        return {};
    }
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput())};
}

} // namespace

class tst_CheckSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(catalog().problems().isEmpty()); }

    void summaries_data()
    {
        QTest::addColumn<QList<ProbeStatus>>("statuses");
        QTest::addColumn<QList<int>>("counts"); // open, refused, filtered, open-or-filtered, unreachable, dns error
        QTest::addColumn<int>("blocked");
        QTest::addColumn<QString>("sentence");
        using S = ProbeStatus;
        QTest::newRow("none") << QList<S> {} << QList<int> {0, 0, 0, 0, 0, 0} << 0 << "No connectivity test was run.";
        QTest::newRow("all open") << QList<S> {S::Open, S::Open, S::Open} << QList<int> {3, 0, 0, 0, 0, 0} << 0
                                  << "Probes: 3 (3 open).";
        // A client whose server name is not in DNS: nothing is "filtered".
        QTest::newRow("dns errors") << QList<S> {S::DnsError, S::DnsError, S::DnsError, S::DnsError}
                                    << QList<int> {0, 0, 0, 0, 0, 4} << 4 << "Probes: 4 (4 not found in DNS).";
        // The server is up but nothing listens: refused, not filtered.
        QTest::newRow("refusals") << QList<S> {S::Refused, S::Refused, S::Refused, S::OpenOrFiltered}
                                  << QList<int> {0, 3, 0, 1, 0, 0} << 3 << "Probes: 4 (3 refused, 1 open or filtered).";
        QTest::newRow("a bit of everything")
            << QList<S> {S::Open, S::Refused, S::Filtered, S::Filtered, S::OpenOrFiltered, S::Unreachable, S::DnsError,
                   S::Open}
            << QList<int> {2, 1, 2, 1, 1, 1} << 5
            << "Probes: 8 (2 open, 1 refused, 2 filtered, 1 open or filtered, 1 unreachable, 1 not found in DNS).";
    }

    void summaries()
    {
        QFETCH(QList<ProbeStatus>, statuses);
        QFETCH(QList<int>, counts);
        QFETCH(int, blocked);
        QFETCH(QString, sentence);
        ProbeResults results;
        for (ProbeStatus s : std::as_const(statuses))
            results << result(QStringLiteral("ts.example.com"), 19812 + int(results.size()), s, ProbeEvidence::Silence);
        const CheckSummary summary = summarizeChecks(results);
        QCOMPARE(summary.ran, !statuses.isEmpty());
        QCOMPARE(summary.total, int(statuses.size()));
        QCOMPARE((QList<int> {summary.open, summary.refused, summary.filtered, summary.openOrFiltered,
                     summary.unreachable, summary.dnsError}),
            counts);
        QCOMPARE(summary.blocked(), blocked);
        QCOMPARE(summary.passed(), !statuses.isEmpty() && blocked == 0);
        QCOMPARE(summary.sentence(), sentence);
    }

    void groupedAdvice()
    {
        const QString a = QStringLiteral("ts.example.com");
        const QString b = QStringLiteral("db.example.com");
        using S = ProbeStatus;
        using E = ProbeEvidence;
        ProbeResults results {result(a, 19812, S::Refused, E::TcpReset), result(a, 19813, S::Open, E::Connected),
            result(a, 19813, S::Refused, E::TcpReset, Protocol::Udp), result(a, 19814, S::Refused, E::TcpReset),
            result(b, 19812, S::Refused, E::TcpReset), result(a, 19815, S::Filtered, E::Silence),
            result(a, 19816, S::Filtered, E::Silence), result(a, 19817, S::Refused, E::IcmpProhibited)};
        results[6].millis = 1500;
        const QList<CheckAdvice> advice = checkAdvice(results, Plan(), QStringLiteral("en"));
        QCOMPARE(advice.size(), 4);
        // Three refused ports of one host, TCP and UDP: one paragraph naming all three.
        QCOMPARE(advice.at(0).results, (QList<int> {0, 2, 3}));
        QCOMPARE(advice.at(0).text, probeAdvice(results.at(0), QStringLiteral("TCP 19812, 19814, UDP 19813")));
        QCOMPARE(advice.at(0).text.count(QStringLiteral("refused")), 1);
        QCOMPARE(advice.at(0).fixedBy, Fixer::Invalid);
        // Another host is another paragraph.
        QCOMPARE(advice.at(1).results, QList<int> {4});
        QVERIFY(advice.at(1).text.startsWith(b));
        // Silence on two ports: one paragraph, with the longest wait.
        QCOMPARE(advice.at(2).results, (QList<int> {5, 6}));
        QVERIFY2(advice.at(2).text.contains(QStringLiteral("on TCP 19815-19816 within 1500 ms")),
            qPrintable(advice.at(2).text));
        // A firewall's rejection calls for another action than "nothing listens".
        QCOMPARE(advice.at(3).results, QList<int> {7});
        QCOMPARE(adviceFor(advice, 3), &advice.at(0));
        QCOMPARE(adviceFor(advice, 1), nullptr);
    }

    // Every built-in product, role and deployment: where the catalog says who fixes a blocked port, its advice is
    // used for a refusal or silence on the way; elsewhere, and for what this machine itself stopped, the generic.
    void catalogAdvice_data()
    {
        QTest::addColumn<Selection>("selection");
        for (const Selection &s : everySelection())
            QTest::newRow(qPrintable(QStringLiteral("%1 %2 %3").arg(s.product, s.role, s.deployment))) << s;
    }

    void catalogAdvice()
    {
        QFETCH(Selection, selection);
        Plan plan;
        SelectionProblems problems;
        QVERIFY2(resolvePlan(catalog(), selection, plan, problems),
            qPrintable(problems.isEmpty() ? QString() : problems.constFirst().toString()));
        const ProbeSet set
            = probeTargets(plan, QStringLiteral("ts.example.com"), catalog().product(plan.selection.product));
        const bool hosted = selection.product == QLatin1String("timesensor-legal")
            && selection.deployment == QLatin1String("365") && selection.role == QLatin1String("client");
        QList<ProbeTarget> serverTargets; // the probes of the server's ports (the others go to the mail server)
        for (const ProbeTarget &t : set.targets) {
            if (t.host == QLatin1String("ts.example.com"))
                serverTargets << t;
        }
        if (hosted)
            QCOMPARE(serverTargets.size(), 4);
        QList<QPair<ProbeStatus, ProbeEvidence>> cases {{ProbeStatus::Refused, ProbeEvidence::TcpReset},
            {ProbeStatus::Refused, ProbeEvidence::IcmpProhibited}, {ProbeStatus::Filtered, ProbeEvidence::Silence},
            {ProbeStatus::OpenOrFiltered, ProbeEvidence::Silence}, {ProbeStatus::Unreachable, ProbeEvidence::NoRoute},
            {ProbeStatus::DnsError, ProbeEvidence::NameNotFound}, {ProbeStatus::Filtered, ProbeEvidence::LocalFirewall},
            {ProbeStatus::Open, ProbeEvidence::ConnectedClosed}};
        int fromCatalog = 0;
        ProbeResultsModel model;
        model.setTargets(set.targets);
        for (int row = 0; row < model.rowCount(); ++row) {
            const ProbeTarget &t = set.targets.at(row);
            const PlanRule *rule = nullptr;
            for (const PlanRule &r : plan.rules)
                rule = r.id == t.ruleId ? &r : rule;
            QVERIFY(rule);
            if (hosted) {
                // timeSensor's server in its data centre: reached outbound, never "inbound on the server".
                QCOMPARE(t.kind, ProbeKind::OutboundService);
                QCOMPARE(model.index(row, ProbeResultsModel::WhatColumn).data().toString(),
                    QStringLiteral("outbound from this machine"));
                QCOMPARE(rule->whenBlocked.isEmpty(), t.host != QLatin1String("ts.example.com"));
            }
            for (const auto &[status, evidence] : cases) {
                const ProbeResult r = resultFor(t, status, evidence);
                const QList<CheckAdvice> advice = checkAdvice({r}, plan, QStringLiteral("en"));
                QCOMPARE(advice.size(), 1);
                const QString text = advice.constFirst().text;
                const bool onTheWay = (status == ProbeStatus::Refused || status == ProbeStatus::Filtered
                                          || status == ProbeStatus::OpenOrFiltered)
                    && evidence != ProbeEvidence::LocalFirewall;
                if (onTheWay && !rule->whenBlocked.isEmpty()) {
                    ++fromCatalog;
                    QCOMPARE(text, probeFinding(r, probeEndpointLabel(t)) + ' ' + rule->whenBlocked.advice.en);
                    QCOMPARE(advice.constFirst().fixedBy, rule->whenBlocked.fixedBy);
                } else {
                    QCOMPARE(text, probeAdvice(r));
                    QCOMPARE(advice.constFirst().fixedBy, Fixer::Invalid);
                }
                QVERIFY2(!text.contains(QLatin1Char('{')), qPrintable(text));
                if (!hosted)
                    continue;
                QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("\\bserve\\b"))), qPrintable(text));
                for (const char *never : {"firewall-wizard", "Start the", "start the", "server software",
                         "inbound on the server", "inbound in the server", "server's firewall", "on the server"})
                    QVERIFY2(
                        !text.contains(QLatin1String(never)), qPrintable(QStringLiteral("%1: %2").arg(never, text)));
            }
        }
        if (hosted) {
            // All four ports blocked alike: one paragraph naming them all, speaking of the firm's side and support.
            ProbeResults all;
            for (const ProbeTarget &t : std::as_const(serverTargets))
                all << resultFor(t, ProbeStatus::Filtered, ProbeEvidence::Silence);
            const QList<CheckAdvice> advice = checkAdvice(all, plan, QStringLiteral("de"));
            QCOMPARE(advice.size(), 1);
            QVERIFY2(advice.constFirst().text.contains(QLatin1String("TCP 19812-19814, UDP 19813")),
                qPrintable(advice.constFirst().text));
            QVERIFY2(advice.constFirst().text.contains(QLatin1String("Firewall Ihrer Kanzlei")),
                qPrintable(advice.constFirst().text));
            QVERIFY(advice.constFirst().text.contains(QLatin1String("Support von timeSensor")));
            QCOMPARE(advice.constFirst().fixedBy, Fixer::ThisSite);
        }
        // The catalog speaks for timeSensor's 365 client and Classic client, and Palisade's client.
        if (hosted || (selection.role == QLatin1String("client")))
            QVERIFY(fromCatalog > 0);
    }

    void catalogFieldIsValidated_data()
    {
        QTest::addColumn<QByteArray>("whenBlocked");
        QTest::addColumn<QString>("problem"); // empty: none
        const QByteArray advice = "\"advice\": {\"en\": \"Ask the vendor\", \"de\": \"Fragen Sie den Hersteller\", "
                                  "\"es\": \"Pregunte al fabricante\"}";
        QTest::newRow("good") << "{\"fixedBy\": \"vendor\", " + advice + "}" << QString();
        QTest::newRow("a German text is missing")
            << QByteArray("{\"fixedBy\": \"vendor\", \"advice\": {\"en\": \"Ask\", \"es\": \"Pregunte\"}}")
            << "rules[0].whenBlocked.advice";
        QTest::newRow("too long") << "{\"fixedBy\": \"vendor\", \"advice\": {\"en\": \"" + QByteArray(2001, 'x')
                + "\", \"de\": \"D\", \"es\": \"E\"}}"
                                  << "rules[0].whenBlocked.advice.en: the text is 2001 characters long";
        QTest::newRow("empty") << QByteArray(
            "{\"fixedBy\": \"vendor\", \"advice\": {\"en\": \" \", \"de\": \"D\", \"es\": \"E\"}}")
                               << "rules[0].whenBlocked.advice.en";
        QTest::newRow("unknown placeholder") << QByteArray(
            "{\"fixedBy\": \"vendor\", \"advice\": {\"en\": \"{value:nope}\", "
            "\"de\": \"D\", \"es\": \"E\"}}") << "rules[0].whenBlocked.advice.en";
        QTest::newRow("who is unknown") << "{\"fixedBy\": \"someone\", " + advice + "}"
                                        << "rules[0].whenBlocked.fixedBy";
        QTest::newRow("who is missing") << "{" + advice + "}"
                                        << "rules[0].whenBlocked";
        QTest::newRow("a typo") << "{\"fixedby\": \"vendor\", " + advice + "}"
                                << "rules[0].whenBlocked";
        QTest::newRow("not an object") << QByteArray("\"ask the vendor\"") << "rules[0].whenBlocked";
    }

    void catalogFieldIsValidated()
    {
        QFETCH(QByteArray, whenBlocked);
        QFETCH(QString, problem);
        Product product;
        CatalogProblems problems;
        const bool ok
            = readProduct(productWithBlockedAdvice(whenBlocked), QStringLiteral("demo.json"), product, problems);
        QStringList texts;
        for (const CatalogProblem &p : problems)
            texts << p.toString();
        if (problem.isEmpty()) {
            QVERIFY2(ok && problems.isEmpty(), qPrintable(texts.join('\n')));
            QCOMPARE(product.rules.constFirst().whenBlocked.fixedBy, Fixer::Vendor);
            QCOMPARE(product.rules.constFirst().whenBlocked.advice.de, QStringLiteral("Fragen Sie den Hersteller"));
            return;
        }
        QVERIFY(!problems.isEmpty());
        QVERIFY2(texts.join('\n').contains(problem), qPrintable(texts.join('\n')));
    }

    // The session against loopback: one refused and one open port; the summary, the advice and the report agree.
    void sessionOnLoopback()
    {
        QTcpServer open;
        QVERIFY(open.listen(QHostAddress::LocalHost, 0));
        const int closed = freePort();
        QVERIFY(closed > 0);
        Plan plan;
        SelectionProblems problems;
        QVERIFY(resolvePlan(catalog(), palisadeClient(closed, open.serverPort(), "127.0.0.1"), plan, problems));
        CheckSession session;
        session.setPlan(plan, catalog().product(QStringLiteral("palisade")));
        session.setServer(QStringLiteral("127.0.0.1"));
        session.setTimeout(2000);
        QCOMPARE(session.targets().targets.size(), 2);
        QCOMPARE(session.phase(), CheckSession::Phase::Idle);
        QVERIFY(session.start());
        QVERIFY(!session.start());
        QCOMPARE(session.phase(), CheckSession::Phase::Running);
        QTRY_COMPARE_WITH_TIMEOUT(session.phase(), CheckSession::Phase::Done, 5000);
        QCOMPARE(session.doneCount(), 2);
        const CheckSummary summary = session.summary();
        QCOMPARE(summary.total, 2);
        QCOMPARE(summary.open, 1);
        QCOMPARE(summary.refused, 1);
        QCOMPARE(summary.filtered, 0);
        QVERIFY(session.matches(plan, catalog().product(QStringLiteral("palisade"))));
        const QList<CheckAdvice> advice = session.advice(QStringLiteral("en"));
        QCOMPARE(advice.size(), 1);
        QCOMPARE(advice.constFirst().fixedBy, Fixer::ServerAdmin);
        QVERIFY2(advice.constFirst().text.contains(QStringLiteral("refused TCP %1. On the license server").arg(closed)),
            qPrintable(advice.constFirst().text));
        QVERIFY(advice.constFirst().text.contains(QLatin1String("PalFlexServer8.exe")));
        const QJsonObject report = session.report(QStringLiteral("wizard"), QStringLiteral("en"));
        const QJsonObject counts = report.value(QStringLiteral("summary")).toObject();
        QCOMPARE(counts.value(QStringLiteral("open")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("refused")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("filtered")).toInt(), 0);
        QCOMPARE(counts.value(QStringLiteral("blocked")).toInt(), 1);
        const QJsonArray groups = report.value(QStringLiteral("advice")).toArray();
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.at(0).toObject().value(QStringLiteral("text")).toString(), advice.constFirst().text);
        QCOMPARE(groups.at(0).toObject().value(QStringLiteral("fixedBy")).toString(), QStringLiteral("server-admin"));
        session.clear();
        QCOMPARE(session.phase(), CheckSession::Phase::Idle);
        QVERIFY(session.results().isEmpty());
    }

    // check --json and the text: counts by status, a DNS failure never "filtered", advice once per group.
    void checkCommand_data()
    {
        QTest::addColumn<bool>("dns");
        QTest::newRow("two refused ports") << false;
        QTest::newRow("server not in DNS") << true;
    }

    void checkCommand()
    {
        QFETCH(bool, dns);
        QVERIFY2(QFile::exists(qEnvironmentVariable("FW_BINARY")), "FW_BINARY must name the built firewall-wizard");
        const int first = freePort();
        int second = freePort();
        for (int i = 0; i < 20 && second == first; ++i)
            second = freePort();
        QVERIFY(first > 0 && second > 0 && first != second);
        const QString server = dns ? QStringLiteral("nonexistent.invalid") : QStringLiteral("127.0.0.1");
        const QStringList args {"--product", "palisade", "--version", "8", "--role", "client", "--server", server,
            "--set", QStringLiteral("lmgrd-port=%1").arg(first), "--set", QStringLiteral("vendor-port=%1").arg(second),
            "--timeout-ms", "3000", "--lang", "en"};
        const Run json = runCheck(args + QStringList {"--json"});
        QCOMPARE(json.code, 1);
        const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const QJsonObject counts = report.value(QStringLiteral("summary")).toObject();
        for (const char *status : {"open", "refused", "filtered", "open-or-filtered", "unreachable", "dns-error"})
            QCOMPARE(counts.value(QLatin1String(status)).toInt(),
                QLatin1String(status) == QLatin1String(dns ? "dns-error" : "refused") ? 2 : 0);
        QCOMPARE(counts.value(QStringLiteral("total")).toInt(), 2);
        QCOMPARE(counts.value(QStringLiteral("blocked")).toInt(), 2);
        const QJsonArray groups = report.value(QStringLiteral("advice")).toArray();
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.at(0).toObject().value(QStringLiteral("results")).toArray().size(), 2);
        QCOMPARE(report.value(QStringLiteral("results")).toArray().size(), 2);

        const Run text = runCheck(args);
        QCOMPARE(text.code, 1);
        QVERIFY2(text.out.contains(dns ? QStringLiteral("\nProbes: 2 (2 not found in DNS).\n")
                                       : QStringLiteral("\nProbes: 2 (2 refused).\n")),
            qPrintable(text.out));
        QVERIFY2(!text.out.contains(QLatin1String("filtered")), qPrintable(text.out));
        // One paragraph for both ports.
        const QString advice = text.out.section(QStringLiteral("What it means and what to do:\n"), 1);
        QCOMPARE(advice.count(QLatin1Char('\n')), 1);
        QVERIFY2(advice.startsWith(QStringLiteral("  TCP %1, %2 %3: ")
                                       .arg(std::min(first, second))
                                       .arg(std::max(first, second))
                                       .arg(server))
                || advice.startsWith(QStringLiteral("  TCP %1-%2 %3: ")
                                         .arg(std::min(first, second))
                                         .arg(std::max(first, second))
                                         .arg(server)),
            qPrintable(advice));
    }
};

QTEST_GUILESS_MAIN(tst_CheckSummary)
#include "tst_checksummary.moc"
