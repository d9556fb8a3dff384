#include "ApplySession.h"

#include "Elevation.h"
#include "plan/PlanFile.h"
#include "plan/Selection.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <utility>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace fw {

namespace {

/// The exit codes of pkexec when the password was not given (126: dialog dismissed, 127: not authorized).
bool pkexecRefused(int exitCode)
{
    return exitCode == 126 || exitCode == 127;
}

/// How many lines of the child's standard error that are no protocol lines detection keeps.
constexpr int kOtherErrorLines = 10;

} // namespace

ApplySession::ApplySession(QObject *parent) : QObject(parent), m_countdown([](QString *) { return true; })
{
    // The child rolls back by itself when its window runs out; the countdown here only shows the time.
    connect(&m_countdown, &ConfirmController::secondsLeft, this, &ApplySession::secondsLeftChanged);
}

ApplySession::~ApplySession()
{
    QProcess *p = m_process;
    if (!p || p->state() == QProcess::NotRunning)
        return;
    p->disconnect(this);
    // Never kill a child that changes the firewall half-way: "no" declines a pending question or rolls back a change
    // nobody kept, and the end of input does the same for one that has not asked yet.
    p->write(applyprotocol::answerLine(false));
    p->closeWriteChannel();
    if (!p->waitForFinished(15000)) {
        // Still busy: let it finish on its own (it rolls back when its window runs out); QProcess's destructor
        // would kill it.
        p->setParent(nullptr);
        m_process = nullptr;
    }
}

void ApplySession::setProgram(const QString &program)
{
    m_program = program;
}

QString ApplySession::program() const
{
    if (!m_program.isEmpty())
        return m_program;
    // The wizard is the firewall-wizard program, whose command line applies. A test or tool that shows the panel
    // without naming a program must not start itself with "apply" arguments.
    const QString self = QCoreApplication::applicationFilePath();
    return QFileInfo(self).baseName() == QLatin1String("firewall-wizard") ? self : QString();
}

void ApplySession::setCommandPrefix(const QStringList &prefix)
{
    m_prefix = prefix;
}

void ApplySession::setChildEnvironment(const QProcessEnvironment &environment)
{
    m_environment = environment;
    m_environmentSet = true;
}

void ApplySession::setConfirmSeconds(int seconds)
{
    m_confirmSeconds = qBound(1, seconds, 3600);
}

void ApplySession::setLanguage(const QString &language)
{
    m_language = language;
}

