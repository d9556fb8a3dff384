// The export session behind the wizard's Export page and the command line's export: which setting each format uses
// (as the exporters declare them), their names, the validation of settings with messages naming setting and value,
// the file names, the save plan (what goes where, what exists, what is refused), the format preselected for this
// machine's firewall by the apply back ends' own detection, and the usage note of the Ansible playbook.
#include "ExportTestSupport.h"
#include "FakeHost.h"
#include "apply/Applier.h"
#include "export/ExportSession.h"
#include "export/ExportText.h"

#include <QDir>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {

Plan palisadeServer()
{
    return fwtest::planFor(
        Selection {"palisade", "8", "server", "", {"online-activation"}, {{"vendor-port", "27001"}}});
}

ExportSession sessionFor(const Plan &plan)
{
    ExportSession session;
    session.setPlan(plan);
    session.setGeneratedAt(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
    return session;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(unreadable)");
}

} // namespace

class tst_ExportSession : public QObject
{
    Q_OBJECT

private slots:
    void formatsDeclareNamesAndSettings_data();
    void formatsDeclareNamesAndSettings();
    void contextCarriesTheSettingsInScope();
    void settingProblems_data();
    void settingProblems();
    void badSettingRefusesOnlyItsFormats();
    void noPlan();
    void fileNames();
    void savePlanAndSave();
    void saveReport();
    void renderAndSaveOffTheSession();
    void preselectedFormat_data();
    void preselectedFormat();
    void ansibleUsageNote();
};

void tst_ExportSession::formatsDeclareNamesAndSettings_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("settings");
    const QString zone = exportsetting::zone(), lan = exportsetting::lan(), dir = exportsetting::programDir();
    QTest::newRow("powershell") << "powershell"
                                << "PowerShell" << QStringList {dir};
    QTest::newRow("netsh") << "netsh"
                           << "netsh" << QStringList {dir};
    QTest::newRow("nftables") << "nftables"
                              << "nftables" << QStringList {lan, exportsetting::inputPolicy()};
    QTest::newRow("iptables") << "iptables"
                              << "iptables" << QStringList {lan};
    QTest::newRow("firewalld") << "firewalld"
                               << "firewalld" << QStringList {zone, lan};
    QTest::newRow("ufw") << "ufw"
                         << "ufw" << QStringList {lan};
    QTest::newRow("ansible") << "ansible"
                             << "Ansible" << QStringList {zone, lan, dir};
    QTest::newRow("json") << "json"
                          << "JSON" << QStringList {};
    QTest::newRow("csv") << "csv"
                         << "CSV" << QStringList {};
    QTest::newRow("pdf") << "pdf"
                         << "PDF" << QStringList {exportsetting::pageSize()};
}

void tst_ExportSession::formatsDeclareNamesAndSettings()
{
    QFETCH(QString, format);
    QFETCH(QString, name);
    QFETCH(QStringList, settings);
    QVERIFY(ExportSession::formats().contains(format));
    QCOMPARE(ExportSession::formats(false).contains(format), format != QLatin1String("pdf"));
    QCOMPARE(ExportSession::displayName(format), name);
    for (const ExportSettingSpec &spec : exportSettingSpecs()) {
        QCOMPARE(ExportSession::usesSetting(format, spec.key), settings.contains(spec.key));
        QCOMPARE(ExportSession::formatsUsing(spec.key).contains(format), settings.contains(spec.key));
    }
    // Every setting a format uses is one the session offers (the wizard shows a field, the command line an option).
    for (const QString &key : settings) {
        bool offered = false;
        for (const ExportSettingSpec &spec : exportSettingSpecs())
            offered = offered || spec.key == key;
        QVERIFY2(offered, qPrintable(key));
    }
}

