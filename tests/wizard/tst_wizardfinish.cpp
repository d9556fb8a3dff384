// The Finish page closes the job: what was tested (in the Test connectivity page's words, in every language), the
// files saved by folder with Open folder, what was applied, the next steps for the formats saved and the role, and
// Print checklist.
#include "Desktop.h"
#include "FinishPage.h"
#include "WizardHarness.h"
#include "probe/CheckSummary.h"

#include <QDir>
#include <QFile>
#include <QPrinter>
#include <QPushButton>
#include <QTextBlock>
#include <QTextBrowser>
#include <QUrl>

using namespace fw;
using namespace fw::test;

namespace {

/// The wizard on the Finish page for a Palisade 8 @p role (a client names its server).
void toFinish(WizardHarness &h, const QString &role)
{
    Selection s {QStringLiteral("palisade"), QStringLiteral("8"), role, QString(), {}, {}};
    if (role == QLatin1String("client"))
        s.values.insert(QStringLiteral("server"), QStringLiteral("lic01"));
    h.wizard().state().setSelection(s);
    for (int i = 0; i < 8 && h.current() != PageId::Finish; ++i)
        h.clickNext();
}

QString summaryText(WizardHarness &h)
{
    return h.find<QTextBrowser>(QStringLiteral("summaryView"))->toPlainText();
}

ProbeResults refusedTwice()
{
    ProbeResults results;
    for (int port : {27000, 27010}) {
        ProbeResult r;
        r.target = {QStringLiteral("lic01"), port, Protocol::Tcp, QStringLiteral("lmgrd-port-out"), {}};
        r.status = ProbeStatus::Refused;
        results << r;
    }
    return results;
}

} // namespace

