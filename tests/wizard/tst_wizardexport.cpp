// The Export page, driven by mouse and keyboard offscreen: choosing formats, the preview against the exporters' own
// output, a setting typed wrong, a refused export, the preview in German after a language switch, copying, saving the
// highlighted format (the Save button always names it) and the ticked ones into a folder, the files saved reaching
// the wizard's state, the question before replacing files, an unwritable path, the settings column readable in every
// language, a status that moves nothing, the Ansible usage note, and the PDF checklist written on a worker thread and
// read back with pdftotext.
#include "Desktop.h"
#include "ExportPage.h"
#include "SkipOrFail.h"
#include "WizardHarness.h"
#include "export/Exporter.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFontMetricsF>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyleOptionViewItem>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace fw;
using namespace fw::test;

namespace {

Selection palisadeServer()
{
    Selection s;
    s.product = QStringLiteral("palisade");
    s.version = QStringLiteral("8");
    s.role = QStringLiteral("server");
    s.options << QStringLiteral("online-activation");
    s.values.insert(QStringLiteral("vendor-port"), QStringLiteral("27001"));
    return s;
}

/// Sets @p selection and clicks Next up to the Export page; the page, or nullptr.
ExportPage *toExportPage(WizardHarness &h, const Selection &selection)
{
    h.wizard().state().setSelection(selection);
    for (int i = 0; i < 10 && h.current() != PageId::Export; ++i) {
        const PageId before = h.current();
        h.clickNext();
        if (h.current() == before)
            return nullptr;
    }
    if (h.current() != PageId::Export)
        return nullptr;
    return qobject_cast<ExportPage *>(h.wizard().currentPage());
}

QListWidgetItem *itemFor(QListWidget *list, const QString &format)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == format)
            return list->item(i);
    }
    return nullptr;
}

/// Clicks the text of @p format in the list: it becomes the one previewed.
void clickFormat(QListWidget *list, const QString &format)
{
    QListWidgetItem *item = itemFor(list, format);
    QVERIFY(item);
    list->scrollToItem(item);
    const QRect r = list->visualItemRect(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(r.right() - 10, r.center().y()));
}

/// Clicks the tick box of @p format with the mouse.
void clickTick(QListWidget *list, const QString &format)
{
    QListWidgetItem *item = itemFor(list, format);
    QVERIFY(item);
    QStyleOptionViewItem option;
    option.initFrom(list->viewport());
    option.rect = list->visualItemRect(item);
    option.features = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay;
    const QRect box = list->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, list);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, box.center());
}

/// Unticks every format with the keyboard: Home, then Space on each ticked one, Down to the next.
void untickAll(QListWidget *list)
{
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Home);
    for (int i = 0; i < list->count(); ++i) {
        if (list->currentItem()->checkState() == Qt::Checked)
            QTest::keyClick(list, Qt::Key_Space);
        QTest::keyClick(list, Qt::Key_Down);
    }
}

QByteArray rendered(ExportPage *page, const QString &format)
{
    return exporterFor(format)->render(page->plan(), page->contextFor(format)).data;
}

/// Text with the line ends of the file (the Windows formats' CRLF) made LF and without the last line's end, which a
/// text view does not keep apart from the text.
QString lf(const QString &text)
{
    QString t = QString(text).remove(QLatin1Char('\r'));
    while (t.endsWith(QLatin1Char('\n')))
        t.chop(1);
    return t;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class tst_WizardExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void chooseFormats();
    void previewIsTheExport_data();
    void previewIsTheExport();
    void settingTypedWrong();
    void refusedExportSaysWhy();
    void languageSwitchRerenders();
    void copyPutsTheFileOnTheClipboard();
    void saveOneFile();
    void saveSeveralIntoAFolder();
    void overwriteIsAsked();
    void unwritablePath();
    void pdfChecklistOffTheGuiThread();
    void retestGoesBack();
    void saveSavesWhatIsHighlighted();
    void unwritableFileIsNotInTheState();
    void settingsColumnReadable_data();
    void settingsColumnReadable();
    void statusMovesNothing();
    void ansibleSaysHowToRunIt();
};

void tst_WizardExport::initTestCase()
{
    prepareWizardTests();
}

void tst_WizardExport::cleanup()
{
    clearDesktopHooks();
}

