#include "AnsibleExporter.h"

#include "ExportText.h"
#include "FirewalldExporter.h"
#include "Quoting.h"
#include "UfwExporter.h"
#include "apply/FirewalldBackend.h"
#include "apply/NftablesBackend.h"
#include "catalog/ProgramPath.h"
#include "plan/PlanText.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace fw {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::AnsibleExporter)
}

QString portText(const PortRange &p)
{
    return p.from == p.to ? QString::number(p.from) : QStringLiteral("%1-%2").arg(p.from).arg(p.to);
}

/// A double-quoted !unsafe YAML string of several lines, each escaped as quoting::ansibleString() escapes one line
/// (which makes line breaks spaces), joined with \n escapes.
QString ansibleLines(const QString &text)
{
    const QString prefix = QStringLiteral("!unsafe \"");
    QStringList inner;
    for (const QString &l : text.split(QLatin1Char('\n'))) {
        const QString q = quoting::ansibleString(l);
        inner << q.mid(prefix.size(), q.size() - prefix.size() - 1);
    }
    return prefix + inner.join(QStringLiteral("\\n")) + QLatin1Char('"');
}

/// Prints the firewall that governs the host, in the order `firewall-wizard apply` detects it.
const char *const kDetect
    = "if command -v firewall-cmd >/dev/null 2>&1 && firewall-cmd --state >/dev/null 2>&1; then echo firewalld; "
      "elif command -v ufw >/dev/null 2>&1 && ufw status 2>/dev/null | grep -qx 'Status: active'; then echo ufw; "
      "elif command -v nft >/dev/null 2>&1; then echo nftables; else echo none; fi";

/// Run on an nftables host as `python3 -c SCRIPT apply|undo spec=SPEC`: SPEC names the tag and our chains, each with
/// its hook and its rules per family (the rules `firewall-wizard apply` writes). Like apply, the rules go into a chain
/// of ours in each table whose base chain on that hook filters (policy drop, or a final drop or reject), with one jump
/// tagged SPEC's tag right before the final drop. The wanted state is rendered in an empty network namespace of its
/// own and compared with the host's; only where they differ is everything of ours replaced in one nft -f transaction.
/// "undo" removes every chain of ours and every tagged jump. Prints "changed" or "unchanged". With a third argument
/// places=MAP (JSON: placeholder address -> kCheckScript's output), the rules SPEC matches against a placeholder
/// address (the plan's LAN rules and the rules naming a host value, see kLanPlaceholder and Place) match the
/// addresses of its entry instead, or any address where the entry has none.
const char *const kNftScript = R"(import json, subprocess, sys
mode, spec = sys.argv[1], json.loads(sys.argv[2].partition('=')[2])
places = json.loads(sys.argv[3].partition('=')[2]) if len(sys.argv) > 3 else {}
env = {'LC_ALL': 'C', 'PATH': '/usr/sbin:/usr/bin:/sbin:/bin'}

def run(argv, text=''):
    r = subprocess.run(argv, input=text, capture_output=True, text=True, env=env)
    if r.returncode != 0:
        sys.exit('%s: %s' % (' '.join(argv[:4]), r.stderr.strip()))
    return r.stdout

def objects(text, kind):
    return [o[kind] for o in json.loads(text)['nftables'] if kind in o]

def rules_of(rules, family, table, chain):
    return [r for r in rules if (r['family'], r['table'], r['chain']) == (family, table, chain)]

def body(rules):
    return [(json.dumps(r['expr'], sort_keys=True), r.get('comment')) for r in rules]

def quoted(text):
    return '"' + text + '"'

def expand(lines, family):
    out = []
    for line in lines:
        v, side, address, rest = (line.split(' ', 3) + ['', '', '', ''])[:4]
        place = places.get(address) if v in ('ip', 'ip6') and side in ('saddr', 'daddr') else None
        if place is None:
            out.append(line)
        elif place['all']:
            ranges = place['ipv4' if v == 'ip' else 'ipv6']
            out += ['%s %s { %s } %s' % (v, side, ', '.join(ranges), rest)] if ranges else []
        elif v == 'ip' or family == 'ip6':
            out.append(rest)
    return out

ruleset = run(['nft', '-j', 'list', 'ruleset'])
chains, rules = objects(ruleset, 'chain'), objects(ruleset, 'rule')
names = {c['name'] for c in spec['chains']}
jumps = [r for r in rules if r.get('comment') == spec['tag']]
ours = [c for c in chains if c['name'] in names]
wanted = []
for c in spec['chains'] if mode == 'apply' else []:
    for base in chains:
        if base.get('hook') != c['hook'] or base['family'] not in c['rules'] or base['name'] in names:
            continue
        listed = rules_of(rules, base['family'], base['table'], base['name'])
        final = [r for r in listed if r.get('comment') != spec['tag']][-1:]
        final = final if final and any(k in final[0]['expr'][-1] for k in ('drop', 'reject')) else []
        if base.get('policy') != 'drop' and not final:
            continue
        lines = expand(c['rules'][base['family']], base['family'])
        wanted.append((base, c['name'], lines, final[0]['handle'] if final else 0))

script = ['add table %s fwwizard_render' % w[0]['family'] for w in wanted]
for base, name, lines, _ in wanted:
    script.append('add chain %s fwwizard_render %s' % (base['family'], name))
    script += ['add rule %s fwwizard_render %s %s' % (base['family'], name, l) for l in lines]
render = ['unshare', '--net', 'sh', '-c', 'nft -f - && nft -j list ruleset']
rendered = objects(run(render, '\n'.join(script) + '\n'), 'rule') if wanted else []

same = len(ours) == len(wanted) and len(jumps) == len(wanted)
for base, name, lines, _ in wanted:
    mine = rules_of(rules, base['family'], base['table'], name)
    want = rules_of(rendered, base['family'], 'fwwizard_render', name)
    jump = [j for j in rules_of(jumps, base['family'], base['table'], base['name'])
            if j['expr'] == [{'jump': {'target': name}}]]
    exists = any((c['family'], c['table'], c['name']) == (base['family'], base['table'], name) for c in ours)
    same = same and exists and body(mine) == body(want) and len(jump) == 1
if same:
    print('unchanged')
    sys.exit(0)

