#pragma once

#include "probe/ProbeTargets.h"
#include "probe/TestResponder.h"

#include <QGroupBox>

#include <memory>

class QTimer;

namespace fw {

/// The test responder on the "Test connectivity" page of a server: which of the plan's inbound ports a running
/// service already holds, and the responder answering on the free ones with Start/Stop, its time left and the
/// connections it has seen.
class ResponderPanel : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY(ResponderPanel)

public:
    explicit ResponderPanel(QWidget *parent = nullptr);
    ~ResponderPanel() override;

    /// The plan's inbound ports; unless the responder runs, shows at once which of them are taken.
    void setPorts(const QList<ResponderPort> &ports);
    /// Stops the responder, closing every socket.
    void stop();
    /// Stops everything without calling back (the page or the wizard is going away).
    void shutDown();
    /// Repaints every text in the current language.
    void retranslate();

private:
    void checkPorts();
    void showPortStates();
    void start();
    void onStopped();
    void onConnectionSeen(const QString &peer, int port, Protocol protocol);
    void updateButtons();
    void updateCountdown();
    void updateStatus();

    struct Ui;
    std::unique_ptr<Ui> m_ui;
    TestResponder *m_responder;
    QTimer *m_countdown;
    QList<ResponderPort> m_ports;
    QList<ResponderPortState> m_portStates; ///< the server's ports: taken, free (or listening), or failed
    bool m_ran = false;
    bool m_failed = false;
};

} // namespace fw
