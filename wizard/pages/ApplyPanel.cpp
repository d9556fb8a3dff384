#include "ApplyPanel.h"

#include "ApplyPanelText.h"
#include "Mnemonics.h"
#include "WizardState.h"
#include "apply/Applier.h"
#include "apply/ApplySession.h"
#include "catalog/Catalog.h"
#include "plan/PlanText.h"
#include "ui_ApplyPanel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTime>
#include <QTimer>

namespace fw {

using Phase = ApplySession::Phase;
using Outcome = ApplySession::Outcome;

ApplyPanel::ApplyPanel(WizardState &state, QWidget *parent)
    : QWidget(parent), m_state(state), m_session(new ApplySession(this)), m_ui(new Ui::ApplyPanel)
{
    m_ui->setupUi(this);
    QFont big = m_ui->applyCountdownLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_ui->applyCountdownLabel->setFont(big);
    m_ui->applyLog->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->applyLog->setMinimumHeight(m_ui->applyLog->fontMetrics().lineSpacing() * 8);

    connect(m_ui->applyPreviewButton, &QPushButton::clicked, this, &ApplyPanel::startPreview);
    connect(m_ui->applyApplyButton, &QPushButton::clicked, m_session, &ApplySession::approve);
    connect(m_ui->applyCancelButton, &QPushButton::clicked, m_session, &ApplySession::cancel);
    connect(m_ui->applyKeepButton, &QPushButton::clicked, m_session, &ApplySession::keep);
    connect(m_ui->applyRollBackButton, &QPushButton::clicked, m_session, &ApplySession::rollBackNow);
    connect(m_ui->applyUndoButton, &QPushButton::clicked, this, &ApplyPanel::startUndo);
    connect(m_ui->applyRetestButton, &QPushButton::clicked, this, &ApplyPanel::retestRequested);

    connect(m_session, &ApplySession::phaseChanged, this, [this] {
        updateWidgets();
        if (m_session->phase() == Phase::AwaitingApproval)
            m_ui->applyApplyButton->setFocus(Qt::OtherFocusReason);
        else if (m_session->phase() == Phase::Confirming)
            m_ui->applyKeepButton->setFocus(Qt::OtherFocusReason);
    });
    connect(m_session, &ApplySession::output, this, [this](const QString &line) {
        m_ui->applyLog->appendPlainText(line);
        m_ui->applyLog->verticalScrollBar()->setValue(m_ui->applyLog->verticalScrollBar()->maximum());
    });
    connect(m_session, &ApplySession::detectionFinished, this, &ApplyPanel::renderDetection);
    connect(m_session, &ApplySession::secondsLeftChanged, this, &ApplyPanel::renderCountdown);
    connect(m_session, &ApplySession::finished, this, &ApplyPanel::finished);
    connect(m_session, &ApplySession::busyChanged, this, &ApplyPanel::busyChanged);
    retranslateUi();
}

ApplyPanel::~ApplyPanel() = default;

void ApplyPanel::setProgram(const QString &program)
{
    m_session->setProgram(program);
    updateWidgets();
}

void ApplyPanel::setCommandPrefix(const QStringList &prefix)
{
    m_session->setCommandPrefix(prefix);
    updateWidgets();
}

void ApplyPanel::setChildEnvironment(const QProcessEnvironment &environment)
{
    m_session->setChildEnvironment(environment);
}

void ApplyPanel::setConfirmSeconds(int seconds)
{
    m_session->setConfirmSeconds(seconds);
    updateWidgets();
}

bool ApplyPanel::isBusy() const
{
    return m_session->isBusy();
}

void ApplyPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The findings come from the program in the language it was asked for: ask again in the new one.
        if (m_detected && !isBusy() && isVisible())
            QTimer::singleShot(0, this, [this] {
                if (!isBusy())
                    detect();
            });
    }
    QWidget::changeEvent(event);
}

void ApplyPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    assignMnemonics();
    if (!m_detected)
        detect();
}

