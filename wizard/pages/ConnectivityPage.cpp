#include "ConnectivityPage.h"

#include "PageId.h"
#include "ProbeResultsModel.h"
#include "WizardState.h"
#include "apply/AppliedRecord.h"
#include "catalog/Catalog.h"
#include "catalog/ValueCheck.h"
#include "plan/PlanText.h"
#include "probe/ProbeEngine.h"
#include "probe/ProbeJson.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHideEvent>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace fw {

Q_LOGGING_CATEGORY(lcConnectivity, "fw.wizard.connectivity")

namespace {

/// The most connections the responder's list keeps; older ones scroll out (the count stays right).
constexpr int maxConnectionRows = 500;

const int timeoutChoices[] = {1000, 2000, 4000, 10000, 30000};
const int durationChoices[] = {1, 5, 10, 30, 60}; // minutes
constexpr int defaultDurationMinutes = 10;

QTableWidget *smallTable(QWidget *parent, const QString &objectName, int columns)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setObjectName(objectName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setMinimumHeight(110);
    return table;
}

/// Makes @p table as tall as its rows, at least @p minRows and at most @p maxRows (it scrolls beyond).
void fitHeight(QTableView *table, int minRows, int maxRows)
{
    const int rows = std::clamp(table->model()->rowCount(), minRows, maxRows);
    const int height = 2 * table->frameWidth() + table->horizontalHeader()->sizeHint().height()
        + rows * table->verticalHeader()->defaultSectionSize();
    table->setMinimumHeight(height);
    table->setMaximumHeight(height);
}

} // namespace

struct ConnectivityPage::Ui
{
    QLabel *intro = nullptr;

    // The responder (server role).
    QGroupBox *responderBox = nullptr;
    QLabel *responderIntro = nullptr;
    QTableWidget *ports = nullptr;
    QLabel *durationLabel = nullptr;
    QComboBox *duration = nullptr;
    QPushButton *startResponder = nullptr;
    QPushButton *stopResponder = nullptr;
    QLabel *timeLeft = nullptr;
    QLabel *responderStatus = nullptr;
    QTableWidget *connections = nullptr;

