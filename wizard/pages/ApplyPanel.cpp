#include "ApplyPanel.h"

#include "Mnemonics.h"
#include "WizardState.h"
#include "apply/Applier.h"
#include "apply/Elevation.h"
#include "catalog/Catalog.h"
#include "plan/PlanFile.h"
#include "plan/PlanText.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

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

/// The prefix that the command line puts before its error lines; it is not translated.
const QString kErrorPrefix = QStringLiteral("firewall-wizard: ");

} // namespace

struct ApplyPanel::Ui
{
    QGroupBox *box = nullptr;
    QLabel *windowsNote = nullptr;
    QLabel *detectedIcon = nullptr;
    QLabel *detected = nullptr;
    QLabel *explanation = nullptr;
    QPushButton *preview = nullptr;
    QPushButton *apply = nullptr;
    QPushButton *cancel = nullptr;
    QPushButton *undo = nullptr;
    QProgressBar *progress = nullptr;
    QLabel *status = nullptr;
    QFrame *countdown = nullptr;
    QLabel *countdownLabel = nullptr;
    QPushButton *keep = nullptr;
    QPushButton *rollBack = nullptr;
    QLabel *resultIcon = nullptr;
    QLabel *result = nullptr;
    QPushButton *retest = nullptr;
    QPlainTextEdit *log = nullptr;
};

struct ApplyPanel::Run
{
    // Hooks
    QString program;
    QStringList prefix;
    QProcessEnvironment environment;
    bool environmentSet = false;
    int confirmSeconds = 60;

    QTemporaryDir tmp;
    QProcess *process = nullptr;
    Mode mode = Mode::Invalid;
    Phase phase = Phase::Idle;
    QByteArray buffer;
    QStringList errorLines; ///< the child's error lines of this run, without the "firewall-wizard: " prefix
    QStringList results; ///< the words of its "result ..." lines

    // Detection
    bool detectedOnce = false;
    bool detectionPartial = false;
    QStringList detection;
    QStringList lines; ///< every line of the current child

    // Apply
    QString backend; ///< from "confirm-apply BACKEND RULES"
    int rules = 0;
    bool sawApproval = false;
    bool sawPending = false;
    bool rollBackAsked = false;
    QString planTitle;
    QTimer tick;
    qint64 deadline = 0; ///< msecs since epoch when the child rolls back by itself
    int pendingSeconds = 0;

    // What the last action came to
    Outcome outcome = Outcome::None;
    QString outcomeBackend;
    QString outcomeDetail;
    QString appliedBackend; ///< the back end of the last apply that was kept, for Undo
};

