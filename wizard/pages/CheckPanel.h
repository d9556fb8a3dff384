#pragma once

#include "probe/ProbeTargets.h"

#include <QGroupBox>

#include <memory>

namespace fw {

class CheckSession;
class ProbeResultsModel;
class WizardState;

/// The test on the "Test connectivity" page, a view of a CheckSession: the server's address (a client's), the
/// timeout, Start/Cancel/Retry, the progress and the one summary, the results table that fills in live, the grouped
/// advice of the selected row, Copy results, and what cannot be tested.
class CheckPanel : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY(CheckPanel)

public:
    CheckPanel(WizardState &state, CheckSession *session, QWidget *parent = nullptr);
    ~CheckPanel() override;

    /// Shows the plan of the state as it is now: the address from it, what a check would probe.
    void refresh();
    /// Forgets the results shown.
    void clear();
    /// Whether there is anything to test or show.
    bool hasContent() const;
    /// Repaints every text in the current language.
    void retranslate();

private:
    /// What the admin gave for the host value that names the server (the catalog says which value that is).
    QString serverValue() const;
    bool isServerRole() const;
    bool addressValid() const;
    void validateAddress();
    void updateTargets();
    void updateButtons();
    void updateProgressText();
    void updateAdvice();
    void updateUnprobedText();
    void start();
    void onResult(const ProbeResult &result);
    void onFinished(bool cancelled);

    struct Ui;
    std::unique_ptr<Ui> m_ui;
    WizardState &m_state;
    CheckSession *m_session;
    ProbeResultsModel *m_model;
    ProbeSet m_set; ///< what a check would probe now
};

} // namespace fw