void tst_ExportSession::contextCarriesTheSettingsInScope()
{
    ExportSession session = sessionFor(palisadeServer());
    session.setLanguage(QStringLiteral("de"));
    session.setSetting(exportsetting::zone(), QStringLiteral("internal"));
    session.setSetting(exportsetting::inputPolicy(), QStringLiteral("drop"));
    session.setSetting(exportsetting::lan(), QString());
    session.setRecord(QStringLiteral("host1"), {}, {QStringLiteral("applied")});
    // The wizard: only what the format uses, and no empty values.
    const ExportContext firewalld = session.contextFor(QStringLiteral("firewalld"));
    QCOMPARE(firewalld.language, QStringLiteral("de"));
    QCOMPARE(firewalld.settings, (QMap<QString, QString> {{exportsetting::zone(), QStringLiteral("internal")}}));
    QCOMPARE(session.contextFor(QStringLiteral("nftables")).settings,
        (QMap<QString, QString> {{exportsetting::inputPolicy(), QStringLiteral("drop")}}));
    QVERIFY(session.contextFor(QStringLiteral("csv")).settings.isEmpty());
    // The machine and what was applied go to the PDF only.
    QVERIFY(firewalld.machineName.isEmpty() && firewalld.appliedSummary.isEmpty());
    QCOMPARE(session.contextFor(QStringLiteral("pdf")).machineName, QStringLiteral("host1"));
    QCOMPARE(session.contextFor(QStringLiteral("pdf")).appliedSummary, QStringList {QStringLiteral("applied")});
    // The command line: everything as given, so that the exporter checks and lists each.
    QCOMPARE(session.contextFor(QStringLiteral("csv"), ExportSession::Scope::AsGiven).settings.size(), 3);
    // The rendering is the exporter's with that context.
    const ExportResult result = session.result(QStringLiteral("firewalld"));
    QVERIFY(result.ok());
    QCOMPARE(result.data, exporterFor(QStringLiteral("firewalld"))->render(session.plan(), firewalld).data);
    QVERIFY(result.data.contains("internal"));
}

void tst_ExportSession::settingProblems_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("expected"); // empty: accepted
    QTest::newRow("zone ok") << exportsetting::zone() << "internal" << QStringList {};
    QTest::newRow("empty is the default") << exportsetting::zone() << "" << QStringList {};
    QTest::newRow("zone bad") << exportsetting::zone() << "x;y"
                              << QStringList {"firewalld zone", "\"x;y\"", "letters, digits, _ and -"};
    QTest::newRow("lan ok") << exportsetting::lan() << "192.168.1.0/24, fd00::/64" << QStringList {};
    QTest::newRow("lan second range bad") << exportsetting::lan() << "10.0.0.0/8, 10.1.2.300/24"
                                          << QStringList {"LAN address ranges", "\"10.1.2.300/24\"", "address range"};
    QTest::newRow("program dir ok") << exportsetting::programDir() << "C:\\Apps" << QStringList {};
    QTest::newRow("program dir quote") << exportsetting::programDir() << "C:\\Apps\"x"
                                       << QStringList {"Program folder", "\"C:\\Apps\"x\"", "'\"'"};
    QTest::newRow("policy bad") << exportsetting::inputPolicy() << "reject"
                                << QStringList {"nftables input policy", "\"reject\"", "accept, drop"};
    QTest::newRow("page size ok") << exportsetting::pageSize() << "letter" << QStringList {};
    QTest::newRow("page size bad") << exportsetting::pageSize() << "a5"
                                   << QStringList {"PDF paper size", "\"a5\"", "a4, letter"};
}

void tst_ExportSession::settingProblems()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QStringList, expected);
    const QString problem = ExportSession::settingProblem(key, value);
    QCOMPARE(problem.isEmpty(), expected.isEmpty());
    for (const QString &part : expected)
        QVERIFY2(problem.contains(part), qPrintable(problem + QStringLiteral(" lacks ") + part));
    // The same rule as the exporters' own check (the command line's); the wizard never passes an empty value.
    ExportContext context;
    context.settings.insert(key, value);
    QList<ExportProblem> problems;
    if (!value.isEmpty())
        QCOMPARE(checkExportSettings(context, problems), expected.isEmpty());
}

