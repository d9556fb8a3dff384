// Help → Diagnostics in the wizard: opened by keyboard, collected off the GUI thread on this machine with a busy
// indicator, the version line and the firewall section shown, Copy and Save, the warnings on top, and the note that
// an ordinary user's report misses what only root can read.
#include "Desktop.h"
#include "DiagnosticsDialog.h"
#include "MenuDriver.h"
#include "WizardHarness.h"

#include <QClipboard>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QThread>

#include <atomic>

using namespace fw;
using namespace fw::test;

class tst_WizardDiagnostics : public QObject
{
    Q_OBJECT

private:
    static DiagnosticsDialog *openByKeyboard(WizardHarness &h)
    {
        // Alt+H opens the Help menu, D chooses Diagnostics.
        if (!typeInMenu([&h] { QTest::keyClick(&h.wizard(), Qt::Key_H, Qt::AltModifier); }, Qt::Key_D))
            return nullptr;
        return h.find<DiagnosticsDialog>(QStringLiteral("diagnosticsDialog"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        quietOffscreenWarnings();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void cleanup() { clearDesktopHooks(); }

    void thisMachine()
    {
        WizardHarness h;
        h.wizard().setLogFilePath(h.dir(QStringLiteral("firewall-wizard.log")));
        {
            QFile log(h.dir(QStringLiteral("firewall-wizard.log")));
            QVERIFY(log.open(QIODevice::WriteOnly));
            log.write("[info] started: firewall-wizard\n[info] last line of the log\n");
        }
        DiagnosticsDialog *dialog = openByKeyboard(h);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *copy = dialog->findChild<QPushButton *>(QStringLiteral("diagnosticsCopyButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 60000);
        const QString text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("diagnosticsText"))->toPlainText();
        QVERIFY2(text.startsWith(QStringLiteral("Firewall Setup Wizard diagnostics\nProgram: %1 (Qt %2, spdlog ")
                                     .arg(QStringLiteral(FW_VERSION), QString::fromLatin1(qVersion()))),
            qPrintable(text.left(300)));
        QVERIFY2(
            text.contains(QStringLiteral("\nFirewall:\n  Firewall that governs this machine: ")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Privileged: ")));
        QVERIFY2(text.contains(QStringLiteral("  [info] last line of the log\n")), qPrintable(text));
        // Nothing of the environment (a secret could be in it).
        QVERIFY(!text.contains(h.dir(QString()).section(QLatin1Char('/'), 0, -2) + QStringLiteral("/settings.ini")));

        // Copy by its mnemonic: the whole text on the clipboard, and the dialog says so.
        QApplication::clipboard()->clear();
        QVERIFY(copy->isEnabled());
        QTest::keyClick(dialog, Qt::Key_C, Qt::AltModifier);
        QTRY_COMPARE(QApplication::clipboard()->text(), text);
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("diagnosticsStatus"));
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().startsWith(QStringLiteral("Copied")), qPrintable(status->text()));

        // Save: to the file chosen, the same text.
        const QString path = h.dir(QStringLiteral("report"));
        desktop::setSaveFileNameHook([path](const QString &) { return path; });
        QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
        QFile saved(path + QStringLiteral(".txt"));
        // A mnemonic clicks after the button's short press animation.
        QTRY_VERIFY(saved.exists());
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(saved.readAll()), text);
        QVERIFY2(status->text().contains(saved.fileName()), qPrintable(status->text()));

        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
        QVERIFY(h.wizard().isVisible());
    }

    void busyWhileCollectingAndWarningsOnTop()
    {
        // Declared before the wizard: the worker may still use them while the wizard goes.
        QSemaphore release;
        std::atomic<bool> onGuiThread {true};
        std::unique_ptr<QThread> releaser;
        {
            WizardHarness h;
            DiagnosticsDialog *dialog = nullptr;
            // The first collection on the real machine; from then on a scripted one that waits for the test.
            QVERIFY(dialog = openByKeyboard(h));
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 60000);

            QThread *gui = QThread::currentThread();
            dialog->setCollector([&](const DiagnosticsInput &input) {
                onGuiThread = QThread::currentThread() == gui;
                release.acquire();
                Diagnostics d;
                d.programVersion = input.programVersion;
                d.state.privileged = false;
                d.firewallLines << QStringLiteral("Firewall that governs this machine: ufw");
                d.warnings << DiagnosticWarning {QStringLiteral("docker"),
                    QStringLiteral("Docker is present (docker0).")}
                           << DiagnosticWarning {QStringLiteral("runtime-permanent-differ"),
                                  QStringLiteral("firewalld's runtime and permanent configurations differ.")};
                return d;
            });
            auto *refresh = dialog->findChild<QPushButton *>(QStringLiteral("diagnosticsRefreshButton"));
            auto *copy = dialog->findChild<QPushButton *>(QStringLiteral("diagnosticsCopyButton"));
            QSignalSpy collected(dialog, &DiagnosticsDialog::collected);
            QTest::mouseClick(refresh, Qt::LeftButton);
            // Busy: the indicator shows, the buttons wait, and the window still answers.
            auto *progress = dialog->findChild<QProgressBar *>(QStringLiteral("diagnosticsProgress"));
            QVERIFY(progress->isVisible());
            QVERIFY(!copy->isEnabled() && !refresh->isEnabled());
            QTest::qWait(50);
            QVERIFY(dialog->isBusy());
            release.release();
            QTRY_COMPARE(collected.size(), 1);
            QVERIFY(!onGuiThread);
            QVERIFY(!progress->isVisible());
            QVERIFY(copy->isEnabled());

            // Each warning on top with its word, and the note that root sees more.
            auto *first = dialog->findChild<QLabel *>(QStringLiteral("diagnosticsWarning0"));
            auto *second = dialog->findChild<QLabel *>(QStringLiteral("diagnosticsWarning1"));
            QVERIFY(first && second);
            QVERIFY(first->isVisible());
            QCOMPARE(first->text(), QStringLiteral("Warning: Docker is present (docker0)."));
            QVERIFY(second->text().startsWith(QStringLiteral("Warning: firewalld's runtime")));
            QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("diagnosticsNoWarnings")));
            auto *privilege = dialog->findChild<QLabel *>(QStringLiteral("diagnosticsPrivilegeNote"));
            QVERIFY(privilege->isVisible());
            QVERIFY2(privilege->text().contains(QStringLiteral("sudo firewall-wizard diagnose")),
                qPrintable(privilege->text()));
            // For looking at the layout: FW_SCREENSHOT_DIR=/tmp/shots saves the dialog as PNG.
            QVERIFY(second->isVisible());
            if (qEnvironmentVariableIsSet("FW_SCREENSHOT_DIR")) {
                QTest::qWait(100); // the layout settles
                dialog->grab().save(qEnvironmentVariable("FW_SCREENSHOT_DIR") + QStringLiteral("/diagnostics-en.png"));
            }
            const QString text = dialog->text();
            QVERIFY2(
                text.contains(QStringLiteral("Privileged: no (some firewall state needs root)")), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("  [docker] Docker is present (docker0).")));

            // Closing the wizard while collecting waits for the worker instead of leaving it running.
            QTest::mouseClick(refresh, Qt::LeftButton);
            QVERIFY(dialog->isBusy());
            releaser.reset(QThread::create([&release] {
                QThread::msleep(200);
                release.release();
            }));
            releaser->start();
        }
        releaser->wait();
        QCOMPARE(release.available(), 0);
    }
};

QTEST_MAIN(tst_WizardDiagnostics)
#include "tst_wizarddiagnostics.moc"
