#include "CheckPanel.h"

#include "ProbeResultsModel.h"
#include "RunControls.h"
#include "ServerAddressField.h"
#include "Widgets.h"
#include "WizardState.h"
#include "catalog/Product.h"
#include "probe/CheckSession.h"
#include "probe/ProbeEngine.h"
#include "system/Tr.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fw {

Q_LOGGING_CATEGORY(lcCheck, "fw.wizard.connectivity")

namespace {

/// The texts keep the page's translation context: they were the page's before the panel was split off.
namespace Tr {
FW_TR_CONTEXT(fw::ConnectivityPage)
}

const QList<int> timeoutChoices = {1000, 2000, 4000, 10000, 30000};

} // namespace

struct CheckPanel::Ui
{
    ServerAddressField *address = nullptr;
    RunControls run; ///< the timeout, Start (or Retry) and Cancel
    QProgressBar *progress = nullptr;
    QLabel *progressText = nullptr;
    QTableView *results = nullptr;
    QLabel *advice = nullptr;
    QPushButton *copy = nullptr;
    QLabel *unprobed = nullptr;
};

CheckPanel::CheckPanel(WizardState &state, CheckSession *session, QWidget *parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui>())
    , m_state(state)
    , m_session(session)
    , m_model(new ProbeResultsModel(this))
{
    setObjectName(QStringLiteral("connectivityCheckBox"));
    connect(m_session->engine(), &ProbeEngine::resultReady, this, &CheckPanel::onResult);
    connect(m_session->engine(), &ProbeEngine::progress, this, &CheckPanel::updateProgressText);
    connect(m_session->engine(), &ProbeEngine::finished, this, &CheckPanel::onFinished);

    auto *layout = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    m_ui->address = new ServerAddressField(grid, this);
    m_ui->run = RunControls(this,
        {QStringLiteral("connectivityTimeoutCombo"), QStringLiteral("connectivityStartButton"),
            QStringLiteral("connectivityCancelButton")},
        timeoutChoices, ProbeEngine::defaultTimeout());
    m_ui->run.choice()->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    grid->addWidget(m_ui->run.label(), 3, 0);
    grid->addLayout(m_ui->run.choiceRow(), 3, 1);
    grid->addLayout(m_ui->run.buttonRow(), 4, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    auto *pRow = new QHBoxLayout;
    m_ui->progress = new QProgressBar(this);
    m_ui->progress->setObjectName(QStringLiteral("connectivityProgress"));
    m_ui->progress->setTextVisible(false);
    m_ui->progress->setMaximumWidth(200);
    m_ui->progressText = wrappingLabel(this, QStringLiteral("connectivityProgressText"));
    pRow->addWidget(m_ui->progress);
    pRow->addWidget(m_ui->progressText, 1);
    layout->addLayout(pRow);
    m_ui->results = new QTableView(this);
    QTableView *table = m_ui->results;
    table->setObjectName(QStringLiteral("connectivityResults"));
    table->setModel(m_model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(ProbeResultsModel::HostColumn, QHeaderView::Stretch);
    table->setMinimumHeight(140);
    layout->addWidget(table, 1);
    m_ui->advice = wrappingLabel(this, QStringLiteral("connectivityAdvice"));
    m_ui->advice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ui->advice->setMinimumHeight(m_ui->advice->fontMetrics().lineSpacing() * 3);
    m_ui->advice->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_ui->advice);
    auto *bRow = new QHBoxLayout;
    m_ui->copy = button(this, QStringLiteral("connectivityCopyButton"), QStyle::SP_FileIcon);
    bRow->addWidget(m_ui->copy);
    bRow->addStretch(1);
    layout->addLayout(bRow);
    m_ui->unprobed = wrappingLabel(this, QStringLiteral("connectivityUnprobed"));
    layout->addWidget(m_ui->unprobed);

    connect(m_ui->address->edit(), &QLineEdit::textChanged, this, [this] {
        validateAddress();
        updateTargets();
        updateButtons();
    });
    connect(m_ui->address, &ServerAddressField::enterPressed, this, &CheckPanel::start);
    connect(m_ui->run.start(), &QPushButton::clicked, this, &CheckPanel::start);
    connect(m_ui->run.stop(), &QPushButton::clicked, m_session, &CheckSession::cancel);
    connect(m_ui->copy, &QPushButton::clicked, this, [this] {
        if (m_model->rowCount() > 0)
            QApplication::clipboard()->setText(m_model->plainText());
    });
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CheckPanel::updateAdvice);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CheckPanel::updateAdvice);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CheckPanel::updateAdvice);
}

