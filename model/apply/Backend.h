#pragma once

#include "AppliedRecord.h"
#include "ApplyTypes.h"
#include "NftRuleset.h"
#include "plan/Plan.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace fw {

/// What `nft -j list ruleset` showed.
struct NftablesState
{
    bool installed = false; ///< nft is there
    bool readable = false;  ///< the ruleset could be read (needs root)
    QString error;          ///< why it could not be read
    NftRuleset ruleset;
    QStringList foreignTables; ///< "family name" of tables that iptables-nft manages (nft warns about them)
};

/// One firewalld zone, runtime or permanent, as `firewall-cmd --list-all-zones` prints it.
struct FirewalldZone
{
    QString name;
    bool isDefault = false;
    bool active = false;
    QStringList interfaces;
    QStringList sources;
    QStringList services;
    QStringList richRules;
    QString normalized; ///< the zone's settings without its interfaces, to compare runtime with permanent
};

/// What firewalld showed.
struct FirewalldState
{
    bool installed = false;   ///< firewall-cmd is there
    bool running = false;     ///< firewall-cmd --state said "running"
    bool offlineTool = false; ///< firewall-offline-cmd is there (for the permanent side without the daemon)
    QString defaultZone;
    QList<FirewalldZone> runtime; ///< empty when not running
    QList<FirewalldZone> permanent;
    QStringList differences; ///< zones whose runtime and permanent settings differ, with what differs
    QString error;

    /// The zone named @p name in @p zones, or nullptr.
    static const FirewalldZone *zone(const QList<FirewalldZone> &zones, const QString &name);
    /// The runtime zone that holds @p interfaceName; the default zone where none does. Empty when unknown.
    QString zoneOfInterface(const QString &interfaceName) const;
};

/// What ufw showed.
struct UfwState
{
    bool installed = false;
    bool active = false;          ///< "Status: active"
    bool statusReadable = false;  ///< `ufw status` worked (needs root)
    bool enabledInConfig = false; ///< ENABLED=yes in /etc/ufw/ufw.conf (readable without root)
    QString status;               ///< `ufw status verbose`
    QString added;                ///< `ufw show added`: the rules ufw keeps, also when inactive
};

/// What an iptables-legacy ruleset shows: the kernel's older packet filter, which filters beside nftables (a packet
/// must pass both). This program does not change it; detection only says where it drops.
struct LegacyIptablesState
{
    bool readable = false; ///< iptables-legacy-save ran (needs root)
    QStringList
        dropping; ///< where its INPUT chain drops: "iptables: INPUT policy DROP", "ip6tables: -A INPUT -j REJECT"
};

/// What detection found: which firewall governs this machine and what each back end shows.
struct FirewallState
{
    BackendId governing = BackendId::Invalid; ///< Invalid: nothing filters incoming connections
    QStringList reasons;                      ///< translated: why that one
    bool privileged = false;
    NftablesState nftables;
    FirewalldState firewalld;
    UfwState ufw;
    LegacyIptablesState legacyIptables;
    bool docker = false; ///< Docker is installed or its chains are in the ruleset
    QString dockerEvidence;
    QStringList interfaces;  ///< up, not loopback
    QString clientInterface; ///< the one facing the clients: the default route's, else the first one up
};

/// A change that has been prepared but not run: its steps, notes for people, and the record entry it writes.
struct PreparedChange
{
    BackendId backend = BackendId::Invalid;
    QList<Step> steps;
    QStringList notes;           ///< translated: what was found, what happens, warnings
    QString nothingToDo;         ///< translated: why nothing needs changing; steps are then empty
    QStringList problems;        ///< translated: why it cannot be done; nothing may run
    AppliedEntry entry;          ///< apply: the record entry written on success
    QStringList revertedTargets; ///< revert: "product/role" of each entry removed
    QList<Step> fallback;        ///< revert: puts the backup back where removing our objects failed
    QString fallbackDescription; ///< translated: which backup the fallback loads

    bool ok() const { return problems.isEmpty(); }
};

/// What an apply needs from the caller besides the plan.
struct ApplyContext
{
    ApplySettings settings;
    const AppliedEntry *previous = nullptr; ///< the entry this apply replaces (same back end, product and role)
    QString backupPath;                     ///< where the backup goes, without extension
    QDateTime now;
    /// Filled by the backup step when it has written and read back the backup: the SHA-256 (hex) of its bytes,
    /// which the record keeps so that a revert loads only that backup.
    std::shared_ptr<QString> backupDigest = std::make_shared<QString>();
};

/// One firewall the program applies rules to. Each builds steps from what detection found; nothing changes until
/// the steps run.
class Backend
{
public:
    explicit Backend(BackendId id) : m_id(id) { }
    virtual ~Backend() = default;
    BackendId id() const { return m_id; }
    /// The steps that make this firewall allow what @p plan needs: a backup first, then the change, then a read-back.
    virtual PreparedChange prepareApply(
        Host &host, const FirewallState &state, const Plan &plan, const ApplyContext &context) const = 0;
    /// The steps that remove exactly what @p entries created.
    virtual PreparedChange prepareRevert(
        Host &host, const FirewallState &state, const QList<AppliedEntry> &entries) const = 0;
    /// The steps that put the backup of @p entry back, for when removing what we created is not possible. Only a
    /// backup whose SHA-256 is the one recorded, and only files this back end writes, are put back.
    virtual PreparedChange prepareRestore(Host &host, const FirewallState &state, const AppliedEntry &entry) const = 0;
    /// Why @p entry (read from applied.json) names something that is not ours, translated; empty when every name in
    /// it is one this back end gives its own objects (revert acts on those names as root).
    virtual QString checkEntry(const AppliedEntry &entry) const = 0;
    /// What of ours is in this firewall, found by our names and tags without a record (one entry per product and
    /// role found, or one for all), for a revert after a damaged record was set aside. Where something of ours
    /// cannot be told apart from the host's, @p notes says so (translated).
    virtual QList<AppliedEntry> findUnrecorded(Host &host, const FirewallState &state, QStringList *notes) const = 0;

private:
    BackendId m_id;
};

/// The back end of the firewall @p Id: the interface declared once for all of them. Each back end's .cpp defines
/// these members (explicit specializations) and makes the one object, which its namespace's backend() hands out;
/// no other file makes one, so no other file needs those definitions.
template<BackendId Id>
class BackendOf final : public Backend
{
public:
    BackendOf() : Backend(Id) { }
    PreparedChange prepareApply(
        Host &host, const FirewallState &state, const Plan &plan, const ApplyContext &context) const override;
    PreparedChange prepareRevert(
        Host &host, const FirewallState &state, const QList<AppliedEntry> &entries) const override;
    PreparedChange prepareRestore(Host &host, const FirewallState &state, const AppliedEntry &entry) const override;
    QString checkEntry(const AppliedEntry &entry) const override;
    QList<AppliedEntry> findUnrecorded(Host &host, const FirewallState &state, QStringList *notes) const override;
};

/// The back end for @p id, or nullptr.
const Backend *backendFor(BackendId id);

} // namespace fw
