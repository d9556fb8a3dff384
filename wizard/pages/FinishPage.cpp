#include "FinishPage.h"

#include "PageId.h"
#include "WizardState.h"
#include "catalog/Catalog.h"
#include "plan/PlanText.h"

#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fw {

struct FinishPage::Ui
{
    QLabel *intro = nullptr;
    QTextBrowser *summary = nullptr;
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

int FinishPage::nextId() const
{
    return toInt(PageId::Invalid);
}

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
}

void FinishPage::retranslateUi()
{
    setTitle(tr("Finished"));
    setSubTitle(tr("A summary of what you chose and what was done. The wizard remembers your choices for next "
                   "time."));
    if (!m_ui)
        return;
    m_ui->intro->setText(tr("Keep this summary with your records, or select it and copy it."));
    m_ui->summary->setAccessibleName(tr("Summary"));
}

void FinishPage::refresh()
{
    if (!m_ui)
        return;
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
    html += QStringLiteral("<h3>%1</h3><table>").arg(tr("What you chose").toHtmlEscaped());
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
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>").arg(tr("The plan").toHtmlEscaped());
    if (resolved) {
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
        html += QStringLiteral("</ul>");
    } else {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("The choices are not complete, so there is no plan.").toHtmlEscaped());
    }

    html += QStringLiteral("<h3>%1</h3>").arg(tr("What was done").toHtmlEscaped());
    const ProbeResults &results = state().checkResults();
    if (!results.isEmpty()) {
        int open = 0;
        for (const ProbeResult &r : results)
            open += r.status == ProbeStatus::Open ? 1 : 0;
        html
            += QStringLiteral("<p>%1</p>")
                   .arg(
                       tr("Connectivity test: %1 of %2 ports answered.").arg(open).arg(results.size()).toHtmlEscaped());
    }
    if (!state().appliedSummary().isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const QString &line : state().appliedSummary())
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (results.isEmpty() && state().appliedSummary().isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Nothing was tested or changed on this computer. To put the rules in place, go Back to "
                            "the Export page: save them as a script or file for whoever manages your firewall, or "
                            "apply them on this computer there.")
                             .toHtmlEscaped());
    }
    m_ui->summary->setHtml(html);
}

} // namespace fw
