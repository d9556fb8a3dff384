// Every export is accepted by the real tool: nft -c -f and a real load (twice) in a network namespace,
// iptables-restore --test and --noflush in a namespace, the firewalld script run against a throwaway copy of
// /etc/firewalld (firewall-offline-cmd; no daemon runs here), the ufw script against a throwaway /etc/ufw with ufw's
// own profile parser, and ansible-playbook --syntax-check. The hostile catalog goes through all of them, and its
// "$(touch ...)" and backticks must never run.
#include "ExportTestSupport.h"
#include "SkipOrFail.h"

#include "export/ExportText.h"
#include "export/Quoting.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include <algorithm>

using namespace fw;

namespace {

const char *const kPwned = "/tmp/fwwizard-pwned";

QList<fwtest::Case> allCases()
{
    QList<fwtest::Case> cases = fwtest::goldenCases();
    cases << fwtest::Case {QStringLiteral("hostile-server"), Selection {"hostile-app", "", "server", "", {"extra"}, {}},
        {{QStringLiteral("lan"), QStringLiteral("10.20.0.0/16")}}};
    cases << fwtest::Case {QStringLiteral("hostile-server-de-nolan"),
        Selection {"hostile-app", "", "server", "", {}, {}}, {}, QStringLiteral("de")};
    cases << fwtest::Case {QStringLiteral("hostile-client-linux"),
        Selection {"hostile-app", "", "client", "", {}, {{"server", "192.0.2.1"}}}, {}};
    cases << fwtest::Case {QStringLiteral("palisade-7-server-drop"),
        Selection {"palisade", "7", "server", "", {}, {{"vendor-port", "27001"}}},
        {{QStringLiteral("input-policy"), QStringLiteral("drop")}}};
    return cases;
}

QByteArray render(const QString &format, const fwtest::Case &c)
{
    ExportContext context = fwtest::fixedContext(c.language);
    context.settings = c.settings;
    const ExportResult result = exporterFor(format)->render(fwtest::planFor(c.selection), context);
    if (!result.ok())
        qFatal("%s %s refused: %s", qPrintable(format), qPrintable(c.name), qPrintable(result.problems.first().what));
    return result.data;
}

void casesData()
{
    QTest::addColumn<int>("index");
    const QList<fwtest::Case> cases = allCases();
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(qPrintable(cases[i].name)) << i;
}

QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

/// @p text as a JSON string shows it, without the quotes around it.
QString jsonEscaped(const QString &text)
{
    const QString array = QString::fromUtf8(QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact));
    return array.mid(2, array.size() - 4);
}

/// Prepares @p p for a local ansible-playbook run in @p dir: its home and temporary files there, no colours, the C
/// locale's messages in UTF-8, output and errors merged.
void setUpAnsible(QProcess &p, const QTemporaryDir &dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("ANSIBLE_LOCAL_TEMP"), dir.filePath(QStringLiteral("tmp")));
    env.insert(QStringLiteral("ANSIBLE_NOCOLOR"), QStringLiteral("1"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(dir.path());
    p.setProcessChannelMode(QProcess::MergedChannels);
}

} // namespace

class tst_ExportTools : public QObject
{
    Q_OBJECT

private:
    bool m_root = geteuid() == 0;

    /// Whether the test runs as root; where not, it is skipped (failed under CI) and the caller must return.
    [[nodiscard]] bool haveRoot() const
    {
        if (!m_root)
            skipWithoutRoot();
        return m_root;
    }
    static void skipWithoutRoot()
    {
        FW_SKIP_OR_FAIL("network namespaces and mount namespaces need root (CI runs the tests as root)");
    }
    /// Whether @p tool is installed; where not, the test has failed, naming @p package, and the caller must return.
    [[nodiscard]] static bool haveTool(const QString &tool, const QString &package)
    {
        if (fwtest::have(tool))
            return true;
        QTest::qFail(
            qPrintable(
                QStringLiteral("%1 is missing: install %2 (scripts/packages-test-export.txt)").arg(tool, package)),
            __FILE__, __LINE__);
        return false;
    }

