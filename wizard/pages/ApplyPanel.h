#pragma once

#include <QProcessEnvironment>
#include <QStringList>
#include <QWidget>

#include <memory>

namespace Ui {
class ApplyPanel;
}

namespace fw {

class ApplySession;
class WizardState;

/// "Apply on this computer", embedded in the Export page: the detected back end, the preview, why elevation is
/// needed, progress, the confirm-or-roll-back countdown and Undo. A view of an ApplySession (model/apply), which runs
/// the elevated `firewall-wizard apply|revert … --answers-on-stdin` child and speaks its protocol; the panel words
/// what the session reports and passes the admin's clicks on.
class ApplyPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(ApplyPanel)

public:
    explicit ApplyPanel(WizardState &state, QWidget *parent = nullptr);
    ~ApplyPanel() override;

    /// Test hooks. The program run for apply, revert and detection (default: this program).
    void setProgram(const QString &program);
    /// A command put before the program instead of pkexec, e.g. {"ip", "netns", "exec", "ns", "env", "X=1"};
    /// empty: pkexec for changes, nothing for detection.
    void setCommandPrefix(const QStringList &prefix);
    /// The environment of the child processes (default: the wizard's).
    void setChildEnvironment(const QProcessEnvironment &environment);
    /// The confirm-or-roll-back window in seconds (default 60).
    void setConfirmSeconds(int seconds);

    /// Looks for the firewall that governs this machine again (also done when the panel is first shown).
    void detect();
    /// True while a child process runs (detection, preview, apply, countdown or undo).
    bool isBusy() const;

signals:
    /// The admin asked to run the connectivity test again after an apply.
    void retestRequested();
    /// isBusy() changed: the page may want to hold Back and Next while the firewall changes.
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void assignMnemonics();
    void updateWidgets();
    void renderOutcome();
    void renderDetection();
    void renderCountdown();

    void startPreview();
    void startUndo();
    void finished();
    bool writePlan(QString *error);

    WizardState &m_state;
    ApplySession *m_session = nullptr;
    std::unique_ptr<Ui::ApplyPanel> m_ui;
    bool m_detected = false;     ///< detection was asked for once
    QStringList m_detectionNote; ///< what the panel found itself instead of detecting (no program, user catalog)
    QString m_planTitle;         ///< of the plan being applied, for the summary
};

} // namespace fw