    // The check.
    QGroupBox *checkBox = nullptr;
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

ConnectivityPage::ConnectivityPage(WizardState &state, QWidget *parent) : PageBase(state, Scrolling::Scroll, parent)
{
    setObjectName(QStringLiteral("connectivityPage"));
    // The wizard's state goes before QDialog's destructor hides this page: stop everything while it is still there,
    // and touch it no more.
    connect(&state, &QObject::destroyed, this, [this] {
        m_stateGone = true;
        shutDown();
    });
}

ConnectivityPage::~ConnectivityPage()
{
    shutDown();
}

void ConnectivityPage::shutDown()
{
    // The engine and the responder are children and go after m_ui: they must not call back into a half-destroyed
    // page when they stop.
    if (m_engine) {
        m_engine->disconnect(this);
        m_engine->cancel();
    }
    if (m_responder) {
        m_responder->disconnect(this);
        m_responder->stop();
    }
    if (m_countdown)
        m_countdown->stop();
}

int ConnectivityPage::nextId() const
{
    return toInt(PageId::Export);
}

void ConnectivityPage::buildUi(QVBoxLayout *layout)
{
    m_ui = std::make_unique<Ui>();
    m_model = new ProbeResultsModel(this);
    m_engine = new ProbeEngine(this);
    m_responder = new TestResponder(this);
    m_countdown = new QTimer(this);
    m_countdown->setInterval(250);
    connect(m_countdown, &QTimer::timeout, this, &ConnectivityPage::updateCountdown);
    connect(m_engine, &ProbeEngine::resultReady, this, &ConnectivityPage::onResult);
    connect(m_engine, &ProbeEngine::progress, this, &ConnectivityPage::onProgress);
    connect(m_engine, &ProbeEngine::finished, this, &ConnectivityPage::onFinished);
    connect(m_responder, &TestResponder::connectionSeen, this, &ConnectivityPage::onConnectionSeen);
    connect(m_responder, &TestResponder::stopped, this, &ConnectivityPage::onResponderStopped);

    m_ui->intro = new QLabel(this);
    m_ui->intro->setObjectName(QStringLiteral("connectivityIntro"));
    m_ui->intro->setWordWrap(true);
    layout->addWidget(m_ui->intro);

    // The responder, for a server.
    m_ui->responderBox = new QGroupBox(this);
    m_ui->responderBox->setObjectName(QStringLiteral("connectivityResponderBox"));
    auto *rLayout = new QVBoxLayout(m_ui->responderBox);
    m_ui->responderIntro = new QLabel(m_ui->responderBox);
    m_ui->responderIntro->setWordWrap(true);
    rLayout->addWidget(m_ui->responderIntro);
    m_ui->ports = smallTable(m_ui->responderBox, QStringLiteral("connectivityServerPorts"), 2);
    rLayout->addWidget(m_ui->ports);
    auto *rRow = new QHBoxLayout;
    m_ui->durationLabel = new QLabel(m_ui->responderBox);
    m_ui->duration = new QComboBox(m_ui->responderBox);
    m_ui->duration->setObjectName(QStringLiteral("connectivityResponderDuration"));
    m_ui->durationLabel->setBuddy(m_ui->duration);
    for (int minutes : durationChoices)
        m_ui->duration->addItem(QString(), minutes);
    m_ui->duration->setCurrentIndex(m_ui->duration->findData(defaultDurationMinutes));
    m_ui->startResponder = new QPushButton(m_ui->responderBox);
    m_ui->startResponder->setObjectName(QStringLiteral("connectivityStartResponderButton"));
    m_ui->startResponder->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_ui->stopResponder = new QPushButton(m_ui->responderBox);
    m_ui->stopResponder->setObjectName(QStringLiteral("connectivityStopResponderButton"));
    m_ui->stopResponder->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    rRow->addWidget(m_ui->durationLabel);
    rRow->addWidget(m_ui->duration);
    rRow->addWidget(m_ui->startResponder);
    rRow->addWidget(m_ui->stopResponder);
    rRow->addStretch(1);
    rLayout->addLayout(rRow);
    m_ui->timeLeft = new QLabel(m_ui->responderBox);
    m_ui->timeLeft->setObjectName(QStringLiteral("connectivityTimeLeft"));
    m_ui->timeLeft->setWordWrap(true);
    rLayout->addWidget(m_ui->timeLeft);
    m_ui->responderStatus = new QLabel(m_ui->responderBox);
    m_ui->responderStatus->setObjectName(QStringLiteral("connectivityResponderStatus"));
    m_ui->responderStatus->setWordWrap(true);
    rLayout->addWidget(m_ui->responderStatus);
    m_ui->connections = smallTable(m_ui->responderBox, QStringLiteral("connectivityConnections"), 4);
    fitHeight(m_ui->connections, 5, 5);
    rLayout->addWidget(m_ui->connections);
    layout->addWidget(m_ui->responderBox);
    connect(m_ui->startResponder, &QPushButton::clicked, this, &ConnectivityPage::startResponder);
    connect(m_ui->stopResponder, &QPushButton::clicked, this, &ConnectivityPage::stopResponder);

    // The check.
    m_ui->checkBox = new QGroupBox(this);
    m_ui->checkBox->setObjectName(QStringLiteral("connectivityCheckBox"));
    auto *cLayout = new QVBoxLayout(m_ui->checkBox);
    auto *grid = new QGridLayout;
    m_ui->addressLabel = new QLabel(m_ui->checkBox);
    m_ui->address = new QLineEdit(m_ui->checkBox);
    m_ui->address->setObjectName(QStringLiteral("connectivityServerEdit"));
    m_ui->address->setClearButtonEnabled(true);
    m_ui->address->installEventFilter(this);
    m_ui->addressLabel->setBuddy(m_ui->address);
    grid->addWidget(m_ui->addressLabel, 0, 0);
    grid->addWidget(m_ui->address, 0, 1);
    m_ui->addressError = new QLabel(m_ui->checkBox);
    m_ui->addressError->setObjectName(QStringLiteral("connectivityServerError"));
    m_ui->addressError->setWordWrap(true);
    m_ui->addressError->hide();
    grid->addWidget(m_ui->addressError, 1, 1);
    m_ui->addressNote = new QLabel(m_ui->checkBox);
    m_ui->addressNote->setObjectName(QStringLiteral("connectivityServerNote"));
    m_ui->addressNote->setWordWrap(true);
    m_ui->addressNote->hide();
    grid->addWidget(m_ui->addressNote, 2, 1);
    m_ui->timeoutLabel = new QLabel(m_ui->checkBox);
    m_ui->timeout = new QComboBox(m_ui->checkBox);
    m_ui->timeout->setObjectName(QStringLiteral("connectivityTimeoutCombo"));
    m_ui->timeoutLabel->setBuddy(m_ui->timeout);
    for (int millis : timeoutChoices)
        m_ui->timeout->addItem(QString(), millis);
    m_ui->timeout->setCurrentIndex(m_ui->timeout->findData(ProbeEngine::defaultTimeout()));
    grid->addWidget(m_ui->timeoutLabel, 3, 0);
    auto *tRow = new QHBoxLayout;
    tRow->addWidget(m_ui->timeout);
    m_ui->start = new QPushButton(m_ui->checkBox);
    m_ui->start->setObjectName(QStringLiteral("connectivityStartButton"));
    m_ui->start->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_ui->cancel = new QPushButton(m_ui->checkBox);
    m_ui->cancel->setObjectName(QStringLiteral("connectivityCancelButton"));
    m_ui->cancel->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    tRow->addWidget(m_ui->start);
    tRow->addWidget(m_ui->cancel);
    tRow->addStretch(1);
    grid->addLayout(tRow, 3, 1);
    grid->setColumnStretch(1, 1);
    cLayout->addLayout(grid);
    auto *pRow = new QHBoxLayout;
    m_ui->progress = new QProgressBar(m_ui->checkBox);
    m_ui->progress->setObjectName(QStringLiteral("connectivityProgress"));
    m_ui->progress->setTextVisible(false);
    m_ui->progress->setMaximumWidth(200);
    m_ui->progressText = new QLabel(m_ui->checkBox);
    m_ui->progressText->setObjectName(QStringLiteral("connectivityProgressText"));
    m_ui->progressText->setWordWrap(true);
    pRow->addWidget(m_ui->progress);
    pRow->addWidget(m_ui->progressText, 1);
    cLayout->addLayout(pRow);
    m_ui->results = new QTableView(m_ui->checkBox);
    m_ui->results->setObjectName(QStringLiteral("connectivityResults"));
    m_ui->results->setModel(m_model);
    m_ui->results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->results->setAlternatingRowColors(true);
    m_ui->results->setWordWrap(false);
    m_ui->results->verticalHeader()->hide();
    m_ui->results->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->results->horizontalHeader()->setSectionResizeMode(ProbeResultsModel::HostColumn, QHeaderView::Stretch);
    m_ui->results->setMinimumHeight(140);
    cLayout->addWidget(m_ui->results, 1);
    m_ui->advice = new QLabel(m_ui->checkBox);
    m_ui->advice->setObjectName(QStringLiteral("connectivityAdvice"));
    m_ui->advice->setWordWrap(true);
    m_ui->advice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ui->advice->setMinimumHeight(m_ui->advice->fontMetrics().lineSpacing() * 3);
    m_ui->advice->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    cLayout->addWidget(m_ui->advice);
    auto *bRow = new QHBoxLayout;
    m_ui->copy = new QPushButton(m_ui->checkBox);
    m_ui->copy->setObjectName(QStringLiteral("connectivityCopyButton"));
    m_ui->copy->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    bRow->addWidget(m_ui->copy);
    bRow->addStretch(1);
    cLayout->addLayout(bRow);
    m_ui->unprobed = new QLabel(m_ui->checkBox);
    m_ui->unprobed->setObjectName(QStringLiteral("connectivityUnprobed"));
    m_ui->unprobed->setWordWrap(true);
    cLayout->addWidget(m_ui->unprobed);
    layout->addWidget(m_ui->checkBox, 1);

    connect(m_ui->address, &QLineEdit::textChanged, this, [this] {
        validateAddress();
        updateTargets();
        updateButtons();
    });
    connect(m_ui->start, &QPushButton::clicked, this, &ConnectivityPage::startCheck);
    connect(m_ui->cancel, &QPushButton::clicked, this, &ConnectivityPage::cancelCheck);
    connect(m_ui->copy, &QPushButton::clicked, this, &ConnectivityPage::copyResults);
    connect(m_ui->results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ConnectivityPage::updateAdvice);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ConnectivityPage::updateAdvice);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConnectivityPage::updateAdvice);
}