void tst_WizardExport::chooseFormats()
{
    WizardHarness h;
    ExportPage *page = toExportPage(h, palisadeServer());
    QVERIFY(page);
    auto *list = h.find<QListWidget>(QStringLiteral("exportFormatList"));
    QVERIFY(list && list->isVisible());
    // Every text format is offered; the PDF has its own button.
    QStringList offered;
    for (int i = 0; i < list->count(); ++i)
        offered << list->item(i)->data(Qt::UserRole).toString();
    QCOMPARE(offered, exporterIds().filter(QRegularExpression(QStringLiteral("^(?!pdf$)"))));
    // A sensible default: one format ticked and shown.
    QCOMPARE(page->checkedFormats().size(), 1);
    QCOMPARE(page->currentFormat(), page->checkedFormats().first());

    untickAll(list);
    QVERIFY(page->checkedFormats().isEmpty());
    clickTick(list, QStringLiteral("nftables"));
    QCOMPARE(page->checkedFormats(), QStringList {QStringLiteral("nftables")});
    auto *save = h.find<QPushButton>(QStringLiteral("exportSaveButton"));
    QVERIFY(save->text().contains(QLatin1String("nftables")));
    // The keyboard: to firewalld with the arrow keys, Space ticks it.
    clickFormat(list, QStringLiteral("nftables"));
    QCOMPARE(page->currentFormat(), QStringLiteral("nftables"));
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(page->currentFormat(), QStringLiteral("firewalld"));
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(page->checkedFormats(), (QStringList {QStringLiteral("nftables"), QStringLiteral("firewalld")}));
    auto *saveTicked = h.find<QPushButton>(QStringLiteral("exportSaveTickedButton"));
    QVERIFY2(saveTicked->text().contains(QLatin1String("2 ticked")), qPrintable(saveTicked->text()));
    QVERIFY2(saveTicked->toolTip().contains(QLatin1String("nftables, firewalld")), qPrintable(saveTicked->toolTip()));
    QVERIFY2(save->text().contains(QLatin1String("firewalld")), qPrintable(save->text()));
    // The firewalld zone setting shows for firewalld; the PowerShell program folder does not.
    QVERIFY(h.find<QLineEdit>(QStringLiteral("exportSettingZoneEdit"))->isVisible());
    QVERIFY(!h.find<QLineEdit>(QStringLiteral("exportSettingProgramDirEdit"))->isVisible());
    clickTick(list, QStringLiteral("firewalld"));
    QCOMPARE(page->checkedFormats(), QStringList {QStringLiteral("nftables")});
}

void tst_WizardExport::previewIsTheExport_data()
{
    QTest::addColumn<QString>("format");
    for (const QString &id : exporterIds()) {
        if (id != QLatin1String("pdf"))
            QTest::newRow(qPrintable(id)) << id;
    }
}

void tst_WizardExport::previewIsTheExport()
{
    QFETCH(QString, format);
    WizardHarness h;
    ExportPage *page = toExportPage(h, palisadeServer());
    QVERIFY(page);
    auto *list = h.find<QListWidget>(QStringLiteral("exportFormatList"));
    clickFormat(list, format);
    QCOMPARE(page->currentFormat(), format);
    auto *preview = h.find<QPlainTextEdit>(QStringLiteral("exportPreview"));
    QVERIFY(preview->isVisible());
    QVERIFY(preview->isReadOnly());
    QCOMPARE(preview->lineWrapMode(), QPlainTextEdit::NoWrap);
    // Monospaced: every character as wide as the next, so that columns of a script line up.
    const QFontMetricsF metrics(preview->font());
    QCOMPARE(metrics.horizontalAdvance(QStringLiteral("iiii")), metrics.horizontalAdvance(QStringLiteral("MMMM")));
    // The page's context is the UI's language and a time of its own; the exporter given the same makes the same.
    const ExportContext context = page->contextFor(format);
    QCOMPARE(context.language, QStringLiteral("en"));
    QVERIFY(qAbs(context.generatedAt.secsTo(QDateTime::currentDateTime())) < 600);
    const QByteArray expected = rendered(page, format);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(lf(preview->toPlainText()), lf(QString::fromUtf8(expected)));
    // Each of the plan's ports is in every firewall's file.
    if (format != QLatin1String("powershell") && format != QLatin1String("netsh") && format != QLatin1String("ansible"))
        QVERIFY(preview->toPlainText().contains(QLatin1String("27001")));
}

