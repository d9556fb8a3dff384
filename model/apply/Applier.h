#pragma once

#include "Backend.h"
#include "StepHelpers.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fw {

/// Finds which firewall governs this machine: firewalld running, else ufw active, else an nftables ruleset whose
/// input chain drops, else none (Invalid). @p wanted is a back end the caller will use (--backend): it is
/// inspected fully even where it does not govern, e.g. firewalld's permanent configuration without the daemon.
/// @p everything inspects every back end fully (diagnose).
FirewallState detectFirewall(Host &host, BackendId wanted = BackendId::Invalid, bool everything = false);
/// The findings in words, one line each (translated): the back end that governs and why, the input chains and
/// their policies, firewalld's zones and which interface is in which, ufw's status.
QStringList describeFirewall(const FirewallState &state);
/// AppliedRecord::read() with every back end's checkEntry(): a record that names anything not ours is damaged.
bool readAppliedRecord(Host &host, const QString &path, AppliedRecord *record, QString *error, bool *damaged = nullptr);
/// Whether @p backend's steps can run on this operating system (Windows only on Windows, the others elsewhere).
bool backendRunsHere(BackendId backend);

/// Prepares applying @p plan with settings.backend, or with the back end that governs: the backup, the change,
/// the read-back and the record, as steps that have not run. Where nothing filters, nothingToDo says so.
PreparedChange prepareApply(Host &host, const FirewallState &state, const Plan &plan, const ApplySettings &settings);
/// Prepares removing what the record lists for settings.backend (Invalid: every back end), one change per back
/// end, each with its own record update; each change's fallback puts the back end's oldest backup back for when
/// removing our objects is not possible.
QList<PreparedChange> prepareRevert(Host &host, const FirewallState &state, const ApplySettings &settings);
/// The change for people, exactly as it will run: back end, notes, and each step with its commands (translated).
QString previewText(const PreparedChange &change);

/// What running a change did.
struct ChangeOutcome
{
    bool ok = false;
    QString failedStep;        ///< the id of the step that failed
    QString failedDescription; ///< its description
    QString error;             ///< what the tool said
    bool rolledBack = false;   ///< the completed steps were undone without error
    QStringList rollbackErrors;
    bool usedFallback = false; ///< revert: removing failed and the backup was put back instead
    QList<Step> done;          ///< the completed steps, for a later rollBack()
};

/// Runs the steps in order; when one fails, undoes the completed ones in reverse order, so that the firewall is as
/// it was. @p failAfterStep is the test hook of ApplySettings::failAfterStep.
ChangeOutcome runChange(Host &host, const PreparedChange &change, const QString &failAfterStep = QString());
/// Undoes the completed steps of a change that succeeded (the confirm window ran out); false with the errors in
/// outcome.rollbackErrors when a step could not be undone.
bool rollBack(Host &host, ChangeOutcome &outcome);
/// Runs a revert change; when it fails and the change has a fallback, puts the backup back instead.
ChangeOutcome runRevert(Host &host, const PreparedChange &change, const QString &failAfterStep = QString());

/// What an entry of the record says, for the Finish page, the PDF and diagnose (translated, several lines).
QString describeEntry(const AppliedEntry &entry);

} // namespace fw