void tst_ExportSession::badSettingRefusesOnlyItsFormats()
{
    ExportSession session = sessionFor(palisadeServer());
    QVERIFY(session.result(QStringLiteral("firewalld")).ok());
    session.setSetting(exportsetting::zone(), QStringLiteral("bad zone"));
    for (const QString &format : ExportSession::formats(false)) {
        const ExportResult &result = session.result(format);
        const bool uses = ExportSession::usesSetting(format, exportsetting::zone());
        QVERIFY2(result.ok() != uses, qPrintable(format));
        if (uses) {
            QCOMPARE(result.problems.size(), 1);
            QCOMPARE(result.problems.first().field, exportsetting::zone());
            QCOMPARE(result.problems.first().what, ExportSession::settingProblem(exportsetting::zone(), "bad zone"));
        }
    }
    // Corrected: rendered again (the cached refusal is dropped).
    session.setSetting(exportsetting::zone(), QStringLiteral("public"));
    QVERIFY(session.result(QStringLiteral("ansible")).ok());
    QVERIFY(session.result(QStringLiteral("firewalld")).data.contains("public"));
    // The command line's scope leaves the check to the exporter, with its own message.
    session.setSetting(exportsetting::zone(), QStringLiteral("bad zone"));
    const ExportResult cli = session.render(QStringLiteral("nftables"), ExportSession::Scope::AsGiven);
    QVERIFY(!cli.ok());
    QVERIFY2(
        cli.problems.first().what.startsWith(QLatin1String("--zone bad zone:")), qPrintable(cli.problems.first().what));
    QVERIFY(!session.render(QStringLiteral("unknown"), ExportSession::Scope::Applicable).ok());
}

void tst_ExportSession::noPlan()
{
    ExportSession session;
    QVERIFY(!session.hasPlan());
    session.setNoPlan(QStringLiteral("choose a role"));
    const ExportResult &result = session.result(QStringLiteral("csv"));
    QVERIFY(!result.ok());
    QCOMPARE(result.problems.first().what, QStringLiteral("choose a role"));
    session.setPlan(palisadeServer());
    QVERIFY(session.hasPlan());
    QVERIFY(session.result(QStringLiteral("csv")).ok());
}

void tst_ExportSession::fileNames()
{
    const ExportSession session = sessionFor(palisadeServer());
    QSet<QString> names;
    for (const QString &format : ExportSession::formats()) {
        const QString name = session.fileName(format);
        QCOMPARE(name, exportFileName(*exporterFor(format), session.plan()));
        QVERIFY2(name.startsWith(QLatin1String("fwwizard-palisade-8-server")), qPrintable(name));
        names.insert(name);
    }
    QCOMPARE(names.size(), ExportSession::formats().size());
    QCOMPARE(session.fileName(QStringLiteral("ufw")), QStringLiteral("fwwizard-palisade-8-server-ufw.sh"));
    QCOMPARE(session.fileName(QStringLiteral("nftables")), QStringLiteral("fwwizard-palisade-8-server.nft"));
    QVERIFY(session.fileName(QStringLiteral("unknown")).isEmpty());
}

