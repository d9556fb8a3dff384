#include "FirewalldBackend.h"

#include "StepHelpers.h"
#include "export/ExportText.h"
#include "export/FirewalldExporter.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

namespace fw {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::FirewalldBackend)
}

const int kTimeoutMs = 120000;

QString cmd()
{
    return QStringLiteral("firewall-cmd");
}

/// The ports of a service as firewall-cmd --info-service prints them ("80/tcp 19812-19814/tcp").
QStringList servicePorts(const QByteArray &xml)
{
    static const QRegularExpression port(QStringLiteral("<port port=\"([^\"]+)\" protocol=\"([^\"]+)\"/>"));
    QStringList ports;
    auto it = port.globalMatch(QString::fromUtf8(xml));
    while (it.hasNext()) {
        const auto m = it.next();
        ports << m.captured(1) + QLatin1Char('/') + m.captured(2);
    }
    ports.sort();
    return ports;
}

QStringList infoPorts(const QByteArray &info)
{
    const QStringList lines = QString::fromUtf8(info).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (t.startsWith(QLatin1String("ports:"))) {
            QStringList ports = t.mid(6).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            ports.sort();
            return ports;
        }
    }
    return {};
}

/// The firewall-cmd words for one side: the permanent configuration or the runtime one; firewall-offline-cmd
/// knows only the permanent one and takes no --permanent.
struct Side
{
    QString program;
    QStringList flag;
    bool runtime = false;
};

QList<Side> sides(bool daemon)
{
    if (!daemon)
        return {Side {QStringLiteral("firewall-offline-cmd"), {}, false}};
    return {Side {cmd(), {QStringLiteral("--permanent")}, false}, Side {cmd(), {}, true}};
}

QString sideName(const Side &side)
{
    return side.runtime ? Tr::tr("runtime") : Tr::tr("permanent");
}

QString zoneFile(const QString &zone)
{
    return QStringLiteral("/etc/firewalld/zones/%1.xml").arg(zone);
}

} // namespace

QString firewalld::serviceFilePath(const QString &service)
{
    return QStringLiteral("/etc/firewalld/services/%1.xml").arg(service);
}

QList<FirewalldZone> firewalld::parseZones(const QString &text)
{
    QList<FirewalldZone> zones;
    FirewalldZone *zone = nullptr;
    bool inRichRules = false;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        if (!line.at(0).isSpace()) {
            FirewalldZone z;
            const qsizetype paren = line.indexOf(QLatin1Char('('));
            z.name = (paren < 0 ? line : line.left(paren)).trimmed();
            const QString marks = paren < 0 ? QString() : line.mid(paren);
            z.isDefault = marks.contains(QLatin1String("default"));
            z.active = marks.contains(QLatin1String("active"));
            zones << z;
            zone = &zones.last();
            inRichRules = false;
            continue;
        }
        if (!zone)
            continue;
        const QString t = line.trimmed();
        if (line.startsWith(QLatin1Char('\t')) && inRichRules) {
            zone->richRules << t;
            zone->normalized += QStringLiteral("rich rule: ") + t + QLatin1Char('\n');
            continue;
        }
        const qsizetype colon = t.indexOf(QLatin1Char(':'));
        const QString key = colon < 0 ? t : t.left(colon);
        const QString value = colon < 0 ? QString() : t.mid(colon + 1).trimmed();
        inRichRules = key == QLatin1String("rich rules");
        const QStringList words = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (key == QLatin1String("interfaces")) {
            // Interfaces are bound at runtime by NetworkManager and kept across reloads; they are not settings
            // that a reload would lose, so they stay out of the comparison.
            zone->interfaces = words;
            continue;
        }
        if (key == QLatin1String("sources"))
            zone->sources = words;
        else if (key == QLatin1String("services"))
            zone->services = words;
        if (!inRichRules)
            zone->normalized += key + QStringLiteral(": ") + words.join(QLatin1Char(' ')) + QLatin1Char('\n');
    }
    return zones;
}

