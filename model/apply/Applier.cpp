#include "Applier.h"

#include "FirewalldBackend.h"
#include "NftablesBackend.h"
#include "StepHelpers.h"
#include "UfwBackend.h"
#include "WindowsBackend.h"
#include "export/ExportText.h"
#include "plan/PlanFile.h"
#include "plan/PlanText.h"

#include "system/IdTable.h"
#include "system/Paths.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <memory>

namespace fw {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::Applier)
}

/// The interface of the IPv4 default route (/proc/net/route: destination and mask 0), or empty.
QString defaultRouteInterface(Host &host)
{
    QByteArray table;
    if (!host.readFile(QStringLiteral("/proc/net/route"), &table))
        return QString();
    const QList<QByteArray> lines = table.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cols = lines.at(i).simplified().split(' ');
        if (cols.size() >= 8 && cols.at(1) == "00000000" && cols.at(7) == "00000000")
            return QString::fromLatin1(cols.at(0));
    }
    return QString();
}

bool dockerIn(const NftRuleset &ruleset)
{
    for (const NftChain &c : ruleset.chains()) {
        if (c.name == QLatin1String("DOCKER") || c.name == QLatin1String("DOCKER-USER"))
            return true;
    }
    return false;
}

/// The legacy filter tables' INPUT chains where they drop. Only tables already loaded are listed (the kernel's
/// ip_tables_names), so that looking does not load the legacy modules.
LegacyIptablesState inspectLegacyIptables(Host &host)
{
    LegacyIptablesState legacy;
    const QList<QPair<QString, QString>> families {{QStringLiteral("iptables"), QStringLiteral("ip_tables_names")},
        {QStringLiteral("ip6tables"), QStringLiteral("ip6_tables_names")}};
    for (const auto &family : families) {
        QByteArray loaded;
        if (!host.readFile(QStringLiteral("/proc/net/") + family.second, &loaded)
            || !loaded.split('\n').contains(QByteArrayLiteral("filter")))
            continue;
        const QString tool = family.first + QStringLiteral("-legacy-save");
        if (!host.hasProgram(tool))
            continue;
        const RunResult r = host.run(tool, {QStringLiteral("-t"), QStringLiteral("filter")});
        if (!r.ok())
            continue;
        legacy.readable = true;
        const QList<QByteArray> lines = r.out.split('\n');
        for (const QByteArray &raw : lines) {
            const QString line = QString::fromUtf8(raw).trimmed();
            if (line.startsWith(QLatin1String(":INPUT "))
                && line.section(QLatin1Char(' '), 1, 1) == QLatin1String("DROP"))
                legacy.dropping << QStringLiteral("%1: INPUT policy DROP").arg(family.first);
            else if (line == QLatin1String("-A INPUT -j DROP") || line.startsWith(QLatin1String("-A INPUT -j REJECT")))
                legacy.dropping << QStringLiteral("%1: %2").arg(family.first, line);
        }
    }
    return legacy;
}

QString timestamp(const QDateTime &now)
{
    return now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
}

/// The step that writes the record; its undo puts the record back as it was.
Step recordStep(const QString &path, const std::function<AppliedRecord(const AppliedRecord &)> &update)
{
    Step step;
    step.id = QStringLiteral("record");
    step.description = Tr::tr("Write the record of what was applied to %1").arg(path);
    step.preview = Tr::tr("update %1").arg(path);
    auto before = std::make_shared<QByteArray>();
    auto existed = std::make_shared<bool>(false);
    step.run = [path, update, before, existed](Host &host, QString *error) {
        AppliedRecord record;
        if (!readAppliedRecord(host, path, &record, error))
            return false;
        *existed = host.exists(path);
        if (*existed && !host.readFile(path, before.get())) {
            *error = Tr::tr("cannot read %1").arg(path);
            return false;
        }
        return host.writeFile(path, update(record).toJson(), error);
    };
    step.undo = [path, before, existed](Host &host, QString *error) {
        return *existed ? host.writeFile(path, *before, error) : host.removeFile(path, error);
    };
    return step;
}

