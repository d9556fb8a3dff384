#pragma once

#include "Backend.h"

namespace fw {

/// Applies a plan with firewalld: the service of the firewalld export (inbound ports open to every address) and
/// rich rules (inbound ports for some addresses) in the zone of the interface that faces the clients, permanently
/// and at runtime, then reads both back. Without a running daemon it changes the permanent configuration with
/// firewall-offline-cmd. A new service reaches the runtime only by a reload, which would discard runtime-only
/// changes; so where runtime and permanent differ and a reload is needed, it refuses and says why.
class FirewalldBackend : public Backend
{
public:
    FirewalldBackend() : Backend(BackendId::Firewalld) { }
    PreparedChange prepareApply(
        Host &host, const FirewallState &state, const Plan &plan, const ApplyContext &context) const override;
    PreparedChange prepareRevert(
        Host &host, const FirewallState &state, const QList<AppliedEntry> &entries) const override;
    PreparedChange prepareRestore(Host &host, const FirewallState &state, const AppliedEntry &entry) const override;
    QString checkEntry(const AppliedEntry &entry) const override;
    QList<AppliedEntry> findUnrecorded(Host &host, const FirewallState &state, QStringList *notes) const override;

    /// Asks firewall-cmd for the state, the default zone and every zone, runtime and permanent; without the daemon,
    /// and where @p offlineToo, firewall-offline-cmd for the permanent configuration.
    static FirewalldState inspect(Host &host, bool offlineToo);
    /// Parses `firewall-cmd --list-all-zones`.
    static QList<FirewalldZone> parseZones(const QString &text);
    /// The zones whose runtime and permanent settings differ, each with what differs (translated lines).
    static QStringList compareZones(const QList<FirewalldZone> &runtime, const QList<FirewalldZone> &permanent);
    /// Where our service file goes: /etc/firewalld/services/<name>.xml.
    static QString serviceFilePath(const QString &service);
};

} // namespace fw
