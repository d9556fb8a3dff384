#pragma once

#include "Backend.h"

namespace fw {

/// Applies a plan with ufw: the application profiles of the ufw export in /etc/ufw/applications.d, and one
/// `ufw allow ... app PROFILE` per rule with the direction and remote side that profiles cannot carry; read back
/// with `ufw status` and `ufw show added`. Rules that ufw holds already are left alone and never removed.
class UfwBackend : public Backend
{
public:
    UfwBackend() : Backend(BackendId::Ufw) { }
    PreparedChange prepareApply(
        Host &host, const FirewallState &state, const Plan &plan, const ApplyContext &context) const override;
    PreparedChange prepareRevert(
        Host &host, const FirewallState &state, const QList<AppliedEntry> &entries) const override;
    PreparedChange prepareRestore(Host &host, const FirewallState &state, const AppliedEntry &entry) const override;
    QString checkEntry(const AppliedEntry &entry) const override;
    QList<AppliedEntry> findUnrecorded(Host &host, const FirewallState &state, QStringList *notes) const override;

    /// Reads /etc/ufw/ufw.conf and, with root, `ufw status verbose` and `ufw show added` (where the configuration
    /// says ufw is enabled, or @p evenIfDisabled).
    static UfwState inspect(Host &host, bool evenIfDisabled);
    /// The ufw arguments after "ufw allow" for each rule of @p plan that has ports, e.g.
    /// {"in", "from", "any", "to", "any", "app", "fwwizard-x-rule", "comment", "rule"}.
    static QList<QStringList> allowArguments(const Plan &plan, const QString &lan);
    /// Where the profiles go: /etc/ufw/applications.d/fwwizard-<product>-<role>.
    static QString profilePath(const Plan &plan);
};

} // namespace fw