void ConnectivityPage::retranslateUi()
{
    setTitle(tr("Test connectivity"));
    setSubTitle(tr("Prove that the ports of the plan can be reached through every firewall on the way."));
    if (!m_ui)
        return;
    const bool server = isServerRole();
    m_ui->intro->setText(server
            ? tr("On the server, start the test responder: it answers on every free inbound port of the plan, so "
                 "that a test from a client proves the path before the product's software is even installed. "
                 "The test is optional.")
            : tr("Test from this machine whether the server's ports and the outbound destinations of the plan can "
                 "be reached. The test is optional."));

    m_ui->responderBox->setTitle(tr("Test responder"));
    m_ui->responderIntro->setText(
        tr("A port taken by a running service is good news: the service is up. The responder listens on the free "
           "ones until it is stopped or its time is up; leaving this page stops it."));
    m_ui->ports->setHorizontalHeaderLabels({tr("Port"), tr("State")});
    m_ui->ports->setAccessibleName(tr("Ports of the server"));
    //: how long the test responder keeps answering
    m_ui->durationLabel->setText(tr("&Keep it running for:"));
    m_ui->duration->setAccessibleName(tr("How long the test responder runs"));
    for (int i = 0; i < m_ui->duration->count(); ++i)
        m_ui->duration->setItemText(i, tr("%1 min").arg(m_ui->duration->itemData(i).toInt()));
    m_ui->startResponder->setText(tr("Start res&ponder"));
    m_ui->stopResponder->setText(tr("St&op responder"));
    m_ui->connections->setHorizontalHeaderLabels({tr("Time"), tr("Protocol"), tr("Port"), tr("From")});
    m_ui->connections->setAccessibleName(tr("Connections the test responder answered"));

    m_ui->checkBox->setTitle(server ? tr("Outbound destinations") : tr("Test from this client"));
    m_ui->addressLabel->setText(tr("Server a&ddress:"));
    m_ui->address->setAccessibleName(tr("Server address"));
    m_ui->address->setPlaceholderText(tr("host name or IP address"));
    m_ui->timeoutLabel->setText(tr("&Timeout per probe:"));
    m_ui->timeout->setAccessibleName(tr("Timeout per probe"));
    for (int i = 0; i < m_ui->timeout->count(); ++i) {
        const int millis = m_ui->timeout->itemData(i).toInt();
        const QString seconds = QLocale().toString(millis / 1000.0, 'g', 3);
        m_ui->timeout->setItemText(i,
            millis == ProbeEngine::defaultTimeout()
                //: a timeout in seconds, the one chosen unless the admin changes it
                ? tr("%1 s (default)").arg(seconds)
                : tr("%1 s").arg(seconds));
    }
    m_ui->cancel->setText(tr("&Cancel test"));
    m_ui->results->setAccessibleName(tr("Results of the test"));
    m_ui->copy->setText(tr("Cop&y results"));
    m_ui->advice->setAccessibleName(tr("What the selected result means and what to do"));
    m_model->retranslate();
    validateAddress();
    updateButtons();
    updateProgressText();
    updateAdvice();
    updateUnprobedText();
    showPortStates();
    updateCountdown();
    updateResponderText();
}

