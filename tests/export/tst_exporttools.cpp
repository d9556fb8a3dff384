// Every export is accepted by the real tool: nft -c -f and a real load (twice) in a network namespace,
// iptables-restore --test and --noflush in a namespace, the firewalld script run against a throwaway copy of
// /etc/firewalld (firewall-offline-cmd; no daemon runs here), the ufw script against a throwaway /etc/ufw with ufw's
// own profile parser, and ansible-playbook --syntax-check. The hostile catalog goes through all of them, and its
// "$(touch ...)" and backticks must never run.
#include "ExportTestSupport.h"
#include "support/SkipOrFail.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace fw;

namespace {

const char *const kPwned = "/tmp/fwwizard-pwned";

QList<fwtest::Case> allCases()
{
    QList<fwtest::Case> cases = fwtest::goldenCases();
    cases << fwtest::Case{QStringLiteral("hostile-server"), Selection{"hostile-app", "", "server", "", {"extra"}, {}},
                          {{QStringLiteral("lan"), QStringLiteral("10.20.0.0/16")}}};
    cases << fwtest::Case{QStringLiteral("hostile-server-de-nolan"), Selection{"hostile-app", "", "server", "", {}, {}}, {},
                          QStringLiteral("de")};
    cases << fwtest::Case{QStringLiteral("hostile-client-linux"), Selection{"hostile-app", "", "client", "", {}, {{"server", "192.0.2.1"}}},
                          {}};
    cases << fwtest::Case{QStringLiteral("palisade-7-server-drop"), Selection{"palisade", "7", "server", "", {}, {{"vendor-port", "27001"}}},
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

} // namespace

class tst_ExportTools : public QObject
{
    Q_OBJECT

private:
    bool m_root = geteuid() == 0;

    void requireRoot()
    {
        if (!m_root)
            FW_SKIP_OR_FAIL("network namespaces and mount namespaces need root (CI runs the tests as root)");
    }
    void requireTool(const QString &tool, const QString &package)
    {
        if (!fwtest::have(tool))
            QFAIL(qPrintable(QStringLiteral("%1 is missing: install %2 (scripts/packages-test-export.txt)").arg(tool, package)));
    }

private Q_SLOTS:
    void initTestCase() { QFile::remove(QString::fromLatin1(kPwned)); }
    void cleanupTestCase() { QVERIFY2(!QFileInfo::exists(QString::fromLatin1(kPwned)), "hostile text was executed"); }

    void nftables_data() { casesData(); }
    void nftables()
    {
        QFETCH(int, index);
        requireRoot();
        requireTool(QStringLiteral("nft"), QStringLiteral("nftables"));
        const fwtest::Case c = allCases().at(index);
        const QByteArray file = render(QStringLiteral("nftables"), c);
        fwtest::NetNs ns(QStringLiteral("n"));
        QVERIFY(ns.ok());
        QByteArray out;
        QVERIFY2(ns.exec(QStringLiteral("nft"), {QStringLiteral("-c"), QStringLiteral("-f"), QStringLiteral("-")}, &out, file) == 0,
                 out.constData());
        if (!file.contains("\ntable inet "))
            return;  // a plan without port rules: comments only
        // Loading twice must give the same ruleset: the file replaces its own table.
        QVERIFY2(ns.exec(QStringLiteral("nft"), {QStringLiteral("-f"), QStringLiteral("-")}, &out, file) == 0, out.constData());
        QByteArray first;
        QCOMPARE(ns.exec(QStringLiteral("nft"), {QStringLiteral("list"), QStringLiteral("ruleset")}, &first), 0);
        QVERIFY2(ns.exec(QStringLiteral("nft"), {QStringLiteral("-f"), QStringLiteral("-")}, &out, file) == 0, out.constData());
        QByteArray second;
        QCOMPARE(ns.exec(QStringLiteral("nft"), {QStringLiteral("list"), QStringLiteral("ruleset")}, &second), 0);
        QCOMPARE(second, first);
        QCOMPARE(first.count("table inet fwwizard_"), 1);
    }

    void iptables_data() { casesData(); }
    void iptables()
    {
        QFETCH(int, index);
        requireRoot();
        requireTool(QStringLiteral("iptables-restore"), QStringLiteral("iptables"));
        const fwtest::Case c = allCases().at(index);
        const QByteArray file = render(QStringLiteral("iptables"), c);
        fwtest::NetNs ns(QStringLiteral("i"));
        QVERIFY(ns.ok());
        QByteArray out;
        QVERIFY2(ns.exec(QStringLiteral("iptables-restore"), {QStringLiteral("--test")}, &out, file) == 0, out.constData());
        QVERIFY2(ns.exec(QStringLiteral("iptables-restore"), {QStringLiteral("--noflush")}, &out, file) == 0, out.constData());
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
        requireRoot();
        requireTool(QStringLiteral("firewall-offline-cmd"), QStringLiteral("firewalld"));
        requireTool(QStringLiteral("xmllint"), QStringLiteral("libxml2-utils"));
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
            const QString xml = writeTemp(dir, QStringLiteral("service.xml"), script.mid(xmlStart, xmlEnd - xmlStart + 1));
            QByteArray out;
            QVERIFY2(fwtest::run(QStringLiteral("xmllint"), {QStringLiteral("--noout"), xml}, &out) == 0, out.constData());
        }
        // Run the script itself, twice, against a copy of /etc/firewalld in a private mount namespace: firewalld is
        // not running, so it takes its firewall-offline-cmd branch and changes only the copy.
        QVERIFY(fwtest::run(QStringLiteral("cp"), {QStringLiteral("-a"), QStringLiteral("/etc/firewalld"), dir.filePath(QStringLiteral("etc"))}) == 0);
        fwtest::NetNs ns(QStringLiteral("f"));
        QVERIFY(ns.ok());
        const QString inner = QStringLiteral("mount --bind '%1' /etc/firewalld && sh '%2' && sh '%2'")
                                  .arg(dir.filePath(QStringLiteral("etc")), scriptPath);
        QByteArray out;
        QVERIFY2(ns.exec(QStringLiteral("unshare"), {QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"), inner}, &out,
                         {}, 120000) == 0,
                 out.constData());
        if (xmlStart >= 0) {
            const ExportContext context;
            const Plan plan = fwtest::planFor(c.selection);
            const QString service = QStringLiteral("fwwizard-%1-%2").arg(plan.selection.product, plan.selection.role);
            QVERIFY2(QFileInfo::exists(dir.filePath(QStringLiteral("etc/services/%1.xml").arg(service))), out.constData());
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
        requireRoot();
        requireTool(QStringLiteral("ufw"), QStringLiteral("ufw"));
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
            ++profiles;  // the first section starts the text
            // ufw's own parser must take every section (it warns and skips what it cannot read).
            QByteArray out;
            const QString python = QStringLiteral("import gettext, sys\ngettext.install('ufw')\nimport ufw.applications as a\n"
                                                  "p = a.get_profiles(sys.argv[1])\n"
                                                  "print(len(p))\n"
                                                  "for n, v in sorted(p.items()): print(n, a.get_ports(v))\n");
            QVERIFY2(fwtest::run(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), python, dir.filePath(QStringLiteral("apps"))}, &out) == 0,
                     out.constData());
            QVERIFY2(out.startsWith(QByteArray::number(profiles) + '\n'), out.constData());
            QVERIFY2(!out.contains("Skipping") && !out.contains("WARN"), out.constData());
        }
        // The whole script, twice, against a copy of /etc/ufw in private namespaces (ufw stays inactive).
        QVERIFY(fwtest::run(QStringLiteral("cp"), {QStringLiteral("-a"), QStringLiteral("/etc/ufw"), dir.filePath(QStringLiteral("etc"))}) == 0);
        fwtest::NetNs ns(QStringLiteral("u"));
        QVERIFY(ns.ok());
        const QString inner = QStringLiteral("mount --bind '%1' /etc/ufw && sh '%2' && sh '%2' && ufw show added && sh '%2' --undo && ufw show added")
                                  .arg(dir.filePath(QStringLiteral("etc")), scriptPath);
        QByteArray out;
        QVERIFY2(ns.exec(QStringLiteral("unshare"), {QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"), inner}, &out,
                         {}, 120000) == 0,
                 out.constData());
        if (profiles > 0) {
            QVERIFY2(out.contains("Skipping adding existing rule"), out.constData());  // the second run added nothing
            QVERIFY2(out.contains("app fwwizard-") || out.contains("ufw allow fwwizard-") || out.contains("allow out fwwizard-"),
                     out.constData());
            QVERIFY2(out.trimmed().endsWith("(None)") || out.contains("Added user rules (see 'ufw status' for running firewall):\n(None)"),
                     out.constData());  // --undo removed them all
        }
    }

    void ansible_data() { casesData(); }
    void ansible()
    {
        QFETCH(int, index);
        requireTool(QStringLiteral("ansible-playbook"), QStringLiteral("ansible"));
        const fwtest::Case c = allCases().at(index);
        if (c.name == QLatin1String("hostile-client-linux"))
            return;  // its program name is refused by this format (tst_exportrules)
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
        p.start(QStringLiteral("ansible-playbook"), {QStringLiteral("-i"), QStringLiteral("localhost,"), QStringLiteral("--syntax-check"), path});
        QVERIFY(p.waitForFinished(120000));
        const QByteArray out = p.readAll();
        QVERIFY2(p.exitCode() == 0, out.constData());
        QVERIFY2(!out.contains("WARNING") || !out.contains("couldn't resolve module"), out.constData());
        // Both collections the playbook names are installed (Debian's ansible package carries them).
        for (const char *collection : {"ansible_collections/ansible/posix/plugins/modules/firewalld.py",
                                       "ansible_collections/community/windows/plugins/modules/win_firewall_rule.py",
                                       "ansible_collections/ansible/windows/plugins/modules/win_find.py"}) {
            QVERIFY2(QFileInfo::exists(QStringLiteral("/usr/lib/python3/dist-packages/") + QString::fromLatin1(collection)), collection);
        }
    }
};

QTEST_GUILESS_MAIN(tst_ExportTools)
#include "tst_exporttools.moc"