script = ['delete rule %s %s %s handle %d' % (j['family'], j['table'], j['chain'], j['handle']) for j in jumps]
for c in ours:
    ref = '%s %s %s' % (c['family'], c['table'], c['name'])
    script += ['flush chain ' + ref, 'delete chain ' + ref]
for base, name, lines, before in wanted:
    ref = '%s %s' % (base['family'], base['table'])
    script.append('add chain %s %s' % (ref, name))
    script += ['add rule %s %s %s' % (ref, name, l) for l in lines]
    jump = 'jump %s comment %s' % (name, quoted(spec['tag']))
    if before:
        script.append('insert rule %s %s handle %d %s' % (ref, base['name'], before, jump))
    else:
        script.append('add rule %s %s %s' % (ref, base['name'], jump))
run(['nft', '-f', '-'], '\n'.join(script) + '\n')
print('changed')
)";

/// Run on each Linux host as `python3 -c SCRIPT KIND=VALUE message=TEXT`. KIND lan: checks that VALUE's entries
/// (separated by commas) are IPv4 or IPv6 addresses or CIDR ranges; KIND host: that VALUE is empty, one IPv4 or IPv6
/// address, or a host name as --set takes it (RFC 1123; it matches any address, as in the export: firewalls here match
/// addresses only). Prints the addresses as JSON ({"ipv4": [...], "ipv6": [...], "all": [...]}, host bits cleared, a
/// full-length prefix written as the bare address); otherwise exits with TEXT, its %1 replaced by the bad entry.
const char *const kCheckScript = R"(import ipaddress, json, re, sys
kind, value = sys.argv[1].partition('=')[::2]
message = sys.argv[2].partition('=')[2]
ranges = {'ipv4': [], 'ipv6': []}
label = r'[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?'
name = r'(?=.{1,253}\Z)(%s\.)*(?![0-9]+\Z|0[xX][0-9A-Fa-f]+\Z)%s' % (label, label)
items = [i.strip() for i in value.split(',') if i.strip()] if kind == 'lan' else [value] if value else []
for item in items:
    try:
        if kind == 'lan':
            net = ipaddress.ip_network(item, strict=False)
        else:
            bare = item[1:-1] if item.startswith('[') and item.endswith(']') and ':' in item else item
            net = ipaddress.ip_network(ipaddress.ip_address('%' if '%' in bare else bare))
    except ValueError:
        if kind == 'host' and re.fullmatch(name, item):
            continue
        sys.exit(message.replace('%1', json.dumps(item, ensure_ascii=False)[1:-1]))
    text = str(net.network_address) if net.prefixlen == net.max_prefixlen else str(net)
    key = 'ipv4' if net.version == 4 else 'ipv6'
    if text not in ranges[key]:
        ranges[key].append(text)
ranges['all'] = ranges['ipv4'] + ranges['ipv6']
print(json.dumps(ranges))
)";

/// The LAN the nftables rules are rendered with when the plan has LAN rules: addresses no LAN setting can give, which
/// kNftScript replaces with the host's fwwizard_lan.
const char *const kLanPlaceholder = "0.0.0.0,::";

/// Run on a firewalld host as `sh -c SCRIPT sh CHANGED SERVICE...`: reloads firewalld where CHANGED is True (a service
/// file was written) or the runtime does not know one of the services, so that it reads the files; prints "reloaded".
const char *const kReload = "r=$1; shift; for s; do firewall-cmd --info-service=\"$s\" >/dev/null 2>&1 || r=True; "
                            "done; if [ \"$r\" = True ]; then firewall-cmd --reload >/dev/null && echo reloaded; fi";

/// Windows hosts have no Python to run kCheckScript: a host value is checked with patterns (Python's re, as
/// Ansible's match test uses it). An IPv4 address in its strict form, or a text of hex digits, dots and colons with a
/// colon (Windows checks the IPv6 address itself) ...
const char *const kAddressPattern
    = R"(^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*)\Z)";
/// ... and what a host value may be: empty, such an address (IPv6 also in brackets), or a host name as --set takes it.
const char *const kHostPattern
    = R"(^(\Z|((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|\[?[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*\]?)\Z|(?=.{1,253}\Z)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*(?![0-9]+\Z|0[xX][0-9A-Fa-f]+\Z)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\Z))";

/// A remote side that each host can set for itself with a host or group variable: the LAN (fwwizard_lan) or a host
/// value that rules name as their remote side (--set server=...: fwwizard_server). The host's value is checked
/// there (kCheckScript) before anything changes; its rules accept the addresses found, or any address where the value
/// is empty or a host name (firewalls here match addresses only, as in the other exports).
struct Place
{
    QString valueId;   ///< empty: the LAN
    QString variable;  ///< the inventory's variable: fwwizard_lan, or fwwizard_ and the value id with _ for -
    QString internal;  ///< the prefix of the play's own variables: fwwizard_lan, fwwizard_host_<n>
    QString addresses; ///< the checked addresses (kCheckScript's JSON): <internal>_ranges or <internal>_addresses
    QString service;   ///< firewalld: the service of its inbound ports, fwwizard-<product>-<role>-lan or -<value id>
    QString v4;        ///< nftables: the placeholders its rules are rendered with (kLanPlaceholder for the LAN)
    QString v6;
    QString exported; ///< the default: the exported --lan or --set value
};

/// The places of @p plan: the LAN first where a rule names it, then each host value that a rule names.
QList<Place> placesOf(const Plan &plan, const ExportContext &context)
{
    QList<Place> places;
    const QString base = exportBaseName(plan);
    if (std::any_of(
            plan.rules.cbegin(), plan.rules.cend(), [](const PlanRule &r) { return r.remote == RemoteKind::Lan; }))
        places << Place {{}, QStringLiteral("fwwizard_lan"), QStringLiteral("fwwizard_lan"),
            QStringLiteral("fwwizard_lan_ranges"), base + QStringLiteral("-lan"), QStringLiteral("0.0.0.0"),
            QStringLiteral("::"), context.settings.value(exportsetting::lan())};
    QStringList ids;
    for (const PlanRule &rule : plan.rules) {
        if (!rule.remoteValue.isEmpty() && !ids.contains(rule.remoteValue))
            ids << rule.remoteValue;
    }
    for (int i = 0; i < ids.size(); ++i) {
        const QString internal = QStringLiteral("fwwizard_host_%1").arg(i + 1);
        places << Place {ids.at(i),
            QStringLiteral("fwwizard_") + QString(ids.at(i)).replace(QLatin1Char('-'), QLatin1Char('_')), internal,
            internal + QStringLiteral("_addresses"), base + QLatin1Char('-') + ids.at(i),
            QStringLiteral("0.0.%1.%2").arg((i + 1) / 256).arg((i + 1) % 256),
            QStringLiteral("100::%1").arg(i + 1, 0, 16), plan.selection.values.value(ids.at(i))};
    }
    return places;
}