// The session may go first (a sibling under the page); Qt drops the connections either way.
CheckPanel::~CheckPanel() = default;

void CheckPanel::retranslate()
{
    setTitle(isServerRole() ? Tr::tr("Outbound destinations") : Tr::tr("Test from this client"));
    m_ui->address->retranslate();
    m_ui->run.label()->setText(Tr::tr("&Timeout per probe:"));
    m_ui->run.choice()->setAccessibleName(Tr::tr("Timeout per probe"));
    m_ui->run.setChoiceTexts([](int millis) {
        const QString seconds = QLocale().toString(millis / 1000.0, 'g', 3);
        return millis == ProbeEngine::defaultTimeout()
            //: a timeout in seconds, the one chosen unless the admin changes it
            ? Tr::tr("%1 s (default)").arg(seconds)
            : Tr::tr("%1 s").arg(seconds);
    });
    m_ui->run.stop()->setText(Tr::tr("&Cancel test"));
    m_ui->results->setAccessibleName(Tr::tr("Results of the test"));
    m_ui->copy->setText(Tr::tr("Cop&y results"));
    m_ui->advice->setAccessibleName(Tr::tr("What the selected result means and what to do"));
    if (!m_session->isRunning())
        m_model->setAdvice(m_session->advice(m_state.language()), m_session->results());
    m_model->retranslate();
    validateAddress();
    updateButtons();
    updateProgressText();
    updateAdvice();
    updateUnprobedText();
}

void CheckPanel::refresh()
{
    if (!m_session->isRunning())
        m_ui->address->prefill(serverValue());
    m_ui->address->setShown(!isServerRole());
    validateAddress();
    updateTargets();
}

void CheckPanel::clear()
{
    m_model->clear();
}

bool CheckPanel::hasContent() const
{
    return !isServerRole() || !m_set.targets.isEmpty() || m_model->rowCount() > 0;
}

QString CheckPanel::serverValue() const
{
    const Product *product = m_state.product();
    return product ? m_state.value(product->serverValueId()) : QString();
}

bool CheckPanel::isServerRole() const
{
    return m_state.selection().role == QLatin1String("server");
}

bool CheckPanel::addressValid() const
{
    return isServerRole() || m_ui->address->problem().isEmpty();
}

void CheckPanel::validateAddress()
{
    m_ui->address->validate(!isServerRole(), serverValue().trimmed());
}

void CheckPanel::updateTargets()
{
    Plan plan;
    SelectionProblems problems;
    if (!m_state.resolve(plan, problems)) {
        m_set = ProbeSet();
        return;
    }
    const QString server = isServerRole() || !m_ui->address->problem().isEmpty() ? QString() : m_ui->address->text();
    if (!m_session->isRunning()) {
        m_session->setPlan(plan, m_state.product());
        m_session->setServer(server);
    }
    m_set = probeTargets(plan, server, m_state.product());
    // Without an address nothing is tested: the server's ports are the point of a client's test.
    if (!isServerRole() && server.isEmpty())
        m_set.targets.clear();
    updateUnprobedText();
}

void CheckPanel::updateButtons()
{
    const bool running = m_session->isRunning();
    m_ui->run.setRunning(running, addressValid() && !m_set.targets.isEmpty());
    m_ui->run.start()->setText(
        m_session->phase() == CheckSession::Phase::Idle ? Tr::tr("&Start test") : Tr::tr("&Retry"));
    m_ui->address->edit()->setReadOnly(running);
    m_ui->copy->setEnabled(m_model->rowCount() > 0);
}

void CheckPanel::updateProgressText()
{
    const CheckSession::Phase phase = m_session->phase();
    const int done = m_session->doneCount();
    const int total = m_session->totalCount();
    m_ui->progress->setVisible(phase == CheckSession::Phase::Running);
    m_ui->progress->setRange(0, std::max(1, total));
    m_ui->progress->setValue(done);
    QString text;
    if (phase == CheckSession::Phase::Running) {
        //: progress of a running connectivity test
        text = Tr::tr("Probes answered: %1 of %2").arg(done).arg(total);
    } else if (phase == CheckSession::Phase::Idle) {
        if (!isServerRole() && m_ui->address->text().isEmpty())
            text = Tr::tr("Enter the server's address to test its ports.");
        else if (m_set.targets.isEmpty() && addressValid())
            text = Tr::tr("This plan has nothing that can be tested from here.");
        else if (addressValid())
            text = Tr::tr("Probes to run: %1. Each may take up to the timeout; they all run at once.")
                       .arg(m_set.targets.size());
    } else {
        const CheckSummary summary = m_session->summary();
        const qint64 millis = m_session->millis();
        const QString time = millis < 1000 ? Tr::tr("%1 ms").arg(millis)
                                           : Tr::tr("%1 s").arg(QLocale().toString(millis / 1000.0, 'f', 1));
        text = phase == CheckSession::Phase::Cancelled
            ? Tr::tr("Cancelled after %1 of %2 probes. %3").arg(done).arg(total).arg(summary.sentence())
            : Tr::tr("Done in %1. %2").arg(time, summary.sentence());
        if (summary.passed() && phase == CheckSession::Phase::Done)
            text += QLatin1Char(' ') + Tr::tr("Nothing is blocked.");
        else if (summary.blocked() > 0 && !m_ui->results->selectionModel()->currentIndex().isValid())
            text += QLatin1Char(' ') + Tr::tr("Select a row to see what it means and what to do.");
    }
    m_ui->progressText->setText(text);
}

