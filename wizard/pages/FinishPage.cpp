#include "FinishPage.h"

#include "Desktop.h"
#include "Widgets.h"
#include "WizardState.h"
#include "catalog/Catalog.h"
#include "export/PdfExporter.h"
#include "plan/PlanText.h"
#include "probe/CheckSummary.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace fw {

Q_LOGGING_CATEGORY(lcFinish, "fw.wizard.finish")

namespace {

/// A step in plain words and, where there is one, the command to type (shown on a line of its own that never
/// breaks, so that "firewall-wizard" or "-f" is never split and a copy gives exactly the command).
struct Step
{
    QString text;
    QString command;
};

QString stepHtml(const Step &step)
{
    QString html = QStringLiteral("<li>%1").arg(step.text.toHtmlEscaped());
    if (!step.command.isEmpty())
        html += QStringLiteral("<pre>%1</pre>").arg(step.command.toHtmlEscaped());
    return html + QStringLiteral("</li>");
}

/// True when @p name needs no quotes in sh, cmd.exe or PowerShell (the names the Export page suggests never do).
bool isPlainWord(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._+-]+$"));
    return plain.match(name).hasMatch();
}

/// @p name as one argument for sh.
QString shWord(const QString &name)
{
    if (isPlainWord(name))
        return name;
    return QLatin1Char('\'') + QString(name).replace(QLatin1String("'"), QLatin1String("'\\''")) + QLatin1Char('\'');
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3>%1</h3>").arg(text.toHtmlEscaped());
}

} // namespace

struct FinishPage::Ui
{
    QLabel *intro = nullptr;
    QTextBrowser *summary = nullptr;
    QWidget *savedBox = nullptr;
    QLabel *savedHeading = nullptr;
    QVBoxLayout *savedRows = nullptr;
    QList<QWidget *> rows; ///< one per folder: its name, the files saved there and Open folder
    QPushButton *print = nullptr;
};

FinishPage::FinishPage(WizardState &state, QWidget *parent) : PageBase(state, Scrolling::NoScroll, parent)
{
    setObjectName(QStringLiteral("finishPage"));
    connect(&state, &WizardState::resultsChanged, this, [this] {
        if (isBuilt())
            refresh();
    });
}

FinishPage::~FinishPage() = default;

void FinishPage::buildUi(QVBoxLayout *layout)
{
    m_ui = std::make_unique<Ui>();
    m_ui->intro = new QLabel(this);
    m_ui->intro->setWordWrap(true);
    layout->addWidget(m_ui->intro);
    m_ui->summary = new QTextBrowser(this);
    m_ui->summary->setObjectName(QStringLiteral("summaryView"));
    m_ui->summary->setOpenLinks(false);
    layout->addWidget(m_ui->summary, 1);

    m_ui->savedBox = new QWidget(this);
    m_ui->savedBox->setObjectName(QStringLiteral("savedFilesBox"));
    m_ui->savedRows = new QVBoxLayout(m_ui->savedBox);
    m_ui->savedRows->setContentsMargins(0, 0, 0, 0);
    m_ui->savedHeading = new QLabel(m_ui->savedBox);
    QFont bold = m_ui->savedHeading->font();
    bold.setBold(true);
    m_ui->savedHeading->setFont(bold);
    m_ui->savedRows->addWidget(m_ui->savedHeading);
    layout->addWidget(m_ui->savedBox);

    auto *buttons = new QHBoxLayout;
    m_ui->print = plainButton(this, QStringLiteral("printChecklistButton"));
    buttons->addWidget(m_ui->print);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_ui->print, &QPushButton::clicked, this, [this] { printChecklist(); });
}

void FinishPage::retranslateUi()
{
    setTitle(tr("Finished"));
    setSubTitle(tr("What was tested, saved and applied, and what is left to do. The wizard remembers your choices "
                   "for next time."));
    if (!m_ui)
        return;
    m_ui->intro->setText(tr("Keep this summary with your records, or select it and copy it."));
    m_ui->summary->setAccessibleName(tr("Summary"));
    m_ui->savedHeading->setText(tr("Files saved"));
    m_ui->print->setText(tr("&Print checklist…"));
    m_ui->print->setToolTip(tr("Print the checklist with every rule, the test results and a sign-off line."));
}