ApplyPanel::ApplyPanel(WizardState &state, QWidget *parent)
    : QWidget(parent), m_state(state), m_ui(new Ui), m_run(new Run)
{
    setObjectName(QStringLiteral("applyPanel"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_ui->box = new QGroupBox(this);
    outer->addWidget(m_ui->box);
    auto *layout = new QVBoxLayout(m_ui->box);

    m_ui->windowsNote = new QLabel(m_ui->box);
    m_ui->windowsNote->setObjectName(QStringLiteral("applyWindowsNote"));
    m_ui->windowsNote->setWordWrap(true);
    layout->addWidget(m_ui->windowsNote);

    auto *detectedRow = new QHBoxLayout;
    m_ui->detectedIcon = new QLabel(m_ui->box);
    m_ui->detectedIcon->setAlignment(Qt::AlignTop);
    detectedRow->addWidget(m_ui->detectedIcon);
    m_ui->detected = new QLabel(m_ui->box);
    m_ui->detected->setObjectName(QStringLiteral("applyDetected"));
    m_ui->detected->setWordWrap(true);
    m_ui->detected->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detectedRow->addWidget(m_ui->detected, 1);
    layout->addLayout(detectedRow);

    m_ui->explanation = new QLabel(m_ui->box);
    m_ui->explanation->setObjectName(QStringLiteral("applyExplanation"));
    m_ui->explanation->setWordWrap(true);
    m_ui->explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_ui->explanation);

    auto *buttons = new QHBoxLayout;
    const auto button = [this, buttons](const char *name) {
        auto *b = new QPushButton(m_ui->box);
        b->setObjectName(QLatin1String(name));
        b->setAutoDefault(false);
        buttons->addWidget(b);
        return b;
    };
    m_ui->preview = button("applyPreviewButton");
    m_ui->apply = button("applyApplyButton");
    m_ui->cancel = button("applyCancelButton");
    buttons->addStretch(1);
    m_ui->undo = button("applyUndoButton");
    layout->addLayout(buttons);

    auto *progressRow = new QHBoxLayout;
    m_ui->progress = new QProgressBar(m_ui->box);
    m_ui->progress->setObjectName(QStringLiteral("applyProgress"));
    m_ui->progress->setRange(0, 0);
    m_ui->progress->setTextVisible(false);
    m_ui->progress->setMaximumWidth(160);
    progressRow->addWidget(m_ui->progress);
    m_ui->status = new QLabel(m_ui->box);
    m_ui->status->setObjectName(QStringLiteral("applyStatus"));
    m_ui->status->setWordWrap(true);
    progressRow->addWidget(m_ui->status, 1);
    layout->addLayout(progressRow);

    m_ui->countdown = new QFrame(m_ui->box);
    m_ui->countdown->setObjectName(QStringLiteral("applyCountdown"));
    m_ui->countdown->setFrameShape(QFrame::StyledPanel);
    auto *countdownLayout = new QHBoxLayout(m_ui->countdown);
    m_ui->countdownLabel = new QLabel(m_ui->countdown);
    m_ui->countdownLabel->setObjectName(QStringLiteral("applyCountdownLabel"));
    m_ui->countdownLabel->setWordWrap(true);
    QFont big = m_ui->countdownLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_ui->countdownLabel->setFont(big);
    countdownLayout->addWidget(m_ui->countdownLabel, 1);
    m_ui->keep = new QPushButton(m_ui->countdown);
    m_ui->keep->setObjectName(QStringLiteral("applyKeepButton"));
    m_ui->keep->setAutoDefault(false);
    countdownLayout->addWidget(m_ui->keep);
    m_ui->rollBack = new QPushButton(m_ui->countdown);
    m_ui->rollBack->setObjectName(QStringLiteral("applyRollBackButton"));
    m_ui->rollBack->setAutoDefault(false);
    countdownLayout->addWidget(m_ui->rollBack);
    layout->addWidget(m_ui->countdown);

    auto *resultRow = new QHBoxLayout;
    m_ui->resultIcon = new QLabel(m_ui->box);
    m_ui->resultIcon->setAlignment(Qt::AlignTop);
    resultRow->addWidget(m_ui->resultIcon);
    m_ui->result = new QLabel(m_ui->box);
    m_ui->result->setObjectName(QStringLiteral("applyResult"));
    m_ui->result->setWordWrap(true);
    m_ui->result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    resultRow->addWidget(m_ui->result, 1);
    m_ui->retest = new QPushButton(m_ui->box);
    m_ui->retest->setObjectName(QStringLiteral("applyRetestButton"));
    m_ui->retest->setAutoDefault(false);
    resultRow->addWidget(m_ui->retest, 0, Qt::AlignTop);
    layout->addLayout(resultRow);

    m_ui->log = new QPlainTextEdit(m_ui->box);
    m_ui->log->setObjectName(QStringLiteral("applyLog"));
    m_ui->log->setReadOnly(true);
    m_ui->log->setMaximumBlockCount(5000);
    m_ui->log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->log->setMinimumHeight(m_ui->log->fontMetrics().lineSpacing() * 8);
    layout->addWidget(m_ui->log, 1);

    connect(m_ui->preview, &QPushButton::clicked, this, &ApplyPanel::startPreview);
    connect(m_ui->apply, &QPushButton::clicked, this, [this] {
        if (m_run->phase != Phase::AwaitingApproval)
            return;
        answer("yes");
        setPhase(Phase::Applying);
    });
    connect(m_ui->cancel, &QPushButton::clicked, this, [this] {
        if (m_run->phase == Phase::AwaitingApproval)
            answer("no");
    });
    connect(m_ui->keep, &QPushButton::clicked, this, [this] {
        if (m_run->phase != Phase::Confirming)
            return;
        answer("yes");
        setPhase(Phase::Applying);
    });
    connect(m_ui->rollBack, &QPushButton::clicked, this, [this] {
        if (m_run->phase != Phase::Confirming)
            return;
        m_run->rollBackAsked = true;
        answer("no");
        setPhase(Phase::Applying);
    });
    connect(m_ui->undo, &QPushButton::clicked, this, &ApplyPanel::startUndo);
    connect(m_ui->retest, &QPushButton::clicked, this, &ApplyPanel::retestRequested);
    m_run->tick.setInterval(200);
    connect(&m_run->tick, &QTimer::timeout, this, &ApplyPanel::renderCountdown);

    retranslateUi();
}

ApplyPanel::~ApplyPanel()
{
    QProcess *p = m_run->process;
    if (!p || p->state() == QProcess::NotRunning)
        return;
    p->disconnect(this);
    // Never kill a child that changes the firewall half-way: "no" declines a pending question or rolls back a change
    // nobody kept, and the end of input does the same for one that has not asked yet.
    p->write("no\n");
    p->closeWriteChannel();
    if (!p->waitForFinished(15000)) {
        // Still busy: let it finish on its own (it rolls back when its window runs out); QProcess's destructor
        // would kill it.
        p->setParent(nullptr);
        m_run->process = nullptr;
    }
}

void ApplyPanel::setProgram(const QString &program)
{
    m_run->program = program;
    updateWidgets();
}

void ApplyPanel::setCommandPrefix(const QStringList &prefix)
{
    m_run->prefix = prefix;
    updateWidgets();
}

void ApplyPanel::setChildEnvironment(const QProcessEnvironment &environment)
{
    m_run->environment = environment;
    m_run->environmentSet = true;
}

void ApplyPanel::setConfirmSeconds(int seconds)
{
    m_run->confirmSeconds = qBound(1, seconds, 3600);
    updateWidgets();
}

bool ApplyPanel::isBusy() const
{
    return m_run->process != nullptr;
}

void ApplyPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The findings come from the program in the language it was asked for: ask again in the new one.
        if (m_run->detectedOnce && !m_run->process && isVisible())
            QTimer::singleShot(0, this, [this] {
                if (!m_run->process)
                    detect();
            });
    }
    QWidget::changeEvent(event);
}

void ApplyPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    assignMnemonics();
    if (!m_run->detectedOnce)
        detect();
}

void ApplyPanel::retranslateUi()
{
    m_ui->box->setTitle(tr("Apply on this computer"));
    m_ui->windowsNote->setText(tr("On Windows, apply the rules with the PowerShell script from the export: run it as "
                                  "administrator. It creates one rule group that you can remove again as a whole."));
    m_ui->log->setAccessibleName(tr("Output of the apply"));
    m_ui->log->setPlaceholderText(tr("The preview and the progress of applying show here."));
    m_ui->countdownLabel->setAccessibleName(tr("Time left to keep the new rules"));
    m_ui->keep->setToolTip(tr("Keep the new rules. Do this once you have checked that you can still reach this "
                              "computer."));
    m_ui->rollBack->setToolTip(tr("Undo the change now; the firewall goes back to how it was."));
    m_ui->undo->setToolTip(tr("Remove the rules that this program applied to this firewall (asks for the "
                              "administrator password)."));
    m_ui->preview->setToolTip(tr("Asks for the administrator password, reads the firewall and shows the exact "
                                 "change; nothing changes until you click Apply."));
    assignMnemonics();
    updateWidgets();
}

void ApplyPanel::assignMnemonics()
{
    // Letters taken by the wizard's buttons and by the rest of the page stay free.
    QSet<QChar> taken = mnemonic::takenByButtons();
    const QList<QPushButton *> mine {
        m_ui->preview, m_ui->apply, m_ui->cancel, m_ui->keep, m_ui->rollBack, m_ui->undo, m_ui->retest};
    if (QWidget *page = parentWidget()) {
        const QList<QAbstractButton *> others = page->findChildren<QAbstractButton *>();
        for (QAbstractButton *b : others) {
            if (!isAncestorOf(b))
                taken.insert(mnemonic::of(b->text()));
        }
        const QList<QLabel *> labels = page->findChildren<QLabel *>();
        for (QLabel *l : labels) {
            if (!isAncestorOf(l) && l->buddy())
                taken.insert(mnemonic::of(l->text()));
        }
    }
    const QStringList texts {tr("Preview the change"), tr("Apply"), tr("Cancel", "do not apply the previewed change"),
        tr("Keep"), tr("Roll back now"), tr("Undo"), tr("Test connectivity again")};
    for (int i = 0; i < mine.size(); ++i)
        mine.at(i)->setText(mnemonic::assign(texts.at(i), taken));
}

QString ApplyPanel::programPath() const
{
    if (!m_run->program.isEmpty())
        return m_run->program;
    // The wizard is the firewall-wizard program, whose command line applies. A test or tool that shows the panel
    // without naming a program must not start itself with "apply" arguments.
    const QString self = QCoreApplication::applicationFilePath();
    return QFileInfo(self).baseName() == QLatin1String("firewall-wizard") ? self : QString();
}

bool ApplyPanel::elevatedByPkexec() const
{
#ifdef Q_OS_UNIX
    return m_run->prefix.isEmpty() && ::geteuid() != 0;
#else
    return false;
#endif
}

QStringList ApplyPanel::commonArguments() const
{
    // No --catalog: the elevated child reads only the built-in products and the system-wide folder that root owns
    // (userCatalogProduct()).
    return QStringList {QStringLiteral("--lang"), m_state.language()};
}