void tst_WizardExport::settingTypedWrong()
{
    WizardHarness h;
    ExportPage *page = toExportPage(h, palisadeServer());
    QVERIFY(page);
    auto *list = h.find<QListWidget>(QStringLiteral("exportFormatList"));
    clickFormat(list, QStringLiteral("firewalld"));
    auto *zone = h.find<QLineEdit>(QStringLiteral("exportSettingZoneEdit"));
    QVERIFY(zone->isVisible());
    auto *preview = h.find<QPlainTextEdit>(QStringLiteral("exportPreview"));
    auto *error = h.find<QLabel>(QStringLiteral("exportSettingZoneError"));

    // A valid zone goes into the commands, as typed.
    WizardHarness::retype(zone, QStringLiteral("internal"));
    QVERIFY(!error->isVisible());
    QCOMPARE(page->contextFor(QStringLiteral("firewalld")).settings.value(QStringLiteral("zone")),
        QStringLiteral("internal"));
    QVERIFY(preview->isVisible());
    QVERIFY2(preview->toPlainText().contains(QLatin1String("--zone=internal")),
        qPrintable(preview->toPlainText().left(2000)));
    QCOMPARE(lf(preview->toPlainText()), lf(QString::fromUtf8(rendered(page, QStringLiteral("firewalld")))));
    // Formats that do not use it are left alone.
    QVERIFY(page->contextFor(QStringLiteral("nftables")).settings.isEmpty());

    // One that is not: said beside the field, and firewalld refuses instead of writing something wrong.
    QTest::keyClicks(zone, QStringLiteral(" x;y"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("Not valid")), qPrintable(error->text()));
    auto *problems = h.find<QTextBrowser>(QStringLiteral("exportProblems"));
    QVERIFY(problems->isVisible());
    QVERIFY(!preview->isVisible());
    QVERIFY2(problems->toPlainText().contains(QLatin1String("zone")), qPrintable(problems->toPlainText()));
    QVERIFY(itemFor(list, QStringLiteral("firewalld"))->text().contains(QLatin1String("cannot be written")));
    QVERIFY(!itemFor(list, QStringLiteral("nftables"))->text().contains(QLatin1String("cannot be written")));
    QVERIFY(!h.find<QPushButton>(QStringLiteral("exportCopyButton"))->isEnabled());

    // Corrected: the preview is back.
    WizardHarness::retype(zone, QStringLiteral("public"));
    QVERIFY(!error->isVisible());
    QVERIFY(preview->isVisible());
    QVERIFY(preview->toPlainText().contains(QLatin1String("--zone=public")));
}

void tst_WizardExport::refusedExportSaysWhy()
{
    // A catalog cannot make an export refuse any more: a program no export can carry is refused when the catalog loads
    // (tst_programpath). A folder to search typed with a quote still refuses the Windows formats it belongs to.
    const QString hostile = qEnvironmentVariable("FW_SOURCE_DIR") + QStringLiteral("/tests/export/data/hostile");
    QVERIFY2(QFileInfo(hostile).isDir(), qPrintable(hostile));
    WizardHarness h(QStringLiteral("en"), Catalog::load({hostile}));
    Selection s;
    s.product = QStringLiteral("hostile-app");
    s.role = QStringLiteral("client");
    s.values.insert(QStringLiteral("server"), QStringLiteral("192.0.2.1"));
    ExportPage *page = toExportPage(h, s);
    QVERIFY(page);
    auto *list = h.find<QListWidget>(QStringLiteral("exportFormatList"));
    clickFormat(list, QStringLiteral("netsh"));
    // The hostile client's program is a full path with ; $( ) ` & % ^ !: netsh carries it.
    QVERIFY(h.find<QPlainTextEdit>(QStringLiteral("exportPreview"))->isVisible());
    QVERIFY(h.find<QPlainTextEdit>(QStringLiteral("exportPreview"))
                ->toPlainText()
                .contains(QLatin1String("set \"FWW_PROGRAM_1=%SystemDrive%\\Ev;il $(id) `id` & 100%%\\Evil ^!.exe\"")));
    auto *programDir = h.find<QLineEdit>(QStringLiteral("exportSettingProgramDirEdit"));
    QVERIFY(programDir->isVisible());
    WizardHarness::retype(programDir, QStringLiteral("C:\\Apps\"x"));
    auto *problems = h.find<QTextBrowser>(QStringLiteral("exportProblems"));
    QVERIFY(problems->isVisible());
    QVERIFY(!h.find<QPlainTextEdit>(QStringLiteral("exportPreview"))->isVisible());
    const QString shown = problems->toPlainText();
    QVERIFY2(shown.contains(QLatin1String("cannot be written")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("'\"'")), qPrintable(shown));
    QVERIFY(itemFor(list, QStringLiteral("netsh"))->text().contains(QLatin1String("cannot be written")));
    QVERIFY(!h.find<QPushButton>(QStringLiteral("exportCopyButton"))->isEnabled());
    // A format that does not search for programs is not concerned: its preview is there.
    clickFormat(list, QStringLiteral("nftables"));
    QVERIFY(h.find<QPlainTextEdit>(QStringLiteral("exportPreview"))->isVisible());
    QVERIFY(h.find<QPushButton>(QStringLiteral("exportCopyButton"))->isEnabled());

    // Saving several with netsh among them writes the others and names netsh as not saved.
    QTemporaryDir dir;
    untickAll(list);
    clickTick(list, QStringLiteral("netsh"));
    clickTick(list, QStringLiteral("json"));
    desktop::setExistingDirectoryHook([&dir](const QString &) { return dir.path(); });
    QTest::mouseClick(h.find<QPushButton>(QStringLiteral("exportSaveTickedButton")), Qt::LeftButton);
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    QCOMPARE(files, QStringList {exportFileName(*exporterFor(QStringLiteral("json")), page->plan())});
    const QString status = h.find<QLabel>(QStringLiteral("exportStatus"))->text();
    QVERIFY2(
        status.contains(QLatin1String("Not saved")) && status.contains(QLatin1String("netsh")), qPrintable(status));
}

