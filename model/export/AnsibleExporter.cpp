#include "AnsibleExporter.h"

#include "ExportText.h"
#include "Quoting.h"
#include "catalog/ProgramPath.h"
#include "plan/PlanText.h"

#include <QCoreApplication>
#include <QHash>

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

} // namespace

QString AnsibleExporter::description() const
{
    return Tr::tr("Ansible: a playbook for many Linux and Windows machines at once");
}

ExportResult AnsibleExporter::render(const Plan &plan, const ExportContext &context) const
{
    ExportResult result;
    checkExportSettings(context, result.problems);
    checkRuleHosts(plan, result.problems);
    QStringList programs;                // each once, in the order of the rules
    QHash<QString, int> programNumbers;  // 1, 2, ... in that order: the playbook's fwwizard_program_<n> variables
    for (const PlanRule &rule : plan.rules) {
        if (rule.program.isEmpty() || programNumbers.contains(rule.program))
            continue;
        programs << rule.program;
        programNumbers.insert(rule.program, int(programs.size()));
        if (isFullProgramPath(rule.program)) {
            checkProgramPath(rule, result.problems);
            continue;
        }
        // win_find matches patterns with wildcards ([ ] * ?), so only plain names can be searched for exactly.
        const QString bad = quoting::plainFileNameProblem(rule.program);
        if (!bad.isEmpty())
            result.problems << ExportProblem{
                Tr::tr("rule %1: the program name \"%2\" contains %3, which win_find would take as a pattern; use the "
                   "PowerShell export")
                    .arg(rule.id, quoting::oneLine(rule.program), bad),
                rule.id, QStringLiteral("program")};
    }
    if (!result.ok())
        return result;

    const QString &lang = context.language;
    const QString title = planTitle(plan, lang);
    const QString y = QStringLiteral("      ");  // module arguments
    QString s;
    const auto line = [&s](const QString &text = QString()) { s += text + QLatin1Char('\n'); };
    line(QStringLiteral("---"));
    const QStringList header = exportHeaderLines(
        plan, context, QStringLiteral("Ansible"),
        {Tr::tr("set state: absent (firewalld: state: disabled) in every task and run it again")});
    for (const QString &h : header)
        line(quoting::hashComment(h));
    line(QStringLiteral("#"));
    line(quoting::hashComment(Tr::tr("Run: ansible-playbook -i INVENTORY FILE. Linux hosts (with firewalld) come from the "
                                 "group linux, Windows hosts from the group windows; choose others with -e "
                                 "fwwizard_linux_hosts=GROUP -e fwwizard_windows_hosts=GROUP, and a firewalld zone "
                                 "with -e fwwizard_zone=ZONE. Every task states what must be, so running it again "
                                 "changes nothing.")));
    line(quoting::hashComment(Tr::tr("Every value from the catalog, the options and the command line is marked !unsafe, "
                                 "so Ansible never evaluates it as a template.")));

    // Linux: firewalld, ports only.
    line();
    line(QStringLiteral("- name: %1").arg(quoting::ansibleString(Tr::tr("Firewall Setup Wizard: %1 (Linux, firewalld)").arg(title))));
    line(QStringLiteral("  hosts: \"{{ fwwizard_linux_hosts | default('linux') }}\""));
    line(QStringLiteral("  become: true"));
    line(QStringLiteral("  gather_facts: false"));
    if (context.settings.contains(exportsetting::zone())) {
        line(QStringLiteral("  vars:"));
        line(QStringLiteral("    fwwizard_zone: %1").arg(quoting::ansibleString(context.settings.value(exportsetting::zone()))));
    }
    const QStringList gaps = programRuleGapLines(plan, context);
    for (const QString &g : gaps)
        line(QStringLiteral("  ") + quoting::hashComment(g));
    line(QStringLiteral("  tasks:"));
    // Translated once, not once a rule.
    const QString outboundNote = Tr::tr("Outbound, allowed by firewalld unless a policy restricts it: %1");
    const QString noteOn = Tr::tr("Note on %1: %2");
    const QString programNote = Tr::tr("Note on %1: the vendor names the program %2, which a Linux firewall cannot match; "
                                   "only the ports are.");
    int linuxTasks = 0;
    for (const PlanRule &rule : plan.rules) {
        if (!hasPorts(rule))
            continue;
        if (rule.direction == Direction::Out) {
            line(QStringLiteral("    ") + quoting::hashComment(outboundNote.arg(ruleSummary(rule, context))));
            continue;
        }
        const RemoteMatch remote = remoteMatch(rule, context, false);
        if (!remote.why.isEmpty())
            line(QStringLiteral("    ") + quoting::hashComment(noteOn.arg(rule.id, remote.why)));
        if (!rule.program.isEmpty())
            line(QStringLiteral("    ") + quoting::hashComment(programNote.arg(rule.id, rule.program)));
        for (const PortRange &p : rule.ports) {
            const QString port = QStringLiteral("%1/%2").arg(portText(p), protocolId(rule.protocol));
            QStringList richRules;
            if (remote.kind == RemoteMatch::Kind::Addresses) {
                for (const QString &a : remote.ipv4)
                    richRules << QStringLiteral("rule family=\"ipv4\" source address=\"%1\" port port=\"%2\" protocol=\"%3\" accept")
                                     .arg(a, portText(p), protocolId(rule.protocol));
                for (const QString &a : remote.ipv6)
                    richRules << QStringLiteral("rule family=\"ipv6\" source address=\"%1\" port port=\"%2\" protocol=\"%3\" accept")
                                     .arg(a, portText(p), protocolId(rule.protocol));
            }
            const QStringList targets = richRules.isEmpty() ? QStringList{QString()} : richRules;
            for (const QString &rich : targets) {
                line(QStringLiteral("    - name: %1").arg(quoting::ansibleString(
                    QStringLiteral("%1 %2: %3").arg(rule.id, rich.isEmpty() ? port : rich, rule.purpose.in(lang)))));
                line(QStringLiteral("      ansible.posix.firewalld:"));
                if (rich.isEmpty())
                    line(y + QStringLiteral("  port: %1").arg(port));
                else
                    line(y + QStringLiteral("  rich_rule: %1").arg(quoting::ansibleString(rich)));
                line(y + QStringLiteral("  zone: \"{{ fwwizard_zone | default(omit) }}\""));
                line(y + QStringLiteral("  permanent: true"));
                line(y + QStringLiteral("  immediate: true"));
                line(y + QStringLiteral("  state: enabled"));
                ++linuxTasks;
            }
        }
    }
    if (linuxTasks == 0) {
        line(QStringLiteral("    - name: %1").arg(quoting::ansibleString(Tr::tr("Nothing to open on Linux hosts"))));
        line(QStringLiteral("      ansible.builtin.debug:"));
        line(QStringLiteral("        msg: %1").arg(quoting::ansibleString(
            Tr::tr("This plan has no inbound port rule that firewalld could open for %1.").arg(title))));
    }

    // Windows: every rule, with the programs found on each host.
    line();
    line(QStringLiteral("- name: %1").arg(quoting::ansibleString(Tr::tr("Firewall Setup Wizard: %1 (Windows)").arg(title))));
    line(QStringLiteral("  hosts: \"{{ fwwizard_windows_hosts | default('windows') }}\""));
    line(QStringLiteral("  gather_facts: false"));
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
            line(QStringLiteral("    - name: %1")
                     .arg(quoting::ansibleString(Tr::tr("Stop if %1 is missing").arg(programs.at(i)))));
            line(QStringLiteral("      ansible.builtin.assert:"));
            line(QStringLiteral("        that: %1.stat.exists and not %1.stat.isdir").arg(var));
            line(QStringLiteral("        fail_msg: %1").arg(quoting::ansibleString(
                Tr::tr("%1 was not found on this host. Install it first.").arg(programs.at(i)))));
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
        line(QStringLiteral("    - name: %1").arg(quoting::ansibleString(Tr::tr("Stop if %1 is missing").arg(programs.at(i)))));
        line(QStringLiteral("      ansible.builtin.assert:"));
        line(QStringLiteral("        that: %1.matched > 0").arg(var));
        line(QStringLiteral("        fail_msg: %1").arg(quoting::ansibleString(
            Tr::tr("%1 was not found in Program Files. Install it first, or export again with --program-dir naming its "
               "folder.")
                .arg(programs.at(i)))));
    }
    for (const PlanRule &rule : plan.rules) {
        const RemoteMatch remote = remoteMatch(rule, context, true);
        if (!remote.why.isEmpty())
            line(QStringLiteral("    ") + quoting::hashComment(noteOn.arg(rule.id, remote.why)));
        line(QStringLiteral("    - name: %1").arg(quoting::ansibleString(rule.id + QStringLiteral(": ") + rule.purpose.in(lang))));
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
            line(QStringLiteral("        %1: '%2'").arg(rule.direction == Direction::In ? QStringLiteral("localport")
                                                                                        : QStringLiteral("remoteport"),
                                                        ports.join(QLatin1Char(','))));
        }
        if (!rule.program.isEmpty() && isFullProgramPath(rule.program))
            line(QStringLiteral("        program: \"{{ fwwizard_program_%1.stat.path }}\"")
                     .arg(programNumbers.value(rule.program)));
        else if (!rule.program.isEmpty())
            line(QStringLiteral("        program: \"{{ fwwizard_program_%1.files[0].path }}\"")
                     .arg(programNumbers.value(rule.program)));
        switch (remote.kind) {
        case RemoteMatch::Kind::LocalSubnet:
            line(QStringLiteral("        remoteip: localsubnet"));
            break;
        case RemoteMatch::Kind::Addresses:
            line(QStringLiteral("        remoteip: %1").arg(quoting::ansibleString((remote.ipv4 + remote.ipv6).join(QLatin1Char(',')))));
            break;
        case RemoteMatch::Kind::Any:
        case RemoteMatch::Kind::Invalid:
            line(QStringLiteral("        remoteip: any"));
            break;
        }
        line(QStringLiteral("        profiles: [domain, private, public]"));
        line(QStringLiteral("        enabled: true"));
        line(QStringLiteral("        state: present"));
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
    return Tr::tr("Run it with ansible-playbook -i hosts.ini %1: the inventory lists Linux machines (firewalld) in the "
                  "group linux and Windows machines in the group windows.")
               .arg(fileName)
        + QLatin1Char('\n')
        //: how to undo what the Ansible playbook did; %1 is its file name
        + Tr::tr("Undo it with ansible-playbook -i hosts.ini %1 -e fw_wizard_undo=true").arg(fileName);
}

} // namespace fw