/// Whether @p variable, the inventory variable of a host value, is a name the playbook uses itself: its settings
/// (fwwizard_backend, fwwizard_zone, fwwizard_lan...) and its own variables, some of them numbered.
bool isPlaybookName(const QString &variable)
{
    static const QStringList names {QStringLiteral("fwwizard_lan"), QStringLiteral("fwwizard_backend"),
        QStringLiteral("fwwizard_zone"), QStringLiteral("fwwizard_linux_hosts"),
        QStringLiteral("fwwizard_windows_hosts"), QStringLiteral("fwwizard_undoing"),
        QStringLiteral("fwwizard_firewall"), QStringLiteral("fwwizard_render"), QStringLiteral("fwwizard_found"),
        QStringLiteral("fwwizard_reload"), QStringLiteral("fwwizard_check_script"),
        QStringLiteral("fwwizard_address_pattern")};
    static const QStringList prefixes {QStringLiteral("fwwizard_lan_"), QStringLiteral("fwwizard_host_"),
        QStringLiteral("fwwizard_program_"), QStringLiteral("fwwizard_service_"), QStringLiteral("fwwizard_nft")};
    return names.contains(variable) || std::any_of(prefixes.cbegin(), prefixes.cend(), [&variable](const QString &p) {
        return variable.startsWith(p);
    });
}

/// The message with which a host refuses the value of @p place; %1 stands for the value.
QString hostMessage(const Place &place)
{
    //: %1: the Ansible variable (fwwizard_server); %2: the value the host gave it
    return Tr::tr("%1: \"%2\" is not an IPv4 or IPv6 address or a host name; give one address, e.g. 192.168.10.5, or "
                  "a name (which allows any address)")
        .arg(place.variable, QStringLiteral("%1"));
}

/// Appends @p script to the play's variables as the !unsafe literal block @p name.
void scriptVar(QString &s, const QString &name, const char *script)
{
    s += QStringLiteral("    %1: !unsafe |\n").arg(name);
    for (const QString &l : QString::fromLatin1(script).trimmed().split(QLatin1Char('\n')))
        s += (l.isEmpty() ? QString() : QStringLiteral("      ") + l) + QLatin1Char('\n');
}

} // namespace

QString AnsibleExporter::description() const
{
    return Tr::tr("Ansible: a playbook for many Linux and Windows machines at once");
}

