// The PDF checklist, read back with pdftotext: every rule as a row, the executables, the notes, the test results,
// the sources, the sign-off line and page numbers, with the catalog's texts in the chosen language; and it renders on
// a worker thread, as the wizard does so that the GUI stays responsive.
#include "ExportTestSupport.h"

#include "export/PdfExporter.h"

#include <QTemporaryDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace fw;

namespace {

ProbeResults someResults()
{
    ProbeResult open;
    open.target = ProbeTarget{QStringLiteral("lic01.example.com"), 27000, Protocol::Tcp, QStringLiteral("lmgrd-port-in"),
                              ProbeKind::ServerPort};
    open.status = ProbeStatus::Open;
    open.responder = true;
    open.millis = 3;
    ProbeResult filtered = open;
    filtered.target.port = 27001;
    filtered.status = ProbeStatus::Filtered;
    filtered.responder = false;
    filtered.millis = 2000;
    return {open, filtered};
}

QString pdfText(const QByteArray &pdf, QTemporaryDir &dir, bool layout)
{
    const QString in = dir.filePath(QStringLiteral("c.pdf"));
    QFile f(in);
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
        qFatal("cannot write the PDF");
    f.close();
    QByteArray out;
    QStringList args{in, QStringLiteral("-")};
    if (layout)
        args.prepend(QStringLiteral("-layout"));
    if (fwtest::run(QStringLiteral("pdftotext"), args, &out) != 0)
        qFatal("pdftotext failed: %s", out.constData());
    return QString::fromUtf8(out);
}

/// @p count rules made from @p rules, each with its own id ("rule-<n>") and port.
QList<PlanRule> manyRules(const QList<PlanRule> &rules, int count)
{
    QList<PlanRule> many;
    for (int i = 0; i < count; ++i) {
        PlanRule r = rules.at(i % rules.size());
        r.id = QStringLiteral("rule-%1").arg(i);
        r.ports = {PortRange{10000 + i, 10000 + i}};
        many << r;
    }
    return many;
}

} // namespace