/// The step that sets a damaged record aside as <record>.damaged-<time>, so that apply and revert can go on; its
/// undo puts it back. Revert then finds our objects by their names and tags.
Step setAsideStep(const QString &path, const QDateTime &now, const QString &why, QStringList *notes)
{
    const QString aside = path + QStringLiteral(".damaged-") + timestamp(now);
    notes->prepend(Tr::tr("The record of what was applied cannot be used (%1). It is set aside as %2, and this "
                          "program's objects are found by their names and tags instead.")
                       .arg(why, aside));
    Step step;
    step.id = QStringLiteral("set-aside");
    step.description = Tr::tr("Set the damaged record aside as %1").arg(aside);
    step.preview = steps::commandLine(QStringLiteral("mv"), {path, aside});
    step.run = [path, aside](Host &host, QString *error) {
        QByteArray data;
        if (!host.readFile(path, &data)) {
            *error = Tr::tr("cannot read %1").arg(path);
            return false;
        }
        return host.writeFile(aside, data, error) && host.removeFile(path, error);
    };
    step.undo = [path, aside](Host &host, QString *error) {
        QByteArray data;
        if (!host.readFile(aside, &data)) {
            *error = Tr::tr("cannot read %1").arg(aside);
            return false;
        }
        return host.writeFile(path, data, error) && host.removeFile(aside, error);
    };
    return step;
}

const IdName<BackendId> kBackendIds[] = {
    {BackendId::Nftables, "nftables"},
    {BackendId::Firewalld, "firewalld"},
    {BackendId::Ufw, "ufw"},
    {BackendId::Windows, "windows"},
};

QString folderOf(const ApplySettings &settings)
{
    return settings.stateDir.isEmpty() ? paths::stateDir() : settings.stateDir;
}

} // namespace

const Backend *backendFor(BackendId id)
{
    switch (id) {
    case BackendId::Nftables:
        return &nftables::backend();
    case BackendId::Firewalld:
        return &firewalld::backend();
    case BackendId::Ufw:
        return &ufw::backend();
    case BackendId::Windows:
        return &windows::backend();
    case BackendId::Invalid:
        break;
    }
    return nullptr;
}

bool readAppliedRecord(Host &host, const QString &path, AppliedRecord *record, QString *error, bool *damaged)
{
    const auto checkNames = [](const AppliedEntry &entry) {
        const Backend *backend = backendFor(entry.backend);
        return backend ? backend->checkEntry(entry) : QString();
    };
    return AppliedRecord::read(host, path, checkNames, record, error, damaged);
}

QString backendIdString(BackendId id)
{
    return idOf(kBackendIds, id);
}

BackendId backendFromString(const QString &id)
{
    return fromId(kBackendIds, id, BackendId::Invalid);
}

QStringList backendIds()
{
    return idsOf(kBackendIds);
}

QString backendLabel(BackendId id)
{
    if (id == BackendId::Invalid)
        return Tr::tr("none");
    return id == BackendId::Windows ? QStringLiteral("Windows Firewall") : backendIdString(id);
}

bool backendRunsHere(BackendId backend)
{
#ifdef Q_OS_WIN
    return backend == BackendId::Windows;
#else
    return backend != BackendId::Windows && backend != BackendId::Invalid;
#endif
}

