#include "PdfExporter.h"

#include "ExportText.h"
#include "Version.h"
#include "catalog/ProgramPath.h"
#include "plan/PlanText.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>

namespace fw {

namespace {

/// The translation context of this file's texts: call Tr::tr(). lupdate reads the context from the macro, while
/// a free tr() wrapper's context stays hidden from it (tests/app/tst_i18n.cpp checks).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(fw::PdfExporter)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const QString tickBox = QStringLiteral("<span style=\"font-size:12pt\">&#x2610;</span>");

/// QTextDocument lays out and paints one long table in more than linear time (1,000 rules: 7 s as one table, 4 s as
/// tables of 40 rows), so the rules go into tables of at most this many rows, each with the header row, which Qt
/// repeats on every page a table spans. No built-in plan comes near it, so their pages stay as they were.
constexpr int rulesPerTable = 40;

QString section(const QString &title)
{
    return QStringLiteral("<h2>%1</h2>").arg(esc(title));
}

QString tableStart()
{
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                          "style=\"border-collapse:collapse; border-color:#9a9a9a;\">");
}

QString headerRow(const QList<QPair<QString, int>> &columns)
{
    QString row = QStringLiteral("<thead><tr>");
    for (const auto &c : columns)
        row += QStringLiteral("<th width=\"%1%\" align=\"left\">%2</th>").arg(c.second).arg(esc(c.first));
    return row + QStringLiteral("</tr></thead>");
}

/// The first block of @p table's first row below the header row, which must not be parted from it.
QTextBlock firstBodyBlock(QTextTable *table)
{
    const int row = std::min(table->format().headerRowCount(), table->rows() - 1);
    return table->cellAt(row, 0).firstCursorPosition().block();
}

/// Qt 6.4 has no keep-with-next, so the laid-out document is checked instead: a section heading that would end a page
/// apart from what it introduces (the next paragraph, or the first row of a table after at most one intro paragraph)
/// gets a page break before it; one that starts a page already is left alone. (A table's header row Qt itself keeps
/// with the first row below it.)
void keepHeadingsWithContent(QTextDocument &doc)
{
    const QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const qreal pageHeight = doc.pageSize().height();
    const auto pageAt = [pageHeight](qreal y) { return int(y / pageHeight); };
    // A block whose first line does not fit is laid out on the next page while its position stays on this one, so
    // pages are those of the lines.
    const auto pageOf = [&](const QTextBlock &block) {
        const QTextLine first = block.layout()->lineAt(0);
        return pageAt(layout->blockBoundingRect(block).top() + (first.isValid() ? first.y() : 0));
    };
    const auto endPageOf = [&](const QTextBlock &block) {
        const QTextLine last = block.layout()->lineAt(block.layout()->lineCount() - 1);
        return pageAt(layout->blockBoundingRect(block).top() + (last.isValid() ? last.y() + last.height() : 0));
    };
    int previousEndPage = -1;  // where the item before the current one ends
    for (QTextFrame::iterator it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            previousEndPage = pageAt(layout->frameBoundingRect(frame).bottom());
            continue;
        }
        const QTextBlock block = it.currentBlock();
        if (block.blockFormat().headingLevel() == 2) {
            QTextFrame::iterator next = it;
            ++next;
            QTextBlock introduced;
            if (!next.atEnd()) {
                QTextFrame::iterator afterNext = next;
                ++afterNext;
                auto *nextTable = qobject_cast<QTextTable *>(next.currentFrame());
                auto *laterTable = afterNext.atEnd() ? nullptr : qobject_cast<QTextTable *>(afterNext.currentFrame());
                if (nextTable)
                    introduced = firstBodyBlock(nextTable);
                else if (laterTable)
                    introduced = firstBodyBlock(laterTable);
                else
                    introduced = next.currentBlock();
            }
            const int page = pageOf(block);
            if (introduced.isValid() && page == previousEndPage && pageOf(introduced) > page) {
                QTextBlockFormat format;
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(block).mergeBlockFormat(format);
            }
        }
        previousEndPage = endPageOf(block);
    }
}

} // namespace

QString PdfExporter::description() const
{
    return Tr::tr("PDF checklist: every rule with a tick box, the notes, the test results and a sign-off line");
}