QStringList ApplyPanel::applyCommand() const
{
    const QString planFile = m_run->tmp.filePath(QStringLiteral("plan.") + planfile::extension());
    QStringList command
        = elevation::pkexecApply(programPath(), planFile, BackendId::Invalid, m_run->confirmSeconds, commonArguments());
    // The wizard asks itself: the preview first, then the admin's Apply, then Keep.
    command.removeAll(QStringLiteral("--yes"));
    command << QStringLiteral("--answers-on-stdin");
    command.removeFirst(); // pkexec
    if (elevatedByPkexec())
        return QStringList {QStringLiteral("pkexec")} + command;
    return m_run->prefix + command;
}

QStringList ApplyPanel::revertCommand() const
{
    const BackendId backend = backendFromString(m_run->appliedBackend);
    QStringList command = elevation::pkexecRevert(programPath(), backend, commonArguments());
    command << QStringLiteral("--answers-on-stdin");
    command.removeFirst(); // pkexec
    if (elevatedByPkexec())
        return QStringList {QStringLiteral("pkexec")} + command;
    return m_run->prefix + command;
}

QStringList ApplyPanel::detectCommand() const
{
    const QString planFile = m_run->tmp.filePath(QStringLiteral("plan.") + planfile::extension());
    return m_run->prefix
        + QStringList {programPath(), QStringLiteral("apply"), QStringLiteral("--plan-file"), planFile,
            QStringLiteral("--dry-run"), QStringLiteral("--answers-on-stdin")}
    + commonArguments();
}

