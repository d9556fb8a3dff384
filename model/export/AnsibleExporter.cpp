#include "AnsibleExporter.h"

#include "ExportText.h"
#include "Quoting.h"
#include "UfwExporter.h"
#include "apply/NftablesBackend.h"
#include "catalog/ProgramPath.h"
#include "plan/PlanText.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace fw {

namespace {

/// The translation context of this file's texts: call Tr::tr(). lupdate reads the context from the macro, while
/// a free tr() wrapper's context stays hidden from it (tests/app/tst_i18n.cpp checks).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(fw::AnsibleExporter)
};

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
/// lan=RANGES (kLanScript's output), the rules SPEC matches against the placeholders 0.0.0.0 and :: (the plan's LAN
/// rules, see kLanPlaceholder) match RANGES instead, or any address where RANGES is empty.
const char *const kNftScript = R"(import json, subprocess, sys
mode, spec = sys.argv[1], json.loads(sys.argv[2].partition('=')[2])
lan = json.loads(sys.argv[3].partition('=')[2]) if len(sys.argv) > 3 else None
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
    if lan is None:
        return lines
    out = []
    for line in lines:
        v, side, address, rest = (line.split(' ', 3) + ['', '', '', ''])[:4]
        if (v, address) not in (('ip', '0.0.0.0'), ('ip6', '::')) or side not in ('saddr', 'daddr'):
            out.append(line)
        elif lan['all']:
            ranges = lan['ipv4' if v == 'ip' else 'ipv6']
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

