#include "CheckPanel.h"

#include "ProbeResultsModel.h"
#include "WizardState.h"
#include "catalog/Product.h"
#include "catalog/ValueCheck.h"
#include "probe/CheckSession.h"
#include "probe/ProbeEngine.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace fw {

Q_LOGGING_CATEGORY(lcCheck, "fw.wizard.connectivity")

namespace {

/// The texts keep the page's translation context: they were the page's before the panel was split off.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(fw::ConnectivityPage)
};

const int timeoutChoices[] = {1000, 2000, 4000, 10000, 30000};

QLabel *wrappingLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

QPushButton *button(QWidget *parent, const QString &objectName, QStyle::StandardPixmap icon)
{
    auto *b = new QPushButton(parent->style()->standardIcon(icon), QString(), parent);
    b->setObjectName(objectName);
    return b;
}

} // namespace

struct CheckPanel::Ui
{
    QLabel *addressLabel = nullptr;
    QLineEdit *address = nullptr;
    QLabel *addressError = nullptr;
    QLabel *addressNote = nullptr;
    QLabel *timeoutLabel = nullptr;
    QComboBox *timeout = nullptr;
    QPushButton *start = nullptr;
    QPushButton *cancel = nullptr;
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
    connect(m_session, &CheckSession::resultReady, this, &CheckPanel::onResult);
    connect(m_session, &CheckSession::progress, this, &CheckPanel::updateProgressText);
    connect(m_session, &CheckSession::finished, this, &CheckPanel::onFinished);

    auto *layout = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    m_ui->addressLabel = new QLabel(this);
    m_ui->address = new QLineEdit(this);
    m_ui->address->setObjectName(QStringLiteral("connectivityServerEdit"));
    m_ui->address->setClearButtonEnabled(true);
    m_ui->address->installEventFilter(this);
    m_ui->addressLabel->setBuddy(m_ui->address);
    grid->addWidget(m_ui->addressLabel, 0, 0);
    grid->addWidget(m_ui->address, 0, 1);
    m_ui->addressError = wrappingLabel(this, QStringLiteral("connectivityServerError"));
    m_ui->addressError->hide();
    grid->addWidget(m_ui->addressError, 1, 1);
    m_ui->addressNote = wrappingLabel(this, QStringLiteral("connectivityServerNote"));
    m_ui->addressNote->hide();
    grid->addWidget(m_ui->addressNote, 2, 1);
    m_ui->timeoutLabel = new QLabel(this);
    m_ui->timeout = new QComboBox(this);
    m_ui->timeout->setObjectName(QStringLiteral("connectivityTimeoutCombo"));
    m_ui->timeout->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ui->timeoutLabel->setBuddy(m_ui->timeout);
    for (int millis : timeoutChoices)
        m_ui->timeout->addItem(QString(), millis);
    m_ui->timeout->setCurrentIndex(m_ui->timeout->findData(ProbeEngine::defaultTimeout()));
    grid->addWidget(m_ui->timeoutLabel, 3, 0);
    auto *tRow = new QHBoxLayout;
    tRow->addWidget(m_ui->timeout);
    m_ui->start = button(this, QStringLiteral("connectivityStartButton"), QStyle::SP_MediaPlay);
    m_ui->cancel = button(this, QStringLiteral("connectivityCancelButton"), QStyle::SP_MediaStop);
    tRow->addWidget(m_ui->start);
    tRow->addWidget(m_ui->cancel);
    tRow->addStretch(1);
    grid->addLayout(tRow, 3, 1);
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