bool ApplyPanel::writePlanFile(QString *error)
{
    Plan plan;
    SelectionProblems problems;
    if (!m_state.resolve(plan, problems)) {
        *error = tr("The choices are not complete, so there is no plan to apply.");
        return false;
    }
    m_run->planTitle = planTitle(plan, m_state.language());
    if (!m_run->tmp.isValid()) {
        *error = tr("Cannot make a temporary folder for the plan file: %1").arg(m_run->tmp.errorString());
        return false;
    }
    QFile file(m_run->tmp.filePath(QStringLiteral("plan.") + planfile::extension()));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(planfile::write(plan.selection)) < 0
        || !file.flush()) {
        *error = tr("Cannot write the plan file %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

void ApplyPanel::detect()
{
#ifdef Q_OS_WIN
    m_run->detectedOnce = true;
    return;
#else
    if (m_run->process)
        return;
    m_run->detectedOnce = true;
    if (programPath().isEmpty()) {
        m_run->detection = QStringList {tr("Applying works only in the firewall-wizard program (this is %1).")
                                            .arg(QCoreApplication::applicationFilePath())};
        m_run->detectionPartial = false;
        updateWidgets();
        return;
    }
    if (const QString why = userCatalogProduct(); !why.isEmpty()) {
        m_run->detection = QStringList {why};
        m_run->detectionPartial = false;
        renderDetection();
        return;
    }
    QString error;
    if (!writePlanFile(&error)) {
        m_run->detection = QStringList {error};
        m_run->detectionPartial = false;
        renderDetection();
        return;
    }
    // Without word from the child, assume it could not see everything.
    m_run->detectionPartial = true;
    start(Mode::Detect, detectCommand());
#endif
}

/// Where pkexec is needed but missing, what to do instead (translated); empty otherwise.
QString ApplyPanel::pkexecMissing() const
{
    if (!elevatedByPkexec() || !QStandardPaths::findExecutable(QStringLiteral("pkexec")).isEmpty())
        return QString();
    //: %1 is a command line such as "sudo /usr/bin/firewall-wizard apply --plan-file FILE --confirm-within 60"
    return tr("Applying from here needs pkexec (Debian and Ubuntu: package pkexec or policykit-1), which is not "
              "installed. Install it, or save the plan file and apply it from a terminal: %1")
        .arg(QStringLiteral("sudo %1 apply --plan-file FILE --confirm-within 60").arg(programPath()));
}

/// Where the chosen product comes from the user's own catalog folder, which the command run as administrator does
/// not read (it trusts only root's files): what to do instead (translated); empty otherwise.
QString ApplyPanel::userCatalogProduct() const
{
    const Product *product = m_state.product();
    if (!product || !Catalog::fromUserFolder(*product))
        return QString();
    //: %1 the product's name, %2 the user's catalog file, %3 the system-wide catalog folder
    return tr("%1 comes from your own catalog folder, which the command run as administrator does not read: it "
              "reads only the built-in products and the system-wide catalog folder %3, whose files root owns. To "
              "apply it, first install the product file there, e.g. sudo install -D -m 644 %2 %3/, then start the "
              "wizard again.")
        .arg(product->name.in(m_state.language()), product->file, Catalog::systemCatalogDir());
}

void ApplyPanel::startPreview()
{
    if (m_run->process)
        return;
    QString error;
    if (const QString why = userCatalogProduct(); !why.isEmpty()) {
        m_run->outcome = Outcome::CouldNotStart;
        m_run->outcomeDetail = why;
        renderOutcome();
        return;
    }
    if (!pkexecMissing().isEmpty()) {
        m_run->outcome = Outcome::CouldNotStart;
        m_run->outcomeDetail = pkexecMissing();
        renderOutcome();
        return;
    }
    if (!writePlanFile(&error)) {
        m_run->outcome = Outcome::CouldNotStart;
        m_run->outcomeDetail = error;
        renderOutcome();
        return;
    }
    m_run->outcome = Outcome::None;
    m_run->backend.clear();
    m_run->rules = 0;
    m_run->sawApproval = false;
    m_run->sawPending = false;
    m_run->rollBackAsked = false;
    m_ui->log->clear();
    renderOutcome();
    start(Mode::Apply, applyCommand());
}

void ApplyPanel::startUndo()
{
    if (m_run->process)
        return;
    if (!pkexecMissing().isEmpty()) {
        m_run->outcome = Outcome::CouldNotStart;
        m_run->outcomeDetail = pkexecMissing();
        renderOutcome();
        return;
    }
    m_run->outcome = Outcome::None;
    m_ui->log->clear();
    renderOutcome();
    start(Mode::Revert, revertCommand());
}

void ApplyPanel::answer(const QByteArray &word)
{
    if (!m_run->process)
        return;
    m_run->process->write(word + '\n');
    m_ui->log->appendPlainText(QStringLiteral("> ") + QString::fromLatin1(word));
}

void ApplyPanel::start(Mode mode, const QStringList &command)
{
    m_run->mode = mode;
    m_run->buffer.clear();
    m_run->errorLines.clear();
    m_run->results.clear();
    m_run->lines.clear();
    auto *p = new QProcess(this);
    m_run->process = p;
    // Detection shows only what the program prints on standard output; the tools it runs may complain on standard
    // error without root. Applying shows everything, in order.
    p->setProcessChannelMode(mode == Mode::Detect ? QProcess::SeparateChannels : QProcess::MergedChannels);
    if (m_run->environmentSet)
        p->setProcessEnvironment(m_run->environment);
    p->setProgram(command.first());
    p->setArguments(command.mid(1));
    connect(p, &QProcess::readyReadStandardOutput, this, &ApplyPanel::readOutput);
    connect(p, &QProcess::finished, this, &ApplyPanel::finished);
    connect(p, &QProcess::errorOccurred, this, [this, p](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || m_run->process != p)
            return;
        m_run->process = nullptr;
        p->deleteLater();
        if (m_run->mode == Mode::Detect) {
            m_run->detection = QStringList {tr("Could not run %1: %2").arg(p->program(), p->errorString())};
            m_run->detectionPartial = false;
            renderDetection();
        } else {
            m_run->outcome = Outcome::CouldNotStart;
            m_run->outcomeDetail = tr("Could not run %1: %2").arg(p->program(), p->errorString());
            renderOutcome();
        }
        setPhase(Phase::Idle);
        emit busyChanged(false);
    });
    if (mode != Mode::Detect)
        m_ui->log->appendPlainText(QStringLiteral("$ ") + command.join(QLatin1Char(' ')));
    setPhase(mode == Mode::Detect ? Phase::Detecting : mode == Mode::Apply ? Phase::Preparing : Phase::Reverting);
    emit busyChanged(true);
    p->start();
}

void ApplyPanel::readOutput()
{
    QProcess *p = m_run->process;
    if (!p)
        return;
    m_run->buffer += p->readAllStandardOutput();
    qsizetype newline = 0;
    while ((newline = m_run->buffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromLocal8Bit(m_run->buffer.left(newline));
        m_run->buffer.remove(0, newline + 1);
        handleLine(line);
    }
}

void ApplyPanel::handleLine(const QString &line)
{
    if (line.startsWith(QLatin1String("confirm-apply"))) {
        const QStringList words = line.split(QLatin1Char(' '));
        m_run->backend = words.value(1);
        m_run->rules = words.value(2).toInt();
        m_run->sawApproval = true;
        setPhase(Phase::AwaitingApproval);
        return;
    }
    if (line.startsWith(QLatin1String("confirm-pending "))) {
        m_run->sawPending = true;
        m_run->pendingSeconds = line.section(QLatin1Char(' '), 1, 1).toInt();
        m_run->deadline = QDateTime::currentMSecsSinceEpoch() + qint64(m_run->pendingSeconds) * 1000;
        setPhase(Phase::Confirming);
        return;
    }
    if (line.startsWith(QLatin1String("detected "))) {
        m_run->detectionPartial = line.section(QLatin1Char(' '), 2, 2) == QLatin1String("partial");
        return;
    }
    if (line.startsWith(QLatin1String("result "))) {
        m_run->results << line.mid(7).trimmed();
        return;
    }
    if (line.startsWith(kErrorPrefix)) {
        // "firewall-wizard: error: what": the panel says "Failed" already.
        QString what = line.mid(kErrorPrefix.size());
        for (const char *context : {"fw::cli", "fw::cli::ApplyCommand", "fw::cli::RevertCommand"}) {
            const QString error = QCoreApplication::translate(context, "error: ");
            if (what.startsWith(error)) {
                what.remove(0, error.size());
                break;
            }
        }
        m_run->errorLines << what;
    }
    m_run->lines << line;
    if (m_run->mode != Mode::Detect) {
        m_ui->log->appendPlainText(line);
        m_ui->log->verticalScrollBar()->setValue(m_ui->log->verticalScrollBar()->maximum());
    }
}

void ApplyPanel::finished(int exitCode, QProcess::ExitStatus status)
{
    QProcess *p = m_run->process;
    if (!p)
        return;
    readOutput();
    if (!m_run->buffer.isEmpty()) {
        handleLine(QString::fromLocal8Bit(m_run->buffer));
        m_run->buffer.clear();
    }
    m_run->process = nullptr;
    p->deleteLater();
    const bool crashed = status != QProcess::NormalExit;
    const QString result = m_run->results.value(m_run->results.size() - 1);
    const QString detail = m_run->errorLines.join(QLatin1Char('\n'));
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);

    if (m_run->mode == Mode::Detect) {
        const QList<QByteArray> errors = p->readAllStandardError().split('\n');
        for (const QByteArray &e : errors) {
            const QString line = QString::fromLocal8Bit(e);
            if (line.startsWith(QLatin1String("detected ")) || line.startsWith(kErrorPrefix))
                handleLine(line);
        }
        // The lines before the first blank one are the detection; the rest is the dry run's preview.
        QStringList found;
        for (const QString &l : std::as_const(m_run->lines)) {
            if (l.trimmed().isEmpty())
                break;
            found << l;
        }
        if (found.isEmpty())
            found << (crashed ? tr("Looking for the firewall failed: the program ended unexpectedly.")
                              : tr("Looking for the firewall failed (exit code %1): %2")
                                    .arg(exitCode)
                                    .arg(detail.isEmpty() ? m_run->lines.join(QLatin1Char(' ')) : detail));
        m_run->detection = found;
        renderDetection();
        setPhase(Phase::Idle);
        emit busyChanged(false);
        return;
    }

    if (m_run->mode == Mode::Apply) {
        m_run->outcomeBackend = m_run->backend;
        m_run->outcomeDetail = detail;
        if (!crashed && elevatedByPkexec() && pkexecRefused(exitCode))
            m_run->outcome = Outcome::NotAuthorized;
        else if (result == QLatin1String("kept") || result == QLatin1String("applied"))
            m_run->outcome = Outcome::Applied;
        else if (result == QLatin1String("nothing-to-do"))
            m_run->outcome = Outcome::NothingToDo;
        else if (result == QLatin1String("declined"))
            m_run->outcome = Outcome::Declined;
        else if (result == QLatin1String("rolled-back"))
            m_run->outcome = m_run->rollBackAsked ? Outcome::RolledBackNow : Outcome::RolledBackByItself;
        else if (result == QLatin1String("rollback-failed") || result == QLatin1String("failed-undo-failed"))
            m_run->outcome = Outcome::RollbackFailed;
        else
            m_run->outcome = Outcome::Failed;
        if (m_run->outcome == Outcome::Failed && crashed)
            m_run->outcomeDetail = tr("the program ended unexpectedly. %1").arg(detail);
        else if (m_run->outcome == Outcome::Failed && detail.isEmpty())
            m_run->outcomeDetail = tr("exit code %1").arg(exitCode);
        if (m_run->outcome == Outcome::Applied) {
            m_run->appliedBackend = m_run->backend;
            QStringList summary = m_state.appliedSummary();
            summary << tr("Applied to %1 at %2: %3; rules: %4")
                           .arg(backendLabel(backendFromString(m_run->backend)), time, m_run->planTitle)
                           .arg(m_run->rules);
            m_state.setAppliedSummary(summary);
        }
    } else if (m_run->mode == Mode::Revert) {
        QStringList reverted;
        bool failed = crashed || exitCode != 0;
        for (const QString &r : std::as_const(m_run->results)) {
            if (r.startsWith(QLatin1String("reverted ")) || r.startsWith(QLatin1String("restored ")))
                reverted << backendLabel(backendFromString(r.section(QLatin1Char(' '), 1, 1)));
            else if (r.startsWith(QLatin1String("revert-failed")))
                failed = true;
        }
        m_run->outcomeDetail = detail;
        if (!crashed && elevatedByPkexec() && pkexecRefused(exitCode))
            m_run->outcome = Outcome::NotAuthorized;
        else if (failed)
            m_run->outcome = Outcome::RevertFailed;
        else if (reverted.isEmpty())
            m_run->outcome = Outcome::NothingToDo;
        else
            m_run->outcome = Outcome::Reverted;
        if (m_run->outcome == Outcome::RevertFailed && m_run->outcomeDetail.isEmpty())
            m_run->outcomeDetail = crashed ? tr("the program ended unexpectedly") : tr("exit code %1").arg(exitCode);
        m_run->outcomeBackend = reverted.join(QStringLiteral(", "));
        if (!reverted.isEmpty()) {
            m_run->appliedBackend.clear();
            QStringList summary = m_state.appliedSummary();
            summary << tr("Reverted at %1: what this program had applied to %2").arg(time, m_run->outcomeBackend);
            m_state.setAppliedSummary(summary);
        }
    }
    renderOutcome();
    setPhase(Phase::Idle);
    emit busyChanged(false);
    // What governs the firewall may have changed; look again (without rights, as before).
    if (m_run->outcome == Outcome::Applied || m_run->outcome == Outcome::Reverted)
        detect();
}

void ApplyPanel::setPhase(Phase phase)
{
    m_run->phase = phase;
    if (phase == Phase::Confirming) {
        m_run->tick.start();
        renderCountdown();
    } else {
        m_run->tick.stop();
    }
    updateWidgets();
    if (phase == Phase::AwaitingApproval)
        m_ui->apply->setFocus(Qt::OtherFocusReason);
    else if (phase == Phase::Confirming)
        m_ui->keep->setFocus(Qt::OtherFocusReason);
}

void ApplyPanel::updateWidgets()
{
#ifdef Q_OS_WIN
    const bool windows = true;
#else
    const bool windows = false;
#endif
    const Phase phase = m_run->phase;
    const bool idle = phase == Phase::Idle;
    m_ui->windowsNote->setVisible(windows);
    for (QWidget *w : std::initializer_list<QWidget *> {m_ui->detectedIcon, m_ui->detected, m_ui->explanation,
             m_ui->preview, m_ui->apply, m_ui->cancel, m_ui->undo, m_ui->log})
        w->setVisible(!windows);
    const bool canRun = !programPath().isEmpty();
    m_ui->preview->setEnabled(idle && canRun && userCatalogProduct().isEmpty());
    m_ui->undo->setEnabled(idle && canRun);
    m_ui->apply->setEnabled(phase == Phase::AwaitingApproval);
    m_ui->cancel->setEnabled(phase == Phase::AwaitingApproval);
    m_ui->countdown->setVisible(!windows && phase == Phase::Confirming);
    m_ui->progress->setVisible(!windows && !idle && phase != Phase::AwaitingApproval && phase != Phase::Confirming);
    m_ui->retest->setVisible(!windows && idle && m_run->outcome == Outcome::Applied);

    QString status;
    switch (phase) {
    case Phase::Detecting:
        status = tr("Looking for the firewall that governs this computer…");
        break;
    case Phase::Preparing:
        status = elevatedByPkexec() ? tr("Waiting for the administrator password, then reading the firewall…")
                                    : tr("Reading the firewall and preparing the preview…");
        break;
    case Phase::AwaitingApproval:
        status = tr("Review the change below. Nothing has changed yet: click Apply to make it, or Cancel.");
        break;
    case Phase::Applying:
        status = m_run->rollBackAsked ? tr("Rolling back…")
            : m_run->sawPending       ? tr("Keeping the change…")
                                      : tr("Applying…");
        break;
    case Phase::Confirming:
        status = tr("Applied for now. Check that you can still reach this computer, then keep the change.");
        break;
    case Phase::Reverting:
        status = elevatedByPkexec() ? tr("Waiting for the administrator password, then undoing…") : tr("Undoing…");
        break;
    case Phase::Idle:
    case Phase::Invalid:
        break;
    }
    m_ui->status->setText(status);
    m_ui->status->setVisible(!windows && !status.isEmpty());

    const QStringList command = applyCommand();
    if (!canRun)
        m_ui->explanation->clear();
    else if (!pkexecMissing().isEmpty())
        m_ui->explanation->setText(pkexecMissing());
    else if (elevatedByPkexec())
        m_ui->explanation->setText(elevation::explanation(command));
    else
        m_ui->explanation->setText(
            tr("The wizard already runs with administrator rights, so no password is asked. Only this command "
               "changes the firewall:\n%1")
                .arg(command.join(QLatin1Char(' '))));
    renderDetection();
    renderOutcome();
}

void ApplyPanel::renderDetection()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    if (m_run->phase == Phase::Detecting || !m_run->detectedOnce) {
        m_ui->detectedIcon->setPixmap(style()->standardIcon(QStyle::SP_BrowserReload).pixmap(size, size));
        m_ui->detected->setText(tr("Looking for the firewall that governs this computer…"));
        return;
    }
    QStringList text = m_run->detection;
    if (m_run->detectionPartial)
        text << tr("Partial: this was looked at without administrator rights, which cannot read everything (the "
                   "nftables ruleset, for one). The preview runs with them and shows the whole picture.");
    m_ui->detectedIcon->setPixmap(
        style()
            ->standardIcon(m_run->detectionPartial ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation)
            .pixmap(size, size));
    m_ui->detected->setText(text.join(QLatin1Char('\n')));
}