FirewallState detectFirewall(Host &host, BackendId wanted, bool everything)
{
    FirewallState state;
    state.privileged = host.isPrivileged();
#ifdef Q_OS_WIN
    Q_UNUSED(wanted)
    Q_UNUSED(everything)
    state.governing = BackendId::Windows;
    state.reasons << Tr::tr("This is Windows: the Windows Firewall governs it.");
    return state;
#else
    state.interfaces = host.upInterfaces();
    state.clientInterface = defaultRouteInterface(host);
    if (state.clientInterface.isEmpty() && !state.interfaces.isEmpty())
        state.clientInterface = state.interfaces.first();
    state.nftables = nftables::inspect(host);
    // Without the daemon, firewalld governs nothing; its offline configuration matters only when asked for.
    state.firewalld = firewalld::inspect(host, wanted == BackendId::Firewalld || everything);
    state.ufw = ufw::inspect(host, wanted == BackendId::Ufw || everything);
    state.legacyIptables = inspectLegacyIptables(host);
    state.docker = host.hasProgram(QStringLiteral("docker")) || host.hasProgram(QStringLiteral("dockerd"))
        || host.exists(QStringLiteral("/var/run/docker.sock")) || dockerIn(state.nftables.ruleset);
    if (state.docker)
        state.dockerEvidence = dockerIn(state.nftables.ruleset) ? Tr::tr("Docker's chains are in the ruleset")
                                                                : Tr::tr("Docker is installed");

    if (state.firewalld.running) {
        state.governing = BackendId::Firewalld;
        state.reasons << Tr::tr("firewalld is running.");
    } else if (state.ufw.active || (!state.ufw.statusReadable && state.ufw.enabledInConfig)) {
        state.governing = BackendId::Ufw;
        state.reasons << (state.ufw.active ? Tr::tr("ufw is active.") : Tr::tr("ufw is enabled in /etc/ufw/ufw.conf."));
    } else if (state.nftables.readable && !state.nftables.ruleset.filterPoints(QStringLiteral("input")).isEmpty()) {
        state.governing = BackendId::Nftables;
        state.reasons << Tr::tr("The nftables ruleset filters incoming connections.");
    } else if (!state.legacyIptables.dropping.isEmpty()) {
        state.reasons << Tr::tr("An iptables-legacy ruleset filters incoming connections; this program does not "
                                "change it.");
    } else if (state.nftables.readable) {
        state.reasons << Tr::tr(
            "Nothing filters incoming connections: no firewalld, no active ufw, and no nftables input "
            "chain that drops.");
    } else {
        state.reasons << Tr::tr("Which firewall governs cannot be told fully: %1").arg(state.nftables.error);
    }
    return state;
#endif
}

