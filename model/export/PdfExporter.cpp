#include "PdfExporter.h"

#include "ExportText.h"
#include "Version.h"
#include "plan/PlanText.h"
#include "probe/CheckSummary.h"
#include "system/Tr.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <map>
#include <memory>

namespace fw {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::PdfExporter)
}

// ---------------------------------------------------------------------------------------------------------------
// The checklist as a document: what it says, apart from how it is laid out. checklistHtml() writes it as HTML, the
// PDF lays it out itself (see "Layout" below).

/// How a text looks.
enum class Style { Body, Bold, Hint, Small, Title, Subtitle, Heading, Head, Tick };

/// Where a text may wrap (see wrapPieces()).
enum class Wrap {
    Prose, ///< at spaces; inside a word only after a hyphen or comma between letters, never in a technical word
    Path,  ///< as Prose, and after the backslashes of a program's path
    Never, ///< never: the whole text stays on one line
};

struct Span
{
    QString text;
    Style style = Style::Body;
    Wrap wrap = Wrap::Prose;
};

/// One paragraph: spans that flow into lines.
using Paragraph = QList<Span>;
/// Paragraphs shown under each other (a table cell, or a text block).
using Cell = QList<Paragraph>;

struct Table
{
    QList<Cell> header; ///< the header row, repeated on every page the table continues on; empty: none
    QList<QList<Cell>> rows;
    QList<Qt::Alignment> alignment; ///< per column; Qt::AlignLeft where not given
    bool grid = true;               ///< borders and a shaded header row
    bool equalColumns = false;      ///< every column the same width, instead of widths from the content
};

struct Block
{
    enum class Kind { Title, Subtitle, Heading, Text, Hint, Bullet, Table };
    Kind kind = Kind::Text;
    Cell text; ///< the paragraphs of every kind but Table
    Table table;
    bool keepWithNext = false; ///< on the same page as the start of the next block
};

using Document = QList<Block>;

Block textBlock(Block::Kind kind, const Cell &text, bool keepWithNext = false)
{
    Block b;
    b.kind = kind;
    b.text = text;
    b.keepWithNext = keepWithNext;
    return b;
}

Block textBlock(Block::Kind kind, const QString &text, Style style, bool keepWithNext = false)
{
    return textBlock(kind, Cell {Paragraph {Span {text, style}}}, keepWithNext);
}

Block heading(const QString &title)
{
    return textBlock(Block::Kind::Heading, title, Style::Heading, true);
}

Block tableBlock(const Table &table)
{
    Block b;
    b.kind = Block::Kind::Table;
    b.table = table;
    return b;
}

Cell cell(const QString &text, Style style = Style::Body, Wrap wrap = Wrap::Prose)
{
    return Cell {Paragraph {Span {text, style, wrap}}};
}

Cell headerCell(const QString &text)
{
    return cell(text, Style::Head);
}

bool isEmptyCell(const Cell &c)
{
    for (const Paragraph &p : c) {
        for (const Span &s : p) {
            const QString t = s.text.trimmed();
            if (!t.isEmpty() && t != QStringLiteral("–"))
                return false;
        }
    }
    return true;
}

/// Leaves out every column that is empty ("" or "–") in every row.
void dropEmptyColumns(Table &table)
{
    if (table.rows.isEmpty())
        return;
    for (int c = int(table.rows.first().size()) - 1; c >= 0; --c) {
        const bool empty = std::all_of(
            table.rows.cbegin(), table.rows.cend(), [c](const QList<Cell> &row) { return isEmptyCell(row.at(c)); });
        if (!empty)
            continue;
        for (QList<Cell> &row : table.rows)
            row.removeAt(c);
        if (c < table.header.size())
            table.header.removeAt(c);
        if (c < table.alignment.size())
            table.alignment.removeAt(c);
    }
}

qsizetype characterCount(const Document &doc)
{
    qsizetype n = 0;
    const auto count = [&n](const Cell &c) {
        for (const Paragraph &p : c) {
            for (const Span &s : p)
                n += s.text.size();
        }
    };
    for (const Block &b : doc) {
        count(b.text);
        for (const Cell &c : b.table.header)
            count(c);
        for (const QList<Cell> &row : b.table.rows) {
            for (const Cell &c : row)
                count(c);
        }
    }
    return n;
}

QString optionLabel(const Plan &plan, const QString &id, const QString &lang)
{
    const auto it = plan.optionLabels.constFind(id);
    return it == plan.optionLabels.cend() || it->isEmpty() ? id : it->in(lang);
}

/// The sign-off's statement: what is true of the test, as its results say.
QString signOffStatement(const ProbeResults &results)
{
    const CheckSummary summary = summarizeChecks(results);
    if (!summary.ran)
        return Tr::tr("The rules above are in place. No connectivity test was run for this checklist, so the "
                      "connections are not confirmed.");
    if (summary.passed())
        return Tr::tr("The rules above are in place, and the connectivity test passed: nothing was blocked.")
            + QLatin1Char(' ') + summary.sentence();
    QStringList blocked;
    const auto add = [&blocked](int n, const QString &text) {
        if (n > 0)
            blocked << text;
    };
    add(summary.refused, Tr::tr("%n refused", nullptr, summary.refused));
    add(summary.filtered, Tr::tr("%n filtered", nullptr, summary.filtered));
    add(summary.unreachable, Tr::tr("%n unreachable", nullptr, summary.unreachable));
    add(summary.dnsError, Tr::tr("%n not found in DNS", nullptr, summary.dnsError));
    return Tr::tr("The rules above are in place, but the connectivity test did not pass: %1 of %2 results show a "
                  "blocked path (%3). Fix them (see \"Connectivity test\") and run the test again before signing.")
        .arg(summary.blocked())
        .arg(summary.total)
        .arg(blocked.join(QStringLiteral(", ")));
}