void ApplyPanel::renderCountdown()
{
    if (m_run->phase != Phase::Confirming)
        return;
    const qint64 left = m_run->deadline - QDateTime::currentMSecsSinceEpoch();
    const int seconds = int(std::ceil(double(qMax<qint64>(0, left)) / 1000.0));
    if (seconds > 0)
        m_ui->countdownLabel->setText(tr("Keep these rules? %1 s left").arg(seconds));
    else
        m_ui->countdownLabel->setText(tr("Time is up: rolling back…"));
}

void ApplyPanel::renderOutcome()
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString text;
    const QString backend = backendLabel(backendFromString(m_run->outcomeBackend));
    const QString detail = m_run->outcomeDetail;
    switch (m_run->outcome) {
    case Outcome::Applied:
        icon = QStyle::SP_DialogApplyButton;
        text = tr("Applied: the rules are in %1 and stay. Run the connectivity test again to see that the clients "
                  "get through now.")
                   .arg(backend);
        break;
    case Outcome::NothingToDo:
        text = m_run->mode == Mode::Revert
            ? tr("Nothing to undo: this program has applied nothing that is still recorded or found.")
            : tr("Nothing to change: the output below says why.");
        break;
    case Outcome::Declined:
        text = tr("Not applied: you cancelled, and nothing was changed.");
        break;
    case Outcome::RolledBackByItself:
        icon = QStyle::SP_MessageBoxWarning;
        text = tr("Rolled back: nobody kept the change within %1 s, so it was undone by itself. The firewall is as "
                  "it was before.")
                   .arg(m_run->pendingSeconds);
        break;
    case Outcome::RolledBackNow:
        icon = QStyle::SP_MessageBoxWarning;
        text = tr("Rolled back: the change was undone as you asked. The firewall is as it was before.");
        break;
    case Outcome::RollbackFailed:
        icon = QStyle::SP_MessageBoxCritical;
        text = tr("Failed, and undoing failed too: check the firewall. The output below names the backup taken "
                  "before. %1")
                   .arg(detail);
        break;
    case Outcome::Failed:
        icon = QStyle::SP_MessageBoxCritical;
        text = tr("Failed: %1\nThe firewall was left as it was.").arg(detail);
        break;
    case Outcome::NotAuthorized:
        icon = QStyle::SP_MessageBoxWarning;
        text = tr("Not done: the administrator password was not given (or pkexec refused; see the output below), so "
                  "nothing was changed.");
        break;
    case Outcome::Reverted:
        icon = QStyle::SP_DialogApplyButton;
        text = tr("Undone: what this program had applied to %1 was removed.").arg(m_run->outcomeBackend);
        break;
    case Outcome::RevertFailed:
        icon = QStyle::SP_MessageBoxCritical;
        text = tr("Undo failed: %1").arg(detail);
        break;
    case Outcome::CouldNotStart:
        icon = QStyle::SP_MessageBoxCritical;
        text = tr("Failed: %1").arg(detail);
        break;
    case Outcome::None:
    case Outcome::Invalid:
        break;
    }
    const bool shown = !text.isEmpty() && m_run->phase == Phase::Idle;
    m_ui->result->setText(text);
    m_ui->result->setVisible(shown);
    m_ui->resultIcon->setVisible(shown);
    if (shown) {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
        m_ui->resultIcon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    }
}

} // namespace fw