bool ConnectivityPage::isServerRole() const
{
    return state().selection().role == QLatin1String("server");
}

void ConnectivityPage::refresh()
{
    if (!m_ui)
        return;
    const bool server = isServerRole();
    const QString value = state().value(QStringLiteral("server"));
    if (value != m_prefilled && !m_engine->isRunning()) {
        m_prefilled = value;
        m_ui->address->setText(value);
    }
    m_ui->addressLabel->setVisible(!server);
    m_ui->address->setVisible(!server);
    m_ui->responderBox->setVisible(server);
    validateAddress();
    updateTargets();
    // Results of another plan are not this plan's: start over.
    if (!m_engine->isRunning() && !m_checkedTargets.isEmpty()) {
        Plan plan;
        SelectionProblems problems;
        const bool resolved = state().resolve(plan, problems);
        if (!resolved || probeTargets(plan, m_checkedServer, state().product()).targets != m_checkedTargets) {
            m_model->clear();
            m_checkedTargets.clear();
            m_phase = Phase::Idle;
            state().setCheckResults({});
        }
    }
    // A server without outbound destinations has nothing to test from here; a client always has its address field.
    m_ui->checkBox->setVisible(!server || !m_set.targets.isEmpty() || m_model->rowCount() > 0);
    if (server && !m_responder->isRunning())
        checkPorts();
    retranslateUi();
}