Document checklist(const Plan &plan, const ExportContext &context)
{
    const QString &lang = context.language;
    const QLocale locale(lang);
    Document doc;
    doc << textBlock(Block::Kind::Title, Tr::tr("Firewall checklist"), Style::Title, true);
    doc << textBlock(Block::Kind::Subtitle, planTitle(plan, lang), Style::Subtitle);

    // What this checklist is for: the selection (by its labels), the machine, the date.
    const QString none = Tr::tr("none");
    QStringList options;
    for (const QString &id : plan.selection.options)
        options << optionLabel(plan, id, lang);
    Cell values;
    for (auto it = plan.selection.values.cbegin(); it != plan.selection.values.cend(); ++it) {
        const LocalizedText label = plan.valueLabels.value(it.key());
        values << Paragraph {Span {(label.isEmpty() ? it.key() : label.in(lang)) + QStringLiteral(": ")},
            Span {it.value(), Style::Body, Wrap::Never}};
    }
    QList<QPair<QString, Cell>> facts {
        {Tr::tr("Product"),
            cell(plan.productName.in(lang)
                + (plan.vendor.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(plan.vendor)))},
        {Tr::tr("Role"), cell(plan.roleLabel.in(lang))},
    };
    if (!plan.deploymentLabel.isEmpty())
        facts << qMakePair(Tr::tr("Deployment"), cell(plan.deploymentLabel.in(lang)));
    if (!plan.versionLabel.isEmpty())
        facts << qMakePair(Tr::tr("Version"), cell(plan.versionLabel));
    facts << qMakePair(Tr::tr("Options"), cell(options.isEmpty() ? none : options.join(QStringLiteral(", "))));
    facts << qMakePair(Tr::tr("Values"), values.isEmpty() ? cell(none) : values);
    facts << qMakePair(Tr::tr("Machine"),
        cell(context.machineName.isEmpty() ? QStringLiteral("____________________") : context.machineName, Style::Body,
            Wrap::Never));
    facts << qMakePair(Tr::tr("Date"),
        cell(context.generatedAt.isValid() ? locale.toString(context.generatedAt, QLocale::LongFormat) : QString()));
    facts << qMakePair(Tr::tr("Written by"), cell(QStringLiteral("Firewall Setup Wizard %1").arg(programVersion())));
    Table factTable;
    factTable.grid = false;
    for (const auto &f : facts)
        factTable.rows << QList<Cell> {cell(f.first + QLatin1Char(':'), Style::Bold), f.second};
    doc << tableBlock(factTable);

    // The rules, one row each with a box to tick when it is in place.
    doc << heading(Tr::tr("Rules"));
    doc << textBlock(Block::Kind::Hint,
        Tr::tr("Tick each rule when it is in place on this machine or on the network firewall."), Style::Hint, true);
    const QString tick = QStringLiteral("\u2610");
    if (plan.rules.isEmpty()) {
        doc << textBlock(Block::Kind::Text, Tr::tr("This plan has no rules."), Style::Body);
    } else {
        bool anyDerived = false;
        Table rules;
        rules.header = {headerCell(QString()), headerCell(Tr::tr("Direction")), headerCell(Tr::tr("Protocol")),
            headerCell(Tr::tr("Ports")), headerCell(Tr::tr("Program")), headerCell(Tr::tr("Remote side")),
            headerCell(Tr::tr("Why"))};
        rules.alignment = {Qt::AlignHCenter};
        const QString optionText = Tr::tr("option: %1");
        const QString sourceText = Tr::tr("source: %1");
        const QString separator = QStringLiteral(" · ");
        rules.rows.reserve(plan.rules.size());
        for (const PlanRule &r : plan.rules) {
            QString why = r.purpose.in(lang);
            if (r.derived) {
                why.prepend(QStringLiteral("* "));
                anyDerived = true;
            }
            QString small;
            if (!r.option.isEmpty())
                small = optionText.arg(optionLabel(plan, r.option, lang)) + separator;
            small += sourceText.arg(r.source) + separator + r.id;
            rules.rows << QList<Cell> {cell(tick, Style::Tick), cell(directionLabel(r.direction)),
                cell(protocolLabel(r.protocol)), cell(portsLabel(r.ports)),
                cell(r.program.isEmpty() ? QStringLiteral("–") : r.program, Style::Body, Wrap::Path),
                cell(remoteLabel(r)), Cell {Paragraph {Span {why}}, Paragraph {Span {small, Style::Small}}}};
        }
        dropEmptyColumns(rules);
        doc << tableBlock(rules);
        if (anyDerived)
            doc << textBlock(Block::Kind::Hint,
                Tr::tr("* derived: not in the vendor's own table; see the notes and sources."), Style::Hint);
    }

    if (!plan.executables.isEmpty()) {
        doc << heading(Tr::tr("Executables to allow (send and receive)"));
        Table executables;
        executables.header = {headerCell(QString()), headerCell(Tr::tr("Program")), headerCell(Tr::tr("Why"))};
        executables.alignment = {Qt::AlignHCenter};
        for (const PlanExecutable &e : plan.executables)
            executables.rows << QList<Cell> {
                cell(tick, Style::Tick), cell(e.name, Style::Body, Wrap::Path), cell(e.purpose.in(lang))};
        doc << tableBlock(executables);
    }

    if (!plan.notes.isEmpty()) {
        doc << heading(Tr::tr("Notes and advice"));
        for (const PlanNote &n : plan.notes)
            doc << textBlock(Block::Kind::Text,
                Cell {Paragraph {Span {noteKindLabel(n.kind) + QLatin1Char(':'), Style::Bold},
                    Span {QLatin1Char(' ') + n.text.in(lang)}}});
    }

    doc << heading(Tr::tr("Connectivity test"));
    if (context.checkResults.isEmpty()) {
        doc << textBlock(Block::Kind::Hint,
            Tr::tr("No connectivity test was run for this checklist. Run \"firewall-wizard check\" or the "
                   "wizard's test page after applying the rules, and note the result here."),
            Style::Hint);
    } else {
        doc << textBlock(Block::Kind::Text, summarizeChecks(context.checkResults).sentence(), Style::Body, true);
        Table results;
        results.header = {headerCell(Tr::tr("Port")), headerCell(Tr::tr("Host")), headerCell(Tr::tr("Result")),
            headerCell(Tr::tr("ms"))};
        results.alignment = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight};
        for (const ProbeResult &r : context.checkResults) {
            Cell status = cell(probeStatusLabel(r.status));
            if (r.responder)
                status << Paragraph {Span {Tr::tr("our test responder"), Style::Small}};
            results.rows << QList<Cell> {cell(probeEndpointLabel(r.target), Style::Body, Wrap::Never),
                cell(r.target.host), status, cell(QString::number(r.millis), Style::Body, Wrap::Never)};
        }
        doc << tableBlock(results);
        // One paragraph per group of results that call for the same action, not one per port.
        const QList<CheckAdvice> advice = checkAdvice(context.checkResults, plan, context.language);
        if (!advice.isEmpty()) {
            //: heading in the PDF checklist above the advice for the blocked or doubtful test results
            doc << textBlock(Block::Kind::Text, Tr::tr("What to do"), Style::Bold, true);
            for (const CheckAdvice &a : advice)
                doc << textBlock(Block::Kind::Text, a.text, Style::Body);
        }
    }

    if (!context.appliedSummary.isEmpty()) {
        //: heading in the PDF checklist: what the wizard applied to (or reverted on) this computer's firewall
        doc << heading(Tr::tr("Applied on this computer"));
        for (const QString &line : context.appliedSummary)
            doc << textBlock(Block::Kind::Bullet, line, Style::Body);
    }

    if (!plan.sources.isEmpty()) {
        doc << heading(Tr::tr("Sources"));
        for (const SourceDef &s : plan.sources) {
            const QString kind = s.kind == SourceKind::Vendor
                ? Tr::tr("the vendor's own statement")
                : Tr::tr("general documentation the derived rules follow");
            doc << textBlock(Block::Kind::Text,
                Cell {Paragraph {Span {s.id + QStringLiteral(": ")}, Span {s.title, Style::Bold},
                          Span {QStringLiteral(" — ")}, Span {s.url}},
                    Paragraph {Span {kind + QStringLiteral(" · ") + s.id, Style::Small}}});
        }
    }

    // The sign-off: its heading, what is true of the test, and the lines to sign, all on one page.
    doc << heading(Tr::tr("Sign-off"));
    doc << textBlock(Block::Kind::Text, signOffStatement(context.checkResults), Style::Body, true);
    Table signature;
    signature.grid = false;
    signature.equalColumns = true;
    QList<Cell> lines;
    for (const QString &label : {Tr::tr("Name"), Tr::tr("Date"), Tr::tr("Signature")})
        lines << Cell {Paragraph {Span {label}}, Paragraph {},
            Paragraph {Span {QStringLiteral("______________________________"), Style::Body, Wrap::Never}}};
    signature.rows << lines;
    doc << tableBlock(signature);
    return doc;
}

