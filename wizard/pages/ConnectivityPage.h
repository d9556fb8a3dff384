#pragma once

#include "PageBase.h"

class QLabel;

namespace fw {

class CheckPanel;
class CheckSession;
class ResponderPanel;

/// "Test connectivity": a view of a CheckSession. For a client, its CheckPanel probes the server's ports and the
/// outbound destinations of the plan; for a server, the ResponderPanel answers on the plan's inbound ports and the
/// CheckPanel probes the outbound destinations. The probes run event-driven on the GUI thread.
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

protected:
    void buildUi(QVBoxLayout *layout) override;
    void retranslateUi() override;
    void refresh() override;
    void hideEvent(QHideEvent *event) override;

private:
    void shutDown();
    bool isServerRole() const;
    void onFinished(bool cancelled);

    QLabel *m_intro = nullptr;
    CheckSession *m_session = nullptr;
    ResponderPanel *m_responder = nullptr;
    CheckPanel *m_check = nullptr;
    bool m_stateGone = false;
};

} // namespace fw