void ConnectivityPage::hideEvent(QHideEvent *event)
{
    // Leaving the page or closing the wizard ends the test; a minimised window does not.
    if (m_ui && !m_stateGone && !event->spontaneous()) {
        if (m_engine->isRunning())
            m_engine->cancel();
        if (m_responder->isRunning())
            m_responder->stop();
    }
    PageBase::hideEvent(event);
}

bool ConnectivityPage::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the address field starts the test instead of pressing the wizard's default button (Next).
    if (m_ui && watched == m_ui->address && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (!m_engine->isRunning())
                startCheck();
            return true;
        }
    }
    return PageBase::eventFilter(watched, event);
}

bool ConnectivityPage::addressValid() const
{
    return isServerRole() || m_addressError.isEmpty();
}

void ConnectivityPage::validateAddress()
{
    if (!m_ui)
        return;
    const QString text = m_ui->address->text().trimmed();
    QString detail;
    const ValueReason reason = validateHost(text, &detail);
    m_addressError = reason == ValueReason::Invalid ? QString() : valueReasonText(reason, text, detail);
    // An empty field is not an error yet, only a reason not to start.
    const bool show = !isServerRole() && !m_addressError.isEmpty() && !text.isEmpty();
    m_ui->addressError->setText(show ? tr("Cannot test this address: %1").arg(m_addressError) : QString());
    m_ui->addressError->setVisible(show);
    // Typing here changes the test, not the plan: say so, so that a corrected typo is not left in the exports.
    const QString planned = state().value(QStringLiteral("server")).trimmed();
    const bool differs = !isServerRole() && m_addressError.isEmpty() && !planned.isEmpty() && text != planned;
    m_ui->addressNote->setText(differs ? tr("The plan's rules name the server %1; this test uses %2. To change the "
                                            "plan, go back to the options.")
                                             .arg(planned, text)
                                       : QString());
    m_ui->addressNote->setVisible(differs);
}

void ConnectivityPage::updateTargets()
{
    Plan plan;
    SelectionProblems problems;
    if (!state().resolve(plan, problems)) {
        m_set = ProbeSet();
        return;
    }
    const QString server = isServerRole() || !m_addressError.isEmpty() ? QString() : m_ui->address->text().trimmed();
    m_set = probeTargets(plan, server, state().product());
    if (!isServerRole() && server.isEmpty()) {
        // Without an address nothing is tested: the server's ports are the point of a client's test.
        m_set.targets.clear();
    }
    updateUnprobedText();
}

void ConnectivityPage::updateButtons()
{
    if (!m_ui)
        return;
    const bool running = m_engine->isRunning();
    m_ui->start->setEnabled(!running && addressValid() && !m_set.targets.isEmpty());
    m_ui->start->setText(m_phase == Phase::Idle ? tr("&Start test") : tr("&Retry"));
    m_ui->cancel->setEnabled(running);
    m_ui->address->setReadOnly(running);
    m_ui->timeout->setEnabled(!running);
    m_ui->copy->setEnabled(m_model->rowCount() > 0);
    const bool responding = m_responder->isRunning();
    m_ui->startResponder->setEnabled(!responding);
    m_ui->stopResponder->setEnabled(responding);
    m_ui->duration->setEnabled(!responding);
}