// ---------------------------------------------------------------------------------------------------------------
// HTML, for checklistHtml().

QString htmlOf(const Paragraph &paragraph)
{
    QString h;
    for (const Span &s : paragraph) {
        const QString text = s.text.toHtmlEscaped();
        switch (s.style) {
        case Style::Bold:
        case Style::Head:
            h += QStringLiteral("<b>%1</b>").arg(text);
            break;
        case Style::Small:
            h += QStringLiteral("<span class=\"small\">%1</span>").arg(text);
            break;
        case Style::Tick:
            h += QStringLiteral("<span style=\"font-size:12pt\">%1</span>").arg(text);
            break;
        default:
            h += text;
            break;
        }
    }
    return h;
}

QString htmlOf(const Cell &cell)
{
    QStringList lines;
    for (const Paragraph &p : cell)
        lines << htmlOf(p);
    return lines.join(QStringLiteral("<br/>"));
}

QString htmlOf(const Table &table)
{
    QString h = table.grid ? QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                            "style=\"border-collapse:collapse; border-color:#9a9a9a;\">")
                           : QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    const auto align = [&table](int column) {
        const Qt::Alignment a = column < table.alignment.size() ? table.alignment.at(column) : Qt::AlignLeft;
        return a == Qt::AlignHCenter ? QStringLiteral(" align=\"center\"")
            : a == Qt::AlignRight    ? QStringLiteral(" align=\"right\"")
                                     : QString();
    };
    if (!table.header.isEmpty()) {
        h += QStringLiteral("<thead><tr>");
        for (const Cell &c : table.header)
            h += QStringLiteral("<th align=\"left\">%1</th>").arg(htmlOf(c));
        h += QStringLiteral("</tr></thead>");
    }
    for (const QList<Cell> &row : table.rows) {
        h += QStringLiteral("<tr>");
        for (int c = 0; c < row.size(); ++c)
            h += QStringLiteral("<td%1>%2</td>").arg(align(c), htmlOf(row.at(c)));
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

QString htmlOf(const Document &doc)
{
    QString h = QStringLiteral("<html><body>");
    bool inList = false;
    for (const Block &b : doc) {
        if (inList && b.kind != Block::Kind::Bullet) {
            h += QStringLiteral("</ul>");
            inList = false;
        }
        switch (b.kind) {
        case Block::Kind::Title:
            h += QStringLiteral("<h1>%1</h1>").arg(htmlOf(b.text));
            break;
        case Block::Kind::Subtitle:
            h += QStringLiteral("<p class=\"subtitle\">%1</p>").arg(htmlOf(b.text));
            break;
        case Block::Kind::Heading:
            h += QStringLiteral("<h2>%1</h2>").arg(htmlOf(b.text));
            break;
        case Block::Kind::Text:
            h += QStringLiteral("<p>%1</p>").arg(htmlOf(b.text));
            break;
        case Block::Kind::Hint:
            h += QStringLiteral("<p class=\"hint\">%1</p>").arg(htmlOf(b.text));
            break;
        case Block::Kind::Bullet:
            if (!inList)
                h += QStringLiteral("<ul>");
            inList = true;
            h += QStringLiteral("<li>%1</li>").arg(htmlOf(b.text));
            break;
        case Block::Kind::Table:
            h += htmlOf(b.table);
            break;
        }
    }
    if (inList)
        h += QStringLiteral("</ul>");
    return h + QStringLiteral("</body></html>");
}

// ---------------------------------------------------------------------------------------------------------------
// Layout. The PDF is laid out here rather than by QTextDocument: the widths come from the measured text (cached per
// font), and the rules of wrapping are our own, so that nothing an admin copies out of the checklist is split:
//  - text wraps at spaces; inside a word only after a hyphen or comma between two letters of a word without digits,
//    dots, slashes, colons, @, = or underscores (so "19812-19814", "service.palisade.com", "https://..." and
//    "lic01" stay whole), and a program's path also after its backslashes;
//  - a table's columns get at least their widest unbreakable piece (and their header on one line) and at most their
//  text on one
//    line; the width left is shared in proportion to what each column could still use; a column with no text in any
//    row is left out;
//  - where the unbreakable pieces of a table do not fit the page together, the columns shrink in proportion and
//    the text of each cell that no longer fits is set in a smaller font: never split.
// Pages: a table row is never split; a table's header row starts every page the table is on; a block marked
// keepWithNext (headings, the text leading into a table, the sign-off's statement) starts on the same page as the
// beginning of the block after it (two lines of a paragraph, or a table's header and first row).

constexpr qreal pointsPerInch = 72.0;

struct Face
{
    Face(const QFont &f, const QColor &c, QPaintDevice *device)
        : font(f), metrics(f, device), color(c), space(metrics.horizontalAdvance(QLatin1Char(' ')))
    { }
    qreal width(const QString &text)
    {
        auto it = widths.constFind(text);
        if (it == widths.cend())
            it = widths.insert(text, metrics.horizontalAdvance(text));
        return *it;
    }
    QFont font;
    QFontMetricsF metrics;
    QColor color;
    qreal space;
    QHash<QString, qreal> widths;
};

/// The fonts of every style, at every scale a cell needed, with their measured words.
class Fonts
{
public:
    explicit Fonts(QPaintDevice *device) : m_device(device)
    {
        m_base.setFamily(QStringLiteral("DejaVu Sans"));
        m_base.setStyleHint(QFont::SansSerif);
        // No ligatures: admins copy rule texts out of the PDF and search it, and "ﬁle" would match neither.
        m_base.setStyleStrategy(QFont::PreferNoShaping);
        // Outlines as designed, and widths that scale with the size: hinting is for screens.
        m_base.setHintingPreference(QFont::PreferNoHinting);
    }
    Face *face(Style style, qreal scale = 1.0)
    {
        const auto key = std::make_pair(int(style), qRound(scale * 1000));
        auto it = m_faces.find(key);
        if (it != m_faces.end())
            return it->second.get();
        QFont font = m_base;
        qreal size = 8.5;
        QColor color(Qt::black);
        switch (style) {
        case Style::Body:
            break;
        case Style::Bold:
        case Style::Head:
            font.setBold(true);
            break;
        case Style::Hint:
            font.setItalic(true);
            color = QColor(0x44, 0x44, 0x44);
            break;
        case Style::Small:
            size = 7;
            color = QColor(0x55, 0x55, 0x55);
            break;
        case Style::Title:
            size = 17;
            font.setBold(true);
            break;
        case Style::Subtitle:
            size = 12;
            break;
        case Style::Heading:
            size = 11.5;
            font.setBold(true);
            break;
        case Style::Tick:
            size = 12;
            break;
        }
        font.setPointSizeF(size * scale);
        return m_faces.emplace(key, std::make_unique<Face>(font, color, m_device)).first->second.get();
    }
    /// Points to the device's pixels.
    qreal px(qreal points) const { return points * m_device->logicalDpiY() / pointsPerInch; }

private:
    QPaintDevice *m_device;
    QFont m_base;
    std::map<std::pair<int, int>, std::unique_ptr<Face>> m_faces;
};

/// A piece of text no line break may split, and whether a line may break before it.
struct Atom
{
    QString text;
    Face *face = nullptr;
    qreal width = 0;
    bool space = false;    ///< a space separates it from the atom before
    bool canBreak = false; ///< a line may end before it
};

bool isTechnical(QStringView word)
{
    for (const QChar c : word) {
        if (c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char('/') || c == QLatin1Char(':')
            || c == QLatin1Char('@') || c == QLatin1Char('=') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            return true;
    }
    return false;
}

/// The word @p word cut where a line may break inside it (see the rules above).
QList<QStringView> wrapPieces(QStringView word, Wrap wrap)
{
    QList<QStringView> pieces;
    qsizetype start = 0;
    const bool technical = isTechnical(word);
    for (qsizetype i = 0; i + 1 < word.size(); ++i) {
        const QChar c = word.at(i);
        bool cut = false;
        if (wrap == Wrap::Path && c == QLatin1Char('\\'))
            cut = true;
        else if (!technical && wrap == Wrap::Prose && (c == QLatin1Char('-') || c == QLatin1Char(',')))
            cut = i > 0 && word.at(i - 1).isLetter() && word.at(i + 1).isLetter();
        if (cut) {
            pieces << word.mid(start, i + 1 - start);
            start = i + 1;
        }
    }
    pieces << word.mid(start);
    return pieces;
}

QList<Atom> atomsOf(const Paragraph &paragraph, Fonts &fonts, qreal scale)
{
    QList<Atom> atoms;
    bool space = false;
    for (const Span &span : paragraph) {
        Face *face = fonts.face(span.style, scale);
        if (span.wrap == Wrap::Never) {
            const QString text = span.text.trimmed();
            space = space || span.text.startsWith(QLatin1Char(' '));
            if (!text.isEmpty())
                atoms << Atom {text, face, face->width(text), space, space};
            space = span.text.endsWith(QLatin1Char(' '));
            continue;
        }
        const QStringView text(span.text);
        qsizetype start = 0;
        while (start <= text.size()) {
            qsizetype end = text.indexOf(QLatin1Char(' '), start);
            if (end < 0)
                end = text.size();
            const QStringView word = text.mid(start, end - start);
            if (!word.isEmpty()) {
                bool first = true;
                for (const QStringView piece : wrapPieces(word, span.wrap)) {
                    const QString t = piece.toString();
                    atoms << Atom {t, face, face->width(t), first && space, !first || space};
                    first = false;
                }
                space = false;
            }
            if (end < text.size())
                space = true;
            start = end + 1;
        }
    }
    return atoms;
}

/// The widest piece that cannot be broken, and the width of the whole paragraph on one line.
std::pair<qreal, qreal> measure(const QList<Atom> &atoms)
{
    qreal widest = 0;
    qreal group = 0;
    qreal total = 0;
    for (int i = 0; i < atoms.size(); ++i) {
        const Atom &a = atoms.at(i);
        const qreal gap = i > 0 && a.space ? a.face->space : 0;
        if (i > 0 && a.canBreak) {
            widest = std::max(widest, group);
            group = 0;
        } else {
            group += gap;
        }
        group += a.width;
        total += gap + a.width;
    }
    return {std::max(widest, group), total};
}

struct Run
{
    qreal x = 0;
    Face *face = nullptr;
    QString text;
};

struct Line
{
    QList<Run> runs;
    qreal width = 0;
    qreal ascent = 0;
    qreal height = 0;
};

/// Breaks @p atoms into lines of at most @p maxWidth (an unbreakable piece wider than that gets a line of its own).
QList<Line> breakLines(const QList<Atom> &atoms, qreal maxWidth, Face *emptyFace)
{
    QList<Line> lines;
    Line line;
    const auto finish = [&] {
        if (line.runs.isEmpty()) {
            line.ascent = emptyFace->metrics.ascent();
            line.height = emptyFace->metrics.lineSpacing();
        }
        lines << line;
        line = Line();
    };
    for (int i = 0; i < atoms.size();) {
        int end = i + 1;
        qreal width = atoms.at(i).width;
        while (end < atoms.size() && !atoms.at(end).canBreak)
            width += atoms.at(end++).width;
        const qreal gap = !line.runs.isEmpty() && atoms.at(i).space ? atoms.at(i).face->space : 0;
        if (!line.runs.isEmpty() && line.width + gap + width > maxWidth + 0.01) // not undone by rounding
            finish();
        for (int k = i; k < end; ++k) {
            const Atom &a = atoms.at(k);
            const bool spaced = !line.runs.isEmpty() && a.space;
            if (!line.runs.isEmpty() && line.runs.last().face == a.face) {
                line.runs.last().text += spaced ? QLatin1Char(' ') + a.text : a.text;
            } else {
                line.runs << Run {line.width + (spaced ? a.face->space : 0), a.face, a.text};
            }
            line.width += (spaced ? a.face->space : 0) + a.width;
            line.ascent = std::max(line.ascent, a.face->metrics.ascent());
            line.height = std::max(line.height, a.face->metrics.lineSpacing());
        }
        i = end;
    }
    if (!line.runs.isEmpty() || lines.isEmpty())
        finish();
    return lines;
}

/// Something to paint, in the pixels of the PDF writer.
struct Op
{
    enum class Type { Text, Line, Fill };
    Type type = Type::Text;
    QPointF at;  ///< Text: the baseline's start; Line: from
    QPointF to;  ///< Line: to
    QRectF rect; ///< Fill
    Face *face = nullptr;
    QString text;
};

/// A part of a block that is never split over two pages: one line of text, or one table row.
struct Unit
{
    qreal height = 0;
    QList<Op> ops; ///< relative to the unit's top left
};

struct LaidBlock
{
    qreal before = 0; ///< space above it, left out at the top of a page
    qreal after = 0;
    QList<Unit> units;
    bool header = false; ///< units[0] is a header row, repeated on each page the block continues on
    bool keepWithNext = false;
    int keepUnits = 1; ///< how many units (after the header) must stay with the block before it

    qreal total() const
    {
        qreal h = 0;
        for (const Unit &u : units)
            h += u.height;
        return h;
    }
    qreal start() const
    {
        qreal h = 0;
        for (int i = 0; i < std::min(int(units.size()), keepUnits + (header ? 1 : 0)); ++i)
            h += units.at(i).height;
        return h;
    }
};

void addLines(Unit &unit, const QList<Line> &lines, qreal x, qreal y, qreal width, Qt::Alignment alignment)
{
    for (const Line &line : lines) {
        qreal dx = 0;
        if (alignment == Qt::AlignHCenter)
            dx = (width - line.width) / 2;
        else if (alignment == Qt::AlignRight)
            dx = width - line.width;
        for (const Run &run : line.runs) {
            Op op;
            op.at = QPointF(x + dx + run.x, y + line.ascent);
            op.face = run.face;
            op.text = run.text;
            unit.ops << std::move(op);
        }
        y += line.height;
    }
}

class Layout
{
public:
    Layout(Fonts &fonts, qreal width) : m_fonts(fonts), m_width(width) { }

    LaidBlock lay(const Block &block)
    {
        LaidBlock laid;
        laid.keepWithNext = block.keepWithNext;
        switch (block.kind) {
        case Block::Kind::Title:
            laid.after = m_fonts.px(1);
            break;
        case Block::Kind::Subtitle:
            laid.after = m_fonts.px(6);
            break;
        case Block::Kind::Heading:
            laid.before = m_fonts.px(11);
            laid.after = m_fonts.px(3);
            break;
        case Block::Kind::Table:
            laid.before = m_fonts.px(2);
            laid.after = m_fonts.px(4);
            layTable(block.table, laid);
            return laid;
        default:
            laid.after = m_fonts.px(3);
            break;
        }
        const qreal indent = block.kind == Block::Kind::Bullet ? m_fonts.px(12) : 0;
        laid.keepUnits = 2;
        for (int p = 0; p < block.text.size(); ++p) {
            const QList<Line> lines = linesOf(block.text.at(p), m_width - indent);
            for (int i = 0; i < lines.size(); ++i) {
                Unit unit;
                unit.height = lines.at(i).height;
                addLines(unit, {lines.at(i)}, indent, 0, m_width - indent, Qt::AlignLeft);
                if (indent > 0 && i == 0 && p == 0) {
                    Op bullet;
                    bullet.at = QPointF(m_fonts.px(3), lines.at(i).ascent);
                    bullet.face = m_fonts.face(Style::Body);
                    bullet.text = QStringLiteral("•");
                    unit.ops << bullet;
                }
                laid.units << unit;
            }
        }
        return laid;
    }

private:
    /// The lines of @p paragraph in @p width; set smaller where an unbreakable piece is wider than that.
    QList<Line> linesOf(const Paragraph &paragraph, qreal width)
    {
        QList<Atom> atoms = atomsOf(paragraph, m_fonts, 1.0);
        const qreal widest = measure(atoms).first;
        if (widest > width && widest > 0)
            atoms = atomsOf(paragraph, m_fonts, width / widest * 0.995);
        return breakLines(atoms, width, m_fonts.face(Style::Body));
    }

    void layTable(const Table &table, LaidBlock &laid)
    {
        const int columns = int(
            table.header.isEmpty() ? (table.rows.isEmpty() ? 0 : table.rows.first().size()) : table.header.size());
        if (columns == 0)
            return;
        const qreal pad = m_fonts.px(table.grid ? 2.5 : 1.5);
        const qreal gutter = table.grid ? 0 : m_fonts.px(8); // between the columns of a table without borders
        // The widths each column needs at least (its widest unbreakable piece) and could use (its text on one line).
        QList<qreal> least(columns, 0);
        QList<qreal> most(columns, 0);
        QList<QList<QList<QList<Atom>>>> atoms; // row, column, paragraph
        QList<QList<qreal>> widests;            // row, column: the widest unbreakable piece
        atoms.reserve(table.rows.size() + 1);
        widests.reserve(table.rows.size() + 1);
        // A header stays on one line: its words are short, and a header wrapped in a narrow column is hard to read.
        const auto measureRow = [&](const QList<Cell> &row, bool isHeader) {
            QList<QList<QList<Atom>>> rowAtoms(columns);
            QList<qreal> rowWidests(columns, 0);
            for (int c = 0; c < std::min(columns, int(row.size())); ++c) {
                QList<QList<Atom>> &cellAtoms = rowAtoms[c];
                for (const Paragraph &p : row.at(c)) {
                    cellAtoms << atomsOf(p, m_fonts, 1.0);
                    const auto [widest, total] = measure(cellAtoms.last());
                    rowWidests[c] = std::max(rowWidests[c], widest);
                    least[c] = std::max(least[c], isHeader ? total : widest);
                    most[c] = std::max(most[c], total);
                }
            }
            atoms << rowAtoms;
            widests << rowWidests;
        };
        if (!table.header.isEmpty())
            measureRow(table.header, true);
        for (const QList<Cell> &row : table.rows)
            measureRow(row, false);
        const qreal available = m_width - gutter * (columns - 1);
        QList<qreal> widths(columns, 0);
        qreal sumLeast = 0;
        qreal sumMost = 0;
        for (int c = 0; c < columns; ++c) {
            least[c] += 2 * pad;
            most[c] += 2 * pad;
            sumLeast += least[c];
            sumMost += most[c];
        }
        for (int c = 0; c < columns; ++c) {
            if (table.equalColumns)
                widths[c] = available / columns;
            else if (sumMost <= available)
                widths[c] = table.grid ? most[c] + (available - sumMost) * most[c] / sumMost
                                       : most[c] + (c == columns - 1 ? available - sumMost : 0);
            else if (sumLeast <= available)
                widths[c] = least[c] + (available - sumLeast) * (most[c] - least[c]) / (sumMost - sumLeast);
            else
                widths[c] = least[c] * available / sumLeast;
        }
        QList<qreal> left(columns, 0);
        for (int c = 1; c < columns; ++c)
            left[c] = left[c - 1] + widths[c - 1] + gutter;

        const int rowCount = int(atoms.size());
        const bool header = !table.header.isEmpty();
        laid.header = header;
        for (int r = 0; r < rowCount; ++r) {
            const bool isHeader = header && r == 0;
            const QList<Cell> &row = isHeader ? table.header : table.rows.at(header ? r - 1 : r);
            Unit unit;
            qreal height = 0;
            for (int c = 0; c < columns; ++c) {
                const qreal inner = widths[c] - 2 * pad;
                const Qt::Alignment alignment = c < table.alignment.size() ? table.alignment.at(c) : Qt::AlignLeft;
                qreal y = pad;
                const QList<QList<Atom>> &cellAtoms = atoms.at(r).at(c);
                const qreal widest = widests.at(r).at(c);
                const qreal scale = widest > inner && widest > 0 ? inner / widest * 0.995 : 1.0;
                for (int p = 0; p < cellAtoms.size(); ++p) {
                    const QList<Line> lines
                        = breakLines(scale < 1.0 ? atomsOf(row.at(c).at(p), m_fonts, scale) : cellAtoms.at(p), inner,
                            m_fonts.face(Style::Body, scale));
                    addLines(unit, lines, left[c] + pad, y, inner, alignment);
                    for (const Line &l : lines)
                        y += l.height;
                }
                height = std::max(height, y + pad);
            }
            unit.height = height;
            if (table.grid) {
                if (isHeader) {
                    Op fill;
                    fill.type = Op::Type::Fill;
                    fill.rect = QRectF(0, 0, m_width, height);
                    unit.ops.prepend(fill);
                }
                const auto line = [&unit](QPointF from, QPointF to) {
                    Op op;
                    op.type = Op::Type::Line;
                    op.at = from;
                    op.to = to;
                    unit.ops << op;
                };
                line(QPointF(0, 0), QPointF(m_width, 0));
                line(QPointF(0, height), QPointF(m_width, height));
                for (int c = 0; c <= columns; ++c) {
                    const qreal x = c == columns ? m_width : left[c];
                    line(QPointF(x, 0), QPointF(x, height));
                }
            }
            laid.units << unit;
        }
    }

    Fonts &m_fonts;
    qreal m_width;
};

/// Puts the laid-out blocks on pages of @p height; returns each page's ops.
QList<QList<Op>> paginate(const QList<LaidBlock> &blocks, qreal height)
{
    QList<QList<Op>> pages(1);
    qreal y = 0;
    bool top = true; // nothing on this page yet
    const auto newPage = [&] {
        pages.append(QList<Op>());
        y = 0;
        top = true;
    };
    const auto place = [&](const Unit &unit) {
        for (Op op : unit.ops) {
            op.at.ry() += y;
            op.to.ry() += y;
            op.rect.translate(0, y);
            pages.last() << std::move(op);
        }
        y += unit.height;
        top = false;
    };
    // The height that must fit from the top of block @p i: all of it while it keeps with the next, then the start
    // of the next.
    const auto needed = [&blocks](int i, bool atTop) {
        qreal h = 0;
        for (int k = i; k < blocks.size(); ++k) {
            const LaidBlock &b = blocks.at(k);
            h += (k == i && atTop) ? 0 : b.before;
            if (!b.keepWithNext)
                return h + b.start();
            h += b.total() + b.after;
        }
        return h;
    };
    for (int i = 0; i < blocks.size(); ++i) {
        const LaidBlock &b = blocks.at(i);
        if (!top && y + needed(i, false) > height)
            newPage();
        if (!top)
            y += b.before;
        for (int u = 0; u < b.units.size(); ++u) {
            const Unit &unit = b.units.at(u);
            if (!top && y + unit.height > height) {
                newPage();
                if (b.header && u > 0)
                    place(b.units.first());
            }
            place(unit);
        }
        y += b.after;
    }
    return pages;
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
    static const QList<QLocale::Territory> letterTerritories {QLocale::UnitedStates, QLocale::Canada, QLocale::Mexico,
        QLocale::Chile, QLocale::Colombia, QLocale::Venezuela, QLocale::Guatemala, QLocale::CostaRica, QLocale::Panama,
        QLocale::DominicanRepublic, QLocale::PuertoRico, QLocale::Philippines, QLocale::ElSalvador, QLocale::Nicaragua,
        QLocale::Honduras, QLocale::Belize};
    if (system.measurementSystem() == QLocale::ImperialUSSystem || letterTerritories.contains(system.territory()))
        return QPageSize::Letter;
    return QPageSize::A4;
}

QString PdfExporter::checklistHtml(const Plan &plan, const ExportContext &context)
{
    return htmlOf(checklist(plan, context));
}

ExportResult PdfExporter::render(const Plan &plan, const ExportContext &context) const
{
    ExportResult result;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        // Fonts come from the platform integration, which only a QGuiApplication loads.
        result.problems << ExportProblem {
            Tr::tr("the PDF checklist needs the graphical part of Qt (a QGuiApplication); "
                   "it cannot be written by a program without one"),
            {}, QStringLiteral("format")};
        return result;
    }
    checkExportSettings(context, result.problems);
    if (!result.ok())
        return result;
    // Every page is held in memory until the page count is known: the limits refuse a plan far beyond any catalog's
    // at once; the table formats (csv, json) have none.
    if (plan.rules.size() > maxRules) {
        result.problems << ExportProblem {
            Tr::tr("the plan has %1 rules; a PDF checklist takes at most %2 (export csv or "
                   "json for larger plans)")
                .arg(plan.rules.size())
                .arg(maxRules),
            {}, QStringLiteral("rules")};
        return result;
    }
    const Document doc = checklist(plan, context);
    const qsizetype characters = characterCount(doc);
    if (characters > maxHtmlChars) {
        result.problems << ExportProblem {
            Tr::tr("the checklist's text is %1 characters long; a PDF checklist takes at most "
                   "%2 (export csv or json for larger plans)")
                .arg(characters)
                .arg(maxHtmlChars),
            {}, QStringLiteral("text")};
        return result;
    }

    const QString &lang = context.language;
    result.data.reserve(64 * 1024 + plan.rules.size() * 512); // the writer appends in small pieces
    QBuffer buffer(&result.data);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(pageSizeFor(context)));
    writer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
    writer.setTitle(Tr::tr("Firewall checklist") + QStringLiteral(": ") + planTitle(plan, lang));
    writer.setCreator(QStringLiteral("Firewall Setup Wizard %1").arg(programVersion()));

    Fonts fonts(&writer);
    Face *footer = fonts.face(Style::Small);
    const QRectF paintRect = writer.pageLayout().paintRectPixels(writer.resolution());
    const qreal footerHeight = footer->metrics.height() * 2.2;
    const QSizeF body(paintRect.width(), paintRect.height() - footerHeight);
    Layout layout(fonts, body.width());
    QList<LaidBlock> laid;
    laid.reserve(doc.size());
    for (const Block &block : doc)
        laid << layout.lay(block);
    const QList<QList<Op>> pages = paginate(laid, body.height());

    QPainter painter(&writer);
    const QString footerLeft = planTitle(plan, lang)
        + (context.machineName.isEmpty() ? QString() : QStringLiteral(" · ") + context.machineName)
        + (context.generatedAt.isValid()
                ? QStringLiteral(" · ") + QLocale(lang).toString(context.generatedAt.date(), QLocale::ShortFormat)
                : QString());
    const QPen gridPen(QColor(0x9a, 0x9a, 0x9a), fonts.px(0.6));
    const QColor headerFill(0xe4, 0xe4, 0xe4);
    for (int page = 0; page < pages.size(); ++page) {
        if (page > 0)
            writer.newPage();
        const Face *current = nullptr;
        for (const Op &op : pages.at(page)) {
            switch (op.type) {
            case Op::Type::Fill:
                painter.fillRect(op.rect, headerFill);
                break;
            case Op::Type::Line:
                painter.setPen(gridPen);
                painter.drawLine(op.at, op.to);
                current = nullptr;
                break;
            case Op::Type::Text:
                if (op.face != current) {
                    painter.setFont(op.face->font);
                    painter.setPen(op.face->color);
                    current = op.face;
                }
                painter.drawText(op.at, op.text);
                break;
            }
        }

        painter.setFont(footer->font);
        painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 2));
        const qreal y = body.height() + footer->metrics.height() * 0.6;
        painter.drawLine(QPointF(0, y), QPointF(body.width(), y));
        painter.setPen(Qt::black);
        const QRectF footerRect(0, y + footer->metrics.height() * 0.2, body.width(), footer->metrics.height() * 1.2);
        const QString pageText = Tr::tr("Page %1 of %2").arg(page + 1).arg(pages.size());
        const qreal pageWidth = footer->metrics.horizontalAdvance(pageText) + footer->metrics.height();
        painter.drawText(footerRect.adjusted(0, 0, -pageWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
            footer->metrics.elidedText(footerLeft, Qt::ElideRight, footerRect.width() - pageWidth));
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter, pageText);
    }
    painter.end();
    buffer.close();
    return result;
}

} // namespace fw