QStringList describeFirewall(const FirewallState &state)
{
    QStringList lines;
    lines << Tr::tr("Firewall that governs this machine: %1")
                 .arg(state.governing == BackendId::Invalid ? Tr::tr("none found") : backendLabel(state.governing));
    lines += state.reasons;
    if (!state.clientInterface.isEmpty())
        lines << Tr::tr("Interface facing the clients: %1 (interfaces up: %2)")
                     .arg(state.clientInterface, state.interfaces.join(QStringLiteral(", ")));
    if (state.nftables.readable) {
        for (const QString &hook : {QStringLiteral("input"), QStringLiteral("output")}) {
            const QList<const NftChain *> chains = state.nftables.ruleset.baseChains(hook);
            const QList<NftFilterPoint> filters = state.nftables.ruleset.filterPoints(hook);
            for (const NftChain *c : chains) {
                const bool drops = std::any_of(filters.cbegin(), filters.cend(), [c](const NftFilterPoint &p) {
                    return p.family == c->family && p.table == c->table && p.chain == c->name;
                });
                lines << Tr::tr("nftables: %1 chain %2 %3 %4 (priority %5, policy %6): %7")
                             .arg(hook, c->family, c->table, c->name)
                             .arg(c->priority)
                             .arg(c->policy,
                                 drops ? Tr::tr("drops what it does not accept")
                                       : Tr::tr("lets everything else through"));
            }
            if (chains.isEmpty())
                lines << Tr::tr("nftables: no %1 chain").arg(hook);
        }
    } else if (state.nftables.installed) {
        lines << Tr::tr("nftables: the ruleset cannot be read: %1").arg(state.nftables.error);
    }
    const FirewalldState &fd = state.firewalld;
    if (fd.installed || fd.offlineTool) {
        lines << (fd.running ? Tr::tr("firewalld: running, default zone %1").arg(fd.defaultZone)
                             : Tr::tr("firewalld: installed, not running"));
        for (const FirewalldZone &z : fd.running ? fd.runtime : fd.permanent) {
            if (!z.interfaces.isEmpty() || !z.sources.isEmpty() || z.isDefault)
                lines << Tr::tr("firewalld zone %1%2: interfaces %3; sources %4; services %5")
                             .arg(z.name, z.isDefault ? Tr::tr(" (default)") : QString(),
                                 z.interfaces.isEmpty() ? Tr::tr("none") : z.interfaces.join(QLatin1Char(' ')),
                                 z.sources.isEmpty() ? Tr::tr("none") : z.sources.join(QLatin1Char(' ')),
                                 z.services.join(QLatin1Char(' ')));
        }
        if (!fd.error.isEmpty())
            lines << Tr::tr("firewalld: %1").arg(fd.error);
    }
    if (state.ufw.installed) {
        if (state.ufw.statusReadable)
            lines << Tr::tr("ufw: %1").arg(state.ufw.active ? Tr::tr("active") : Tr::tr("inactive"));
        else if (!state.privileged)
            lines << Tr::tr("ufw: status needs root; /etc/ufw/ufw.conf says %1")
                         .arg(state.ufw.enabledInConfig ? Tr::tr("enabled") : Tr::tr("not enabled"));
        else
            lines << Tr::tr("ufw: not enabled (/etc/ufw/ufw.conf)");
    }
    if (!state.legacyIptables.dropping.isEmpty())
        lines << Tr::tr("iptables-legacy: %1. It filters incoming connections too, beside nftables: a packet must pass "
                        "both.")
                     .arg(state.legacyIptables.dropping.join(QStringLiteral("; ")));
    if (state.docker)
        lines << Tr::tr("Docker: %1").arg(state.dockerEvidence);
    return lines;
}

