#pragma once

#include "ApplyProtocol.h"
#include "ApplyTypes.h"
#include "ConfirmController.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace fw {

struct Selection;

/// Applying on this machine from a program that runs without rights (the wizard): detection, preview, apply, the
/// confirm-or-roll-back countdown and undo, each done by one child process of the command line, `firewall-wizard
/// apply|revert … --answers-on-stdin`, elevated with pkexec (or a command prefix given instead).
///
/// The child speaks the line protocol of apply/ApplyProtocol.h on its standard error; everything else it prints is
/// text for people, passed on with output(). The session answers on the child's standard input: approve() and
/// keep() write "yes", cancel() and rollBackNow() "no". When nobody keeps the change, the child rolls back by itself
/// when its window runs out; the session only counts down alongside (ConfirmController, as the child does).
/// Detection runs the same program without rights (`apply --dry-run`), which may see only part of the picture.
///
/// The session holds facts (phases, the last outcome, the child's error messages); a view words them.
class ApplySession : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(ApplySession)

public:
    /// What the child process does.
    enum class Mode { Invalid, Detect, Apply, Revert };
    /// Where an apply or undo stands.
    enum class Phase { Invalid, Idle, Detecting, Preparing, AwaitingApproval, Applying, Confirming, Reverting };
    /// How the last apply or undo ended.
    enum class Outcome {
        Invalid,
        None,               ///< nothing ran yet, or one runs
        Applied,            ///< applied and kept
        NothingToDo,        ///< apply: nothing to change; undo: nothing to undo
        Declined,           ///< cancelled at the preview
        RolledBackByItself, ///< nobody kept it in time
        RolledBackNow,      ///< rollBackNow()
        RollbackFailed,     ///< failed or not kept, and undoing failed too
        Failed,             ///< failed; the firewall is as it was
        NotAuthorized,      ///< pkexec: no password given, or refused
        Reverted,           ///< undo removed what was applied
        RevertFailed,
        CouldNotStart, ///< nothing ran: see Report::startError
    };

    /// What one child process came to, in facts.
    struct Report
    {
        Mode mode = Mode::Invalid;
        Outcome outcome = Outcome::None;
        BackendId backend = BackendId::Invalid; ///< apply: the back end of "confirm-apply"
        int rules = 0;                          ///< apply: the rules of "confirm-apply"
        QList<BackendId> reverted;              ///< undo: the back ends reverted (or restored from their backup)
        QStringList errors;      ///< the child's error messages (its "error" lines), translated as it printed them
        QStringList output;      ///< detection: its standard output
        QStringList otherErrors; ///< detection: its standard error that is no protocol line (the last lines)
        bool crashed = false;
        int exitCode = 0;
        QString startError;     ///< CouldNotStart: why (translated), e.g. the program could not be run
        int pendingSeconds = 0; ///< the confirm window, from "confirm-pending"
    };

    explicit ApplySession(QObject *parent = nullptr);
    /// A child that still runs gets "no" and the end of its input, which declines a pending question and rolls back
    /// a change nobody kept; the session waits up to 15 s for it, then lets it finish on its own (never kills it).
    ~ApplySession() override;

    /// The program run for apply, revert and detection; empty (the default): this program where it is
    /// firewall-wizard, otherwise none.
    void setProgram(const QString &program);
    /// The program that runs, or empty where there is none (see setProgram()).
    QString program() const;
    /// A command put before the program instead of pkexec, e.g. {"ip", "netns", "exec", "ns"} (tests); empty: pkexec
    /// for changes where not root, nothing for detection.
    void setCommandPrefix(const QStringList &prefix);
    /// The environment of the child processes (default: this process's).
    void setChildEnvironment(const QProcessEnvironment &environment);
    /// The confirm-or-roll-back window in seconds (1 to 3600, default 60).
    void setConfirmSeconds(int seconds);
    /// The language the child prints in ("en", "de", "es").
    void setLanguage(const QString &language);
    /// Writes the plan file that the child applies (@p selection as .fwplan) into the session's own folder; false
    /// with @p error (translated).
    bool setPlan(const Selection &selection, QString *error);

    /// Whether changes are elevated with pkexec (no prefix given and not root).
    bool elevatedByPkexec() const;
    /// Whether pkexec is needed but not installed.
    bool pkexecMissing() const;
    /// The command that applies: [pkexec|prefix] PROGRAM apply --plan-file F --confirm-within S --lang L
    /// --answers-on-stdin.
    QStringList applyCommand() const;
    /// The command that undoes what the last kept apply changed (all back ends where none was kept here).
    QStringList revertCommand() const;
    /// The command that detects, without rights: [prefix] PROGRAM apply --plan-file F --dry-run --answers-on-stdin.
    QStringList detectCommand() const;

    /// Looks for the firewall (needs setPlan()); ignored while a child runs or without a program.
    void detect();
    /// Starts an apply that shows its preview and waits for approve() or cancel().
    void preview();
    /// Applies the previewed change (AwaitingApproval).
    void approve();
    /// Declines the previewed change (AwaitingApproval).
    void cancel();
    /// Keeps the change (Confirming).
    void keep();
    /// Rolls the change back now (Confirming).
    void rollBackNow();
    /// Undoes what this program applied (revertCommand()).
    void undo();
    /// Ends the action before it starts: outcome CouldNotStart with @p why (translated).
    void refuse(const QString &why);

    Phase phase() const { return m_phase; }
    Mode mode() const { return m_mode; }
    /// True while a child process runs.
    bool isBusy() const { return m_process != nullptr; }
    /// Whether detection ran (or was asked for) at least once.
    bool detectedOnce() const { return m_detectedOnce; }
    /// What detection found: the child's lines before its first blank one; empty where it failed (detectReport()).
    QStringList detection() const { return m_detection; }
    /// Whether detection could not look at everything (no "detected … full" from the child).
    bool detectionPartial() const { return m_detectionPartial; }
    /// The last detection's facts.
    const Report &detectReport() const { return m_detectReport; }
    /// The last apply's or undo's facts.
    const Report &report() const { return m_report; }
    /// Confirming: the whole seconds left before the child rolls back by itself.
    int secondsLeft() const { return m_countdown.remainingSeconds(); }
    /// Whether rollBackNow() was asked during this apply.
    bool rollBackAsked() const { return m_rollBackAsked; }
    /// Whether this apply's confirm window opened.
    bool sawPending() const { return m_sawPending; }
    /// The back end of the last apply that was kept, for undo; Invalid after an undo.
    BackendId appliedBackend() const { return m_appliedBackend; }