void FinishPage::refresh()
{
    if (!m_ui)
        return;
    QString html = heading(tr("What was done"));
    html += QStringLiteral("<p>%1</p>").arg(summarizeChecks(state().checkResults()).sentence().toHtmlEscaped());
    if (!state().appliedSummary().isEmpty()) {
        html += QStringLiteral("<p>%1</p><ul>").arg(tr("On this computer:").toHtmlEscaped());
        for (const QString &line : state().appliedSummary())
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!state().savedFiles().isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Files saved: %1 (listed below, each folder with Open folder).")
                             .arg(state().savedFiles().size())
                             .toHtmlEscaped());
    }
    html += heading(tr("Next steps")) + nextStepsHtml() + choicesHtml();
    m_ui->summary->setHtml(html);
    showSavedFiles();
    Plan plan;
    SelectionProblems problems;
    m_ui->print->setEnabled(state().resolve(plan, problems));
}

void FinishPage::showSavedFiles()
{
    qDeleteAll(m_ui->rows);
    m_ui->rows.clear();
    // By folder, in the order they were first saved to.
    QStringList folders;
    QMap<QString, QStringList> names;
    for (const WizardState::SavedFile &file : state().savedFiles()) {
        const QFileInfo info(file.path);
        const QString folder = info.absolutePath();
        if (!folders.contains(folder))
            folders << folder;
        names[folder] << info.fileName();
    }
    for (const QString &folder : std::as_const(folders)) {
        auto *row = new QWidget(m_ui->savedBox);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(row);
        label->setObjectName(QStringLiteral("savedFolderLabel"));
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setText(QStringLiteral("<b>%1</b><br/>%2")
                           .arg(QDir::toNativeSeparators(folder).toHtmlEscaped(),
                               names.value(folder).join(QStringLiteral(", ")).toHtmlEscaped()));
        QPushButton *open = plainButton(row, QStringLiteral("openFolderButton"));
        open->setText(tr("Open folder"));
        //: accessible name of the button that opens a folder in the file manager; %1 is the folder
        open->setAccessibleName(tr("Open folder %1").arg(QDir::toNativeSeparators(folder)));
        rowLayout->addWidget(label, 1);
        rowLayout->addWidget(open, 0, Qt::AlignTop);
        connect(open, &QPushButton::clicked, this, [this, folder] {
            qCInfo(lcFinish, "open folder %s", qPrintable(folder));
            if (!desktop::openUrl(QUrl::fromLocalFile(folder)))
                desktop::message(this, desktop::MessageKind::Warning, tr("Open folder"),
                    tr("%1 could not be opened: no file manager answered. Open it by hand.")
                        .arg(QDir::toNativeSeparators(folder)));
        });
        m_ui->savedRows->addWidget(row);
        m_ui->rows << row;
    }
    m_ui->savedBox->setVisible(!folders.isEmpty());
}

QString FinishPage::nextStepsHtml() const
{
    const QString role = state().selection().role;
    //: where a saved script is run: the machine the plan is for (a server) or every client of it
    const QString where = role == QLatin1String("server") ? tr("the server") : tr("each client computer");
    QList<Step> steps;
    QStringList seen;
    for (const WizardState::SavedFile &file : state().savedFiles()) {
        if (seen.contains(file.format))
            continue; // one step per format: the same file saved again (or elsewhere) needs doing once
        seen << file.format;
        const QString name = QFileInfo(file.path).fileName();
        const QString &f = file.format;
        if (f == QLatin1String("powershell")) {
            steps << Step {tr("On %1, run %2 in PowerShell opened with \"Run as administrator\"; add -WhatIf first "
                              "to see what it would change.")
                               .arg(where, name),
                isPlainWord(name) ? QStringLiteral(".\\%1 -WhatIf").arg(name)
                                  : QStringLiteral("& '.\\%1' -WhatIf")
                                        .arg(QString(name).replace(QLatin1String("'"), QLatin1String("''")))};
        } else if (f == QLatin1String("netsh")) {
            steps << Step {tr("On %1, run %2 in a Command Prompt opened with \"Run as administrator\"; run it with "
                              "/undo to remove its rules again.")
                               .arg(where, name),
                isPlainWord(name) ? name : QLatin1Char('"') + name + QLatin1Char('"')};
        } else if (f == QLatin1String("nftables")) {
            steps << Step {
                tr("On %1, load %2 as root:").arg(where, name), QStringLiteral("sudo nft -f %1").arg(shWord(name))};
        } else if (f == QLatin1String("iptables")) {
            steps << Step {tr("On %1, load %2 as root:").arg(where, name),
                QStringLiteral("sudo iptables-restore --noflush < %1").arg(shWord(name))};
        } else if (f == QLatin1String("firewalld") || f == QLatin1String("ufw")) {
            steps << Step {
                tr("On %1, run %2 as root:").arg(where, name), QStringLiteral("sudo sh %1").arg(shWord(name))};
        } else if (f == QLatin1String("ansible")) {
            steps << Step {tr("Run the playbook %1 against %2, or hand it to whoever runs Ansible:").arg(name, where),
                QStringLiteral("ansible-playbook %1").arg(shWord(name))};
        } else if (f == QLatin1String("csv")) {
            steps << Step {tr("Hand %1 to the team that runs the network firewall: it lists every rule for their "
                              "change request.")
                               .arg(name),
                {}};
        } else if (f == QLatin1String("json")) {
            steps << Step {
                tr("%1 holds the plan for other programs, such as an inventory or a change system.").arg(name), {}};
        } else if (f == QLatin1String("pdf")) {
            steps << Step {tr("Print the checklist %1 (or use Print checklist below), tick each rule once it is in "
                              "place, and sign it.")
                               .arg(name),
                {}};
        }
    }
    if (state().savedFiles().isEmpty() && state().appliedSummary().isEmpty())
        steps << Step {tr("Nothing was saved or applied yet. Go Back to the Export page to save the rules for whoever "
                          "manages your firewall, or to apply them on this computer."),
            {}};
    if (!state().appliedSummary().isEmpty())
        steps << Step {tr("To remove again what this wizard applied on this computer:"),
            QStringLiteral("sudo firewall-wizard revert")};
    if (!summarizeChecks(state().checkResults()).passed())
        steps << Step {
            tr("Once the rules are in place, test the connections again on the Test connectivity page."), {}};
    QString html = QStringLiteral("<ul>");
    for (const Step &step : std::as_const(steps))
        html += stepHtml(step);
    return html + QStringLiteral("</ul>");
}

