// "Apply on this computer" end to end: the panel of the Export page, driven with the mouse, runs the real
// firewall-wizard inside a server network namespace whose nftables ruleset drops by default (tests/apply's lab), so
// that the machine's own firewall is never touched. Preview, Apply, the confirm-or-roll-back countdown, Keep, Undo,
// a window that runs out, Roll back now, Cancel and a failure half-way.
#include "ApplyLab.h"
#include "ApplyPanel.h"
#include "SkipOrFail.h"
#include "WizardHarness.h"
#include "WizardState.h"
#include "catalog/Catalog.h"
#include "export/PdfExporter.h"
#include "plan/PlanResolver.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace fw;

namespace {

// A typical default-drop ruleset, as a Debian admin writes /etc/nftables.conf: replies, loopback, ping and SSH.
const char *const kTypical = "flush ruleset\n"
                             "table inet filter {\n"
                             "\tchain input {\n"
                             "\t\ttype filter hook input priority filter; policy drop;\n"
                             "\t\tct state established,related accept\n"
                             "\t\tiif \"lo\" accept\n"
                             "\t\tmeta l4proto { icmp, ipv6-icmp } accept\n"
                             "\t\ttcp dport 22 accept\n"
                             "\t}\n"
                             "\n"
                             "\tchain output {\n"
                             "\t\ttype filter hook output priority filter; policy accept;\n"
                             "\t}\n"
                             "}\n";

const QStringList kSpecs {"tcp/22", "tcp/19811", "tcp/19812", "tcp/19813", "tcp/19814", "tcp/19815", "udp/19813"};
// TimeSensor LEGAL 365, server role: the three TCP ports and UDP 19813 (see tests/apply/tst_applynetns.cpp).
const QStringList kOpenAfter {"tcp/22", "tcp/19812", "tcp/19813", "tcp/19814", "udp/19813"};

// A product of the user's own catalog folder.
const QByteArray kUserProduct
    = "{\n"
      "  \"format\": 1, \"id\": \"demo\", \"name\": \"Demo\", \"vendor\": \"Demo Ltd\",\n"
      "  \"description\": {\"en\": \"Demo\", \"de\": \"Demo\", \"es\": \"Demo\"},\n"
      "  \"roles\": [{\"id\": \"server\", \"label\": {\"en\": \"S\", \"de\": \"S\", \"es\": \"S\"},\n"
      "              \"description\": {\"en\": \"S\", \"de\": \"S\", \"es\": \"S\"}}],\n"
      "  \"sources\": [{\"id\": \"kb\", \"title\": \"KB\", \"url\": \"https://example.com/kb\", \"kind\": "
      "\"vendor\"}],\n"
      "  \"rules\": [\n"
      "    {\"id\": \"db-in\", \"direction\": \"in\", \"protocol\": \"tcp\", \"remote\": {\"kind\": \"lan\"},\n"
      "     \"source\": \"kb\", \"purpose\": {\"en\": \"DB\", \"de\": \"DB\", \"es\": \"BD\"}, \"ports\": [5432]}\n"
      "  ]\n"
      "}\n";

} // namespace