    /// Case @p index rendered as @p format, once @p tool (from @p package) has accepted it in @p ns, reading it on
    /// standard input with @p checkArgs; empty, with the test failed, where it has not.
    QByteArray renderChecked(fwtest::NetNs &ns, int index, const QString &format, const QString &tool,
        const QString &package, const QStringList &checkArgs)
    {
        if (!haveTool(tool, package))
            return {};
        const QByteArray file = render(format, allCases().at(index));
        QByteArray out;
        if (ns.exec(tool, checkArgs, &out, file) != 0) {
            QTest::qFail(out.constData(), __FILE__, __LINE__);
            return {};
        }
        return file;
    }

private Q_SLOTS:
    void initTestCase() { QFile::remove(QString::fromLatin1(kPwned)); }
    void cleanupTestCase() { QVERIFY2(!QFileInfo::exists(QString::fromLatin1(kPwned)), "hostile text was executed"); }

    void nftables_data() { casesData(); }
    void nftables()
    {
        QFETCH(int, index);
        if (!haveRoot())
            return;
        fwtest::NetNs ns(QStringLiteral("n"));
        QVERIFY(ns.ok());
        const QByteArray file = renderChecked(ns, index, QStringLiteral("nftables"), QStringLiteral("nft"),
            QStringLiteral("nftables"), {QStringLiteral("-c"), QStringLiteral("-f"), QStringLiteral("-")});
        if (QTest::currentTestFailed())
            return;
        QByteArray out;
        if (!file.contains("\ntable inet "))
            return; // a plan without port rules: comments only
        // Loading twice must give the same ruleset: the file replaces its own table.
        QVERIFY2(ns.exec(QStringLiteral("nft"), {QStringLiteral("-f"), QStringLiteral("-")}, &out, file) == 0,
            out.constData());
        QByteArray first;
        QCOMPARE(ns.exec(QStringLiteral("nft"), {QStringLiteral("list"), QStringLiteral("ruleset")}, &first), 0);
        QVERIFY2(ns.exec(QStringLiteral("nft"), {QStringLiteral("-f"), QStringLiteral("-")}, &out, file) == 0,
            out.constData());
        QByteArray second;
        QCOMPARE(ns.exec(QStringLiteral("nft"), {QStringLiteral("list"), QStringLiteral("ruleset")}, &second), 0);
        QCOMPARE(second, first);
        QCOMPARE(first.count("table inet fwwizard_"), 1);
    }

    void iptables_data() { casesData(); }
    void iptables()
    {
        QFETCH(int, index);
        if (!haveRoot())
            return;
        fwtest::NetNs ns(QStringLiteral("i"));
        QVERIFY(ns.ok());
        const QByteArray file = renderChecked(ns, index, QStringLiteral("iptables"), QStringLiteral("iptables-restore"),
            QStringLiteral("iptables"), {QStringLiteral("--test")});
        if (QTest::currentTestFailed())
            return;
        QByteArray out;
        QVERIFY2(ns.exec(QStringLiteral("iptables-restore"), {QStringLiteral("--noflush")}, &out, file) == 0,
            out.constData());
        if (file.contains("\n*filter")) {
            QByteArray rules;
            QCOMPARE(ns.exec(QStringLiteral("iptables"), {QStringLiteral("-S")}, &rules), 0);
            QVERIFY2(rules.contains("-A INPUT -j FWW-") || rules.contains("-A OUTPUT -j FWW-"), rules.constData());
        }
    }