QStringList firewalld::compareZones(const QList<FirewalldZone> &runtime, const QList<FirewalldZone> &permanent)
{
    QStringList differences;
    for (const FirewalldZone &r : runtime) {
        const FirewalldZone *p = FirewalldState::zone(permanent, r.name);
        if (!p) {
            differences << Tr::tr("zone %1 exists only at runtime").arg(r.name);
            continue;
        }
        if (p->normalized == r.normalized)
            continue;
        const QStringList rl = r.normalized.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QStringList pl = p->normalized.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList what;
        for (int i = 0; i < rl.size(); ++i) {
            if (!pl.contains(rl.at(i)))
                what << Tr::tr("runtime has \"%1\"").arg(rl.at(i));
        }
        for (int i = 0; i < pl.size(); ++i) {
            if (!rl.contains(pl.at(i)))
                what << Tr::tr("permanent has \"%1\"").arg(pl.at(i));
        }
        differences << Tr::tr("zone %1: %2").arg(r.name, what.join(QStringLiteral("; ")));
    }
    for (const FirewalldZone &p : permanent) {
        if (!runtime.isEmpty() && !FirewalldState::zone(runtime, p.name))
            differences << Tr::tr("zone %1 exists only in the permanent configuration").arg(p.name);
    }
    return differences;
}

const FirewalldZone *FirewalldState::zone(const QList<FirewalldZone> &zones, const QString &name)
{
    for (const FirewalldZone &z : zones) {
        if (z.name == name)
            return &z;
    }
    return nullptr;
}

QString FirewalldState::zoneOfInterface(const QString &interfaceName) const
{
    const QList<FirewalldZone> &zones = running ? runtime : permanent;
    for (const FirewalldZone &z : zones) {
        if (!interfaceName.isEmpty() && z.interfaces.contains(interfaceName))
            return z.name;
    }
    // firewalld puts an interface that no zone names into the default zone.
    return defaultZone;
}

FirewalldState firewalld::inspect(Host &host, bool offlineToo)
{
    FirewalldState state;
    state.installed = host.hasProgram(cmd());
    state.offlineTool = host.hasProgram(QStringLiteral("firewall-offline-cmd"));
    if (!state.installed && !state.offlineTool)
        return state;
    if (state.installed) {
        const RunResult r = host.run(cmd(), {QStringLiteral("--state")}, {}, kTimeoutMs);
        state.running = r.ok() && r.out.trimmed() == "running";
    }
    const QString program = state.running ? cmd() : QStringLiteral("firewall-offline-cmd");
    if (!state.running && (!state.offlineTool || !offlineToo))
        return state;
    const RunResult def = host.run(program, {QStringLiteral("--get-default-zone")}, {}, kTimeoutMs);
    if (!def.ok()) {
        state.error = QStringLiteral("%1 --get-default-zone: %2").arg(program, def.errorText());
        return state;
    }
    state.defaultZone = QString::fromUtf8(def.out).trimmed();
    const QStringList permanentArgs = state.running
        ? QStringList {QStringLiteral("--permanent"), QStringLiteral("--list-all-zones")}
        : QStringList {QStringLiteral("--list-all-zones")};
    const RunResult perm = host.run(program, permanentArgs, {}, kTimeoutMs);
    if (!perm.ok()) {
        state.error = QStringLiteral("%1: %2").arg(steps::commandLine(program, permanentArgs), perm.errorText());
        return state;
    }
    state.permanent = parseZones(QString::fromUtf8(perm.out));
    if (state.running) {
        const RunResult run = host.run(cmd(), {QStringLiteral("--list-all-zones")}, {}, kTimeoutMs);
        if (!run.ok()) {
            state.error = QStringLiteral("firewall-cmd --list-all-zones: %1").arg(run.errorText());
            return state;
        }
        state.runtime = parseZones(QString::fromUtf8(run.out));
        state.differences = compareZones(state.runtime, state.permanent);
    }
    for (QList<FirewalldZone> *zones : {&state.runtime, &state.permanent}) {
        for (FirewalldZone &z : *zones)
            z.isDefault = z.name == state.defaultZone;
    }
    return state;
}