PreparedChange prepareApply(Host &host, const FirewallState &state, const Plan &plan, const ApplySettings &settings)
{
    const BackendId id = settings.backend != BackendId::Invalid ? settings.backend : state.governing;
    PreparedChange change;
    change.backend = id;
    const QString legacy = state.legacyIptables.dropping.join(QStringLiteral("; "));
    if (id == BackendId::Invalid && !legacy.isEmpty()) {
        change.problems << Tr::tr("an iptables-legacy ruleset filters incoming connections (%1), and this program does "
                                  "not change it: open the ports there (the iptables export writes the commands), or "
                                  "move that ruleset to nftables")
                               .arg(legacy);
        return change;
    }
    if (id == BackendId::Invalid) {
        if (!state.nftables.readable && !state.privileged)
            change.problems << Tr::tr(
                "which firewall governs this machine cannot be told without root (%1); run the dry "
                "run with sudo as well, or name the firewall with --backend")
                                   .arg(state.nftables.error);
        else
            change.nothingToDo
                = Tr::tr("Nothing filters incoming connections on this machine (no firewalld running, no "
                         "active ufw, no nftables input chain that drops): there is nothing to open. To "
                         "use a firewall anyway, name it with --backend.");
        return change;
    }
    const QString folder = folderOf(settings);
    const QString recordPath = paths::appliedRecordPath(folder);
    AppliedRecord record;
    QString error;
    bool damaged = false;
    if (!readAppliedRecord(host, recordPath, &record, &error, &damaged) && !damaged) {
        change.problems << error;
        return change;
    }
    ApplyContext context;
    context.settings = settings;
    context.previous = record.find(id, plan.selection.product, plan.selection.role);
    context.now = QDateTime::currentDateTimeUtc();
    QStringList asideNotes;
    const Step setAside = damaged ? setAsideStep(recordPath, context.now, error, &asideNotes) : Step();
    context.backupPath
        = paths::backupDir(folder) + QLatin1Char('/') + timestamp(context.now) + QLatin1Char('-') + backendIdString(id);
    const QStringList notes = change.notes;
    change = backendFor(id)->prepareApply(host, state, plan, context);
    if (settings.backend != BackendId::Invalid && state.governing != BackendId::Invalid
        && settings.backend != state.governing)
        change.notes.prepend(Tr::tr("Warning: %1 governs this machine, but the rules go to %2 as asked (--backend).")
                                 .arg(backendLabel(state.governing), backendLabel(settings.backend)));
    if (!legacy.isEmpty() && id != BackendId::Windows)
        change.notes.prepend(Tr::tr("Warning: an iptables-legacy ruleset filters incoming connections too (%1). A "
                                    "packet must pass both it and %2, so the ports stay closed until they are open "
                                    "there as well (the iptables export writes the commands).")
                                 .arg(legacy, backendLabel(id)));
    if (!change.ok() || !change.nothingToDo.isEmpty())
        return change;

    AppliedEntry &entry = change.entry;
    entry.backend = id;
    entry.product = plan.selection.product;
    entry.role = plan.selection.role;
    entry.deployment = plan.selection.deployment;
    entry.version = plan.selection.version;
    entry.title = planTitle(plan, settings.language);
    entry.planFile = planfile::write(plan.selection);
    // A back end that opens only some of the rules (firewalld: inbound; nftables: where a chain drops) says which.
    if (entry.rules.isEmpty())
        entry.rules = appliedRuleLines(plan, id);
    entry.appliedAt = context.now;
    entry.user = settings.user.isEmpty() ? applyingUser() : settings.user;
    // The record keeps the backup from before the first apply of this product and role: a revert that has to fall
    // back on it must get the firewall as it was before any of ours. Each apply still saves its own.
    const bool keepBackup = context.previous && !context.previous->backupPath.isEmpty();
    if (keepBackup) {
        entry.backupPath = context.previous->backupPath;
        entry.backupSha256 = context.previous->backupSha256;
    }
    const AppliedEntry written = entry;
    // The backup's checksum is known once the backup step has written and read it back.
    const std::shared_ptr<QString> digest = context.backupDigest;
    change.steps << recordStep(recordPath, [written, digest, keepBackup](const AppliedRecord &r) {
        AppliedEntry e = written;
        if (!keepBackup)
            e.backupSha256 = *digest;
        return r.with(e);
    });
    if (damaged) {
        change.steps.prepend(setAside);
        change.notes = asideNotes + change.notes;
    }
    return change;
}