signals:
    /// phase() changed.
    void phaseChanged();
    /// isBusy() changed.
    void busyChanged(bool busy);
    /// A line for people: the command run ("$ …"), the child's output (apply and undo), the answers ("> yes").
    void output(const QString &line);
    /// Detection ended (detection(), detectionPartial(), detectReport()).
    void detectionFinished();
    /// An apply or undo ended (report()).
    void finished();
    /// Confirming: secondsLeft() changed.
    void secondsLeftChanged(int seconds);

private:
    void start(Mode mode, const QStringList &command);
    void answer(bool yes);
    void readChannel(QProcess::ProcessChannel channel, bool atEnd);
    /// One line of the child's; with @p text, text for people whatever it looks like.
    void handleLine(QProcess::ProcessChannel channel, const QString &line, bool text);
    void handleMessage(const applyprotocol::Message &message);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void finishApply();
    void finishRevert();
    void setPhase(Phase phase);
    QStringList elevated(const QStringList &command) const;
    QString planFilePath() const;
    QStringList commonArguments() const;

    QString m_program;
    QStringList m_prefix;
    QProcessEnvironment m_environment;
    bool m_environmentSet = false;
    int m_confirmSeconds = 60;
    QString m_language = QStringLiteral("en");
    QTemporaryDir m_tmp;

    QProcess *m_process = nullptr;
    Mode m_mode = Mode::Invalid;
    Phase m_phase = Phase::Idle;
    QByteArray m_buffers[2];             ///< standard output, standard error: what came after the last line end
    bool m_longLine[2] = {false, false}; ///< the rest of a line too long for the protocol is still to come
    Report m_run;                        ///< the child that runs
    QList<applyprotocol::Result> m_results;
    QList<BackendId> m_resultBackends;

    bool m_detectedOnce = false;
    bool m_detectionPartial = false;
    QStringList m_detection;
    Report m_detectReport;
    Report m_report;

    bool m_sawPending = false;
    bool m_rollBackAsked = false;
    ConfirmController m_countdown;
    BackendId m_appliedBackend = BackendId::Invalid;
};

} // namespace fw