template<>
PreparedChange BackendOf<BackendId::Firewalld>::prepareApply(
    Host &host, const FirewallState &state, const Plan &plan, const ApplyContext &context) const
{
    PreparedChange change;
    change.backend = id();
    const FirewalldState &fd = state.firewalld;
    if (!fd.installed && !fd.offlineTool) {
        change.problems << Tr::tr(
            "firewalld is not installed (neither firewall-cmd nor firewall-offline-cmd is there)");
        return change;
    }
    if (!fd.error.isEmpty()) {
        change.problems << Tr::tr("cannot read firewalld's configuration: %1").arg(fd.error);
        return change;
    }
    if (!fd.running && !fd.offlineTool) {
        change.problems << Tr::tr("firewalld is not running, and without it only firewall-offline-cmd could change its "
                                  "configuration, which is not installed");
        return change;
    }
    const bool daemon = fd.running;
    if (!daemon)
        change.notes << Tr::tr("firewalld is not running: its permanent configuration is changed with "
                               "firewall-offline-cmd and takes effect when firewalld starts.");
    ExportContext exportContext;
    exportContext.language = context.settings.language;
    if (!context.settings.lan.isEmpty())
        exportContext.settings.insert(exportsetting::lan(), context.settings.lan);
    const QByteArray xml = firewalldServiceXml(plan, exportContext);
    const QStringList rich = firewalldRichRules(plan, exportContext);
    bool outbound = false;
    for (const PlanRule &rule : plan.rules)
        outbound = outbound || (rule.direction == Direction::Out && hasPorts(rule));
    if (outbound)
        change.notes << Tr::tr("firewalld lets this machine's own connections out unless a policy restricts them: the "
                               "outbound rules need nothing here.");
    if (xml.isEmpty() && rich.isEmpty()) {
        change.nothingToDo = Tr::tr("The plan has no inbound rule with ports: there is nothing to open in firewalld.");
        return change;
    }

    const QString iface
        = context.settings.interfaceName.isEmpty() ? state.clientInterface : context.settings.interfaceName;
    const QString ifaceZone = fd.zoneOfInterface(iface);
    const QString zone = context.settings.zone.isEmpty() ? ifaceZone : context.settings.zone;
    QStringList zoneNames;
    for (const FirewalldZone &z : fd.permanent)
        zoneNames << z.name;
    if (zone.isEmpty()) {
        change.problems << Tr::tr("cannot tell which zone faces the clients; name it with --zone (zones: %1)")
                               .arg(zoneNames.join(QStringLiteral(", ")));
        return change;
    }
    if (!zoneNames.contains(zone)) {
        change.problems
            << Tr::tr("firewalld has no zone named %1 (zones: %2)").arg(zone, zoneNames.join(QStringLiteral(", ")));
        return change;
    }
    if (!iface.isEmpty() && ifaceZone != zone)
        change.notes << Tr::tr(
            "Warning: the interface %1, which faces the clients, is in the zone %2, not in %3: rules in "
            "%3 do not apply to its traffic.")
                            .arg(iface, ifaceZone, zone);
    else if (!iface.isEmpty())
        change.notes << Tr::tr("The rules go to the zone %1, the zone of the interface %2, which faces the clients "
                               "(choose another with --zone or --interface).")
                            .arg(zone, iface);
    else
        change.notes << Tr::tr("The rules go to the zone %1.").arg(zone);

    const QString service = exportBaseName(plan);
    const QString servicePath = firewalld::serviceFilePath(service);
    QByteArray currentXml;
    const bool fileExists = host.exists(servicePath) && host.readFile(servicePath, &currentXml);
    const bool fileChanges = !xml.isEmpty() && (!fileExists || currentXml != xml);
    bool runtimeKnows = false;
    if (daemon && !xml.isEmpty())
        runtimeKnows = host.run(cmd(), {QStringLiteral("--info-service=") + service}, {}, kTimeoutMs).ok();
    const bool reload = daemon && !xml.isEmpty() && (fileChanges || !runtimeKnows);
    if (reload && !fd.differences.isEmpty()) {
        change.problems << Tr::tr(
            "firewalld's runtime configuration differs from its permanent one (%1). Applying needs "
            "a reload, because a new or changed service reaches the runtime only that way, and the "
            "reload would discard those runtime-only changes. Make them permanent "
            "(firewall-cmd --runtime-to-permanent) or drop them (firewall-cmd --reload), then apply "
            "again.")
                               .arg(fd.differences.join(QStringLiteral("; ")));
        return change;
    }

    const QString backup = context.backupPath + QStringLiteral(".json");
    change.steps << steps::backupFiles({zoneFile(zone), servicePath}, backup, context.backupDigest);
    change.entry.backupPath = backup;
    if (fileChanges) {
        change.steps << steps::writeFile(QStringLiteral("service-file"),
            Tr::tr("Write the service %1 (the ports open to every address)").arg(service), servicePath, xml,
            daemon ? QStringList {cmd(), QStringLiteral("--reload")} : QStringList());
    }
    if (reload)
        change.steps << steps::command(QStringLiteral("reload"),
            Tr::tr("Reload firewalld so that its runtime knows the service (firewalld#375)"), cmd(),
            {QStringLiteral("--reload")});

    const QString zoneArg = QStringLiteral("--zone=") + zone;
    const QList<Side> both = sides(daemon);
    const auto has = [&fd](const Side &side, const QString &zoneName, const QString &what, bool richRule) {
        const FirewalldZone *z = FirewalldState::zone(side.runtime ? fd.runtime : fd.permanent, zoneName);
        return z && (richRule ? z->richRules.contains(what) : z->services.contains(what));
    };
    for (const Side &side : both) {
        if (!xml.isEmpty() && !has(side, zone, service, false)) {
            change.steps << steps::command(
                QStringLiteral("zone-") + (side.runtime ? QStringLiteral("runtime") : QStringLiteral("permanent")),
                Tr::tr("Add the service %1 to the zone %2 (%3)").arg(service, zone, sideName(side)), side.program,
                side.flag + QStringList {zoneArg, QStringLiteral("--add-service=") + service}, side.program,
                side.flag + QStringList {zoneArg, QStringLiteral("--remove-service=") + service}, kTimeoutMs);
        }
        for (const QString &r : rich) {
            if (has(side, zone, r, true))
                continue;
            change.steps << steps::command(
                QStringLiteral("rich-rule-") + (side.runtime ? QStringLiteral("runtime") : QStringLiteral("permanent")),
                Tr::tr("Add a rich rule to the zone %1 (%2)").arg(zone, sideName(side)), side.program,
                side.flag + QStringList {zoneArg, QStringLiteral("--add-rich-rule=") + r}, side.program,
                side.flag + QStringList {zoneArg, QStringLiteral("--remove-rich-rule=") + r}, kTimeoutMs);
        }
    }
    // What an earlier apply of this product and role put elsewhere, or no longer needs, goes.
    if (context.previous) {
        const QString oldZone = context.previous->objects.value(QStringLiteral("zone")).toString();
        const QString oldService = context.previous->objects.value(QStringLiteral("service")).toString();
        QStringList oldRich;
        const QJsonArray list = context.previous->objects.value(QStringLiteral("richRules")).toArray();
        for (const QJsonValue &v : list)
            oldRich << v.toString();
        for (const Side &side : both) {
            const QString oldZoneArg = QStringLiteral("--zone=") + oldZone;
            if (!oldService.isEmpty() && (oldZone != zone || xml.isEmpty()) && has(side, oldZone, oldService, false))
                change.steps << steps::command(QStringLiteral("old-service"),
                    Tr::tr("Remove the service %1 from the zone %2, where an earlier apply put it (%3)")
                        .arg(oldService, oldZone, sideName(side)),
                    side.program,
                    side.flag + QStringList {oldZoneArg, QStringLiteral("--remove-service=") + oldService},
                    side.program, side.flag + QStringList {oldZoneArg, QStringLiteral("--add-service=") + oldService},
                    kTimeoutMs);
            for (const QString &r : std::as_const(oldRich)) {
                if ((oldZone == zone && rich.contains(r)) || !has(side, oldZone, r, true))
                    continue;
                change.steps << steps::command(QStringLiteral("old-rich-rule"),
                    Tr::tr("Remove a rich rule of an earlier apply from the zone %1 (%2)").arg(oldZone, sideName(side)),
                    side.program, side.flag + QStringList {oldZoneArg, QStringLiteral("--remove-rich-rule=") + r},
                    side.program, side.flag + QStringList {oldZoneArg, QStringLiteral("--add-rich-rule=") + r},
                    kTimeoutMs);
            }
        }
    }

    Step verify;
    verify.id = QStringLiteral("verify");
    verify.description = daemon ? Tr::tr("Read the zone and the service back, permanent and runtime")
                                : Tr::tr("Read the zone and the service back");
    QStringList previews;
    for (const Side &side : both) {
        previews << steps::commandLine(side.program, side.flag + QStringList {zoneArg, QStringLiteral("--list-all")});
        if (!xml.isEmpty())
            previews << steps::commandLine(
                side.program, side.flag + QStringList {QStringLiteral("--info-service=") + service});
    }
    verify.preview = previews.join(QLatin1Char('\n'));
    const QStringList expectedPorts = servicePorts(xml);
    verify.run = [both, zoneArg, zone, service, xml, rich, expectedPorts](Host &h, QString *error) {
        for (const Side &side : both) {
            const QStringList args = side.flag + QStringList {zoneArg, QStringLiteral("--list-all")};
            const RunResult r = h.run(side.program, args, {}, kTimeoutMs);
            if (!r.ok()) {
                *error = QStringLiteral("%1: %2").arg(steps::commandLine(side.program, args), r.errorText());
                return false;
            }
            const QList<FirewalldZone> zones = firewalld::parseZones(QString::fromUtf8(r.out));
            const FirewalldZone *z = zones.isEmpty() ? nullptr : &zones.first();
            if (!z || (!xml.isEmpty() && !z->services.contains(service))) {
                *error = Tr::tr("the %1 zone %2 does not list the service %3").arg(sideName(side), zone, service);
                return false;
            }
            for (const QString &rule : rich) {
                if (!z->richRules.contains(rule)) {
                    *error = Tr::tr("the %1 zone %2 lacks the rich rule %3").arg(sideName(side), zone, rule);
                    return false;
                }
            }
            if (xml.isEmpty())
                continue;
            const QStringList infoArgs = side.flag + QStringList {QStringLiteral("--info-service=") + service};
            const RunResult info = h.run(side.program, infoArgs, {}, kTimeoutMs);
            if (!info.ok() || infoPorts(info.out) != expectedPorts) {
                *error = Tr::tr("the %1 service %2 does not have the ports %3")
                             .arg(sideName(side), service, expectedPorts.join(QLatin1Char(' ')));
                return false;
            }
        }
        return true;
    };
    change.steps << verify;

    QJsonObject objects;
    objects.insert(QStringLiteral("zone"), zone);
    objects.insert(QStringLiteral("interface"), iface);
    objects.insert(QStringLiteral("service"), xml.isEmpty() ? QString() : service);
    objects.insert(QStringLiteral("serviceFile"), xml.isEmpty() ? QString() : servicePath);
    // Only rich rules that this apply adds, or an earlier one of this product and role added, are ours: one the
    // zone had on every side before stays when we revert.
    QStringList previousRich;
    if (context.previous && context.previous->objects.value(QStringLiteral("zone")).toString() == zone) {
        const QJsonArray list = context.previous->objects.value(QStringLiteral("richRules")).toArray();
        for (const QJsonValue &v : list)
            previousRich << v.toString();
    }
    QStringList ourRich;
    for (const QString &r : rich) {
        bool everywhere = true;
        for (const Side &side : both)
            everywhere = everywhere && has(side, zone, r, true);
        if (!everywhere || previousRich.contains(r))
            ourRich << r;
    }
    objects.insert(QStringLiteral("richRules"), QJsonArray::fromStringList(ourRich));
    objects.insert(QStringLiteral("daemon"), daemon);
    change.entry.objects = objects;
    change.entry.rules = appliedRuleLines(plan, id(), {Direction::In});
    return change;
}

