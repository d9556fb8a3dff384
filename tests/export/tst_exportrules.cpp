// What the exporters decide: refusals of what cannot be quoted, host names versus addresses, the LAN setting,
// program rules on Linux, the header, file names and rendering several formats at once.
#include "ExportTestSupport.h"
#include "Table.h"

#include "export/ExportText.h"
#include "export/Quoting.h"

#include <QTest>

#include <climits>

using namespace fw;

namespace {

ExportResult render(const QString &format, const Plan &plan, const QMap<QString, QString> &settings = {})
{
    ExportContext context = fwtest::fixedContext();
    context.settings = settings;
    return exporterFor(format)->render(plan, context);
}

QString text(const ExportResult &r)
{
    return QString::fromUtf8(r.data);
}

} // namespace

class tst_ExportRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registryOrder()
    {
        QCOMPARE(exporterIds(),
            QStringList(
                {"powershell", "netsh", "nftables", "iptables", "firewalld", "ufw", "ansible", "json", "csv", "pdf"}));
        QVERIFY(exporterFor("pdf")->isBinary());
        for (const Exporter *e : exporters())
            QVERIFY(!e->description().isEmpty());
    }

    void fileNamesAndSeveralFormats()
    {
        const Plan plan = fwtest::planFor({"timesensor-legal", "", "server", "365", {}, {}});
        const QList<ExportFile> files
            = renderFormats(plan, fwtest::fixedContext(), {"powershell", "nftables", "bogus", "csv"});
        QCOMPARE(files.size(), 4);
        QCOMPARE(files[0].fileName, QStringLiteral("fwwizard-timesensor-legal-365-server.ps1"));
        QCOMPARE(files[1].fileName, QStringLiteral("fwwizard-timesensor-legal-365-server.nft"));
        QVERIFY(files[0].result.ok() && files[1].result.ok() && files[3].result.ok());
        QVERIFY(!files[2].result.ok());
        QCOMPARE(files[2].result.problems.first().field, QStringLiteral("format"));
        const Plan palisade = fwtest::planFor({"palisade", "7", "client", "", {}, {}});
        QCOMPARE(exportFileName(*exporterFor("netsh"), palisade), QStringLiteral("fwwizard-palisade-7-client.cmd"));
        // Two shell scripts saved into one folder must not overwrite each other.
        QCOMPARE(exportFileName(*exporterFor("firewalld"), palisade),
            QStringLiteral("fwwizard-palisade-7-client-firewalld.sh"));
        QCOMPARE(exportFileName(*exporterFor("ufw"), palisade), QStringLiteral("fwwizard-palisade-7-client-ufw.sh"));
    }

    void headerNamesEverything_data()
    {
        QTest::addColumn<QString>("format");
        for (const Exporter *e : exporters()) {
            if (!e->isBinary() && e->id() != QLatin1String("json") && e->id() != QLatin1String("csv"))
                QTest::newRow(qPrintable(e->id())) << e->id();
        }
    }
    void headerNamesEverything()
    {
        QFETCH(QString, format);
        const Plan plan
            = fwtest::planFor({"palisade", "8", "server", "", {"online-activation"}, {{"vendor-port", "27001"}}});
        const QString out = text(render(format, plan));
        for (const char *expected :
            {"Product:", "Palisade network software (palisade)", "Role:", "License server (server)",
                "Deployment:", "Version:", "8.x", "Options:", "online-activation", "Values:", "vendor-port=27001",
                "Generated:", "2024-05-17T09:30:00Z", "Firewall Setup Wizard 0.1.0", "Undo:"})
            QVERIFY2(out.contains(QString::fromUtf8(expected)), expected);
    }

    void stableNamesAndGroup()
    {
        const Plan plan = fwtest::planFor({"palisade", "7", "server", "", {}, {}});
        const QString ps = text(render("powershell", plan));
        QVERIFY(ps.contains("Name          = 'FirewallWizard-palisade-server-palisade-exe-in'"));
        QVERIFY(ps.contains("$group = 'Firewall Setup Wizard: palisade server'"));
        QVERIFY(
            ps.contains("Get-NetFirewallRule -Group $group -ErrorAction SilentlyContinue | Remove-NetFirewallRule"));
        QVERIFY(ps.contains("[CmdletBinding(SupportsShouldProcess = $true)]")); // -WhatIf
        QVERIFY(ps.contains("Administrator"));
        QVERIFY(render("powershell", plan)
                    .data.startsWith("\xEF\xBB\xBF")); // Windows PowerShell 5.1 reads UTF-8 only with a BOM
        QVERIFY(render("powershell", plan).data.contains("\r\n"));
        const QString cmd = text(render("netsh", plan));
        const int del = cmd.indexOf("delete rule name=\"FirewallWizard-palisade-server-palisade-exe-in\"");
        const int add = cmd.indexOf("add rule name=\"FirewallWizard-palisade-server-palisade-exe-in\"");
        QVERIFY(del > 0 && add > del); // deletes its own rule before adding it again
        QVERIFY(cmd.contains("program=\"%FWW_PROGRAM_1%\""));
    }

    void hostNamesAreNotResolved()
    {
        // A host name cannot be matched by Windows' RemoteAddress nor by nft/iptables: the rule allows any address
        // and says why; an address restricts the rule.
        const Plan byName = fwtest::planFor({"palisade", "7", "client", "", {}, {{"server", "lic01.example.com"}}});
        const QString ps = text(render("powershell", byName));
        QVERIFY(ps.contains("lic01.example.com, a host name"));
        QVERIFY(!ps.contains("RemoteAddress = @("));
        const Plan byAddress = fwtest::planFor({"palisade", "7", "client", "", {}, {{"server", "192.0.2.10"}}});
        QVERIFY(text(render("powershell", byAddress)).contains("RemoteAddress = @('192.0.2.10')"));
        QVERIFY(text(render("netsh", byAddress)).contains("remoteip=192.0.2.10"));
        QVERIFY(text(render("nftables", byAddress)).contains("ip daddr 192.0.2.10 tcp dport 27000 accept"));
        QVERIFY(text(render("iptables", byAddress)).contains("-d 192.0.2.10 -p tcp --dport 27000"));
        const Plan noServer = fwtest::planFor({"palisade", "7", "client", "", {}, {}});
        QVERIFY(text(render("nftables", noServer)).contains("its address was not given"));
    }

    void lanOnWindowsAndLinux()
    {
        const Plan plan = fwtest::planFor({"timesensor-legal", "", "server", "classic", {}, {}});
        QVERIFY(text(render("powershell", plan)).contains("RemoteAddress = 'LocalSubnet'"));
        QVERIFY(text(render("netsh", plan)).contains("remoteip=localsubnet"));
        QVERIFY(text(render("nftables", plan)).contains("no LAN range was given (--lan)"));
        const QString withLan = text(render("nftables", plan, {{"lan", "192.168.1.0/24"}}));
        QVERIFY(withLan.contains("ip saddr 192.168.1.0/24 tcp dport 19812-19814 accept"));
        const QString firewalld = text(render("firewalld", plan, {{"lan", "192.168.1.0/24"}}));
        QVERIFY(firewalld.contains("rule family=\"ipv4\" source address=\"192.168.1.0/24\" port port=\"19812-19814\" "
                                   "protocol=\"tcp\" accept"));
        QVERIFY(text(render("ufw", plan, {{"lan", "192.168.1.0/24"}}))
                    .contains("ufw allow in from 192.168.1.0/24 to any app"));
    }

    void badSettingsAreRefused_data()
    {
        fw::test::addTextTable({"key", "value"},
            {
                {"lan not a range", {"lan", "10.0.0.0/8; nft flush ruleset"}},
                {"zone with a quote", {"zone", "public\"; rm -rf /"}},
                {"program dir with a dollar", {"program-dir", "C:\\$(x)"}},
                {"policy", {"input-policy", "reject"}},
                {"page size", {"page-size", "a3"}},
                {"unknown", {"colour", "blue"}},
            });
    }
    void badSettingsAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        const Plan plan = fwtest::planFor({"timesensor-legal", "", "server", "classic", {}, {}});
        for (const char *format : {"powershell", "netsh", "nftables", "iptables", "firewalld", "ufw", "ansible"}) {
            const ExportResult r = render(format, plan, {{key, value}});
            QVERIFY2(!r.ok(), format);
            QVERIFY(r.data.isEmpty());
            QCOMPARE(r.problems.first().field, key);
        }
    }

    void unquotableProgramNamesAreRefused()
    {
        // The catalog refuses such programs when it loads (tst_programpath); a plan built in code meets the exporters'
        // own checks. "Ev'il $(id) `id`;%PATH%&.exe": PowerShell quotes it, a batch file and win_find cannot search
        // for it exactly, so those refuse and name the rule, the field and the character.
        Plan plan = fwtest::planFor({"palisade", "7", "server", "", {}, {}});
        plan.rules[0].program = QStringLiteral("Ev'il $(id) `id`;%PATH%&.exe");
        const ExportResult ps = render("powershell", plan);
        QVERIFY(ps.ok());
        QVERIFY(text(ps).contains("Program       = $programs['Ev''il $(id) `id`;%PATH%&.exe']"));
        for (const char *format : {"netsh", "ansible"}) {
            const ExportResult r = render(format, plan);
            QVERIFY2(!r.ok(), format);
            QCOMPARE(r.problems.first().ruleId, plan.rules[0].id);
            QCOMPARE(r.problems.first().field, QStringLiteral("program"));
            QVERIFY2(r.problems.first().what.contains("contains '"), qPrintable(r.problems.first().what));
        }
        // A path that the catalog would refuse is refused by every Windows format, with the catalog's reason.
        Plan bad = fwtest::planFor({"palisade", "7", "server", "", {}, {}});
        for (const char *program : {"..\\evil.exe", "..\\evil\".exe", "%TEMP%\\evil.exe"}) {
            bad.rules[0].program = QString::fromUtf8(program);
            for (const char *format : {"powershell", "netsh", "ansible"}) {
                const ExportResult r = render(format, bad);
                QVERIFY2(!r.ok(), format);
                QCOMPARE(r.problems.first().field, QStringLiteral("program"));
                const QString expected
                    = QStringLiteral("the program \"%1\" cannot be used: ").arg(bad.rules[0].program);
                QVERIFY2(r.problems.first().what.contains(expected), qPrintable(r.problems.first().what));
            }
        }
        // Hosts are checked again: a plan built in code cannot smuggle a quote into a script.
        Plan host = fwtest::planFor({"palisade", "7", "client", "", {}, {{"server", "192.0.2.10"}}});
        host.rules[0].hosts = QStringList {QStringLiteral("1.2.3.4\"; rm -rf /")};
        for (const Exporter *e : exporters()) {
            if (e->id() == QLatin1String("json") || e->id() == QLatin1String("csv") || e->isBinary())
                continue;
            QVERIFY2(!e->render(host, fwtest::fixedContext()).ok(), qPrintable(e->id()));
        }
    }

    void ansibleValueNamesStayApart_data()
    {
        QTest::addColumn<QString>("valueId");
        QTest::addColumn<QString>("variable"); // empty: the export goes through
        QTest::newRow("zone") << "zone"
                              << "fwwizard_zone";
        QTest::newRow("lan") << "lan"
                             << "fwwizard_lan";
        QTest::newRow("backend") << "backend"
                                 << "fwwizard_backend";
        QTest::newRow("numbered host") << "host-1"
                                       << "fwwizard_host_1";
        QTest::newRow("lan prefix") << "lan-ranges"
                                    << "fwwizard_lan_ranges";
        QTest::newRow("own name") << "license-server"
                                  << "";
    }
    void ansibleValueNamesStayApart()
    {
        // A host value becomes the inventory variable fwwizard_<id>: where a catalog's id would make it one of the
        // playbook's own names, the export is refused, naming the value and the variable.
        QFETCH(QString, valueId);
        QFETCH(QString, variable);
        Plan plan = fwtest::planFor({"palisade", "7", "client", "", {}, {{"server", "192.0.2.10"}}});
        int renamed = 0;
        for (PlanRule &rule : plan.rules) {
            if (rule.remoteValue == QLatin1String("server")) {
                rule.remoteValue = valueId;
                ++renamed;
            }
        }
        QVERIFY(renamed > 0);
        plan.selection.values.remove(QStringLiteral("server"));
        plan.selection.values.insert(valueId, QStringLiteral("192.0.2.10"));
        const ExportResult r = render("ansible", plan);
        if (variable.isEmpty()) {
            QVERIFY(r.ok());
            QVERIFY(text(r).contains("fwwizard_" + QString(valueId).replace('-', '_') + " | default("));
            return;
        }
        QVERIFY(!r.ok());
        QVERIFY(r.data.isEmpty());
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first().field, valueId);
        QCOMPARE(r.problems.first().what,
            QStringLiteral("the value %1 would be set per host as the Ansible variable %2, which the playbook uses for "
                           "something else; give the value another id in the catalog")
                .arg(valueId, variable));
    }

    void programPathsStayInComments()
    {
        // Linux firewalls cannot match a Windows program: every format lists the program rules it leaves out, each
        // program whole, and a program appears on comment lines only.
        const Plan plan = fwtest::planFor({"paths-app", "7", "server", "", {}, {}});
        for (const char *format : {"nftables", "iptables", "firewalld", "ufw"}) {
            const ExportResult r = render(format, plan);
            QVERIFY2(r.ok(), format);
            const QString out = text(r);
            for (const PlanRule &rule : plan.rules) {
                QVERIFY(!rule.program.isEmpty());
                if (rule.ports.isEmpty())
                    QVERIFY2(out.contains(rule.program), qPrintable(rule.program));
                for (const QString &line : out.split(QLatin1Char('\n'))) {
                    if (line.contains(rule.program))
                        QVERIFY2(line.trimmed().startsWith(QLatin1Char('#')), qPrintable(line));
                }
            }
        }
    }

    void hostileTextStaysInert()
    {
        const Plan plan = fwtest::planFor({"hostile-app", "", "server", "", {"extra"}, {}});
        const QString cmd = text(render("netsh", plan));
        // In the batch file, every line that is not a comment or echo holds hostile text only inside description="...".
        for (const QString &line : cmd.split(QStringLiteral("\r\n"))) {
            if (!line.contains(QStringLiteral("$(touch")) || line.startsWith(QStringLiteral("REM")))
                continue;
            QVERIFY2(line.startsWith(QStringLiteral("netsh advfirewall firewall add rule ")), qPrintable(line));
            const int d = line.indexOf(QStringLiteral(" description=\""));
            QVERIFY(d > 0);
            const QString rest = line.mid(d + 14);
            QCOMPARE(rest.count(QLatin1Char('"')), 1); // only the closing quote: nothing inside ends the value early
            QVERIFY(rest.endsWith(QStringLiteral("\" >nul || goto :failed")));
            QVERIFY(!rest.contains(QRegularExpression(QStringLiteral("(?<!%)%(?!%)")))); // every % doubled
        }
        // The heredocs of the firewalld and ufw scripts end only where the exporter ends them.
        QCOMPARE(text(render("firewalld", plan)).count(QStringLiteral("\nFWWIZARD_SERVICE_XML\n")), 1);
        QCOMPARE(text(render("ufw", plan)).count(QStringLiteral("\nFWWIZARD_UFW_PROFILES\n")), 1);
        // Ansible never templates catalog text.
        for (const QString &line : text(render("ansible", plan)).split(QLatin1Char('\n'))) {
            if (line.contains(QStringLiteral("$(touch")) && !line.trimmed().startsWith(QLatin1Char('#')))
                QVERIFY2(line.contains(QStringLiteral(": !unsafe \"")), qPrintable(line));
        }
    }

    void everyLineFitsItsReader_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("maxBytes");
        // iptables-restore: 10,240-byte buffer; cmd.exe: 8,191 characters with room for the program paths. The others
        // read lines of any length (nft's and PowerShell's parsers, libxml2, PyYAML, Python's configparser): for them
        // only the comments are checked, which are wrapped all the same.
        QTest::newRow("iptables") << "iptables" << exporterFor(QStringLiteral("iptables"))->maxLineBytes();
        QTest::newRow("netsh") << "netsh" << exporterFor(QStringLiteral("netsh"))->maxLineBytes();
        for (const char *format : {"powershell", "nftables", "firewalld", "ufw", "ansible"})
            QTest::newRow(format) << format << 0;
    }
    void everyLineFitsItsReader()
    {
        QFETCH(QString, format);
        QFETCH(int, maxBytes);
        // Longer than the catalog allows (12,000 bytes in UTF-8): plans can be built in code, and the exporters must
        // hold on their own.
        Plan plan = fwtest::planFor({"timesensor-legal", "", "server", "classic", {"email"}, {}});
        const QString attack = QString(4000, QChar(0x65E5)) + QStringLiteral(" -I INPUT 1 -p tcp --dport 22 -j ACCEPT");
        for (PlanRule &rule : plan.rules)
            rule.purpose = LocalizedText::same(attack);
        for (SourceDef &source : plan.sources)
            source.title = attack;
        const ExportResult result = render(format, plan);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.problems.first().what));
        int length = 0;
        const int line = quoting::firstLongLine(result.data, maxBytes > 0 ? maxBytes : INT_MAX, &length);
        QVERIFY2(line == 0, qPrintable(QStringLiteral("line %1: %2 bytes").arg(line).arg(length)));
        const QList<QByteArray> lines = result.data.split('\n');
        for (const QByteArray &l : lines) {
            // The command stays inside a comment (or a quoted value), never at the start of a line.
            QVERIFY2(!l.trimmed().startsWith("-I INPUT 1"), l.left(80).constData());
            if (l.trimmed().startsWith('#') || l.startsWith("REM"))
                QVERIFY2(l.size() <= 3 * quoting::maxCommentChars + 100, l.left(80).constData());
        }
    }

    void overlongLinesAreRefused()
    {
        // A rule id beyond the catalog's 64 characters: the rule line itself would pass iptables-restore's buffer.
        Plan plan = fwtest::planFor({"palisade", "7", "server", "", {}, {}});
        for (PlanRule &rule : plan.rules)
            rule.id = QString(11000, QLatin1Char('r'));
        ExportResult result = render("iptables", plan);
        QVERIFY(!result.ok());
        QVERIFY(result.data.isEmpty());
        QVERIFY2(
            result.problems.first().what.contains(QLatin1String("iptables-restore reads at most 10000 bytes a line")),
            qPrintable(result.problems.first().what));
        // Two thousand remote addresses in one netsh rule: more than cmd.exe reads in a line.
        Plan client = fwtest::planFor({"palisade", "7", "client", "", {}, {{"server", "192.0.2.1"}}});
        QStringList hosts;
        for (int i = 0; i < 2000; ++i)
            hosts << QStringLiteral("10.%1.%2.1").arg(i / 250).arg(i % 250);
        for (PlanRule &rule : client.rules) {
            rule.remote = RemoteKind::Hosts;
            rule.hosts = hosts;
        }
        result = render("netsh", client);
        QVERIFY(!result.ok());
        QVERIFY(result.data.isEmpty());
        QVERIFY2(result.problems.first().what.contains(QLatin1String("cmd.exe reads at most 8,191 characters a line")),
            qPrintable(result.problems.first().what));
    }

    void programRulesOnLinux()
    {
        // Palisade's client names only programs and one port rule: the Linux formats keep the port rule and list the
        // program rules they cannot express.
        const Plan plan = fwtest::planFor({"palisade", "7", "client", "", {}, {{"server", "192.0.2.10"}}});
        for (const char *format : {"nftables", "iptables", "firewalld", "ufw", "ansible"}) {
            const QString out = text(render(format, plan));
            QVERIFY2(out.contains("Not in this file: program rules"), format);
            QVERIFY2(out.contains("palflexserver-exe-in (PalFlexServer7.exe, in)"), format);
        }
        // A plan with program rules only says plainly that it opens nothing.
        Plan programsOnly = plan;
        programsOnly.rules.removeIf([](const PlanRule &r) { return !r.ports.isEmpty(); });
        for (const char *format : {"nftables", "iptables", "firewalld", "ufw"}) {
            const ExportResult r = render(format, programsOnly);
            QVERIFY(r.ok());
            QVERIFY2(text(r).contains("so this file opens nothing"), format);
            QVERIFY2(!text(r).contains("\ntable inet fwwizard") && !text(r).contains("*filter"), format);
        }
    }

    void outboundOnLinux()
    {
        const Plan plan = fwtest::planFor({"timesensor-legal", "", "client", "365", {}, {{"server", "192.0.2.5"}}});
        QVERIFY(text(render("nftables", plan)).contains("chain output {"));
        QVERIFY(text(render("iptables", plan)).contains("-I OUTPUT -j FWW-timesensor-legal-c-out"));
        QVERIFY(text(render("ufw", plan)).contains("ufw allow out from any to 192.0.2.5 app"));
        QVERIFY(
            text(render("firewalld", plan)).contains("Outbound: firewalld lets this machine's own connections out"));
    }
};

QTEST_GUILESS_MAIN(tst_ExportRules)
#include "tst_exportrules.moc"
