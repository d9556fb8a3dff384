// The apply session (apply/ApplySession.h) driven against a fake child: a shell script that speaks the protocol the
// way `firewall-wizard apply|revert --answers-on-stdin` does, or says hostile things. Preview, approve, keep, roll
// back now, a window that runs out, cancel, undo, a crash, a program that does not start, the commands it runs, and
// closing the session during the window. One detection runs the real program (read-only: --dry-run).
#include "apply/ApplySession.h"
#include "plan/Selection.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

#include <unistd.h>

using namespace fw;
using Phase = ApplySession::Phase;
using Outcome = ApplySession::Outcome;

class tst_ApplySession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_script; ///< tests/apply/fake-apply-child.sh, found next to this test

    /// A session that runs the fake child in @p mode with a window of @p seconds.
    std::unique_ptr<ApplySession> session(const QString &mode, int seconds = 30)
    {
        auto s = std::make_unique<ApplySession>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FAKE_MODE"), mode);
        env.insert(QStringLiteral("FAKE_DIR"), m_dir.path());
        env.insert(QStringLiteral("FAKE_SECONDS"), QString::number(seconds));
        s->setChildEnvironment(env);
        s->setProgram(m_script);
        // A prefix instead of pkexec, as the tests of the wizard use one.
        s->setCommandPrefix({QStringLiteral("/bin/sh")});
        s->setConfirmSeconds(seconds);
        Selection selection;
        selection.product = QStringLiteral("timesensor-legal");
        selection.role = QStringLiteral("server");
        selection.deployment = QStringLiteral("365");
        QString error;
        if (!s->setPlan(selection, &error))
            qWarning("%s", qPrintable(error));
        return s;
    }
    static bool waitIdle(ApplySession &s)
    {
        return QTest::qWaitFor([&s] { return !s.isBusy(); }, 20000);
    }
    QString file(const char *name)
    {
        QFile f(m_dir.filePath(QLatin1String(name)));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_script = QFINDTESTDATA("fake-apply-child.sh");
        QVERIFY(!m_script.isEmpty());
    }
    void init() { QFile::remove(m_dir.filePath(QStringLiteral("answer"))); }

    void commandsAskForTheProtocol()
    {
        auto s = session(QStringLiteral("apply"), 7);
        s->setLanguage(QStringLiteral("de"));
        const QStringList apply = s->applyCommand();
        QCOMPARE(apply.mid(0, 3), (QStringList {"/bin/sh", m_script, "apply"}));
        QVERIFY2(apply.contains(QLatin1String("--answers-on-stdin")) && !apply.contains(QLatin1String("--yes"))
                && apply.join(QLatin1Char(' ')).contains(QLatin1String("--confirm-within 7"))
                && apply.join(QLatin1Char(' ')).contains(QLatin1String("--lang de")),
            qPrintable(apply.join(QLatin1Char(' '))));
        const QStringList revert = s->revertCommand();
        QCOMPARE(revert.mid(0, 3), (QStringList {"/bin/sh", m_script, "revert"}));
        // Undo is the admin's answer: the revert asks nothing.
        QVERIFY(revert.contains(QLatin1String("--answers-on-stdin")) && revert.contains(QLatin1String("--yes"))
            && !revert.contains(QLatin1String("--backend")));
        const QStringList detect = s->detectCommand();
        QVERIFY(detect.contains(QLatin1String("--dry-run")) && detect.contains(QLatin1String("--answers-on-stdin")));
        // The plan file the child gets holds the selection.
        const QString planFile = apply.at(apply.indexOf(QLatin1String("--plan-file")) + 1);
        QFile plan(planFile);
        QVERIFY(plan.open(QIODevice::ReadOnly));
        QVERIFY(plan.readAll().contains("timesensor-legal"));
    }

    void detectionTakesTheLinesBeforeTheFirstBlankOne()
    {
        auto s = session(QStringLiteral("detect"));
        QSignalSpy done(s.get(), &ApplySession::detectionFinished);
        QSignalSpy output(s.get(), &ApplySession::output);
        s->detect();
        QCOMPARE(s->phase(), Phase::Detecting);
        QVERIFY(waitIdle(*s));
        QCOMPARE(done.count(), 1);
        QCOMPARE(s->detection(),
            (QStringList {
                "Firewall that governs this machine: nftables", "input chain inet filter input: policy drop"}));
        QVERIFY(s->detectionPartial());
        QCOMPARE(s->detectReport().otherErrors, QStringList {"nft: some warning without rights"});
        QCOMPARE(output.count(), 0); // detection shows nothing in the log
        QCOMPARE(s->report().outcome, Outcome::None);
        QVERIFY(file("args").contains(QLatin1String("--dry-run")));
    }

    void detectionThatFailsSaysWhy()
    {
        auto s = session(QStringLiteral("detect-fails"));
        s->detect();
        QVERIFY(waitIdle(*s));
        QVERIFY(s->detection().isEmpty());
        QCOMPARE(s->detectReport().exitCode, 2);
        // The error line, not the translated human line, is the reason.
        QCOMPARE(s->detectReport().errors, QStringList {"--plan-file: kaputt"});
        QCOMPARE(s->detectReport().otherErrors, QStringList {"firewall-wizard: Fehler: --plan-file: kaputt"});
    }

    void previewApproveKeep()
    {
        auto s = session(QStringLiteral("apply"));
        QSignalSpy output(s.get(), &ApplySession::output);
        QSignalSpy finished(s.get(), &ApplySession::finished);
        s->preview();
        QCOMPARE(s->phase(), Phase::Preparing);
        QVERIFY(QTest::qWaitFor([&] { return s->phase() == Phase::AwaitingApproval; }, 20000));
        // A confirm-pending before the approval changes nothing.
        QVERIFY(!s->sawPending());
        s->approve();
        QCOMPARE(s->phase(), Phase::Applying);
        QVERIFY(QTest::qWaitFor([&] { return s->phase() == Phase::Confirming; }, 20000));
        QVERIFY2(s->secondsLeft() >= 29 && s->secondsLeft() <= 30, qPrintable(QString::number(s->secondsLeft())));
        QVERIFY(s->isBusy());
        s->keep();
        QVERIFY(waitIdle(*s));
        QCOMPARE(finished.count(), 1);
        const ApplySession::Report &r = s->report();
        QCOMPARE(r.outcome, Outcome::Applied);
        QCOMPARE(r.backend, BackendId::Nftables);
        QCOMPARE(r.rules, 3);
        QCOMPARE(r.pendingSeconds, 30);
        QVERIFY(r.errors.isEmpty());
        QCOMPARE(s->appliedBackend(), BackendId::Nftables);
        QCOMPARE(file("answer"), QStringLiteral("yes"));
        QStringList lines;
        for (const QList<QVariant> &args : std::as_const(output))
            lines << args.at(0).toString();
        QVERIFY2(lines.first().startsWith(QLatin1String("$ /bin/sh ")), qPrintable(lines.join('\n')));
        QVERIFY2(lines.contains(QLatin1String("add rule inet filter fwwizard_x tcp dport 19812 accept"))
                && lines.contains(QLatin1String("> yes")),
            qPrintable(lines.join('\n')));
        // No protocol line reaches the log.
        for (const QString &l : std::as_const(lines))
            QVERIFY2(!l.startsWith(QLatin1String("@fw1")), qPrintable(l));
        // Undo then names the back end that was kept.
        QVERIFY(s->revertCommand().join(QLatin1Char(' ')).contains(QLatin1String("--backend nftables")));
    }

    void rollBackNow()
    {
        auto s = session(QStringLiteral("apply"));
        s->preview();
        QVERIFY(QTest::qWaitFor([&] { return s->phase() == Phase::AwaitingApproval; }, 20000));
        s->approve();
        QVERIFY(QTest::qWaitFor([&] { return s->phase() == Phase::Confirming; }, 20000));
        s->rollBackNow();
        QVERIFY(s->rollBackAsked());
        QVERIFY(waitIdle(*s));
        QCOMPARE(s->report().outcome, Outcome::RolledBackNow);
        QCOMPARE(file("answer"), QStringLiteral("no"));
        QCOMPARE(s->appliedBackend(), BackendId::Invalid);
    }

    void nobodyKeepsIt()
    {
        auto s = session(QStringLiteral("apply"), 1);
        QSignalSpy seconds(s.get(), &ApplySession::secondsLeftChanged);
        s->preview();
        QVERIFY(QTest::qWaitFor([&] { return s->phase() == Phase::AwaitingApproval; }, 20000));
        s->approve();
        QVERIFY(QTest::qWaitFor([&] { return s->phase() == Phase::Confirming; }, 20000));
        // Nobody answers: the child's window runs out and it rolls back by itself.
        QVERIFY(waitIdle(*s));
        QCOMPARE(s->report().outcome, Outcome::RolledBackByItself);
        QCOMPARE(file("answer"), QStringLiteral("timeout"));
        QVERIFY(!seconds.isEmpty());
        QCOMPARE(seconds.first().at(0).toInt(), 1);
    }

    void cancelDeclines()
    {
        auto s = session(QStringLiteral("apply"));
        s->preview();
        QVERIFY(QTest::qWaitFor([&] { return s->phase() == Phase::AwaitingApproval; }, 20000));
        s->keep(); // not now: ignored
        s->cancel();
        QVERIFY(waitIdle(*s));
        QCOMPARE(s->report().outcome, Outcome::Declined);
    }

    void hostileLinesAreText()
    {
        auto s = session(QStringLiteral("hostile"));
        QSignalSpy output(s.get(), &ApplySession::output);
        s->preview();
        QVERIFY(waitIdle(*s));
        const ApplySession::Report &r = s->report();
        // Neither the standard output's "@fw1 result kept", the translated error line, the old format, nor a
        // protocol line glued to the end of an overlong line is taken as a status.
        QCOMPARE(r.outcome, Outcome::Failed);
        QCOMPARE(r.errors, QStringList {QStringLiteral("Schritt „verify“ fehlgeschlagen")});
        QCOMPARE(s->phase(), Phase::Idle);
        QVERIFY(!s->sawPending()); // a well-formed line out of its place is ignored
        QStringList lines;
        for (const QList<QVariant> &args : std::as_const(output))
            lines << args.at(0).toString();
        for (const char *text : {"@fw1 result kept", "firewall-wizard: Fehler: result kept", "result kept",
                 "@fw1 result kept extra", "@fw1 error %ZZ"})
            QVERIFY2(lines.contains(QLatin1String(text)), text);
        QVERIFY(lines.join(QString()).contains(QLatin1String("xxx@fw1 result kept")));
    }

    void aChildThatFailsKeptNothing()
    {
        auto s = session(QStringLiteral("lies"));
        s->preview();
        QVERIFY(waitIdle(*s));
        QCOMPARE(s->report().outcome, Outcome::Failed);
        QCOMPARE(s->report().exitCode, 3);
        QCOMPARE(s->appliedBackend(), BackendId::Invalid);
    }

    void crash()
    {
        auto s = session(QStringLiteral("crash"));
        s->preview();
        QVERIFY(waitIdle(*s));
        QVERIFY(s->report().crashed);
        QCOMPARE(s->report().outcome, Outcome::Failed);
    }

    void undo()
    {
        auto s = session(QStringLiteral("revert"));
        QSignalSpy output(s.get(), &ApplySession::output);
        s->undo();
        QCOMPARE(s->phase(), Phase::Reverting);
        QVERIFY(waitIdle(*s));
        QCOMPARE(s->report().outcome, Outcome::Reverted);
        QCOMPARE(s->report().reverted, (QList<BackendId> {BackendId::Nftables, BackendId::Ufw}));
        QVERIFY(file("args").startsWith(QLatin1String("revert")));
        QCOMPARE(output.last().at(0).toString(), QStringLiteral("Reverted: timesensor-legal/server (nftables)"));
    }

    void undoThatFails()
    {
        auto s = session(QStringLiteral("revert-fails"));
        s->undo();
        QVERIFY(waitIdle(*s));
        QCOMPARE(s->report().outcome, Outcome::RevertFailed);
        QCOMPARE(s->report().reverted, QList<BackendId> {BackendId::Nftables});
        QCOMPARE(s->report().errors, QStringList {"revert failed at the step"});
    }

    void aProgramThatDoesNotStart()
    {
        auto s = session(QStringLiteral("apply"));
        s->setCommandPrefix({m_dir.filePath(QStringLiteral("no-such-program"))});
        QSignalSpy finished(s.get(), &ApplySession::finished);
        QSignalSpy busy(s.get(), &ApplySession::busyChanged);
        s->preview();
        QVERIFY(waitIdle(*s));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(s->report().outcome, Outcome::CouldNotStart);
        QVERIFY2(s->report().startError.contains(QLatin1String("no-such-program")), qPrintable(s->report().startError));
        QCOMPARE(busy.count(), 2);
        s->refuse(QStringLiteral("pkexec is missing"));
        QCOMPARE(finished.count(), 2);
        QCOMPARE(s->report().startError, QStringLiteral("pkexec is missing"));
    }

    void closingDuringTheWindowSaysNo()
    {
        auto s = session(QStringLiteral("apply"));
        s->preview();
        QVERIFY(QTest::qWaitFor([&] { return s->phase() == Phase::AwaitingApproval; }, 20000));
        s->approve();
        QVERIFY(QTest::qWaitFor([&] { return s->phase() == Phase::Confirming; }, 20000));
        s.reset(); // waits for the child, which gets "no"
        QCOMPARE(file("answer"), QStringLiteral("no"));
    }

    void theRealProgramDetects()
    {
        const QString program = qEnvironmentVariable("FW_BINARY");
        if (program.isEmpty())
            QSKIP("FW_BINARY is not set (ctest sets it)");
        ApplySession s;
        s.setProgram(program);
        Selection selection;
        selection.product = QStringLiteral("palisade");
        selection.role = QStringLiteral("server");
        selection.version = QStringLiteral("8");
        QString error;
        QVERIFY2(s.setPlan(selection, &error), qPrintable(error));
        s.detect();
        QVERIFY(QTest::qWaitFor([&s] { return !s.isBusy(); }, 120000));
        QVERIFY2(!s.detection().isEmpty(),
            qPrintable(s.detectReport().errors.join('\n') + s.detectReport().otherErrors.join('\n')));
        QVERIFY2(s.detection().first().startsWith(QLatin1String("Firewall that governs this machine")),
            qPrintable(s.detection().join('\n')));
        // Its "detected" line came through: root sees everything, others only a part.
        QCOMPARE(s.detectionPartial(), ::geteuid() != 0);
    }
};

QTEST_GUILESS_MAIN(tst_ApplySession)
#include "tst_applysession.moc"