template<>
PreparedChange BackendOf<BackendId::Firewalld>::prepareRevert(
    Host &host, const FirewallState &state, const QList<AppliedEntry> &entries) const
{
    PreparedChange change;
    change.backend = id();
    const FirewalldState &fd = state.firewalld;
    if (!fd.running && !fd.offlineTool) {
        change.problems << Tr::tr("firewalld is not running, and firewall-offline-cmd is not installed");
        return change;
    }
    if (!fd.error.isEmpty()) {
        change.problems << Tr::tr("cannot read firewalld's configuration: %1").arg(fd.error);
        return change;
    }
    const bool daemon = fd.running;
    const QList<Side> both = sides(daemon);
    QStringList checks;
    QStringList deleted; ///< services whose file goes: once, also where several entries name it
    for (const AppliedEntry &e : entries) {
        const QString zone = e.objects.value(QStringLiteral("zone")).toString();
        const QString service = e.objects.value(QStringLiteral("service")).toString();
        const QString zoneArg = QStringLiteral("--zone=") + zone;
        QStringList rich;
        const QJsonArray list = e.objects.value(QStringLiteral("richRules")).toArray();
        for (const QJsonValue &v : list)
            rich << v.toString();
        // Runtime first: the runtime side is what traffic sees, and its undo is the cheapest.
        for (auto side = both.crbegin(); side != both.crend(); ++side) {
            const FirewalldZone *z = FirewalldState::zone(side->runtime ? fd.runtime : fd.permanent, zone);
            if (!service.isEmpty() && z && z->services.contains(service))
                change.steps << steps::command(
                    QStringLiteral("zone-") + (side->runtime ? QStringLiteral("runtime") : QStringLiteral("permanent")),
                    Tr::tr("Remove the service %1 from the zone %2 (%3)").arg(service, zone, sideName(*side)),
                    side->program, side->flag + QStringList {zoneArg, QStringLiteral("--remove-service=") + service},
                    side->program, side->flag + QStringList {zoneArg, QStringLiteral("--add-service=") + service},
                    kTimeoutMs);
            for (const QString &r : std::as_const(rich)) {
                if (!z || !z->richRules.contains(r))
                    continue;
                change.steps << steps::command(QStringLiteral("rich-rule-")
                        + (side->runtime ? QStringLiteral("runtime") : QStringLiteral("permanent")),
                    Tr::tr("Remove a rich rule from the zone %1 (%2)").arg(zone, sideName(*side)), side->program,
                    side->flag + QStringList {zoneArg, QStringLiteral("--remove-rich-rule=") + r}, side->program,
                    side->flag + QStringList {zoneArg, QStringLiteral("--add-rich-rule=") + r}, kTimeoutMs);
            }
        }
        const QString path
            = service.isEmpty() || deleted.contains(service) ? QString() : firewalld::serviceFilePath(service);
        QByteArray content;
        if (!path.isEmpty() && host.exists(path) && host.readFile(path, &content)) {
            deleted << service;
            if (daemon) {
                // Through the daemon, so that its permanent configuration forgets the service too; the undo puts the
                // same file back the same way.
                Step del = steps::command(QStringLiteral("service-file"), Tr::tr("Delete the service %1").arg(service),
                    cmd(), {QStringLiteral("--permanent"), QStringLiteral("--delete-service=") + service});
                del.undo = [content, service](Host &h, QString *error) {
                    // firewalld takes a service file only with the .xml suffix; a private folder keeps it safe.
                    QTemporaryDir dir;
                    const QString copy = dir.path() + QLatin1Char('/') + service + QStringLiteral(".xml");
                    if (!dir.isValid() || !h.writeFile(copy, content, error))
                        return false;
                    const QStringList args {QStringLiteral("--permanent"),
                        QStringLiteral("--new-service-from-file=") + copy, QStringLiteral("--name=") + service};
                    const RunResult r = h.run(cmd(), args, {}, kTimeoutMs);
                    if (!r.ok()) {
                        *error = QStringLiteral("%1: %2").arg(steps::commandLine(cmd(), args), r.errorText());
                        return false;
                    }
                    return true;
                };
                change.steps << del;
            } else {
                Step del;
                del.id = QStringLiteral("service-file");
                del.description = Tr::tr("Delete the service file %1").arg(path);
                del.preview = steps::commandLine(QStringLiteral("rm"), {path});
                del.run = [path](Host &h, QString *error) { return h.removeFile(path, error); };
                del.undo = [path, content](Host &h, QString *error) { return h.writeFile(path, content, error); };
                change.steps << del;
            }
        }
        change.revertedTargets << e.product + QLatin1Char('/') + e.role;
        checks << zone + QLatin1Char('|') + service;
    }
    if (change.steps.isEmpty()) {
        change.nothingToDo = Tr::tr("firewalld holds nothing of this program's any more.");
        return change;
    }
    Step verify;
    verify.id = QStringLiteral("verify");
    verify.description = Tr::tr("Read the zones back");
    verify.preview = steps::commandLine(
        both.first().program, both.first().flag + QStringList {QStringLiteral("--list-all-zones")});
    verify.run = [both, checks](Host &h, QString *error) {
        for (const Side &side : both) {
            const QStringList args = side.flag + QStringList {QStringLiteral("--list-all-zones")};
            const RunResult r = h.run(side.program, args, {}, kTimeoutMs);
            if (!r.ok()) {
                *error = QStringLiteral("%1: %2").arg(steps::commandLine(side.program, args), r.errorText());
                return false;
            }
            const QList<FirewalldZone> zones = firewalld::parseZones(QString::fromUtf8(r.out));
            for (const QString &check : checks) {
                const QString zone = check.section(QLatin1Char('|'), 0, 0);
                const QString service = check.section(QLatin1Char('|'), 1);
                const FirewalldZone *z = FirewalldState::zone(zones, zone);
                if (z && !service.isEmpty() && z->services.contains(service)) {
                    *error = Tr::tr("the %1 zone %2 still lists the service %3").arg(sideName(side), zone, service);
                    return false;
                }
            }
        }
        return true;
    };
    change.steps << verify;
    return change;
}

