// The Debian package, built with cpack from the build folder: its files, its metadata files validated by the
// freedesktop tools, its dependencies, and the packaged program running.
#include "RootSandbox.h"
#include "SkipOrFail.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Result
{
    int code = -1;
    QString out;
};

Result run(const QString &program, const QStringList &args, const QString &dir = {}, int timeoutMs = 300000)
{
    QProcess p;
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, QStringLiteral("timed out")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

} // namespace

class tst_Package : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_deb;
    QString m_root;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char *tool : {"dpkg-deb", "dpkg-shlibdeps", "desktop-file-validate", "appstreamcli", "xmllint"})
            QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
                qPrintable(QStringLiteral("%1 is missing (scripts/packages-test-package.txt installs it)")
                               .arg(QLatin1String(tool))));
        const Result cpack = run(qEnvironmentVariable("FW_CPACK"),
            {"-G", "DEB", "-B", m_dir.path(), "--config",
                qEnvironmentVariable("FW_BUILD_DIR") + QStringLiteral("/CPackConfig.cmake")});
        QVERIFY2(cpack.code == 0, qPrintable(cpack.out));
        const QStringList debs = QDir(m_dir.path()).entryList({QStringLiteral("firewall-wizard_*.deb")});
        QCOMPARE(debs.size(), 1);
        m_deb = m_dir.filePath(debs.first());
        m_root = m_dir.filePath(QStringLiteral("root"));
        QCOMPARE(run(QStringLiteral("dpkg-deb"), {"-x", m_deb, m_root}).code, 0);
    }

    void files()
    {
        const Result list = run(QStringLiteral("dpkg-deb"), {"-c", m_deb});
        QCOMPARE(list.code, 0);
        const QString id = QStringLiteral("net.firewallwizard.FirewallWizard");
        for (const QString &path : {QStringLiteral("./usr/bin/firewall-wizard"),
                 "./usr/share/applications/" + id + ".desktop", "./usr/share/metainfo/" + id + ".metainfo.xml",
                 "./usr/share/mime/packages/" + id + ".xml", "./usr/share/icons/hicolor/scalable/apps/" + id + ".svg",
                 "./usr/share/icons/hicolor/16x16/apps/" + id + ".png",
                 "./usr/share/icons/hicolor/48x48/apps/" + id + ".png",
                 "./usr/share/icons/hicolor/256x256/apps/" + id + ".png",
                 QStringLiteral("./usr/share/polkit-1/actions/org.firewallwizard.apply.policy")})
            QVERIFY2(list.out.contains(path + QLatin1Char('\n')), qPrintable(path));
        // Nothing of the test suite or the benchmarks is packaged, nor the test build with its hooks.
        QVERIFY(!list.out.contains(QStringLiteral("tst_")));
        QVERIFY(!list.out.contains(QStringLiteral("testhooks")));
        QVERIFY(!list.out.contains(QStringLiteral("bench_")));
    }

    void metadataValidates()
    {
        const QString share = m_root + QStringLiteral("/usr/share/");
        const QString id = QStringLiteral("net.firewallwizard.FirewallWizard");
        const Result desktop
            = run(QStringLiteral("desktop-file-validate"), {share + "applications/" + id + ".desktop"});
        QVERIFY2(desktop.code == 0 && !desktop.out.contains(QStringLiteral("error")), qPrintable(desktop.out));
        const Result meta
            = run(QStringLiteral("appstreamcli"), {"validate", "--no-net", share + "metainfo/" + id + ".metainfo.xml"});
        QVERIFY2(meta.code == 0, qPrintable(meta.out));
        QFile mime(share + "mime/packages/" + id + ".xml");
        QVERIFY(mime.open(QIODevice::ReadOnly));
        QVERIFY(mime.readAll().contains("<glob pattern=\"*.fwplan\"/>"));
    }

    // pkexec's question for the wizard: our own polkit action, valid against polkit's DTD, asking for the
    // administrator's password in every case, for exactly the program the package installs.
    void polkitPolicy()
    {
        const QString policy = m_root + QStringLiteral("/usr/share/polkit-1/actions/org.firewallwizard.apply.policy");
        const QString dtd = QStringLiteral("/usr/share/polkit-1/policyconfig-1.dtd");
        if (!QFile::exists(dtd)) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("polkit's DTD is missing (package polkitd, scripts/packages-test-package.txt)");
            FW_SKIP_OR_FAIL("polkit's DTD is missing (package polkitd)");
        }
        const Result valid = run(QStringLiteral("xmllint"), {"--noout", "--nonet", "--dtdvalid", dtd, policy});
        QVERIFY2(valid.code == 0 && valid.out.isEmpty(), qPrintable(valid.out));

        QFile file(policy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QStringList actions;
        QMap<QString, QString> defaults;
        QMap<QString, QString> annotations;
        QStringList languages;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QString name = xml.name().toString();
            if (name == QLatin1String("action")) {
                actions << xml.attributes().value(QLatin1String("id")).toString();
            } else if (name == QLatin1String("allow_any") || name == QLatin1String("allow_inactive")
                || name == QLatin1String("allow_active")) {
                defaults.insert(name, xml.readElementText());
            } else if (name == QLatin1String("annotate")) {
                const QString key = xml.attributes().value(QLatin1String("key")).toString();
                annotations.insert(key, xml.readElementText());
            } else if (name == QLatin1String("description") || name == QLatin1String("message")) {
                languages << name + QLatin1Char(':') + xml.attributes().value(QLatin1String("xml:lang")).toString();
                QVERIFY(!xml.readElementText().trimmed().isEmpty());
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(actions, QStringList {QStringLiteral("org.firewallwizard.apply")});
        QCOMPARE(defaults.value(QStringLiteral("allow_any")), QStringLiteral("auth_admin"));
        QCOMPARE(defaults.value(QStringLiteral("allow_inactive")), QStringLiteral("auth_admin"));
        QCOMPARE(defaults.value(QStringLiteral("allow_active")), QStringLiteral("auth_admin"));
        const QString exec = annotations.value(QStringLiteral("org.freedesktop.policykit.exec.path"));
        QCOMPARE(exec, QStringLiteral("/usr/bin/firewall-wizard"));
        QVERIFY2(
            QFileInfo(m_root + exec).isExecutable(), qPrintable(m_root + exec)); // the program the package installs
        languages.sort();
        QCOMPARE(languages,
            (QStringList {"description:", "description:de", "description:es", "message:", "message:de", "message:es"}));
    }

    void dependencies()
    {
        const Result depends = run(QStringLiteral("dpkg-deb"), {"-f", m_deb, "Depends"});
        QCOMPARE(depends.code, 0);
        for (const char *package : {"libqt6widgets6", "libqt6network6", "libqt6gui6", "libqt6core6", "libspdlog1",
                 "qt6-qpa-plugins", "qt6-translations-l10n"})
            QVERIFY2(depends.out.contains(QLatin1String(package)), qPrintable(depends.out));
        // apt resolves them from Debian's archive (a simulation: nothing is installed).
        const Result apt = run(QStringLiteral("apt-get"), {"install", "--simulate", "--no-install-recommends", m_deb});
        if (apt.out.contains(QStringLiteral("Unable to locate"))
            || apt.out.contains(QStringLiteral("no installation candidate")))
            FW_SKIP_OR_FAIL("apt has no package lists here (run apt-get update); dependency resolution not checked");
        QVERIFY2(apt.code == 0, qPrintable(apt.out));
    }

    void packagedProgramRuns()
    {
        // Run as root, the program uses root's own folders: the sandbox's, never the machine's (tests/support).
        const fw::test::RootSandbox sandbox;
        const QStringList command = sandbox.prefix()
            + QStringList {m_root + QStringLiteral("/usr/bin/firewall-wizard"), QStringLiteral("products"),
                QStringLiteral("--json")};
        const Result products = run(command.first(), command.mid(1), {}, 30000);
        QVERIFY2(products.code == 0, qPrintable(products.out));
        QVERIFY(products.out.contains(QStringLiteral("\"id\": \"palisade\"")));
        QVERIFY(products.out.contains(QStringLiteral("\"id\": \"timesensor-legal\"")));
    }
};

QTEST_GUILESS_MAIN(tst_Package)
#include "tst_package.moc"