ExportResult AnsibleExporter::render(const Plan &plan, const ExportContext &context) const
{
    ExportResult result;
    // The playbook's fwwizard_program_<n> variables are numbered by ExportPrograms::numbers. win_find matches
    // patterns with wildcards ([ ] * ?), so only plain names can be searched for exactly.
    const ExportPrograms found = exportPrograms(plan, context,
        Tr::tr("rule %1: the program name \"%2\" contains %3, which win_find would take as a pattern; use the "
               "PowerShell export"),
        result.problems);
    const QStringList &programs = found.programs;
    const QHash<QString, int> &programNumbers = found.numbers;
    if (!result.ok())
        return result;

    const QString &lang = context.language;
    const QString title = planTitle(plan, lang);
    const QString y = QStringLiteral("      "); // module arguments
    QString s;
    const auto line = [&s](const QString &text = QString()) { s += text + QLatin1Char('\n'); };
    line(QStringLiteral("---"));
    const QStringList header = exportHeaderLines(plan, context, QStringLiteral("Ansible"),
        {QStringLiteral("ansible-playbook -i INVENTORY FILE -e fw_wizard_undo=true")});
    for (const QString &h : header)
        line(quoting::hashComment(h));
    line(QStringLiteral("#"));
    line(quoting::hashComment(Tr::tr(
        "Run: ansible-playbook -i INVENTORY FILE. Linux hosts come from the inventory group linux, Windows hosts "
        "from the group windows; choose others with -e fwwizard_linux_hosts=GROUP -e "
        "fwwizard_windows_hosts=GROUP.")));
    line(quoting::hashComment(
        Tr::tr("On each Linux host the playbook finds the firewall that governs it, as firewall-wizard apply does: "
               "firewalld where it runs (services of ours, fwwizard-*, in the zone fwwizard_zone, default: the default "
               "zone; a new service file makes firewalld reload), ufw where it is active (application profiles and "
               "rules commented with the rule id), nftables otherwise (a chain of ours and a tagged jump in each table "
               "whose input chain drops). Host or group variables: fwwizard_backend=firewalld|ufw|nftables overrides "
               "the detection, fwwizard_zone the firewalld zone, fwwizard_lan the LAN that rules for the LAN accept "
               "(IPv4 or IPv6 addresses or CIDR ranges, separated by commas, or a list; default: the exported --lan, "
               "or any address without it), and fwwizard_ with a value's id (- written _: fwwizard_server for "
               "--set server=) the address that rules naming that value accept (one IPv4 or IPv6 address; a host "
               "name allows any address; default: the exported value). Each host checks them before it changes "
               "anything; undo with the same values.")));
    line(quoting::hashComment(Tr::tr("Every task states what must be, so running it again changes nothing (changed=0). "
                                     "-e fw_wizard_undo=true removes what it added, and nothing else.")));
    line(
        quoting::hashComment(Tr::tr("Every value from the catalog, the options and the command line is marked !unsafe, "
                                    "so Ansible never evaluates it as a template.")));

    // Rules for the LAN and rules naming a host value match what each host sets (fwwizard_lan, fwwizard_server...;
    // default: the exported value), checked on the host first.
    const QList<Place> places = placesOf(plan, context);
    for (const Place &place : places) {
        if (!place.valueId.isEmpty() && isPlaybookName(place.variable))
            result.problems << ExportProblem {
                //: %1: a value's id in the catalog (e.g. zone); %2: the Ansible variable it would be (fwwizard_zone)
                Tr::tr("the value %1 would be set per host as the Ansible variable %2, which the playbook uses for "
                       "something else; give the value another id in the catalog")
                    .arg(place.valueId, place.variable),
                {}, place.valueId};
    }
    if (!result.ok())
        return result;
    const auto placeOf = [&places](const PlanRule &rule) -> const Place * {
        for (const Place &p : places) {
            if (p.valueId.isEmpty() ? rule.remote == RemoteKind::Lan : rule.remoteValue == p.valueId)
                return &p;
        }
        return nullptr;
    };
    QList<const PlanRule *> portRules;
    for (const PlanRule &rule : plan.rules) {
        if (hasPorts(rule))
            portRules << &rule;
    }
    QList<const Place *> linuxPlaces; // the places that Linux rules name
    for (const Place &p : places) {
        if (std::any_of(portRules.cbegin(), portRules.cend(), [&](const PlanRule *r) { return placeOf(*r) == &p; }))
            linuxPlaces << &p;
    }
    const bool hasLan = !linuxPlaces.isEmpty() && linuxPlaces.first()->valueId.isEmpty();
    const QString lanSetting = context.settings.value(exportsetting::lan());

    // nftables: apply's chains and tagged jumps, changed only where they differ from what this plan needs. The rules
    // of a place are rendered with its placeholders, which kNftScript replaces with the host's addresses.
    Plan nftPlan = plan;
    for (PlanRule &rule : nftPlan.rules) {
        const Place *place = placeOf(rule);
        if (place && !place->valueId.isEmpty())
            rule.hosts = QStringList {place->v4, place->v6};
    }
    QJsonArray chains;
    for (const Direction direction : {Direction::In, Direction::Out}) {
        QJsonObject rules;
        bool any = false;
        for (const QString &family : {QStringLiteral("inet"), QStringLiteral("ip"), QStringLiteral("ip6")}) {
            const QStringList list = nftables::chainRules(
                nftPlan, direction, family, hasLan ? QString::fromLatin1(kLanPlaceholder) : lanSetting, lang);
            any = any || !list.isEmpty();
            rules.insert(family, QJsonArray::fromStringList(list));
        }
        if (!any)
            continue;
        chains.append(QJsonObject {
            {QStringLiteral("name"), nftables::chainName(plan.selection.product, plan.selection.role, direction)},
            {QStringLiteral("hook"), direction == Direction::In ? QStringLiteral("input") : QStringLiteral("output")},
            {QStringLiteral("rules"), rules}});
    }
    const QJsonObject nft {{QStringLiteral("tag"), nftables::tag(plan.selection.product, plan.selection.role)},
        {QStringLiteral("chains"), chains}};

    // firewalld: services of ours, never bare ports, so that undo removes only what the playbook added: the firewalld
    // export's service (the ports open to every address, fwwizard-<product>-<role>) and one for each place's inbound
    // ports, added to the zone or, where the host gives addresses, named by a rich rule for each.
    struct Service
    {
        QString name;
        QByteArray xml;
        const Place *place = nullptr;
        QStringList ids;
    };
    QList<Service> services;
    for (const Place *place : QList<const Place *> {nullptr} + linuxPlaces) {
        Plan part = plan;
        part.rules.clear();
        Service service {place ? place->service : exportBaseName(plan), {}, place, {}};
        for (const PlanRule *rule : std::as_const(portRules)) {
            if (rule->direction != Direction::In || placeOf(*rule) != place
                || (!place && remoteMatch(*rule, context, false).kind == RemoteMatch::Kind::Addresses))
                continue;
            part.rules << *rule;
            part.rules.last().remote = RemoteKind::Any;
            service.ids << rule->id;
        }
        service.xml = firewalldServiceXml(part, context);
        if (!service.xml.isEmpty())
            services << service;
    }

    // Linux: the firewall that governs each host, found on the host: firewalld, ufw, or nftables.
    const QString undoing = QStringLiteral("fwwizard_undoing");
    const QString when = QStringLiteral("      when: fwwizard_firewall == '%1'");
    line();
    line(QStringLiteral("- name: %1")
             .arg(quoting::ansibleString(Tr::tr("Firewall Setup Wizard: %1 (Linux)").arg(title))));
    line(QStringLiteral("  hosts: \"{{ fwwizard_linux_hosts | default('linux') }}\""));
    line(QStringLiteral("  become: true"));
    line(QStringLiteral("  gather_facts: false"));
    line(QStringLiteral("  environment:"));
    line(QStringLiteral("    LC_ALL: C"));
    line(QStringLiteral("  vars:"));
    line(QStringLiteral("    %1: \"{{ fw_wizard_undo | default(false) | bool }}\"").arg(undoing));
    line(QStringLiteral(
        "    fwwizard_firewall: \"{{ fwwizard_backend | default(fwwizard_found.stdout | default('') | trim) }}\""));
    if (context.settings.contains(exportsetting::zone()))
        line(QStringLiteral("    fwwizard_zone: %1")
                 .arg(quoting::ansibleString(context.settings.value(exportsetting::zone()))));
    line(QStringLiteral("    fwwizard_nft_spec: %1")
             .arg(quoting::ansibleString(QString::fromUtf8(QJsonDocument(nft).toJson(QJsonDocument::Compact)))));
    scriptVar(s, QStringLiteral("fwwizard_nft_script"), kNftScript);
    // Not fwwizard_lan or fwwizard_server themselves: a play variable would beat the inventory's host and group
    // variables.
    for (const Place *place : std::as_const(linuxPlaces)) {
        line(QStringLiteral("    %1_exported: %2").arg(place->internal, quoting::ansibleString(place->exported)));
        line(QStringLiteral("    %1: \"{{ %2_checked.stdout | from_json }}\"").arg(place->addresses, place->internal));
    }
    if (std::any_of(services.cbegin(), services.cend(), [](const Service &v) { return v.place; }))
        line(QStringLiteral("    fwwizard_service_rule: !unsafe 'rule family=\"%s\" source address=\"%s\" service "
                            "name=\"%s\" accept'"));
    if (!linuxPlaces.isEmpty())
        scriptVar(s, QStringLiteral("fwwizard_check_script"), kCheckScript);
    const QStringList gaps = programRuleGapLines(plan, context);
    for (const QString &g : gaps)
        line(QStringLiteral("  ") + quoting::hashComment(g));
    line(QStringLiteral("  tasks:"));
    line(QStringLiteral("    - name: %1")
             .arg(quoting::ansibleString(Tr::tr(
                 "Find the firewall that governs this host: firewalld running, ufw active, otherwise nftables"))));
    line(QStringLiteral("      ansible.builtin.shell:"));
    line(QStringLiteral("        cmd: %1").arg(quoting::ansibleString(QString::fromLatin1(kDetect))));
    line(QStringLiteral("      register: fwwizard_found"));
    line(QStringLiteral("      changed_when: false"));
    line(QStringLiteral("      check_mode: false"));
    line(QStringLiteral("      when: fwwizard_backend is not defined"));
    line(QStringLiteral("    - name: %1").arg(quoting::ansibleString(Tr::tr("Stop where no firewall was found"))));
    line(QStringLiteral("      ansible.builtin.assert:"));
    line(QStringLiteral("        that: fwwizard_firewall in ['firewalld', 'ufw', 'nftables']"));
    line(QStringLiteral("        fail_msg: %1")
             .arg(quoting::ansibleString(Tr::tr(
                 "No firewall found on this host (firewalld, ufw or nft); set fwwizard_backend to choose one."))));
    for (const Place *place : std::as_const(linuxPlaces)) {
        const bool lan = place->valueId.isEmpty();
        line(QStringLiteral("    - name: %1")
                 .arg(quoting::ansibleString(lan ? Tr::tr("Check the LAN that rules for the LAN accept: fwwizard_lan, "
                                                          "default: the exported --lan")
                                                 : Tr::tr("Check the address that rules for %1 accept: %2, default: "
                                                          "the exported value")
                                                       .arg(place->valueId, place->variable))));
        line(QStringLiteral("      ansible.builtin.command:"));
        line(QStringLiteral("        argv:"));
        line(QStringLiteral("          - /usr/bin/python3"));
        line(QStringLiteral("          - -c"));
        line(QStringLiteral("          - \"{{ fwwizard_check_script }}\""));
        if (lan)
            line(QStringLiteral(
                "          - \"lan={{ [fwwizard_lan | default(fwwizard_lan_exported)] | flatten | join(',') }}\""));
        else
            line(QStringLiteral("          - \"host={{ %1 | default(%2_exported) | string }}\"")
                     .arg(place->variable, place->internal));
        line(QStringLiteral("          - %1")
                 .arg(quoting::ansibleString(QStringLiteral("message=")
                     + (lan ? Tr::tr("fwwizard_lan: \"%1\" is not an IPv4 or IPv6 address or CIDR range; give "
                                     "addresses or ranges separated "
                                     "by commas, e.g. 192.168.10.0/24,fd00:10::/64")
                            : hostMessage(*place)))));
        line(QStringLiteral("      register: %1_checked").arg(place->internal));
        line(QStringLiteral("      changed_when: false"));
        line(QStringLiteral("      failed_when: false"));
        line(QStringLiteral("      check_mode: false"));
        line(QStringLiteral("    - name: %1")
                 .arg(quoting::ansibleString(lan ? Tr::tr("Stop where fwwizard_lan is not valid")
                                                 : Tr::tr("Stop where %1 is not valid").arg(place->variable))));
        line(QStringLiteral("      ansible.builtin.fail:"));
        line(QStringLiteral("        msg: \"{{ %1_checked.stderr }}\"").arg(place->internal));
        line(QStringLiteral("      when: %1_checked.rc != 0").arg(place->internal));
    }

    // Translated once, not once a rule.
    const QString outboundNote = Tr::tr("Outbound, allowed by firewalld unless a policy restricts it: %1");
    const QString noteOn = Tr::tr("Note on %1: %2");
    const QString programNote
        = Tr::tr("Note on %1: the vendor names the program %2, which a Linux firewall cannot match; "
                 "only the ports are.");

    // firewalld: the service files, a reload where firewalld does not know them yet, the services in the zone (or
    // named by rich rules), permanently and at runtime; rich rules for rules restricted to fixed addresses.
    const auto firewalldTail = [&line, &y, &undoing, &when] {
        line(y + QStringLiteral("  zone: \"{{ fwwizard_zone | default(omit) }}\""));
        line(y + QStringLiteral("  permanent: true"));
        line(y + QStringLiteral("  immediate: true"));
        line(y + QStringLiteral("  state: \"{{ 'disabled' if %1 else 'enabled' }}\"").arg(undoing));
        line(when.arg(QStringLiteral("firewalld")));
    };
    for (const PlanRule *rule : std::as_const(portRules)) {
        if (rule->direction == Direction::Out) {
            line(QStringLiteral("    ") + quoting::hashComment(outboundNote.arg(ruleSummary(*rule, context))));
            continue;
        }
        const RemoteMatch remote = remoteMatch(*rule, context, false);
        if (!remote.why.isEmpty())
            line(QStringLiteral("    ") + quoting::hashComment(noteOn.arg(rule->id, remote.why)));
        if (!rule->program.isEmpty())
            line(QStringLiteral("    ") + quoting::hashComment(programNote.arg(rule->id, rule->program)));
    }
    QStringList serviceFiles;
    QStringList changedFiles;
    for (int i = 0; i < services.size(); ++i) {
        const QString path = firewalld::serviceFilePath(services.at(i).name);
        serviceFiles << quoting::ansibleString(path);
        changedFiles << QStringLiteral("fwwizard_service_%1 is changed").arg(i + 1);
        line(
            QStringLiteral("    - name: %1")
                .arg(quoting::ansibleString(Tr::tr("firewalld: the service %1 in %2").arg(services.at(i).name, path))));
        line(QStringLiteral("      ansible.builtin.copy:"));
        line(QStringLiteral("        dest: %1").arg(quoting::ansibleString(path)));
        line(QStringLiteral("        content: %1").arg(ansibleLines(QString::fromUtf8(services.at(i).xml))));
        line(QStringLiteral("        mode: \"0644\""));
        line(QStringLiteral("      register: fwwizard_service_%1").arg(i + 1));
        line(when.arg(QStringLiteral("firewalld")) + QStringLiteral(" and not ") + undoing);
    }
    if (!services.isEmpty()) {
        line(QStringLiteral("    - name: %1")
                 .arg(quoting::ansibleString(
                     Tr::tr("firewalld: reload where a service file is new or changed, so that firewalld knows it"))));
        line(QStringLiteral("      ansible.builtin.command:"));
        line(QStringLiteral("        argv:"));
        line(QStringLiteral("          - /bin/sh"));
        line(QStringLiteral("          - -c"));
        line(QStringLiteral("          - %1").arg(quoting::ansibleString(QString::fromLatin1(kReload))));
        line(QStringLiteral("          - sh"));
        line(QStringLiteral("          - \"{{ %1 }}\"").arg(changedFiles.join(QStringLiteral(" or "))));
        for (const Service &service : std::as_const(services))
            line(QStringLiteral("          - %1").arg(service.name));
        line(QStringLiteral("      register: fwwizard_reload"));
        line(QStringLiteral("      changed_when: fwwizard_reload.stdout == 'reloaded'"));
        line(when.arg(QStringLiteral("firewalld")) + QStringLiteral(" and not ") + undoing);
    }
    for (const Service &service : std::as_const(services)) {
        const QString ids = service.ids.join(QStringLiteral(", "));
        if (!service.place) {
            line(QStringLiteral("    - name: %1")
                     .arg(quoting::ansibleString(service.name + QStringLiteral(": ") + ids)));
            line(QStringLiteral("      ansible.posix.firewalld:"));
            line(y + QStringLiteral("  service: %1").arg(service.name));
            firewalldTail();
            continue;
        }
        // The service where the host gives no addresses, otherwise a rich rule naming it for each address.
        line(QStringLiteral("    - name: %1")
                 .arg(quoting::ansibleString(
                     QStringLiteral("%1 %2: %3").arg(service.name, service.place->variable, ids))));
        line(QStringLiteral("      ansible.posix.firewalld:"));
        line(y + QStringLiteral("  service: \"{{ omit if item else '%1' }}\"").arg(service.name));
        line(y
            + QStringLiteral("  rich_rule: \"{{ fwwizard_service_rule | format('ipv6' if ':' in item else 'ipv4', "
                             "item, '%1') if item else omit }}\"")
                  .arg(service.name));
        firewalldTail();
        line(QStringLiteral("      loop: \"{{ %1.all or [''] }}\"").arg(service.place->addresses));
        line(QStringLiteral("      loop_control:"));
        line(QStringLiteral("        label: \"{{ item or 'any' }}\""));
    }
    for (const PlanRule *rule : std::as_const(portRules)) {
        const RemoteMatch remote = remoteMatch(*rule, context, false);
        if (rule->direction == Direction::Out || placeOf(*rule) || remote.kind != RemoteMatch::Kind::Addresses)
            continue;
        for (const PortRange &p : rule->ports) {
            QStringList richRules;
            for (const QString &a : remote.ipv4)
                richRules << QStringLiteral(
                    "rule family=\"ipv4\" source address=\"%1\" port port=\"%2\" protocol=\"%3\" accept")
                                 .arg(a, portText(p), protocolId(rule->protocol));
            for (const QString &a : remote.ipv6)
                richRules << QStringLiteral(
                    "rule family=\"ipv6\" source address=\"%1\" port port=\"%2\" protocol=\"%3\" accept")
                                 .arg(a, portText(p), protocolId(rule->protocol));
            for (const QString &rich : std::as_const(richRules)) {
                line(QStringLiteral("    - name: %1")
                         .arg(quoting::ansibleString(
                             QStringLiteral("%1 %2: %3").arg(rule->id, rich, rule->purpose.in(lang)))));
                line(QStringLiteral("      ansible.posix.firewalld:"));
                line(y + QStringLiteral("  rich_rule: %1").arg(quoting::ansibleString(rich)));
                firewalldTail();
            }
        }
    }
    if (!services.isEmpty()) {
        line(QStringLiteral("    - name: %1")
                 .arg(quoting::ansibleString(Tr::tr("firewalld: remove the service files of this playbook"))));
        line(QStringLiteral("      ansible.builtin.file:"));
        line(QStringLiteral("        path: \"{{ item }}\""));
        line(QStringLiteral("        state: absent"));
        line(QStringLiteral("      loop: [%1]").arg(serviceFiles.join(QStringLiteral(", "))));
        line(when.arg(QStringLiteral("firewalld")) + QStringLiteral(" and ") + undoing);
    }

    // ufw: the application profiles the ufw export writes, and its rules with the rule id as comment.
    if (!portRules.isEmpty()) {
        const QString profiles = QStringLiteral("/etc/ufw/applications.d/") + exportBaseName(plan);
        line(QStringLiteral("    - name: %1")
                 .arg(quoting::ansibleString(Tr::tr("ufw: the application profiles in %1").arg(profiles))));
        line(QStringLiteral("      ansible.builtin.copy:"));
        line(QStringLiteral("        dest: %1").arg(quoting::ansibleString(profiles)));
        line(QStringLiteral("        content: %1").arg(ansibleLines(QString::fromUtf8(ufwProfiles(plan, context)))));
        line(QStringLiteral("        mode: \"0644\""));
        line(when.arg(QStringLiteral("ufw")) + QStringLiteral(" and not ") + undoing);
        for (const PlanRule *rule : std::as_const(portRules)) {
            const RemoteMatch remote = remoteMatch(*rule, context, false);
            const bool in = rule->direction == Direction::In;
            const Place *place = placeOf(*rule);
            QStringList addresses {QStringLiteral("any")};
            if (place)
                addresses = QStringList {place->variable}; // one task, looping over the host's addresses
            else if (remote.kind == RemoteMatch::Kind::Addresses)
                addresses = remote.ipv4 + remote.ipv6;
            for (const QString &address : std::as_const(addresses)) {
                line(QStringLiteral("    - name: %1")
                         .arg(quoting::ansibleString(
                             QStringLiteral("%1 %2 %3: %4")
                                 .arg(rule->id, directionId(rule->direction), address, rule->purpose.in(lang)))));
                line(QStringLiteral("      community.general.ufw:"));
                line(QStringLiteral("        rule: allow"));
                line(QStringLiteral("        direction: %1").arg(directionId(rule->direction)));
                const QString side = in ? QStringLiteral("from_ip") : QStringLiteral("to_ip");
                line(QStringLiteral("        %1: %2")
                         .arg(side, place ? QStringLiteral("\"{{ item }}\"") : quoting::ansibleString(address)));
                line(QStringLiteral("        name: %1").arg(quoting::ansibleString(ufwProfileName(plan, *rule))));
                line(QStringLiteral("        comment: %1").arg(quoting::ansibleString(rule->id)));
                line(QStringLiteral("        delete: \"{{ %1 }}\"").arg(undoing));
                line(when.arg(QStringLiteral("ufw")));
                if (place)
                    line(QStringLiteral("      loop: \"{{ %1.all or ['any'] }}\"").arg(place->addresses));
            }
        }
        line(QStringLiteral("    - name: %1")
                 .arg(quoting::ansibleString(Tr::tr("ufw: remove the application profiles in %1").arg(profiles))));
        line(QStringLiteral("      ansible.builtin.file:"));
        line(QStringLiteral("        path: %1").arg(quoting::ansibleString(profiles)));
        line(QStringLiteral("        state: absent"));
        line(when.arg(QStringLiteral("ufw")) + QStringLiteral(" and ") + undoing);
    }

    line(QStringLiteral("    - name: %1")
             .arg(quoting::ansibleString(
                 Tr::tr("nftables: the chains %1 and a jump tagged %2 from each filtering "
                        "chain, changed only where they differ")
                     .arg(QStringLiteral("fwwizard_*"), nftables::tag(plan.selection.product, plan.selection.role)))));
    line(QStringLiteral("      ansible.builtin.command:"));
    line(QStringLiteral("        argv:"));
    line(QStringLiteral("          - /usr/bin/python3"));
    line(QStringLiteral("          - -c"));
    line(QStringLiteral("          - \"{{ fwwizard_nft_script }}\""));
    line(QStringLiteral("          - \"{{ 'undo' if %1 else 'apply' }}\"").arg(undoing));
    // "spec=" keeps Ansible from reading the JSON as a dictionary when it templates the argument.
    line(QStringLiteral("          - \"spec={{ fwwizard_nft_spec }}\""));
    if (!linuxPlaces.isEmpty()) {
        QStringList entries;
        for (const Place *place : std::as_const(linuxPlaces)) {
            for (const QString &placeholder : {place->v4, place->v6})
                entries << QStringLiteral("'%1': %2").arg(placeholder, place->addresses);
        }
        line(QStringLiteral("          - \"places={{ {%1} | to_json }}\"").arg(entries.join(QStringLiteral(", "))));
    }
    line(QStringLiteral("      register: fwwizard_nft"));
    line(QStringLiteral("      changed_when: fwwizard_nft.stdout == 'changed'"));
    line(when.arg(QStringLiteral("nftables")));

    // Windows: every rule, with the programs found on each host.
    line();
    line(QStringLiteral("- name: %1")
             .arg(quoting::ansibleString(Tr::tr("Firewall Setup Wizard: %1 (Windows)").arg(title))));
    line(QStringLiteral("  hosts: \"{{ fwwizard_windows_hosts | default('windows') }}\""));
    line(QStringLiteral("  gather_facts: false"));
    line(QStringLiteral("  vars:"));
    line(QStringLiteral("    %1: \"{{ fw_wizard_undo | default(false) | bool }}\"").arg(undoing));
    // Windows has no LAN place (its rules say localsubnet); a host value is checked with patterns, not Python.
    QList<const Place *> windowsPlaces;
    for (const Place &p : places) {
        if (!p.valueId.isEmpty())
            windowsPlaces << &p;
    }
    for (const Place *place : std::as_const(windowsPlaces)) {
        line(QStringLiteral("    %1_exported: %2").arg(place->internal, quoting::ansibleString(place->exported)));
        line(QStringLiteral("    %1_value: \"{{ %2 | default(%1_exported) | string }}\"")
                 .arg(place->internal, place->variable));
        line(QStringLiteral("    %1_message: %2").arg(place->internal, quoting::ansibleString(hostMessage(*place))));
    }
    if (!windowsPlaces.isEmpty()) {
        line(QStringLiteral("    fwwizard_host_pattern: %1")
                 .arg(quoting::ansibleString(QString::fromLatin1(kHostPattern))));
        line(QStringLiteral("    fwwizard_address_pattern: %1")
                 .arg(quoting::ansibleString(QString::fromLatin1(kAddressPattern))));
    }
    line(QStringLiteral("  tasks:"));
    for (const Place *place : std::as_const(windowsPlaces)) {
        line(QStringLiteral("    - name: %1")
                 .arg(quoting::ansibleString(
                     Tr::tr("Check the address that rules for %1 accept: %2, default: the exported value")
                         .arg(place->valueId, place->variable))));
        line(QStringLiteral("      ansible.builtin.assert:"));
        line(QStringLiteral("        that: %1_value is match(fwwizard_host_pattern)").arg(place->internal));
        line(QStringLiteral("        fail_msg: \"{{ %1_message | replace('%2', %1_value) }}\"")
                 .arg(place->internal, QStringLiteral("%1")));
        line(QStringLiteral("        quiet: true"));
    }
    QStringList searchPaths;
    if (context.settings.contains(exportsetting::programDir()))
        searchPaths << context.settings.value(exportsetting::programDir());
    searchPaths << QStringLiteral("C:\\Program Files") << QStringLiteral("C:\\Program Files (x86)");
    QStringList quotedPaths;
    for (const QString &p : searchPaths)
        quotedPaths << quoting::ansibleString(p);
    for (int i = 0; i < programs.size(); ++i) {
        const QString var = QStringLiteral("fwwizard_program_%1").arg(i + 1);
        if (isFullProgramPath(programs.at(i))) {
            // win_stat expands the variables (its path is of type path) on each host, as win_firewall_rule does.
            line(QStringLiteral("    - name: %1").arg(quoting::ansibleString(Tr::tr("Check %1").arg(programs.at(i)))));
            line(QStringLiteral("      ansible.windows.win_stat:"));
            line(QStringLiteral("        path: %1").arg(quoting::ansibleString(programs.at(i))));
            line(QStringLiteral("        get_checksum: false"));
            line(QStringLiteral("      register: %1").arg(var));
            line(QStringLiteral("      when: not ") + undoing);
            line(QStringLiteral("    - name: %1")
                     .arg(quoting::ansibleString(Tr::tr("Stop if %1 is missing").arg(programs.at(i)))));
            line(QStringLiteral("      ansible.builtin.assert:"));
            line(QStringLiteral("        that: %1.stat.exists and not %1.stat.isdir").arg(var));
            line(QStringLiteral("        fail_msg: %1")
                     .arg(quoting::ansibleString(
                         Tr::tr("%1 was not found on this host. Install it first.").arg(programs.at(i)))));
            line(QStringLiteral("      when: not ") + undoing);
            continue;
        }
        line(QStringLiteral("    - name: %1").arg(quoting::ansibleString(Tr::tr("Find %1").arg(programs.at(i)))));
        line(QStringLiteral("      ansible.windows.win_find:"));
        line(QStringLiteral("        paths: [%1]").arg(quotedPaths.join(QStringLiteral(", "))));
        line(QStringLiteral("        patterns: [%1]").arg(quoting::ansibleString(programs.at(i))));
        // No depth: ansible.windows.win_find (1.14, Debian 12's) has no such option and would refuse the task
        // (tst_exportansiblespec checks every option against the module's spec).
        line(QStringLiteral("        recurse: true"));
        line(QStringLiteral("      register: %1").arg(var));
        line(QStringLiteral("      when: not ") + undoing);
        line(QStringLiteral("    - name: %1")
                 .arg(quoting::ansibleString(Tr::tr("Stop if %1 is missing").arg(programs.at(i)))));
        line(QStringLiteral("      ansible.builtin.assert:"));
        line(QStringLiteral("        that: %1.matched > 0").arg(var));
        line(QStringLiteral("        fail_msg: %1")
                 .arg(quoting::ansibleString(Tr::tr("%1 was not found in Program Files. Install it first, or export "
                                                    "again with --program-dir naming its "
                                                    "folder.")
                                                 .arg(programs.at(i)))));
        line(QStringLiteral("      when: not ") + undoing);
    }
    for (const PlanRule &rule : plan.rules) {
        const RemoteMatch remote = remoteMatch(rule, context, true);
        if (!remote.why.isEmpty())
            line(QStringLiteral("    ") + quoting::hashComment(noteOn.arg(rule.id, remote.why)));
        line(QStringLiteral("    - name: %1")
                 .arg(quoting::ansibleString(rule.id + QStringLiteral(": ") + rule.purpose.in(lang))));
        line(QStringLiteral("      community.windows.win_firewall_rule:"));
        line(QStringLiteral("        name: %1").arg(quoting::ansibleString(exportRuleName(plan, rule))));
        line(QStringLiteral("        group: %1").arg(quoting::ansibleString(exportGroupName(plan))));
        line(QStringLiteral("        description: %1").arg(quoting::ansibleString(rule.purpose.in(lang))));
        line(QStringLiteral("        direction: %1").arg(directionId(rule.direction)));
        line(QStringLiteral("        action: allow"));
        line(QStringLiteral("        protocol: %1").arg(protocolId(rule.protocol)));
        if (!rule.ports.isEmpty()) {
            QStringList ports;
            for (const PortRange &p : rule.ports)
                ports << portText(p);
            line(QStringLiteral("        %1: '%2'")
                     .arg(rule.direction == Direction::In ? QStringLiteral("localport") : QStringLiteral("remoteport"),
                         ports.join(QLatin1Char(','))));
        }
        if (!rule.program.isEmpty() && isFullProgramPath(rule.program))
            line(QStringLiteral("        program: \"{{ omit if %2 else fwwizard_program_%1.stat.path }}\"")
                     .arg(programNumbers.value(rule.program))
                     .arg(undoing));
        else if (!rule.program.isEmpty())
            line(QStringLiteral("        program: \"{{ omit if %2 else fwwizard_program_%1.files[0].path }}\"")
                     .arg(programNumbers.value(rule.program))
                     .arg(undoing));
        const auto place = std::find_if(windowsPlaces.cbegin(), windowsPlaces.cend(),
            [&rule](const Place *p) { return p->valueId == rule.remoteValue; });
        if (place != windowsPlaces.cend()) {
            // The host's address, or any address where its value is empty or a host name.
            line(QStringLiteral("        remoteip: \"{{ (%1_value | trim('[]')) if (%1_value | trim('[]')) is "
                                "match(fwwizard_address_pattern) else 'any' }}\"")
                     .arg((*place)->internal));
        } else {
            switch (remote.kind) {
            case RemoteMatch::Kind::LocalSubnet:
                line(QStringLiteral("        remoteip: localsubnet"));
                break;
            case RemoteMatch::Kind::Addresses:
                line(QStringLiteral("        remoteip: %1")
                         .arg(quoting::ansibleString((remote.ipv4 + remote.ipv6).join(QLatin1Char(',')))));
                break;
            case RemoteMatch::Kind::Any:
            case RemoteMatch::Kind::Invalid:
                line(QStringLiteral("        remoteip: any"));
                break;
            }
        }
        line(QStringLiteral("        profiles: [domain, private, public]"));
        line(QStringLiteral("        enabled: true"));
        line(QStringLiteral("        state: \"{{ 'absent' if %1 else 'present' }}\"").arg(undoing));
    }
    if (plan.rules.isEmpty()) {
        line(QStringLiteral("    - name: %1").arg(quoting::ansibleString(Tr::tr("Nothing to allow on Windows hosts"))));
        line(QStringLiteral("      ansible.builtin.debug:"));
        line(QStringLiteral("        msg: %1").arg(quoting::ansibleString(title)));
    }
    result.data = s.toUtf8();
    return result;
}

QString AnsibleExporter::usageNote(const QString &fileName) const
{
    //: how to run the Ansible playbook; %1 is its file name. "linux" and "windows" are inventory group names
    return Tr::tr("Run it with ansible-playbook -i hosts.ini %1: the inventory lists Linux machines (firewalld, ufw or "
                  "nftables) in the group linux and Windows machines in the group windows; host or group variables "
                  "such as fwwizard_lan or fwwizard_server set what differs per host.")
               .arg(fileName)
        + QLatin1Char('\n')
        //: how to undo what the Ansible playbook did; %1 is its file name
        + Tr::tr("Undo it with ansible-playbook -i hosts.ini %1 -e fw_wizard_undo=true").arg(fileName);
}

} // namespace fw