QPageSize::PageSizeId PdfExporter::pageSizeFor(const ExportContext &context)
{
    const QString setting = context.settings.value(exportsetting::pageSize());
    if (setting == QLatin1String("letter"))
        return QPageSize::Letter;
    if (setting == QLatin1String("a4"))
        return QPageSize::A4;
    const QLocale system = QLocale::system();
    static const QList<QLocale::Territory> letterTerritories{
        QLocale::UnitedStates, QLocale::Canada,    QLocale::Mexico,     QLocale::Chile,     QLocale::Colombia,
        QLocale::Venezuela,    QLocale::Guatemala, QLocale::CostaRica,  QLocale::Panama,    QLocale::DominicanRepublic,
        QLocale::PuertoRico,   QLocale::Philippines, QLocale::ElSalvador, QLocale::Nicaragua, QLocale::Honduras,
        QLocale::Belize};
    if (system.measurementSystem() == QLocale::ImperialUSSystem || letterTerritories.contains(system.territory()))
        return QPageSize::Letter;
    return QPageSize::A4;
}

QString PdfExporter::checklistHtml(const Plan &plan, const ExportContext &context)
{
    const QString &lang = context.language;
    const QLocale locale(lang);
    QString h;
    h.reserve(8192 + int(plan.rules.size()) * 600);
    h += QStringLiteral("<html><body>");
    h += QStringLiteral("<h1>%1</h1>").arg(esc(Tr::tr("Firewall checklist")));
    h += QStringLiteral("<p class=\"subtitle\">%1</p>").arg(esc(planTitle(plan, lang)));

    // What this checklist is for: the selection, the machine, the date.
    QStringList values;
    for (auto it = plan.selection.values.cbegin(); it != plan.selection.values.cend(); ++it)
        values << it.key() + QStringLiteral(" = ") + it.value();
    const QString none = Tr::tr("none");
    QList<QPair<QString, QString>> facts{
        {Tr::tr("Product"), plan.productName.in(lang) + (plan.vendor.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(plan.vendor))},
        {Tr::tr("Role"), plan.roleLabel.in(lang)},
    };
    if (!plan.deploymentLabel.isEmpty())
        facts << qMakePair(Tr::tr("Deployment"), plan.deploymentLabel.in(lang));
    if (!plan.versionLabel.isEmpty())
        facts << qMakePair(Tr::tr("Version"), plan.versionLabel);
    facts << qMakePair(Tr::tr("Options"), plan.selection.options.isEmpty() ? none : plan.selection.options.join(QStringLiteral(", ")));
    facts << qMakePair(Tr::tr("Values"), values.isEmpty() ? none : values.join(QStringLiteral(", ")));
    facts << qMakePair(Tr::tr("Machine"), context.machineName.isEmpty() ? QStringLiteral("____________________") : context.machineName);
    facts << qMakePair(Tr::tr("Date"), context.generatedAt.isValid() ? locale.toString(context.generatedAt, QLocale::LongFormat)
                                                                 : QString());
    facts << qMakePair(Tr::tr("Written by"), QStringLiteral("Firewall Setup Wizard %1").arg(programVersion()));
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto &f : facts)
        h += QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td></tr>").arg(esc(f.first + QLatin1Char(':')), esc(f.second));
    h += QStringLiteral("</table>");

    // The rules, one row each with a box to tick when it is in place.
    h += section(Tr::tr("Rules"));
    h += QStringLiteral("<p class=\"hint\">%1</p>").arg(esc(Tr::tr("Tick each rule when it is in place on this machine or on "
                                                              "the network firewall.")));
    bool anyDerived = false;
    if (plan.rules.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("This plan has no rules.")));
    } else {
        // A program's full path needs a wider column, and breaks after its backslashes (a zero-width space there)
        // rather than inside a folder's name.
        bool anyPath = false;
        for (const PlanRule &r : plan.rules)
            anyPath = anyPath || isFullProgramPath(r.program);
        const QString rulesHeader = headerRow({{QStringLiteral(" "), 4}, {Tr::tr("Direction"), 10}, {Tr::tr("Protocol"), 10},
                                               {Tr::tr("Ports"), 10}, {Tr::tr("Program"), anyPath ? 22 : 14},
                                               {Tr::tr("Remote side"), 15}, {Tr::tr("Why"), anyPath ? 29 : 37}});
        const QString optionText = Tr::tr("option: %1");
        const QString sourceText = Tr::tr("source: %1");
        for (int i = 0; i < plan.rules.size(); ++i) {
            if (i % rulesPerTable == 0) {
                if (i > 0)
                    h += QStringLiteral("</table>");
                h += tableStart() + rulesHeader;
            }
            const PlanRule &r = plan.rules.at(i);
            QString why = esc(r.purpose.in(lang));
            if (r.derived) {
                why.prepend(QStringLiteral("* "));
                anyDerived = true;
            }
            QStringList small;
            if (!r.option.isEmpty())
                small << optionText.arg(r.option);
            small << sourceText.arg(r.source);
            small << r.id;
            why += QStringLiteral("<br/><span class=\"small\">%1</span>").arg(esc(small.join(QStringLiteral(" · "))));
            h += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                     .arg(tickBox, esc(directionLabel(r.direction)), esc(protocolLabel(r.protocol)),
                          esc(portsLabel(r.ports)),
                          r.program.isEmpty() ? QStringLiteral("–")
                                              : esc(r.program).replace(QLatin1Char('\\'), QStringLiteral("\\\u200B")),
                          esc(remoteLabel(r)), why);
        }
        h += QStringLiteral("</table>");
        if (anyDerived)
            h += QStringLiteral("<p class=\"hint\">%1</p>")
                     .arg(esc(Tr::tr("* derived: not in the vendor's own table; see the notes and sources.")));
    }

    if (!plan.executables.isEmpty()) {
        h += section(Tr::tr("Executables to allow (send and receive)"));
        h += tableStart();
        h += headerRow({{QStringLiteral(" "), 4}, {Tr::tr("Program"), 24}, {Tr::tr("Why"), 72}});
        for (const PlanExecutable &e : plan.executables)
            h += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td></tr>")
                     .arg(tickBox, esc(e.name), esc(e.purpose.in(lang)));
        h += QStringLiteral("</table>");
    }

    if (!plan.notes.isEmpty()) {
        h += section(Tr::tr("Notes and advice"));
        for (const PlanNote &n : plan.notes)
            h += QStringLiteral("<p class=\"note\"><b>%1:</b> %2</p>").arg(esc(noteKindLabel(n.kind)), esc(n.text.in(lang)));
    }

    h += section(Tr::tr("Connectivity test"));
    if (context.checkResults.isEmpty()) {
        h += QStringLiteral("<p class=\"hint\">%1</p>")
                 .arg(esc(Tr::tr("No connectivity test was run for this checklist. Run \"firewall-wizard check\" or the "
                             "wizard's test page after applying the rules, and note the result here.")));
    } else {
        h += tableStart();
        h += headerRow({{Tr::tr("Port"), 13}, {Tr::tr("Host"), 20}, {Tr::tr("Result"), 14}, {Tr::tr("ms"), 7}, {Tr::tr("What it means"), 46}});
        for (const ProbeResult &r : context.checkResults) {
            QString status = esc(probeStatusLabel(r.status));
            if (r.responder)
                status += QStringLiteral("<br/><span class=\"small\">%1</span>").arg(esc(Tr::tr("our test responder")));
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align=\"right\">%4</td><td>%5</td></tr>")
                     .arg(esc(probeEndpointLabel(r.target)), esc(r.target.host), status, QString::number(r.millis),
                          esc(probeAdvice(r)));
        }
        h += QStringLiteral("</table>");
    }

    if (!context.appliedSummary.isEmpty()) {
        //: heading in the PDF checklist: what the wizard applied to (or reverted on) this computer's firewall
        h += section(Tr::tr("Applied on this computer"));
        h += QStringLiteral("<ul>");
        for (const QString &line : context.appliedSummary)
            h += QStringLiteral("<li>%1</li>").arg(esc(line));
        h += QStringLiteral("</ul>");
    }

    if (!plan.sources.isEmpty()) {
        h += section(Tr::tr("Sources"));
        for (const SourceDef &s : plan.sources) {
            h += QStringLiteral("<p class=\"note\">%1 <b>%2</b> — %3<br/><span class=\"small\">%4 · %5</span></p>")
                     .arg(esc(s.id + QLatin1Char(':')), esc(s.title), esc(s.url),
                          esc(s.kind == SourceKind::Vendor ? Tr::tr("the vendor's own statement")
                                                           : Tr::tr("general documentation the derived rules follow")),
                          esc(s.id));
        }
    }

    h += section(Tr::tr("Sign-off"));
    h += QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("The rules above are in place and the connectivity test passed.")));
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"10\"><tr>");
    for (const QString &label : {Tr::tr("Name"), Tr::tr("Date"), Tr::tr("Signature")})
        h += QStringLiteral("<td width=\"33%\">%1<br/><br/>______________________________</td>").arg(esc(label));
    h += QStringLiteral("</tr></table>");
    h += QStringLiteral("</body></html>");
    return h;
}

