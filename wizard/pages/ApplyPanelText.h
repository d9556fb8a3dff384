#pragma once

#include "apply/ApplySession.h"

#include <QString>
#include <QStyle>

namespace fw {

class WizardState;

/// The wording of "Apply on this computer": what the ApplyPanel shows for the facts an ApplySession reports, kept
/// apart from its widgets (translation context fw::ApplyPanel).
namespace applytext {

/// A result as shown: its icon and text.
struct Shown
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString text; ///< empty: nothing to show
};

/// The line beside the progress bar for the session's phase; empty when idle.
QString status(const ApplySession &session);
/// Why the administrator's password is needed and the one command that runs with it (or why it cannot be asked).
QString explanation(const ApplySession &session);
/// What detection that found nothing says: why it failed.
QString detectionFailure(const ApplySession::Report &report);
/// How the last apply or undo ended.
Shown outcome(const ApplySession::Report &report);
/// The back ends an undo reverted, for people ("nftables, ufw").
QString revertedLabels(const ApplySession::Report &report);
/// Where pkexec is needed but missing, what to do instead; empty otherwise.
QString pkexecMissing(const ApplySession &session);
/// Where the chosen product comes from the user's own catalog folder, which the command run as administrator does
/// not read (it trusts only root's files): what to do instead; empty otherwise.
QString userCatalogProduct(const WizardState &state);

} // namespace applytext

} // namespace fw