class tst_WizardApply : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog = Catalog::builtIn();
    std::unique_ptr<ApplyLab> m_lab;
    std::unique_ptr<WizardState> m_state;
    std::unique_ptr<ApplyPanel> m_panel;
    QString m_base;

    template<typename T>
    T *find(const char *name)
    {
        T *w = m_panel->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no widget named %s", name);
        return w;
    }
    QString text(const char *label) { return find<QLabel>(label)->text(); }
    QString log() { return find<QPlainTextEdit>("applyLog")->toPlainText(); }
    void click(const char *button)
    {
        auto *b = find<QPushButton>(button);
        QVERIFY2(b && b->isVisible() && b->isEnabled(), button);
        QTest::mouseClick(b, Qt::LeftButton);
    }

    /// A panel for TimeSensor LEGAL 365 (server) whose commands run in the lab's server namespace.
    void makePanel(const QStringList &extraEnv = {}, int confirmSeconds = 60)
    {
        m_panel.reset();
        m_state = std::make_unique<WizardState>(m_catalog);
        Selection s;
        s.product = QStringLiteral("timesensor-legal");
        s.role = QStringLiteral("server");
        s.deployment = QStringLiteral("365");
        m_state->setSelection(s);
        m_panel = std::make_unique<ApplyPanel>(*m_state);
        // A test hook (FW_TEST_*) works only in the test build of the program.
        const bool hooks = std::any_of(extraEnv.cbegin(), extraEnv.cend(),
            [](const QString &e) { return e.startsWith(QLatin1String("FW_TEST_")); });
        m_panel->setProgram(qEnvironmentVariable(hooks ? "FW_BINARY_TESTHOOKS" : "FW_BINARY"));
        m_panel->setCommandPrefix(m_lab->serverPrefix(extraEnv));
        m_panel->setConfirmSeconds(confirmSeconds);
        m_panel->resize(900, 760);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        // Detection runs when the panel is first shown.
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 60000);
    }
    /// Clicks Preview and waits until the change is shown and Apply is offered.
    void preview()
    {
        click("applyPreviewButton");
        QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>("applyApplyButton")->isEnabled() || !m_panel->isBusy(), 60000);
        QVERIFY2(find<QPushButton>("applyApplyButton")->isEnabled(), qPrintable(log()));
    }
    void screenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("FW_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            m_panel->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

private slots:
    void initTestCase()
    {
        test::quietOffscreenWarnings();
        const QString reason = ApplyLab::unavailableReason();
        if (!reason.isEmpty())
            FW_SKIP_OR_FAIL(qPrintable(reason));
        ApplyLab::removeStale();
        m_lab = std::make_unique<ApplyLab>(QStringLiteral("w"));
        QString error;
        QVERIFY2(m_lab->setUp(&error), qPrintable(error));
        QVERIFY2(m_lab->startListener(kSpecs, &error), qPrintable(error));
    }
    void cleanupTestCase()
    {
        m_panel.reset();
        m_lab.reset();
    }
    void init()
    {
        QString error;
        QVERIFY2(m_lab->loadRuleset(QString::fromUtf8(kTypical), &error), qPrintable(error));
        m_base = m_lab->ruleset();
        QDir(m_lab->stateDir()).removeRecursively();
    }
    void cleanup() { m_panel.reset(); }

    void detectionNamesTheFirewallAndTheCommand()
    {
        makePanel();
        const QString found = text("applyDetected");
        QVERIFY2(found.contains(QLatin1String("Firewall that governs this machine: nftables")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("input chain inet filter input")), qPrintable(found));
        // Run as root inside the namespace, detection saw everything: no "partial" warning.
        QVERIFY2(!found.contains(QLatin1String("Partial")), qPrintable(found));
        const QString why = text("applyExplanation");
        QVERIFY2(why.contains(QLatin1String(" apply --plan-file "))
                && why.contains(QLatin1String("--confirm-within 60"))
                && why.contains(QLatin1String("--answers-on-stdin")) && !why.contains(QLatin1String("--yes")),
            qPrintable(why));
        QVERIFY(!find<QPushButton>("applyApplyButton")->isEnabled());
        QVERIFY(!find<QWidget>("applyCountdown")->isVisible());
        QCOMPARE(m_lab->ruleset(), m_base);
        screenshot(QStringLiteral("apply-detected"));
    }

    void onlyTheFirewallWizardProgramApplies()
    {
        // Without a program named, the panel would run itself; in this test binary it must not.
        WizardState state(m_catalog);
        state.setProduct(QStringLiteral("palisade"));
        ApplyPanel panel(state);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(!panel.isBusy());
        auto *detected = panel.findChild<QLabel *>(QStringLiteral("applyDetected"));
        QVERIFY2(detected->text().startsWith(QLatin1String("Applying works only in the firewall-wizard program")),
            qPrintable(detected->text()));
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("applyPreviewButton"))->isEnabled());
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("applyUndoButton"))->isEnabled());
    }

    // The command run as administrator reads no user's catalog: a product from the user's own folder must first be
    // installed in the system-wide folder, and the panel says so instead of starting anything.
    void productFromTheUsersCatalogIsNotApplied()
    {
        Catalog catalog = Catalog::builtIn();
        QVERIFY(catalog.addFile(kUserProduct, Catalog::userCatalogDir() + QStringLiteral("/demo.json")));
        WizardState state(catalog);
        Selection s;
        s.product = QStringLiteral("demo");
        s.role = QStringLiteral("server");
        state.setSelection(s);
        ApplyPanel panel(state);
        panel.setProgram(qEnvironmentVariable("FW_BINARY"));
        panel.setCommandPrefix(m_lab->serverPrefix());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(!panel.isBusy());
        const QString found = panel.findChild<QLabel *>(QStringLiteral("applyDetected"))->text();
        QVERIFY2(found.startsWith(QLatin1String("Demo comes from your own catalog folder, which the command run as "
                                                "administrator does not read"))
                && found.contains(QLatin1String("system-wide catalog folder /etc/firewall-wizard/catalog"))
                && found.contains(QLatin1String("sudo install -D -m 644 ") + Catalog::userCatalogDir()
                    + QLatin1String("/demo.json /etc/firewall-wizard/catalog/")),
            qPrintable(found));
        auto *preview = panel.findChild<QPushButton *>(QStringLiteral("applyPreviewButton"));
        QVERIFY(!preview->isEnabled());
        QCOMPARE(m_lab->ruleset(), m_base);

        // The same product from the system-wide folder applies as usual: the child run as root reads it there.
        QFile installed(m_lab->systemCatalogDir() + QStringLiteral("/demo.json"));
        QVERIFY(installed.open(QIODevice::WriteOnly) && installed.write(kUserProduct) == kUserProduct.size());
        installed.close();
        Catalog system = Catalog::builtIn();
        QVERIFY(system.addFile(kUserProduct, Catalog::systemCatalogDir() + QStringLiteral("/demo.json")));
        WizardState systemState(system);
        systemState.setSelection(s);
        ApplyPanel systemPanel(systemState);
        systemPanel.setProgram(qEnvironmentVariable("FW_BINARY"));
        systemPanel.setCommandPrefix(m_lab->serverPrefix());
        systemPanel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&systemPanel));
        QTRY_VERIFY_WITH_TIMEOUT(!systemPanel.isBusy(), 60000);
        QVERIFY(systemPanel.findChild<QPushButton *>(QStringLiteral("applyPreviewButton"))->isEnabled());
        const QString systemFound = systemPanel.findChild<QLabel *>(QStringLiteral("applyDetected"))->text();
        QVERIFY2(systemFound.contains(QLatin1String("Firewall that governs this machine: nftables")),
            qPrintable(systemFound));
        QVERIFY(QFile::remove(installed.fileName()));
    }

    void findingsFollowTheLanguage()
    {
        makePanel();
        m_state->setLanguage(QStringLiteral("de"));
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(m_panel.get(), &change);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->isBusy(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 60000);
        const QString found = text("applyDetected");
        QVERIFY2(found.contains(QLatin1String("Firewall, die auf diesem Rechner gilt: nftables")), qPrintable(found));
        QVERIFY2(text("applyExplanation").contains(QLatin1String("--lang de")), qPrintable(text("applyExplanation")));
    }

    void previewApplyKeepThenUndo()
    {
        makePanel();
        QCOMPARE(m_lab->openOf(kSpecs), QStringList {"tcp/22"});
        preview();
        QVERIFY2(log().contains(QLatin1String(
                     "add rule inet filter fwwizard_timesensor_legal_server_in tcp dport 19812-19814 accept")),
            qPrintable(log()));
        QVERIFY2(log().contains(QLatin1String("jump fwwizard_timesensor_legal_server_in")), qPrintable(log()));
        QCOMPARE(m_lab->ruleset(), m_base); // a preview changes nothing
        screenshot(QStringLiteral("apply-preview"));

        click("applyApplyButton");
        auto *countdown = find<QWidget>("applyCountdown");
        QTRY_VERIFY_WITH_TIMEOUT(countdown->isVisible() || !m_panel->isBusy(), 60000);
        QVERIFY2(countdown->isVisible(), qPrintable(log()));
        QVERIFY2(QRegularExpression(QStringLiteral("^Keep these rules\\? \\d+ s left$"))
                     .match(text("applyCountdownLabel"))
                     .hasMatch(),
            qPrintable(text("applyCountdownLabel")));
        // Applied for now, while the countdown runs.
        QCOMPARE(m_lab->openOf(kSpecs), kOpenAfter);
        screenshot(QStringLiteral("apply-countdown"));

        click("applyKeepButton");
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 60000);
        QVERIFY2(text("applyResult").startsWith(QLatin1String("Applied: the rules are in nftables")),
            qPrintable(text("applyResult") + log()));
        QVERIFY(!countdown->isVisible());
        const QString applied = m_lab->ruleset();
        QVERIFY2(applied.contains(QLatin1String("chain fwwizard_timesensor_legal_server_in")), qPrintable(applied));
        QCOMPARE(m_lab->openOf(kSpecs), kOpenAfter);
        QCOMPARE(m_state->appliedSummary().size(), 1);
        QVERIFY2(QRegularExpression(QStringLiteral("^Applied to nftables at .+: timeSensor LEGAL.*; rules: [1-9]\\d*$"))
                     .match(m_state->appliedSummary().first())
                     .hasMatch(),
            qPrintable(m_state->appliedSummary().first()));
        QVERIFY(QFile::exists(m_lab->stateDir() + QStringLiteral("/applied.json")));
        QVERIFY2(m_lab->homeFiles().isEmpty(), qPrintable(m_lab->homeFiles().join(QLatin1Char(' '))));

        // Offered: the connectivity test again.
        QSignalSpy retest(m_panel.get(), &ApplyPanel::retestRequested);
        click("applyRetestButton");
        QCOMPARE(retest.count(), 1);

        // After the apply the panel looks at the firewall again; then Undo.
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 60000);
        click("applyUndoButton");
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 60000);
        QVERIFY2(text("applyResult").startsWith(QLatin1String("Undone: what this program had applied to nftables")),
            qPrintable(text("applyResult") + log()));
        QCOMPARE(m_lab->ruleset(), m_base); // byte for byte
        QCOMPARE(m_lab->openOf(kSpecs), QStringList {"tcp/22"});
        QCOMPARE(m_state->appliedSummary().size(), 2);
        QVERIFY2(m_state->appliedSummary().last().startsWith(QLatin1String("Reverted at ")),
            qPrintable(m_state->appliedSummary().last()));
        QVERIFY(!find<QPushButton>("applyRetestButton")->isVisible());
    }

    void pdfChecklistSaysWhatWasApplied()
    {
        Plan plan;
        SelectionProblems problems;
        Selection s;
        s.product = QStringLiteral("timesensor-legal");
        s.role = QStringLiteral("server");
        s.deployment = QStringLiteral("365");
        QVERIFY(resolvePlan(m_catalog, s, plan, problems));
        ExportContext context;
        QVERIFY(!PdfExporter::checklistHtml(plan, context).contains(QLatin1String("Applied on this computer")));
        context.appliedSummary << QStringLiteral("Applied to nftables at 14:03: <x>; rules: 2");
        const QString html = PdfExporter::checklistHtml(plan, context);
        QVERIFY(html.contains(QLatin1String("<h2>Applied on this computer</h2>")));
        QVERIFY(html.contains(QLatin1String("<li>Applied to nftables at 14:03: &lt;x&gt;; rules: 2</li>")));
    }

    void nobodyKeepsItSoItRollsBackByItself()
    {
        makePanel({}, 3);
        preview();
        click("applyApplyButton");
        auto *countdown = find<QWidget>("applyCountdown");
        QTRY_VERIFY_WITH_TIMEOUT(countdown->isVisible() || !m_panel->isBusy(), 60000);
        QVERIFY2(countdown->isVisible(), qPrintable(log()));
        // Nobody clicks: the child rolls back when its 3 s are up.
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 60000);
        QVERIFY2(text("applyResult").startsWith(QLatin1String("Rolled back: nobody kept the change within 3 s")),
            qPrintable(text("applyResult") + log()));
        QVERIFY(!countdown->isVisible());
        QCOMPARE(m_lab->ruleset(), m_base);
        QVERIFY(m_state->appliedSummary().isEmpty());
        QVERIFY(!find<QPushButton>("applyRetestButton")->isVisible());
    }

    void rollBackNow()
    {
        makePanel();
        preview();
        click("applyApplyButton");
        QTRY_VERIFY_WITH_TIMEOUT(find<QWidget>("applyCountdown")->isVisible() || !m_panel->isBusy(), 60000);
        click("applyRollBackButton");
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 60000);
        QVERIFY2(text("applyResult").startsWith(QLatin1String("Rolled back: the change was undone as you asked")),
            qPrintable(text("applyResult") + log()));
        QCOMPARE(m_lab->ruleset(), m_base);
        QVERIFY(m_state->appliedSummary().isEmpty());
    }

    void closingDuringTheCountdownRollsBack()
    {
        makePanel();
        preview();
        click("applyApplyButton");
        QTRY_VERIFY_WITH_TIMEOUT(find<QWidget>("applyCountdown")->isVisible() || !m_panel->isBusy(), 60000);
        QVERIFY(find<QWidget>("applyCountdown")->isVisible());
        QVERIFY(m_lab->ruleset() != m_base);
        // The wizard closes: a change nobody kept must not stay, and the child must not be killed half-way.
        m_panel.reset();
        QCOMPARE(m_lab->ruleset(), m_base);
    }

    void cancelChangesNothing()
    {
        makePanel();
        preview();
        click("applyCancelButton");
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 60000);
        QVERIFY2(text("applyResult").startsWith(QLatin1String("Not applied: you cancelled")),
            qPrintable(text("applyResult") + log()));
        QCOMPARE(m_lab->ruleset(), m_base);
        QVERIFY(!QFile::exists(m_lab->stateDir() + QStringLiteral("/applied.json")));
    }

    void failureHalfWayShowsTheErrorAndChangesNothing()
    {
        // The command line's test hook: the read-back step reports a failure after the transaction ran.
        makePanel({QStringLiteral("FW_TEST_FAIL_STEP=verify")});
        preview();
        click("applyApplyButton");
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 60000);
        const QString result = text("applyResult");
        QVERIFY2(result.startsWith(QLatin1String("Failed: "))
                && result.contains(QLatin1String("apply failed at the step"))
                && result.contains(QLatin1String("The firewall was left as it was.")),
            qPrintable(result + log()));
        QVERIFY(!find<QWidget>("applyCountdown")->isVisible());
        QCOMPARE(m_lab->ruleset(), m_base);
        QVERIFY(m_state->appliedSummary().isEmpty());
        screenshot(QStringLiteral("apply-failed"));
    }

    // The panel words what the session reads from the protocol: a fake child (tests/apply/fake-apply-child.sh) that
    // prints translated error lines and status-like text; only its "@fw1 error" line is the reason shown.
    void onlyTheProtocolSaysWhatHappened()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        WizardState state(m_catalog);
        Selection s;
        s.product = QStringLiteral("timesensor-legal");
        s.role = QStringLiteral("server");
        s.deployment = QStringLiteral("365");
        state.setSelection(s);
        ApplyPanel panel(state);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FAKE_MODE"), QStringLiteral("hostile"));
        env.insert(QStringLiteral("FAKE_DIR"), dir.path());
        panel.setChildEnvironment(env);
        panel.setProgram(qEnvironmentVariable("FW_SOURCE_DIR") + QStringLiteral("/tests/apply/fake-apply-child.sh"));
        panel.setCommandPrefix({QStringLiteral("/bin/sh")});
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 20000);
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("applyPreviewButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 20000);
        const QString result = panel.findChild<QLabel *>(QStringLiteral("applyResult"))->text();
        QCOMPARE(result, QStringLiteral("Failed: Schritt „verify“ fehlgeschlagen\nThe firewall was left as it was."));
        const QString shown = panel.findChild<QPlainTextEdit *>(QStringLiteral("applyLog"))->toPlainText();
        QVERIFY2(shown.contains(QLatin1String("\nfirewall-wizard: Fehler: result kept\n")), qPrintable(shown));
        QVERIFY(state.appliedSummary().isEmpty());
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("applyRetestButton"))->isVisible());
    }
};

QTEST_MAIN(tst_WizardApply)
#include "tst_wizardapply.moc"
