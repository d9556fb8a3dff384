#include "ResponderPanel.h"

#include "RunControls.h"
#include "Widgets.h"
#include "plan/PlanText.h"
#include "system/Tr.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace fw {

Q_LOGGING_CATEGORY(lcResponder, "fw.wizard.connectivity")

namespace {

/// The texts keep the page's translation context: they were the page's before the panel was split off.
namespace Tr {
FW_TR_CONTEXT(fw::ConnectivityPage)
}

/// The most connections the list keeps; older ones scroll out (the count stays right).
constexpr int maxConnectionRows = 500;
const QList<int> durationChoices = {1, 5, 10, 30, 60}; // minutes
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
    return table;
}

/// Makes @p table as tall as its rows, at least @p minRows and at most @p maxRows (it scrolls beyond).
void fitHeight(QTableWidget *table, int minRows, int maxRows)
{
    const int rows = std::clamp(table->rowCount(), minRows, maxRows);
    const int height = 2 * table->frameWidth() + table->horizontalHeader()->sizeHint().height()
        + rows * table->verticalHeader()->defaultSectionSize();
    table->setMinimumHeight(height);
    table->setMaximumHeight(height);
}

} // namespace

struct ResponderPanel::Ui
{
    QLabel *intro = nullptr;
    QTableWidget *ports = nullptr;
    RunControls run; ///< how long it runs, Start and Stop
    QLabel *timeLeft = nullptr;
    QLabel *status = nullptr;
    QTableWidget *connections = nullptr;
};

ResponderPanel::ResponderPanel(QWidget *parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui>())
    , m_responder(new TestResponder(this))
    , m_countdown(new QTimer(this))
{
    setObjectName(QStringLiteral("connectivityResponderBox"));
    m_countdown->setInterval(250);
    connect(m_countdown, &QTimer::timeout, this, &ResponderPanel::updateCountdown);
    connect(m_responder, &TestResponder::connectionSeen, this, &ResponderPanel::onConnectionSeen);
    connect(m_responder, &TestResponder::stopped, this, &ResponderPanel::onStopped);

    auto *layout = new QVBoxLayout(this);
    m_ui->intro = wrappingLabel(this, QString());
    layout->addWidget(m_ui->intro);
    m_ui->ports = smallTable(this, QStringLiteral("connectivityServerPorts"), 2);
    layout->addWidget(m_ui->ports);
    m_ui->run = RunControls(this,
        {QStringLiteral("connectivityResponderDuration"), QStringLiteral("connectivityStartResponderButton"),
            QStringLiteral("connectivityStopResponderButton")},
        durationChoices, defaultDurationMinutes);
    m_ui->run.choiceRow()->insertWidget(0, m_ui->run.label());
    layout->addLayout(m_ui->run.choiceRow());
    layout->addLayout(m_ui->run.buttonRow());
    m_ui->timeLeft = wrappingLabel(this, QStringLiteral("connectivityTimeLeft"));
    layout->addWidget(m_ui->timeLeft);
    m_ui->status = wrappingLabel(this, QStringLiteral("connectivityResponderStatus"));
    layout->addWidget(m_ui->status);
    m_ui->connections = smallTable(this, QStringLiteral("connectivityConnections"), 4);
    fitHeight(m_ui->connections, 5, 5);
    layout->addWidget(m_ui->connections);
    connect(m_ui->run.start(), &QPushButton::clicked, this, &ResponderPanel::start);
    connect(m_ui->run.stop(), &QPushButton::clicked, this, &ResponderPanel::stop);
    retranslate();
}

ResponderPanel::~ResponderPanel()
{
    shutDown();
}

void ResponderPanel::shutDown()
{
    m_responder->disconnect(this);
    m_responder->stop();
    m_countdown->stop();
}

void ResponderPanel::setPorts(const QList<ResponderPort> &ports)
{
    m_ports = ports;
    if (!m_responder->isRunning())
        checkPorts();
}

void ResponderPanel::stop()
{
    if (m_responder->isRunning())
        m_responder->stop();
}

void ResponderPanel::retranslate()
{
    setTitle(Tr::tr("Test responder"));
    m_ui->intro->setText(
        Tr::tr("A port taken by a running service is good news: the service is up. The responder listens on the free "
               "ones until it is stopped or its time is up; leaving this page stops it."));
    m_ui->ports->setHorizontalHeaderLabels({Tr::tr("Port"), Tr::tr("State")});
    m_ui->ports->setAccessibleName(Tr::tr("Ports of the server"));
    //: how long the test responder keeps answering
    m_ui->run.label()->setText(Tr::tr("&Keep it running for:"));
    m_ui->run.choice()->setAccessibleName(Tr::tr("How long the test responder runs"));
    m_ui->run.setChoiceTexts([](int minutes) { return Tr::tr("%1 min").arg(minutes); });
    m_ui->run.start()->setText(Tr::tr("Start res&ponder"));
    m_ui->run.stop()->setText(Tr::tr("St&op responder"));
    m_ui->connections->setHorizontalHeaderLabels({Tr::tr("Time"), Tr::tr("Protocol"), Tr::tr("Port"), Tr::tr("From")});
    m_ui->connections->setAccessibleName(Tr::tr("Connections the test responder answered"));
    showPortStates();
    updateButtons();
    updateCountdown();
    updateStatus();
}