ExportResult PdfExporter::render(const Plan &plan, const ExportContext &context) const
{
    ExportResult result;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        // Fonts come from the platform integration, which only a QGuiApplication loads.
        result.problems << ExportProblem{Tr::tr("the PDF checklist needs the graphical part of Qt (a QGuiApplication); "
                                            "it cannot be written by a program without one"),
                                         {}, QStringLiteral("format")};
        return result;
    }
    checkExportSettings(context, result.problems);
    if (!result.ok())
        return result;
    // QTextDocument lays out in more than linear time and holds every page in memory: 100,000 rules took minutes and
    // gigabytes. The limits refuse such a plan at once; the table formats (csv, json) have none.
    if (plan.rules.size() > maxRules) {
        result.problems << ExportProblem{Tr::tr("the plan has %1 rules; a PDF checklist takes at most %2 (export csv or "
                                                "json for larger plans)")
                                             .arg(plan.rules.size())
                                             .arg(maxRules),
                                         {}, QStringLiteral("rules")};
        return result;
    }
    const QString html = checklistHtml(plan, context);
    if (html.size() > maxHtmlChars) {
        result.problems << ExportProblem{Tr::tr("the checklist's text is %1 characters long; a PDF checklist takes at most "
                                                "%2 (export csv or json for larger plans)")
                                             .arg(html.size())
                                             .arg(maxHtmlChars),
                                         {}, QStringLiteral("text")};
        return result;
    }

    const QString &lang = context.language;
    QBuffer buffer(&result.data);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(pageSizeFor(context)));
    writer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
    writer.setTitle(Tr::tr("Firewall checklist") + QStringLiteral(": ") + planTitle(plan, lang));
    writer.setCreator(QStringLiteral("Firewall Setup Wizard %1").arg(programVersion()));

    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(8.5);
    // No ligatures: admins copy rule texts out of the PDF and search it, and "ﬁle" would match neither.
    font.setStyleStrategy(QFont::PreferNoShaping);
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);  // font sizes in points at the writer's resolution
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setDefaultStyleSheet(QStringLiteral(
        "h1 { font-size: 17pt; margin-bottom: 2px; }"
        "h2 { font-size: 11.5pt; margin-top: 14px; margin-bottom: 4px; }"
        ".subtitle { font-size: 12pt; margin-top: 0px; margin-bottom: 8px; }"
        ".label { font-weight: bold; padding-right: 12px; }"
        ".hint { color: #444444; font-style: italic; }"
        ".small { font-size: 7pt; color: #555555; }"
        ".note { margin-top: 3px; margin-bottom: 3px; }"
        "th { background-color: #e4e4e4; font-weight: bold; }"));
    doc.setHtml(html);

    const QRectF paintRect = writer.pageLayout().paintRectPixels(writer.resolution());
    QFont footerFont = font;
    footerFont.setPointSizeF(7.5);
    const QFontMetricsF footerMetrics(footerFont, &writer);
    const qreal footerHeight = footerMetrics.height() * 2.2;
    const QSizeF body(paintRect.width(), paintRect.height() - footerHeight);
    doc.setPageSize(body);
    keepHeadingsWithContent(doc);
    const int pages = doc.pageCount();

    QPainter painter(&writer);
    const QString footerLeft = planTitle(plan, lang)
        + (context.machineName.isEmpty() ? QString() : QStringLiteral(" · ") + context.machineName)
        + (context.generatedAt.isValid() ? QStringLiteral(" · ") + QLocale(lang).toString(context.generatedAt.date(), QLocale::ShortFormat)
                                         : QString());
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -page * body.height());
        doc.drawContents(&painter, QRectF(QPointF(0, page * body.height()), body));
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 2));
        const qreal y = body.height() + footerMetrics.height() * 0.6;
        painter.drawLine(QPointF(0, y), QPointF(body.width(), y));
        painter.setPen(Qt::black);
        const QRectF footerRect(0, y + footerMetrics.height() * 0.2, body.width(), footerMetrics.height() * 1.2);
        const QString pageText = Tr::tr("Page %1 of %2").arg(page + 1).arg(pages);
        const qreal pageWidth = footerMetrics.horizontalAdvance(pageText) + footerMetrics.height();
        painter.drawText(footerRect.adjusted(0, 0, -pageWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         footerMetrics.elidedText(footerLeft, Qt::ElideRight, footerRect.width() - pageWidth));
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter, pageText);
    }
    painter.end();
    buffer.close();
    return result;
}

} // namespace fw