void ConnectivityPage::updateProgressText()
{
    if (!m_ui)
        return;
    m_ui->progress->setVisible(m_phase == Phase::Running);
    m_ui->progress->setRange(0, std::max(1, m_total));
    m_ui->progress->setValue(m_done);
    QString text;
    switch (m_phase) {
    case Phase::Idle:
        if (!isServerRole() && m_ui->address->text().trimmed().isEmpty())
            text = tr("Enter the server's address to test its ports.");
        else if (m_set.targets.isEmpty() && addressValid())
            text = tr("This plan has nothing that can be tested from here.");
        else if (addressValid())
            text = tr("Probes to run: %1. Each may take up to the timeout; they all run at once.")
                       .arg(m_set.targets.size());
        break;
    case Phase::Running:
        //: progress of a running connectivity test
        text = tr("Probes answered: %1 of %2").arg(m_done).arg(m_total);
        break;
    case Phase::Done:
    case Phase::Cancelled: {
        int open = 0;
        int blocked = 0;
        int unproven = 0;
        for (const ProbeResult &r : m_model->results()) {
            open += r.status == ProbeStatus::Open ? 1 : 0;
            blocked += probeBlocked(r.status) ? 1 : 0;
            unproven += r.status == ProbeStatus::OpenOrFiltered ? 1 : 0;
        }
        const QString counts
            = tr("open: %1, blocked: %2, not proven either way: %3").arg(open).arg(blocked).arg(unproven);
        text = m_phase == Phase::Cancelled
            ? tr("Cancelled after %1 of %2 probes (%3).").arg(m_done).arg(m_total).arg(counts)
            : m_millis < 1000 ? tr("Done in %1 ms: %2.").arg(m_millis).arg(counts)
                              : tr("Done in %1 s: %2.").arg(QLocale().toString(m_millis / 1000.0, 'f', 1), counts);
        if (m_phase == Phase::Done && blocked == 0)
            text += QLatin1Char(' ') + tr("Nothing is blocked.");
        else if (blocked > 0 && !m_ui->results->selectionModel()->currentIndex().isValid())
            text += QLatin1Char(' ') + tr("Select a row to see what it means and what to do.");
        break;
    }
    case Phase::Invalid:
        break;
    }
    m_ui->progressText->setText(text);
}

void ConnectivityPage::updateAdvice()
{
    if (!m_ui)
        return;
    const QModelIndex current = m_ui->results->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_ui->advice->setText(
            m_model->rowCount() > 0 ? tr("Select a row to see what it means and what to do.") : QString());
        return;
    }
    m_ui->advice->setText(m_model->index(current.row(), 0).data(ProbeResultsModel::AdviceRole).toString());
}

void ConnectivityPage::updateUnprobedText()
{
    if (!m_ui)
        return;
    int noHost = 0;
    int noPorts = 0;
    for (const UnprobedRule &u : m_set.unprobed) {
        noHost += u.reason == UnprobedRule::Reason::NoHost ? 1 : 0;
        noPorts += u.reason == UnprobedRule::Reason::NoPorts ? 1 : 0;
    }
    QStringList parts;
    if (noHost > 0)
        parts << tr("rules to the internet, the LAN or any host, with no host named to test: %1").arg(noHost);
    if (noPorts > 0)
        parts << tr("program rules without ports: %1").arg(noPorts);
    if (m_set.omitted > 0)
        parts << tr("ports beyond the %1 one test probes: %2").arg(maxProbeTargets()).arg(m_set.omitted);
    m_ui->unprobed->setText(parts.isEmpty() ? QString() : tr("Not tested: %1.").arg(parts.join(QStringLiteral("; "))));
    m_ui->unprobed->setVisible(!parts.isEmpty());
}

void ConnectivityPage::startCheck()
{
    if (!m_ui || m_engine->isRunning())
        return;
    validateAddress();
    updateTargets();
    if (!addressValid() || m_set.targets.isEmpty()) {
        m_ui->address->setFocus();
        updateButtons();
        updateProgressText();
        return;
    }
    m_checkedTargets = m_set.targets;
    m_checkedServer = isServerRole() ? QString() : m_ui->address->text().trimmed();
    m_model->setTargets(m_set.targets);
    m_engine->setTimeout(m_ui->timeout->currentData().toInt());
    m_done = 0;
    m_total = int(m_set.targets.size());
    m_phase = Phase::Running;
    m_clock.start();
    qCInfo(lcConnectivity).noquote() << QStringLiteral("check: %1 probes, server %2, timeout %3 ms")
                                            .arg(m_total)
                                            .arg(m_checkedServer)
                                            .arg(m_engine->timeout());
    m_engine->start(m_set.targets);
    updateButtons();
    updateProgressText();
    // The focus was on Start, now disabled: Cancel is the next thing one may want.
    m_ui->cancel->setFocus();
}

void ConnectivityPage::cancelCheck()
{
    if (m_engine && m_engine->isRunning())
        m_engine->cancel();
}

void ConnectivityPage::onResult(const ProbeResult &r)
{
    qCInfo(lcConnectivity).noquote() << QStringLiteral("check: %1 %2 %3 -> %4 (%5, %6 ms) %7")
                                            .arg(r.target.host, protocolId(r.target.protocol))
                                            .arg(r.target.port)
                                            .arg(probeStatusId(r.status), probeEvidenceId(r.evidence))
                                            .arg(r.millis)
                                            .arg(r.detail);
    m_model->setResult(r);
}