QString FinishPage::choicesHtml() const
{
    const QString lang = language();
    Plan plan;
    SelectionProblems problems;
    const bool resolved = state().resolve(plan, problems);
    const Product *product = state().product();
    const Selection s = state().selection();

    QString html;
    const auto row = [&html](const QString &name, const QString &value) {
        html += QStringLiteral("<tr><td style=\"padding-right: 12px;\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    html += heading(tr("What you chose")) + QStringLiteral("<table>");
    if (product) {
        row(tr("Product"), QStringLiteral("%1 (%2)").arg(product->name.in(lang), product->vendor));
        if (const VersionDef *v = product->version(s.version))
            row(tr("Version"), v->label);
        if (const ChoiceDef *r = product->role(s.role))
            row(tr("Role"), r->label.in(lang));
        if (const ChoiceDef *d = product->deployment(s.deployment))
            row(tr("Deployment"), d->label.in(lang));
        QStringList options;
        for (const QString &id : s.options) {
            if (const OptionDef *o = product->option(id))
                options << o->label.in(lang);
        }
        row(tr("Options"), options.isEmpty() ? tr("none") : options.join(QStringLiteral(", ")));
        const QMap<QString, QString> values = resolved ? plan.selection.values : s.values;
        for (const ValueDef &v : product->values) {
            if (values.contains(v.id))
                row(v.label.in(lang), values.value(v.id));
        }
    }
    html += QStringLiteral("</table>") + heading(tr("The plan"));
    if (!resolved)
        return html
            + QStringLiteral("<p>%1</p>").arg(tr("The choices are not complete, so there is no plan.").toHtmlEscaped());
    int derived = 0;
    for (const PlanRule &r : std::as_const(plan.rules))
        derived += r.derived ? 1 : 0;
    // Counts stand after a colon, so that no plural forms are needed (English has no translation file).
    QStringList items {planTitle(plan, lang), tr("Rules for the firewall: %1").arg(plan.rules.size())};
    if (derived > 0)
        items << tr("Of these, derived and not the vendor's own statement: %1").arg(derived);
    items << tr("Programs to allow to send and receive: %1").arg(plan.executables.size())
          << tr("Notes and advice: %1").arg(plan.notes.size());
    html += QStringLiteral("<ul>");
    for (const QString &item : std::as_const(items))
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

bool FinishPage::printChecklist()
{
    Plan plan;
    SelectionProblems problems;
    if (!state().resolve(plan, problems))
        return false;
    ExportContext context;
    context.language = state().language();
    context.generatedAt = QDateTime::currentDateTime();
    context.machineName = QSysInfo::machineHostName();
    context.checkResults = state().checkResults();
    context.appliedSummary = state().appliedSummary();
    QPrinter printer(QPrinter::HighResolution);
    //: the print job's name; %1 is the plan's title ("Palisade network software 8.x, License server")
    printer.setDocName(tr("Firewall checklist: %1").arg(planTitle(plan, context.language)));
    if (!desktop::printDialog(this, &printer)) {
        qCInfo(lcFinish, "printing cancelled");
        return false;
    }
    QTextDocument document;
    document.setHtml(PdfExporter::checklistHtml(plan, context));
    document.print(&printer);
    qCInfo(lcFinish, "checklist printed: %s", qPrintable(printer.docName()));
    return true;
}

} // namespace fw