    connect(m_ui->address, &QLineEdit::textChanged, this, [this] {
        validateAddress();
        updateTargets();
        updateButtons();
    });
    connect(m_ui->start, &QPushButton::clicked, this, &CheckPanel::start);
    connect(m_ui->cancel, &QPushButton::clicked, m_session, &CheckSession::cancel);
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
    m_ui->addressLabel->setText(Tr::tr("Server a&ddress:"));
    m_ui->address->setAccessibleName(Tr::tr("Server address"));
    m_ui->address->setPlaceholderText(Tr::tr("host name or IP address"));
    m_ui->timeoutLabel->setText(Tr::tr("&Timeout per probe:"));
    m_ui->timeout->setAccessibleName(Tr::tr("Timeout per probe"));
    for (int i = 0; i < m_ui->timeout->count(); ++i) {
        const int millis = m_ui->timeout->itemData(i).toInt();
        const QString seconds = QLocale().toString(millis / 1000.0, 'g', 3);
        m_ui->timeout->setItemText(i,
            millis == ProbeEngine::defaultTimeout()
                //: a timeout in seconds, the one chosen unless the admin changes it
                ? Tr::tr("%1 s (default)").arg(seconds)
                : Tr::tr("%1 s").arg(seconds));
    }
    m_ui->cancel->setText(Tr::tr("&Cancel test"));
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
    const QString value = serverValue();
    if (value != m_prefilled && !m_session->isRunning()) {
        m_prefilled = value;
        m_ui->address->setText(value);
    }
    m_ui->addressLabel->setVisible(!isServerRole());
    m_ui->address->setVisible(!isServerRole());
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

bool CheckPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the address field starts the test instead of pressing the wizard's default button (Next).
    if (watched == m_ui->address && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            start();
            return true;
        }
    }
    return QGroupBox::eventFilter(watched, event);
}
bool CheckPanel::addressValid() const
{
    return isServerRole() || m_addressError.isEmpty();
}

void CheckPanel::validateAddress()
{
    const QString text = m_ui->address->text().trimmed();
    QString detail;
    const ValueReason reason = validateHost(text, &detail);
    m_addressError = reason == ValueReason::Invalid ? QString() : valueReasonText(reason, text, detail);
    // An empty field is not an error yet, only a reason not to start.
    const bool show = !isServerRole() && !m_addressError.isEmpty() && !text.isEmpty();
    m_ui->addressError->setText(show ? Tr::tr("Cannot test this address: %1").arg(m_addressError) : QString());
    m_ui->addressError->setVisible(show);
    // Typing here changes the test, not the plan: say so, so that a corrected typo is not left in the exports.
    const QString planned = serverValue().trimmed();
    const bool differs = !isServerRole() && m_addressError.isEmpty() && !planned.isEmpty() && text != planned;
    m_ui->addressNote->setText(differs ? Tr::tr("The plan's rules name the server %1; this test uses %2. To change the "
                                                "plan, go back to the options.")
                                             .arg(planned, text)
                                       : QString());
    m_ui->addressNote->setVisible(differs);
}

void CheckPanel::updateTargets()
{
    Plan plan;
    SelectionProblems problems;
    if (!m_state.resolve(plan, problems)) {
        m_set = ProbeSet();
        return;
    }
    const QString server = isServerRole() || !m_addressError.isEmpty() ? QString() : m_ui->address->text().trimmed();
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
    m_ui->start->setEnabled(!running && addressValid() && !m_set.targets.isEmpty());
    m_ui->start->setText(m_session->phase() == CheckSession::Phase::Idle ? Tr::tr("&Start test") : Tr::tr("&Retry"));
    m_ui->cancel->setEnabled(running);
    m_ui->address->setReadOnly(running);
    m_ui->timeout->setEnabled(!running);
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
        if (!isServerRole() && m_ui->address->text().trimmed().isEmpty())
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
    m_session->setTimeout(m_ui->timeout->currentData().toInt());
    if (!addressValid() || m_set.targets.isEmpty() || !m_session->start()) {
        m_ui->address->setFocus();
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
    m_ui->cancel->setFocus();
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
    if (!m_ui->start->hasFocus() && m_ui->start->isEnabled() && m_ui->cancel->hasFocus())
        m_ui->start->setFocus();
}

} // namespace fw