void ConnectivityPage::onProgress(int done, int total)
{
    m_done = done;
    m_total = total;
    updateProgressText();
}

void ConnectivityPage::onFinished(bool cancelled)
{
    m_millis = m_clock.elapsed();
    m_done = m_engine->doneCount();
    m_phase = cancelled ? Phase::Cancelled : Phase::Done;
    if (cancelled)
        m_model->markCancelled();
    const ProbeResults results = m_model->results();
    qCInfo(lcConnectivity).noquote() << QStringLiteral("check %1: %2 of %3 probes answered, %4 ms")
                                            .arg(cancelled ? QStringLiteral("cancelled") : QStringLiteral("done"))
                                            .arg(results.size())
                                            .arg(m_total)
                                            .arg(m_millis);
    state().setCheckResults(results);
    if (!results.isEmpty())
        writeLastCheck(results);
    if (m_ui) {
        // Show the advice of the first blocked row at once, unless the admin already picked one.
        if (!m_ui->results->selectionModel()->currentIndex().isValid()) {
            for (int row = 0; row < m_model->rowCount(); ++row) {
                if (probeBlocked(m_model->resultAt(row).status)) {
                    m_ui->results->selectRow(row);
                    break;
                }
            }
        }
        updateButtons();
        updateProgressText();
        updateAdvice();
        if (!m_ui->start->hasFocus() && m_ui->start->isEnabled() && m_ui->cancel->hasFocus())
            m_ui->start->setFocus();
    }
}

void ConnectivityPage::writeLastCheck(const ProbeResults &results) const
{
    CheckRun run;
    run.server = m_checkedServer;
    run.timeoutMs = m_engine->timeout();
    run.adaptive = m_engine->adaptive();
    run.millis = m_millis;
    run.from = QStringLiteral("wizard");
    run.cancelled = m_phase == Phase::Cancelled;
    // The results are kept in the wizard whatever happens here; the file is for diagnose only.
    QString error;
    if (!storeLastCheck(checkReportToJson(state().selection(), m_set, results, run), &error)) {
        qCWarning(lcConnectivity).noquote() << QStringLiteral("cannot store the check's results: %1").arg(error);
        return;
    }
    qCInfo(lcConnectivity).noquote() << QStringLiteral("check results stored in %1").arg(lastCheckResultsPath());
}

void ConnectivityPage::copyResults()
{
    if (m_model->rowCount() == 0)
        return;
    QApplication::clipboard()->setText(m_model->plainText());
}

// The responder.

void ConnectivityPage::checkPorts()
{
    Plan plan;
    SelectionProblems problems;
    m_portStates.clear();
    if (state().resolve(plan, problems)) {
        // Listening for an instant tells a taken port from a free one, UDP included, and costs microseconds.
        TestResponder probe;
        probe.start(responderPorts(plan), QHostAddress::Any, 0);
        m_portStates = probe.ports();
        probe.stop();
    }
    showPortStates();
}

void ConnectivityPage::showPortStates()
{
    if (!m_ui)
        return;
    const bool running = m_responder->isRunning();
    QTableWidget *table = m_ui->ports;
    table->setRowCount(int(m_portStates.size()));
    for (int row = 0; row < m_portStates.size(); ++row) {
        const ResponderPortState &s = m_portStates.at(row);
        const ProbeTarget endpoint {QString(), s.port.port, s.port.protocol, QString(), ProbeKind::Invalid};
        QString text;
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        switch (s.state) {
        case ResponderPortState::State::Listening:
            text = running ? tr("the test responder answers on it") : tr("free: the test responder can answer on it");
            icon = running ? QStyle::SP_MediaPlay : QStyle::SP_MessageBoxInformation;
            break;
        case ResponderPortState::State::Taken:
            text = tr("taken by a running service: good, the service is up");
            icon = QStyle::SP_DialogApplyButton;
            break;
        case ResponderPortState::State::Failed:
            text = tr("cannot listen: %1").arg(s.detail);
            icon = QStyle::SP_MessageBoxWarning;
            break;
        case ResponderPortState::State::Invalid:
            break;
        }
        auto *port = new QTableWidgetItem(probeEndpointLabel(endpoint));
        auto *state = new QTableWidgetItem(style()->standardIcon(icon), text);
        table->setItem(row, 0, port);
        table->setItem(row, 1, state);
    }
    fitHeight(table, 1, 8);
}