template<>
PreparedChange BackendOf<BackendId::Firewalld>::prepareRestore(
    Host &host, const FirewallState &state, const AppliedEntry &entry) const
{
    steps::RestoreTexts texts;
    texts.foreignFile = Tr::tr("the backup %1 names %2, which is none of firewalld's files that this program "
                               "backs up; it is not used");
    texts.step = Tr::tr("Put the zone and service files of the backup %1 back").arg(entry.backupPath);
    texts.reload = Tr::tr("Reload firewalld");
    const QStringList reload
        = state.firewalld.running ? QStringList {cmd(), QStringLiteral("--reload")} : QStringList();
    return steps::restoreFiles(host, id(), entry, QStringLiteral("/etc/firewalld/"), texts, reload);
}

template<>
QString BackendOf<BackendId::Firewalld>::checkEntry(const AppliedEntry &entry) const
{
    static const QRegularExpression zoneName(QStringLiteral("^[A-Za-z0-9_+-][A-Za-z0-9_.+-]{0,63}$"));
    // Exactly what firewalldRichRules() writes.
    static const QRegularExpression richRule(
        QStringLiteral("^rule family=\"ipv[46]\" source address=\"[0-9a-fA-F.:]+(/[0-9]{1,3})?\" port "
                       "port=\"[0-9]{1,5}(-[0-9]{1,5})?\" protocol=\"(tcp|udp|sctp|dccp)\" accept$"));
    const QString ours = QStringLiteral("fwwizard-%1-%2").arg(entry.product, entry.role);
    const QString zone = entry.objects.value(QStringLiteral("zone")).toString();
    const QString service = entry.objects.value(QStringLiteral("service")).toString();
    const QString file = entry.objects.value(QStringLiteral("serviceFile")).toString();
    if (!zone.isEmpty() && !zoneName.match(zone).hasMatch())
        return Tr::tr("\"%1\" is no firewalld zone name").arg(zone);
    if (!service.isEmpty() && service != ours)
        return Tr::tr("the service \"%1\" is not this program's (%2)").arg(service, ours);
    if (!file.isEmpty() && file != firewalld::serviceFilePath(ours))
        return Tr::tr("the service file %1 is not this program's").arg(file);
    const QJsonArray rich = entry.objects.value(QStringLiteral("richRules")).toArray();
    for (const QJsonValue &v : rich) {
        if (!richRule.match(v.toString()).hasMatch())
            return Tr::tr("the rich rule \"%1\" is not one this program writes").arg(v.toString());
    }
    return QString();
}

