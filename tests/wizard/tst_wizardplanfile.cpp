// Plan files in the wizard: Plan → Save and Open (menu and Ctrl+S / Ctrl+O on any page), the round trip through the
// command line, broken files that change nothing and say where they are broken, and a plan file given at the start
// (a double-click on a .fwplan runs "firewall-wizard FILE").
#include "Desktop.h"
#include "MenuDriver.h"
#include "PlanFileLoader.h"
#include "ReviewPage.h"
#include "WizardHarness.h"
#include "WizardLauncher.h"
#include "plan/PlanFile.h"

#include "Bounded.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/stat.h>

using namespace fw;
using namespace fw::test;

namespace {

struct Shown
{
    desktop::MessageKind kind = desktop::MessageKind::Invalid;
    QString text;
};

/// Answers the file dialogs and message boxes the way the test says, and records what the wizard showed.
struct Dialogs
{
    QString openAnswer;
    QString saveAnswer;
    QString suggested;
    bool replaceAnswer = false;
    QStringList questions;
    QList<Shown> messages;

    Dialogs()
    {
        desktop::setOpenFileNameHook([this] { return openAnswer; });
        desktop::setSaveFileNameHook([this](const QString &s) {
            suggested = s;
            return saveAnswer;
        });
        desktop::setQuestionHook([this](const QString &text) {
            questions << text;
            return replaceAnswer;
        });
        desktop::setMessageHook([this](desktop::MessageKind kind, const QString &text) {
            messages << Shown {kind, text};
        });
    }
    ~Dialogs() { clearDesktopHooks(); }
};

struct Cli
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Cli runCli(const QStringList &args, const QString &home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("FW_BINARY"), args);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError()};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

/// The Review table's column @p column, one string per row.
QStringList reviewColumn(WizardHarness &h, int column)
{
    QStringList cells;
    auto *table = h.find<QTableView>(QStringLiteral("reviewTable"));
    if (!table)
        return cells;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        cells << table->model()->index(row, column).data().toString();
    return cells;
}

Selection timesensorClient()
{
    Selection s;
    s.product = QStringLiteral("timesensor-legal");
    s.role = QStringLiteral("client");
    s.deployment = QStringLiteral("365");
    s.options = QStringList {QStringLiteral("email")};
    s.values.insert(QStringLiteral("server"), QStringLiteral("ts.example.com"));
    return s;
}

} // namespace