void tst_WizardExport::languageSwitchRerenders()
{
    WizardHarness h;
    ExportPage *page = toExportPage(h, palisadeServer());
    QVERIFY(page);
    auto *list = h.find<QListWidget>(QStringLiteral("exportFormatList"));
    clickFormat(list, QStringLiteral("nftables"));
    auto *preview = h.find<QPlainTextEdit>(QStringLiteral("exportPreview"));
    QVERIFY(preview->toPlainText().contains(QLatin1String("Firewall rules for")));
    QVERIFY(preview->toPlainText().contains(QLatin1String("Generated:")));
    // A rule that nftables writes (the plan's first ones are Windows program rules).
    const PlanRule *portRule = nullptr;
    for (const PlanRule &r : page->plan().rules) {
        if (!portRule && !r.ports.isEmpty())
            portRule = &r;
    }
    QVERIFY(portRule);
    const QString englishPurpose = portRule->purpose.en;
    const QString germanPurpose = portRule->purpose.in(QStringLiteral("de"));

    // As a person does it: the language menu in the button row.
    auto *german = h.wizard().findChild<QAction *>(QStringLiteral("languageDeAction"));
    QVERIFY(german);
    german->trigger();
    QTRY_COMPARE(page->contextFor(QStringLiteral("nftables")).language, QStringLiteral("de"));
    QTRY_VERIFY2(
        preview->toPlainText().contains(QLatin1String("Erstellt:")), qPrintable(preview->toPlainText().left(1500)));
    const QString text = preview->toPlainText();
    QVERIFY(!text.contains(QLatin1String("Generated:")));
    QVERIFY(text.contains(germanPurpose.left(30)));
    QVERIFY(!text.contains(englishPurpose.left(30)));
    QCOMPARE(lf(text), lf(QString::fromUtf8(rendered(page, QStringLiteral("nftables")))));
    // The page itself: the title is the German one.
    QCOMPARE(page->title(), QStringLiteral("Exportieren oder anwenden"));
}

void tst_WizardExport::copyPutsTheFileOnTheClipboard()
{
    WizardHarness h;
    ExportPage *page = toExportPage(h, palisadeServer());
    QVERIFY(page);
    auto *list = h.find<QListWidget>(QStringLiteral("exportFormatList"));
    for (const QString &format : {QStringLiteral("powershell"), QStringLiteral("csv")}) {
        clickFormat(list, format);
        QApplication::clipboard()->clear();
        QTest::mouseClick(h.find<QPushButton>(QStringLiteral("exportCopyButton")), Qt::LeftButton);
        // Exactly the file, with its own line ends (CRLF for the Windows script).
        QCOMPARE(QApplication::clipboard()->text(), QString::fromUtf8(rendered(page, format)));
        QVERIFY(h.find<QLabel>(QStringLiteral("exportStatus"))->text().contains(QLatin1String("Copied")));
    }
    QVERIFY(QApplication::clipboard()->text().contains(QLatin1String("27000")));
}