QList<PreparedChange> prepareRevert(Host &host, const FirewallState &state, const ApplySettings &settings)
{
    QList<PreparedChange> changes;
    const QString recordPath = paths::appliedRecordPath(folderOf(settings));
    AppliedRecord record;
    QString error;
    bool damaged = false;
    if (!readAppliedRecord(host, recordPath, &record, &error, &damaged) && !damaged) {
        PreparedChange broken;
        broken.problems << error;
        return {broken};
    }
    // A damaged record is set aside by the first change, and every back end is searched for our objects.
    QStringList asideNotes;
    const Step setAside
        = damaged ? setAsideStep(recordPath, QDateTime::currentDateTimeUtc(), error, &asideNotes) : Step();
    for (BackendId id : {BackendId::Nftables, BackendId::Firewalld, BackendId::Ufw, BackendId::Windows}) {
        if (settings.backend != BackendId::Invalid && settings.backend != id)
            continue;
        QList<AppliedEntry> entries;
        for (const AppliedEntry &e : record.entries) {
            if (e.backend == id)
                entries << e;
        }
        // Tagged nftables objects are found also without a record; the other back ends need the record.
        const bool sweep = damaged && backendRunsHere(id)
            && ((id == BackendId::Nftables && state.nftables.readable)
                || (id == BackendId::Firewalld && (state.firewalld.installed || state.firewalld.offlineTool))
                || (id == BackendId::Ufw && state.ufw.installed));
        const bool look = !entries.isEmpty() || sweep
            || (id == BackendId::Nftables && state.nftables.readable && settings.backend == BackendId::Nftables)
            || (id == BackendId::Nftables && state.nftables.readable && settings.backend == BackendId::Invalid);
        if (!look)
            continue;
        // Detection looks closely only at the firewall that governs; what the record lists is looked at closely too.
        FirewallState closer = state;
        if (id == BackendId::Ufw && (!entries.isEmpty() || sweep) && !state.ufw.statusReadable)
            closer.ufw = ufw::inspect(host, true);
        if (id == BackendId::Firewalld && (!entries.isEmpty() || sweep) && !state.firewalld.running
            && state.firewalld.permanent.isEmpty())
            closer.firewalld = firewalld::inspect(host, true);
        QStringList sweepNotes;
        if (sweep)
            entries = backendFor(id)->findUnrecorded(host, closer, &sweepNotes);
        PreparedChange change = backendFor(id)->prepareRevert(host, closer, entries);
        change.notes += sweepNotes;
        change.backend = id;
        for (const AppliedEntry &e : std::as_const(entries)) {
            const QString target = e.product + QLatin1Char('/') + e.role;
            if (!change.revertedTargets.contains(target))
                change.revertedTargets << target;
        }
        // A back end searched only because the record was damaged, that cannot even be read, holds nothing known.
        if (!change.ok() && sweep && entries.isEmpty())
            continue;
        if (!change.ok()) {
            changes << change;
            continue;
        }
        if (entries.isEmpty() && !change.nothingToDo.isEmpty())
            continue;
        if (!entries.isEmpty()) {
            change.steps << recordStep(recordPath, [id](const AppliedRecord &r) { return r.without(id); });
            if (!change.nothingToDo.isEmpty())
                change.notes << change.nothingToDo;
            change.nothingToDo.clear();
            // The oldest backup shows the firewall before the first of our applies.
            const auto oldest = std::min_element(entries.cbegin(), entries.cend(),
                [](const AppliedEntry &a, const AppliedEntry &b) { return a.appliedAt < b.appliedAt; });
            if (!oldest->backupPath.isEmpty() && host.exists(oldest->backupPath)) {
                PreparedChange restore = backendFor(id)->prepareRestore(host, closer, *oldest);
                for (const QString &p : std::as_const(restore.problems))
                    change.notes << Tr::tr("The backup cannot be put back if removing fails: %1").arg(p);
                if (restore.ok()) {
                    change.fallback = restore.steps;
                    change.fallback << recordStep(recordPath, [id](const AppliedRecord &r) { return r.without(id); });
                    change.fallbackDescription
                        = Tr::tr("the backup of %1 (%2)")
                              .arg(oldest->appliedAt.toLocalTime().toString(Qt::ISODate), oldest->backupPath);
                }
            }
        }
        changes << change;
    }
    if (damaged) {
        // The first change sets the record aside; where there is nothing else to do, that is the change.
        auto first = std::find_if(changes.begin(), changes.end(), [](const PreparedChange &c) { return c.ok(); });
        if (first == changes.end()) {
            PreparedChange aside;
            aside.backend = settings.backend;
            changes.prepend(aside);
            first = changes.begin();
        }
        first->steps.prepend(setAside);
        first->notes = asideNotes + first->notes;
    }
    return changes;
}

