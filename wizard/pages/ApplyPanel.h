#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QWidget>

#include <memory>

namespace fw {

class WizardState;

/// "Apply on this computer", embedded in the Export page: the detected back end, the preview, why elevation is
/// needed, progress, the confirm-or-roll-back countdown and Undo.
///
/// The wizard runs unprivileged; one elevated child process does each apply: `pkexec firewall-wizard apply
/// --plan-file F --answers-on-stdin --confirm-within 60` (without pkexec where the wizard already runs as root).
/// The child reads the ruleset, which needs root, prints the detection and the exact change, and says
/// "confirm-apply BACKEND RULES" on its standard error; the admin's Apply writes "yes" to its standard input, Cancel
/// "no". After applying it says "confirm-pending SECONDS"; Keep writes "yes", Roll back now "no", and when the time
/// runs out the child rolls back by itself. So there is one password prompt per apply, and everything that changes
/// the firewall runs in the program's tested command line. Detection before that runs the same program without
/// rights (`apply --dry-run`), which may see only part of the picture; the panel says so.
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
    enum class Mode { Invalid, Detect, Apply, Revert };
    enum class Phase { Invalid, Idle, Detecting, Preparing, AwaitingApproval, Applying, Confirming, Reverting };
    enum class Outcome {
        Invalid,
        None,
        Applied,
        NothingToDo,
        Declined,
        RolledBackByItself,
        RolledBackNow,
        RollbackFailed,
        Failed,
        NotAuthorized,
        Reverted,
        RevertFailed,
        CouldNotStart
    };

    void retranslateUi();
    void assignMnemonics();
    void updateWidgets();
    void renderOutcome();
    void renderDetection();
    void renderCountdown();

    void startPreview();
    void startUndo();
    void answer(const QByteArray &word);
    void start(Mode mode, const QStringList &command);
    void readOutput();
    void handleLine(const QString &line);
    void finished(int exitCode, QProcess::ExitStatus status);
    void setPhase(Phase phase);

    QString programPath() const;
    bool writePlanFile(QString *error);
    QStringList commonArguments() const;
    QStringList applyCommand() const;
    QStringList revertCommand() const;
    QStringList detectCommand() const;
    bool elevatedByPkexec() const;
    QString pkexecMissing() const;
    QString userCatalogProduct() const;

    WizardState &m_state;
    struct Ui;
    std::unique_ptr<Ui> m_ui;
    struct Run;
    std::unique_ptr<Run> m_run;
};

} // namespace fw
