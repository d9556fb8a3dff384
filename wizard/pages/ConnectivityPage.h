#pragma once

#include "PageBase.h"
#include "probe/ProbeTargets.h"
#include "probe/TestResponder.h"

#include <QElapsedTimer>
#include <QList>

#include <memory>

class QTimer;

namespace fw {

class ProbeEngine;
class ProbeResultsModel;

/// "Test connectivity": for a client, probes the server's ports and the outbound destinations of the plan; for a
/// server, tells which ports a running service already holds, runs the test responder and probes the outbound
/// destinations. The probes run event-driven on the GUI thread (no blocking call); results stream into the table.
/// The results go into WizardState::checkResults() for the Finish page and the PDF, and into lastCheckResultsPath()
/// for diagnose. The test is optional: Next is never blocked; leaving the page cancels the check and stops the
/// responder.
class ConnectivityPage : public PageBase
{
    Q_OBJECT
    Q_DISABLE_COPY(ConnectivityPage)

public:
    explicit ConnectivityPage(WizardState &state, QWidget *parent = nullptr);
    ~ConnectivityPage() override;

    int nextId() const override;

protected:
    void buildUi(QVBoxLayout *layout) override;
    void retranslateUi() override;
    void refresh() override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Phase { Invalid, Idle, Running, Done, Cancelled };

    void shutDown();
    bool isServerRole() const;
    bool addressValid() const;
    void validateAddress();
    void updateTargets();
    void updateButtons();
    void updateProgressText();
    void updateAdvice();
    void updateUnprobedText();
    void startCheck();
    void cancelCheck();
    void onResult(const ProbeResult &result);
    void onProgress(int done, int total);
    void onFinished(bool cancelled);
    void writeLastCheck(const ProbeResults &results) const;
    void copyResults();

    void checkPorts();
    void showPortStates();
    void startResponder();
    void stopResponder();
    void onResponderStopped();
    void onConnectionSeen(const QString &peer, int port, Protocol protocol);
    void updateCountdown();
    void updateResponderText();

    struct Ui;
    std::unique_ptr<Ui> m_ui;
    ProbeEngine *m_engine = nullptr;
    TestResponder *m_responder = nullptr;
    ProbeResultsModel *m_model = nullptr;
    QTimer *m_countdown = nullptr;

    ProbeSet m_set; ///< what a check would probe now
    QList<ProbeTarget> m_checkedTargets; ///< what the shown results are for
    QString m_prefilled; ///< the state's server value last put into the address field
    QString m_checkedServer;
    QString m_addressError;
    Phase m_phase = Phase::Idle;
    int m_done = 0;
    int m_total = 0;
    qint64 m_millis = 0;
    QElapsedTimer m_clock;

    QList<ResponderPortState> m_portStates; ///< the server's ports: taken, free (or listening), or failed
    bool m_responderRan = false;
    bool m_responderFailed = false;
    bool m_stateGone = false;
};

} // namespace fw
