#include "ApplyPanelText.h"

#include "WizardState.h"
#include "apply/Elevation.h"
#include "catalog/Catalog.h"
#include "system/Tr.h"

#include <QCoreApplication>

namespace fw::applytext {

namespace {

/// The panel's texts keep the panel's translation context: they are its wording, kept apart from its widgets.
namespace Tr {
FW_TR_CONTEXT(fw::ApplyPanel)
}

} // namespace

using Outcome = ApplySession::Outcome;
using Phase = ApplySession::Phase;

QString status(const ApplySession &session)
{
    switch (session.phase()) {
    case Phase::Detecting:
        return Tr::tr("Looking for the firewall that governs this computer…");
    case Phase::Preparing:
        return session.elevatedByPkexec() ? Tr::tr("Waiting for the administrator password, then reading the firewall…")
                                          : Tr::tr("Reading the firewall and preparing the preview…");
    case Phase::AwaitingApproval:
        return Tr::tr("Review the change below. Nothing has changed yet: click Apply to make it, or Cancel.");
    case Phase::Applying:
        return session.rollBackAsked() ? Tr::tr("Rolling back…")
            : session.sawPending()     ? Tr::tr("Keeping the change…")
                                       : Tr::tr("Applying…");
    case Phase::Confirming:
        return Tr::tr("Applied for now. Check that you can still reach this computer, then keep the change.");
    case Phase::Reverting:
        return session.elevatedByPkexec() ? Tr::tr("Waiting for the administrator password, then undoing…")
                                          : Tr::tr("Undoing…");
    case Phase::Idle:
    case Phase::Invalid:
        break;
    }
    return QString();
}

QString explanation(const ApplySession &session)
{
    const QStringList command = session.applyCommand();
    if (const QString missing = pkexecMissing(session); !missing.isEmpty())
        return missing;
    if (session.elevatedByPkexec())
        return elevation::explanation(command);
    return Tr::tr("The wizard already runs with administrator rights, so no password is asked. Only this command "
                  "changes the firewall:\n%1")
        .arg(command.join(QLatin1Char(' ')));
}

QString detectionFailure(const ApplySession::Report &r)
{
    if (!r.startError.isEmpty())
        return r.startError;
    if (r.crashed)
        return Tr::tr("Looking for the firewall failed: the program ended unexpectedly.");
    const QString detail = !r.errors.isEmpty() ? r.errors.join(QLatin1Char('\n'))
        : !r.output.isEmpty()                  ? r.output.join(QLatin1Char(' '))
                                               : r.otherErrors.join(QLatin1Char(' '));
    return Tr::tr("Looking for the firewall failed (exit code %1): %2").arg(r.exitCode).arg(detail);
}

Shown outcome(const ApplySession::Report &r)
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString text;
    const QString backend = backendLabel(r.backend);
    const QString errors = r.errors.join(QLatin1Char('\n'));
    QString detail = errors;
    if (r.outcome == Outcome::Failed && r.crashed)
        detail = Tr::tr("the program ended unexpectedly. %1").arg(errors);
    else if ((r.outcome == Outcome::Failed || r.outcome == Outcome::RevertFailed) && errors.isEmpty())
        detail = r.crashed ? Tr::tr("the program ended unexpectedly") : Tr::tr("exit code %1").arg(r.exitCode);
    else if (r.outcome == Outcome::CouldNotStart)
        detail = r.startError;
    switch (r.outcome) {
    case Outcome::Applied:
        icon = QStyle::SP_DialogApplyButton;
        text = Tr::tr("Applied: the rules are in %1 and stay. Run the connectivity test again to see that the clients "
                      "get through now.")
                   .arg(backend);
        break;
    case Outcome::NothingToDo:
        text = r.mode == ApplySession::Mode::Revert
            ? Tr::tr("Nothing to undo: this program has applied nothing that is still recorded or found.")
            : Tr::tr("Nothing to change: the output below says why.");
        break;
    case Outcome::Declined:
        text = Tr::tr("Not applied: you cancelled, and nothing was changed.");
        break;
    case Outcome::RolledBackByItself:
        icon = QStyle::SP_MessageBoxWarning;
        text = Tr::tr("Rolled back: nobody kept the change within %1 s, so it was undone by itself. The firewall is as "
                      "it was before.")
                   .arg(r.pendingSeconds);
        break;
    case Outcome::RolledBackNow:
        icon = QStyle::SP_MessageBoxWarning;
        text = Tr::tr("Rolled back: the change was undone as you asked. The firewall is as it was before.");
        break;
    case Outcome::RollbackFailed:
        icon = QStyle::SP_MessageBoxCritical;
        text = Tr::tr("Failed, and undoing failed too: check the firewall. The output below names the backup taken "
                      "before. %1")
                   .arg(detail);
        break;
    case Outcome::Failed:
        icon = QStyle::SP_MessageBoxCritical;
        text = Tr::tr("Failed: %1\nThe firewall was left as it was.").arg(detail);
        break;
    case Outcome::NotAuthorized:
        icon = QStyle::SP_MessageBoxWarning;
        text
            = Tr::tr("Not done: the administrator password was not given (or pkexec refused; see the output below), so "
                     "nothing was changed.");
        break;
    case Outcome::Reverted:
        icon = QStyle::SP_DialogApplyButton;
        text = Tr::tr("Undone: what this program had applied to %1 was removed.").arg(revertedLabels(r));
        break;
    case Outcome::RevertFailed:
        icon = QStyle::SP_MessageBoxCritical;
        text = Tr::tr("Undo failed: %1").arg(detail);
        break;
    case Outcome::CouldNotStart:
        icon = QStyle::SP_MessageBoxCritical;
        text = Tr::tr("Failed: %1").arg(detail);
        break;
    case Outcome::None:
    case Outcome::Invalid:
        break;
    }
    return Shown {icon, text};
}

QString revertedLabels(const ApplySession::Report &report)
{
    QStringList labels;
    for (const BackendId b : report.reverted)
        labels << backendLabel(b);
    return labels.join(QStringLiteral(", "));
}

QString pkexecMissing(const ApplySession &session)
{
    if (!session.pkexecMissing())
        return QString();
    //: %1 is a command line such as "sudo /usr/bin/firewall-wizard apply --plan-file FILE --confirm-within 60"
    return Tr::tr("Applying from here needs pkexec (Debian and Ubuntu: package pkexec or policykit-1), which is not "
                  "installed. Install it, or save the plan file and apply it from a terminal: %1")
        .arg(QStringLiteral("sudo %1 apply --plan-file FILE --confirm-within 60").arg(session.program()));
}

QString userCatalogProduct(const WizardState &state)
{
    const Product *product = state.product();
    if (!product || !Catalog::fromUserFolder(*product))
        return QString();
    //: %1 the product's name, %2 the user's catalog file, %3 the system-wide catalog folder
    return Tr::tr("%1 comes from your own catalog folder, which the command run as administrator does not read: it "
                  "reads only the built-in products and the system-wide catalog folder %3, whose files root owns. To "
                  "apply it, first install the product file there, e.g. sudo install -D -m 644 %2 %3/, then start the "
                  "wizard again.")
        .arg(product->name.in(state.language()), product->file, Catalog::systemCatalogDir());
}

} // namespace fw::applytext
