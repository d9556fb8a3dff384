// The Debian package, built with cpack from the build folder: its files, its metadata files validated by the
// freedesktop tools, its dependencies, and the packaged program running.
#include "support/SkipOrFail.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
        for (const char *tool : {"dpkg-deb", "dpkg-shlibdeps", "desktop-file-validate", "appstreamcli"})
            QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
                     qPrintable(QStringLiteral("%1 is missing (scripts/packages-test-package.txt installs it)").arg(QLatin1String(tool))));
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
        for (const QString &path :
             {QStringLiteral("./usr/bin/firewall-wizard"), "./usr/share/applications/" + id + ".desktop",
              "./usr/share/metainfo/" + id + ".metainfo.xml", "./usr/share/mime/packages/" + id + ".xml",
              "./usr/share/icons/hicolor/scalable/apps/" + id + ".svg",
              "./usr/share/icons/hicolor/16x16/apps/" + id + ".png",
              "./usr/share/icons/hicolor/48x48/apps/" + id + ".png",
              "./usr/share/icons/hicolor/256x256/apps/" + id + ".png"})
            QVERIFY2(list.out.contains(path + QLatin1Char('\n')), qPrintable(path));
        // Nothing of the test suite or the benchmarks is packaged.
        QVERIFY(!list.out.contains(QStringLiteral("tst_")));
        QVERIFY(!list.out.contains(QStringLiteral("bench_")));
    }

    void metadataValidates()
    {
        const QString share = m_root + QStringLiteral("/usr/share/");
        const QString id = QStringLiteral("net.firewallwizard.FirewallWizard");
        const Result desktop = run(QStringLiteral("desktop-file-validate"), {share + "applications/" + id + ".desktop"});
        QVERIFY2(desktop.code == 0 && !desktop.out.contains(QStringLiteral("error")), qPrintable(desktop.out));
        const Result meta = run(QStringLiteral("appstreamcli"), {"validate", "--no-net", share + "metainfo/" + id + ".metainfo.xml"});
        QVERIFY2(meta.code == 0, qPrintable(meta.out));
        QFile mime(share + "mime/packages/" + id + ".xml");
        QVERIFY(mime.open(QIODevice::ReadOnly));
        QVERIFY(mime.readAll().contains("<glob pattern=\"*.fwplan\"/>"));
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
        if (apt.out.contains(QStringLiteral("Unable to locate")) || apt.out.contains(QStringLiteral("no installation candidate")))
            FW_SKIP_OR_FAIL("apt has no package lists here (run apt-get update); dependency resolution not checked");
        QVERIFY2(apt.code == 0, qPrintable(apt.out));
    }

    void packagedProgramRuns()
    {
        const Result products = run(m_root + QStringLiteral("/usr/bin/firewall-wizard"), {"products", "--json"}, {}, 30000);
        QVERIFY2(products.code == 0, qPrintable(products.out));
        QVERIFY(products.out.contains(QStringLiteral("\"id\": \"palisade\"")));
        QVERIFY(products.out.contains(QStringLiteral("\"id\": \"timesensor-legal\"")));
    }
};

QTEST_GUILESS_MAIN(tst_Package)
#include "tst_package.moc"