void ResponderPanel::checkPorts()
{
    // Listening for an instant tells a taken port from a free one, UDP included, and costs microseconds.
    TestResponder probe;
    probe.start(m_ports, QHostAddress::Any, 0);
    m_portStates = probe.ports();
    probe.stop();
    showPortStates();
}

void ResponderPanel::showPortStates()
{
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
            text = running ? Tr::tr("the test responder answers on it")
                           : Tr::tr("free: the test responder can answer on it");
            icon = running ? QStyle::SP_MediaPlay : QStyle::SP_MessageBoxInformation;
            break;
        case ResponderPortState::State::Taken:
            text = Tr::tr("taken by a running service: good, the service is up");
            icon = QStyle::SP_DialogApplyButton;
            break;
        case ResponderPortState::State::Failed:
            text = Tr::tr("cannot listen: %1").arg(s.detail);
            icon = QStyle::SP_MessageBoxWarning;
            break;
        case ResponderPortState::State::Invalid:
            break;
        }
        table->setItem(row, 0, new QTableWidgetItem(probeEndpointLabel(endpoint)));
        table->setItem(row, 1, new QTableWidgetItem(style()->standardIcon(icon), text));
    }
    fitHeight(table, 1, 8);
}

void ResponderPanel::start()
{
    if (m_responder->isRunning())
        return;
    const int seconds = m_ui->run.chosen() * 60;
    m_ran = true;
    m_ui->connections->setRowCount(0);
    const bool listening = !m_ports.isEmpty() && m_responder->start(m_ports, QHostAddress::Any, seconds);
    m_portStates = m_responder->ports();
    m_failed = !listening;
    qCInfo(lcResponder).noquote() << QStringLiteral("responder: %1 on %2 ports for %3 s")
                                         .arg(listening ? QStringLiteral("listening") : QStringLiteral("failed"))
                                         .arg(m_ports.size())
                                         .arg(seconds);
    if (listening)
        m_countdown->start();
    showPortStates();
    updateButtons();
    updateCountdown();
    updateStatus();
    if (listening)
        m_ui->run.stop()->setFocus();
}

void ResponderPanel::onStopped()
{
    m_countdown->stop();
    qCInfo(lcResponder).noquote() << QStringLiteral("responder: stopped, %1 connections from %2 addresses")
                                         .arg(m_responder->connectionCount())
                                         .arg(m_responder->peerCount());
    checkPorts();
    updateButtons();
    updateCountdown();
    updateStatus();
    if (m_ui->run.stop()->hasFocus() || !focusWidget())
        m_ui->run.start()->setFocus();
}

void ResponderPanel::onConnectionSeen(const QString &peer, int port, Protocol protocol)
{
    qCInfo(lcResponder).noquote()
        << QStringLiteral("responder: %1 %2 from %3").arg(protocolId(protocol)).arg(port).arg(peer);
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
    updateStatus();
}

void ResponderPanel::updateButtons()
{
    m_ui->run.setRunning(m_responder->isRunning());
}

void ResponderPanel::updateCountdown()
{
    if (!m_responder->isRunning()) {
        m_ui->timeLeft->setText(Tr::tr("Time left: not running"));
        return;
    }
    const qint64 left = m_responder->millisLeft();
    if (left < 0) {
        m_ui->timeLeft->setText(Tr::tr("Time left: until stopped"));
        return;
    }
    const qint64 seconds = (left + 999) / 1000;
    //: the time until the test responder stops by itself, in minutes and seconds
    m_ui->timeLeft->setText(
        Tr::tr("Time left: %1")
            .arg(QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'))));
}

void ResponderPanel::updateStatus()
{
    QString text;
    if (m_responder->isRunning()) {
        text = Tr::tr("Listening on all addresses. Now run the test on a client. Connections answered: %1.")
                   .arg(m_responder->connectionCount());
    } else if (m_failed) {
        const bool failed = std::any_of(m_portStates.cbegin(), m_portStates.cend(),
            [](const ResponderPortState &s) { return s.state == ResponderPortState::State::Failed; });
        text = failed || m_portStates.isEmpty()
            ? Tr::tr("The test responder could not listen on any port; the table says why.")
            : Tr::tr("Every port is taken by a running service, so there is nothing to answer for: test the path "
                     "from a client.");
    } else if (m_ran) {
        text = Tr::tr("Stopped; every socket is closed. Connections answered: %1, from addresses: %2.")
                   .arg(m_responder->connectionCount())
                   .arg(m_responder->peerCount());
    }
    m_ui->status->setText(text);
    m_ui->status->setVisible(!text.isEmpty());
}

} // namespace fw
