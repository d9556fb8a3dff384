#include "ConnectivityPage.h"

#include "CheckPanel.h"
#include "ResponderPanel.h"
#include "WizardState.h"
#include "probe/CheckSession.h"
#include "system/Paths.h"

#include <QHideEvent>
#include <QLabel>
#include <QLoggingCategory>
#include <QVBoxLayout>

namespace fw {

Q_LOGGING_CATEGORY(lcConnectivity, "fw.wizard.connectivity")

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
    // The session and the responder are children and go after this page's own parts: they must not call back into
    // a half-destroyed page when they stop.
    if (m_session) {
        m_session->engine()->disconnect(this);
        m_session->engine()->disconnect(m_check);
        m_session->cancel();
    }
    if (m_responder)
        m_responder->shutDown();
}

void ConnectivityPage::buildUi(QVBoxLayout *layout)
{
    m_session = new CheckSession(this);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("connectivityIntro"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_responder = new ResponderPanel(this);
    layout->addWidget(m_responder);
    m_check = new CheckPanel(state(), m_session, this);
    layout->addWidget(m_check, 1);
    connect(m_session->engine(), &ProbeEngine::finished, this, &ConnectivityPage::onFinished);
}

void ConnectivityPage::retranslateUi()
{
    setTitle(tr("Test connectivity"));
    setSubTitle(tr("Prove that the ports of the plan can be reached through every firewall on the way."));
    if (!m_intro)
        return;
    m_intro->setText(isServerRole()
            ? tr("On the server, start the test responder: it answers on every free inbound port of the plan, so "
                 "that a test from a client proves the path before the product's software is even installed. "
                 "The test is optional.")
            : tr("Test from this machine whether the server's ports and the outbound destinations of the plan can "
                 "be reached. The test is optional."));
    m_responder->retranslate();
    m_check->retranslate();
}

bool ConnectivityPage::isServerRole() const
{
    return state().selection().role == QLatin1String("server");
}

void ConnectivityPage::refresh()
{
    if (!m_intro)
        return;
    m_check->refresh();
    // Results of another plan are not this plan's: start over.
    Plan plan;
    SelectionProblems problems;
    const bool resolved = state().resolve(plan, problems);
    if (!m_session->isRunning() && m_session->phase() != CheckSession::Phase::Idle
        && (!resolved || !m_session->matches(plan, state().product()))) {
        m_session->clear();
        m_check->clear();
        state().setCheckResults({});
    }
    const bool server = isServerRole();
    m_responder->setVisible(server);
    if (server)
        m_responder->setPorts(resolved ? responderPorts(plan) : QList<ResponderPort>());
    // A server without outbound destinations has nothing to test from here; a client always has its address field.
    m_check->setVisible(m_check->hasContent());
    retranslateUi();
}

void ConnectivityPage::hideEvent(QHideEvent *event)
{
    // Leaving the page or closing the wizard ends the test; a minimised window does not.
    if (m_intro && !m_stateGone && !event->spontaneous()) {
        m_session->cancel();
        m_responder->stop();
    }
    PageBase::hideEvent(event);
}

void ConnectivityPage::onFinished(bool cancelled)
{
    const ProbeResults results = m_session->results();
    qCInfo(lcConnectivity).noquote() << QStringLiteral("check %1: %2 of %3 probes answered, %4 ms")
                                            .arg(cancelled ? QStringLiteral("cancelled") : QStringLiteral("done"))
                                            .arg(results.size())
                                            .arg(m_session->totalCount())
                                            .arg(m_session->millis());
    state().setCheckResults(results);
    if (results.isEmpty())
        return;
    // The results are kept in the wizard whatever happens here; the file is for diagnose only.
    QString error;
    if (storeLastCheck(m_session->report(QStringLiteral("wizard"), state().language()), &error))
        qCInfo(lcConnectivity).noquote()
            << QStringLiteral("check results stored in %1").arg(paths::lastCheckResultsPath());
    else
        qCWarning(lcConnectivity).noquote() << QStringLiteral("cannot store the check's results: %1").arg(error);
}

} // namespace fw