void tst_ExportSession::savePlanAndSave()
{
    QTemporaryDir dir;
    ExportSession session = sessionFor(palisadeServer());
    QVERIFY(QFileInfo(session.folder()).isDir()); // at first the documents or home folder
    session.setSetting(exportsetting::programDir(), QStringLiteral("C:\\bad\"dir")); // refuses the Windows formats
    const QString json = dir.filePath(session.fileName(QStringLiteral("json")));
    {
        QFile f(json);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    const QStringList formats {QStringLiteral("powershell"), QStringLiteral("json"), QStringLiteral("ufw")};
    const SavePlan plan = session.planSave(formats, dir.path());
    QCOMPARE(plan.folder, dir.path());
    QCOMPARE(plan.targets.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(plan.targets.at(i).format, formats.at(i));
        QCOMPARE(plan.targets.at(i).path, dir.filePath(session.fileName(formats.at(i))));
    }
    QCOMPARE(plan.existing(), QStringList {json});
    // The folder is remembered for the next save.
    QCOMPARE(session.folder(), dir.path());
    QCOMPARE(session.suggestedPath(QStringLiteral("csv")), dir.filePath(session.fileName(QStringLiteral("csv"))));
    QCOMPARE(plan.refusedNames(), QStringList {QStringLiteral("PowerShell")});
    // Nothing is written before save().
    QCOMPARE(readAll(json), QByteArray("old"));
    const QList<SaveOutcome> outcomes = session.save(plan);
    QCOMPARE(outcomes.size(), 2);
    for (const SaveOutcome &o : outcomes) {
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(readAll(o.path), session.result(o.format).data);
    }
    QVERIFY(!QFileInfo::exists(plan.targets.first().path));
    // One file under a name of one's own.
    const SavePlan one = session.planSaveAs(QStringLiteral("csv"), dir.filePath(QStringLiteral("rules.csv")));
    QCOMPARE(one.folder, dir.path());
    QVERIFY(one.existing().isEmpty() && one.refusedNames().isEmpty());
    // A path no one can write: the outcome says why, and nothing else is written.
    const SavePlan bad = session.planSaveAs(QStringLiteral("csv"), json + QStringLiteral("/under-a-file.csv"));
    const QList<SaveOutcome> failed = session.save(bad);
    QCOMPARE(failed.size(), 1);
    QVERIFY(!failed.first().ok());
    QVERIFY2(failed.first().error.contains(QLatin1String("not a folder")), qPrintable(failed.first().error));
}

void tst_ExportSession::saveReport()
{
    SavePlan plan;
    plan.folder = QStringLiteral("/out");
    plan.targets = {SaveTarget {"json", "/out/a.json", false, false}, SaveTarget {"csv", "/out/a.csv", false, false},
        SaveTarget {"netsh", "/out/a.cmd", false, true}};
    bool ok = true;
    QString text = ExportSession::saveReport(plan,
        {SaveOutcome {"json", "/out/a.json", {}}, SaveOutcome {"csv", "/out/a.csv", QStringLiteral("disk full")}}, &ok);
    QVERIFY(!ok);
    QCOMPARE(text.split(QLatin1Char('\n')),
        (QStringList {QDir::toNativeSeparators("Saved into /out: a.json"),
            QDir::toNativeSeparators("Not saved: /out/a.csv: disk full"),
            "Not saved, because they cannot be written for this plan (select one to see why): netsh"}));
    plan.targets = {SaveTarget {"nftables", "/out/x.nft", false, false}};
    text = ExportSession::saveReport(plan, {SaveOutcome {"nftables", "/out/x.nft", {}}}, &ok);
    QVERIFY(ok);
    QCOMPARE(text, QDir::toNativeSeparators(QStringLiteral("Saved: the nftables file /out/x.nft")));
}

void tst_ExportSession::renderAndSaveOffTheSession()
{
    QTemporaryDir dir;
    const Plan plan = palisadeServer();
    ExportContext context;
    context.generatedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    const QString path = dir.filePath(QStringLiteral("x.csv"));
    SaveOutcome outcome = ExportSession::renderAndSave(plan, context, QStringLiteral("csv"), path);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(readAll(path), exporterFor(QStringLiteral("csv"))->render(plan, context).data);
    // Refused: nothing written, the reason names the problem.
    context.settings.insert(exportsetting::zone(), QStringLiteral("x;y"));
    const QString refused = dir.filePath(QStringLiteral("y.sh"));
    outcome = ExportSession::renderAndSave(plan, context, QStringLiteral("firewalld"), refused);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error.contains(QLatin1String("--zone x;y")), qPrintable(outcome.error));
    QVERIFY(!QFileInfo::exists(refused));
}