    void firewalld_data() { casesData(); }
    void firewalld()
    {
        QFETCH(int, index);
        if (!haveRoot())
            return;
        if (!haveTool(QStringLiteral("firewall-offline-cmd"), QStringLiteral("firewalld")))
            return;
        if (!haveTool(QStringLiteral("xmllint"), QStringLiteral("libxml2-utils")))
            return;
        const fwtest::Case c = allCases().at(index);
        const QByteArray script = render(QStringLiteral("firewalld"), c);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString scriptPath = writeTemp(dir, QStringLiteral("apply.sh"), script);
        // The service XML, exactly as the script writes it, must be well-formed.
        const int xmlStart = script.indexOf("<?xml");
        if (xmlStart >= 0) {
            const int xmlEnd = script.indexOf("\nFWWIZARD_SERVICE_XML\n", xmlStart);
            QVERIFY(xmlEnd > xmlStart);
            const QString xml
                = writeTemp(dir, QStringLiteral("service.xml"), script.mid(xmlStart, xmlEnd - xmlStart + 1));
            QByteArray out;
            QVERIFY2(
                fwtest::run(QStringLiteral("xmllint"), {QStringLiteral("--noout"), xml}, &out) == 0, out.constData());
        }
        // Run the script itself, twice, against a copy of /etc/firewalld in a private mount namespace: firewalld is
        // not running, so it takes its firewall-offline-cmd branch and changes only the copy.
        QVERIFY(fwtest::run(QStringLiteral("cp"),
                    {QStringLiteral("-a"), QStringLiteral("/etc/firewalld"), dir.filePath(QStringLiteral("etc"))})
            == 0);
        fwtest::NetNs ns(QStringLiteral("f"));
        QVERIFY(ns.ok());
        const QString inner = QStringLiteral("mount --bind '%1' /etc/firewalld && sh '%2' && sh '%2'")
                                  .arg(dir.filePath(QStringLiteral("etc")), scriptPath);
        QByteArray out;
        QVERIFY2(ns.exec(QStringLiteral("unshare"),
                     {QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"), inner}, &out, {}, 120000)
                == 0,
            out.constData());
        if (xmlStart >= 0) {
            const ExportContext context;
            const Plan plan = fwtest::planFor(c.selection);
            const QString service = QStringLiteral("fwwizard-%1-%2").arg(plan.selection.product, plan.selection.role);
            QVERIFY2(
                QFileInfo::exists(dir.filePath(QStringLiteral("etc/services/%1.xml").arg(service))), out.constData());
            // The read-back lists the service in the zone.
            QVERIFY2(out.contains(service.toUtf8()), out.constData());
        } else if (!script.contains("--add-rich-rule")) {
            QVERIFY2(out.contains("Nothing to open"), out.constData());
        }
    }

    void ufw_data() { casesData(); }
    void ufw()
    {
        QFETCH(int, index);
        if (!haveRoot())
            return;
        if (!haveTool(QStringLiteral("ufw"), QStringLiteral("ufw")))
            return;
        const fwtest::Case c = allCases().at(index);
        const QByteArray script = render(QStringLiteral("ufw"), c);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString scriptPath = writeTemp(dir, QStringLiteral("apply.sh"), script);
        const int start = script.indexOf("<<'FWWIZARD_UFW_PROFILES'\n");
        int profiles = 0;
        if (start >= 0) {
            const int bodyStart = script.indexOf('\n', start) + 1;
            const int end = script.indexOf("\nFWWIZARD_UFW_PROFILES\n", bodyStart);
            QVERIFY(end > bodyStart);
            QDir(dir.path()).mkdir(QStringLiteral("apps"));
            writeTemp(dir, QStringLiteral("apps/profile"), script.mid(bodyStart, end - bodyStart + 1));
            profiles = int(script.mid(bodyStart, end - bodyStart).count("\n["));
            ++profiles; // the first section starts the text
            // ufw's own parser must take every section (it warns and skips what it cannot read).
            QByteArray out;
            const QString python
                = QStringLiteral("import gettext, sys\ngettext.install('ufw')\nimport ufw.applications as a\n"
                                 "p = a.get_profiles(sys.argv[1])\n"
                                 "print(len(p))\n"
                                 "for n, v in sorted(p.items()): print(n, a.get_ports(v))\n");
            QVERIFY2(fwtest::run(QStringLiteral("/usr/bin/python3"),
                         {QStringLiteral("-c"), python, dir.filePath(QStringLiteral("apps"))}, &out)
                    == 0,
                out.constData());
            QVERIFY2(out.startsWith(QByteArray::number(profiles) + '\n'), out.constData());
            QVERIFY2(!out.contains("Skipping") && !out.contains("WARN"), out.constData());
        }
        // The whole script, twice, against a copy of /etc/ufw in private namespaces (ufw stays inactive).
        QVERIFY(fwtest::run(QStringLiteral("cp"),
                    {QStringLiteral("-a"), QStringLiteral("/etc/ufw"), dir.filePath(QStringLiteral("etc"))})
            == 0);
        fwtest::NetNs ns(QStringLiteral("u"));
        QVERIFY(ns.ok());
        const QString inner = QStringLiteral(
            "mount --bind '%1' /etc/ufw && sh '%2' && sh '%2' && ufw show added && sh '%2' --undo && ufw show added")
                                  .arg(dir.filePath(QStringLiteral("etc")), scriptPath);
        QByteArray out;
        QVERIFY2(ns.exec(QStringLiteral("unshare"),
                     {QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"), inner}, &out, {}, 120000)
                == 0,
            out.constData());
        if (profiles > 0) {
            QVERIFY2(out.contains("Skipping adding existing rule"), out.constData()); // the second run added nothing
            QVERIFY2(out.contains("app fwwizard-") || out.contains("ufw allow fwwizard-")
                    || out.contains("allow out fwwizard-"),
                out.constData());
            QVERIFY2(out.trimmed().endsWith("(None)")
                    || out.contains("Added user rules (see 'ufw status' for running firewall):\n(None)"),
                out.constData()); // --undo removed them all
        }
    }

    void iptablesLongComment_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("purpose") << "purpose";
        QTest::newRow("source title") << "source";
    }
    void iptablesLongComment()
    {
        // iptables-restore reads 10,240 bytes a line and parses the rest as the next line. A text of 12,000
        // characters whose command starts right at that border (spaces before it fill up to 12,000) would add an
        // ACCEPT to INPUT itself, outside our chains, where the documented undo never removes it.
        QFETCH(QString, field);
        if (!haveRoot())
            return;
        if (!haveTool(QStringLiteral("iptables-restore"), QStringLiteral("iptables")))
            return;
        Plan plan = fwtest::planFor({"palisade", "7", "server", "", {}, {}});
        const QString command = QStringLiteral("-I INPUT 1 -p tcp --dport 22 -j ACCEPT");
        const auto withPorts
            = std::find_if(plan.rules.begin(), plan.rules.end(), [](const PlanRule &r) { return hasPorts(r); });
        QVERIFY(withPorts != plan.rules.end());
        SourceDef *source = nullptr;
        for (SourceDef &s : plan.sources) {
            if (s.id == withPorts->source)
                source = &s;
        }
        QVERIFY(source);
        const auto setText = [&](const QString &text) {
            if (field == QLatin1String("purpose"))
                withPorts->purpose = LocalizedText::same(text);
            else
                source->title = text; // the first port rule cites it in its comment
        };
        // Where the text starts in its comment line: found with a marker, then sized so the command begins at
        // byte 10,239 (fgets keeps 10,239 bytes and the terminating zero).
        setText(QStringLiteral("MARKER"));
        const QByteArray probe = exporterFor(QStringLiteral("iptables"))->render(plan, fwtest::fixedContext()).data;
        const int marker = int(probe.indexOf("MARKER"));
        QVERIFY(marker > 0);
        const int prefix = int(marker - (probe.lastIndexOf('\n', marker) + 1));
        const int fill = 10239 - prefix;
        QString text = QString(fill, QLatin1Char('a'));
        text += QString(12000 - fill - int(command.size()), QLatin1Char(' ')) + command;
        QCOMPARE(text.size(), 12000);
        setText(text);
        ExportContext context = fwtest::fixedContext();
        const ExportResult result = exporterFor(QStringLiteral("iptables"))->render(plan, context);
        QVERIFY(result.ok());
        QCOMPARE(quoting::firstLongLine(result.data, exporterFor(QStringLiteral("iptables"))->maxLineBytes()), 0);
        fwtest::NetNs ns(QStringLiteral("l"));
        QVERIFY(ns.ok());
        QByteArray out;
        QVERIFY2(ns.exec(QStringLiteral("iptables-restore"), {QStringLiteral("--test")}, &out, result.data) == 0,
            out.constData());
        QVERIFY2(ns.exec(QStringLiteral("iptables-restore"), {QStringLiteral("--noflush")}, &out, result.data) == 0,
            out.constData());
        QByteArray rules;
        QCOMPARE(ns.exec(QStringLiteral("iptables"), {QStringLiteral("-S"), QStringLiteral("INPUT")}, &rules), 0);
        const QList<QByteArray> lines = rules.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), QByteArray("-P INPUT ACCEPT"));
        QVERIFY2(lines.at(1).startsWith("-A INPUT -j FWW-palisade-s-in"), rules.constData());
        QVERIFY2(!rules.contains("--dport 22"), rules.constData());
    }

    void yamlRoundTrip()
    {
        // Every string the playbook can carry reads back, through PyYAML with libyaml (what Ansible uses) and without,
        // as yamlValue(text): the text on one line, lone surrogates as U+FFFD.
        if (!haveTool(QStringLiteral("/usr/bin/python3"), QStringLiteral("python3-yaml")))
            return;
        QStringList texts {QStringLiteral("plain"), QStringLiteral("it's \"quoted\" \\ back\\slash \\n \\u0041"),
            QStringLiteral("- a: b # c"), QStringLiteral("{{ lookup('pipe', 'id') }} {% raw %}"),
            QStringLiteral("* & ! | > % @ ` [ ] { } , ?"), QStringLiteral("  leading and trailing  "),
            QStringLiteral("yes"), QStringLiteral("~"), QStringLiteral("null"), QStringLiteral("0x1F"),
            QStringLiteral("..."), QStringLiteral("---")};
        QString controls;
        for (char16_t u = 1; u < 0x20; ++u)
            controls += QChar(u);
        for (char16_t u = 0x7F; u <= 0x9F; ++u)
            controls += QChar(u);
        texts << QStringLiteral("a") + controls + QStringLiteral("b");
        texts << QString::fromUtf8("x\xEF\xBF\xBE"
                                   "y\xEF\xBF\xBF"
                                   "z\xEF\xBB\xBF\xE2\x80\xA8\xE2\x80\xA9"); // FFFE FFFF FEFF LS PS
        texts << QString(QChar(0xD800)) + QStringLiteral("lone") + QChar(0xDFFF)
                + QString::fromUtf8("\xF0\x9F\x94\xA5");
        texts << QString::fromUtf8("Grüße, niño, 日本, \xE2\x80\x98quoted\xE2\x80\x99");
        QByteArray doc("---\n");
        QJsonArray expected;
        for (const QString &t : texts) {
            doc += "- " + quoting::ansibleString(t).toUtf8() + "\n";
            expected << quoting::yamlValue(t);
        }
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeTemp(dir, QStringLiteral("values.yml"), doc);
        const QString python
            = QStringLiteral("import json, sys, yaml\n"
                             "for loader in (yaml.SafeLoader, yaml.CSafeLoader):\n"
                             "    loader.add_constructor('!unsafe', lambda l, n: l.construct_scalar(n))\n"
                             "    with open(sys.argv[1], encoding='utf-8') as f:\n"
                             "        print(json.dumps(yaml.load(f, Loader=loader)))\n");
        QByteArray out;
        QVERIFY2(fwtest::run(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), python, path}, &out) == 0,
            out.constData());
        const QList<QByteArray> results = out.trimmed().split('\n');
        QCOMPARE(results.size(), 2);
        for (const QByteArray &r : results) {
            const QJsonArray got = QJsonDocument::fromJson(r).array();
            QCOMPARE(got.size(), expected.size());
            for (int i = 0; i < got.size(); ++i)
                QCOMPARE(got.at(i).toString(), expected.at(i).toString());
        }
    }

    void ansibleNeverTemplates()
    {
        // The playbook runs for real against this machine (connection local, check mode), once for each play: every
        // task's name and arguments are templated before its module runs (and fails here: no firewalld running, no
        // Windows), so a value that Ansible would evaluate runs its lookup. Catalog texts carry a lookup with quotes;
        // --program-dir one without quotes, | or $ (the path check refuses those), which creates a file in the
        // working folder. A control run without !unsafe must create both files, or this test proves nothing.
        if (!haveTool(QStringLiteral("ansible-playbook"), QStringLiteral("ansible")))
            return;
        const qint64 pid = QCoreApplication::applicationPid();
        const QString pwned = QStringLiteral("/tmp/fw-pwned-%1").arg(pid);
        const QString dirPwned = QStringLiteral("fw_pwned_%1").arg(pid);
        QFile::remove(pwned);
        Plan plan = fwtest::planFor({"palisade", "7", "client", "", {}, {{"server", "192.0.2.1"}}}); // has a program
        const QString lookup = QStringLiteral("{{ lookup('pipe', 'touch %1') }}").arg(pwned);
        for (PlanRule &rule : plan.rules)
            rule.purpose = LocalizedText::same(lookup + QString::fromUtf8(" \xEF\xBF\xBE \\\" '"));
        plan.productName = LocalizedText::same(lookup);
        ExportContext context = fwtest::fixedContext();
        context.settings.insert(QStringLiteral("program-dir"),
            QStringLiteral("{{ lookup(dict(pipe=1).popitem()[0], dict(touch=1).popitem()[0] ~ "
                           "dict(a=1).__str__()[5] ~ dict(%1=1).popitem()[0]) }}")
                .arg(dirPwned));
        const ExportResult result = exporterFor(QStringLiteral("ansible"))->render(plan, context);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.problems.first().what));
        QVERIFY(result.data.contains("lookup(dict(pipe=1)"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto play = [&](const QByteArray &playbook, QByteArray *out) {
            const QString path = writeTemp(dir, QStringLiteral("site.yml"), playbook);
            QByteArray all;
            for (const bool onLinux : {true, false}) {
                QProcess p;
                setUpAnsible(p, dir);
                p.start(QStringLiteral("ansible-playbook"),
                    {QStringLiteral("-i"), QStringLiteral("localhost,"), QStringLiteral("-c"), QStringLiteral("local"),
                        QStringLiteral("--check"), QStringLiteral("-e"),
                        QStringLiteral("fwwizard_linux_hosts=%1")
                            .arg(onLinux ? QStringLiteral("localhost") : QStringLiteral("nohost")),
                        QStringLiteral("-e"),
                        QStringLiteral("fwwizard_windows_hosts=%1")
                            .arg(onLinux ? QStringLiteral("nohost") : QStringLiteral("localhost")),
                        path});
                if (!p.waitForFinished(180000)) {
                    p.kill();
                    p.waitForFinished(5000);
                }
                all += p.readAll();
            }
            *out = all;
        };
        QByteArray out;
        play(result.data, &out);
        // Both plays ran their first task (they fail on this machine, after templating).
        QVERIFY2(
            out.contains("PLAY [Firewall Setup Wizard: {{ lookup(") && out.contains("TASK [Find "), out.constData());
        QVERIFY2(!QFileInfo::exists(pwned), out.constData());
        QVERIFY2(!QFileInfo::exists(dir.filePath(dirPwned)), out.constData());

        QByteArray unprotected = result.data;
        unprotected.replace("!unsafe ", "");
        play(unprotected, &out);
        QVERIFY2(QFileInfo::exists(pwned), out.constData());
        QVERIFY2(QFileInfo::exists(dir.filePath(dirPwned)), out.constData());
        QFile::remove(pwned);
    }

    void ansibleChecksHostValues()
    {
        // Each host checks its fwwizard_server before anything changes: in one run (connection local, check mode,
        // nftables chosen, so that nothing here changes) a host for each value, in the Linux play and in the Windows
        // play. A bad value fails its host with a message naming the variable and the value; a good one passes the
        // check (and the Windows hosts then fail at the next task: this machine has no Windows).
        if (!haveTool(QStringLiteral("ansible-playbook"), QStringLiteral("ansible")))
            return;
        const QStringList good {"", "192.0.2.7", "fd00::5", "[fd00::5]", "lic.example.com"};
        const QStringList bad {
            "192.0.2.7 x", "192.0.2.7\"", "192.0.2.7\nx", "192.0.2.300", "127.1", "-lic.example.com", "fe80::1%eth0"};
        const Plan plan = fwtest::planFor({"palisade", "7", "client", "", {}, {{"server", "192.0.2.1"}}});
        const ExportResult result = exporterFor(QStringLiteral("ansible"))->render(plan, fwtest::fixedContext());
        QVERIFY(result.ok());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeTemp(dir, QStringLiteral("site.yml"), result.data);
        QJsonObject linux;
        QJsonObject windows;
        const QStringList values = good + bad;
        for (int i = 0; i < values.size(); ++i) {
            const QJsonObject vars {{"ansible_connection", "local"}, {"fwwizard_server", values.at(i)},
                {"fwwizard_backend", "nftables"}, {"ansible_become", false},
                {"ansible_python_interpreter", "/usr/bin/python3"}};
            linux.insert(QStringLiteral("l%1").arg(i), vars);
            windows.insert(QStringLiteral("w%1").arg(i), vars);
        }
        const QJsonObject inventory {{"all",
            QJsonObject {{"children",
                QJsonObject {
                    {"linux", QJsonObject {{"hosts", linux}}}, {"windows", QJsonObject {{"hosts", windows}}}}}}}};
        const QString hosts = writeTemp(dir, QStringLiteral("hosts.json"), QJsonDocument(inventory).toJson());
        QProcess p;
        setUpAnsible(p, dir);
        p.start(QStringLiteral("ansible-playbook"), {QStringLiteral("-i"), hosts, QStringLiteral("--check"), path});
        if (!p.waitForFinished(180000)) {
            p.kill();
            p.waitForFinished(5000);
            QFAIL("ansible-playbook did not finish in 180 s");
        }
        const QString out = QString::fromUtf8(p.readAll());
        const auto fatal = [&out](const QString &host) {
            for (const QString &l : out.split(QLatin1Char('\n'))) {
                if (l.startsWith(QStringLiteral("fatal: [%1]").arg(host)))
                    return l;
            }
            return QString();
        };
        const QString refused = QStringLiteral("is not an IPv4 or IPv6 address or a host name");
        for (int i = 0; i < values.size(); ++i) {
            const bool isBad = i >= good.size();
            for (const QString &host : {QStringLiteral("l%1").arg(i), QStringLiteral("w%1").arg(i)}) {
                const QString line = fatal(host);
                const QString what = host + QStringLiteral(" ") + values.at(i) + QStringLiteral(": ") + line;
                if (isBad) {
                    // Ansible prints the message in JSON; the Linux check writes the value in JSON too.
                    const QString value = host.startsWith(QLatin1Char('l')) ? jsonEscaped(values.at(i)) : values.at(i);
                    const QString named = jsonEscaped(QStringLiteral("fwwizard_server: \"%1\" %2").arg(value, refused));
                    QVERIFY2(line.contains(named), qPrintable(what + QStringLiteral("\nwanted: ") + named));
                } else {
                    QVERIFY2(!line.contains(refused), qPrintable(what));
                    QVERIFY2(host.startsWith(QLatin1Char('w')) || line.isEmpty(), qPrintable(what));
                }
            }
        }
    }

    void ansible_data() { casesData(); }
    void ansible()
    {
        QFETCH(int, index);
        if (!haveTool(QStringLiteral("ansible-playbook"), QStringLiteral("ansible")))
            return;
        const fwtest::Case c = allCases().at(index);
        const QByteArray playbook = render(QStringLiteral("ansible"), c);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeTemp(dir, QStringLiteral("site.yml"), playbook);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("ANSIBLE_LOCAL_TEMP"), dir.filePath(QStringLiteral("tmp")));
        env.insert(QStringLiteral("ANSIBLE_NOCOLOR"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("ansible-playbook"),
            {QStringLiteral("-i"), QStringLiteral("localhost,"), QStringLiteral("--syntax-check"), path});
        QVERIFY(p.waitForFinished(120000));
        const QByteArray out = p.readAll();
        QVERIFY2(p.exitCode() == 0, out.constData());
        QVERIFY2(!out.contains("WARNING") || !out.contains("couldn't resolve module"), out.constData());
        // Both collections the playbook names are installed (Debian's ansible package carries them).
        for (const char *collection : {"ansible_collections/ansible/posix/plugins/modules/firewalld.py",
                 "ansible_collections/community/windows/plugins/modules/win_firewall_rule.py",
                 "ansible_collections/ansible/windows/plugins/modules/win_find.py"}) {
            QVERIFY2(
                QFileInfo::exists(QStringLiteral("/usr/lib/python3/dist-packages/") + QString::fromLatin1(collection)),
                collection);
        }
    }
};

QTEST_GUILESS_MAIN(tst_ExportTools)
#include "tst_exporttools.moc"