void tst_WizardExport::saveOneFile()
{
    WizardHarness h;
    ExportPage *page = toExportPage(h, palisadeServer());
    QVERIFY(page);
    auto *list = h.find<QListWidget>(QStringLiteral("exportFormatList"));
    untickAll(list);
    clickTick(list, QStringLiteral("nftables"));
    QTemporaryDir dir;
    QString suggested;
    const QString path = dir.filePath(QStringLiteral("chosen.nft"));
    desktop::setSaveFileNameHook([&](const QString &s) {
        suggested = s;
        return path;
    });
    desktop::setQuestionHook([](const QString &text) {
        qWarning("unexpected question: %s", qPrintable(text));
        return false;
    });
    QTest::mouseClick(h.find<QPushButton>(QStringLiteral("exportSaveButton")), Qt::LeftButton);
    QCOMPARE(QFileInfo(suggested).fileName(), exportFileName(*exporterFor(QStringLiteral("nftables")), page->plan()));
    QCOMPARE(readAll(path), rendered(page, QStringLiteral("nftables")));
    const QString status = h.find<QLabel>(QStringLiteral("exportStatus"))->text();
    QVERIFY2(
        status.contains(QLatin1String("Saved")) && status.contains(QDir::toNativeSeparators(path)), qPrintable(status));
    // Nothing else in the folder: no temporary file left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("chosen.nft")});
    QCOMPARE(h.wizard().state().savedFiles().size(), 1);
    QCOMPARE(h.wizard().state().savedFiles().first().path, path);
    QCOMPARE(h.wizard().state().savedFiles().first().format, QStringLiteral("nftables"));
    // Cancelling the dialog writes nothing and says nothing.
    desktop::setSaveFileNameHook([](const QString &) { return QString(); });
    QTest::mouseClick(h.find<QPushButton>(QStringLiteral("exportSaveButton")), Qt::LeftButton);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void tst_WizardExport::saveSeveralIntoAFolder()
{
    WizardHarness h;
    ExportPage *page = toExportPage(h, palisadeServer());
    QVERIFY(page);
    auto *list = h.find<QListWidget>(QStringLiteral("exportFormatList"));
    untickAll(list);
    const QStringList formats {QStringLiteral("powershell"), QStringLiteral("nftables"), QStringLiteral("firewalld"),
        QStringLiteral("ufw"), QStringLiteral("json"), QStringLiteral("csv")};
    for (const QString &f : formats)
        clickTick(list, f);
    QCOMPARE(page->checkedFormats(), formats);
    QTemporaryDir dir;
    QString startedIn;
    desktop::setExistingDirectoryHook([&](const QString &start) {
        startedIn = start;
        return dir.path();
    });
    QTest::mouseClick(h.find<QPushButton>(QStringLiteral("exportSaveTickedButton")), Qt::LeftButton);
    QVERIFY(!startedIn.isEmpty());
    QStringList names;
    for (const QString &f : formats) {
        const QString expected = exportFileName(*exporterFor(f), page->plan());
        // firewalld and ufw both write shell scripts: each keeps its own file.
        if (f == QLatin1String("firewalld") || f == QLatin1String("ufw"))
            QVERIFY2(expected.endsWith(QLatin1Char('-') + f + QStringLiteral(".sh")), qPrintable(expected));
        names << expected;
        QCOMPARE(readAll(dir.filePath(expected)), rendered(page, f));
    }
    // Each file saved reaches the wizard's state (for the Finish page), with its format, in the list's order.
    const QList<WizardState::SavedFile> &saved = h.wizard().state().savedFiles();
    QCOMPARE(saved.size(), formats.size());
    for (int i = 0; i < formats.size(); ++i) {
        QCOMPARE(saved.at(i).path, dir.filePath(names.at(i)));
        QCOMPARE(saved.at(i).format, formats.at(i));
    }
    names.sort();
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name), names);
    const QString status = h.find<QLabel>(QStringLiteral("exportStatus"))->text();
    QVERIFY2(
        status.contains(QDir::toNativeSeparators(dir.path())) && status.contains(names.first()), qPrintable(status));
}