class tst_WizardPlanFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        quietOffscreenWarnings();
        // runWizard() uses the default settings: in the test folders, not the user's.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FirewallWizardTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(QFile::exists(qEnvironmentVariable("FW_BINARY")), "FW_BINARY must name the built firewall-wizard");
    }

    // Open Plan and a .fwplan on the command line read only a regular file of at most 256 KiB: a FIFO does not
    // hang the wizard, a link to /dev/zero does not eat its memory.
    void oddPlanFilesAreRefusedAtOnce()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fifo = dir.filePath(QStringLiteral("fifo.fwplan"));
        const QString zero = dir.filePath(QStringLiteral("zero.fwplan"));
        const QString big = dir.filePath(QStringLiteral("big.fwplan"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), zero));
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"fwplan\": \"1.0\", \"product\": \"palisade\", \"x\": \"" + QByteArray(256 * 1024, 'x') + "\"}");
        file.close();
        const Catalog catalog = Catalog::builtIn();
        OpenedPlan opened[3];
        test::finishWithin(5000, "opening a FIFO or /dev/zero as a plan", [&]() {
            opened[0] = readPlanForWizard(catalog, fifo);
            opened[1] = readPlanForWizard(catalog, zero);
            opened[2] = readPlanForWizard(catalog, big);
        });
        QCOMPARE(opened[0].problems,
            QStringList {fifo + QStringLiteral(": cannot be read: it is a named pipe (FIFO), not a regular file")});
        QCOMPARE(opened[1].problems,
            QStringList {zero + QStringLiteral(": cannot be read: it is a device, not a regular file")});
        QCOMPARE(opened[2].problems,
            QStringList {
                big + QStringLiteral(": cannot be read: it is larger than 256 KiB, the limit for this kind of file")});
    }

    void saveRoundTripThroughCli()
    {
        Dialogs dialogs;
        WizardHarness h;
        auto *save = h.wizard().findChild<QAction *>(QStringLiteral("savePlanAction"));
        // Nothing chosen yet: nothing to save.
        QVERIFY(!save->isEnabled());
        h.wizard().state().setSelection(timesensorClient());
        QVERIFY(save->isEnabled());
        h.clickNext();
        QCOMPARE(h.current(), PageId::Product);

        // Ctrl+S on the Product page, the file name typed without its extension.
        const QString path = h.dir(QStringLiteral("office.fwplan"));
        dialogs.saveAnswer = h.dir(QStringLiteral("office"));
        QTest::keyClick(&h.wizard(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(dialogs.messages.isEmpty(), qPrintable(dialogs.messages.value(0).text));
        QVERIFY(dialogs.questions.isEmpty());
        // The suggestion: <product>-<role>.fwplan in the documents folder (none used yet).
        QCOMPARE(QFileInfo(dialogs.suggested).fileName(), QStringLiteral("timesensor-legal-client.fwplan"));
        QVERIFY(QFile::exists(path));
        QCOMPARE(h.current(), PageId::Product);

        // The command line reads it as the same selection the wizard holds.
        const Cli cli = runCli({QStringLiteral("plan"), QStringLiteral("--plan-file"), path, QStringLiteral("--json")},
            h.dir(QStringLiteral("home")));
        QVERIFY2(cli.code == 0, cli.err.constData());
        const QJsonObject plan = QJsonDocument::fromJson(cli.out).object();
        const Selection wizard = h.wizard().state().selection();
        QCOMPARE(plan.value(QStringLiteral("product")).toString(), wizard.product);
        QCOMPARE(plan.value(QStringLiteral("role")).toString(), wizard.role);
        QCOMPARE(plan.value(QStringLiteral("deployment")).toString(), wizard.deployment);
        QVERIFY(plan.value(QStringLiteral("version")).isNull());
        QCOMPARE(plan.value(QStringLiteral("options")).toVariant().toStringList(), wizard.options);
        QCOMPARE(plan.value(QStringLiteral("values")).toObject().value(QStringLiteral("server")).toString(),
            QStringLiteral("ts.example.com"));
        QCOMPARE(wizard, timesensorClient());

        // The next save suggests the folder used last.
        dialogs.saveAnswer.clear();
        QTest::keyClick(&h.wizard(), Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(QFileInfo(dialogs.suggested).absolutePath(), QFileInfo(path).absolutePath());
    }

    void saveAsksBeforeReplacing()
    {
        Dialogs dialogs;
        WizardHarness h;
        h.wizard().state().setSelection(timesensorClient());
        const QString path = h.dir(QStringLiteral("site.fwplan"));
        writeAll(path, "keep me\n");
        dialogs.saveAnswer = path;

        dialogs.replaceAnswer = false;
        QVERIFY(typeInMenu([&h] { QTest::keyClick(&h.wizard(), Qt::Key_A, Qt::AltModifier); }, Qt::Key_S));
        QCOMPARE(dialogs.questions.size(), 1);
        QVERIFY2(dialogs.questions[0].contains(path), qPrintable(dialogs.questions[0]));
        QCOMPARE(readAll(path), QByteArray("keep me\n"));

        dialogs.replaceAnswer = true;
        QVERIFY(typeInMenu([&h] { QTest::keyClick(&h.wizard(), Qt::Key_A, Qt::AltModifier); }, Qt::Key_S));
        QCOMPARE(dialogs.questions.size(), 2);
        Selection read;
        QList<PlanFileProblem> problems;
        QVERIFY(planfile::read(readAll(path), path, read, problems));
        QCOMPARE(read, timesensorClient());
    }

    void saveFailureSaysWhereAndWhy()
    {
        Dialogs dialogs;
        WizardHarness h;
        h.wizard().state().setSelection(timesensorClient());
        const QString path = h.dir(QStringLiteral("no/such/folder/site.fwplan"));
        dialogs.saveAnswer = path;
        QTest::keyClick(&h.wizard(), Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(dialogs.messages.size(), 1);
        QCOMPARE(dialogs.messages[0].kind, desktop::MessageKind::Critical);
        QVERIFY2(dialogs.messages[0].text.contains(path), qPrintable(dialogs.messages[0].text));
        QVERIFY2(dialogs.messages[0].text.contains(QStringLiteral("No such file or directory")),
            qPrintable(dialogs.messages[0].text));
        QVERIFY(!QFile::exists(path));
    }

    void openFileFromCli()
    {
        Dialogs dialogs;
        WizardHarness h;
        const QString path = h.dir(QStringLiteral("lic-server.fwplan"));
        const Cli cli = runCli(
            {QStringLiteral("plan"), QStringLiteral("--product"), QStringLiteral("palisade"),
                QStringLiteral("--version"), QStringLiteral("6"), QStringLiteral("--role"), QStringLiteral("server"),
                QStringLiteral("--with"), QStringLiteral("online-activation"), QStringLiteral("--set"),
                QStringLiteral("lmgrd-port=27010"), QStringLiteral("--save-plan"), path},
            h.dir(QStringLiteral("home")));
        QVERIFY2(cli.code == 0, cli.err.constData());
        QCOMPARE(h.current(), PageId::Welcome);

        // Ctrl+O on the first page.
        dialogs.openAnswer = path;
        QTest::keyClick(&h.wizard(), Qt::Key_O, Qt::ControlModifier);
        QVERIFY2(dialogs.messages.isEmpty(), qPrintable(dialogs.messages.value(0).text));
        QCOMPARE(h.current(), PageId::Review);
        const Selection s = h.wizard().state().selection();
        QCOMPARE(s.product, QStringLiteral("palisade"));
        QCOMPARE(s.version, QStringLiteral("6"));
        QCOMPARE(s.role, QStringLiteral("server"));
        QCOMPARE(s.options, QStringList {QStringLiteral("online-activation")});
        QCOMPARE(s.values.value(QStringLiteral("lmgrd-port")), QStringLiteral("27010"));
        // The Review page shows it: the title names the product's version and role, the table the port.
        const QString subtitle = h.wizard().currentPage()->subTitle();
        QVERIFY2(subtitle.contains(QStringLiteral("6.x"))
                && subtitle.contains(QStringLiteral("server"), Qt::CaseInsensitive),
            qPrintable(subtitle));
        QVERIFY2(reviewColumn(h, ReviewPage::PortsColumn).contains(QStringLiteral("27010")),
            qPrintable(reviewColumn(h, ReviewPage::PortsColumn).join(QLatin1Char('|'))));
        // Back goes through the pages as if clicked through.
        h.clickBack();
        QCOMPARE(h.current(), PageId::Options);
        auto *activation = h.find<QCheckBox>(QStringLiteral("optionOnlineActivationCheck"));
        QVERIFY(activation && activation->isChecked());

        // Plan → Open from the menu, by keyboard, on the Options page: another plan replaces this one.
        const QString other = h.dir(QStringLiteral("ts.fwplan"));
        writeAll(other, planfile::write(timesensorClient()));
        dialogs.openAnswer = other;
        QVERIFY(typeInMenu([&h] { QTest::keyClick(&h.wizard(), Qt::Key_A, Qt::AltModifier); }, Qt::Key_O));
        QVERIFY2(dialogs.messages.isEmpty(), qPrintable(dialogs.messages.value(0).text));
        QCOMPARE(h.current(), PageId::Review);
        QCOMPARE(h.wizard().state().selection(), timesensorClient());
        QVERIFY(reviewColumn(h, ReviewPage::RemoteColumn)
                    .join(QLatin1Char('|'))
                    .contains(QStringLiteral("ts.example.com")));

        // Cancelled: nothing happens.
        dialogs.openAnswer.clear();
        QTest::keyClick(&h.wizard(), Qt::Key_O, Qt::ControlModifier);
        QCOMPARE(h.current(), PageId::Review);
        QVERIFY(dialogs.messages.isEmpty());
    }

    void brokenFileChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad JSON") << QByteArray(
            "{\"fwplan\": \"1.0\",\n \"product\": \"palisade\"\n \"role\": \"server\"}")
                                  << ":3:2: "
                                  << "not valid JSON";
        QTest::newRow("version 2.0") << QByteArray(
            "{\"fwplan\": \"2.0\", \"product\": \"palisade\", \"role\": \"server\"}")
                                     << ":1:12: fwplan: "
                                     << "format version 2.0 is not supported";
        QTest::newRow("unknown product") << QByteArray(
            "{\"fwplan\": \"1.0\",\n  \"product\": \"acme\", \"role\": \"server\"}")
                                         << ":2:14: product: "
                                         << "unknown product 'acme'";
        QTest::newRow("not a plan") << QByteArray("[1, 2]") << ":1:1: "
                                    << "a plan file is a JSON object";
        QTest::newRow("missing file") << QByteArray() << ""
                                      << "cannot be read";
    }
    void brokenFileChangesNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, place);
        QFETCH(QString, message);
        Dialogs dialogs;
        WizardHarness h;
        h.wizard().state().setSelection(timesensorClient());
        h.clickNext();
        h.clickNext();
        const PageId page = h.current();
        QCOMPARE(page, PageId::Role);
        const QString path = h.dir(QStringLiteral("broken.fwplan"));
        if (!content.isEmpty())
            writeAll(path, content);
        dialogs.openAnswer = path;
        QTest::keyClick(&h.wizard(), Qt::Key_O, Qt::ControlModifier);
        QCOMPARE(dialogs.messages.size(), 1);
        const Shown shown = dialogs.messages[0];
        QCOMPARE(shown.kind, desktop::MessageKind::Critical);
        QVERIFY2(shown.text.contains(path + place), qPrintable(shown.text));
        QVERIFY2(shown.text.contains(message), qPrintable(shown.text));
        QVERIFY2(shown.text.contains(QStringLiteral("unchanged")), qPrintable(shown.text));
        QCOMPARE(h.wizard().state().selection(), timesensorClient());
        QCOMPARE(h.current(), page);
    }

    void partlyUnknownChoicesAskAgain_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("problem");
        QTest::newRow("unknown role") << QByteArray(
            "{\"fwplan\": \"1.0\", \"product\": \"palisade\", \"version\": \"7\",\n"
            "  \"role\": \"boss\"}") << toInt(PageId::Role)
                                      << ":2:11: role: unknown role 'boss'";
        QTest::newRow("unknown option") << QByteArray(
            "{\"fwplan\": \"1.0\", \"product\": \"palisade\", \"version\": \"7\",\n"
            "  \"role\": \"server\", \"options\": [\"online-activation\", \"fax\"]}")
                                        << toInt(PageId::Options) << ":2:54: options[1]: unknown option 'fax'";
        QTest::newRow("invalid value") << QByteArray(
            "{\"fwplan\": \"1.0\", \"product\": \"palisade\", \"version\": \"7\",\n"
            "  \"role\": \"server\", \"values\": {\"lmgrd-port\": \"70000\"}}")
                                       << toInt(PageId::Options)
                                       << ":2:46: values.lmgrd-port: lmgrd-port=70000: 70000 is not a port";
        QTest::newRow("octal server")
            << QByteArray("{\"fwplan\": \"1.0\", \"product\": \"palisade\", \"version\": \"7\",\n"
                          "  \"role\": \"client\", \"values\": {\"server\": \"010.1.1.1\"}}")
            << toInt(PageId::Options)
            << ":2:42: values.server: server=010.1.1.1: '010.1.1.1' is not a valid IP address";
        QTest::newRow("missing version") << QByteArray(
            "{\"fwplan\": \"1.0\", \"product\": \"palisade\", \"role\": \"client\",\n"
            " \"values\": {\"server\": \"lic01\"}}")
                                         << toInt(PageId::Product) << ":1:1: version: the file names no version";
        QTest::newRow("newer 1.x with extra fields")
            << QByteArray("{\"fwplan\": \"1.7\", \"product\": \"palisade\", "
                          "\"version\": \"8\", \"role\": \"server\", \"colour\": \"red\"}")
            << toInt(PageId::Review) << QString();
    }
    void partlyUnknownChoicesAskAgain()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, page);
        QFETCH(QString, problem);
        Dialogs dialogs;
        WizardHarness h;
        const QString path = h.dir(QStringLiteral("partly.fwplan"));
        writeAll(path, content);
        QVERIFY(h.wizard().openPlanFile(path));
        QCOMPARE(h.wizard().currentId(), page);
        QCOMPARE(h.wizard().state().selection().product, QStringLiteral("palisade"));
        if (problem.isEmpty()) {
            QVERIFY2(dialogs.messages.isEmpty(), qPrintable(dialogs.messages.value(0).text));
            return;
        }
        QCOMPARE(dialogs.messages.size(), 1);
        QCOMPARE(dialogs.messages[0].kind, desktop::MessageKind::Warning);
        QVERIFY2(dialogs.messages[0].text.contains(path + problem), qPrintable(dialogs.messages[0].text));
    }

    // After any plan file each field shows exactly the value in use, an invalid one with its reason beside it, or is
    // empty with its default named in grey. Typing fixes it; nothing else is needed.
    void badValuesShownAndFixedByTyping()
    {
        Dialogs dialogs;
        WizardHarness h;
        // Filled before: the vendor port, which the plan file leaves out.
        h.wizard().state().setSelection(
            {QStringLiteral("palisade"), QStringLiteral("7"), QStringLiteral("client"), QString(), {},
                {{QStringLiteral("server"), QStringLiteral("lic01")},
                    {QStringLiteral("vendor-port"), QStringLiteral("27010")}}});
        for (int i = 0; i < 4 && h.current() != PageId::Options; ++i)
            h.clickNext();
        QCOMPARE(h.current(), PageId::Options);
        auto *server = h.find<QLineEdit>(QStringLiteral("valueServerEdit"));
        auto *serverError = h.find<QLabel>(QStringLiteral("valueServerError"));
        auto *port = h.find<QLineEdit>(QStringLiteral("valueLmgrdPortEdit"));
        auto *portError = h.find<QLabel>(QStringLiteral("valueLmgrdPortError"));
        auto *vendor = h.find<QLineEdit>(QStringLiteral("valueVendorPortEdit"));
        auto *vendorError = h.find<QLabel>(QStringLiteral("valueVendorPortError"));
        auto *below = h.find<QLabel>(QStringLiteral("valueLmgrdPortDescription"));
        QCOMPARE(vendor->text(), QStringLiteral("27010"));
        QApplication::processEvents();
        const int belowY = below->mapTo(&h.wizard(), QPoint(0, 0)).y();

        const QString path = h.dir(QStringLiteral("bad.fwplan"));
        writeAll(path,
            "{\"fwplan\": \"1.0\", \"product\": \"palisade\", \"version\": \"7\", \"role\": \"client\",\n"
            " \"values\": {\"server\": \"ts example;rm\", \"lmgrd-port\": \"70000\"}}\n");
        QVERIFY(h.wizard().openPlanFile(path));
        QCOMPARE(h.current(), PageId::Options);
        QCOMPARE(dialogs.messages.size(), 1); // what did not fit, with places
        QVERIFY2(dialogs.messages[0].text.contains(path + QStringLiteral(":2:23: values.server")),
            qPrintable(dialogs.messages[0].text));

        // The invalid values are there to be fixed, each with its own reason.
        QCOMPARE(server->text(), QStringLiteral("ts example;rm"));
        QCOMPARE(serverError->text(), QStringLiteral("the character ' ' is not allowed here"));
        QVERIFY(WizardHarness::isErrorColour(serverError));
        QCOMPARE(port->text(), QStringLiteral("70000"));
        QCOMPARE(portError->text(), QStringLiteral("70000 is not a port (1-65535)"));
        QVERIFY(WizardHarness::isErrorColour(portError));
        // The vendor port the plan does not use is not shown as if it were.
        QVERIFY(vendor->text().isEmpty());
        QVERIFY(vendorError->text().isEmpty());
        QVERIFY(!h.nextEnabled());
        // A status line appearing moves nothing below it.
        QApplication::processEvents();
        QCOMPARE(below->mapTo(&h.wizard(), QPoint(0, 0)).y(), belowY);

        // Fixed by typing, as a person does: each error goes with its own fix.
        WizardHarness::retype(server, QStringLiteral("lic02.example.com"));
        QVERIFY(serverError->text().isEmpty());
        QVERIFY(!h.nextEnabled());
        WizardHarness::retype(port, QStringLiteral("27001"));
        QVERIFY(portError->text().isEmpty());
        QVERIFY(h.nextEnabled());
        // Emptied, the port falls back to its default, which is named in grey.
        WizardHarness::retype(port, QString());
        QCOMPARE(portError->text(), QStringLiteral("Empty: the default 27000 is used."));
        QVERIFY(!WizardHarness::isErrorColour(portError));
        QCOMPARE(port->placeholderText(), QStringLiteral("27000 (default)"));
        QVERIFY(h.nextEnabled());
        h.clickNext();
        QCOMPARE(h.current(), PageId::Review);
        QCOMPARE(h.wizard().state().selection().values,
            (QMap<QString, QString> {{QStringLiteral("server"), QStringLiteral("lic02.example.com")}}));

        // Another plan file while on the Options page: the fields follow it at once.
        h.clickBack();
        writeAll(path,
            planfile::write({QStringLiteral("palisade"), QStringLiteral("7"), QStringLiteral("client"), QString(), {},
                {{QStringLiteral("server"), QStringLiteral("lic03")}}}));
        QVERIFY(h.wizard().openPlanFile(path));
        QCOMPARE(h.current(), PageId::Review);
        h.clickBack();
        QCOMPARE(server->text(), QStringLiteral("lic03"));
        QVERIFY(port->text().isEmpty());
    }

    // The first look at a filled port: the port, and no note that it is empty.
    void firstDisplayOfFilledPort()
    {
        WizardHarness h;
        h.wizard().state().setSelection({QStringLiteral("palisade"), QStringLiteral("8"), QStringLiteral("server"),
            QString(), {}, {{QStringLiteral("lmgrd-port"), QStringLiteral("27001")}}});
        for (int i = 0; i < 4 && h.current() != PageId::Options; ++i)
            h.clickNext();
        QCOMPARE(h.current(), PageId::Options);
        QCOMPARE(h.find<QLineEdit>(QStringLiteral("valueLmgrdPortEdit"))->text(), QStringLiteral("27001"));
        QCOMPARE(h.find<QLabel>(QStringLiteral("valueLmgrdPortError"))->text(), QString());
        QVERIFY(h.nextEnabled());
    }

    void startWithPlanFile()
    {
        Dialogs dialogs;
        WizardHarness h;
        const QString path = h.dir(QStringLiteral("start.fwplan"));
        writeAll(path, planfile::write(timesensorClient()));
        startWizard(h.wizard(), path);
        QCOMPARE(h.current(), PageId::Review);
        QCOMPARE(h.wizard().state().selection(), timesensorClient());
        QVERIFY(dialogs.messages.isEmpty());

        // A broken one: the wizard starts where it would, and says what is wrong.
        WizardHarness fresh;
        const QString broken = fresh.dir(QStringLiteral("broken.fwplan"));
        writeAll(broken, "{\"fwplan\": \"1.0\", \"product\": \"palisade\",");
        startWizard(fresh.wizard(), broken);
        QCOMPARE(fresh.current(), PageId::Welcome);
        QCOMPARE(dialogs.messages.size(), 1);
        QVERIFY2(
            dialogs.messages[0].text.contains(broken + QStringLiteral(":1:")), qPrintable(dialogs.messages[0].text));
    }

    void runWizardOpensPlanFile()
    {
        // runWizard() itself, with its event loop: the wizard it shows is looked at and closed from a timer.
        Dialogs dialogs;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("double-clicked.fwplan"));
        writeAll(path, planfile::write(timesensorClient()));
        int page = -1;
        Selection selection;
        QTimer::singleShot(0, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *wizard = qobject_cast<FirewallWizard *>(w); wizard && wizard->isVisible()) {
                    page = wizard->currentId();
                    selection = wizard->state().selection();
                    wizard->reject();
                }
            }
        });
        QTimer guard; // never hang the test
        guard.setSingleShot(true);
        connect(&guard, &QTimer::timeout, [] { QApplication::exit(1); });
        guard.start(20000);
        const Catalog catalog = Catalog::builtIn();
        QCOMPARE(runWizard(catalog, QStringLiteral("en"), path), 0);
        QCOMPARE(page, toInt(PageId::Review));
        QCOMPARE(selection, timesensorClient());
    }
};

QTEST_MAIN(tst_WizardPlanFile)
#include "tst_wizardplanfile.moc"