bool ApplySession::setPlan(const Selection &selection, QString *error)
{
    if (!m_tmp.isValid()) {
        *error = tr("Cannot make a temporary folder for the plan file: %1").arg(m_tmp.errorString());
        return false;
    }
    QFile file(planFilePath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(planfile::write(selection)) < 0
        || !file.flush()) {
        *error = tr("Cannot write the plan file %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

bool ApplySession::elevatedByPkexec() const
{
#ifdef Q_OS_UNIX
    return m_prefix.isEmpty() && ::geteuid() != 0;
#else
    return false;
#endif
}

bool ApplySession::pkexecMissing() const
{
    return elevatedByPkexec() && QStandardPaths::findExecutable(QStringLiteral("pkexec")).isEmpty();
}

QString ApplySession::planFilePath() const
{
    return m_tmp.filePath(QStringLiteral("plan.") + planfile::extension());
}

QStringList ApplySession::commonArguments() const
{
    // No --catalog: the elevated child reads only the built-in products and the system-wide folder that root owns.
    return QStringList {QStringLiteral("--lang"), m_language};
}

QStringList ApplySession::elevated(const QStringList &command) const
{
    // elevation:: builds the pkexec command line; the answers come on standard input.
    const QStringList c = command.mid(1) + QStringList {QStringLiteral("--answers-on-stdin")}; // without pkexec
    return (elevatedByPkexec() ? QStringList {QStringLiteral("pkexec")} : m_prefix) + c;
}

QStringList ApplySession::applyCommand() const
{
    QStringList command = elevated(
        elevation::pkexecApply(program(), planFilePath(), BackendId::Invalid, m_confirmSeconds, commonArguments()));
    // The session asks itself: the preview first, then the admin's approve(), then keep().
    command.removeAll(QStringLiteral("--yes"));
    return command;
}

QStringList ApplySession::revertCommand() const
{
    // Undo is the admin's answer already: the revert asks nothing (--yes stays).
    return elevated(elevation::pkexecRevert(program(), m_appliedBackend, commonArguments()));
}

QStringList ApplySession::detectCommand() const
{
    return m_prefix
        + QStringList {program(), QStringLiteral("apply"), QStringLiteral("--plan-file"), planFilePath(),
            QStringLiteral("--dry-run"), QStringLiteral("--answers-on-stdin")}
    + commonArguments();
}

void ApplySession::detect()
{
    if (m_process)
        return;
    m_detectedOnce = true;
    if (program().isEmpty())
        return;
    // Without word from the child, assume it could not see everything.
    m_detectionPartial = true;
    start(Mode::Detect, detectCommand());
}

void ApplySession::preview()
{
    if (m_process)
        return;
    m_sawPending = false;
    m_rollBackAsked = false;
    start(Mode::Apply, applyCommand());
}

void ApplySession::approve()
{
    if (m_phase != Phase::AwaitingApproval)
        return;
    answer(true);
    setPhase(Phase::Applying);
}

void ApplySession::cancel()
{
    if (m_phase == Phase::AwaitingApproval)
        answer(false);
}

void ApplySession::keep()
{
    if (m_phase != Phase::Confirming)
        return;
    answer(true);
    m_countdown.confirm();
    setPhase(Phase::Applying);
}

void ApplySession::rollBackNow()
{
    if (m_phase != Phase::Confirming)
        return;
    m_rollBackAsked = true;
    answer(false);
    m_countdown.rollBackNow();
    setPhase(Phase::Applying);
}

void ApplySession::undo()
{
    if (!m_process)
        start(Mode::Revert, revertCommand());
}

void ApplySession::refuse(const QString &why)
{
    if (m_process)
        return;
    m_report = Report();
    m_report.outcome = Outcome::CouldNotStart;
    m_report.startError = why;
    emit finished();
}

void ApplySession::answer(bool yes)
{
    if (!m_process)
        return;
    const QByteArray line = applyprotocol::answerLine(yes);
    m_process->write(line);
    emit output(QStringLiteral("> ") + QString::fromLatin1(line.trimmed()));
}

void ApplySession::start(Mode mode, const QStringList &command)
{
    m_mode = mode;
    for (int i = 0; i < 2; ++i) {
        m_buffers[i].clear();
        m_longLine[i] = false;
    }
    m_run = Report();
    m_run.mode = mode;
    m_results.clear();
    m_resultBackends.clear();
    if (mode != Mode::Detect)
        m_report = m_run;
    auto *p = new QProcess(this);
    m_process = p;
    // One stream for the protocol: standard error; standard output is text for people.
    p->setProcessChannelMode(QProcess::SeparateChannels);
    if (m_environmentSet)
        p->setProcessEnvironment(m_environment);
    p->setProgram(command.value(0));
    p->setArguments(command.mid(1));
    connect(p, &QProcess::readyReadStandardOutput, this, [this] { readChannel(QProcess::StandardOutput, false); });
    connect(p, &QProcess::readyReadStandardError, this, [this] { readChannel(QProcess::StandardError, false); });
    connect(p, &QProcess::finished, this, &ApplySession::onFinished);
    connect(p, &QProcess::errorOccurred, this, &ApplySession::onErrorOccurred);
    if (mode != Mode::Detect)
        emit output(QStringLiteral("$ ") + command.join(QLatin1Char(' ')));
    setPhase(mode == Mode::Detect ? Phase::Detecting : mode == Mode::Apply ? Phase::Preparing : Phase::Reverting);
    emit busyChanged(true);
    p->start();
}

void ApplySession::readChannel(QProcess::ProcessChannel channel, bool atEnd)
{
    if (!m_process)
        return;
    const int i = channel == QProcess::StandardOutput ? 0 : 1;
    m_process->setReadChannel(channel);
    QByteArray &buffer = m_buffers[i];
    buffer += m_process->readAll();
    qsizetype newline = 0;
    while ((newline = buffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromLocal8Bit(buffer.left(newline));
        buffer.remove(0, newline + 1);
        handleLine(channel, line, std::exchange(m_longLine[i], false));
    }
    // A line too long for the protocol is text, in pieces, up to its end; so is a last line without an end.
    if (!buffer.isEmpty() && (atEnd || buffer.size() > applyprotocol::kMaxLineLength)) {
        const QString piece = QString::fromLocal8Bit(buffer);
        buffer.clear();
        handleLine(channel, piece, true);
        m_longLine[i] = !atEnd;
    }
}

void ApplySession::handleLine(QProcess::ProcessChannel channel, const QString &line, bool text)
{
    if (channel == QProcess::StandardError) {
        const applyprotocol::Message message = text ? applyprotocol::Message() : applyprotocol::decode(line);
        if (message.isValid()) {
            handleMessage(message);
            return;
        }
        if (m_mode == Mode::Detect) {
            // The tools that detection runs without rights may complain; only a failure shows this.
            m_run.otherErrors << line;
            if (m_run.otherErrors.size() > kOtherErrorLines)
                m_run.otherErrors.removeFirst();
            return;
        }
    } else if (m_mode == Mode::Detect) {
        m_run.output << line;
        return;
    }
    emit output(line);
}

void ApplySession::handleMessage(const applyprotocol::Message &message)
{
    using applyprotocol::Key;
    switch (message.key) {
    case Key::Detected:
        m_detectionPartial = !message.full();
        break;
    case Key::ConfirmApply:
        // Only where an apply prepares its preview: a line at any other time changes nothing.
        if (m_mode == Mode::Apply && m_phase == Phase::Preparing) {
            m_run.backend = message.backend();
            m_run.rules = message.number();
            setPhase(Phase::AwaitingApproval);
        }
        break;
    case Key::ConfirmPending:
        if (m_mode == Mode::Apply && m_phase == Phase::Applying && !m_sawPending) {
            m_sawPending = true;
            m_run.pendingSeconds = message.number();
            m_countdown.start(message.number());
            setPhase(Phase::Confirming);
        }
        break;
    case Key::Error:
        m_run.errors << message.text();
        break;
    case Key::Result:
        m_results << message.result();
        m_resultBackends << message.backend();
        break;
    case Key::ConfirmRevert: // the session reverts with its own question: the child is not asked
    case Key::Invalid:
        break;
    }
}

void ApplySession::onErrorOccurred(QProcess::ProcessError error)
{
    QProcess *p = m_process;
    if (error != QProcess::FailedToStart || !p || sender() != p)
        return;
    m_process = nullptr;
    p->deleteLater();
    m_run.outcome = Outcome::CouldNotStart;
    m_run.startError = tr("Could not run %1: %2").arg(p->program(), p->errorString());
    if (m_mode == Mode::Detect) {
        m_detection.clear();
        m_detectionPartial = false;
        m_detectReport = m_run;
    } else {
        m_report = m_run;
    }
    setPhase(Phase::Idle);
    emit busyChanged(false);
    if (m_mode == Mode::Detect)
        emit detectionFinished();
    else
        emit finished();
}

void ApplySession::onFinished(int exitCode, QProcess::ExitStatus status)
{
    QProcess *p = m_process;
    if (!p || sender() != p)
        return;
    readChannel(QProcess::StandardOutput, true);
    readChannel(QProcess::StandardError, true);
    m_process = nullptr;
    p->deleteLater();
    m_countdown.confirm(); // stops the display; the child has decided
    m_run.crashed = status != QProcess::NormalExit;
    m_run.exitCode = exitCode;

    if (m_mode == Mode::Detect) {
        // The lines before the first blank one are the detection; the rest is the dry run's preview.
        m_detection.clear();
        for (const QString &l : std::as_const(m_run.output)) {
            if (l.trimmed().isEmpty())
                break;
            m_detection << l;
        }
        m_detectReport = m_run;
        setPhase(Phase::Idle);
        emit busyChanged(false);
        emit detectionFinished();
        return;
    }
    if (m_mode == Mode::Apply)
        finishApply();
    else
        finishRevert();
    m_report = m_run;
    setPhase(Phase::Idle);
    emit busyChanged(false);
    emit finished();
}

void ApplySession::finishApply()
{
    using applyprotocol::Result;
    const Result result = m_results.isEmpty() ? Result::Invalid : m_results.constLast();
    if (!m_run.crashed && elevatedByPkexec() && pkexecRefused(m_run.exitCode))
        m_run.outcome = Outcome::NotAuthorized;
    else if (result == Result::Kept || result == Result::Applied)
        m_run.outcome = Outcome::Applied;
    else if (result == Result::NothingToDo)
        m_run.outcome = Outcome::NothingToDo;
    else if (result == Result::Declined)
        m_run.outcome = Outcome::Declined;
    else if (result == Result::RolledBack)
        m_run.outcome = m_rollBackAsked ? Outcome::RolledBackNow : Outcome::RolledBackByItself;
    else if (result == Result::RollbackFailed || result == Result::FailedUndoFailed)
        m_run.outcome = Outcome::RollbackFailed;
    else
        m_run.outcome = Outcome::Failed;
    // A child that ended badly kept nothing, whatever it said before.
    if (m_run.outcome == Outcome::Applied && (m_run.crashed || m_run.exitCode != 0))
        m_run.outcome = Outcome::Failed;
    if (m_run.outcome == Outcome::Applied)
        m_appliedBackend = m_run.backend;
}

void ApplySession::finishRevert()
{
    using applyprotocol::Result;
    bool failed = m_run.crashed || m_run.exitCode != 0;
    for (qsizetype i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i) == Result::Reverted || m_results.at(i) == Result::Restored)
            m_run.reverted << m_resultBackends.at(i);
        else if (m_results.at(i) == Result::RevertFailed)
            failed = true;
    }
    if (!m_run.crashed && elevatedByPkexec() && pkexecRefused(m_run.exitCode))
        m_run.outcome = Outcome::NotAuthorized;
    else if (failed)
        m_run.outcome = Outcome::RevertFailed;
    else if (m_run.reverted.isEmpty())
        m_run.outcome = Outcome::NothingToDo;
    else
        m_run.outcome = Outcome::Reverted;
    if (!m_run.reverted.isEmpty())
        m_appliedBackend = BackendId::Invalid;
}

void ApplySession::setPhase(Phase phase)
{
    if (phase == m_phase)
        return;
    m_phase = phase;
    emit phaseChanged();
}

} // namespace fw
