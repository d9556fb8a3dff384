// The command-line contract of ../shared/PRODUCT.md, checked by running the real binary.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include "OddFiles.h"
#include "RootSandbox.h"

#include <QElapsedTimer>

#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;            // a fresh user data folder, so that no real user catalog or log is touched
    QTemporaryDir m_userHome;        // the home of an ordinary user (uid 65534 where the test runs as root)
    fw::test::RootSandbox m_sandbox; // root's own folders, where the test runs as root

    static constexpr uid_t kUser = 65534;

    /// Runs the program: as root inside the sandbox of root's folders (with HOME and XDG_DATA_HOME in m_home, which
    /// root must not use); otherwise as the user running the test.
    Run run(const QStringList &args, const QProcessEnvironment &extra = {}) { return runAs(false, args, extra); }
    /// Runs the program as an ordinary user: where the test runs as root, as uid 65534 (setpriv) with its home in
    /// m_userHome; otherwise like run().
    Run runAsUser(const QStringList &args) { return runAs(true, args, {}); }
    /// The user data folder of the program's runs (runAsUser()'s where @p user).
    QString dataDir(bool user = false) const
    {
        return (user && ::geteuid() == 0 ? m_userHome.path() : m_home.path()) + QStringLiteral("/data");
    }
    /// Where the program keeps its state: root's folder (the sandbox's) when run as root, else the user's.
    QString stateDir() const
    {
        return ::geteuid() == 0 ? m_sandbox.stateDir()
                                : dataDir() + QStringLiteral("/FirewallWizard/firewall-wizard/state");
    }
    QString logFilePath() const
    {
        return ::geteuid() == 0
            ? m_sandbox.logFile()
            : dataDir() + QStringLiteral("/FirewallWizard/firewall-wizard/logs/firewall-wizard.log");
    }

    Run runAs(bool asUser, const QStringList &args, const QProcessEnvironment &extra)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const bool root = ::geteuid() == 0;
        const QString home = asUser && root ? m_userHome.path() : m_home.path();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        for (const QString &key : extra.keys())
            env.insert(key, extra.value(key));
        p.setProcessEnvironment(env);
        QStringList command = QStringList {qEnvironmentVariable("FW_BINARY")} + args;
        if (root && asUser)
            command = QStringList {QStringLiteral("setpriv"), QStringLiteral("--reuid=%1").arg(kUser),
                          QStringLiteral("--regid=%1").arg(kUser), QStringLiteral("--clear-groups")}
                + command;
        else if (root)
            command = m_sandbox.prefix() + command;
        p.start(command.first(), command.mid(1));
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    QJsonObject json(const Run &r)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s\n%s", qPrintable(error.errorString()), qPrintable(r.out.left(500)));
        return doc.object();
    }
    /// Where the test runs as root: gives @p path and everything in it to the ordinary user of runAsUser().
    void chownToUser(const QString &path)
    {
        if (::geteuid() != 0)
            return;
        QVERIFY(::chown(QFile::encodeName(path).constData(), kUser, kUser) == 0);
        const QStringList entries = QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        for (const QString &e : entries) {
            const QString child = path + QLatin1Char('/') + e;
            if (QFileInfo(child).isDir())
                chownToUser(child);
            else
                QVERIFY(::chown(QFile::encodeName(child).constData(), kUser, kUser) == 0);
        }
    }
    /// Whether the root-only checks can run (as root); a skip otherwise, a failure under CI (which runs as root).
    bool rootHere()
    {
        if (::geteuid() == 0)
            return true;
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QTest::qFail("needs root (CI runs the tests as root)", __FILE__, __LINE__);
        else
            QTest::qSkip("needs root: the program uses root's folders only when run as root", __FILE__, __LINE__);
        return false;
    }
    void writeFile(const QString &path, const QByteArray &data)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(QFile::exists(qEnvironmentVariable("FW_BINARY")), "FW_BINARY must name the built firewall-wizard");
        if (::geteuid() == 0) {
            // The ordinary user owns its home; root's runs must never write into m_home.
            QVERIFY(::chown(QFile::encodeName(m_userHome.path()).constData(), kUser, kUser) == 0);
        }
    }

    void products()
    {
        const Run r = run({"products"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("palisade  Palisade network software (Palisade)\n")));
        QVERIFY(r.out.contains(QStringLiteral("\ntimesensor-legal  timeSensor LEGAL (timeSensor)\n")));
        QVERIFY(r.out.contains(QStringLiteral("    deployments: classic, 365\n")));
        QVERIFY(r.out.contains(QStringLiteral("    versions: 6, 7, 8\n")));
        QCOMPARE(r.err, QString());

        const QJsonObject o = json(run({"products", "--json"}));
        const QJsonArray list = o["products"].toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].toObject()["id"].toString(), QStringLiteral("palisade"));
        QCOMPARE(list[0].toObject()["versions"].toArray(), QJsonArray({"6", "7", "8"}));
        QCOMPARE(list[1].toObject()["deployments"].toArray(), QJsonArray({"classic", "365"}));
        QCOMPARE(list[1].toObject()["options"].toArray()[0].toObject()["id"].toString(), QStringLiteral("email"));
    }

    void planJson()
    {
        const Run r = run({"plan", "--product", "timesensor-legal", "--role", "client", "--deployment", "365", "--with",
            "email", "--set", "server=ts.example.com", "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject o = json(r);
        QCOMPARE(o["product"].toString(), QStringLiteral("timesensor-legal"));
        QCOMPARE(o["role"].toString(), QStringLiteral("client"));
        QCOMPARE(o["deployment"].toString(), QStringLiteral("365"));
        QVERIFY(o["version"].isNull());
        QStringList rules;
        for (const QJsonValue &v : o["rules"].toArray()) {
            const QJsonObject rule = v.toObject();
            QStringList ports;
            for (const QJsonValue &p : rule["ports"].toArray())
                ports << QStringLiteral("%1-%2").arg(p["from"].toInt()).arg(p["to"].toInt());
            rules << QStringLiteral("%1 %2 %3 %4 %5")
                         .arg(rule["direction"].toString(), rule["protocol"].toString(), ports.join(QLatin1Char(',')),
                             rule["remote"].toObject()["kind"].toString(), rule["option"].toString());
            QVERIFY(rule.contains("id") && rule.contains("purpose") && rule.contains("derived")
                && rule.contains("source") && rule.contains("program"));
        }
        QCOMPARE(rules,
            QStringList({"out tcp 465-465,587-587,993-993,995-995 internet email", "out tcp 19812-19814 server ",
                "out udp 19813-19813 server "}));
        QCOMPARE(
            o["rules"].toArray()[1].toObject()["remote"].toObject()["hosts"].toArray(), QJsonArray({"ts.example.com"}));
        QVERIFY(o["executables"].toArray().isEmpty());
        QCOMPARE(o["notes"].toArray()[0].toObject()["id"].toString(), QStringLiteral("365-tls"));
    }

    void planTable()
    {
        const Run r = run({"plan", "--product", "palisade", "--role", "client", "--version", "8"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Palisade network software 8.x, ")));
        QVERIFY(r.out.contains(QStringLiteral("PalFlexServer8.exe")));
        QVERIFY(r.out.contains(QStringLiteral("  Direction  Protocol  Ports  Program ")));
        QVERIFY(r.out.contains(QStringLiteral("* derived: not in the vendor's own table")));
    }

    void programPaths()
    {
        // A product naming its programs by full path: shown whole in the table and as written in the JSON.
        const QString paths = qEnvironmentVariable("FW_SOURCE_DIR") + QStringLiteral("/tests/export/data/paths");
        const QStringList selection {
            "--catalog", paths, "--product", "paths-app", "--role", "server", "--version", "7"};
        const QStringList expected {QStringLiteral("%ProgramFiles%\\Autodesk\\Network License Manager\\lmgrd.exe"),
            QStringLiteral("C:\\Program Files (x86)\\Palisade\\System7\\Palisade.exe"),
            QStringLiteral("PalFlexServer7.exe"),
            QStringLiteral("%ProgramFiles(x86)%\\Acme & Co; 100%\\bin $(x) `y` ^!\\agent.exe")};
        Run r = run(QStringList {"plan"} + selection);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QString());
        for (const QString &program : expected)
            QVERIFY2(r.out.contains(program), qPrintable(r.out));
        r = run(QStringList {"plan"} + selection + QStringList {"--json"});
        QCOMPARE(r.code, 0);
        QStringList programs;
        for (const QJsonValue &v : json(r)["rules"].toArray())
            programs << v.toObject()["program"].toString();
        QCOMPARE(programs, expected);

        // One that no export could carry is refused when the catalog loads, with its place: exit 2, nothing planned.
        QFile file(paths + QStringLiteral("/paths.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray good = file.readAll();
        const QString broken = m_home.filePath(QStringLiteral("broken-program"));
        QByteArray bad = good;
        bad.replace("\"PalFlexServer{version}.exe\"", "\"..\\\\PalFlexServer{version}.exe\"");
        QVERIFY(bad != good);
        writeFile(broken + QStringLiteral("/paths.json"), bad);
        r = run({"plan", "--catalog", broken, "--product", "paths-app", "--role", "server", "--version", "7"});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err,
            QStringLiteral("firewall-wizard: error: ") + broken
                + QStringLiteral("/paths.json:24:17: rules[2].program: '..\\PalFlexServer7.exe' is not valid: a "
                                 "relative path; give the file name alone to have it searched for, or the full "
                                 "path (C:\\… or %ProgramFiles%\\…)\n"));
    }

    void languages()
    {
        const QJsonObject en
            = json(run({"plan", "--product", "palisade", "--role", "server", "--version", "7", "--json"}));
        const QJsonObject de = json(
            run({"plan", "--product", "palisade", "--role", "server", "--version", "7", "--json", "--lang", "de"}));
        const QJsonObject es = json(
            run({"plan", "--product", "palisade", "--role", "server", "--version", "7", "--json", "--lang", "es"}));
        const QString pe = en["rules"].toArray()[0].toObject()["purpose"].toString();
        const QString pd = de["rules"].toArray()[0].toObject()["purpose"].toString();
        const QString ps = es["rules"].toArray()[0].toObject()["purpose"].toString();
        QVERIFY(!pe.isEmpty() && !pd.isEmpty() && !ps.isEmpty());
        QVERIFY(pe != pd && pd != ps && pe != ps);
        QCOMPARE(de["language"].toString(), QStringLiteral("de"));
        // The command line's own words follow --lang too, not only the catalog's texts.
        const Run deError = run({"plan", "--product", "palisade", "--role", "server", "--version", "7", "--set",
            "lmgrd-port=70000", "--lang", "de"});
        QCOMPARE(deError.code, 2);
        QVERIFY2(deError.err.startsWith(QStringLiteral("firewall-wizard: "))
                && deError.err.contains(QStringLiteral("70000")) && !deError.err.contains(QStringLiteral("error:"))
                && !deError.err.contains(QStringLiteral("is not a port")),
            qPrintable(deError.err));
        const Run esTable
            = run({"plan", "--product", "palisade", "--role", "server", "--version", "7", "--lang", "es"});
        QVERIFY2(
            !esTable.out.contains(QStringLiteral("Direction")) && !esTable.out.contains(QStringLiteral("\nRules\n")),
            qPrintable(esTable.out.left(300)));

        const Run bad = run({"products", "--lang", "fr"});
        QCOMPARE(bad.code, 2);
        QCOMPARE(bad.err, QStringLiteral("firewall-wizard products: error: --lang fr: choose en, de or es\n"));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        const QStringList pal {"plan", "--product", "palisade", "--version", "7"};
        QTest::newRow("port 70000") << (pal + QStringList {"--role", "server", "--set", "lmgrd-port=70000"})
                                    << "firewall-wizard: error: lmgrd-port=70000: 70000 is not a port (1-65535)\n";
        QTest::newRow("host with quote")
            << (pal + QStringList {"--role", "client", "--set", "server=lic01\";calc"})
            << "firewall-wizard: error: server=lic01\";calc: the character '\"' is not allowed here\n";
        QTest::newRow("host with newline")
            << (pal + QStringList {"--role", "client", "--set", "server=a\nb"})
            << "firewall-wizard: error: server=a\\nb: the character U+000A is not allowed here\n";
        QTest::newRow("set without =")
            << (pal + QStringList {"--role", "client", "--set", "server"})
            << "firewall-wizard: error: --set server: write NAME=VALUE, e.g. --set server=lic01.example.com\n";
        QTest::newRow("unknown product") << QStringList {"plan", "--product", "acme", "--role",
            "server"} << "firewall-wizard: error: unknown product 'acme' (known: palisade, timesensor-legal)\n";
        QTest::newRow("two problems") << QStringList {"plan", "--product", "palisade", "--role", "boss"}
                                      << "firewall-wizard: error: unknown role 'boss' (known: server, client)\n"
                                         "firewall-wizard: error: this product needs its version (--version 6, 7, 8)\n";
        QTest::newRow("unknown option flag") << QStringList {"plan", "--frobnicate"}
                                             << "firewall-wizard plan: error: Unknown option 'frobnicate'.\n"
                                                "Try 'firewall-wizard plan --help'.\n";
        QTest::newRow("unknown command") << QStringList {"frobnicate"} << "";
        QTest::newRow("no format") << (pal + QStringList {"--role", "server"}).replaceInStrings("plan", "export")
                                   << "firewall-wizard: error: --format is missing (one of: ";
        QTest::newRow("unknown format") << QStringList {"export", "--product", "palisade", "--role", "server",
            "--version", "7", "--format", "docx"}
                                        << "firewall-wizard: error: --format docx: unknown format (one of: ";
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        if (error.endsWith(QLatin1Char('\n')))
            QCOMPARE(r.err, error);
        else
            QVERIFY2(r.err.startsWith(error), qPrintable(r.err));
    }

    void repeatedOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        const QStringList pal {"--product", "palisade", "--version", "8"};
        const QString e = QStringLiteral("firewall-wizard: error: ");
        QTest::newRow("plan --role") << (QStringList {"plan"} + pal
            + QStringList {"--role", "server", "--role", "client"})
                                     << e + "--role given twice (server, client)\n";
        QTest::newRow("plan --product") << QStringList {"plan", "--product", "palisade", "--product",
            "timesensor-legal", "--role", "server"}
                                        << e + "--product given twice (palisade, timesensor-legal)\n";
        QTest::newRow("plan --version three times") << QStringList {"plan", "--product", "palisade", "--role", "server",
            "--version", "6", "--version", "7", "--version", "8"}
                                                    << e + "--version given 3 times (6, 7, 8)\n";
        QTest::newRow("plan --deployment") << QStringList {"plan", "--product", "timesensor-legal", "--role", "client",
            "--deployment", "365", "--deployment=classic"}
                                           << e + "--deployment given twice (365, classic)\n";
        QTest::newRow("plan --plan-file") << QStringList {"plan", "--plan-file", "a.fwplan", "--plan-file", "b.fwplan"}
                                          << e + "--plan-file given twice (a.fwplan, b.fwplan)\n";
        QTest::newRow("plan --save-plan") << (QStringList {"plan"} + pal
            + QStringList {"--role", "server", "--save-plan", "a.fwplan", "--save-plan", "b.fwplan"})
                                          << e + "--save-plan given twice (a.fwplan, b.fwplan)\n";
        QTest::newRow("products --lang") << QStringList {"products", "--lang", "de", "--lang", "en"}
                                         << e + "--lang given twice (de, en)\n";
        QTest::newRow("products --log-level") << QStringList {"products", "--log-level", "warn", "--log-level", "off"}
                                              << e + "--log-level given twice (warn, off)\n";
        QTest::newRow("export --format") << (QStringList {"export"} + pal
            + QStringList {"--role", "server", "--format", "csv", "--format", "nftables"})
                                         << e + "--format given twice (csv, nftables)\n";
        QTest::newRow("export -o and --output") << (QStringList {"export"} + pal
            + QStringList {"--role", "server", "--format", "csv", "-o", "a.csv", "--output", "b.csv"})
                                                << e + "-o given twice (a.csv, b.csv)\n";
        QTest::newRow("export --zone") << (QStringList {"export"} + pal
            + QStringList {"--role", "server", "--format", "firewalld", "--zone", "a", "--zone", "b"})
                                       << e + "--zone given twice (a, b)\n";
        QTest::newRow("export --lan") << (QStringList {"export"} + pal
            + QStringList {"--role", "server", "--format", "nftables", "--lan", "10.0.0.0/8", "--lan",
                "192.168.0.0/16"}) << e + "--lan given twice (10.0.0.0/8, 192.168.0.0/16)\n";
        QTest::newRow("export --page-size") << (QStringList {"export"} + pal
            + QStringList {"--role", "server", "--format", "pdf", "--page-size", "a4", "--page-size", "letter"})
                                            << e + "--page-size given twice (a4, letter)\n";
        QTest::newRow("check --server") << (QStringList {"check"} + pal
            + QStringList {"--role", "client", "--server", "127.0.0.1", "--server", "192.0.2.1"})
                                        << e + "--server given twice (127.0.0.1, 192.0.2.1)\n";
        QTest::newRow("check --timeout-ms") << (QStringList {"check"} + pal
            + QStringList {"--role", "client", "--server", "127.0.0.1", "--timeout-ms", "100", "--timeout-ms", "5000"})
                                            << e + "--timeout-ms given twice (100, 5000)\n";
        QTest::newRow("serve --bind") << (QStringList {"serve"} + pal
            + QStringList {"--role", "server", "--bind", "127.0.0.1", "--bind", "::1"})
                                      << e + "--bind given twice (127.0.0.1, ::1)\n";
        QTest::newRow("serve --seconds") << (QStringList {"serve"} + pal
            + QStringList {"--role", "server", "--seconds", "1", "--seconds", "600"})
                                         << e + "--seconds given twice (1, 600)\n";
        QTest::newRow("apply --backend") << (QStringList {"apply"} + pal
            + QStringList {"--role", "server", "--dry-run", "--backend", "nftables", "--backend", "ufw"})
                                         << e + "--backend given twice (nftables, ufw)\n";
        QTest::newRow("apply --interface") << (QStringList {"apply"} + pal
            + QStringList {"--role", "server", "--dry-run", "--interface", "eth0", "--interface", "eth1"})
                                           << e + "--interface given twice (eth0, eth1)\n";
        QTest::newRow("apply --confirm-within") << (QStringList {"apply"} + pal
            + QStringList {"--role", "server", "--dry-run", "--confirm-within", "60", "--confirm-within", "30"})
                                                << e + "--confirm-within given twice (60, 30)\n";
        QTest::newRow("revert --backend") << QStringList {"revert", "--dry-run", "--backend", "ufw", "--backend",
            "nftables"} << e + "--backend given twice (ufw, nftables)\n";
        QTest::newRow("diagnose --lang") << QStringList {"diagnose", "--lang", "en", "-lang", "es"}
                                         << e + "--lang given twice (en, es)\n";
        QTest::newRow("wizard --lang") << QStringList {"--lang", "en", "--lang=de"}
                                       << e + "--lang given twice (en, de)\n";
    }
    void repeatedOptions()
    {
        // One value per option: a second one was silently taking the place of the first.
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        // The PDF and wizard paths make a QGuiApplication, which may warn about XDG_RUNTIME_DIR first.
        QString err = r.err;
        if (err.startsWith(QLatin1String("QStandardPaths: ")))
            err = err.section(QLatin1Char('\n'), 1);
        QCOMPARE(err, error);
    }

    void repeatableOptions()
    {
        // --with, --set and --catalog are documented as repeatable; flags may be repeated harmlessly.
        const QString extra = m_home.filePath(QStringLiteral("extra-a"));
        const QString other = m_home.filePath(QStringLiteral("extra-b"));
        QDir().mkpath(extra);
        QDir().mkpath(other);
        const Run r = run({"plan", "--catalog", extra, "--catalog", other, "--product", "palisade", "--role", "client",
            "--version", "8", "--set", "server=lic01.example.com", "--set", "lmgrd-port=27001", "--json", "--json"});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.code, 0);
        const QJsonObject values = json(r)["values"].toObject();
        QCOMPARE(values["server"].toString(), QStringLiteral("lic01.example.com"));
        QCOMPARE(values["lmgrd-port"].toString(), QStringLiteral("27001"));
        const Run with = run({"plan", "--product", "timesensor-legal", "--role", "client", "--deployment", "365",
            "--with", "email", "--with", "email", "--set", "server=ts.example.com", "--json"});
        QCOMPARE(with.code, 0);
        QCOMPARE(json(with)["options"].toArray(), QJsonArray({"email"}));
    }

    void strictHosts_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        const QString loose = QStringLiteral(
            "is not a valid IP address or host name: an IPv4 address is four numbers 0-255 without leading zeros "
            "(e.g. 192.0.2.10), and a host name does not end in a number\n");
        const QStringList client {"--product", "palisade", "--version", "8", "--role", "client"};
        const QString e = QStringLiteral("firewall-wizard: error: ");
        for (const char *host : {"010.1.1.1", "0x7f.0.0.1", "127.1", "2130706433", "0177.0.0.1"}) {
            const QString h = QString::fromLatin1(host);
            QTest::addRow("plan --set server=%s", host)
                << (QStringList {"plan"} + client + QStringList {"--set", "server=" + h})
                << e + QStringLiteral("server=%1: '%1' ").arg(h) + loose;
            QTest::addRow("check --server %s", host)
                << (QStringList {"check"} + client + QStringList {"--server", h, "--timeout-ms", "100"})
                << e + QStringLiteral("--server %1: '%1' ").arg(h) + loose;
            QTest::addRow("serve --bind %s", host)
                << QStringList {"serve", "--product", "palisade", "--version", "8", "--role", "server", "--bind", h,
                       "--seconds", "1"}
                << e + QStringLiteral("--bind %1: give an IP address of this machine, e.g. 192.0.2.10 or ::1\n").arg(h);
        }
        QTest::newRow("serve --bind [::ffff:010.0.0.1]") << QStringList {"serve", "--product", "palisade", "--version",
            "8", "--role", "server", "--bind", "[::ffff:010.0.0.1]", "--seconds",
            "1"} << e + "--bind [::ffff:010.0.0.1]: give an IP address of this machine, e.g. 192.0.2.10 or ::1\n";
    }
    void strictHosts()
    {
        // Whatever inet_aton() or QHostAddress would read as another IPv4 address is refused wherever a host enters.
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err, error);
    }

    void strictHostsInFiles()
    {
        // A plan file's server and a catalog file's hosts: refused, so no export ever carries them.
        const QString plan = m_home.filePath(QStringLiteral("octal.fwplan"));
        writeFile(plan,
            "{\"fwplan\": \"1.0\", \"product\": \"palisade\", \"version\": \"8\", \"role\": \"client\",\n"
            " \"values\": {\"server\": \"010.1.1.1\"}}");
        const QString out = m_home.filePath(QStringLiteral("octal-out/rules"));
        QDir().mkpath(QFileInfo(out).path());
        for (const char *format :
            {"nftables", "iptables", "powershell", "netsh", "firewalld", "ufw", "ansible", "json", "csv"}) {
            const Run r = run({"export", "--plan-file", plan, "--format", QString::fromLatin1(format), "-o", out});
            QCOMPARE(r.code, 2);
            QVERIFY2(
                r.err.startsWith(QStringLiteral("firewall-wizard: error: server=010.1.1.1: '010.1.1.1' is not a valid "
                                                "IP address or host name")),
                qPrintable(r.err));
            QVERIFY(!QFile::exists(out));
        }

        const QString dir = m_home.filePath(QStringLiteral("hosts-catalog"));
        QByteArray product = R_good();
        product.replace("{\"kind\": \"lan\"}", "{\"kind\": \"hosts\", \"hosts\": [\"0x7f.0.0.1\"]}");
        writeFile(dir + QStringLiteral("/demo.json"), product);
        Run r = run({"export", "--catalog", dir, "--product", "demo", "--role", "server", "--format", "nftables"});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err,
            QStringLiteral("firewall-wizard: error: ") + dir
                + QStringLiteral("/demo.json:8:97: rules[0].remote.hosts[0]: '0x7f.0.0.1' is not a host name or "
                                 "address\n"));

        product = R_good();
        product.replace("{\"kind\": \"lan\"}", "{\"kind\": \"hosts\", \"hosts\": []}");
        writeFile(dir + QStringLiteral("/demo.json"), product);
        r = run({"export", "--catalog", dir, "--product", "demo", "--role", "server", "--format", "nftables"});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err,
            QStringLiteral("firewall-wizard: error: ") + dir
                + QStringLiteral("/demo.json:8:96: rules[0].remote.hosts: an empty host list would allow every "
                                 "address; name the hosts, or use remote kind 'any'\n"));

        // The strict forms still export, as given.
        product = R_good();
        product.replace(
            "{\"kind\": \"lan\"}", "{\"kind\": \"hosts\", \"hosts\": [\"10.1.1.1\", \"lic01.example.com\"]}");
        writeFile(dir + QStringLiteral("/demo.json"), product);
        r = run({"export", "--catalog", dir, "--product", "demo", "--role", "server", "--format", "csv"});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("10.1.1.1")), qPrintable(r.out));
    }

    void exportWritesAtomically()
    {
        const QString target = m_home.filePath(QStringLiteral("out/rules.csv"));
        QDir().mkpath(QFileInfo(target).path());
        const QStringList sel {
            "export", "--product", "palisade", "--role", "server", "--version", "7", "--format", "csv"};
        Run r = run(sel + QStringList {"-o", target});
        QCOMPARE(r.code, 0);
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("palisade-exe-in,in,any,any,Palisade.exe,any"));
        f.close();

        // An unwritable place: exit 2, the message names the file, nothing is left half-written.
        const QString missing = m_home.filePath(QStringLiteral("no/such/folder/rules.csv"));
        r = run(sel + QStringList {"-o", missing});
        QCOMPARE(r.code, 2);
        QVERIFY2(
            r.err.startsWith(QStringLiteral("firewall-wizard: error: cannot write ") + missing + QStringLiteral(": ")),
            qPrintable(r.err));
        QVERIFY(!QFile::exists(missing));

        // A bad selection does not touch an existing file.
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        r = run({"export", "--product", "palisade", "--role", "server", "--version", "7", "--set", "lmgrd-port=0",
            "--format", "csv", "-o", target});
        QCOMPARE(r.code, 2);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);

        r = run({"export", "--product", "palisade", "--role", "server", "--version", "7", "--format", "json"});
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r)["product"].toString(), QStringLiteral("palisade"));
    }

    void catalogFolders()
    {
        const QByteArray good = R_good();
        const QString extra = m_home.filePath(QStringLiteral("extra"));
        writeFile(extra + QStringLiteral("/demo.json"), good);
        Run r = run({"products", "--catalog", extra});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("\ndemo  Demo (Demo Ltd)\n")));
        QVERIFY(r.out.contains(QStringLiteral("    from: ") + extra + QStringLiteral("/demo.json\n")));

        // A broken file named on the command line is bad input: exit 2 with the place.
        const QString broken = m_home.filePath(QStringLiteral("broken"));
        writeFile(broken + QStringLiteral("/bad.json"), QByteArray(good).replace("[5432]", "[70000]"));
        r = run({"products", "--catalog", broken});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err,
            QStringLiteral("firewall-wizard: error: ") + broken
                + QStringLiteral("/bad.json:9:81: rules[0].ports[0]: 70000 is not a port (1-65535)\n"));

        // A broken file in the user's own catalog folder is reported and skipped; the built-ins still work.
        const QString userCatalog = dataDir(true) + QStringLiteral("/FirewallWizard/firewall-wizard/catalog");
        writeFile(userCatalog + QStringLiteral("/bad.json"), "{");
        writeFile(userCatalog + QStringLiteral("/demo.json"), good);
        chownToUser(dataDir(true));
        r = runAsUser({"plan", "--product", "palisade", "--role", "server", "--version", "6", "--json"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.startsWith(QStringLiteral("firewall-wizard: warning: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("catalog/bad.json:1:2: not valid JSON: expected a field name in double "
                                               "quotes, found the end of the file")),
            qPrintable(r.err));
        QCOMPARE(json(r)["product"].toString(), QStringLiteral("palisade"));
        r = runAsUser({"products"});
        QVERIFY2(r.out.contains(QStringLiteral("\ndemo  Demo (Demo Ltd)\n")), qPrintable(r.out));
        QDir(userCatalog).removeRecursively();
    }

    void fifoDevicesAndBigFilesAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char *kind : {"fifo", "zero", "big", "folder"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }
    // Plan files and catalog files are read only as regular files under their size cap (256 KiB, 1 MiB): a FIFO
    // must not hang, a link to /dev/zero must not eat memory. Each run is bounded (run() kills it after 30 s).
    void fifoDevicesAndBigFilesAreRefused()
    {
        QFETCH(QString, kind);
        const QString dir = m_home.filePath(QStringLiteral("odd-") + kind);
        QDir(dir).removeRecursively();
        QVERIFY(QDir().mkpath(dir));
        const auto make = [&](const QString &path, qint64 cap) {
            if (kind == QLatin1String("big"))
                writeFile(path, "{" + QByteArray(cap, ' ') + "}");
            else
                QVERIFY(fw::test::makeOddFile(kind, path));
        };
        const QString plan = dir + QStringLiteral("/site.fwplan");
        make(plan, 256 * 1024);
        QElapsedTimer clock;
        clock.start();
        Run r = run({"plan", "--plan-file", plan});
        QCOMPARE(r.code, 2);
        const auto because = [&kind](int kib) { return fw::test::inputFileRefusal(kind, kib); };
        QCOMPARE(r.err, QStringLiteral("firewall-wizard: error: cannot read %1: %2\n").arg(plan, because(256)));
        const QString catalog = dir + QStringLiteral("/catalog");
        QVERIFY(QDir().mkpath(catalog));
        make(catalog + QStringLiteral("/odd.json"), 1024 * 1024);
        r = run({"products", "--catalog", catalog});
        QCOMPARE(r.code, 2);
        // Run as root, a --catalog folder is read without following links at all.
        const QString catalogReason = ::geteuid() == 0 && kind == QLatin1String("zero")
            ? QStringLiteral("it is a symbolic link, which is not followed here")
            : because(1024);
        QCOMPARE(r.err,
            QStringLiteral("firewall-wizard: error: %1/odd.json: cannot read the file: %2\n")
                .arg(catalog, catalogReason));
        // In the user's own folder: a warning, and the file is skipped.
        const QString userCatalog = dataDir(true) + QStringLiteral("/FirewallWizard/firewall-wizard/catalog");
        QVERIFY(QDir().mkpath(userCatalog));
        make(userCatalog + QStringLiteral("/odd.json"), 1024 * 1024);
        chownToUser(dataDir(true));
        r = runAsUser({"products"});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err,
            QStringLiteral("firewall-wizard: warning: %1/odd.json: cannot read the file: %2\n")
                .arg(userCatalog, because(1024)));
        QDir(userCatalog).removeRecursively();
        QVERIFY2(clock.elapsed() < 20000, "reading an odd file took too long");
        QDir(dir).removeRecursively();
    }

    // Run as root, the program keeps its state and log in root's own folders, whatever HOME and XDG_DATA_HOME say.
    void rootKeepsItsOwnFolders()
    {
        if (!rootHere())
            return;
        QDir(dataDir() + QStringLiteral("/FirewallWizard")).removeRecursively();
        QFile::remove(m_sandbox.stateDir() + QStringLiteral("/last-check.json"));
        const Run r = run({"check", "--product", "palisade", "--role", "client", "--version", "8", "--server",
            "127.0.0.1", "--set", "lmgrd-port=1", "--timeout-ms", "2000"});
        QCOMPARE(r.code, 1);
        QVERIFY(QFile::exists(m_sandbox.stateDir() + QStringLiteral("/last-check.json")));
        QVERIFY(QFile::exists(m_sandbox.logFile()));
        QVERIFY2(!QFileInfo::exists(dataDir() + QStringLiteral("/FirewallWizard")), "root wrote into a home folder");
        const QJsonObject d = json(run({"diagnose", "--json"}));
        QCOMPARE(d["system"].toObject()["stateDir"].toString(), QStringLiteral("/var/lib/firewall-wizard"));
        QCOMPARE(
            d["log"].toObject()["path"].toString(), QStringLiteral("/var/log/firewall-wizard/firewall-wizard.log"));
        QVERIFY(!QFileInfo::exists(dataDir() + QStringLiteral("/FirewallWizard")));
    }

    void rootRefusesFoldersOthersCanChange_data()
    {
        QTest::addColumn<bool>("log");
        QTest::addColumn<bool>("chownIt");
        QTest::addColumn<QString>("reason");
        QTest::newRow("state writable by others")
            << false << false << "/var/lib/firewall-wizard is writable by group or others (mode 777)";
        QTest::newRow("state of another user") << false << true << "/var/lib/firewall-wizard belongs to uid 65534";
        QTest::newRow("log writable by others")
            << true << false << "/var/log/firewall-wizard is writable by group or others (mode 777)";
        QTest::newRow("log of another user") << true << true << "/var/log/firewall-wizard belongs to uid 65534";
    }
    void rootRefusesFoldersOthersCanChange()
    {
        if (!rootHere())
            return;
        QFETCH(bool, log);
        QFETCH(bool, chownIt);
        QFETCH(QString, reason);
        const QByteArray dir = QFile::encodeName(log ? m_sandbox.logDir() : m_sandbox.stateDir());
        QVERIFY(chownIt ? ::chown(dir.constData(), kUser, kUser) == 0 : ::chmod(dir.constData(), 0777) == 0);
        const Run r = run({"products"});
        QVERIFY(::chown(dir.constData(), 0, 0) == 0 && ::chmod(dir.constData(), 0700) == 0);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("firewall-wizard products: error: ") + reason), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(run({"products"}).code, 0);
    }

    // spdlog appends to its file: a log file (or a rotated copy) that is a link is removed, never written through.
    void rootNeverWritesThroughALinkedLog()
    {
        if (!rootHere())
            return;
        const QString target = m_home.filePath(QStringLiteral("target.txt"));
        writeFile(target, "untouched\n");
        const QString rotated = m_sandbox.logDir() + QStringLiteral("/firewall-wizard.1.log");
        QFile::remove(m_sandbox.logFile());
        QFile::remove(rotated);
        QVERIFY(QFile::link(target, m_sandbox.logFile()));
        QVERIFY(QFile::link(target, rotated));
        const Run r = run({"products"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QStringLiteral("warning: removed /var/log/firewall-wizard/firewall-wizard.log, which "
                                               "was not a regular file; the log is never written through a link")),
            qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("removed /var/log/firewall-wizard/firewall-wizard.1.log")),
            qPrintable(r.err));
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("untouched\n"));
        const QFileInfo log(m_sandbox.logFile());
        QVERIFY(!log.isSymLink() && log.isFile());
        QVERIFY(!QFileInfo(rotated).isSymLink());
        QFile written(m_sandbox.logFile());
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().contains("started: "));
    }

    // Root reads the built-in products and the system-wide folder; a --catalog folder only where root owns it and
    // its files and nobody else can change them; never a user's own folder.
    void rootReadsOnlyRootsCatalogs()
    {
        if (!rootHere())
            return;
        const QByteArray good = R_good();
        writeFile(m_sandbox.catalogDir() + QStringLiteral("/demo.json"), good);
        writeFile(m_sandbox.catalogDir() + QStringLiteral("/bad.json"), "{");
        Run r = run({"products"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("\ndemo  Demo (Demo Ltd)\n"))
                && r.out.contains(QStringLiteral("    from: /etc/firewall-wizard/catalog/demo.json\n")),
            qPrintable(r.out));
        QVERIFY2(
            r.err.startsWith(QStringLiteral("firewall-wizard: warning: /etc/firewall-wizard/catalog/bad.json:1:2: ")),
            qPrintable(r.err));
        // A file there that someone else could change is skipped with a warning too.
        QFile::remove(m_sandbox.catalogDir() + QStringLiteral("/bad.json"));
        QVERIFY(
            ::chmod(QFile::encodeName(m_sandbox.catalogDir() + QStringLiteral("/demo.json")).constData(), 0666) == 0);
        r = run({"products"});
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.contains(QStringLiteral("\ndemo ")));
        QVERIFY2(
            r.err.contains(QStringLiteral("warning: /etc/firewall-wizard/catalog/demo.json: cannot read the file: it "
                                          "is writable by group or others (mode 666)")),
            qPrintable(r.err));
        QDir(m_sandbox.catalogDir()).removeRecursively();
        QVERIFY(QDir().mkpath(m_sandbox.catalogDir()));

        // The user's folder (HOME, XDG_DATA_HOME) is not read at all.
        const QString userCatalog = dataDir() + QStringLiteral("/FirewallWizard/firewall-wizard/catalog");
        writeFile(userCatalog + QStringLiteral("/demo.json"), good);
        writeFile(userCatalog + QStringLiteral("/bad.json"), "{");
        r = run({"products"});
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.contains(QStringLiteral("\ndemo ")));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QDir(dataDir() + QStringLiteral("/FirewallWizard")).removeRecursively();

        // --catalog DIR: only root's own.
        const QString dir = m_home.filePath(QStringLiteral("others"));
        const QString file = dir + QStringLiteral("/demo.json");
        writeFile(file, good);
        const QByteArray d = QFile::encodeName(dir);
        const QByteArray f = QFile::encodeName(file);
        QVERIFY(::chmod(d.constData(), 0755) == 0 && ::chmod(f.constData(), 0644) == 0);
        QCOMPARE(run({"products", "--catalog", dir}).code, 0);
        const QString why = QStringLiteral("firewall-wizard: error: %1: %2\n");
        QVERIFY(::chmod(d.constData(), 0777) == 0);
        r = run({"products", "--catalog", dir});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err,
            why.arg(dir,
                "catalog folder not read: it is writable by group or others (mode 777); run as root, "
                "this program reads only files that only root can change"));
        QVERIFY(::chmod(d.constData(), 0755) == 0 && ::chown(d.constData(), kUser, kUser) == 0);
        r = run({"products", "--catalog", dir});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err,
            why.arg(dir,
                "catalog folder not read: it belongs to uid 65534; run as root, this program reads "
                "only files and folders that root owns"));
        QVERIFY(::chown(d.constData(), 0, 0) == 0 && ::chown(f.constData(), kUser, kUser) == 0);
        r = run({"products", "--catalog", dir});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err,
            why.arg(file,
                "cannot read the file: it belongs to uid 65534; run as root, this program reads "
                "only files and folders that root owns"));
        QVERIFY(::chown(f.constData(), 0, 0) == 0 && ::chmod(f.constData(), 0664) == 0);
        r = run({"products", "--catalog", dir});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("writable by group or others (mode 664)")), qPrintable(r.err));
        // A link in root's folder to a file elsewhere is not followed.
        QVERIFY(QFile::remove(file));
        writeFile(m_home.filePath(QStringLiteral("elsewhere.json")), good);
        QVERIFY(QFile::link(m_home.filePath(QStringLiteral("elsewhere.json")), file));
        r = run({"products", "--catalog", dir});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err, why.arg(file, "cannot read the file: it is a symbolic link, which is not followed here"));
        QDir(dir).removeRecursively();
    }

    // The test hooks exist only in the test build: the installed program does not even hold the variable's name,
    // while the test build does (so that this check can fail).
    void installedProgramHasNoTestHook()
    {
        QFile shipped(qEnvironmentVariable("FW_BINARY"));
        QFile hooks(qEnvironmentVariable("FW_BINARY_TESTHOOKS"));
        QVERIFY(shipped.open(QIODevice::ReadOnly) && hooks.open(QIODevice::ReadOnly));
        QVERIFY(!shipped.readAll().contains("FW_TEST_"));
        QVERIFY(hooks.readAll().contains("FW_TEST_FAIL_STEP"));
    }

    void planFiles()
    {
        const QString file = m_home.filePath(QStringLiteral("site.fwplan"));
        Run r = run({"plan", "--product", "timesensor-legal", "--role", "client", "--deployment", "365", "--with",
            "email", "--set", "server=ts.example.com", "--save-plan", file, "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject fromFlags = json(r);
        QVERIFY(QFile::exists(file));

        r = run({"plan", "--plan-file", file, "--json"});
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r), fromFlags);

        // --set adds to the plan file and overrides its values.
        r = run({"plan", "--plan-file", file, "--set", "server=ts2.example.com", "--json"});
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r)["values"].toObject()["server"].toString(), QStringLiteral("ts2.example.com"));

        r = run({"export", "--plan-file", file, "--format", "csv"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("365-client-tcp-out,out,tcp,19812-19814,,server,ts.example.com,")));

        r = run({"plan", "--plan-file", file, "--role", "server"});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err,
            QStringLiteral("firewall-wizard: error: --role cannot be combined with --plan-file, which names "
                           "the product, role, deployment and version\n"));

        const QString broken = m_home.filePath(QStringLiteral("broken.fwplan"));
        writeFile(broken,
            "{\"fwplan\": \"1.0\", \"product\": \"palisade\", \"version\": \"7\",\n"
            " \"role\": \"client\", \"values\": {\"server\": \"a;b\"}}");
        r = run({"plan", "--plan-file", broken});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err, QStringLiteral("firewall-wizard: error: server=a;b: the character ';' is not allowed here\n"));

        writeFile(broken, "{\"fwplan\": \"3.1\", \"product\": \"palisade\"}");
        r = run({"plan", "--plan-file", broken});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err,
            QStringLiteral("firewall-wizard: error: ") + broken
                + QStringLiteral(":1:12: fwplan: format version 3.1 is not supported: this program reads version "
                                 "1.x; use a newer Firewall Setup Wizard\n"));

        r = run({"plan", "--plan-file", m_home.filePath(QStringLiteral("missing.fwplan"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("firewall-wizard: error: cannot read ")), qPrintable(r.err));
    }

    void help()
    {
        for (const char *command : {"products", "plan", "export"}) {
            const Run r = run({QString::fromLatin1(command), "--help"});
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.startsWith(QStringLiteral("Usage: firewall-wizard ") + QLatin1String(command)),
                qPrintable(r.out));
            QVERIFY(r.out.contains(QStringLiteral("--lang")));
        }
        const Run plan = run({"plan", "--help"});
        QVERIFY(plan.out.contains(QStringLiteral("--product <ID>")));
        QVERIFY(plan.out.contains(QStringLiteral("--set <NAME=VALUE>")));
        const Run top = run({"--help"});
        QCOMPARE(top.code, 0);
        QVERIFY(top.out.contains(QStringLiteral("  plan ")));
    }

    void wizardArguments()
    {
        // A plan file as the only argument opens the wizard with it (a double-click on a .fwplan); without a display
        // the program says so and what works instead, rather than aborting in Qt's platform plugin.
        const QString file = m_home.filePath(QStringLiteral("site.fwplan"));
        writeFile(file, "{\"fwplan\": \"1.0\", \"product\": \"palisade\", \"version\": \"7\", \"role\": \"server\"}\n");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("FW_BINARY"), {file});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.startsWith(QStringLiteral("firewall-wizard: error: the wizard needs a display")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("firewall-wizard plan --plan-file ") + file), qPrintable(err));

        // Anything else that is not a command stays an unknown command.
        Run r = run({QStringLiteral("notaplan.txt")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("firewall-wizard: error: unknown command 'notaplan.txt'\n")),
            qPrintable(r.err));
        // One plan file only.
        r = run({file, m_home.filePath(QStringLiteral("other.fwplan"))});
        QCOMPARE(r.code, 2);
        // (The wizard's QApplication exists by then and may have said something about the session first.)
        QVERIFY2(r.err.endsWith(QStringLiteral("firewall-wizard: error: unexpected argument '%1'\n")
                                    .arg(m_home.filePath(QStringLiteral("other.fwplan")))),
            qPrintable(r.err));
        // A command takes a plan file with --plan-file, and says so.
        r = run({QStringLiteral("plan"), file});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err,
            QStringLiteral("firewall-wizard plan: error: unexpected argument '%1'\n"
                           "A plan file goes with --plan-file: firewall-wizard plan --plan-file %1\n")
                .arg(file));
        r = run({QStringLiteral("plan"), QStringLiteral("--plan-file"), file, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r)["version"].toString(), QStringLiteral("7"));
    }

    void logFile()
    {
        run({"plan", "--product", "palisade", "--role", "server", "--version", "7", "--set", "lmgrd-port=70000"});
        QFile log(logFilePath());
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY(text.contains("[error]"));
        QVERIFY(text.contains("lmgrd-port=70000: 70000 is not a port (1-65535)"));
        QVERIFY(text.contains("started: "));
    }

    // check keeps its results where diagnose reads them, as the wizard's page does.
    void checkIsKeptForDiagnose()
    {
        const QString kept = stateDir() + QStringLiteral("/last-check.json");
        QFile::remove(kept);
        // Port 1 on loopback: nothing listens, so the answer (refused) comes at once.
        const Run r = run({"check", "--product", "palisade", "--role", "client", "--version", "8", "--server",
            "127.0.0.1", "--set", "lmgrd-port=1", "--timeout-ms", "2000", "--json"});
        QCOMPARE(r.code, 1);
        const QJsonObject printed = json(r);
        QCOMPARE(printed.value(QStringLiteral("from")).toString(), QStringLiteral("cli"));
        QFile file(kept);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(kept));
        const QJsonObject stored = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(stored.value(QStringLiteral("results")), printed.value(QStringLiteral("results")));
        QCOMPARE(stored.value(QStringLiteral("summary")).toObject().value(QStringLiteral("refused")).toInt(), 1);

        const QJsonObject d = json(run({"diagnose", "--json"}));
        const QJsonArray last
            = d.value(QStringLiteral("lastCheck")).toObject().value(QStringLiteral("results")).toArray();
        QCOMPARE(last.size(), 1);
        QCOMPARE(last.first().toObject().value(QStringLiteral("port")).toInt(), 1);
        QCOMPARE(last.first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
    }

private:
    static QByteArray R_good()
    {
        return "{\n"
               "  \"format\": 1, \"id\": \"demo\", \"name\": \"Demo\", \"vendor\": \"Demo Ltd\",\n"
               "  \"description\": {\"en\": \"Demo\", \"de\": \"Demo\", \"es\": \"Demo\"},\n"
               "  \"roles\": [{\"id\": \"server\", \"label\": {\"en\": \"S\", \"de\": \"S\", \"es\": \"S\"},\n"
               "              \"description\": {\"en\": \"S\", \"de\": \"S\", \"es\": \"S\"}}],\n"
               "  \"sources\": [{\"id\": \"kb\", \"title\": \"KB\", \"url\": \"https://example.com/kb\", \"kind\": "
               "\"vendor\"}],\n"
               "  \"rules\": [\n"
               "    {\"id\": \"db-in\", \"direction\": \"in\", \"protocol\": \"tcp\", \"remote\": {\"kind\": "
               "\"lan\"},\n"
               "     \"source\": \"kb\", \"purpose\": {\"en\": \"DB\", \"de\": \"DB\", \"es\": \"BD\"}, \"ports\": "
               "[5432]}\n"
               "  ]\n"
               "}\n";
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
