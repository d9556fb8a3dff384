// Export figures: every format for every built-in combination, a generated 1,000-rule plan, the PDF checklist of a
// built-in plan and of the 1,000-rule plan, and the whole "firewall-wizard export --format pdf" process and the
// 1,000-rule PDF against a bare QTextDocument -> QPdfWriter program (this binary run with --baseline) as the
// yardstick. With --pdf: only the 1,000-rule PDF, for profiling.
#include "Selections.h"
#include "catalog/Catalog.h"
#include "export/Exporter.h"
#include "plan/PlanResolver.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace fw;

namespace {

Plan bigPlan(const Catalog &catalog)
{
    Plan plan;
    SelectionProblems problems;
    resolvePlan(catalog, Selection {"timesensor-legal", "", "server", "classic", {"email"}, {}}, plan, problems);
    const QList<PlanRule> base = plan.rules;
    plan.rules.clear();
    for (int i = 0; i < 1000; ++i) {
        PlanRule r = base.at(i % base.size());
        r.id = QStringLiteral("rule-%1").arg(i);
        r.ports = {PortRange {10000 + i, 10000 + i}};
        r.protocol = i % 3 == 0 ? Protocol::Udp : Protocol::Tcp;
        r.direction = i % 2 == 0 ? Direction::In : Direction::Out;
        if (i % 5 == 0) {
            r.remote = RemoteKind::Hosts;
            r.hosts = {QStringLiteral("192.0.2.%1").arg(i % 250 + 1)};
        }
        plan.rules << r;
    }
    return plan;
}

double medianMs(const std::function<void()> &work, int runs)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times << t.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

/// The yardstick: a bare QTextDocument with a two-page table, printed to QPdfWriter.
int baseline()
{
    QString html = QStringLiteral("<table border=1 width=100%>");
    for (int i = 0; i < 90; ++i)
        html += QStringLiteral("<tr><td>%1</td><td>TCP</td><td>%2</td><td>some text explaining the rule</td></tr>")
                    .arg(i)
                    .arg(20000 + i);
    html += QStringLiteral("</table>");
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QTextDocument doc;
    doc.setHtml(html);
    doc.print(&writer);
    return bytes.isEmpty() ? 1 : 0;
}

double processMs(const QString &program, const QStringList &args, int runs)
{
    return medianMs(
        [&] {
            QProcess p;
            p.start(program, args);
            p.waitForFinished(60000);
        },
        runs);
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (app.arguments().contains(QStringLiteral("--baseline")))
        return baseline();
    QTextStream out(stdout);
    const Catalog catalog = Catalog::builtIn();
    if (app.arguments().contains(QStringLiteral("--pdf"))) { // only the 1,000-rule PDF, for profiling
        const Plan big = bigPlan(catalog);
        ExportContext context;
        const double ms = medianMs([&] { exporterFor(QStringLiteral("pdf"))->render(big, context); }, 9);
        out << QStringLiteral("1,000-rule PDF: %1 ms (median of 9)\n").arg(ms, 0, 'f', 1);
        return 0;
    }
    QList<Plan> plans;
    for (const Selection &s : fw::test::builtInSelectionsWithEachOption(catalog)) {
        Plan plan;
        SelectionProblems problems;
        if (resolvePlan(catalog, s, plan, problems))
            plans << plan;
    }
    ExportContext context;
    context.generatedAt = QDateTime::currentDateTimeUtc();
    context.machineName = QStringLiteral("bench");
    out << "Built-in combinations: " << plans.size() << "\n\n";
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("format"), -12)
               .arg(QStringLiteral("built-in max ms"), 16)
               .arg(QStringLiteral("built-in mean ms"), 17)
               .arg(QStringLiteral("1,000 rules ms"), 15);
    const Plan big = bigPlan(catalog);
    for (const Exporter *e : exporters()) {
        double max = 0;
        double sum = 0;
        for (const Plan &plan : plans) {
            const double ms = medianMs([&] { e->render(plan, context); }, e->isBinary() ? 3 : 15);
            max = std::max(max, ms);
            sum += ms;
        }
        const double bigMs = medianMs([&] { e->render(big, context); }, e->isBinary() ? 1 : 5);
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(e->id(), -12)
                   .arg(max, 16, 'f', 3)
                   .arg(sum / plans.size(), 17, 'f', 3)
                   .arg(bigMs, 15, 'f', 1);
    }
    const ExportResult bigPdf = exporterFor(QStringLiteral("pdf"))->render(big, context);
    const double bigPdfMs = medianMs([&] { exporterFor(QStringLiteral("pdf"))->render(big, context); }, 5);
    out << "\n1,000-rule PDF: " << bigPdf.data.size() / 1024 << " KiB\n";

    QTemporaryDir dir;
    const QString self = QCoreApplication::applicationFilePath();
    const double base = processMs(self, {QStringLiteral("--baseline")}, 7);
    const double pdfProcess = processMs(QStringLiteral(FW_BINARY),
        {"export", "--product", "palisade", "--version", "8", "--role", "server", "--with", "online-activation",
            "--format", "pdf", "-o", dir.filePath(QStringLiteral("c.pdf"))},
        7);
    const double csvProcess = processMs(QStringLiteral(FW_BINARY),
        {"export", "--product", "palisade", "--version", "8", "--role", "server", "--format", "csv", "-o",
            dir.filePath(QStringLiteral("c.csv"))},
        7);
    out << "\nWhole processes (median of 7):\n";
    out << QStringLiteral("  bare QTextDocument -> QPdfWriter, 2-page table: %1 ms\n").arg(base, 0, 'f', 1);
    out << QStringLiteral("  firewall-wizard export --format pdf (Palisade 8 server): %1 ms (%2x the bare program)\n")
               .arg(pdfProcess, 0, 'f', 1)
               .arg(pdfProcess / base, 0, 'f', 2);
    out << QStringLiteral("  firewall-wizard export --format csv (same plan): %1 ms\n").arg(csvProcess, 0, 'f', 1);
    out << QStringLiteral("\n1,000-rule PDF (median of 5): %1 ms (%2x the bare program)\n")
               .arg(bigPdfMs, 0, 'f', 1)
               .arg(bigPdfMs / base, 0, 'f', 2);
    return 0;
}