void CheckPanel::updateAdvice()
{
    const QModelIndex current = m_ui->results->selectionModel()->currentIndex();
    if (current.isValid())
        m_ui->advice->setText(m_model->index(current.row(), 0).data(ProbeResultsModel::AdviceRole).toString());
    else
        m_ui->advice->setText(
            m_model->rowCount() > 0 ? Tr::tr("Select a row to see what it means and what to do.") : QString());
}

void CheckPanel::updateUnprobedText()
{
    int noHost = 0;
    int noPorts = 0;
    for (const UnprobedRule &u : std::as_const(m_set.unprobed)) {
        noHost += u.reason == UnprobedRule::Reason::NoHost ? 1 : 0;
        noPorts += u.reason == UnprobedRule::Reason::NoPorts ? 1 : 0;
    }
    QStringList parts;
    if (noHost > 0)
        parts << Tr::tr("rules to the internet, the LAN or any host, with no host named to test: %1").arg(noHost);
    if (noPorts > 0)
        parts << Tr::tr("program rules without ports: %1").arg(noPorts);
    if (m_set.omitted > 0)
        parts << Tr::tr("ports beyond the %1 one test probes: %2").arg(maxProbeTargets()).arg(m_set.omitted);
    m_ui->unprobed->setText(
        parts.isEmpty() ? QString() : Tr::tr("Not tested: %1.").arg(parts.join(QStringLiteral("; "))));
    m_ui->unprobed->setVisible(!parts.isEmpty());
}

void CheckPanel::start()
{
    if (!m_ui || m_session->isRunning())
        return;
    validateAddress();
    updateTargets();
    m_session->setTimeout(m_ui->run.chosen());
    if (!addressValid() || m_set.targets.isEmpty() || !m_session->start()) {
        m_ui->address->edit()->setFocus();
        updateButtons();
        updateProgressText();
        return;
    }
    m_model->setTargets(m_session->checkedTargets());
    qCInfo(lcCheck).noquote() << QStringLiteral("check: %1 probes, server %2, timeout %3 ms")
                                     .arg(m_session->totalCount())
                                     .arg(m_session->checkedServer())
                                     .arg(m_session->timeout());
    updateButtons();
    updateProgressText();
    // The focus was on Start, now disabled: Cancel is the next thing one may want.
    m_ui->run.stop()->setFocus();
}

void CheckPanel::onResult(const ProbeResult &r)
{
    qCInfo(lcCheck).noquote() << QStringLiteral("check: %1 %2 %3 -> %4 (%5, %6 ms) %7")
                                     .arg(r.target.host, protocolId(r.target.protocol))
                                     .arg(r.target.port)
                                     .arg(probeStatusId(r.status), probeEvidenceId(r.evidence))
                                     .arg(r.millis)
                                     .arg(r.detail);
    m_model->setResult(r);
}

void CheckPanel::onFinished(bool cancelled)
{
    if (cancelled)
        m_model->markCancelled();
    m_model->setAdvice(m_session->advice(m_state.language()), m_session->results());
    // Show the advice of the first blocked row at once, unless the admin already picked one.
    for (int row = 0; row < m_model->rowCount() && !m_ui->results->selectionModel()->currentIndex().isValid(); ++row) {
        if (probeBlocked(m_model->resultAt(row).status))
            m_ui->results->selectRow(row);
    }
    updateButtons();
    updateProgressText();
    updateAdvice();
    if (!m_ui->run.start()->hasFocus() && m_ui->run.start()->isEnabled() && m_ui->run.stop()->hasFocus())
        m_ui->run.start()->setFocus();
}

} // namespace fw