template<>
QList<AppliedEntry> BackendOf<BackendId::Firewalld>::findUnrecorded(
    Host &host, const FirewallState &state, QStringList *notes) const
{
    // Our services are named "fwwizard-<product>-<role>": in the zones, and as files that no zone uses any more.
    static const QRegularExpression serviceName(QStringLiteral("^fwwizard-([a-z0-9-]+)-([a-z0-9]+)$"));
    const FirewalldState &fd = state.firewalld;
    QList<AppliedEntry> found;
    const auto add = [&](const QString &zone, const QString &service) {
        const auto m = serviceName.match(service);
        if (!m.hasMatch())
            return;
        for (const AppliedEntry &e : std::as_const(found)) {
            if (e.objects.value(QStringLiteral("zone")).toString() == zone
                && e.objects.value(QStringLiteral("service")).toString() == service)
                return;
        }
        AppliedEntry e;
        e.backend = id();
        e.product = m.captured(1);
        e.role = m.captured(2);
        e.objects.insert(QStringLiteral("zone"), zone);
        e.objects.insert(QStringLiteral("service"), service);
        found << e;
    };
    bool rich = false;
    for (const QList<FirewalldZone> *zones : {&fd.runtime, &fd.permanent}) {
        for (const FirewalldZone &z : *zones) {
            for (const QString &service : z.services)
                add(z.name, service);
            rich = rich || !z.richRules.isEmpty();
        }
    }
    const QStringList files = host.listFolder(QStringLiteral("/etc/firewalld/services"));
    for (const QString &f : files) {
        if (f.endsWith(QLatin1String(".xml")))
            add(QString(), f.chopped(4));
    }
    if (rich)
        notes->append(Tr::tr("Rich rules carry no name of this program's, so without a record they cannot be told from "
                             "the zones' own: they stay (firewall-cmd --list-rich-rules shows them)."));
    return found;
}

const Backend &firewalld::backend()
{
    static const BackendOf<BackendId::Firewalld> backend;
    return backend;
}

} // namespace fw