void tst_WizardExport::overwriteIsAsked()
{
    WizardHarness h;
    ExportPage *page = toExportPage(h, palisadeServer());
    QVERIFY(page);
    auto *list = h.find<QListWidget>(QStringLiteral("exportFormatList"));
    untickAll(list);
    clickTick(list, QStringLiteral("json"));
    clickTick(list, QStringLiteral("csv"));
    QTemporaryDir dir;
    const QString json = dir.filePath(exportFileName(*exporterFor(QStringLiteral("json")), page->plan()));
    const char oldBytes[] = "old contents\r\n\0binary";
    const QByteArray old(oldBytes, sizeof oldBytes - 1);
    {
        QFile f(json);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(old);
    }
    desktop::setExistingDirectoryHook([&dir](const QString &) { return dir.path(); });
    QStringList asked;
    bool answer = false;
    desktop::setQuestionHook([&](const QString &text) {
        asked << text;
        return answer;
    });
    auto *save = h.find<QPushButton>(QStringLiteral("exportSaveTickedButton"));
    QTest::mouseClick(save, Qt::LeftButton);
    // Asked once, naming the file that exists (and only that one); No keeps it byte for byte and writes nothing.
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(QDir::toNativeSeparators(json)), qPrintable(asked.first()));
    QVERIFY(!asked.first().contains(QLatin1String(".csv")));
    QCOMPARE(readAll(json), old);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    QVERIFY(h.find<QLabel>(QStringLiteral("exportStatus"))->text().contains(QLatin1String("kept")));
    // Yes replaces it.
    answer = true;
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(asked.size(), 2);
    QCOMPARE(readAll(json), rendered(page, QStringLiteral("json")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void tst_WizardExport::unwritablePath()
{
    WizardHarness h;
    ExportPage *page = toExportPage(h, palisadeServer());
    QVERIFY(page);
    auto *list = h.find<QListWidget>(QStringLiteral("exportFormatList"));
    untickAll(list);
    clickTick(list, QStringLiteral("nftables"));
    // Root may write anywhere: a path under a regular file is what no one can write.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("file.txt"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
    const QString path = file + QStringLiteral("/out.nft");
    desktop::setSaveFileNameHook([&path](const QString &) { return path; });
    QTest::mouseClick(h.find<QPushButton>(QStringLiteral("exportSaveButton")), Qt::LeftButton);
    const QString status = h.find<QLabel>(QStringLiteral("exportStatus"))->text();
    QVERIFY2(status.startsWith(QLatin1String("Not saved")), qPrintable(status));
    QVERIFY2(status.contains(QDir::toNativeSeparators(path)), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("not a folder")), qPrintable(status));
    QCOMPARE(readAll(file), QByteArray("x"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot),
        QStringList {QStringLiteral("file.txt")});
    // A folder that does not exist says so.
    const QString missing = dir.filePath(QStringLiteral("missing/out.nft"));
    desktop::setSaveFileNameHook([&missing](const QString &) { return missing; });
    QTest::mouseClick(h.find<QPushButton>(QStringLiteral("exportSaveButton")), Qt::LeftButton);
    QVERIFY(h.find<QLabel>(QStringLiteral("exportStatus"))->text().contains(QLatin1String("does not exist")));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
}

void tst_WizardExport::pdfChecklistOffTheGuiThread()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        FW_SKIP_OR_FAIL("pdftotext is missing (poppler-utils)");
    WizardHarness h(QStringLiteral("de"));
    ExportPage *page = toExportPage(h, palisadeServer());
    QVERIFY(page);
    // What "Apply on this computer" recorded goes into the checklist.
    h.wizard().state().setAppliedSummary({QStringLiteral("fwtest-applied-marker")});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("checkliste.pdf"));
    QString suggested;
    desktop::setSaveFileNameHook([&](const QString &s) {
        suggested = s;
        return path;
    });
    QSignalSpy done(page, &ExportPage::pdfChecklistDone);
    auto *button = h.find<QPushButton>(QStringLiteral("savePdfButton"));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(suggested.endsWith(QLatin1String(".pdf")));
    // The click returned before the PDF was done: it is written on a worker thread, the page shows that it is busy
    // (and the event loop, not the click, delivers the end).
    QVERIFY(page->isWritingPdf());
    QVERIFY(h.find<QProgressBar>(QStringLiteral("exportStatusBusy"))->isVisible());
    QVERIFY(!button->isEnabled());
    QVERIFY(done.isEmpty());
    // The GUI stays responsive meanwhile: the list still takes keys.
    auto *list = h.find<QListWidget>(QStringLiteral("exportFormatList"));
    list->setFocus();
    const QString before = page->currentFormat();
    QTest::keyClick(list, list->currentRow() == 0 ? Qt::Key_Down : Qt::Key_Up);
    QVERIFY(page->currentFormat() != before);
    QVERIFY(done.wait(60000));
    QCOMPARE(done.first().first().toBool(), true);
    QVERIFY(!page->isWritingPdf());
    QVERIFY(button->isEnabled());
    QVERIFY(!h.find<QProgressBar>(QStringLiteral("exportStatusBusy"))->isVisible());
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(h.find<QLabel>(QStringLiteral("exportStatus"))->text().contains(QDir::toNativeSeparators(path)));
    QCOMPARE(h.wizard().state().savedFiles().size(), 1);
    QCOMPARE(h.wizard().state().savedFiles().first().path, path);
    QCOMPARE(h.wizard().state().savedFiles().first().format, QStringLiteral("pdf"));

    // Read back: the rows and the texts in the UI's language (German), the machine's name.
    QProcess p;
    p.start(pdftotext, {path, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).replace(QLatin1Char('\n'), QLatin1Char(' '));
    const Plan &plan = page->plan();
    for (const PlanRule &r : plan.rules)
        QVERIFY2(text.contains(r.purpose.in(QStringLiteral("de")).left(30)), qPrintable(r.id));
    QVERIFY(!text.contains(plan.rules.first().purpose.en.left(30)));
    for (const char *expected : {"27000", "27001", "lmgrd.exe"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
    QVERIFY(text.contains(QSysInfo::machineHostName()));
    QVERIFY(text.contains(QLatin1String("fwtest-applied-marker")));
    QVERIFY(text.contains(QCoreApplication::translate("fw::PdfExporter", "Applied on this computer")));
    QCOMPARE(int(text.count(QChar(0x2610))), int(plan.rules.size() + plan.executables.size()));
}

void tst_WizardExport::retestGoesBack()
{
    WizardHarness h;
    ExportPage *page = toExportPage(h, palisadeServer());
    QVERIFY(page);
    auto *tabs = h.find<QTabWidget>(QStringLiteral("exportTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->currentIndex(), 0);
    auto *panel = h.find<QWidget>(QStringLiteral("applyPanel"));
    QVERIFY(panel);
    QVERIFY(!panel->isVisible());
    // The panel's own "test again" goes back to the connectivity test.
    QVERIFY(QMetaObject::invokeMethod(panel, "retestRequested"));
    QCOMPARE(h.current(), PageId::Connectivity);
}

void tst_WizardExport::saveSavesWhatIsHighlighted()
{
    WizardHarness h;
    ExportPage *page = toExportPage(h, palisadeServer());
    QVERIFY(page);
    auto *list = h.find<QListWidget>(QStringLiteral("exportFormatList"));
    auto *save = h.find<QPushButton>(QStringLiteral("exportSaveButton"));
    auto *saveTicked = h.find<QPushButton>(QStringLiteral("exportSaveTickedButton"));
    untickAll(list);
    QVERIFY(!saveTicked->isEnabled());
    clickTick(list, QStringLiteral("firewalld"));
    // The reported case: firewalld ticked, PowerShell clicked. The preview is PowerShell, and so is Save.
    clickFormat(list, QStringLiteral("powershell"));
    QCOMPARE(page->currentFormat(), QStringLiteral("powershell"));
    QCOMPARE(page->checkedFormats(), QStringList {QStringLiteral("firewalld")});
    QVERIFY2(save->text().contains(QLatin1String("PowerShell")) && !save->text().contains(QLatin1String("firewalld")),
        qPrintable(save->text()));
    QVERIFY2(saveTicked->text().contains(QLatin1String("1 ticked")), qPrintable(saveTicked->text()));
    QVERIFY2(saveTicked->toolTip().endsWith(QLatin1String(": firewalld")), qPrintable(saveTicked->toolTip()));
    QVERIFY(saveTicked->isEnabled());
    QTemporaryDir dir;
    QString suggested;
    desktop::setSaveFileNameHook([&](const QString &s) {
        suggested = s;
        return dir.filePath(QFileInfo(s).fileName());
    });
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(QFileInfo(suggested).fileName(), exportFileName(*exporterFor(QStringLiteral("powershell")), page->plan()));
    QCOMPARE(readAll(dir.filePath(QFileInfo(suggested).fileName())), rendered(page, QStringLiteral("powershell")));
    // The keyboard: Down highlights netsh; the button follows at once, and Enter on it saves netsh.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(page->currentFormat(), QStringLiteral("netsh"));
    QVERIFY2(save->text().contains(QLatin1String("netsh")), qPrintable(save->text()));
    save->setFocus();
    QTest::keyClick(save, Qt::Key_Space);
    QVERIFY(suggested.endsWith(QLatin1String(".cmd")));
    QCOMPARE(readAll(dir.filePath(QFileInfo(suggested).fileName())), rendered(page, QStringLiteral("netsh")));
    // Exactly what was saved is in the wizard's state, and firewalld (ticked, never saved) is not.
    const QList<WizardState::SavedFile> &saved = h.wizard().state().savedFiles();
    QCOMPARE(saved.size(), 2);
    QCOMPARE(saved.at(0).format, QStringLiteral("powershell"));
    QCOMPARE(saved.at(1).format, QStringLiteral("netsh"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);
}

void tst_WizardExport::unwritableFileIsNotInTheState()
{
    WizardHarness h;
    ExportPage *page = toExportPage(h, palisadeServer());
    QVERIFY(page);
    clickFormat(h.find<QListWidget>(QStringLiteral("exportFormatList")), QStringLiteral("csv"));
    QTemporaryDir dir;
    desktop::setSaveFileNameHook([&dir](const QString &) { return dir.filePath(QStringLiteral("missing/x.csv")); });
    QTest::mouseClick(h.find<QPushButton>(QStringLiteral("exportSaveButton")), Qt::LeftButton);
    QVERIFY(h.find<QLabel>(QStringLiteral("exportStatus"))->text().startsWith(QLatin1String("Not saved")));
    QVERIFY(h.wizard().state().savedFiles().isEmpty());
}

void tst_WizardExport::settingsColumnReadable_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("de") << "de";
    QTest::newRow("es") << "es";
}

void tst_WizardExport::settingsColumnReadable()
{
    QFETCH(QString, language);
    WizardHarness h(language);
    ExportPage *page = toExportPage(h, palisadeServer());
    QVERIFY(page);
    // Every setting in view: Ansible uses three, nftables the policy, the PDF the paper size.
    auto *list = h.find<QListWidget>(QStringLiteral("exportFormatList"));
    untickAll(list);
    clickTick(list, QStringLiteral("ansible"));
    clickTick(list, QStringLiteral("nftables"));
    QApplication::processEvents();
    int fields = 0;
    for (QComboBox *combo : page->findChildren<QComboBox *>(QRegularExpression(QStringLiteral("^exportSetting")))) {
        QVERIFY(combo->isVisible());
        // The longest choice shows whole ("as usual here (A4)").
        for (int i = 0; i < combo->count(); ++i) {
            const int needed = combo->fontMetrics().horizontalAdvance(combo->itemText(i));
            QVERIFY2(combo->width() >= needed + 20,
                qPrintable(QStringLiteral("%1: %2 px for \"%3\" (%4 px)")
                               .arg(combo->objectName())
                               .arg(combo->width())
                               .arg(combo->itemText(i))
                               .arg(needed)));
        }
        ++fields;
    }
    for (QLineEdit *edit : page->findChildren<QLineEdit *>(QRegularExpression(QStringLiteral("^exportSetting")))) {
        QVERIFY2(edit->isVisible(), qPrintable(edit->objectName()));
        const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
        QVERIFY2(edit->width() >= needed + 20,
            qPrintable(QStringLiteral("%1: %2 px for \"%3\" (%4 px)")
                           .arg(edit->objectName())
                           .arg(edit->width())
                           .arg(edit->placeholderText())
                           .arg(needed)));
        ++fields;
    }
    QCOMPARE(fields, 5);
    // The splitter's handle can be found: wide enough to see and to grab.
    auto *splitter = h.find<QSplitter>(QStringLiteral("exportSplitter"));
    QVERIFY(splitter);
    QVERIFY2(splitter->handleWidth() >= 8, qPrintable(QString::number(splitter->handleWidth())));
    // The preview keeps the larger part.
    QVERIFY(splitter->sizes().at(1) > splitter->sizes().at(0));
}

void tst_WizardExport::statusMovesNothing()
{
    WizardHarness h;
    ExportPage *page = toExportPage(h, palisadeServer());
    QVERIFY(page);
    QApplication::processEvents();
    auto *preview = h.find<QPlainTextEdit>(QStringLiteral("exportPreview"));
    auto *copy = h.find<QPushButton>(QStringLiteral("exportCopyButton"));
    auto *status = h.find<QLabel>(QStringLiteral("exportStatus"));
    QVERIFY(status->text().isEmpty());
    const QRect previewBefore = preview->geometry();
    const QPoint copyBefore = copy->mapTo(page, QPoint());
    QTest::mouseClick(copy, Qt::LeftButton);
    QApplication::processEvents();
    QVERIFY(!status->text().isEmpty());
    QCOMPARE(preview->geometry(), previewBefore);
    QCOMPARE(copy->mapTo(page, QPoint()), copyBefore);
}

void tst_WizardExport::ansibleSaysHowToRunIt()
{
    WizardHarness h;
    ExportPage *page = toExportPage(h, palisadeServer());
    QVERIFY(page);
    auto *list = h.find<QListWidget>(QStringLiteral("exportFormatList"));
    auto *note = h.find<QLabel>(QStringLiteral("exportUsageNote"));
    QVERIFY(note);
    clickFormat(list, QStringLiteral("nftables"));
    QVERIFY(!note->isVisible());
    clickFormat(list, QStringLiteral("ansible"));
    QVERIFY(note->isVisible());
    const QString file = exportFileName(*exporterFor(QStringLiteral("ansible")), page->plan());
    QCOMPARE(note->text().split(QLatin1Char('\n')).size(), 2);
    QVERIFY2(
        note->text().contains(QStringLiteral("ansible-playbook -i hosts.ini %1").arg(file)), qPrintable(note->text()));
    QVERIFY2(
        note->text().contains(QLatin1String("group linux")) && note->text().contains(QLatin1String("group windows")),
        qPrintable(note->text()));
    QVERIFY2(note->text().contains(QStringLiteral("%1 -e fw_wizard_undo=true").arg(file)), qPrintable(note->text()));
    // For looking at it: FW_SCREENSHOT_DIR=... saves the page as shown.
    if (qEnvironmentVariableIsSet("FW_SCREENSHOT_DIR")) {
        QTest::qWait(50); // the pending layout requests
        h.wizard().grab().save(qEnvironmentVariable("FW_SCREENSHOT_DIR") + QStringLiteral("/export-ansible.png"));
    }
}

QTEST_MAIN(tst_WizardExport)
#include "tst_wizardexport.moc"