void tst_ExportSession::preselectedFormat_data()
{
    QTest::addColumn<QStringList>("programs");
    QTest::addColumn<QByteArray>("ufwConf");
    QTest::addColumn<bool>("firewalldRunning");
    QTest::addColumn<QString>("expected");
    // The ufw rule is UfwBackend's: ENABLED=yes on a line of its own, anywhere, spaces and case as ufw allows.
    QTest::newRow("ufw enabled on the first line")
        << QStringList {"ufw"} << QByteArray("ENABLED=yes\n") << false << "ufw";
    QTest::newRow("ufw enabled, spaced") << QStringList {"ufw"} << QByteArray("# c\n ENABLED = YES \n") << false
                                         << "ufw";
    QTest::newRow("ufw disabled") << QStringList {"ufw"} << QByteArray("ENABLED=no\n") << false << "nftables";
    QTest::newRow("ufw commented out") << QStringList {"ufw"} << QByteArray("#ENABLED=yes\n") << false << "nftables";
    QTest::newRow("firewalld running") << QStringList {"firewall-cmd"} << QByteArray() << true << "firewalld";
    QTest::newRow("firewalld before ufw")
        << QStringList {"firewall-cmd", "ufw"} << QByteArray("ENABLED=yes\n") << true << "firewalld";
    QTest::newRow("firewalld installed, not running")
        << QStringList {"firewall-cmd"} << QByteArray() << false << "nftables";
    QTest::newRow("nothing") << QStringList {} << QByteArray() << false << "nftables";
}

void tst_ExportSession::preselectedFormat()
{
#ifndef Q_OS_LINUX
    QSKIP("detection on Windows is the Windows Firewall; this table is for Linux");
#endif
    QFETCH(QStringList, programs);
    QFETCH(QByteArray, ufwConf);
    QFETCH(bool, firewalldRunning);
    QFETCH(QString, expected);
    FakeHost host;
    host.privileged = false; // as the wizard runs: ufw.conf decides, ufw itself is not asked
    host.programs = programs;
    if (!ufwConf.isEmpty())
        host.files.insert(QStringLiteral("/etc/ufw/ufw.conf"), ufwConf);
    host.answer(QStringLiteral("firewall-cmd --state"),
        firewalldRunning ? FakeHost::ok("running\n") : FakeHost::fail("not running", 252));
    QCOMPARE(ExportSession::detectedFormat(host), expected);
    QCOMPARE(ExportSession::formatForFirewall(detectFirewall(host).governing), expected);
    QCOMPARE(ExportSession::formatForFirewall(BackendId::Windows), QStringLiteral("powershell"));
    QCOMPARE(ExportSession::formatForFirewall(BackendId::Nftables), QStringLiteral("nftables"));
    QCOMPARE(ExportSession::formatForFirewall(BackendId::Firewalld), QStringLiteral("firewalld"));
    QCOMPARE(ExportSession::formatForFirewall(BackendId::Ufw), QStringLiteral("ufw"));
}

void tst_ExportSession::ansibleUsageNote()
{
    const ExportSession session = sessionFor(palisadeServer());
    const QString file = session.fileName(QStringLiteral("ansible"));
    const QStringList lines = session.usageNote(QStringLiteral("ansible")).split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(
        lines.at(0).contains(QStringLiteral("ansible-playbook -i hosts.ini %1").arg(file)), qPrintable(lines.at(0)));
    // The groups the playbook targets by default.
    const QByteArray playbook
        = sessionFor(palisadeServer()).render(QStringLiteral("ansible"), ExportSession::Scope::Applicable).data;
    for (const char *group : {"linux", "windows"}) {
        QVERIFY(lines.at(0).contains(QStringLiteral("group %1").arg(QLatin1String(group))));
        QVERIFY(playbook.contains(QByteArray("default('") + group + "')"));
    }
    QCOMPARE(
        lines.at(1), QStringLiteral("Undo it with ansible-playbook -i hosts.ini %1 -e fw_wizard_undo=true").arg(file));
    for (const QString &format : ExportSession::formats()) {
        if (format != QLatin1String("ansible"))
            QVERIFY2(session.usageNote(format).isEmpty(), qPrintable(format));
    }
}

QTEST_GUILESS_MAIN(tst_ExportSession)
#include "tst_exportsession.moc"