/// Run on each Linux host as `python3 -c SCRIPT lan=RANGES message=TEXT`: checks that RANGES (separated by commas)
/// are IPv4 or IPv6 addresses or CIDR ranges and prints them as JSON ({"ipv4": [...], "ipv6": [...], "all": [...]},
/// host bits cleared, a full-length prefix written as the bare address); otherwise exits with TEXT, its %1 replaced by
/// the first bad entry.
const char *const kLanScript = R"(import ipaddress, json, sys
lan, message = sys.argv[1].partition('=')[2], sys.argv[2].partition('=')[2]
ranges = {'ipv4': [], 'ipv6': []}
for item in [i.strip() for i in lan.split(',') if i.strip()]:
    try:
        net = ipaddress.ip_network(item, strict=False)
    except ValueError:
        sys.exit(message.replace('%1', item))
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
               "firewalld where it runs (the ports go into the zone fwwizard_zone, default: the default zone), ufw "
               "where it is active (application profiles and rules commented with the rule id), nftables otherwise (a "
               "chain of ours and a tagged jump in each table whose input chain drops). Host or group variables: "
               "fwwizard_backend=firewalld|ufw|nftables overrides the detection, fwwizard_zone the firewalld zone, "
               "fwwizard_lan the LAN that rules for the LAN accept (IPv4 or IPv6 addresses or CIDR ranges, separated "
               "by commas, or a list; default: the exported --lan, or any address without it; checked on each host "
               "before use; undo with the same value). The server addresses (--set server=) are fixed when the "
               "playbook is exported: export once per group whose server differs.")));
    line(quoting::hashComment(Tr::tr("Every task states what must be, so running it again changes nothing (changed=0). "
                                     "-e fw_wizard_undo=true removes what it added, and nothing else.")));
    line(
        quoting::hashComment(Tr::tr("Every value from the catalog, the options and the command line is marked !unsafe, "
                                    "so Ansible never evaluates it as a template.")));

    // Rules for the LAN match the host's fwwizard_lan (default: the exported --lan), checked on the host first.
    const bool hasLan = std::any_of(plan.rules.cbegin(), plan.rules.cend(),
        [](const PlanRule &rule) { return hasPorts(rule) && rule.remote == RemoteKind::Lan; });
    const QString lanSetting = context.settings.value(exportsetting::lan());

    // nftables: apply's chains and tagged jumps, changed only where they differ from what this plan needs.
    QJsonArray chains;
    for (const Direction direction : {Direction::In, Direction::Out}) {
        QJsonObject rules;
        bool any = false;
        for (const QString &family : {QStringLiteral("inet"), QStringLiteral("ip"), QStringLiteral("ip6")}) {
            const QStringList list = NftablesBackend::chainRules(
                plan, direction, family, hasLan ? QString::fromLatin1(kLanPlaceholder) : lanSetting, lang);
            any = any || !list.isEmpty();
            rules.insert(family, QJsonArray::fromStringList(list));
        }
        if (!any)
            continue;
        chains.append(QJsonObject {
            {QStringLiteral("name"),
                NftablesBackend::chainName(plan.selection.product, plan.selection.role, direction)},
            {QStringLiteral("hook"), direction == Direction::In ? QStringLiteral("input") : QStringLiteral("output")},
            {QStringLiteral("rules"), rules}});
    }
    const QJsonObject nft {{QStringLiteral("tag"), NftablesBackend::tag(plan.selection.product, plan.selection.role)},
        {QStringLiteral("chains"), chains}};
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
    if (hasLan) {
        // Not fwwizard_lan itself: a play variable would beat the inventory's host and group variables.
        line(QStringLiteral("    fwwizard_lan_exported: %1").arg(quoting::ansibleString(lanSetting)));
        line(QStringLiteral("    fwwizard_lan_ranges: \"{{ fwwizard_lan_checked.stdout | from_json }}\""));
        line(QStringLiteral("    fwwizard_rich_rule: !unsafe 'rule family=\"%s\" source address=\"%s\" "
                            "port port=\"%s\" protocol=\"%s\" accept'"));
        scriptVar(s, QStringLiteral("fwwizard_lan_script"), kLanScript);
    }
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
    if (hasLan) {
        line(QStringLiteral("    - name: %1")
                 .arg(quoting::ansibleString(Tr::tr(
                     "Check the LAN that rules for the LAN accept: fwwizard_lan, default: the exported --lan"))));
        line(QStringLiteral("      ansible.builtin.command:"));
        line(QStringLiteral("        argv:"));
        line(QStringLiteral("          - /usr/bin/python3"));
        line(QStringLiteral("          - -c"));
        line(QStringLiteral("          - \"{{ fwwizard_lan_script }}\""));
        line(QStringLiteral(
            "          - \"lan={{ [fwwizard_lan | default(fwwizard_lan_exported)] | flatten | join(',') }}\""));
        line(QStringLiteral("          - %1")
                 .arg(quoting::ansibleString(QStringLiteral("message=")
                     + Tr::tr("fwwizard_lan: \"%1\" is not an IPv4 or IPv6 address or CIDR range; give addresses or "
                              "ranges separated "
                              "by commas, e.g. 192.168.10.0/24,fd00:10::/64"))));
        line(QStringLiteral("      register: fwwizard_lan_checked"));
        line(QStringLiteral("      changed_when: false"));
        line(QStringLiteral("      failed_when: false"));
        line(QStringLiteral("      check_mode: false"));
        line(QStringLiteral("    - name: %1")
                 .arg(quoting::ansibleString(Tr::tr("Stop where fwwizard_lan is not valid"))));
        line(QStringLiteral("      ansible.builtin.fail:"));
        line(QStringLiteral("        msg: \"{{ fwwizard_lan_checked.stderr }}\""));
        line(QStringLiteral("      when: fwwizard_lan_checked.rc != 0"));
    }

    // Translated once, not once a rule.
    const QString outboundNote = Tr::tr("Outbound, allowed by firewalld unless a policy restricts it: %1");
    const QString noteOn = Tr::tr("Note on %1: %2");
    const QString programNote
        = Tr::tr("Note on %1: the vendor names the program %2, which a Linux firewall cannot match; "
                 "only the ports are.");
    QList<const PlanRule *> portRules;
    for (const PlanRule &rule : plan.rules) {
        if (hasPorts(rule))
            portRules << &rule;
    }

    // firewalld: the ports (or rich rules for restricted sources) in the zone, permanently and at runtime.
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
        for (const PortRange &p : rule->ports) {
            const QString port = QStringLiteral("%1/%2").arg(portText(p), protocolId(rule->protocol));
            if (rule->remote == RemoteKind::Lan) {
                // One task per port: the port where fwwizard_lan is empty, otherwise a rich rule per range in it.
                line(QStringLiteral("    - name: %1")
                         .arg(quoting::ansibleString(
                             QStringLiteral("%1 %2 fwwizard_lan: %3").arg(rule->id, port, rule->purpose.in(lang)))));
                line(QStringLiteral("      ansible.posix.firewalld:"));
                line(y + QStringLiteral("  port: \"{{ omit if item else '%1' }}\"").arg(port));
                line(y
                    + QStringLiteral("  rich_rule: \"{{ fwwizard_rich_rule | format('ipv6' if ':' in item "
                                     "else 'ipv4', item, '%1', '%2') if item else omit }}\"")
                          .arg(portText(p), protocolId(rule->protocol)));
                firewalldTail();
                line(QStringLiteral("      loop: \"{{ fwwizard_lan_ranges.all or [''] }}\""));
                line(QStringLiteral("      loop_control:"));
                line(QStringLiteral("        label: \"{{ item or 'any' }}\""));
                continue;
            }
            QStringList richRules;
            if (remote.kind == RemoteMatch::Kind::Addresses) {
                for (const QString &a : remote.ipv4)
                    richRules << QStringLiteral(
                        "rule family=\"ipv4\" source address=\"%1\" port port=\"%2\" protocol=\"%3\" accept")
                                     .arg(a, portText(p), protocolId(rule->protocol));
                for (const QString &a : remote.ipv6)
                    richRules << QStringLiteral(
                        "rule family=\"ipv6\" source address=\"%1\" port port=\"%2\" protocol=\"%3\" accept")
                                     .arg(a, portText(p), protocolId(rule->protocol));
            }
            const QStringList targets = richRules.isEmpty() ? QStringList {QString()} : richRules;
            for (const QString &rich : targets) {
                line(QStringLiteral("    - name: %1")
                         .arg(quoting::ansibleString(
                             QStringLiteral("%1 %2: %3")
                                 .arg(rule->id, rich.isEmpty() ? port : rich, rule->purpose.in(lang)))));
                line(QStringLiteral("      ansible.posix.firewalld:"));
                if (rich.isEmpty())
                    line(y + QStringLiteral("  port: %1").arg(port));
                else
                    line(y + QStringLiteral("  rich_rule: %1").arg(quoting::ansibleString(rich)));
                firewalldTail();
            }
        }
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
            const bool lan = rule->remote == RemoteKind::Lan;
            QStringList addresses {QStringLiteral("any")};
            if (lan)
                addresses = QStringList {QStringLiteral("fwwizard_lan")}; // one task, looping over the host's LAN
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
                         .arg(side, lan ? QStringLiteral("\"{{ item }}\"") : quoting::ansibleString(address)));
                line(QStringLiteral("        name: %1").arg(quoting::ansibleString(ufwProfileName(plan, *rule))));
                line(QStringLiteral("        comment: %1").arg(quoting::ansibleString(rule->id)));
                line(QStringLiteral("        delete: \"{{ %1 }}\"").arg(undoing));
                line(when.arg(QStringLiteral("ufw")));
                if (lan)
                    line(QStringLiteral("      loop: \"{{ fwwizard_lan_ranges.all or ['any'] }}\""));
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
             .arg(quoting::ansibleString(Tr::tr("nftables: the chains %1 and a jump tagged %2 from each filtering "
                                                "chain, changed only where they differ")
                                             .arg(QStringLiteral("fwwizard_*"),
                                                 NftablesBackend::tag(plan.selection.product, plan.selection.role)))));
    line(QStringLiteral("      ansible.builtin.command:"));
    line(QStringLiteral("        argv:"));
    line(QStringLiteral("          - /usr/bin/python3"));
    line(QStringLiteral("          - -c"));
    line(QStringLiteral("          - \"{{ fwwizard_nft_script }}\""));
    line(QStringLiteral("          - \"{{ 'undo' if %1 else 'apply' }}\"").arg(undoing));
    // "spec=" keeps Ansible from reading the JSON as a dictionary when it templates the argument.
    line(QStringLiteral("          - \"spec={{ fwwizard_nft_spec }}\""));
    if (hasLan)
        line(QStringLiteral("          - \"lan={{ fwwizard_lan_ranges | to_json }}\""));
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
    line(QStringLiteral("  tasks:"));
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
                  "nftables) in the group linux and Windows machines in the group windows.")
               .arg(fileName)
        + QLatin1Char('\n')
        //: how to undo what the Ansible playbook did; %1 is its file name
        + Tr::tr("Undo it with ansible-playbook -i hosts.ini %1 -e fw_wizard_undo=true").arg(fileName);
}

} // namespace fw
