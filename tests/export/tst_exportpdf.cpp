// The PDF checklist, read back with pdftotext: every rule as a row, the executables, the notes, the test results,
// the sources, the sign-off line and page numbers, with the catalog's texts in the chosen language; and it renders on
// a worker thread, as the wizard does so that the GUI stays responsive.
#include "ExportTestSupport.h"
#include "Selections.h"

#include "export/PdfExporter.h"
#include "plan/PlanText.h"
#include "probe/CheckSummary.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTranslator>

#include <memory>

#include <algorithm>

using namespace fw;

Q_DECLARE_METATYPE(fw::Selection)

namespace {

ProbeResults someResults()
{
    ProbeResult open;
    open.target = ProbeTarget {QStringLiteral("lic01.example.com"), 27000, Protocol::Tcp,
        QStringLiteral("lmgrd-port-in"), ProbeKind::ServerPort};
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

/// The PDF's text as pdftotext reads it (LC_ALL=C): @p mode "-layout" (the page as laid out), "-raw" (in the order
/// it was drawn: a cell's lines follow each other) or empty (pdftotext's reading order).
QString pdfText(const QByteArray &pdf, QTemporaryDir &dir, const QString &mode)
{
    const QString in = dir.filePath(QStringLiteral("c.pdf"));
    QFile f(in);
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
        qFatal("cannot write the PDF");
    f.close();
    QStringList args {in, QStringLiteral("-")};
    if (!mode.isEmpty())
        args.prepend(mode);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("pdftotext"), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qFatal("pdftotext failed: %s", p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QByteArray &pdf, QTemporaryDir &dir, bool layout)
{
    return pdfText(pdf, dir, layout ? QStringLiteral("-layout") : QString());
}

QString pdfTr(const char *text)
{
    return QCoreApplication::translate("fw::PdfExporter", text);
}

/// The program's translations for @p language installed while this lives (none for English).
class Language
{
public:
    explicit Language(const QString &language)
    {
        if (language == QLatin1String("en"))
            return;
        m_translator = std::make_unique<QTranslator>();
        m_ok = m_translator->load(QStringLiteral(FW_QM_DIR "/firewallwizard_%1.qm").arg(language));
        if (m_ok)
            QCoreApplication::installTranslator(m_translator.get());
    }
    ~Language()
    {
        if (m_translator && m_ok)
            QCoreApplication::removeTranslator(m_translator.get());
    }
    Language(const Language &) = delete;
    Language &operator=(const Language &) = delete;
    bool ok() const { return !m_translator || m_ok; }

private:
    std::unique_ptr<QTranslator> m_translator;
    bool m_ok = false;
};

/// A pattern for @p token standing whole: not inside a longer word, number, host or range. With @p split, it may be
/// cut by line breaks anywhere (how a split token reads in pdftotext's output).
QRegularExpression wholeToken(const QString &token, bool split = false)
{
    QStringList chars;
    for (const QChar c : token)
        chars << QRegularExpression::escape(QString(c));
    return QRegularExpression(QStringLiteral("(?<![\\w.\\-/])%1(?![\\w\\-/]|\\.\\w)")
                                  .arg(chars.join(split ? QStringLiteral("\\s*") : QString())),
        QRegularExpression::UseUnicodePropertiesOption);
}

/// Checks that @p token is printed and never split: found whole in the laid-out text, and no occurrence in the
/// drawn order is cut by a line break. Returns an empty string or what is wrong.
QString checkWhole(const QString &token, const QString &layoutText, const QString &rawText)
{
    if (!wholeToken(token).match(layoutText).hasMatch())
        return QStringLiteral("\"%1\" is not printed whole").arg(token);
    const qsizetype whole = rawText.count(wholeToken(token));
    const qsizetype anyhow = rawText.count(wholeToken(token, true));
    if (anyhow != whole)
        return QStringLiteral("\"%1\" is split over lines %2 time(s)").arg(token).arg(anyhow - whole);
    return {};
}

/// Every product x role x deployment x version of the shipped catalog, each with its default options and with all
/// options it offers; required values get an example.
QList<fw::test::NamedSelection> selectionsWithValues()
{
    QList<fw::test::NamedSelection> all;
    for (fw::test::NamedSelection n : fw::test::builtInSelections(fwtest::catalog(), true)) {
        Selection &s = n.selection;
        const Product &p = *fwtest::catalog().product(s.product);
        for (const ValueDef *v : applicableValues(p, s)) {
            if (v->required && v->defaultValue.isEmpty())
                s.values.insert(v->id,
                    v->type == ValueType::Port       ? QStringLiteral("27001")
                        : v->type == ValueType::Path ? QStringLiteral("C:\\Apps")
                                                     : QStringLiteral("lic01.example.com"));
        }
        all << n;
        fw::test::NamedSelection with {n.name + QStringLiteral("-all"), s};
        for (const OptionDef *o : applicableOptions(p, s))
            with.selection.options << o->id;
        if (!with.selection.options.isEmpty())
            all << with;
    }
    return all;
}

ProbeResult probe(const QString &host, int port, ProbeStatus status)
{
    ProbeResult r;
    r.target = ProbeTarget {host, port, Protocol::Tcp, QStringLiteral("lmgrd-port-in"), ProbeKind::ServerPort};
    r.status = status;
    r.millis = status == ProbeStatus::Open ? 3 : 2000;
    return r;
}

/// @p count rules made from @p rules, each with its own id ("rule-<n>") and port.
QList<PlanRule> manyRules(const QList<PlanRule> &rules, int count)
{
    QList<PlanRule> many;
    for (int i = 0; i < count; ++i) {
        PlanRule r = rules.at(i % rules.size());
        r.id = QStringLiteral("rule-%1").arg(i);
        r.ports = {PortRange {10000 + i, 10000 + i}};
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
        const Plan plan
            = fwtest::planFor({"palisade", "8", "server", "", {"online-activation"}, {{"vendor-port", "27001"}}});
        ExportContext context = fwtest::fixedContext(language);
        context.checkResults = someResults();
        const ExportResult result = exporterFor(QStringLiteral("pdf"))->render(plan, context);
        QVERIFY(result.ok());
        QVERIFY(result.data.startsWith("%PDF-"));
        if (qEnvironmentVariableIsSet("FW_KEEP_PDF")) { // for looking at the pages: pdftoppm -png -r 60
            QFile keep(qEnvironmentVariable("FW_KEEP_PDF") + QStringLiteral("/checklist-%1.pdf").arg(language));
            if (keep.open(QIODevice::WriteOnly))
                keep.write(result.data);
        }
        QTemporaryDir dir;
        const QString text = pdfText(result.data, dir, false);
        const QString flat = QString(text).replace(QLatin1Char('\n'), QLatin1Char(' '));
        // The catalog texts come in the chosen language.
        for (const PlanRule &r : plan.rules)
            QVERIFY2(flat.contains(r.purpose.in(language).left(40)),
                qPrintable(r.id + QStringLiteral(": ") + r.purpose.in(language)));
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
        // A full path wraps in its cell (after its backslashes or at its spaces, where it must): every character of
        // it is printed, its lines one after the other.
        const Plan plan = fwtest::planFor({"paths-app", "7", "server", "", {}, {}});
        const ExportResult result = exporterFor(QStringLiteral("pdf"))->render(plan, fwtest::fixedContext());
        QVERIFY(result.ok());
        QTemporaryDir dir;
        static const QRegularExpression space(QStringLiteral("\\s"));
        const QString text = pdfText(result.data, dir, QStringLiteral("-raw")).remove(space);
        for (const PlanRule &r : plan.rules) {
            const QString program = QString(r.program).remove(space);
            QVERIFY2(text.contains(program), qPrintable(r.program));
        }
    }

    void everyBuiltInSelection_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<Selection>("selection");
        for (const QString &language : supportedLanguages()) {
            for (const fw::test::NamedSelection &s : selectionsWithValues())
                QTest::newRow(qPrintable(s.name + QLatin1Char('-') + language)) << language << s.selection;
        }
    }
    void everyBuiltInSelection()
    {
        // Every shipped selection in every language on both paper sizes: each port range, host, URL, direction and
        // protocol of the plan printed whole (never split over lines), no column empty in every row, labels and not
        // ids, and a sign-off that claims no test.
        QFETCH(QString, language);
        QFETCH(Selection, selection);
        const Language translation(language);
        QVERIFY2(translation.ok(), "the program's translations are missing: build fw_wizard_lrelease");
        const Plan plan = fwtest::planFor(selection);
        QStringList tokens;
        bool anyProgram = false;
        for (const PlanRule &r : plan.rules) {
            for (const PortRange &range : r.ports)
                tokens << (range.from == range.to ? QString::number(range.from)
                                                  : QStringLiteral("%1-%2").arg(range.from).arg(range.to));
            tokens << r.hosts << directionLabel(r.direction) << protocolLabel(r.protocol);
            if (!r.program.isEmpty() && !r.program.contains(QLatin1Char(' ')))
                tokens << r.program;
            anyProgram = anyProgram || !r.program.isEmpty();
        }
        for (const SourceDef &source : plan.sources)
            tokens << source.url;
        tokens.removeDuplicates();
        for (const char *paper : {"a4", "letter"}) {
            ExportContext context = fwtest::fixedContext(language);
            context.settings.insert(QStringLiteral("page-size"), QString::fromLatin1(paper));
            const ExportResult result = exporterFor(QStringLiteral("pdf"))->render(plan, context);
            QVERIFY(result.ok());
            QVERIFY(result.data.contains(qstrcmp(paper, "a4") == 0 ? "/MediaBox [0 0 595" : "/MediaBox [0 0 612"));
            QTemporaryDir dir;
            const QString layout = pdfText(result.data, dir, QStringLiteral("-layout"));
            const QString raw = pdfText(result.data, dir, QStringLiteral("-raw"));
            const QString flat = QString(raw).simplified();
            for (const QString &token : tokens) {
                const QString problem = checkWhole(token, layout, raw);
                QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(paper), problem)));
            }
            // The rules' header: the Program column only where a rule names a program.
            const QStringList lines = layout.split(QLatin1Char('\n'));
            const auto header = std::find_if(lines.cbegin(), lines.cend(),
                [](const QString &line) { return line.contains(pdfTr("Direction")) && line.contains(pdfTr("Why")); });
            QVERIFY2(header != lines.cend(), "no header row of the rules");
            QCOMPARE(header->contains(pdfTr("Program")), anyProgram);
            // Labels, not ids.
            QVERIFY(flat.contains(plan.productName.in(language)));
            QVERIFY(flat.contains(plan.roleLabel.in(language)));
            if (!plan.deploymentLabel.isEmpty())
                QVERIFY(flat.contains(plan.deploymentLabel.in(language)));
            for (const QString &option : plan.selection.options) {
                QVERIFY2(flat.contains(plan.optionLabels.value(option).in(language)), qPrintable(option));
                QVERIFY2(!wholeToken(option).match(flat).hasMatch(), qPrintable(option));
            }
            for (auto it = plan.valueLabels.cbegin(); it != plan.valueLabels.cend(); ++it)
                QVERIFY2(flat.contains(it->in(language) + QStringLiteral(": ") + plan.selection.values.value(it.key())),
                    qPrintable(it.key()));
            // No test ran, and the sign-off says so.
            QVERIFY(flat.contains(pdfTr("The rules above are in place. No connectivity test was run for this "
                                        "checklist, so the connections are not confirmed.")));
        }
    }

    void signOffStatesTheTestResult_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("paper");
        QTest::addColumn<ProbeResults>("results");
        const QString host = QStringLiteral("lic01.example.com");
        const ProbeResults passed {
            probe(host, 27000, ProbeStatus::Open), probe(host, 27001, ProbeStatus::OpenOrFiltered)};
        const ProbeResults blocked {probe(host, 27000, ProbeStatus::Open), probe(host, 27001, ProbeStatus::Refused),
            probe(host, 27002, ProbeStatus::Refused),
            probe(QStringLiteral("nx.example.com"), 443, ProbeStatus::DnsError)};
        for (const QString &language : supportedLanguages()) {
            for (const QString &paper : {QStringLiteral("a4"), QStringLiteral("letter")}) {
                const QString tag = language + QLatin1Char('-') + paper;
                QTest::newRow(qPrintable(tag + QStringLiteral("-none"))) << language << paper << ProbeResults();
                QTest::newRow(qPrintable(tag + QStringLiteral("-passed"))) << language << paper << passed;
                QTest::newRow(qPrintable(tag + QStringLiteral("-blocked"))) << language << paper << blocked;
            }
        }
    }
    void signOffStatesTheTestResult()
    {
        // The sign-off says what is true: passed, N blocked (by status), or no test; on the page of its heading and
        // the lines to sign. The advice comes once per group, not once per port.
        QFETCH(QString, language);
        QFETCH(QString, paper);
        QFETCH(ProbeResults, results);
        const Language translation(language);
        QVERIFY(translation.ok());
        const Plan plan = fwtest::planFor({"palisade", "8", "server", "", {"online-activation"}, {}});
        ExportContext context = fwtest::fixedContext(language);
        context.settings.insert(QStringLiteral("page-size"), paper);
        context.checkResults = results;
        const ExportResult result = exporterFor(QStringLiteral("pdf"))->render(plan, context);
        QVERIFY(result.ok());
        if (qEnvironmentVariableIsSet("FW_KEEP_PDF")) { // for looking at the pages: pdftoppm -png -r 80
            QFile keep(
                qEnvironmentVariable("FW_KEEP_PDF") + QStringLiteral("/signoff-%1.pdf").arg(QTest::currentDataTag()));
            if (keep.open(QIODevice::WriteOnly))
                keep.write(result.data);
        }
        QTemporaryDir dir;
        const QString raw = pdfText(result.data, dir, QStringLiteral("-raw"));
        const QString flat = QString(raw).simplified();
        const CheckSummary summary = summarizeChecks(results);
        const QString none = pdfTr("The rules above are in place. No connectivity test was run for this checklist, so "
                                   "the connections are not confirmed.");
        const QString passed = pdfTr("The rules above are in place, and the connectivity test passed: nothing was "
                                     "blocked.");
        const QString failed = pdfTr("The rules above are in place, but the connectivity test did not pass: %1 of %2 "
                                     "results show a blocked path (%3). Fix them (see \"Connectivity test\") and run "
                                     "the test again before signing.");
        QString statement;
        if (!summary.ran) {
            statement = none;
        } else if (summary.passed()) {
            statement = passed + QLatin1Char(' ') + summary.sentence();
        } else {
            const QString byStatus = QCoreApplication::translate("fw::PdfExporter", "%n refused", nullptr, 2)
                + QStringLiteral(", ")
                + QCoreApplication::translate("fw::PdfExporter", "%n not found in DNS", nullptr, 1);
            statement = failed.arg(3).arg(4).arg(byStatus);
        }
        QVERIFY2(flat.contains(statement), qPrintable(statement + QStringLiteral("\n---\n") + flat.right(600)));
        for (const QString &other : {none, passed, failed.left(failed.indexOf(QLatin1Char(':')))}) {
            if (!statement.startsWith(other))
                QVERIFY2(!flat.contains(other), qPrintable(other));
        }
        // The heading, the statement and the lines to sign are on one page.
        const QStringList pages = raw.split(QLatin1Char('\f'));
        const auto signOff = std::find_if(pages.cbegin(), pages.cend(), [](const QString &page) {
            return page.contains(QLatin1Char('\n') + pdfTr("Sign-off") + QLatin1Char('\n'));
        });
        QVERIFY(signOff != pages.cend());
        const QString signOffPage = signOff->simplified();
        QVERIFY(signOffPage.contains(statement));
        QVERIFY(signOffPage.contains(pdfTr("Signature")));
        // The test's summary, and each piece of advice once.
        if (summary.ran)
            QVERIFY(flat.contains(summary.sentence()));
        for (const CheckAdvice &advice : checkAdvice(results, plan))
            QCOMPARE(int(flat.count(advice.text.simplified())), 1);
    }

    void hostileTextIsPrintedNotInterpreted()
    {
        const Plan plan = fwtest::planFor({"hostile-app", "", "server", "", {"extra"}, {}});
        const ExportResult result = exporterFor(QStringLiteral("pdf"))->render(plan, fwtest::fixedContext());
        QVERIFY(result.ok());
        QTemporaryDir dir;
        const QString text = pdfText(result.data, dir, false);
        QVERIFY(text.contains(QStringLiteral("<b>&amp;</b>"))); // HTML in a catalog text is shown as text
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
        // A long table goes on over pages: every rule is there, and every page with rules shows the column headers.
        Plan plan = fwtest::planFor({"timesensor-legal", "", "server", "classic", {"email"}, {}});
        plan.rules = manyRules(plan.rules, 100);
        const ExportResult result = exporterFor(QStringLiteral("pdf"))->render(plan, fwtest::fixedContext());
        QVERIFY(result.ok());
        QTemporaryDir dir;
        const QString text = pdfText(result.data, dir, QStringLiteral("-raw"));
        QCOMPARE(int(text.count(QChar(0x2610))), int(plan.rules.size()));
        for (const PlanRule &r : plan.rules)
            QVERIFY2(
                text.contains(r.id + QLatin1Char('\n')) || text.contains(r.id + QLatin1Char(' ')), qPrintable(r.id));
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

    void headingsStayWithTheirSection_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("paper");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("es")}) {
            for (const QString &paper : {QStringLiteral("a4"), QStringLiteral("letter")})
                QTest::newRow(qPrintable(language + QLatin1Char('-') + paper)) << language << paper;
        }
    }
    void headingsStayWithTheirSection()
    {
        // A section heading never ends a page apart from its section, and the sign-off's statement never starts a
        // page apart from its heading. Plans of 1 to 30 rules move the sections below the rules down line by line,
        // so each heading meets the bottom of a page somewhere.
        QFETCH(QString, language);
        QFETCH(QString, paper);
        const Language translation(language);
        QVERIFY(translation.ok());
        const Plan base = fwtest::planFor({"timesensor-legal", "", "server", "classic", {"email"}, {}});
        ExportContext context = fwtest::fixedContext(language);
        context.settings.insert(QStringLiteral("page-size"), paper);
        for (int count = 1; count <= 30; ++count) {
            Plan plan = base;
            plan.rules = manyRules(base.rules, count);
            const ExportResult result = exporterFor(QStringLiteral("pdf"))->render(plan, context);
            QVERIFY(result.ok());
            QTemporaryDir dir;
            QStringList pages = pdfText(result.data, dir, QStringLiteral("-raw")).split(QLatin1Char('\f'));
            for (QString &page : pages)
                page = page.simplified();
            // Each heading and a text from the start of its section.
            const QList<QPair<QString, QString>> sections {
                {pdfTr("Notes and advice"), plan.notes.first().text.in(language).left(20)},
                {pdfTr("Connectivity test"),
                    pdfTr("No connectivity test was run for this checklist. Run \"firewall-wizard check\" or the "
                          "wizard's test page after applying the rules, and note the result here.")
                        .left(30)},
                {pdfTr("Sources"), plan.sources.first().id + QLatin1Char(':')},
                {pdfTr("Sign-off"),
                    pdfTr("The rules above are in place. No connectivity test was run for this checklist, "
                          "so the connections are not confirmed.")
                        .left(30)},
                {pdfTr("Sign-off"), pdfTr("Signature")},
            };
            for (const auto &section : sections) {
                const auto start = std::find_if(
                    pages.cbegin(), pages.cend(), [&](const QString &page) { return page.contains(section.second); });
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
        QThread *thread = QThread::create(
            [&] { result = exporterFor(QStringLiteral("pdf"))->render(plan, fwtest::fixedContext()); });
        thread->start();
        QVERIFY(thread->wait(60000));
        delete thread;
        QVERIFY(result.ok());
        QVERIFY(result.data.startsWith("%PDF-"));
    }
};

QTEST_MAIN(tst_ExportPdf)
#include "tst_exportpdf.moc"