class tst_WizardFinish : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        quietOffscreenWarnings();
    }

    void cleanup() { clearDesktopHooks(); }

    void filesByFolderAndNextSteps_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("where");
        QTest::newRow("server") << "server"
                                << "On the server";
        QTest::newRow("client") << "client"
                                << "On each client computer";
    }
    void filesByFolderAndNextSteps()
    {
        QFETCH(QString, role);
        QFETCH(QString, where);
        WizardHarness h;
        const QString out = QDir(h.dir(QStringLiteral("out"))).absolutePath();
        const QString docs = QDir(h.dir(QStringLiteral("docs"))).absolutePath();
        WizardState &state = h.wizard().state();
        state.addSavedFile(out + QStringLiteral("/rules.ps1"), QStringLiteral("powershell"));
        state.addSavedFile(docs + QStringLiteral("/checklist.pdf"), QStringLiteral("pdf"));
        state.addSavedFile(out + QStringLiteral("/rules.csv"), QStringLiteral("csv"));
        state.addSavedFile(out + QStringLiteral("/rules.nft"), QStringLiteral("nftables"));
        state.setCheckResults(refusedTwice());
        toFinish(h, role);
        QCOMPARE(h.current(), PageId::Finish);

        // One row per folder, in the order first saved to, naming the files saved there.
        const QList<QLabel *> folders = h.wizard().findChildren<QLabel *>(QStringLiteral("savedFolderLabel"));
        QCOMPARE(folders.size(), 2);
        QVERIFY2(folders[0]->text().contains(out)
                && folders[0]->text().contains(QStringLiteral("rules.ps1, rules.csv, "
                                                              "rules.nft")),
            qPrintable(folders[0]->text()));
        QVERIFY2(folders[1]->text().contains(docs) && folders[1]->text().contains(QStringLiteral("checklist.pdf")),
            qPrintable(folders[1]->text()));
        QVERIFY(folders[0]->isVisible());

        // Open folder opens that folder in the file manager.
        QList<QUrl> opened;
        desktop::setOpenUrlHook([&opened](const QUrl &url) {
            opened << url;
            return true;
        });
        const QList<QPushButton *> buttons = h.wizard().findChildren<QPushButton *>(QStringLiteral("openFolderButton"));
        QCOMPARE(buttons.size(), 2);
        QTest::mouseClick(buttons[1], Qt::LeftButton);
        QCOMPARE(opened, QList<QUrl> {QUrl::fromLocalFile(docs)});

        // What was tested, in the same words as the Test connectivity page.
        const QString text = summaryText(h);
        QVERIFY2(text.contains(summarizeChecks(refusedTwice()).sentence()), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("answered")), qPrintable(text));
        // The next steps for these formats and this role, each once.
        for (const QString &step :
            {where + QStringLiteral(", run rules.ps1 in PowerShell opened with \"Run as administrator\""),
                QStringLiteral(".\\rules.ps1 -WhatIf"), where + QStringLiteral(", load rules.nft as root:"),
                QStringLiteral("sudo nft -f rules.nft"),
                QStringLiteral("Hand rules.csv to the team that runs the network firewall"),
                QStringLiteral("Print the checklist checklist.pdf"), QStringLiteral("and sign it"),
                QStringLiteral("test the connections again")}) {
            QVERIFY2(text.count(step) == 1, qPrintable(step + QStringLiteral("\n---\n") + text));
        }
        QVERIFY(!text.contains(QStringLiteral("Nothing was saved or applied")));
        QVERIFY(!text.contains(QStringLiteral("firewall-wizard revert")));
    }

    void openFolderFailureIsSaid()
    {
        WizardHarness h;
        h.wizard().state().addSavedFile(h.dir(QStringLiteral("rules.csv")), QStringLiteral("csv"));
        toFinish(h, QStringLiteral("server"));
        desktop::setOpenUrlHook([](const QUrl &) { return false; });
        QStringList messages;
        desktop::setMessageHook([&messages](desktop::MessageKind, const QString &text) { messages << text; });
        QTest::mouseClick(h.find<QPushButton>(QStringLiteral("openFolderButton")), Qt::LeftButton);
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages[0].contains(
                     QDir::toNativeSeparators(QFileInfo(h.dir(QStringLiteral("rules.csv"))).absolutePath())),
            qPrintable(messages[0]));
    }

    void nothingDoneYet()
    {
        WizardHarness h;
        toFinish(h, QStringLiteral("server"));
        const QString text = summaryText(h);
        QVERIFY2(text.contains(summarizeChecks({}).sentence()), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Nothing was saved or applied yet")), qPrintable(text));
        QVERIFY(!h.find<QWidget>(QStringLiteral("savedFilesBox"))->isVisible());
    }

    // What was applied, and the command that removes it on a line of its own that never breaks (a break after the
    // hyphen of "firewall-wizard" would show a command that does not exist).
    void appliedHereAndHowToUndo()
    {
        WizardHarness h;
        h.wizard().state().setAppliedSummary({QStringLiteral("nftables: table inet fwwizard-palisade-server added")});
        toFinish(h, QStringLiteral("server"));
        const QString text = summaryText(h);
        QVERIFY2(
            text.contains(QStringLiteral("nftables: table inet fwwizard-palisade-server added")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Nothing was saved or applied")));
        const QTextDocument *document = h.find<QTextBrowser>(QStringLiteral("summaryView"))->document();
        bool unbreakable = false;
        for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
            if (b.text() == QLatin1String("sudo firewall-wizard revert"))
                unbreakable = b.blockFormat().nonBreakableLines();
        }
        QVERIFY(unbreakable);
    }

    // Right after a test, in every language, the page says what the test found (it once said "nothing was tested"
    // in Spanish).
    void testResultInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("de") << "de";
        QTest::newRow("es") << "es";
    }
    void testResultInEveryLanguage()
    {
        QFETCH(QString, language);
        WizardHarness h(language);
        toFinish(h, QStringLiteral("client"));
        QCOMPARE(h.current(), PageId::Finish);
        const QString before = summaryText(h);
        QVERIFY2(before.contains(summarizeChecks({}).sentence()), qPrintable(before));
        h.wizard().state().setCheckResults(refusedTwice());
        const QString after = summaryText(h);
        QVERIFY2(after.contains(summarizeChecks(refusedTwice()).sentence()), qPrintable(after));
        QVERIFY2(!after.contains(summarizeChecks({}).sentence()), qPrintable(after));
    }

    void printChecklist()
    {
        WizardHarness h;
        toFinish(h, QStringLiteral("server"));
        const QString pdf = h.dir(QStringLiteral("printed.pdf"));
        QString jobName;
        bool answer = false;
        desktop::setPrintDialogHook([&](QPrinter *printer) {
            jobName = printer->docName();
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(pdf);
            return answer;
        });
        auto *print = h.find<QPushButton>(QStringLiteral("printChecklistButton"));
        QVERIFY(print->isEnabled());
        // Cancelled in the print dialog: nothing is printed.
        QTest::mouseClick(print, Qt::LeftButton);
        QVERIFY2(jobName.contains(QStringLiteral("Palisade network software 8.x")), qPrintable(jobName));
        QVERIFY(!QFile::exists(pdf));

        answer = true;
        QTest::mouseClick(print, Qt::LeftButton);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(data.startsWith("%PDF-"));
        QVERIFY(data.contains("/Type /Page"));
        QVERIFY2(data.size() > 10000, QByteArray::number(data.size()).constData()); // every rule, not an empty page
    }
};

QTEST_MAIN(tst_WizardFinish)
#include "tst_wizardfinish.moc"