QString previewText(const PreparedChange &change)
{
    QStringList lines;
    lines << Tr::tr("Back end: %1").arg(backendLabel(change.backend));
    for (const QString &note : change.notes)
        lines << note;
    for (const QString &problem : change.problems)
        lines << Tr::tr("Cannot do this: %1").arg(problem);
    if (!change.nothingToDo.isEmpty())
        lines << change.nothingToDo;
    if (!change.steps.isEmpty()) {
        lines << QString() << Tr::tr("Steps:");
        for (int i = 0; i < change.steps.size(); ++i) {
            const Step &s = change.steps.at(i);
            lines << QStringLiteral("%1. %2").arg(i + 1).arg(s.description);
            const QStringList preview = s.preview.split(QLatin1Char('\n'));
            for (const QString &p : preview)
                lines << QStringLiteral("     ") + p;
        }
        lines << QString()
              << Tr::tr("If a step fails, the steps before it are undone in reverse order and the firewall is "
                        "left as it was.");
        if (!change.fallback.isEmpty())
            lines
                << Tr::tr("If our objects cannot be removed, %1 is put back instead.").arg(change.fallbackDescription);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

ChangeOutcome runChange(Host &host, const PreparedChange &change, const QString &failAfterStep)
{
    ChangeOutcome outcome;
    for (const Step &step : change.steps) {
        QString error;
        bool ok = step.run(host, &error);
        if (ok) {
            outcome.done << step;
            if (!failAfterStep.isEmpty() && step.id == failAfterStep) {
                ok = false;
                error = QStringLiteral("injected failure after step %1 (test hook)").arg(step.id);
            }
        }
        if (!ok) {
            outcome.failedStep = step.id;
            outcome.failedDescription = step.description;
            outcome.error = error;
            outcome.rolledBack = rollBack(host, outcome);
            return outcome;
        }
    }
    outcome.ok = true;
    return outcome;
}

bool rollBack(Host &host, ChangeOutcome &outcome)
{
    bool ok = true;
    for (auto it = outcome.done.crbegin(); it != outcome.done.crend(); ++it) {
        if (!it->undo)
            continue;
        QString error;
        if (!it->undo(host, &error)) {
            ok = false;
            outcome.rollbackErrors << QStringLiteral("%1: %2").arg(it->description, error);
        }
    }
    outcome.done.clear();
    return ok;
}

ChangeOutcome runRevert(Host &host, const PreparedChange &change, const QString &failAfterStep)
{
    ChangeOutcome outcome = runChange(host, change, failAfterStep);
    if (outcome.ok || change.fallback.isEmpty())
        return outcome;
    PreparedChange restore;
    restore.steps = change.fallback;
    ChangeOutcome fallback = runChange(host, restore);
    if (!fallback.ok)
        return outcome;
    fallback.usedFallback = true;
    fallback.failedStep = outcome.failedStep;
    fallback.failedDescription = outcome.failedDescription;
    fallback.error = outcome.error;
    return fallback;
}

QString describeEntry(const AppliedEntry &entry)
{
    QStringList lines;
    lines << Tr::tr("%1 with %2, applied %3 by %4")
                 .arg(entry.title.isEmpty() ? entry.product + QLatin1Char('/') + entry.role : entry.title,
                     backendLabel(entry.backend), entry.appliedAt.toLocalTime().toString(Qt::ISODate), entry.user);
    for (const QString &rule : entry.rules)
        lines << QStringLiteral("  ") + rule;
    const QString zone = entry.objects.value(QStringLiteral("zone")).toString();
    if (!zone.isEmpty())
        lines << Tr::tr("  firewalld zone: %1").arg(zone);
    const QJsonArray chains = entry.objects.value(QStringLiteral("chains")).toArray();
    for (const QJsonValue &c : chains) {
        const QJsonObject o = c.toObject();
        lines << Tr::tr("  nftables chain: %1 %2 %3")
                     .arg(o.value(QStringLiteral("family")).toString(), o.value(QStringLiteral("table")).toString(),
                         o.value(QStringLiteral("name")).toString());
    }
    if (!entry.backupPath.isEmpty())
        lines << Tr::tr("  backup: %1").arg(entry.backupPath);
    return lines.join(QLatin1Char('\n'));
}

} // namespace fw