void ConnectivityPage::startResponder()
{
    if (!m_ui || m_responder->isRunning())
        return;
    Plan plan;
    SelectionProblems problems;
    if (!state().resolve(plan, problems))
        return;
    const QList<ResponderPort> ports = responderPorts(plan);
    const int seconds = m_ui->duration->currentData().toInt() * 60;
    m_responderRan = true;
    m_ui->connections->setRowCount(0);
    const bool listening = !ports.isEmpty() && m_responder->start(ports, QHostAddress::Any, seconds);
    m_portStates = m_responder->ports();
    m_responderFailed = !listening;
    qCInfo(lcConnectivity).noquote() << QStringLiteral("responder: %1 on %2 ports for %3 s")
                                            .arg(listening ? QStringLiteral("listening") : QStringLiteral("failed"))
                                            .arg(ports.size())
                                            .arg(seconds);
    if (listening)
        m_countdown->start();
    showPortStates();
    updateButtons();
    updateCountdown();
    updateResponderText();
    if (listening)
        m_ui->stopResponder->setFocus();
}

void ConnectivityPage::stopResponder()
{
    if (m_responder && m_responder->isRunning())
        m_responder->stop();
}

void ConnectivityPage::onResponderStopped()
{
    m_countdown->stop();
    qCInfo(lcConnectivity).noquote() << QStringLiteral("responder: stopped, %1 connections from %2 addresses")
                                            .arg(m_responder->connectionCount())
                                            .arg(m_responder->peerCount());
    if (!m_ui)
        return;
    checkPorts();
    updateButtons();
    updateCountdown();
    updateResponderText();
    if (m_ui->stopResponder->hasFocus() || !focusWidget())
        m_ui->startResponder->setFocus();
}

void ConnectivityPage::onConnectionSeen(const QString &peer, int port, Protocol protocol)
{
    qCInfo(lcConnectivity).noquote()
        << QStringLiteral("responder: %1 %2 from %3").arg(protocolId(protocol)).arg(port).arg(peer);
    if (!m_ui)
        return;
    QTableWidget *table = m_ui->connections;
    if (table->rowCount() >= maxConnectionRows)
        table->removeRow(0);
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    table->setItem(row, 1, new QTableWidgetItem(protocolLabel(protocol)));
    auto *portItem = new QTableWidgetItem(QString::number(port));
    portItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(row, 2, portItem);
    table->setItem(row, 3, new QTableWidgetItem(peer));
    table->scrollToBottom();
    updateResponderText();
}

void ConnectivityPage::updateCountdown()
{
    if (!m_ui)
        return;
    if (!m_responder->isRunning()) {
        m_ui->timeLeft->setText(tr("Time left: not running"));
        return;
    }
    const qint64 left = m_responder->millisLeft();
    if (left < 0) {
        m_ui->timeLeft->setText(tr("Time left: until stopped"));
        return;
    }
    const qint64 seconds = (left + 999) / 1000;
    //: the time until the test responder stops by itself, in minutes and seconds
    m_ui->timeLeft->setText(
        tr("Time left: %1").arg(QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'))));
}

void ConnectivityPage::updateResponderText()
{
    if (!m_ui)
        return;
    QString text;
    if (m_responder->isRunning()) {
        text = tr("Listening on all addresses. Now run the test on a client. Connections answered: %1.")
                   .arg(m_responder->connectionCount());
    } else if (m_responderFailed) {
        bool failed = false;
        for (const ResponderPortState &s : std::as_const(m_portStates))
            failed = failed || s.state == ResponderPortState::State::Failed;
        text = failed || m_portStates.isEmpty()
            ? tr("The test responder could not listen on any port; the table says why.")
            : tr("Every port is taken by a running service, so there is nothing to answer for: test the path from "
                 "a client.");
    } else if (m_responderRan) {
        text = tr("Stopped; every socket is closed. Connections answered: %1, from addresses: %2.")
                   .arg(m_responder->connectionCount())
                   .arg(m_responder->peerCount());
    }
    m_ui->responderStatus->setText(text);
    m_ui->responderStatus->setVisible(!text.isEmpty());
}

} // namespace fw