class tst_ExportPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!fwtest::have(QStringLiteral("pdftotext")))
            QFAIL("pdftotext is missing: install poppler-utils (scripts/packages-test-export.txt)");
    }

    void checklist_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("de") << "de";
        QTest::newRow("es") << "es";
    }
    void checklist()
    {
        QFETCH(QString, language);
        const Plan plan = fwtest::planFor({"palisade", "8", "server", "", {"online-activation"}, {{"vendor-port", "27001"}}});
        ExportContext context = fwtest::fixedContext(language);
        context.checkResults = someResults();
        const ExportResult result = exporterFor(QStringLiteral("pdf"))->render(plan, context);
        QVERIFY(result.ok());
        QVERIFY(result.data.startsWith("%PDF-"));
        if (qEnvironmentVariableIsSet("FW_KEEP_PDF")) {  // for looking at the pages: pdftoppm -png -r 60
            QFile keep(qEnvironmentVariable("FW_KEEP_PDF") + QStringLiteral("/checklist-%1.pdf").arg(language));
            if (keep.open(QIODevice::WriteOnly))
                keep.write(result.data);
        }
        QTemporaryDir dir;
        const QString text = pdfText(result.data, dir, false);
        const QString flat = QString(text).replace(QLatin1Char('\n'), QLatin1Char(' '));
        // The catalog texts come in the chosen language.
        for (const PlanRule &r : plan.rules)
            QVERIFY2(flat.contains(r.purpose.in(language).left(40)), qPrintable(r.id + QStringLiteral(": ") + r.purpose.in(language)));
        for (const PlanNote &n : plan.notes)
            QVERIFY2(flat.contains(n.text.in(language).left(40)), qPrintable(n.id));
        if (language != QLatin1String("en"))
            QVERIFY(!flat.contains(plan.rules.first().purpose.en.left(40)));
        QVERIFY(flat.contains(plan.roleLabel.in(language)));
        // One tick box per rule and per executable.
        QCOMPARE(int(text.count(QChar(0x2610))), int(plan.rules.size() + plan.executables.size()));
        // The rows: programs, ports, remote hosts.
        for (const char *expected : {"Palisade.exe", "lmgrd.exe", "27000", "27001", "service.palisade.com", "lic01",
                                     "palisade-kb", "https://kb.palisade.com/", "Firewall Setup Wizard 0.1.0"})
            QVERIFY2(flat.contains(QString::fromUtf8(expected)), expected);
        // The connectivity results, the sign-off line and the page numbers.
        QVERIFY(flat.contains(probeStatusLabel(ProbeStatus::Open)));
        QVERIFY(flat.contains(probeStatusLabel(ProbeStatus::Filtered)));
        QVERIFY(flat.contains(QStringLiteral("______")));
        QVERIFY(flat.contains(QStringLiteral("Page 1 of ")));
    }

    void programPathsArePrintedWhole()
    {
        // A full path wraps in its cell (after its backslashes where it can): every character of it is printed.
        const Plan plan = fwtest::planFor({"paths-app", "7", "server", "", {}, {}});
        const ExportResult result = exporterFor(QStringLiteral("pdf"))->render(plan, fwtest::fixedContext());
        QVERIFY(result.ok());
        QTemporaryDir dir;
        static const QRegularExpression space(QStringLiteral("\\s"));
        const QString text = pdfText(result.data, dir, false).remove(space).remove(QChar(0x200B));
        for (const PlanRule &r : plan.rules) {
            const QString program = QString(r.program).remove(space);
            QVERIFY2(text.contains(program), qPrintable(r.program));
        }
    }

    void hostileTextIsPrintedNotInterpreted()
    {
        const Plan plan = fwtest::planFor({"hostile-app", "", "server", "", {"extra"}, {}});
        const ExportResult result = exporterFor(QStringLiteral("pdf"))->render(plan, fwtest::fixedContext());
        QVERIFY(result.ok());
        QTemporaryDir dir;
        const QString text = pdfText(result.data, dir, false);
        QVERIFY(text.contains(QStringLiteral("<b>&amp;</b>")));  // HTML in a catalog text is shown as text
        QVERIFY(text.contains(QStringLiteral("$(touch")));
    }

    void pageSize()
    {
        ExportContext context = fwtest::fixedContext();
        context.settings.insert(QStringLiteral("page-size"), QStringLiteral("letter"));
        QCOMPARE(PdfExporter::pageSizeFor(context), QPageSize::Letter);
        context.settings.insert(QStringLiteral("page-size"), QStringLiteral("a4"));
        QCOMPARE(PdfExporter::pageSizeFor(context), QPageSize::A4);
        const Plan plan = fwtest::planFor({"timesensor-legal", "", "client", "365", {}, {}});
        context.settings.insert(QStringLiteral("page-size"), QStringLiteral("letter"));
        const ExportResult letter = exporterFor(QStringLiteral("pdf"))->render(plan, context);
        QVERIFY(letter.data.contains("/MediaBox [0 0 612"));
        context.settings.insert(QStringLiteral("page-size"), QStringLiteral("a4"));
        const ExportResult a4 = exporterFor(QStringLiteral("pdf"))->render(plan, context);
        QVERIFY(a4.data.contains("/MediaBox [0 0 595"));
    }

    void manyRulesInTablesWithTheirHeader()
    {
        // Long plans are split into several tables (QTextDocument is slow with one long table): every rule is still
        // there, and every page with rules shows the column headers.
        Plan plan = fwtest::planFor({"timesensor-legal", "", "server", "classic", {"email"}, {}});
        plan.rules = manyRules(plan.rules, 100);
        const ExportResult result = exporterFor(QStringLiteral("pdf"))->render(plan, fwtest::fixedContext());
        QVERIFY(result.ok());
        QTemporaryDir dir;
        const QString text = pdfText(result.data, dir, false);
        QCOMPARE(int(text.count(QChar(0x2610))), int(plan.rules.size()));
        for (const PlanRule &r : plan.rules)
            QVERIFY2(text.contains(r.id + QLatin1Char('\n')) || text.contains(r.id + QLatin1Char(' ')),
                     qPrintable(r.id));
        const QStringList pages = text.split(QLatin1Char('\f'));
        for (int i = 0; i < pages.size(); ++i) {
            if (pages.at(i).contains(QStringLiteral("rule-")))
                QVERIFY2(pages.at(i).contains(QStringLiteral("Remote side")),
                         qPrintable(QStringLiteral("page %1").arg(i + 1)));
        }
    }

    void largePlansAreRefusedAtOnce()
    {
        // Without a bound, 100,000 rules took minutes and gigabytes and a 50 MB note never finished.
        Plan plan = fwtest::planFor({"timesensor-legal", "", "server", "classic", {"email"}, {}});
        const Plan base = plan;
        plan.rules = manyRules(base.rules, PdfExporter::maxRules + 1);
        QElapsedTimer timer;
        timer.start();
        ExportResult result = exporterFor(QStringLiteral("pdf"))->render(plan, fwtest::fixedContext());
        QVERIFY(!result.ok());
        QVERIFY(result.data.isEmpty());
        QVERIFY2(result.problems.first().what.contains(QStringLiteral("a PDF checklist takes at most 2000")),
                 qPrintable(result.problems.first().what));
        plan = base;
        QVERIFY(!plan.notes.isEmpty());
        plan.notes[0].text = LocalizedText::same(QString(50 * 1000 * 1000, QLatin1Char('n')));
        result = exporterFor(QStringLiteral("pdf"))->render(plan, fwtest::fixedContext());
        QVERIFY(!result.ok());
        QVERIFY2(result.problems.first().what.contains(QStringLiteral("a PDF checklist takes at most 4000000")),
                 qPrintable(result.problems.first().what));
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
        // 1,000 rules with the longest purpose the catalog allows (2,000 characters) stay within the text limit.
        plan = base;
        plan.rules = manyRules(base.rules, 1000);
        for (PlanRule &r : plan.rules)
            r.purpose = LocalizedText::same(QString(2000, QLatin1Char('p')));
        QVERIFY(PdfExporter::checklistHtml(plan, fwtest::fixedContext()).size() <= PdfExporter::maxHtmlChars);
    }

    void headingsStayWithTheirSection()
    {
        // A section heading never ends a page apart from its section. Plans of 1 to 30 rules move the sections
        // below the rules down line by line, so each heading meets the bottom of a page somewhere.
        const Plan base = fwtest::planFor({"timesensor-legal", "", "server", "classic", {"email"}, {}});
        for (int count = 1; count <= 30; ++count) {
            Plan plan = base;
            plan.rules = manyRules(base.rules, count);
            const ExportResult result = exporterFor(QStringLiteral("pdf"))->render(plan, fwtest::fixedContext());
            QVERIFY(result.ok());
            QTemporaryDir dir;
            QStringList pages = pdfText(result.data, dir, false).split(QLatin1Char('\f'));
            for (QString &page : pages)
                page.replace(QLatin1Char('\n'), QLatin1Char(' '));
            // Each heading and a text from the start of its section.
            const QList<QPair<QString, QString>> sections{
                {QStringLiteral("Notes and advice"), plan.notes.first().text.en.left(20)},
                {QStringLiteral("Connectivity test"), QStringLiteral("No connectivity test was run")},
                {QStringLiteral("Sources"), plan.sources.first().id + QLatin1Char(':')},
                {QStringLiteral("Sign-off"), QStringLiteral("Signature")},
            };
            for (const auto &section : sections) {
                const auto start = std::find_if(pages.cbegin(), pages.cend(),
                                                [&](const QString &page) { return page.contains(section.second); });
                QVERIFY2(start != pages.cend(), qPrintable(section.second));
                QVERIFY2(start->contains(section.first),
                         qPrintable(QStringLiteral("%1 rules: \"%2\" is not on the page where its section starts")
                                        .arg(count)
                                        .arg(section.first)));
            }
        }
    }

    void rendersOnAWorkerThread()
    {
        const Plan plan = fwtest::planFor({"timesensor-legal", "", "server", "365", {"email"}, {}});
        ExportResult result;
        QThread *thread = QThread::create([&] { result = exporterFor(QStringLiteral("pdf"))->render(plan, fwtest::fixedContext()); });
        thread->start();
        QVERIFY(thread->wait(60000));
        delete thread;
        QVERIFY(result.ok());
        QVERIFY(result.data.startsWith("%PDF-"));
    }
};

QTEST_MAIN(tst_ExportPdf)
#include "tst_exportpdf.moc"