void ApplyPanel::retranslateUi()
{
    m_ui->applyBox->setTitle(tr("Apply on this computer"));
    m_ui->applyWindowsNote->setText(
        tr("On Windows, apply the rules with the PowerShell script from the export: run it as "
           "administrator. It creates one rule group that you can remove again as a whole."));
    m_ui->applyLog->setAccessibleName(tr("Output of the apply"));
    m_ui->applyLog->setPlaceholderText(tr("The preview and the progress of applying show here."));
    m_ui->applyCountdownLabel->setAccessibleName(tr("Time left to keep the new rules"));
    m_ui->applyKeepButton->setToolTip(
        tr("Keep the new rules. Do this once you have checked that you can still reach this "
           "computer."));
    m_ui->applyRollBackButton->setToolTip(tr("Undo the change now; the firewall goes back to how it was."));
    m_ui->applyUndoButton->setToolTip(tr("Remove the rules that this program applied to this firewall (asks for the "
                                         "administrator password)."));
    m_ui->applyPreviewButton->setToolTip(
        tr("Asks for the administrator password, reads the firewall and shows the exact "
           "change; nothing changes until you click Apply."));
    assignMnemonics();
    updateWidgets();
}

void ApplyPanel::assignMnemonics()
{
    // Letters taken by the wizard's buttons and by the rest of the page stay free.
    QSet<QChar> taken = mnemonic::takenByButtons();
    const QList<QPushButton *> mine {m_ui->applyPreviewButton, m_ui->applyApplyButton, m_ui->applyCancelButton,
        m_ui->applyKeepButton, m_ui->applyRollBackButton, m_ui->applyUndoButton, m_ui->applyRetestButton};
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

/// Resolves the plan and hands it to the session; false with @p error (translated).
bool ApplyPanel::writePlan(QString *error)
{
    Plan plan;
    SelectionProblems problems;
    if (!m_state.resolve(plan, problems)) {
        *error = tr("The choices are not complete, so there is no plan to apply.");
        return false;
    }
    m_planTitle = planTitle(plan, m_state.language());
    return m_session->setPlan(plan.selection, error);
}

void ApplyPanel::detect()
{
    m_detected = true;
#ifndef Q_OS_WIN
    if (isBusy())
        return;
    m_detectionNote.clear();
    QString why;
    if (m_session->program().isEmpty())
        why = tr("Applying works only in the firewall-wizard program (this is %1).")
                  .arg(QCoreApplication::applicationFilePath());
    else if (why = applytext::userCatalogProduct(m_state); why.isEmpty())
        writePlan(&why);
    if (why.isEmpty()) {
        m_session->setLanguage(m_state.language());
        m_session->detect();
    } else {
        m_detectionNote = QStringList {why};
    }
    updateWidgets();
#endif
}

void ApplyPanel::startPreview()
{
    if (isBusy())
        return;
    QString why = applytext::userCatalogProduct(m_state);
    if (why.isEmpty())
        why = applytext::pkexecMissing(*m_session);
    if (why.isEmpty())
        writePlan(&why);
    if (!why.isEmpty()) {
        m_session->refuse(why);
        return;
    }
    m_ui->applyLog->clear();
    m_session->setLanguage(m_state.language());
    m_session->preview();
}

void ApplyPanel::startUndo()
{
    if (isBusy())
        return;
    if (const QString why = applytext::pkexecMissing(*m_session); !why.isEmpty()) {
        m_session->refuse(why);
        return;
    }
    m_ui->applyLog->clear();
    m_session->setLanguage(m_state.language());
    m_session->undo();
}

void ApplyPanel::finished()
{
    const ApplySession::Report &r = m_session->report();
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    QStringList summary = m_state.appliedSummary();
    if (r.outcome == Outcome::Applied)
        summary
            << tr("Applied to %1 at %2: %3; rules: %4").arg(backendLabel(r.backend), time, m_planTitle).arg(r.rules);
    else if (!r.reverted.isEmpty())
        summary << tr("Reverted at %1: what this program had applied to %2")
                       .arg(time, applytext::revertedLabels(m_session->report()));
    if (summary != m_state.appliedSummary())
        m_state.setAppliedSummary(summary);
    updateWidgets();
    // What governs the firewall may have changed; look again (without rights, as before).
    if (r.outcome == Outcome::Applied || r.outcome == Outcome::Reverted)
        detect();
}

void ApplyPanel::updateWidgets()
{
#ifdef Q_OS_WIN
    const bool windows = true;
#else
    const bool windows = false;
#endif
    m_session->setLanguage(m_state.language());
    const Phase phase = m_session->phase();
    const bool idle = phase == Phase::Idle;
    m_ui->applyWindowsNote->setVisible(windows);
    for (QWidget *w : std::initializer_list<QWidget *> {m_ui->applyDetectedIcon, m_ui->applyDetected,
             m_ui->applyExplanation, m_ui->applyPreviewButton, m_ui->applyApplyButton, m_ui->applyCancelButton,
             m_ui->applyUndoButton, m_ui->applyLog})
        w->setVisible(!windows);
    const bool canRun = !m_session->program().isEmpty();
    m_ui->applyPreviewButton->setEnabled(idle && canRun && applytext::userCatalogProduct(m_state).isEmpty());
    m_ui->applyUndoButton->setEnabled(idle && canRun);
    m_ui->applyApplyButton->setEnabled(phase == Phase::AwaitingApproval);
    m_ui->applyCancelButton->setEnabled(phase == Phase::AwaitingApproval);
    m_ui->applyCountdown->setVisible(!windows && phase == Phase::Confirming);
    m_ui->applyProgress->setVisible(
        !windows && !idle && phase != Phase::AwaitingApproval && phase != Phase::Confirming);
    m_ui->applyRetestButton->setVisible(!windows && idle && m_session->report().outcome == Outcome::Applied);

    const QString status = applytext::status(*m_session);
    m_ui->applyStatus->setText(status);
    m_ui->applyStatus->setVisible(!windows && !status.isEmpty());

    m_ui->applyExplanation->setText(canRun ? applytext::explanation(*m_session) : QString());
    renderDetection();
    renderCountdown();
    renderOutcome();
}

void ApplyPanel::renderDetection()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    if (m_detectionNote.isEmpty() && (m_session->phase() == Phase::Detecting || !m_detected)) {
        m_ui->applyDetectedIcon->setPixmap(style()->standardIcon(QStyle::SP_BrowserReload).pixmap(size, size));
        m_ui->applyDetected->setText(tr("Looking for the firewall that governs this computer…"));
        return;
    }
    QStringList text = m_detectionNote.isEmpty() ? m_session->detection() : m_detectionNote;
    if (text.isEmpty())
        text << applytext::detectionFailure(m_session->detectReport());
    const bool partial = m_detectionNote.isEmpty() && m_session->detectionPartial();
    if (partial)
        text << tr("Partial: this was looked at without administrator rights, which cannot read everything (the "
                   "nftables ruleset, for one). The preview runs with them and shows the whole picture.");
    m_ui->applyDetectedIcon->setPixmap(
        style()
            ->standardIcon(partial ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation)
            .pixmap(size, size));
    m_ui->applyDetected->setText(text.join(QLatin1Char('\n')));
}

void ApplyPanel::renderCountdown()
{
    if (m_session->phase() != Phase::Confirming)
        return;
    const int seconds = m_session->secondsLeft();
    if (seconds > 0)
        m_ui->applyCountdownLabel->setText(tr("Keep these rules? %1 s left").arg(seconds));
    else
        m_ui->applyCountdownLabel->setText(tr("Time is up: rolling back…"));
}

void ApplyPanel::renderOutcome()
{
    const applytext::Shown shown = applytext::outcome(m_session->report());
    const bool visible = !shown.text.isEmpty() && m_session->phase() == Phase::Idle;
    m_ui->applyResult->setText(shown.text);
    m_ui->applyResult->setVisible(visible);
    m_ui->applyResultIcon->setVisible(visible);
    if (visible) {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
        m_ui->applyResultIcon->setPixmap(style()->standardIcon(shown.icon).pixmap(size, size));
    }
}

} // namespace fw
