#include "Diagnostics.h"

#include "Applier.h"
#include "NftablesBackend.h"
#include "probe/ProbeResult.h"
#include "system/Paths.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>

namespace fw {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::Diagnostics)
}

QStringList tail(const QByteArray &data, int count)
{
    QStringList lines = QString::fromUtf8(data).split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.mid(std::max<qsizetype>(0, lines.size() - count));
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QList<DiagnosticWarning> diagnosticWarnings(const FirewallState &state, const AppliedRecord &record)
{
    QList<DiagnosticWarning> warnings;
    const FirewalldState &fd = state.firewalld;
    for (const AppliedEntry &e : record.entries) {
        if (e.backend == BackendId::Firewalld && fd.running) {
            const QString zone = e.objects.value(QStringLiteral("zone")).toString();
            const QString iface = e.objects.value(QStringLiteral("interface")).toString();
            const QString now = fd.zoneOfInterface(iface);
            if (!iface.isEmpty() && !zone.isEmpty() && now != zone)
                warnings << DiagnosticWarning {QStringLiteral("zone-mismatch"),
                    Tr::tr("The rules for %1 went to the firewalld zone %2, but the interface %3 is "
                           "in the zone %4 now, so they do not apply to its traffic. Apply again "
                           "with --zone %4, or move the interface: firewall-cmd --permanent "
                           "--zone=%2 --change-interface=%3.")
                        .arg(e.title, zone, iface, now)};
        }
        if (e.backend == BackendId::Nftables && state.nftables.readable) {
            const QString tag = nftables::tag(e.product, e.role);
            bool found = false;
            for (const NftChain &c : state.nftables.ruleset.chains()) {
                for (const NftRule &r : c.rules)
                    found = found || r.comment == tag;
            }
            if (!found)
                warnings << DiagnosticWarning {QStringLiteral("applied-gone"),
                    Tr::tr("The record says %1 was applied with nftables, but its jump is no longer "
                           "in the ruleset (the ruleset was probably reloaded, e.g. by "
                           "systemctl restart nftables). Apply again.")
                        .arg(e.title)};
        }
    }
    if (!fd.differences.isEmpty())
        warnings << DiagnosticWarning {QStringLiteral("runtime-permanent-differ"),
            Tr::tr("firewalld's runtime and permanent configurations differ: %1. Runtime-only "
                   "changes are lost at the next reload or reboot; make them permanent with "
                   "firewall-cmd --runtime-to-permanent, or drop them with firewall-cmd --reload.")
                .arg(fd.differences.join(QStringLiteral("; ")))};
    if (state.docker)
        warnings << DiagnosticWarning {QStringLiteral("docker"),
            Tr::tr("Docker is present (%1). Ports that containers publish bypass ufw's rules and "
                   "firewalld's zones, because Docker adds its own rules before them: a port can "
                   "be open although the firewall says it is closed, and the other way round. "
                   "Test with the connectivity check, not by reading the configuration.")
                .arg(state.dockerEvidence)};
    const bool ufwOn = state.ufw.active || state.ufw.enabledInConfig;
    if (fd.running && ufwOn)
        warnings << DiagnosticWarning {QStringLiteral("several-firewalls"),
            Tr::tr("firewalld is running and ufw is enabled as well: both filter, and a port must "
                   "be open in both. Use one of them (systemctl disable --now ufw, or firewalld).")};
    return warnings;
}

Diagnostics collectDiagnostics(Host &host, const DiagnosticsInput &input)
{
    Diagnostics d;
    d.programVersion = input.programVersion;
    d.qtVersion = input.qtVersion;
    d.spdlogVersion = input.spdlogVersion;
    d.os = QSysInfo::prettyProductName();
    d.kernel = QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion();
    d.state = detectFirewall(host, BackendId::Invalid, true);
    d.firewallLines = describeFirewall(d.state);
    const QString folder = input.stateDir.isEmpty() ? paths::stateDir() : input.stateDir;
    d.stateDir = folder;
    readAppliedRecord(host, paths::appliedRecordPath(folder), &d.record, &d.recordError);
    d.lastCheckPath = paths::lastCheckResultsPath(folder);
    QByteArray check;
    if (host.exists(d.lastCheckPath) && host.readFile(d.lastCheckPath, &check))
        d.lastCheck = QJsonDocument::fromJson(check).object();
    d.logPath = input.logPath;
    QByteArray log;
    if (!input.logPath.isEmpty() && host.readFile(input.logPath, &log))
        d.logLines = tail(log, input.logLines);
    d.warnings = diagnosticWarnings(d.state, d.record);
    return d;
}

QString diagnosticsText(const Diagnostics &d)
{
    QStringList lines;
    lines << Tr::tr("Firewall Setup Wizard diagnostics");
    lines << Tr::tr("Program: %1 (Qt %2, spdlog %3)").arg(d.programVersion, d.qtVersion, d.spdlogVersion);
    lines << Tr::tr("System: %1, %2").arg(d.os, d.kernel);
    lines << Tr::tr("Privileged: %1")
                 .arg(d.state.privileged ? Tr::tr("yes") : Tr::tr("no (some firewall state needs root)"));
    lines << QString() << Tr::tr("Firewall:");
    for (const QString &l : d.firewallLines)
        lines << QStringLiteral("  ") + l;
    if (!d.state.ufw.status.isEmpty()) {
        const QStringList status = d.state.ufw.status.split(QLatin1Char('\n'));
        lines << Tr::tr("  ufw's own report (as ufw prints it, untranslated):");
        for (const QString &l : status)
            lines << QStringLiteral("    ") + l;
    }
    if (!d.state.firewalld.differences.isEmpty()) {
        lines << Tr::tr("  firewalld runtime and permanent differ:");
        for (const QString &l : d.state.firewalld.differences)
            lines << QStringLiteral("    ") + l;
    }
    lines << Tr::tr("State folder: %1").arg(d.stateDir);
    lines << QString() << Tr::tr("Applied by this program:");
    // Applying needs root, and root keeps its record in its own folder, which an ordinary user cannot read.
    if (!d.state.privileged && d.stateDir != paths::rootStateDir())
        lines << Tr::tr("  (what root applied is recorded in %1, which only root can read: run sudo firewall-wizard "
                        "diagnose)")
                     .arg(paths::rootStateDir());
    if (!d.recordError.isEmpty())
        lines << QStringLiteral("  ") + d.recordError;
    else if (d.record.entries.isEmpty())
        lines << Tr::tr("  nothing");
    for (const AppliedEntry &e : d.record.entries) {
        const QStringList entryLines = describeEntry(e).split(QLatin1Char('\n'));
        for (const QString &l : entryLines)
            lines << QStringLiteral("  ") + l;
    }
    lines << QString() << Tr::tr("Last connectivity check:");
    const QJsonArray results = d.lastCheck.value(QStringLiteral("results")).toArray();
    if (d.lastCheck.isEmpty())
        lines << Tr::tr("  none stored (%1)").arg(d.lastCheckPath);
    for (const QJsonValue &v : results) {
        const QJsonObject r = v.toObject();
        const QString statusId = r.value(QStringLiteral("status")).toString();
        const ProbeStatus status = probeStatusFromId(statusId);
        lines << QStringLiteral("  %1 %2/%3: %4")
                     .arg(r.value(QStringLiteral("host")).toString())
                     .arg(r.value(QStringLiteral("port")).toInt())
                     .arg(r.value(QStringLiteral("protocol")).toString(),
                         status == ProbeStatus::Invalid ? statusId : probeStatusLabel(status));
    }
    lines << QString() << Tr::tr("Warnings:");
    if (d.warnings.isEmpty())
        lines << Tr::tr("  none");
    for (const DiagnosticWarning &w : d.warnings)
        lines << QStringLiteral("  [%1] %2").arg(w.id, w.text);
    lines << QString() << Tr::tr("Log (%1), last lines:").arg(d.logPath.isEmpty() ? Tr::tr("none") : d.logPath);
    for (const QString &l : d.logLines)
        lines << QStringLiteral("  ") + l;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject diagnosticsJson(const Diagnostics &d)
{
    QJsonObject program;
    program.insert(QStringLiteral("version"), d.programVersion);
    program.insert(QStringLiteral("qt"), d.qtVersion);
    program.insert(QStringLiteral("spdlog"), d.spdlogVersion);
    QJsonObject system;
    system.insert(QStringLiteral("os"), d.os);
    system.insert(QStringLiteral("kernel"), d.kernel);
    system.insert(QStringLiteral("privileged"), d.state.privileged);
    system.insert(QStringLiteral("stateDir"), d.stateDir);

    QJsonObject firewall;
    firewall.insert(QStringLiteral("governing"),
        d.state.governing == BackendId::Invalid ? QJsonValue() : QJsonValue(backendIdString(d.state.governing)));
    firewall.insert(QStringLiteral("summary"), strings(d.firewallLines));
    firewall.insert(QStringLiteral("clientInterface"), d.state.clientInterface);
    firewall.insert(QStringLiteral("interfaces"), strings(d.state.interfaces));
    QJsonObject nft;
    nft.insert(QStringLiteral("installed"), d.state.nftables.installed);
    nft.insert(QStringLiteral("readable"), d.state.nftables.readable);
    QJsonArray chains;
    for (const QString &hook : {QStringLiteral("input"), QStringLiteral("output")}) {
        const QList<NftFilterPoint> filters = d.state.nftables.ruleset.filterPoints(hook);
        const QList<const NftChain *> base = d.state.nftables.ruleset.baseChains(hook);
        for (const NftChain *c : base) {
            QJsonObject o;
            o.insert(QStringLiteral("hook"), hook);
            o.insert(QStringLiteral("family"), c->family);
            o.insert(QStringLiteral("table"), c->table);
            o.insert(QStringLiteral("chain"), c->name);
            o.insert(QStringLiteral("priority"), c->priority);
            o.insert(QStringLiteral("policy"), c->policy);
            o.insert(
                QStringLiteral("drops"), std::any_of(filters.cbegin(), filters.cend(), [c](const NftFilterPoint &p) {
                    return p.family == c->family && p.table == c->table && p.chain == c->name;
                }));
            chains.append(o);
        }
    }
    nft.insert(QStringLiteral("baseChains"), chains);
    firewall.insert(QStringLiteral("nftables"), nft);
    QJsonObject fd;
    fd.insert(QStringLiteral("installed"), d.state.firewalld.installed);
    fd.insert(QStringLiteral("running"), d.state.firewalld.running);
    fd.insert(QStringLiteral("defaultZone"), d.state.firewalld.defaultZone);
    QJsonArray zones;
    for (const FirewalldZone &z : d.state.firewalld.running ? d.state.firewalld.runtime : d.state.firewalld.permanent) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), z.name);
        o.insert(QStringLiteral("interfaces"), strings(z.interfaces));
        o.insert(QStringLiteral("sources"), strings(z.sources));
        o.insert(QStringLiteral("services"), strings(z.services));
        zones.append(o);
    }
    fd.insert(QStringLiteral("zones"), zones);
    fd.insert(QStringLiteral("runtimePermanentDifferences"), strings(d.state.firewalld.differences));
    firewall.insert(QStringLiteral("firewalld"), fd);
    QJsonObject ufw;
    ufw.insert(QStringLiteral("installed"), d.state.ufw.installed);
    ufw.insert(QStringLiteral("active"), d.state.ufw.active);
    ufw.insert(QStringLiteral("statusReadable"), d.state.ufw.statusReadable);
    ufw.insert(QStringLiteral("enabledInConfig"), d.state.ufw.enabledInConfig);
    ufw.insert(QStringLiteral("status"), d.state.ufw.status);
    firewall.insert(QStringLiteral("ufw"), ufw);
    firewall.insert(QStringLiteral("docker"), d.state.docker);

    QJsonArray applied;
    if (d.recordError.isEmpty()) {
        const QJsonArray entries
            = QJsonDocument::fromJson(d.record.toJson()).object().value(QStringLiteral("entries")).toArray();
        applied = entries;
    }
    QJsonArray warnings;
    for (const DiagnosticWarning &w : d.warnings) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), w.id);
        o.insert(QStringLiteral("text"), w.text);
        warnings.append(o);
    }
    QJsonObject log;
    log.insert(QStringLiteral("path"), d.logPath);
    log.insert(QStringLiteral("lines"), strings(d.logLines));

    QJsonObject root;
    root.insert(QStringLiteral("program"), program);
    root.insert(QStringLiteral("system"), system);
    root.insert(QStringLiteral("firewall"), firewall);
    root.insert(QStringLiteral("applied"), applied);
    root.insert(QStringLiteral("recordError"), d.recordError.isEmpty() ? QJsonValue() : QJsonValue(d.recordError));
    root.insert(QStringLiteral("lastCheck"), d.lastCheck.isEmpty() ? QJsonValue() : QJsonValue(d.lastCheck));
    root.insert(QStringLiteral("log"), log);
    root.insert(QStringLiteral("warnings"), warnings);
    return root;
}

} // namespace fw
