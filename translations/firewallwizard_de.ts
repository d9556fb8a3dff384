<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>fw</name>
    <message>
        <source>in</source>
        <comment>direction</comment>
        <extracomment>direction of a firewall rule: connections from outside to this machine</extracomment>
        <translation>eingehend</translation>
    </message>
    <message>
        <source>out</source>
        <comment>direction</comment>
        <extracomment>direction of a firewall rule: connections from this machine to others</extracomment>
        <translation>ausgehend</translation>
    </message>
    <message>
        <source>any</source>
        <comment>protocol</comment>
        <translation>alle</translation>
    </message>
    <message>
        <source>any</source>
        <comment>ports</comment>
        <translation>alle</translation>
    </message>
    <message>
        <source>any</source>
        <comment>remote side</comment>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>LAN</source>
        <translation>LAN</translation>
    </message>
    <message>
        <source>internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>the server (address not given)</source>
        <translation>der Server (Adresse nicht angegeben)</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>info</source>
        <comment>note kind</comment>
        <translation>Info</translation>
    </message>
    <message>
        <source>advice</source>
        <comment>note kind</comment>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>gap</source>
        <comment>note kind</comment>
        <extracomment>a note saying the vendor&apos;s sources leave something open</extracomment>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Options: %1</source>
        <translation>Optionen: %1</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Remote side</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>* derived: not in the vendor&apos;s own table; see the notes and sources</source>
        <translation>* abgeleitet: nicht in der Tabelle des Herstellers; siehe Hinweise und Quellen</translation>
    </message>
    <message>
        <source>Executables to allow (send and receive)</source>
        <translation>Freizugebende Programme (Senden und Empfangen)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>fw::AboutDialog</name>
    <message>
        <source>About Firewall Setup Wizard</source>
        <translation>Über Firewall Setup Wizard</translation>
    </message>
    <message>
        <source>Firewall Setup Wizard %1</source>
        <translation>Firewall Setup Wizard %1</translation>
    </message>
    <message>
        <source>Works out which ports and programs your firewalls must allow for a vendor&apos;s software, with the reason and the source of every rule.</source>
        <translation>Ermittelt, welche Ports und Programme Ihre Firewalls für die Software eines Herstellers zulassen müssen, mit Grund und Quelle jeder Regel.</translation>
    </message>
    <message>
        <source>Built on %1.</source>
        <translation>Erstellt mit %1.</translation>
    </message>
</context>
<context>
    <name>fw::AnsibleExporter</name>
    <message>
        <source>Ansible: a playbook for many Linux and Windows machines at once</source>
        <translation>Ansible: ein Playbook für viele Linux- und Windows-Rechner auf einmal</translation>
    </message>
    <message>
        <source>rule %1: the program name &quot;%2&quot; contains %3, which win_find would take as a pattern; use the PowerShell export</source>
        <translation>Regel %1: Der Programmname „%2“ enthält %3, was win_find als Muster auffassen würde; verwenden Sie den PowerShell-Export</translation>
    </message>
    <message>
        <source>Outbound, allowed by firewalld unless a policy restricts it: %1</source>
        <translation>Ausgehend, von firewalld erlaubt, sofern keine Richtlinie es einschränkt: %1</translation>
    </message>
    <message>
        <source>Note on %1: %2</source>
        <translation>Hinweis zu %1: %2</translation>
    </message>
    <message>
        <source>Note on %1: the vendor names the program %2, which a Linux firewall cannot match; only the ports are.</source>
        <translation>Hinweis zu %1: Der Hersteller nennt das Programm %2, das eine Linux-Firewall nicht prüfen kann; hier stehen nur die Ports.</translation>
    </message>
    <message>
        <source>Firewall Setup Wizard: %1 (Windows)</source>
        <translation>Firewall Setup Wizard: %1 (Windows)</translation>
    </message>
    <message>
        <source>Find %1</source>
        <translation>%1 suchen</translation>
    </message>
    <message>
        <source>Stop if %1 is missing</source>
        <translation>Abbrechen, wenn %1 fehlt</translation>
    </message>
    <message>
        <source>%1 was not found in Program Files. Install it first, or export again with --program-dir naming its folder.</source>
        <translation>%1 wurde unter „Program Files“ nicht gefunden. Installieren Sie es zuerst, oder exportieren Sie erneut mit --program-dir und seinem Ordner.</translation>
    </message>
    <message>
        <source>Nothing to allow on Windows hosts</source>
        <translation>Auf Windows-Hosts ist nichts zuzulassen</translation>
    </message>
    <message>
        <source>Check %1</source>
        <translation>%1 prüfen</translation>
    </message>
    <message>
        <source>%1 was not found on this host. Install it first.</source>
        <translation>%1 wurde auf diesem Host nicht gefunden. Installieren Sie es zuerst.</translation>
    </message>
    <message>
        <source>Every value from the catalog, the options and the command line is marked !unsafe, so Ansible never evaluates it as a template.</source>
        <translation>Jeder Wert aus dem Katalog, den Optionen und der Befehlszeile ist mit !unsafe markiert, damit Ansible ihn nie als Vorlage auswertet.</translation>
    </message>
    <message>
        <source>Run: ansible-playbook -i INVENTORY FILE. Linux hosts come from the inventory group linux, Windows hosts from the group windows; choose others with -e fwwizard_linux_hosts=GROUP -e fwwizard_windows_hosts=GROUP.</source>
        <translation>Ausführen: ansible-playbook -i INVENTORY FILE. Linux-Hosts kommen aus der Inventargruppe linux, Windows-Hosts aus der Gruppe windows; andere wählen Sie mit -e fwwizard_linux_hosts=GROUP -e fwwizard_windows_hosts=GROUP.</translation>
    </message>
    <message>
        <source>Every task states what must be, so running it again changes nothing (changed=0). -e fw_wizard_undo=true removes what it added, and nothing else.</source>
        <translation>Jede Aufgabe beschreibt den Sollzustand, daher ändert ein erneuter Lauf nichts (changed=0). -e fw_wizard_undo=true entfernt, was es hinzugefügt hat, und sonst nichts.</translation>
    </message>
    <message>
        <source>Firewall Setup Wizard: %1 (Linux)</source>
        <translation>Firewall Setup Wizard: %1 (Linux)</translation>
    </message>
    <message>
        <source>Find the firewall that governs this host: firewalld running, ufw active, otherwise nftables</source>
        <translation>Die maßgebliche Firewall dieses Hosts ermitteln: firewalld läuft, ufw aktiv, sonst nftables</translation>
    </message>
    <message>
        <source>Stop where no firewall was found</source>
        <translation>Abbrechen, wo keine Firewall gefunden wurde</translation>
    </message>
    <message>
        <source>No firewall found on this host (firewalld, ufw or nft); set fwwizard_backend to choose one.</source>
        <translation>Auf diesem Host wurde keine Firewall gefunden (firewalld, ufw oder nft); wählen Sie eine mit fwwizard_backend.</translation>
    </message>
    <message>
        <source>ufw: the application profiles in %1</source>
        <translation>ufw: die Anwendungsprofile in %1</translation>
    </message>
    <message>
        <source>ufw: remove the application profiles in %1</source>
        <translation>ufw: die Anwendungsprofile in %1 entfernen</translation>
    </message>
    <message>
        <source>nftables: the chains %1 and a jump tagged %2 from each filtering chain, changed only where they differ</source>
        <translation>nftables: die Ketten %1 und ein mit %2 markierter Sprung aus jeder filternden Kette, nur dort geändert, wo sie abweichen</translation>
    </message>
    <message>
        <source>Undo it with ansible-playbook -i hosts.ini %1 -e fw_wizard_undo=true</source>
        <extracomment>how to undo what the Ansible playbook did; %1 is its file name</extracomment>
        <translation>Machen Sie es rückgängig mit ansible-playbook -i hosts.ini %1 -e fw_wizard_undo=true</translation>
    </message>
    <message>
        <source>Check the LAN that rules for the LAN accept: fwwizard_lan, default: the exported --lan</source>
        <translation>Das LAN prüfen, das Regeln für das LAN zulassen: fwwizard_lan, vorgegeben: das exportierte --lan</translation>
    </message>
    <message>
        <source>fwwizard_lan: &quot;%1&quot; is not an IPv4 or IPv6 address or CIDR range; give addresses or ranges separated by commas, e.g. 192.168.10.0/24,fd00:10::/64</source>
        <translation>fwwizard_lan: „%1“ ist keine IPv4- oder IPv6-Adresse und kein CIDR-Bereich; geben Sie Adressen oder Bereiche durch Kommas getrennt an, z. B. 192.168.10.0/24,fd00:10::/64</translation>
    </message>
    <message>
        <source>Stop where fwwizard_lan is not valid</source>
        <translation>Anhalten, wo fwwizard_lan ungültig ist</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an IPv4 or IPv6 address or a host name; give one address, e.g. 192.168.10.5, or a name (which allows any address)</source>
        <extracomment>%1: the Ansible variable (fwwizard_server); %2: the value the host gave it</extracomment>
        <translation>%1: „%2“ ist keine IPv4- oder IPv6-Adresse und kein Hostname; geben Sie eine Adresse an, z. B. 192.168.10.5, oder einen Namen (der jede Adresse zulässt)</translation>
    </message>
    <message>
        <source>On each Linux host the playbook finds the firewall that governs it, as firewall-wizard apply does: firewalld where it runs (services of ours, fwwizard-*, in the zone fwwizard_zone, default: the default zone; a new service file makes firewalld reload), ufw where it is active (application profiles and rules commented with the rule id), nftables otherwise (a chain of ours and a tagged jump in each table whose input chain drops). Host or group variables: fwwizard_backend=firewalld|ufw|nftables overrides the detection, fwwizard_zone the firewalld zone, fwwizard_lan the LAN that rules for the LAN accept (IPv4 or IPv6 addresses or CIDR ranges, separated by commas, or a list; default: the exported --lan, or any address without it), and fwwizard_ with a value&apos;s id (- written _: fwwizard_server for --set server=) the address that rules naming that value accept (one IPv4 or IPv6 address; a host name allows any address; default: the exported value). Each host checks them before it changes anything; undo with the same values.</source>
        <translation>Auf jedem Linux-Host ermittelt das Playbook die maßgebliche Firewall, wie es firewall-wizard apply tut: firewalld, wo es läuft (eigene Dienste, fwwizard-*, in der Zone fwwizard_zone, vorgegeben: die Standardzone; eine neue Dienstdatei lässt firewalld neu laden), ufw, wo es aktiv ist (Anwendungsprofile und Regeln mit der Regel-ID als Kommentar), sonst nftables (eine eigene Kette und ein markierter Sprung in jeder Tabelle, deren Input-Kette verwirft). Host- oder Gruppenvariablen: fwwizard_backend=firewalld|ufw|nftables übersteuert die Erkennung, fwwizard_zone die firewalld-Zone, fwwizard_lan das LAN, das Regeln für das LAN zulassen (IPv4- oder IPv6-Adressen oder CIDR-Bereiche, durch Kommas getrennt, oder eine Liste; vorgegeben: das exportierte --lan, ohne es jede Adresse), und fwwizard_ mit der ID eines Werts (- als _ geschrieben: fwwizard_server für --set server=) die Adresse, die Regeln mit diesem Wert zulassen (eine IPv4- oder IPv6-Adresse; ein Hostname lässt jede Adresse zu; vorgegeben: der exportierte Wert). Jeder Host prüft sie, bevor er etwas ändert; zum Rückgängigmachen dieselben Werte angeben.</translation>
    </message>
    <message>
        <source>Check the address that rules for %1 accept: %2, default: the exported value</source>
        <translation>Die Adresse prüfen, die Regeln für %1 zulassen: %2, vorgegeben: der exportierte Wert</translation>
    </message>
    <message>
        <source>Stop where %1 is not valid</source>
        <translation>Anhalten, wo %1 ungültig ist</translation>
    </message>
    <message>
        <source>firewalld: the service %1 in %2</source>
        <translation>firewalld: der Dienst %1 in %2</translation>
    </message>
    <message>
        <source>firewalld: reload where a service file is new or changed, so that firewalld knows it</source>
        <translation>firewalld: neu laden, wo eine Dienstdatei neu oder geändert ist, damit firewalld sie kennt</translation>
    </message>
    <message>
        <source>firewalld: remove the service files of this playbook</source>
        <translation>firewalld: die Dienstdateien dieses Playbooks entfernen</translation>
    </message>
    <message>
        <source>Run it with ansible-playbook -i hosts.ini %1: the inventory lists Linux machines (firewalld, ufw or nftables) in the group linux and Windows machines in the group windows; host or group variables such as fwwizard_lan or fwwizard_server set what differs per host.</source>
        <extracomment>how to run the Ansible playbook; %1 is its file name. &quot;linux&quot; and &quot;windows&quot; are inventory group names</extracomment>
        <translation>Führen Sie es mit ansible-playbook -i hosts.ini %1 aus: Das Inventar führt Linux-Rechner (firewalld, ufw oder nftables) in der Gruppe linux und Windows-Rechner in der Gruppe windows; Host- oder Gruppenvariablen wie fwwizard_lan oder fwwizard_server legen fest, was je Host verschieden ist.</translation>
    </message>
    <message>
        <source>the value %1 would be set per host as the Ansible variable %2, which the playbook uses for something else; give the value another id in the catalog</source>
        <extracomment>%1: a value&apos;s id in the catalog (e.g. zone); %2: the Ansible variable it would be (fwwizard_zone)</extracomment>
        <translation>der Wert %1 würde je Host als Ansible-Variable %2 gesetzt, die das Playbook für etwas anderes verwendet; geben Sie dem Wert im Katalog eine andere ID</translation>
    </message>
</context>
<context>
    <name>fw::AppliedRecord</name>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is not a record of this program: %2</source>
        <translation>%1 ist keine Aufzeichnung dieses Programms: %2</translation>
    </message>
    <message>
        <source>%1 is not a record of this program, or one of another version</source>
        <translation>%1 ist keine Aufzeichnung dieses Programms oder eine einer anderen Version</translation>
    </message>
    <message>
        <source>%1: an entry without back end, product or role</source>
        <translation>%1: ein Eintrag ohne Backend, Produkt oder Rolle</translation>
    </message>
    <message>
        <source>the product or role &quot;%1/%2&quot; is no catalog id</source>
        <translation>das Produkt oder die Rolle „%1/%2“ ist keine Katalog-ID</translation>
    </message>
    <message>
        <source>the backup %1 is not one of this program&apos;s backups in %2</source>
        <translation>die Sicherung %1 gehört nicht zu den Sicherungen dieses Programms in %2</translation>
    </message>
    <message>
        <source>the backup&apos;s checksum &quot;%1&quot; is no SHA-256</source>
        <translation>die Prüfsumme „%1“ der Sicherung ist kein SHA-256-Wert</translation>
    </message>
    <message>
        <source>%1: the entry for %2/%3 (%4): %5</source>
        <translation>%1: der Eintrag für %2/%3 (%4): %5</translation>
    </message>
</context>
<context>
    <name>fw::Applier</name>
    <message>
        <source>Write the record of what was applied to %1</source>
        <translation>Die Aufzeichnung des Angewendeten nach %1 schreiben</translation>
    </message>
    <message>
        <source>update %1</source>
        <translation>%1 aktualisieren</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>This is Windows: the Windows Firewall governs it.</source>
        <translation>Dies ist Windows: Hier gilt die Windows-Firewall.</translation>
    </message>
    <message>
        <source>Docker&apos;s chains are in the ruleset</source>
        <translation>Die Ketten von Docker sind im Regelwerk</translation>
    </message>
    <message>
        <source>Docker is installed</source>
        <translation>Docker ist installiert</translation>
    </message>
    <message>
        <source>firewalld is running.</source>
        <translation>firewalld läuft.</translation>
    </message>
    <message>
        <source>ufw is active.</source>
        <translation>ufw ist aktiv.</translation>
    </message>
    <message>
        <source>ufw is enabled in /etc/ufw/ufw.conf.</source>
        <translation>ufw ist in /etc/ufw/ufw.conf aktiviert.</translation>
    </message>
    <message>
        <source>The nftables ruleset filters incoming connections.</source>
        <translation>Das nftables-Regelwerk filtert eingehende Verbindungen.</translation>
    </message>
    <message>
        <source>Nothing filters incoming connections: no firewalld, no active ufw, and no nftables input chain that drops.</source>
        <translation>Nichts filtert eingehende Verbindungen: kein firewalld, kein aktives ufw und keine nftables-Input-Kette, die verwirft.</translation>
    </message>
    <message>
        <source>Which firewall governs cannot be told fully: %1</source>
        <translation>Welche Firewall gilt, lässt sich nicht vollständig feststellen: %1</translation>
    </message>
    <message>
        <source>Firewall that governs this machine: %1</source>
        <translation>Firewall, die auf diesem Rechner gilt: %1</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>Interface facing the clients: %1 (interfaces up: %2)</source>
        <translation>Schnittstelle zu den Clients: %1 (aktive Schnittstellen: %2)</translation>
    </message>
    <message>
        <source>nftables: %1 chain %2 %3 %4 (priority %5, policy %6): %7</source>
        <translation>nftables: %1-Kette %2 %3 %4 (Priorität %5, Richtlinie %6): %7</translation>
    </message>
    <message>
        <source>drops what it does not accept</source>
        <translation>verwirft, was sie nicht annimmt</translation>
    </message>
    <message>
        <source>lets everything else through</source>
        <translation>lässt alles andere durch</translation>
    </message>
    <message>
        <source>nftables: no %1 chain</source>
        <translation>nftables: keine %1-Kette</translation>
    </message>
    <message>
        <source>nftables: the ruleset cannot be read: %1</source>
        <translation>nftables: Das Regelwerk kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>firewalld: running, default zone %1</source>
        <translation>firewalld: läuft, Standardzone %1</translation>
    </message>
    <message>
        <source>firewalld: installed, not running</source>
        <translation>firewalld: installiert, läuft nicht</translation>
    </message>
    <message>
        <source>firewalld zone %1%2: interfaces %3; sources %4; services %5</source>
        <translation>firewalld-Zone %1%2: Schnittstellen %3; Quellen %4; Dienste %5</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (Standard)</translation>
    </message>
    <message>
        <source>firewalld: %1</source>
        <translation>firewalld: %1</translation>
    </message>
    <message>
        <source>ufw: %1</source>
        <translation>ufw: %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>ufw: status needs root; /etc/ufw/ufw.conf says %1</source>
        <translation>ufw: Der Status braucht root; /etc/ufw/ufw.conf sagt %1</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>not enabled</source>
        <translation>nicht aktiviert</translation>
    </message>
    <message>
        <source>ufw: not enabled (/etc/ufw/ufw.conf)</source>
        <translation>ufw: nicht aktiviert (/etc/ufw/ufw.conf)</translation>
    </message>
    <message>
        <source>Docker: %1</source>
        <translation>Docker: %1</translation>
    </message>
    <message>
        <source>which firewall governs this machine cannot be told without root (%1); run the dry run with sudo as well, or name the firewall with --backend</source>
        <translation>welche Firewall auf diesem Rechner gilt, lässt sich ohne root nicht feststellen (%1); führen Sie auch den Probelauf mit sudo aus, oder nennen Sie die Firewall mit --backend</translation>
    </message>
    <message>
        <source>Nothing filters incoming connections on this machine (no firewalld running, no active ufw, no nftables input chain that drops): there is nothing to open. To use a firewall anyway, name it with --backend.</source>
        <translation>Auf diesem Rechner filtert nichts eingehende Verbindungen (kein laufendes firewalld, kein aktives ufw, keine nftables-Input-Kette, die verwirft): Es gibt nichts zu öffnen. Um trotzdem eine Firewall zu verwenden, nennen Sie sie mit --backend.</translation>
    </message>
    <message>
        <source>Warning: %1 governs this machine, but the rules go to %2 as asked (--backend).</source>
        <translation>Warnung: Auf diesem Rechner gilt %1, aber die Regeln gehen wie verlangt an %2 (--backend).</translation>
    </message>
    <message>
        <source>the backup of %1 (%2)</source>
        <translation>die Sicherung von %1 (%2)</translation>
    </message>
    <message>
        <source>Back end: %1</source>
        <translation>Backend: %1</translation>
    </message>
    <message>
        <source>Cannot do this: %1</source>
        <translation>Das ist nicht möglich: %1</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>If a step fails, the steps before it are undone in reverse order and the firewall is left as it was.</source>
        <translation>Schlägt ein Schritt fehl, werden die vorherigen Schritte in umgekehrter Reihenfolge rückgängig gemacht, und die Firewall bleibt, wie sie war.</translation>
    </message>
    <message>
        <source>If our objects cannot be removed, %1 is put back instead.</source>
        <translation>Lassen sich unsere Objekte nicht entfernen, wird stattdessen %1 zurückgespielt.</translation>
    </message>
    <message>
        <source>%1 with %2, applied %3 by %4</source>
        <translation>%1 mit %2, angewendet %3 von %4</translation>
    </message>
    <message>
        <source>  firewalld zone: %1</source>
        <translation>  firewalld-Zone: %1</translation>
    </message>
    <message>
        <source>  nftables chain: %1 %2 %3</source>
        <translation>  nftables-Kette: %1 %2 %3</translation>
    </message>
    <message>
        <source>  backup: %1</source>
        <translation>  Sicherung: %1</translation>
    </message>
    <message>
        <source>An iptables-legacy ruleset filters incoming connections; this program does not change it.</source>
        <translation>Ein iptables-legacy-Regelwerk filtert eingehende Verbindungen; dieses Programm ändert es nicht.</translation>
    </message>
    <message>
        <source>iptables-legacy: %1. It filters incoming connections too, beside nftables: a packet must pass both.</source>
        <translation>iptables-legacy: %1. Es filtert neben nftables ebenfalls eingehende Verbindungen: Ein Paket muss beide passieren.</translation>
    </message>
    <message>
        <source>an iptables-legacy ruleset filters incoming connections (%1), and this program does not change it: open the ports there (the iptables export writes the commands), or move that ruleset to nftables</source>
        <translation>ein iptables-legacy-Regelwerk filtert eingehende Verbindungen (%1), und dieses Programm ändert es nicht: Öffnen Sie die Ports dort (der iptables-Export schreibt die Befehle), oder überführen Sie dieses Regelwerk nach nftables</translation>
    </message>
    <message>
        <source>Warning: an iptables-legacy ruleset filters incoming connections too (%1). A packet must pass both it and %2, so the ports stay closed until they are open there as well (the iptables export writes the commands).</source>
        <translation>Warnung: Ein iptables-legacy-Regelwerk filtert ebenfalls eingehende Verbindungen (%1). Ein Paket muss sowohl dieses als auch %2 passieren, daher bleiben die Ports geschlossen, bis sie auch dort offen sind (der iptables-Export schreibt die Befehle).</translation>
    </message>
    <message>
        <source>The record of what was applied cannot be used (%1). It is set aside as %2, and this program&apos;s objects are found by their names and tags instead.</source>
        <translation>Die Aufzeichnung des Angewendeten ist nicht verwendbar (%1). Sie wird als %2 beiseitegelegt, und die Objekte dieses Programms werden stattdessen an ihren Namen und Markierungen erkannt.</translation>
    </message>
    <message>
        <source>Set the damaged record aside as %1</source>
        <translation>Die beschädigte Aufzeichnung als %1 beiseitelegen</translation>
    </message>
    <message>
        <source>The backup cannot be put back if removing fails: %1</source>
        <translation>Die Sicherung kann nicht zurückgespielt werden, falls das Entfernen fehlschlägt: %1</translation>
    </message>
</context>
<context>
    <name>fw::ApplyPanel</name>
    <message>
        <source>Apply on this computer</source>
        <translation>Auf diesem Computer anwenden</translation>
    </message>
    <message>
        <source>On Windows, apply the rules with the PowerShell script from the export: run it as administrator. It creates one rule group that you can remove again as a whole.</source>
        <translation>Unter Windows wenden Sie die Regeln mit dem PowerShell-Skript aus dem Export an: Führen Sie es als Administrator aus. Es legt eine einzige Regelgruppe an, die Sie als Ganzes wieder entfernen können.</translation>
    </message>
    <message>
        <source>Output of the apply</source>
        <translation>Ausgabe des Anwendens</translation>
    </message>
    <message>
        <source>The preview and the progress of applying show here.</source>
        <translation>Hier erscheinen die Vorschau und der Fortschritt des Anwendens.</translation>
    </message>
    <message>
        <source>Time left to keep the new rules</source>
        <translation>Verbleibende Zeit, um die neuen Regeln zu behalten</translation>
    </message>
    <message>
        <source>Keep the new rules. Do this once you have checked that you can still reach this computer.</source>
        <translation>Die neuen Regeln behalten. Tun Sie das, sobald Sie geprüft haben, dass dieser Computer noch erreichbar ist.</translation>
    </message>
    <message>
        <source>Undo the change now; the firewall goes back to how it was.</source>
        <translation>Die Änderung jetzt rückgängig machen; die Firewall wird wieder so, wie sie war.</translation>
    </message>
    <message>
        <source>Remove the rules that this program applied to this firewall (asks for the administrator password).</source>
        <translation>Die Regeln entfernen, die dieses Programm auf diese Firewall angewendet hat (fragt nach dem Administratorpasswort).</translation>
    </message>
    <message>
        <source>Asks for the administrator password, reads the firewall and shows the exact change; nothing changes until you click Apply.</source>
        <translation>Fragt nach dem Administratorpasswort, liest die Firewall aus und zeigt die genaue Änderung; nichts ändert sich, bevor Sie auf „Anwenden“ klicken.</translation>
    </message>
    <message>
        <source>Preview the change</source>
        <translation>Änderung vorab anzeigen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>do not apply the previewed change</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Roll back now</source>
        <translation>Jetzt zurücknehmen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <source>Test connectivity again</source>
        <translation>Verbindung erneut testen</translation>
    </message>
    <message>
        <source>The choices are not complete, so there is no plan to apply.</source>
        <translation>Die Auswahl ist unvollständig, daher gibt es keinen Plan zum Anwenden.</translation>
    </message>
    <message>
        <source>Looking for the firewall failed: the program ended unexpectedly.</source>
        <translation>Die Suche nach der Firewall ist fehlgeschlagen: Das Programm wurde unerwartet beendet.</translation>
    </message>
    <message>
        <source>Looking for the firewall failed (exit code %1): %2</source>
        <translation>Die Suche nach der Firewall ist fehlgeschlagen (Exit-Code %1): %2</translation>
    </message>
    <message>
        <source>the program ended unexpectedly. %1</source>
        <translation>das Programm wurde unerwartet beendet. %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>Applied to %1 at %2: %3; rules: %4</source>
        <translation>Angewendet auf %1 um %2: %3; Regeln: %4</translation>
    </message>
    <message>
        <source>the program ended unexpectedly</source>
        <translation>das Programm wurde unerwartet beendet</translation>
    </message>
    <message>
        <source>Reverted at %1: what this program had applied to %2</source>
        <translation>Zurückgenommen um %1: was dieses Programm auf %2 angewendet hatte</translation>
    </message>
    <message>
        <source>Looking for the firewall that governs this computer…</source>
        <translation>Suche die Firewall, die auf diesem Computer gilt…</translation>
    </message>
    <message>
        <source>Waiting for the administrator password, then reading the firewall…</source>
        <translation>Warte auf das Administratorpasswort, danach wird die Firewall gelesen…</translation>
    </message>
    <message>
        <source>Reading the firewall and preparing the preview…</source>
        <translation>Lese die Firewall und bereite die Vorschau vor…</translation>
    </message>
    <message>
        <source>Review the change below. Nothing has changed yet: click Apply to make it, or Cancel.</source>
        <translation>Prüfen Sie die Änderung unten. Noch hat sich nichts geändert: Klicken Sie auf „Anwenden“, um sie vorzunehmen, oder auf „Abbrechen“.</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>Wird zurückgenommen…</translation>
    </message>
    <message>
        <source>Keeping the change…</source>
        <translation>Änderung wird behalten…</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <source>Applied for now. Check that you can still reach this computer, then keep the change.</source>
        <translation>Vorläufig angewendet. Prüfen Sie, ob dieser Computer noch erreichbar ist, und behalten Sie dann die Änderung.</translation>
    </message>
    <message>
        <source>Waiting for the administrator password, then undoing…</source>
        <translation>Warte auf das Administratorpasswort, danach wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>The wizard already runs with administrator rights, so no password is asked. Only this command changes the firewall:
%1</source>
        <translation>Der Assistent läuft bereits mit Administratorrechten, daher wird kein Passwort abgefragt. Nur dieser Befehl ändert die Firewall:
%1</translation>
    </message>
    <message>
        <source>Partial: this was looked at without administrator rights, which cannot read everything (the nftables ruleset, for one). The preview runs with them and shows the whole picture.</source>
        <translation>Unvollständig: Dies wurde ohne Administratorrechte ermittelt, und ohne sie lässt sich nicht alles lesen (etwa das nftables-Regelwerk). Die Vorschau läuft mit ihnen und zeigt das vollständige Bild.</translation>
    </message>
    <message>
        <source>Keep these rules? %1 s left</source>
        <translation>Diese Regeln behalten? Noch %1 s</translation>
    </message>
    <message>
        <source>Time is up: rolling back…</source>
        <translation>Die Zeit ist abgelaufen: Wird zurückgenommen…</translation>
    </message>
    <message>
        <source>Applied: the rules are in %1 and stay. Run the connectivity test again to see that the clients get through now.</source>
        <translation>Angewendet: Die Regeln sind in %1 und bleiben bestehen. Führen Sie den Verbindungstest erneut aus, um zu sehen, dass die Clients jetzt durchkommen.</translation>
    </message>
    <message>
        <source>Nothing to undo: this program has applied nothing that is still recorded or found.</source>
        <translation>Nichts rückgängig zu machen: Dieses Programm hat nichts angewendet, was noch aufgezeichnet oder zu finden ist.</translation>
    </message>
    <message>
        <source>Nothing to change: the output below says why.</source>
        <translation>Nichts zu ändern: Die Ausgabe unten nennt den Grund.</translation>
    </message>
    <message>
        <source>Not applied: you cancelled, and nothing was changed.</source>
        <translation>Nicht angewendet: Sie haben abgebrochen, und es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Rolled back: nobody kept the change within %1 s, so it was undone by itself. The firewall is as it was before.</source>
        <translation>Zurückgenommen: Niemand hat die Änderung innerhalb von %1 s behalten, daher wurde sie von selbst rückgängig gemacht. Die Firewall ist wieder wie zuvor.</translation>
    </message>
    <message>
        <source>Rolled back: the change was undone as you asked. The firewall is as it was before.</source>
        <translation>Zurückgenommen: Die Änderung wurde wie gewünscht rückgängig gemacht. Die Firewall ist wieder wie zuvor.</translation>
    </message>
    <message>
        <source>Failed, and undoing failed too: check the firewall. The output below names the backup taken before. %1</source>
        <translation>Fehlgeschlagen, und auch das Rückgängigmachen ist fehlgeschlagen: Prüfen Sie die Firewall. Die Ausgabe unten nennt die vorher angelegte Sicherung. %1</translation>
    </message>
    <message>
        <source>Failed: %1
The firewall was left as it was.</source>
        <translation>Fehlgeschlagen: %1
Die Firewall ist unverändert geblieben.</translation>
    </message>
    <message>
        <source>Not done: the administrator password was not given (or pkexec refused; see the output below), so nothing was changed.</source>
        <translation>Nicht ausgeführt: Das Administratorpasswort wurde nicht eingegeben (oder pkexec hat abgelehnt; siehe die Ausgabe unten), daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Undone: what this program had applied to %1 was removed.</source>
        <translation>Rückgängig gemacht: Was dieses Programm auf %1 angewendet hatte, wurde entfernt.</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Rückgängigmachen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Applying from here needs pkexec (Debian and Ubuntu: package pkexec or policykit-1), which is not installed. Install it, or save the plan file and apply it from a terminal: %1</source>
        <extracomment>%1 is a command line such as &quot;sudo /usr/bin/firewall-wizard apply --plan-file FILE --confirm-within 60&quot;</extracomment>
        <translation>Zum Anwenden von hier aus wird pkexec benötigt (Debian und Ubuntu: Paket pkexec oder policykit-1), das nicht installiert ist. Installieren Sie es, oder speichern Sie die Plandatei und wenden Sie sie in einem Terminal an: %1</translation>
    </message>
    <message>
        <source>Applying works only in the firewall-wizard program (this is %1).</source>
        <translation>Anwenden funktioniert nur im Programm firewall-wizard (dies ist %1).</translation>
    </message>
    <message>
        <source>%1 comes from your own catalog folder, which the command run as administrator does not read: it reads only the built-in products and the system-wide catalog folder %3, whose files root owns. To apply it, first install the product file there, e.g. sudo install -D -m 644 %2 %3/, then start the wizard again.</source>
        <extracomment>%1 the product&apos;s name, %2 the user&apos;s catalog file, %3 the system-wide catalog folder</extracomment>
        <translation>%1 stammt aus Ihrem eigenen Katalogordner, den der als Administrator ausgeführte Befehl nicht liest: Er liest nur die mitgelieferten Produkte und den systemweiten Katalogordner %3, dessen Dateien root gehören. Um das Produkt anzuwenden, installieren Sie zuerst seine Produktdatei dort, z. B. mit sudo install -D -m 644 %2 %3/, und starten Sie dann den Assistenten neu.</translation>
    </message>
</context>
<context>
    <name>fw::ApplySession</name>
    <message>
        <source>Cannot make a temporary folder for the plan file: %1</source>
        <translation>Für die Plandatei kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the plan file %1: %2</source>
        <translation>Die Plandatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not run %1: %2</source>
        <translation>%1 konnte nicht ausgeführt werden: %2</translation>
    </message>
</context>
<context>
    <name>fw::CatalogProblem</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>catalog folder not found</source>
        <translation>Katalogordner nicht gefunden</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>format %1 is not supported (this program reads format 1)</source>
        <translation>Format %1 wird nicht unterstützt (dieses Programm liest Format 1)</translation>
    </message>
    <message>
        <source>required field &apos;%1&apos; is missing</source>
        <translation>Pflichtfeld „%1“ fehlt</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>unbekanntes Feld „%1“</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>erwartet: %1, gefunden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id (lower-case letters, digits and hyphens)</source>
        <translation>„%1“ ist keine gültige ID (Kleinbuchstaben, Ziffern und Bindestriche)</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (first used at %2)</source>
        <translation>doppelte ID „%1“ (zuerst verwendet bei %2)</translation>
    </message>
    <message>
        <source>product &apos;%1&apos; is already defined in %2; this file is skipped</source>
        <translation>Produkt „%1“ ist bereits in %2 definiert; diese Datei wird übersprungen</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; appears twice</source>
        <translation>Feld „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; translation is missing</source>
        <translation>die Übersetzung „%1“ fehlt</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; text is empty</source>
        <translation>der Text „%1“ ist leer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>„%1“ ist keiner der Werte: %2</translation>
    </message>
    <message>
        <source>%1 is not a port (1-65535)</source>
        <translation>%1 ist kein Port (1-65535)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port range (write &quot;FROM-TO&quot; with 1 &lt;= FROM &lt;= TO &lt;= 65535)</source>
        <translation>„%1“ ist kein Portbereich (schreiben Sie &quot;FROM-TO&quot; mit 1 &lt;= FROM &lt;= TO &lt;= 65535)</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;</source>
        <translation>unbekannt (%1): „%2“</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is not of type %2</source>
        <translation>Wert „%1“ ist nicht vom Typ %2</translation>
    </message>
    <message>
        <source>unknown placeholder &apos;%1&apos;</source>
        <translation>unbekannter Platzhalter „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or address</source>
        <translation>„%1“ ist kein Hostname und keine Adresse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not valid: %2</source>
        <translation>„%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>a product needs at least one role</source>
        <translation>ein Produkt braucht mindestens eine Rolle</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation>unbekanntes Problem</translation>
    </message>
    <message>
        <source>catalog folder not read: %1</source>
        <translation>Katalogordner konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the text is %1 characters long; at most %2 are allowed here</source>
        <translation>der Text ist %1 Zeichen lang; hier sind höchstens %2 erlaubt</translation>
    </message>
</context>
<context>
    <name>fw::CheckSummary</name>
    <message>
        <source>No connectivity test was run.</source>
        <translation>Es wurde kein Verbindungstest ausgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filtered</source>
        <translation>
            <numerusform>%n gefiltert</numerusform>
            <numerusform>%n gefiltert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open or filtered</source>
        <translation>
            <numerusform>%n offen oder gefiltert</numerusform>
            <numerusform>%n offen oder gefiltert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable</source>
        <translation>
            <numerusform>%n nicht erreichbar</numerusform>
            <numerusform>%n nicht erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found in DNS</source>
        <translation>
            <numerusform>%n nicht im DNS gefunden</numerusform>
            <numerusform>%n nicht im DNS gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Probes: %1 (%2).</source>
        <extracomment>%1 is the number of probes, %2 the counts by status, e.g. &quot;Probes: 3 (2 open, 1 refused).&quot;</extracomment>
        <translation>Prüfungen: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>fw::ConfirmController</name>
    <message>
        <source>the rollback failed</source>
        <translation>das Zurücksetzen ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>fw::ConnectivityPage</name>
    <message>
        <source>Test connectivity</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Prove that the ports of the plan can be reached through every firewall on the way.</source>
        <translation>Prüfen Sie, dass die Ports des Plans durch jede Firewall auf dem Weg erreichbar sind.</translation>
    </message>
    <message>
        <source>On the server, start the test responder: it answers on every free inbound port of the plan, so that a test from a client proves the path before the product&apos;s software is even installed. The test is optional.</source>
        <translation>Starten Sie auf dem Server den Testresponder: Er antwortet auf jedem freien eingehenden Port des Plans, sodass ein Test von einem Client aus den Weg nachweist, noch bevor die Software des Produkts installiert ist. Der Test ist optional.</translation>
    </message>
    <message>
        <source>Test from this machine whether the server&apos;s ports and the outbound destinations of the plan can be reached. The test is optional.</source>
        <translation>Prüfen Sie von diesem Rechner aus, ob die Ports des Servers und die ausgehenden Ziele des Plans erreichbar sind. Der Test ist optional.</translation>
    </message>
    <message>
        <source>Test responder</source>
        <translation>Testresponder</translation>
    </message>
    <message>
        <source>A port taken by a running service is good news: the service is up. The responder listens on the free ones until it is stopped or its time is up; leaving this page stops it.</source>
        <translation>Ein von einem laufenden Dienst belegter Port ist eine gute Nachricht: Der Dienst läuft. Der Responder lauscht auf den freien Ports, bis er gestoppt wird oder seine Zeit abgelaufen ist; wenn Sie diese Seite verlassen, stoppt er.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Ports of the server</source>
        <translation>Ports des Servers</translation>
    </message>
    <message>
        <source>&amp;Keep it running for:</source>
        <extracomment>how long the test responder keeps answering</extracomment>
        <translation>&amp;Laufen lassen für:</translation>
    </message>
    <message>
        <source>How long the test responder runs</source>
        <translation>Wie lange der Testresponder läuft</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Start res&amp;ponder</source>
        <translation>Res&amp;ponder starten</translation>
    </message>
    <message>
        <source>St&amp;op responder</source>
        <translation>Responder st&amp;oppen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Connections the test responder answered</source>
        <translation>Vom Testresponder beantwortete Verbindungen</translation>
    </message>
    <message>
        <source>Outbound destinations</source>
        <translation>Ausgehende Ziele</translation>
    </message>
    <message>
        <source>Test from this client</source>
        <translation>Test von diesem Client</translation>
    </message>
    <message>
        <source>Server a&amp;ddress:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>Hostname oder IP-Adresse</translation>
    </message>
    <message>
        <source>&amp;Timeout per probe:</source>
        <translation>Zeit&amp;grenze je Prüfung:</translation>
    </message>
    <message>
        <source>Timeout per probe</source>
        <translation>Zeitgrenze je Prüfung</translation>
    </message>
    <message>
        <source>%1 s (default)</source>
        <translation>%1 s (Standard)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <translation>Test a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Results of the test</source>
        <translation>Ergebnisse des Tests</translation>
    </message>
    <message>
        <source>Cop&amp;y results</source>
        <translation>Ergebnisse &amp;kopieren</translation>
    </message>
    <message>
        <source>What the selected result means and what to do</source>
        <translation>Was das ausgewählte Ergebnis bedeutet und was zu tun ist</translation>
    </message>
    <message>
        <source>Cannot test this address: %1</source>
        <translation>Diese Adresse lässt sich nicht testen: %1</translation>
    </message>
    <message>
        <source>&amp;Start test</source>
        <translation>&amp;Test starten</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Erneut &amp;testen</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address to test its ports.</source>
        <translation>Geben Sie die Adresse des Servers ein, um seine Ports zu testen.</translation>
    </message>
    <message>
        <source>This plan has nothing that can be tested from here.</source>
        <translation>Dieser Plan enthält nichts, was sich von hier aus prüfen lässt.</translation>
    </message>
    <message>
        <source>Probes to run: %1. Each may take up to the timeout; they all run at once.</source>
        <translation>Anstehende Prüfungen: %1. Jede kann bis zur Zeitgrenze dauern; alle laufen gleichzeitig.</translation>
    </message>
    <message>
        <source>Probes answered: %1 of %2</source>
        <extracomment>progress of a running connectivity test</extracomment>
        <translation>Abgeschlossene Prüfungen: %1 von %2</translation>
    </message>
    <message>
        <source>Nothing is blocked.</source>
        <translation>Nichts ist blockiert.</translation>
    </message>
    <message>
        <source>Select a row to see what it means and what to do.</source>
        <translation>Wählen Sie eine Zeile aus, um zu sehen, was sie bedeutet und was zu tun ist.</translation>
    </message>
    <message>
        <source>rules to the internet, the LAN or any host, with no host named to test: %1</source>
        <translation>Regeln zum Internet, zum LAN oder zu beliebigen Hosts, ohne einen Host zum Testen: %1</translation>
    </message>
    <message>
        <source>program rules without ports: %1</source>
        <translation>Programmregeln ohne Ports: %1</translation>
    </message>
    <message>
        <source>ports beyond the %1 one test probes: %2</source>
        <translation>Ports über die %1 hinaus, die ein Test höchstens prüft: %2</translation>
    </message>
    <message>
        <source>Not tested: %1.</source>
        <translation>Nicht getestet: %1.</translation>
    </message>
    <message>
        <source>the test responder answers on it</source>
        <translation>der Testresponder antwortet darauf</translation>
    </message>
    <message>
        <source>free: the test responder can answer on it</source>
        <translation>frei: Der Testresponder kann darauf antworten</translation>
    </message>
    <message>
        <source>taken by a running service: good, the service is up</source>
        <translation>von einem laufenden Dienst belegt: gut, der Dienst läuft</translation>
    </message>
    <message>
        <source>cannot listen: %1</source>
        <translation>kann nicht lauschen: %1</translation>
    </message>
    <message>
        <source>Time left: not running</source>
        <translation>Restzeit: läuft nicht</translation>
    </message>
    <message>
        <source>Time left: until stopped</source>
        <translation>Restzeit: bis zum Stoppen</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <extracomment>the time until the test responder stops by itself, in minutes and seconds</extracomment>
        <translation>Restzeit: %1</translation>
    </message>
    <message>
        <source>Listening on all addresses. Now run the test on a client. Connections answered: %1.</source>
        <translation>Lauscht auf allen Adressen. Führen Sie jetzt den Test auf einem Client aus. Beantwortete Verbindungen: %1.</translation>
    </message>
    <message>
        <source>The test responder could not listen on any port; the table says why.</source>
        <translation>Der Testresponder konnte auf keinem Port lauschen; die Tabelle nennt den Grund.</translation>
    </message>
    <message>
        <source>Every port is taken by a running service, so there is nothing to answer for: test the path from a client.</source>
        <translation>Jeder Port ist von einem laufenden Dienst belegt, daher gibt es nichts zu beantworten: Prüfen Sie den Weg von einem Client aus.</translation>
    </message>
    <message>
        <source>Stopped; every socket is closed. Connections answered: %1, from addresses: %2.</source>
        <translation>Gestoppt; alle Sockets sind geschlossen. Beantwortete Verbindungen: %1, von Adressen: %2.</translation>
    </message>
    <message>
        <source>The plan&apos;s rules name the server %1; this test uses %2. To change the plan, go back to the options.</source>
        <translation>Die Regeln des Plans nennen den Server %1; dieser Test verwendet %2. Um den Plan zu ändern, gehen Sie zurück zu den Optionen.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 probes. %3</source>
        <translation>Abgebrochen nach %1 von %2 Prüfungen. %3</translation>
    </message>
    <message>
        <source>Done in %1. %2</source>
        <translation>Fertig in %1. %2</translation>
    </message>
</context>
<context>
    <name>fw::CsvExporter</name>
    <message>
        <source>CSV: a table of the rules for a change request or a spreadsheet</source>
        <translation>CSV: eine Tabelle der Regeln für einen Änderungsantrag oder eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>Abgeleitet</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>URL der Quelle</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>fw::DeploymentPage</name>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Where does the server of %1 run? The ports differ between the deployments.</source>
        <translation>Wo läuft der Server von %1? Die Ports unterscheiden sich je nach Bereitstellung.</translation>
    </message>
    <message>
        <source>Choose how your firm uses the product. Your contract or your IT provider can tell you if you are not sure.</source>
        <translation>Wählen Sie, wie Ihre Kanzlei oder Firma das Produkt nutzt. Wenn Sie unsicher sind, hilft Ihnen Ihr Vertrag oder Ihr IT-Dienstleister weiter.</translation>
    </message>
</context>
<context>
    <name>fw::Diagnostics</name>
    <message>
        <source>The rules for %1 went to the firewalld zone %2, but the interface %3 is in the zone %4 now, so they do not apply to its traffic. Apply again with --zone %4, or move the interface: firewall-cmd --permanent --zone=%2 --change-interface=%3.</source>
        <translation>Die Regeln für %1 gingen in die firewalld-Zone %2, aber die Schnittstelle %3 ist jetzt in der Zone %4, daher gelten sie nicht für ihren Verkehr. Wenden Sie sie erneut mit --zone %4 an, oder verschieben Sie die Schnittstelle: firewall-cmd --permanent --zone=%2 --change-interface=%3.</translation>
    </message>
    <message>
        <source>The record says %1 was applied with nftables, but its jump is no longer in the ruleset (the ruleset was probably reloaded, e.g. by systemctl restart nftables). Apply again.</source>
        <translation>Laut Aufzeichnung wurde %1 mit nftables angewendet, aber der Sprung dorthin ist nicht mehr im Regelwerk (das Regelwerk wurde wohl neu geladen, z. B. durch systemctl restart nftables). Wenden Sie es erneut an.</translation>
    </message>
    <message>
        <source>firewalld&apos;s runtime and permanent configurations differ: %1. Runtime-only changes are lost at the next reload or reboot; make them permanent with firewall-cmd --runtime-to-permanent, or drop them with firewall-cmd --reload.</source>
        <translation>Laufzeit- und dauerhafte Konfiguration von firewalld unterscheiden sich: %1. Nur zur Laufzeit vorgenommene Änderungen gehen beim nächsten Neuladen oder Neustart verloren; machen Sie sie mit firewall-cmd --runtime-to-permanent dauerhaft oder verwerfen Sie sie mit firewall-cmd --reload.</translation>
    </message>
    <message>
        <source>Docker is present (%1). Ports that containers publish bypass ufw&apos;s rules and firewalld&apos;s zones, because Docker adds its own rules before them: a port can be open although the firewall says it is closed, and the other way round. Test with the connectivity check, not by reading the configuration.</source>
        <translation>Docker ist vorhanden (%1). Ports, die Container veröffentlichen, umgehen die Regeln von ufw und die Zonen von firewalld, weil Docker seine eigenen Regeln davor einfügt: Ein Port kann offen sein, obwohl die Firewall ihn als geschlossen zeigt, und umgekehrt. Prüfen Sie mit dem Verbindungstest, nicht durch Lesen der Konfiguration.</translation>
    </message>
    <message>
        <source>firewalld is running and ufw is enabled as well: both filter, and a port must be open in both. Use one of them (systemctl disable --now ufw, or firewalld).</source>
        <translation>firewalld läuft, und ufw ist ebenfalls aktiviert: Beide filtern, und ein Port muss in beiden offen sein. Verwenden Sie nur eines davon (systemctl disable --now ufw bzw. firewalld).</translation>
    </message>
    <message>
        <source>Firewall Setup Wizard diagnostics</source>
        <translation>Diagnose von Firewall Setup Wizard</translation>
    </message>
    <message>
        <source>Program: %1 (Qt %2, spdlog %3)</source>
        <translation>Programm: %1 (Qt %2, spdlog %3)</translation>
    </message>
    <message>
        <source>System: %1, %2</source>
        <translation>System: %1, %2</translation>
    </message>
    <message>
        <source>Privileged: %1</source>
        <translation>Mit Administratorrechten: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no (some firewall state needs root)</source>
        <translation>nein (manche Angaben zur Firewall brauchen root)</translation>
    </message>
    <message>
        <source>Firewall:</source>
        <translation>Firewall:</translation>
    </message>
    <message>
        <source>  firewalld runtime and permanent differ:</source>
        <translation>  Laufzeit- und dauerhafte Konfiguration von firewalld unterscheiden sich:</translation>
    </message>
    <message>
        <source>Applied by this program:</source>
        <translation>Von diesem Programm angewendet:</translation>
    </message>
    <message>
        <source>  nothing</source>
        <translation>  nichts</translation>
    </message>
    <message>
        <source>Last connectivity check:</source>
        <translation>Letzter Verbindungstest:</translation>
    </message>
    <message>
        <source>  none stored (%1)</source>
        <translation>  keiner gespeichert (%1)</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  keine</translation>
    </message>
    <message>
        <source>Log (%1), last lines:</source>
        <translation>Protokoll (%1), letzte Zeilen:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>State folder: %1</source>
        <translation>Zustandsordner: %1</translation>
    </message>
    <message>
        <source>  (what root applied is recorded in %1, which only root can read: run sudo firewall-wizard diagnose)</source>
        <translation>  (was root angewendet hat, ist in %1 aufgezeichnet, das nur root lesen kann: Führen Sie sudo firewall-wizard diagnose aus)</translation>
    </message>
    <message>
        <source>  ufw&apos;s own report (as ufw prints it, untranslated):</source>
        <translation>  Bericht von ufw selbst (so, wie ufw ihn ausgibt, unübersetzt):</translation>
    </message>
</context>
<context>
    <name>fw::DiagnosticsDialog</name>
    <message>
        <source>Copied: the whole report is on the clipboard.</source>
        <translation>Kopiert: Der ganze Bericht ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <extracomment>file dialog filter</extracomment>
        <translation>Diagnose speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Not saved: %1 cannot be written: %2</source>
        <translation>Nicht gespeichert: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Diagnostics – Firewall Setup Wizard</source>
        <translation>Diagnose – Firewall Setup Wizard</translation>
    </message>
    <message>
        <source>What a support request needs, with nothing secret in it: the versions, the system, the firewall and its state, what this program applied, the last connectivity check and the log&apos;s last lines. Copy it or save it and attach it to your request.</source>
        <translation>Was eine Supportanfrage braucht, ohne etwas Geheimes: die Versionen, das System, die Firewall und ihr Zustand, was dieses Programm angewendet hat, der letzte Verbindungstest und die letzten Zeilen des Protokolls. Kopieren oder speichern Sie den Bericht und hängen Sie ihn an Ihre Anfrage an.</translation>
    </message>
    <message>
        <source>Collecting: asking nftables, firewalld and ufw for their state…</source>
        <translation>Wird gesammelt: nftables, firewalld und ufw werden nach ihrem Zustand gefragt…</translation>
    </message>
    <message>
        <source>Collecting diagnostics</source>
        <extracomment>accessible name of the busy indicator</extracomment>
        <translation>Diagnose wird gesammelt</translation>
    </message>
    <message>
        <source>Re&amp;port:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>Diagnostics report</source>
        <translation>Diagnosebericht</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the whole report to the clipboard</source>
        <translation>Den ganzen Bericht in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save the report as a text file</source>
        <translation>Den Bericht als Textdatei speichern</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Collect the diagnostics again</source>
        <translation>Die Diagnose erneut sammeln</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <extracomment>a warning found by the diagnostics, e.g. Docker bypassing ufw</extracomment>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>No warnings: none of the common mistakes was found.</source>
        <translation>Keine Warnungen: Keiner der häufigen Fehler wurde gefunden.</translation>
    </message>
    <message>
        <source>Not run as root: some of the firewall&apos;s state, and the record of what this program applied (in %1), can be read only by root and are missing below. For the complete report, run in a terminal: sudo firewall-wizard diagnose</source>
        <translation>Nicht als root ausgeführt: Teile des Firewall-Zustands und die Aufzeichnung dessen, was dieses Programm angewendet hat (in %1), kann nur root lesen; sie fehlen daher unten. Für den vollständigen Bericht führen Sie in einem Terminal aus: sudo firewall-wizard diagnose</translation>
    </message>
</context>
<context>
    <name>fw::DurableWrite</name>
    <message>
        <source>cannot write %1: it is not a regular file</source>
        <translation>%1 kann nicht geschrieben werden: Es ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: the folder cannot be synced: %2</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner lässt sich nicht synchronisieren: %2</translation>
    </message>
    <message>
        <source>cannot write %1: reading it back does not give what was written</source>
        <translation>%1 kann nicht geschrieben werden: Das Zurückgelesene stimmt nicht mit dem Geschriebenen überein</translation>
    </message>
</context>
<context>
    <name>fw::ExportPage</name>
    <message>
        <source>Export or apply</source>
        <translation>Exportieren oder anwenden</translation>
    </message>
    <message>
        <source>Save the rules for this or other machines, or apply them on this computer.</source>
        <translation>Speichern Sie die Regeln für diesen oder andere Rechner, oder wenden Sie sie auf diesem Computer an.</translation>
    </message>
    <message>
        <source>&amp;Export to files</source>
        <translation>In Dateien e&amp;xportieren</translation>
    </message>
    <message>
        <source>Apply on this co&amp;mputer</source>
        <translation>A&amp;uf diesem Computer anwenden</translation>
    </message>
    <message>
        <source>F&amp;ormats to save:</source>
        <translation>&amp;Ausgabeformate:</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Pre&amp;view:</source>
        <translation>&amp;Vorschau:</translation>
    </message>
    <message>
        <source>Why this format cannot be written</source>
        <translation>Warum dieses Format nicht geschrieben werden kann</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copies the text of the preview to the clipboard.</source>
        <translation>Kopiert den Text der Vorschau in die Zwischenablage.</translation>
    </message>
    <message>
        <source>Copy the preview</source>
        <translation>Vorschau kopieren</translation>
    </message>
    <message>
        <source>Save PDF chec&amp;klist…</source>
        <translation>PDF-&amp;Checkliste speichern…</translation>
    </message>
    <message>
        <source>Saves a checklist to print: every rule with a tick box, the notes, the test results and a sign-off line, in the language of the wizard.</source>
        <translation>Speichert eine Checkliste zum Ausdrucken: jede Regel mit Ankreuzfeld, die Hinweise, die Testergebnisse und eine Zeile zur Abnahme, in der Sprache des Assistenten.</translation>
    </message>
    <message>
        <source>Writing the PDF checklist</source>
        <translation>PDF-Checkliste wird geschrieben</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>firewalld &amp;zone:</source>
        <translation>firewalld-Z&amp;one:</translation>
    </message>
    <message>
        <source>the default zone</source>
        <translation>die Standardzone</translation>
    </message>
    <message>
        <source>firewalld and Ansible: the zone to add the rules to. Empty: the default zone.</source>
        <translation>firewalld und Ansible: die Zone, der die Regeln hinzugefügt werden. Leer: die Standardzone.</translation>
    </message>
    <message>
        <source>LAN address &amp;ranges:</source>
        <translation>LAN-Adress&amp;bereiche:</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.0/24</source>
        <translation>z. B. 192.168.1.0/24</translation>
    </message>
    <message>
        <source>Linux formats: where &quot;the LAN&quot; is, comma-separated. Empty: rules for the LAN allow any address, and the file says so.</source>
        <translation>Linux-Formate: wo „das LAN“ ist, durch Kommas getrennt. Leer: Regeln für das LAN erlauben jede Adresse, und die Datei sagt das.</translation>
    </message>
    <message>
        <source>Program fol&amp;der:</source>
        <translation>Pro&amp;grammordner:</translation>
    </message>
    <message>
        <source>Program Files</source>
        <translation>Program Files</translation>
    </message>
    <message>
        <source>PowerShell, netsh and Ansible: a folder on the target machine searched first for the vendor&apos;s programs, before Program Files.</source>
        <translation>PowerShell, netsh und Ansible: ein Ordner auf dem Zielrechner, in dem zuerst nach den Programmen des Herstellers gesucht wird, noch vor „Program Files“.</translation>
    </message>
    <message>
        <source>nftables &amp;input policy:</source>
        <translation>&amp;nftables-Input-Richtlinie:</translation>
    </message>
    <message>
        <source>accept (only add rules)</source>
        <extracomment>nftables input policy: let other traffic through (the table only adds what the plan allows)</extracomment>
        <translation>accept (nur Regeln hinzufügen)</translation>
    </message>
    <message>
        <source>drop (only what the plan allows)</source>
        <extracomment>nftables input policy: let in only what the plan allows</extracomment>
        <translation>drop (nur, was der Plan erlaubt)</translation>
    </message>
    <message>
        <source>With drop, the table lets in only what the plan allows, replies, loopback and ICMP: use it where this is the machine&apos;s only firewall.</source>
        <translation>Mit drop lässt die Tabelle nur herein, was der Plan erlaubt, sowie Antworten, Loopback und ICMP: Verwenden Sie das, wo dies die einzige Firewall des Rechners ist.</translation>
    </message>
    <message>
        <source>PDF &amp;paper size:</source>
        <translation>PDF-&amp;Papierformat:</translation>
    </message>
    <message>
        <source>as usual here (%1)</source>
        <extracomment>paper size chosen by the system&apos;s locale; %1 is &quot;A4&quot; or &quot;Letter&quot;</extracomment>
        <translation>landesüblich (%1)</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>For the PDF checklist.</source>
        <translation>Für die PDF-Checkliste.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <extracomment>before what is wrong with a setting; the word says it without the colour</extracomment>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <source>The plan cannot be worked out: go back and complete your choices.</source>
        <translation>Der Plan lässt sich nicht ermitteln: Gehen Sie zurück und vervollständigen Sie Ihre Auswahl.</translation>
    </message>
    <message>
        <source>%1 (cannot be written)</source>
        <extracomment>a format in the list that cannot be written for this plan; the preview says why</extracomment>
        <translation>%1 (nicht schreibbar)</translation>
    </message>
    <message>
        <source>Preview of the %1 file</source>
        <extracomment>accessible name of the preview; %1 is a format (&quot;nftables&quot;)</extracomment>
        <translation>Vorschau der %1-Datei</translation>
    </message>
    <message>
        <source>Not possible: the %1 file cannot be written for this plan, for these reasons:</source>
        <translation>Nicht möglich: Die %1-Datei kann für diesen Plan aus folgenden Gründen nicht geschrieben werden:</translation>
    </message>
    <message>
        <source>rule %1</source>
        <extracomment>where an export problem is: the rule&apos;s id</extracomment>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>field %1</source>
        <extracomment>where an export problem is: the field of the rule or setting (&quot;program&quot;, &quot;hosts&quot;)</extracomment>
        <translation>Feld %1</translation>
    </message>
    <message>
        <source>The other formats are not affected; choose one of them, or correct the setting or the catalog entry named above.</source>
        <translation>Die anderen Formate sind nicht betroffen; wählen Sie eines davon, oder korrigieren Sie die oben genannte Einstellung oder den Katalogeintrag.</translation>
    </message>
    <message>
        <source>&amp;Save %1…</source>
        <extracomment>%1 is the format shown in the preview (&quot;nftables&quot;)</extracomment>
        <translation>%1 &amp;speichern…</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>These files already exist and would be replaced:
%1

Replace them?</source>
        <translation>Diese Dateien existieren bereits und würden ersetzt:
%1

Ersetzen?</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Dateien ersetzen?</translation>
    </message>
    <message>
        <source>Copied: the %1 text is on the clipboard.</source>
        <extracomment>%1 is a format (&quot;nftables&quot;)</extracomment>
        <translation>Kopiert: Der %1-Text ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <extracomment>file dialog filter; %1 is a format (&quot;nftables&quot;), %2 its extension (&quot;nft&quot;)</extracomment>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the %1 file</source>
        <translation>%1-Datei speichern</translation>
    </message>
    <message>
        <source>Not saved: %1 was kept as it was.</source>
        <translation>Nicht gespeichert: %1 bleibt unverändert.</translation>
    </message>
    <message>
        <source>Choose a folder for the files</source>
        <translation>Ordner für die Dateien wählen</translation>
    </message>
    <message>
        <source>Not saved: the existing files in %1 were kept as they were.</source>
        <translation>Nicht gespeichert: Die vorhandenen Dateien in %1 bleiben unverändert.</translation>
    </message>
    <message>
        <source>Save the PDF checklist</source>
        <translation>PDF-Checkliste speichern</translation>
    </message>
    <message>
        <source>Writing the PDF checklist to %1…</source>
        <translation>PDF-Checkliste wird nach %1 geschrieben…</translation>
    </message>
    <message>
        <source>The highlighted format is shown in the preview and saved with Save; tick several to save them into a folder. Space ticks or unticks.</source>
        <translation>Das markierte Format erscheint in der Vorschau und wird mit „Speichern“ gespeichert; kreuzen Sie mehrere an, um sie in einen Ordner zu speichern. Die Leertaste setzt oder entfernt das Häkchen.</translation>
    </message>
    <message>
        <source>Saves the format shown in the preview into a file you choose.</source>
        <translation>Speichert das in der Vorschau gezeigte Format in eine Datei Ihrer Wahl.</translation>
    </message>
    <message numerus="yes">
        <source>Save %n ticked…</source>
        <extracomment>saves the ticked formats into a folder; %n is how many are ticked</extracomment>
        <translation>
            <numerusform>%n angekreuztes Format speichern…</numerusform>
            <numerusform>%n angekreuzte Formate speichern…</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick formats in the list to save them into a folder at once.</source>
        <extracomment>%1 lists the ticked formats (&quot;nftables, ufw&quot;)</extracomment>
        <translation>Kreuzen Sie Formate in der Liste an, um sie auf einmal in einen Ordner zu speichern.</translation>
    </message>
    <message>
        <source>Saves the ticked formats into a folder you choose, each under its own name: %1</source>
        <translation>Speichert die angekreuzten Formate unter eigenem Namen in einen Ordner Ihrer Wahl: %1</translation>
    </message>
</context>
<context>
    <name>fw::ExportSession</name>
    <message>
        <source>firewalld zone</source>
        <translation>firewalld-Zone</translation>
    </message>
    <message>
        <source>LAN address ranges</source>
        <translation>LAN-Adressbereiche</translation>
    </message>
    <message>
        <source>Program folder</source>
        <translation>Programmordner</translation>
    </message>
    <message>
        <source>nftables input policy</source>
        <translation>nftables-Input-Richtlinie</translation>
    </message>
    <message>
        <source>PDF paper size</source>
        <translation>PDF-Papierformat</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3.</source>
        <extracomment>a setting typed wrong: %1 is the setting (&quot;firewalld zone&quot;), %2 the value typed, %3 what is wrong</extracomment>
        <translation>%1 „%2“: %3.</translation>
    </message>
    <message>
        <source>a zone name has only letters, digits, _ and -</source>
        <translation>Ein Zonenname enthält nur Buchstaben, Ziffern, _ und -</translation>
    </message>
    <message>
        <source>not an address range such as 192.168.1.0/24 or fd00::/64</source>
        <translation>kein Adressbereich wie 192.168.1.0/24 oder fd00::/64</translation>
    </message>
    <message>
        <source>one of accept, drop</source>
        <translation>erlaubt sind accept, drop</translation>
    </message>
    <message>
        <source>one of a4, letter</source>
        <translation>erlaubt sind a4, letter</translation>
    </message>
    <message>
        <source>not a valid value</source>
        <translation>kein gültiger Wert</translation>
    </message>
    <message>
        <source>it cannot be written for this plan: %1</source>
        <extracomment>why a file was not saved; %1 lists the problems</extracomment>
        <translation>Die Datei kann für diesen Plan nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a file not saved: %1 is the file, %2 the reason</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Saved: the %1 file %2</source>
        <extracomment>%1 is a format (&quot;nftables&quot;), %2 the file</extracomment>
        <translation>Gespeichert: die %1-Datei %2</translation>
    </message>
    <message>
        <source>Saved into %1: %2</source>
        <extracomment>%1 is a folder, %2 the names of the files saved into it</extracomment>
        <translation>Gespeichert in %1: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: the %1 file cannot be written for this plan (the preview says why).</source>
        <translation>Nicht gespeichert: Die %1-Datei kann für diesen Plan nicht geschrieben werden (die Vorschau nennt den Grund).</translation>
    </message>
    <message>
        <source>Not saved, because they cannot be written for this plan (select one to see why): %1</source>
        <extracomment>%1 lists formats (&quot;netsh, PowerShell&quot;)</extracomment>
        <translation>Nicht gespeichert, weil sie für diesen Plan nicht geschrieben werden können (wählen Sie eines aus, um den Grund zu sehen): %1</translation>
    </message>
</context>
<context>
    <name>fw::ExportText</name>
    <message>
        <source>--zone %1: a zone name has only letters, digits, _ and -</source>
        <translation>--zone %1: Ein Zonenname enthält nur Buchstaben, Ziffern, _ und -</translation>
    </message>
    <message>
        <source>--lan %1: &quot;%2&quot; is not an address range such as 192.168.1.0/24</source>
        <translation>--lan %1: „%2“ ist kein Adressbereich wie 192.168.1.0/24</translation>
    </message>
    <message>
        <source>--input-policy %1: one of accept, drop</source>
        <translation>--input-policy %1: accept oder drop</translation>
    </message>
    <message>
        <source>--page-size %1: one of a4, letter</source>
        <translation>--page-size %1: a4 oder letter</translation>
    </message>
    <message>
        <source>unknown export setting %1</source>
        <translation>unbekannte Export-Einstellung %1</translation>
    </message>
    <message>
        <source>rule %1, remote host: %2</source>
        <translation>Regel %1, entfernter Host: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <source>Firewall rules for %1 (%2), written by Firewall Setup Wizard.</source>
        <translation>Firewall-Regeln für %1 (%2), geschrieben vom Firewall Setup Wizard.</translation>
    </message>
    <message>
        <source>remote side is the internet: any address is allowed</source>
        <translation>Gegenstelle ist das Internet: Jede Adresse ist erlaubt</translation>
    </message>
    <message>
        <source>remote side is the LAN, but no LAN range was given (--lan): any address is allowed</source>
        <translation>Gegenstelle ist das LAN, aber es wurde kein LAN-Bereich angegeben (--lan): Jede Adresse ist erlaubt</translation>
    </message>
    <message>
        <source>remote side is the server, but its address was not given (--set server=...): any address is allowed</source>
        <translation>Gegenstelle ist der Server, aber seine Adresse wurde nicht angegeben (--set server=...): Jede Adresse ist erlaubt</translation>
    </message>
    <message>
        <source>remote side is %1, a host name: firewalls here match addresses only and the addresses can change, so any address is allowed; restrict it by name on the network firewall</source>
        <translation>Gegenstelle ist %1, ein Hostname: Firewalls hier prüfen nur Adressen, und die Adressen können sich ändern, daher ist jede Adresse erlaubt; schränken Sie sie auf der Netzwerk-Firewall per Namen ein</translation>
    </message>
    <message>
        <source>Not in this file: program rules. Linux firewalls match ports, not Windows programs; use the PowerShell or netsh export on the Windows machines for these:</source>
        <translation>Nicht in dieser Datei: Programmregeln. Linux-Firewalls prüfen Ports, keine Windows-Programme; verwenden Sie dafür auf den Windows-Rechnern den Export für PowerShell oder netsh:</translation>
    </message>
    <message>
        <source>This plan has no port rule for %1, so this file opens nothing. The vendor names only programs here; see the notes of the plan for the ports to pin.</source>
        <translation>Dieser Plan hat keine Port-Regel für %1, daher öffnet diese Datei nichts. Der Hersteller nennt hier nur Programme; die festzulegenden Ports finden Sie in den Hinweisen des Plans.</translation>
    </message>
    <message>
        <source>rule %1: the program &quot;%2&quot; cannot be used: %3</source>
        <translation>Regel %1: Das Programm „%2“ kann nicht verwendet werden: %3</translation>
    </message>
</context>
<context>
    <name>fw::Exporters</name>
    <message>
        <source>%1: unknown format (one of: %2)</source>
        <translation>%1: unbekanntes Format (eines von: %2)</translation>
    </message>
</context>
<context>
    <name>fw::FinishPage</name>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Keep this summary with your records, or select it and copy it.</source>
        <translation>Bewahren Sie diese Zusammenfassung bei Ihren Unterlagen auf, oder markieren und kopieren Sie sie.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What you chose</source>
        <translation>Ihre Auswahl</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <source>Rules for the firewall: %1</source>
        <translation>Regeln für die Firewall: %1</translation>
    </message>
    <message>
        <source>Of these, derived and not the vendor&apos;s own statement: %1</source>
        <translation>Davon abgeleitet und nicht vom Hersteller selbst angegeben: %1</translation>
    </message>
    <message>
        <source>Programs to allow to send and receive: %1</source>
        <translation>Programme, die senden und empfangen dürfen müssen: %1</translation>
    </message>
    <message>
        <source>Notes and advice: %1</source>
        <translation>Hinweise und Empfehlungen: %1</translation>
    </message>
    <message>
        <source>The choices are not complete, so there is no plan.</source>
        <translation>Die Auswahl ist unvollständig, daher gibt es keinen Plan.</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <source>What was tested, saved and applied, and what is left to do. The wizard remembers your choices for next time.</source>
        <translation>Was getestet, gespeichert und angewendet wurde und was noch zu tun ist. Der Assistent merkt sich Ihre Auswahl für das nächste Mal.</translation>
    </message>
    <message>
        <source>Files saved</source>
        <translation>Gespeicherte Dateien</translation>
    </message>
    <message>
        <source>&amp;Print checklist…</source>
        <translation>&amp;Checkliste drucken…</translation>
    </message>
    <message>
        <source>Print the checklist with every rule, the test results and a sign-off line.</source>
        <translation>Die Checkliste mit jeder Regel, den Testergebnissen und einer Zeile zur Abnahme drucken.</translation>
    </message>
    <message>
        <source>On this computer:</source>
        <translation>Auf diesem Computer:</translation>
    </message>
    <message>
        <source>Files saved: %1 (listed below, each folder with Open folder).</source>
        <translation>Gespeicherte Dateien: %1 (unten aufgeführt, jeder Ordner mit „Ordner öffnen“).</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open folder %1</source>
        <extracomment>accessible name of the button that opens a folder in the file manager; %1 is the folder</extracomment>
        <translation>Ordner %1 öffnen</translation>
    </message>
    <message>
        <source>%1 could not be opened: no file manager answered. Open it by hand.</source>
        <translation>%1 konnte nicht geöffnet werden: Kein Dateimanager hat geantwortet. Öffnen Sie den Ordner von Hand.</translation>
    </message>
    <message>
        <source>the server</source>
        <extracomment>where a saved script is run: the machine the plan is for (a server) or every client of it</extracomment>
        <translation>dem Server</translation>
    </message>
    <message>
        <source>each client computer</source>
        <translation>jedem Client-Computer</translation>
    </message>
    <message>
        <source>On %1, run %2 in PowerShell opened with &quot;Run as administrator&quot;; add -WhatIf first to see what it would change.</source>
        <translation>Führen Sie auf %1 %2 in einer PowerShell aus, die mit „Als Administrator ausführen“ geöffnet wurde; fügen Sie zuerst -WhatIf hinzu, um zu sehen, was es ändern würde.</translation>
    </message>
    <message>
        <source>On %1, run %2 in a Command Prompt opened with &quot;Run as administrator&quot;; run it with /undo to remove its rules again.</source>
        <translation>Führen Sie auf %1 %2 in einer Eingabeaufforderung aus, die mit „Als Administrator ausführen“ geöffnet wurde; mit /undo entfernen Sie seine Regeln wieder.</translation>
    </message>
    <message>
        <source>On %1, load %2 as root:</source>
        <translation>Laden Sie auf %1 %2 als root:</translation>
    </message>
    <message>
        <source>On %1, run %2 as root:</source>
        <translation>Führen Sie auf %1 %2 als root aus:</translation>
    </message>
    <message>
        <source>Run the playbook %1 against %2, or hand it to whoever runs Ansible:</source>
        <translation>Führen Sie das Playbook %1 auf %2 aus, oder geben Sie es an die Person weiter, die Ansible betreibt:</translation>
    </message>
    <message>
        <source>Hand %1 to the team that runs the network firewall: it lists every rule for their change request.</source>
        <translation>Geben Sie %1 an das Team, das die Netzwerk-Firewall betreibt: Die Datei listet jede Regel für dessen Änderungsantrag auf.</translation>
    </message>
    <message>
        <source>%1 holds the plan for other programs, such as an inventory or a change system.</source>
        <translation>%1 enthält den Plan für andere Programme, etwa eine Inventarisierung oder ein Change-Management-System.</translation>
    </message>
    <message>
        <source>Print the checklist %1 (or use Print checklist below), tick each rule once it is in place, and sign it.</source>
        <translation>Drucken Sie die Checkliste %1 aus (oder verwenden Sie unten „Checkliste drucken“), haken Sie jede Regel ab, sobald sie eingerichtet ist, und unterschreiben Sie sie.</translation>
    </message>
    <message>
        <source>Nothing was saved or applied yet. Go Back to the Export page to save the rules for whoever manages your firewall, or to apply them on this computer.</source>
        <translation>Es wurde noch nichts gespeichert oder angewendet. Gehen Sie „Zurück“ zur Seite „Exportieren oder anwenden“, um die Regeln für die Person zu speichern, die Ihre Firewall verwaltet, oder um sie auf diesem Computer anzuwenden.</translation>
    </message>
    <message>
        <source>To remove again what this wizard applied on this computer:</source>
        <translation>So entfernen Sie wieder, was dieser Assistent auf diesem Computer angewendet hat:</translation>
    </message>
    <message>
        <source>Once the rules are in place, test the connections again on the Test connectivity page.</source>
        <translation>Sobald die Regeln eingerichtet sind, testen Sie die Verbindungen erneut auf der Seite „Verbindung testen“.</translation>
    </message>
    <message>
        <source>Firewall checklist: %1</source>
        <extracomment>the print job&apos;s name; %1 is the plan&apos;s title (&quot;Palisade network software 8.x, License server&quot;)</extracomment>
        <translation>Firewall-Checkliste: %1</translation>
    </message>
</context>
<context>
    <name>fw::FirewallWizard</name>
    <message>
        <source>Language</source>
        <extracomment>accessible name of the button that opens the list of languages</extracomment>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Switch the language of the wizard; it changes at once.</source>
        <translation>Die Sprache des Assistenten wechseln; sie ändert sich sofort.</translation>
    </message>
    <message>
        <source>Firewall Setup Wizard</source>
        <translation>Firewall Setup Wizard</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 – Firewall Setup Wizard</source>
        <extracomment>window title: step number, number of steps, the page&apos;s title</extracomment>
        <translation>Schritt %1 von %2: %3 – Firewall Setup Wizard</translation>
    </message>
    <message>
        <source>Plan file</source>
        <extracomment>accessible name of the button whose menu opens and saves plan files</extracomment>
        <translation>Plandatei</translation>
    </message>
    <message>
        <source>Open a plan file (.fwplan) with saved choices, or save the current choices as one.</source>
        <translation>Eine Plandatei (.fwplan) mit gespeicherter Auswahl öffnen oder die aktuelle Auswahl als Plandatei speichern.</translation>
    </message>
    <message>
        <source>&amp;Open Plan…</source>
        <translation>Plan &amp;öffnen…</translation>
    </message>
    <message>
        <source>&amp;Save Plan…</source>
        <translation>Plan &amp;speichern…</translation>
    </message>
    <message>
        <source>Help</source>
        <extracomment>accessible name of the button whose menu holds Diagnostics and About</extracomment>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnose…</translation>
    </message>
    <message>
        <source>&amp;About Firewall Setup Wizard</source>
        <translation>Ü&amp;ber Firewall Setup Wizard</translation>
    </message>
    <message>
        <source>Plan files (*.%1);;All files (*)</source>
        <extracomment>file dialog filter</extracomment>
        <translation>Plandateien (*.%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <source>%1 cannot be opened; your choices are unchanged.

%2</source>
        <translation>%1 kann nicht geöffnet werden; Ihre Auswahl bleibt unverändert.

%2</translation>
    </message>
    <message>
        <source>%1 is open, but not all of its choices fit this program&apos;s catalog; check the page shown.

%2</source>
        <translation>%1 ist geöffnet, aber nicht die gesamte Auswahl darin passt zum Katalog dieses Programms; prüfen Sie die angezeigte Seite.

%2</translation>
    </message>
    <message>
        <source>Save Plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 existiert bereits. Möchten Sie die Datei ersetzen?</translation>
    </message>
    <message>
        <source>The plan was not saved: %1 cannot be written: %2</source>
        <translation>Der Plan wurde nicht gespeichert: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is not opened now: the firewall is being changed. Open it when that has finished.</source>
        <translation>%1 wird jetzt nicht geöffnet: Die Firewall wird gerade geändert. Öffnen Sie die Datei, wenn das abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Quit? Saved files and rules applied on this computer stay as they are, but the summary of this session (what was tested, saved and applied, and the next steps) closes with the wizard.</source>
        <translation>Beenden? Gespeicherte Dateien und auf diesem Computer angewendete Regeln bleiben, wie sie sind, aber die Zusammenfassung dieser Sitzung (was getestet, gespeichert und angewendet wurde, und die nächsten Schritte) wird mit dem Assistenten geschlossen.</translation>
    </message>
</context>
<context>
    <name>fw::FirewalldBackend</name>
    <message>
        <source>zone %1 exists only at runtime</source>
        <translation>Zone %1 gibt es nur zur Laufzeit</translation>
    </message>
    <message>
        <source>runtime has &quot;%1&quot;</source>
        <translation>zur Laufzeit: „%1“</translation>
    </message>
    <message>
        <source>permanent has &quot;%1&quot;</source>
        <translation>dauerhaft: „%1“</translation>
    </message>
    <message>
        <source>zone %1: %2</source>
        <translation>Zone %1: %2</translation>
    </message>
    <message>
        <source>zone %1 exists only in the permanent configuration</source>
        <translation>Zone %1 gibt es nur in der dauerhaften Konfiguration</translation>
    </message>
    <message>
        <source>firewalld is not installed (neither firewall-cmd nor firewall-offline-cmd is there)</source>
        <translation>firewalld ist nicht installiert (weder firewall-cmd noch firewall-offline-cmd ist vorhanden)</translation>
    </message>
    <message>
        <source>cannot read firewalld&apos;s configuration: %1</source>
        <translation>die Konfiguration von firewalld kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>firewalld is not running, and without it only firewall-offline-cmd could change its configuration, which is not installed</source>
        <translation>firewalld läuft nicht, und ohne es könnte nur firewall-offline-cmd seine Konfiguration ändern, das nicht installiert ist</translation>
    </message>
    <message>
        <source>firewalld is not running: its permanent configuration is changed with firewall-offline-cmd and takes effect when firewalld starts.</source>
        <translation>firewalld läuft nicht: Seine dauerhafte Konfiguration wird mit firewall-offline-cmd geändert und wirkt, sobald firewalld startet.</translation>
    </message>
    <message>
        <source>firewalld lets this machine&apos;s own connections out unless a policy restricts them: the outbound rules need nothing here.</source>
        <translation>firewalld lässt die eigenen Verbindungen dieses Rechners hinaus, sofern keine Richtlinie sie einschränkt: Für die ausgehenden Regeln ist hier nichts nötig.</translation>
    </message>
    <message>
        <source>The plan has no inbound rule with ports: there is nothing to open in firewalld.</source>
        <translation>Der Plan hat keine eingehende Regel mit Ports: In firewalld ist nichts zu öffnen.</translation>
    </message>
    <message>
        <source>cannot tell which zone faces the clients; name it with --zone (zones: %1)</source>
        <translation>es lässt sich nicht feststellen, welche Zone zu den Clients zeigt; nennen Sie sie mit --zone (Zonen: %1)</translation>
    </message>
    <message>
        <source>firewalld has no zone named %1 (zones: %2)</source>
        <translation>firewalld hat keine Zone namens %1 (Zonen: %2)</translation>
    </message>
    <message>
        <source>Warning: the interface %1, which faces the clients, is in the zone %2, not in %3: rules in %3 do not apply to its traffic.</source>
        <translation>Warnung: Die Schnittstelle %1, die zu den Clients zeigt, ist in der Zone %2, nicht in %3: Regeln in %3 gelten nicht für ihren Verkehr.</translation>
    </message>
    <message>
        <source>The rules go to the zone %1, the zone of the interface %2, which faces the clients (choose another with --zone or --interface).</source>
        <translation>Die Regeln gehen in die Zone %1, die Zone der Schnittstelle %2, die zu den Clients zeigt (eine andere wählen Sie mit --zone oder --interface).</translation>
    </message>
    <message>
        <source>The rules go to the zone %1.</source>
        <translation>Die Regeln gehen in die Zone %1.</translation>
    </message>
    <message>
        <source>firewalld&apos;s runtime configuration differs from its permanent one (%1). Applying needs a reload, because a new or changed service reaches the runtime only that way, and the reload would discard those runtime-only changes. Make them permanent (firewall-cmd --runtime-to-permanent) or drop them (firewall-cmd --reload), then apply again.</source>
        <translation>Die Laufzeitkonfiguration von firewalld unterscheidet sich von der dauerhaften (%1). Das Anwenden braucht ein Neuladen, weil ein neuer oder geänderter Dienst nur so in die Laufzeit gelangt, und das Neuladen würde diese nur zur Laufzeit vorgenommenen Änderungen verwerfen. Machen Sie sie dauerhaft (firewall-cmd --runtime-to-permanent) oder verwerfen Sie sie (firewall-cmd --reload), und wenden Sie dann erneut an.</translation>
    </message>
    <message>
        <source>Write the service %1 (the ports open to every address)</source>
        <translation>Den Dienst %1 schreiben (die für alle Adressen offenen Ports)</translation>
    </message>
    <message>
        <source>Reload firewalld so that its runtime knows the service (firewalld#375)</source>
        <translation>firewalld neu laden, damit die Laufzeit den Dienst kennt (firewalld#375)</translation>
    </message>
    <message>
        <source>Add the service %1 to the zone %2 (%3)</source>
        <translation>Den Dienst %1 der Zone %2 hinzufügen (%3)</translation>
    </message>
    <message>
        <source>Add a rich rule to the zone %1 (%2)</source>
        <translation>Der Zone %1 eine Rich Rule hinzufügen (%2)</translation>
    </message>
    <message>
        <source>Remove the service %1 from the zone %2, where an earlier apply put it (%3)</source>
        <translation>Den Dienst %1 aus der Zone %2 entfernen, in die ihn ein früheres Anwenden gelegt hat (%3)</translation>
    </message>
    <message>
        <source>Remove a rich rule of an earlier apply from the zone %1 (%2)</source>
        <translation>Eine Rich Rule eines früheren Anwendens aus der Zone %1 entfernen (%2)</translation>
    </message>
    <message>
        <source>Read the zone and the service back, permanent and runtime</source>
        <translation>Zone und Dienst zurücklesen, dauerhaft und zur Laufzeit</translation>
    </message>
    <message>
        <source>Read the zone and the service back</source>
        <translation>Zone und Dienst zurücklesen</translation>
    </message>
    <message>
        <source>the %1 zone %2 does not list the service %3</source>
        <translation>die %1-Zone %2 führt den Dienst %3 nicht</translation>
    </message>
    <message>
        <source>the %1 zone %2 lacks the rich rule %3</source>
        <translation>der %1-Zone %2 fehlt die Rich Rule %3</translation>
    </message>
    <message>
        <source>the %1 service %2 does not have the ports %3</source>
        <translation>der %1-Dienst %2 hat die Ports %3 nicht</translation>
    </message>
    <message>
        <source>firewalld is not running, and firewall-offline-cmd is not installed</source>
        <translation>firewalld läuft nicht, und firewall-offline-cmd ist nicht installiert</translation>
    </message>
    <message>
        <source>Remove the service %1 from the zone %2 (%3)</source>
        <translation>Den Dienst %1 aus der Zone %2 entfernen (%3)</translation>
    </message>
    <message>
        <source>Remove a rich rule from the zone %1 (%2)</source>
        <translation>Eine Rich Rule aus der Zone %1 entfernen (%2)</translation>
    </message>
    <message>
        <source>Delete the service %1</source>
        <translation>Den Dienst %1 löschen</translation>
    </message>
    <message>
        <source>Delete the service file %1</source>
        <translation>Die Dienstdatei %1 löschen</translation>
    </message>
    <message>
        <source>firewalld holds nothing of this program&apos;s any more.</source>
        <translation>firewalld enthält nichts mehr von diesem Programm.</translation>
    </message>
    <message>
        <source>Read the zones back</source>
        <translation>Die Zonen zurücklesen</translation>
    </message>
    <message>
        <source>the %1 zone %2 still lists the service %3</source>
        <translation>die %1-Zone %2 führt den Dienst %3 noch</translation>
    </message>
    <message>
        <source>Put the zone and service files of the backup %1 back</source>
        <translation>Die Zonen- und Dienstdateien der Sicherung %1 zurückspielen</translation>
    </message>
    <message>
        <source>Reload firewalld</source>
        <translation>firewalld neu laden</translation>
    </message>
    <message>
        <source>runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>dauerhaft</translation>
    </message>
    <message>
        <source>the backup %1 names %2, which is none of firewalld&apos;s files that this program backs up; it is not used</source>
        <translation>die Sicherung %1 nennt %2, das keine der firewalld-Dateien ist, die dieses Programm sichert; sie wird nicht verwendet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no firewalld zone name</source>
        <translation>„%1“ ist kein firewalld-Zonenname</translation>
    </message>
    <message>
        <source>the service &quot;%1&quot; is not this program&apos;s (%2)</source>
        <translation>der Dienst „%1“ gehört nicht zu diesem Programm (%2)</translation>
    </message>
    <message>
        <source>the service file %1 is not this program&apos;s</source>
        <translation>die Dienstdatei %1 gehört nicht zu diesem Programm</translation>
    </message>
    <message>
        <source>the rich rule &quot;%1&quot; is not one this program writes</source>
        <translation>die Rich Rule „%1“ ist keine, die dieses Programm schreibt</translation>
    </message>
    <message>
        <source>Rich rules carry no name of this program&apos;s, so without a record they cannot be told from the zones&apos; own: they stay (firewall-cmd --list-rich-rules shows them).</source>
        <translation>Rich Rules tragen keinen Namen dieses Programms, daher lassen sie sich ohne Aufzeichnung nicht von den eigenen Regeln der Zonen unterscheiden: Sie bleiben bestehen (firewall-cmd --list-rich-rules zeigt sie).</translation>
    </message>
</context>
<context>
    <name>fw::FirewalldExporter</name>
    <message>
        <source>firewalld: a service file and the firewall-cmd commands to add it to a zone</source>
        <translation>firewalld: eine Dienstdatei und die firewall-cmd-Befehle, die sie einer Zone hinzufügen</translation>
    </message>
    <message>
        <source>and --remove-rich-rule for each rich rule below, with --permanent and without</source>
        <translation>und --remove-rich-rule für jede Rich Rule unten, mit und ohne --permanent</translation>
    </message>
    <message>
        <source>Run it as root: sh FILE. It writes the service file, adds it to the zone both permanently and at runtime, and reads both back. Running it again changes nothing. Without a running firewalld it uses firewall-offline-cmd.</source>
        <translation>Als root ausführen: sh FILE. Es schreibt die Dienstdatei, fügt sie der Zone dauerhaft und zur Laufzeit hinzu und liest beides zurück. Ein erneuter Lauf ändert nichts. Ohne laufendes firewalld verwendet es firewall-offline-cmd.</translation>
    </message>
    <message>
        <source>Outbound: firewalld lets this machine&apos;s own connections out unless a policy restricts them, so these rules need nothing here; allow them where outbound traffic is filtered (the network firewall):</source>
        <translation>Ausgehend: firewalld lässt die eigenen Verbindungen dieses Rechners hinaus, sofern keine Richtlinie sie einschränkt, daher ist für diese Regeln hier nichts nötig; erlauben Sie sie dort, wo ausgehender Verkehr gefiltert wird (Netzwerk-Firewall):</translation>
    </message>
    <message>
        <source>Nothing to open in firewalld for %1; see the comments at the top of this file.</source>
        <translation>In firewalld ist für %1 nichts zu öffnen; siehe die Kommentare am Anfang dieser Datei.</translation>
    </message>
    <message>
        <source>firewalld is not running: changing its permanent configuration with firewall-offline-cmd.</source>
        <translation>firewalld läuft nicht: Die dauerhafte Konfiguration wird mit firewall-offline-cmd geändert.</translation>
    </message>
    <message>
        <source>A service that exists already is updated in place; a new one is created.</source>
        <translation>Ein vorhandener Dienst wird aktualisiert, ein neuer wird angelegt.</translation>
    </message>
    <message>
        <source>The runtime configuration learns the new service only by a reload (firewalld#375); the zone entries are then added at runtime as well.</source>
        <translation>Die Laufzeitkonfiguration lernt den neuen Dienst erst durch ein Neuladen kennen (firewalld#375); danach werden die Zoneneinträge auch zur Laufzeit hinzugefügt.</translation>
    </message>
    <message>
        <source>Runtime:</source>
        <translation>Laufzeit:</translation>
    </message>
    <message>
        <source>Permanent:</source>
        <translation>Dauerhaft:</translation>
    </message>
    <message>
        <source>Note: the reload also drops every change made at runtime only (firewall-cmd without --permanent) by people or programs such as fail2ban; make those permanent first if they must stay.</source>
        <translation>Hinweis: Das Neuladen verwirft auch jede nur zur Laufzeit gemachte Änderung (firewall-cmd ohne --permanent) von Personen oder Programmen wie fail2ban; machen Sie diese zuerst dauerhaft, wenn sie bleiben sollen.</translation>
    </message>
</context>
<context>
    <name>fw::Host</name>
    <message>
        <source>the program could not be started</source>
        <translation>das Programm konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>the program did not finish in time and was stopped</source>
        <translation>das Programm wurde nicht rechtzeitig fertig und wurde beendet</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>fw::InputFile</name>
    <message>
        <source>it is a folder, not a regular file</source>
        <translation>es ist ein Ordner, keine reguläre Datei</translation>
    </message>
    <message>
        <source>it is a named pipe (FIFO), not a regular file</source>
        <translation>es ist eine benannte Pipe (FIFO), keine reguläre Datei</translation>
    </message>
    <message>
        <source>it is a symbolic link, which is not followed here</source>
        <translation>es ist ein symbolischer Link, dem hier nicht gefolgt wird</translation>
    </message>
    <message>
        <source>it is a socket, not a regular file</source>
        <translation>es ist ein Socket, keine reguläre Datei</translation>
    </message>
    <message>
        <source>it is a device, not a regular file</source>
        <translation>es ist ein Gerät, keine reguläre Datei</translation>
    </message>
    <message>
        <source>it belongs to uid %1; run as root, this program reads only files and folders that root owns</source>
        <translation>es gehört uid %1; als root ausgeführt, liest dieses Programm nur Dateien und Ordner, die root gehören</translation>
    </message>
    <message>
        <source>it is writable by group or others (mode %1); run as root, this program reads only files that only root can change</source>
        <translation>es ist für Gruppe oder andere beschreibbar (Modus %1); als root ausgeführt, liest dieses Programm nur Dateien, die nur root ändern kann</translation>
    </message>
    <message>
        <source>it was replaced while being read</source>
        <translation>es wurde während des Lesens ersetzt</translation>
    </message>
    <message>
        <source>it is larger than %1 KiB, the limit for this kind of file</source>
        <translation>es ist größer als %1 KiB, die Grenze für diese Art von Datei</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>es existiert nicht</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
</context>
<context>
    <name>fw::IptablesExporter</name>
    <message>
        <source>iptables: a file for iptables-restore --noflush with the program&apos;s own chains (IPv4)</source>
        <translation>iptables: eine Datei für iptables-restore --noflush mit eigenen Ketten des Programms (IPv4)</translation>
    </message>
    <message>
        <source>Load it with the lines below; they remove the jumps of an earlier load first, so loading again adds no duplicates (iptables-restore itself cannot test for a rule):</source>
        <translation>Laden Sie sie mit den folgenden Zeilen; sie entfernen zuerst die Sprünge eines früheren Ladens, sodass erneutes Laden keine Duplikate erzeugt (iptables-restore selbst kann nicht auf eine Regel prüfen):</translation>
    </message>
    <message>
        <source>IPv4 only: use the nftables export (inet family) for IPv4 and IPv6.</source>
        <translation>Nur IPv4: Verwenden Sie für IPv4 und IPv6 den nftables-Export (Familie inet).</translation>
    </message>
    <message>
        <source>Source: %1 &lt;%2&gt;</source>
        <translation>Quelle: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Note: the vendor names the program %1, which a Linux firewall cannot match; only the ports are.</source>
        <translation>Hinweis: Der Hersteller nennt das Programm %1, das eine Linux-Firewall nicht prüfen kann; hier stehen nur die Ports.</translation>
    </message>
    <message>
        <source>Note: the IPv6 addresses %1 are not in this IPv4 file.</source>
        <translation>Hinweis: Die IPv6-Adressen %1 sind nicht in dieser IPv4-Datei.</translation>
    </message>
    <message>
        <source>Note: this rule names IPv6 addresses only, so it is left out here.</source>
        <translation>Hinweis: Diese Regel nennt nur IPv6-Adressen und fehlt deshalb hier.</translation>
    </message>
    <message>
        <source>line %1 of the iptables file would be %2 bytes long; iptables-restore reads at most %3 bytes a line</source>
        <translation>Zeile %1 der iptables-Datei wäre %2 Bytes lang; iptables-restore liest höchstens %3 Bytes pro Zeile</translation>
    </message>
</context>
<context>
    <name>fw::JsonExporter</name>
    <message>
        <source>JSON: the plan for other programs</source>
        <translation>JSON: der Plan für andere Programme</translation>
    </message>
</context>
<context>
    <name>fw::LicenseProblem</name>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 KiB, far too large for a license file</source>
        <translation>Die Datei ist größer als %1 KiB und damit viel zu groß für eine Lizenzdatei</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is not a text file, so it is not a license file</source>
        <translation>Die Datei ist keine Textdatei und daher keine Lizenzdatei</translation>
    </message>
    <message>
        <source>the file has no SERVER, VENDOR or FEATURE line, so it is not a FlexNet license file</source>
        <translation>Die Datei enthält keine SERVER-Zeile, VENDOR-Zeile oder FEATURE-Zeile und ist daher keine FlexNet-Lizenzdatei</translation>
    </message>
    <message>
        <source>a line starting with &apos;%1&apos; does not belong in a license file</source>
        <translation>Eine Zeile, die mit „%1“ beginnt, gehört nicht in eine Lizenzdatei</translation>
    </message>
    <message>
        <source>the SERVER line names no host</source>
        <translation>Die SERVER-Zeile nennt keinen Host</translation>
    </message>
    <message>
        <source>the VENDOR line names no vendor daemon</source>
        <translation>Die VENDOR-Zeile nennt keinen Vendor-Daemon</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port (1-65535)</source>
        <translation>„%1“ ist kein Port (1-65535)</translation>
    </message>
    <message>
        <source>the last line ends in a backslash, so the file seems cut off</source>
        <translation>Die letzte Zeile endet mit einem Backslash; die Datei scheint abgeschnitten zu sein</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation>unbekanntes Problem</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>fw::MachineLock</name>
    <message>
        <source>cannot open the lock file %1: %2</source>
        <translation>die Sperrdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the lock file %1 is not a file that only this user may write; remove it</source>
        <translation>die Sperrdatei %1 ist keine Datei, die nur dieser Benutzer schreiben darf; entfernen Sie sie</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>%1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>another firewall-wizard is changing the firewall (it holds %1); nothing was changed, try again when it has finished</source>
        <translation>eine andere firewall-wizard-Instanz ändert gerade die Firewall (sie hält %1); es wurde nichts geändert, versuchen Sie es erneut, wenn sie fertig ist</translation>
    </message>
    <message>
        <source>another firewall-wizard (%1, process %2) is changing the firewall; nothing was changed, try again when it has finished</source>
        <translation>eine andere firewall-wizard-Instanz (%1, Prozess %2) ändert gerade die Firewall; es wurde nichts geändert, versuchen Sie es erneut, wenn sie fertig ist</translation>
    </message>
</context>
<context>
    <name>fw::NetshExporter</name>
    <message>
        <source>netsh: a batch file for Windows machines without PowerShell&apos;s firewall module</source>
        <translation>netsh: eine Batchdatei für Windows-Rechner ohne das Firewall-Modul von PowerShell</translation>
    </message>
    <message>
        <source>rule %1: the program name &quot;%2&quot; contains %3, which a batch file cannot search for safely; use the PowerShell export</source>
        <translation>Regel %1: Der Programmname „%2“ enthält %3, wonach eine Batchdatei nicht sicher suchen kann; verwenden Sie den PowerShell-Export</translation>
    </message>
    <message>
        <source>--program-dir contains %1, which a batch file cannot quote</source>
        <translation>--program-dir enthält %1, was eine Batchdatei nicht maskieren kann</translation>
    </message>
    <message>
        <source>run this file again with /undo</source>
        <translation>führen Sie diese Datei erneut mit /undo aus</translation>
    </message>
    <message>
        <source>Run it as administrator. It deletes its own rules by name before adding them, so running it again does not add duplicates.</source>
        <translation>Als Administrator ausführen. Sie löscht ihre eigenen Regeln nach Namen, bevor sie sie hinzufügt, daher entstehen bei erneutem Ausführen keine Duplikate.</translation>
    </message>
    <message>
        <source>This script changes the Windows Firewall and must run as administrator: right-click it and choose &quot;Run as administrator&quot;.</source>
        <translation>Dieses Skript ändert die Windows-Firewall und muss als Administrator laufen: Klicken Sie es mit der rechten Maustaste an und wählen Sie „Als Administrator ausführen“.</translation>
    </message>
    <message>
        <source>Delete the rules of an earlier run (netsh has no groups; the names are stable).</source>
        <translation>Regeln eines früheren Laufs löschen (netsh kennt keine Gruppen; die Namen bleiben gleich).</translation>
    </message>
    <message>
        <source>The rules of this file are removed.</source>
        <translation>Die Regeln dieser Datei sind entfernt.</translation>
    </message>
    <message>
        <source>Find the programs before adding any rule, so that a missing one changes nothing.</source>
        <translation>Die Programme suchen, bevor eine Regel hinzukommt, damit ein fehlendes nichts verändert.</translation>
    </message>
    <message>
        <source>%1 was not found in Program Files. Install it first, or export again with --program-dir naming its folder.</source>
        <translation>%1 wurde unter „Program Files“ nicht gefunden. Installieren Sie es zuerst, oder exportieren Sie erneut mit --program-dir und seinem Ordner.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Done: %1 rules added. To undo, run this file again with /undo.</source>
        <translation>Fertig: %1 Regeln hinzugefügt. Zum Rückgängigmachen führen Sie diese Datei erneut mit /undo aus.</translation>
    </message>
    <message>
        <source>netsh refused a rule (see above). Run this file again with /undo to remove the rules added so far.</source>
        <translation>netsh hat eine Regel abgelehnt (siehe oben). Führen Sie diese Datei erneut mit /undo aus, um die bisher hinzugefügten Regeln zu entfernen.</translation>
    </message>
    <message>
        <source>%1 was not found on this computer. Install it first.</source>
        <translation>%1 wurde auf diesem Computer nicht gefunden. Installieren Sie es zuerst.</translation>
    </message>
    <message>
        <source>line %1 of the batch file would be %2 bytes long; cmd.exe reads at most 8,191 characters a line, and this file keeps to %3 bytes to leave room for the program paths</source>
        <translation>Zeile %1 der Batchdatei wäre %2 Bytes lang; cmd.exe liest höchstens 8.191 Zeichen pro Zeile, und diese Datei bleibt unter %3 Bytes, damit Platz für die Programmpfade bleibt</translation>
    </message>
</context>
<context>
    <name>fw::NftRuleset</name>
    <message>
        <source>nft printed no ruleset in JSON: %1</source>
        <translation>nft hat kein Regelwerk als JSON ausgegeben: %1</translation>
    </message>
</context>
<context>
    <name>fw::NftablesBackend</name>
    <message>
        <source>nft is not installed</source>
        <translation>nft ist nicht installiert</translation>
    </message>
    <message>
        <source>nft is not installed, so there is no nftables ruleset to change</source>
        <translation>nft ist nicht installiert, daher gibt es kein nftables-Regelwerk zu ändern</translation>
    </message>
    <message>
        <source>cannot read the nftables ruleset: %1</source>
        <translation>das nftables-Regelwerk kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The plan has no inbound rule with ports: nothing to open for incoming connections.</source>
        <translation>Der Plan hat keine eingehende Regel mit Ports: Für eingehende Verbindungen ist nichts zu öffnen.</translation>
    </message>
    <message>
        <source>The plan has no outbound rule with ports: nothing to open for outgoing connections.</source>
        <translation>Der Plan hat keine ausgehende Regel mit Ports: Für ausgehende Verbindungen ist nichts zu öffnen.</translation>
    </message>
    <message>
        <source>Nothing in the ruleset filters incoming connections (no input chain with a drop policy or a final drop): the inbound rules need nothing here.</source>
        <translation>Nichts im Regelwerk filtert eingehende Verbindungen (keine Input-Kette mit drop-Richtlinie oder abschließendem drop): Für die eingehenden Regeln ist hier nichts nötig.</translation>
    </message>
    <message>
        <source>Nothing in the ruleset filters outgoing connections (no output chain with a drop policy or a final drop): the outbound rules need nothing here.</source>
        <translation>Nichts im Regelwerk filtert ausgehende Verbindungen (keine Output-Kette mit drop-Richtlinie oder abschließendem drop): Für die ausgehenden Regeln ist hier nichts nötig.</translation>
    </message>
    <message>
        <source>its policy is drop</source>
        <translation>ihre Richtlinie ist drop</translation>
    </message>
    <message>
        <source>it ends with a rule that drops or rejects</source>
        <translation>sie endet mit einer Regel, die verwirft oder abweist</translation>
    </message>
    <message>
        <source>Table %1 %2: the %3 chain &quot;%4&quot; filters (%5); the plan&apos;s rules go into the chain %6 of that table, and a jump to it goes right before the final drop.</source>
        <translation>Tabelle %1 %2: Die %3-Kette „%4“ filtert (%5); die Regeln des Plans kommen in die Kette %6 dieser Tabelle, und ein Sprung dorthin direkt vor das abschließende drop.</translation>
    </message>
    <message>
        <source>Table %1 %2: none of the plan&apos;s %3 rules fits this table&apos;s family.</source>
        <translation>Tabelle %1 %2: Keine der %3-Regeln des Plans passt zur Familie dieser Tabelle.</translation>
    </message>
    <message>
        <source>Nothing in this nftables ruleset blocks what the plan needs, so nothing is changed.</source>
        <translation>Nichts in diesem nftables-Regelwerk blockiert, was der Plan braucht, daher wird nichts geändert.</translation>
    </message>
    <message>
        <source>Firewall Setup Wizard: %1</source>
        <translation>Firewall Setup Wizard: %1</translation>
    </message>
    <message>
        <source>One transaction: all of it takes effect, or nothing does.</source>
        <translation>Eine Transaktion: Alles wird wirksam oder nichts.</translation>
    </message>
    <message>
        <source>What an earlier apply of this product and role created and this plan no longer needs:</source>
        <translation>Was ein früheres Anwenden für dieses Produkt und diese Rolle angelegt hat und dieser Plan nicht mehr braucht:</translation>
    </message>
    <message>
        <source>Change the ruleset in one nft -f transaction</source>
        <translation>Das Regelwerk in einer nft-f-Transaktion ändern</translation>
    </message>
    <message>
        <source>Read the ruleset back and check that our chains and jumps are in place</source>
        <translation>Das Regelwerk zurücklesen und prüfen, ob unsere Ketten und Sprünge vorhanden sind</translation>
    </message>
    <message>
        <source>the chain %1 is not in the ruleset as written</source>
        <translation>die Kette %1 ist nicht so im Regelwerk, wie sie geschrieben wurde</translation>
    </message>
    <message>
        <source>the jumps to our chains are not as written: found %1, expected %2</source>
        <translation>die Sprünge zu unseren Ketten sind nicht wie geschrieben: gefunden %1, erwartet %2</translation>
    </message>
    <message>
        <source>a chain of an earlier apply is still in the ruleset</source>
        <translation>eine Kette eines früheren Anwendens ist noch im Regelwerk</translation>
    </message>
    <message>
        <source>Found a jump tagged &quot;%1&quot; that the record does not list; it goes too.</source>
        <translation>Einen mit „%1“ markierten Sprung gefunden, den die Aufzeichnung nicht nennt; er wird ebenfalls entfernt.</translation>
    </message>
    <message>
        <source>The nftables ruleset holds nothing of this program&apos;s (it may have been reloaded meanwhile).</source>
        <translation>Das nftables-Regelwerk enthält nichts von diesem Programm (es wurde vielleicht zwischenzeitlich neu geladen).</translation>
    </message>
    <message>
        <source>Firewall Setup Wizard: remove what it applied, in one transaction</source>
        <translation>Firewall Setup Wizard: das Angewendete in einer Transaktion entfernen</translation>
    </message>
    <message>
        <source>Remove our chains and jumps in one nft -f transaction</source>
        <translation>Unsere Ketten und Sprünge in einer nft-f-Transaktion entfernen</translation>
    </message>
    <message>
        <source>Read the ruleset back and check that nothing of ours is left</source>
        <translation>Das Regelwerk zurücklesen und prüfen, dass nichts von uns übrig ist</translation>
    </message>
    <message>
        <source>a chain or jump of ours is still in the ruleset</source>
        <translation>eine Kette oder ein Sprung von uns ist noch im Regelwerk</translation>
    </message>
    <message>
        <source>Load the backup %1 in place of the whole ruleset, in one transaction</source>
        <translation>Die Sicherung %1 anstelle des ganzen Regelwerks laden, in einer Transaktion</translation>
    </message>
    <message>
        <source>Warning: the table %1 %2 belongs to %3, which rewrites it at every reload, and our chain and jump with it; use --backend %3 instead.</source>
        <translation>Warnung: Die Tabelle %1 %2 gehört zu %3, das sie bei jedem Neuladen neu schreibt, und damit auch unsere Kette und unseren Sprung; verwenden Sie stattdessen --backend %3.</translation>
    </message>
    <message>
        <source>Warning: iptables-nft manages the table %1 %2 (iptables, ufw, Docker): a later iptables-restore replaces the table, and our chain and jump with it.</source>
        <translation>Warnung: iptables-nft verwaltet die Tabelle %1 %2 (iptables, ufw, Docker): Ein späteres iptables-restore ersetzt die Tabelle und damit auch unsere Kette und unseren Sprung.</translation>
    </message>
    <message>
        <source>nft -j list ruleset: %1</source>
        <translation>nft -j list ruleset: %1</translation>
    </message>
    <message>
        <source>nft -f: %1</source>
        <translation>nft -f: %1</translation>
    </message>
    <message>
        <source>nft -j -f: %1</source>
        <translation>nft -j -f: %1</translation>
    </message>
    <message>
        <source>Save the current ruleset to %1</source>
        <translation>Das aktuelle Regelwerk nach %1 sichern</translation>
    </message>
    <message>
        <source>nft list ruleset: %1</source>
        <translation>nft list ruleset: %1</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; is not this entry&apos;s</source>
        <translation>die Markierung „%1“ gehört nicht zu diesem Eintrag</translation>
    </message>
    <message>
        <source>the chain &quot;%1&quot; is not one of this program&apos;s (%2)</source>
        <translation>die Kette „%1“ gehört nicht zu diesem Programm (%2)</translation>
    </message>
    <message>
        <source>a table or chain name that nft does not take</source>
        <translation>ein Tabellen- oder Kettenname, den nft nicht annimmt</translation>
    </message>
</context>
<context>
    <name>fw::NftablesExporter</name>
    <message>
        <source>nftables: a file for nft -f with its own table, atomic and re-loadable</source>
        <translation>nftables: eine Datei für nft -f mit eigener Tabelle, atomar und erneut ladbar</translation>
    </message>
    <message>
        <source>Load it with: nft -f FILE. The file replaces its own table in one transaction, so loading it again changes nothing and other tables stay as they are.</source>
        <translation>Laden mit: nft -f FILE. Die Datei ersetzt ihre eigene Tabelle in einer Transaktion; erneutes Laden ändert daher nichts, und andere Tabellen bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>The input chain drops everything this plan does not allow, except replies, loopback and ICMP: also remote logins such as SSH, unless the plan allows them.</source>
        <translation>Die Input-Kette verwirft alles, was dieser Plan nicht erlaubt, außer Antworten, Loopback und ICMP: auch Fernanmeldungen wie SSH, sofern der Plan sie nicht erlaubt.</translation>
    </message>
    <message>
        <source>An accept here does not override a drop in another table (firewalld&apos;s, ufw&apos;s): on such hosts use the firewalld or ufw export instead.</source>
        <translation>Ein accept hier hebt kein drop in einer anderen Tabelle auf (der von firewalld oder ufw): Verwenden Sie auf solchen Hosts stattdessen den Export für firewalld oder ufw.</translation>
    </message>
    <message>
        <source>Source: %1 &lt;%2&gt;</source>
        <translation>Quelle: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Note: the vendor names the program %1, which a Linux firewall cannot match; only the ports are.</source>
        <translation>Hinweis: Der Hersteller nennt das Programm %1, das eine Linux-Firewall nicht prüfen kann; hier stehen nur die Ports.</translation>
    </message>
</context>
<context>
    <name>fw::OptionsPage</name>
    <message>
        <source>The choices do not fit together yet: %1</source>
        <translation>Die Auswahl passt noch nicht zusammen: %1</translation>
    </message>
    <message>
        <source>Read the license file</source>
        <translation>Lizenzdatei lesen</translation>
    </message>
    <message>
        <source>License files (*.lic *.dat *.txt);;All files (*)</source>
        <translation>Lizenzdateien (*.lic *.dat *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <extracomment>a value the admin may leave empty; %1 is its name (&quot;License server address&quot;)</extracomment>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <source>Required: the rules cannot be worked out without it.</source>
        <translation>Erforderlich: Ohne diesen Wert lassen sich die Regeln nicht ermitteln.</translation>
    </message>
    <message>
        <source>Empty: the default %1 is used.</source>
        <translation>Leer: Der Standardwert %1 wird verwendet.</translation>
    </message>
    <message>
        <source>Options and values</source>
        <translation>Optionen und Werte</translation>
    </message>
    <message>
        <source>Tick the features you use and enter what only you know. Each of them changes which rules are needed.</source>
        <translation>Kreuzen Sie die Funktionen an, die Sie nutzen, und geben Sie ein, was nur Sie wissen. Beides bestimmt, welche Regeln nötig sind.</translation>
    </message>
    <message>
        <source>The wizard fills in sensible defaults. Next becomes available once every value is valid; what is wrong is shown beside the field.</source>
        <translation>Der Assistent trägt sinnvolle Standardwerte ein. „Weiter“ ist verfügbar, sobald alle Werte gültig sind; was nicht stimmt, steht neben dem Feld.</translation>
    </message>
    <message>
        <source>Features in use</source>
        <translation>Genutzte Funktionen</translation>
    </message>
    <message>
        <source>What only you know</source>
        <translation>Was nur Sie wissen</translation>
    </message>
    <message>
        <source>License file</source>
        <translation>Lizenzdatei</translation>
    </message>
    <message>
        <source>The FlexNet license file (often license.lic or license.dat on the license server) says which ports lmgrd and the vendor daemon use. Read it to fill in the ports.</source>
        <translation>Die FlexNet-Lizenzdatei (oft license.lic oder license.dat auf dem Lizenzserver) gibt an, welche Ports lmgrd und der Vendor-Daemon verwenden. Lesen Sie sie ein, um die Ports einzutragen.</translation>
    </message>
    <message>
        <source>&amp;Read license file…</source>
        <translation>Lizenzdatei &amp;lesen…</translation>
    </message>
    <message>
        <source>There is nothing to tick or enter for this choice. Continue with Next.</source>
        <translation>Für diese Auswahl gibt es nichts anzukreuzen oder einzugeben. Fahren Sie mit „Weiter“ fort.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>%1 could not be read as a license file.</source>
        <translation>%1 konnte nicht als Lizenzdatei gelesen werden.</translation>
    </message>
    <message>
        <source>Read from %1:</source>
        <translation>Aus %1 gelesen:</translation>
    </message>
    <message>
        <source>The file has no SERVER line, so the lmgrd port could not be read from it.</source>
        <translation>Die Datei enthält keine SERVER-Zeile, daher ließ sich der Port von lmgrd nicht aus ihr lesen.</translation>
    </message>
    <message>
        <source>lmgrd port %1, from the SERVER line (line %2).</source>
        <translation>Port von lmgrd: %1, aus der SERVER-Zeile (Zeile %2).</translation>
    </message>
    <message>
        <source>The SERVER line (line %1) gives no port, so lmgrd takes the first free port from 27000 to 27009 and may move. Write the port at the end of the SERVER line (for example 27000) to keep it fixed.</source>
        <translation>Die SERVER-Zeile (Zeile %1) nennt keinen Port; lmgrd nimmt dann den ersten freien Port von 27000 bis 27009, der sich ändern kann. Schreiben Sie den Port an das Ende der SERVER-Zeile (zum Beispiel 27000), damit er fest bleibt.</translation>
    </message>
    <message>
        <source>The file names %1 license servers (a redundant setup); the ports are taken from the first.</source>
        <translation>Die Datei nennt %1 Lizenzserver (eine redundante Einrichtung); die Ports stammen vom ersten.</translation>
    </message>
    <message>
        <source>The file has no VENDOR line, so the vendor daemon&apos;s port could not be read from it.</source>
        <translation>Die Datei enthält keine VENDOR-Zeile, daher ließ sich der Port des Vendor-Daemons nicht aus ihr lesen.</translation>
    </message>
    <message>
        <source>Vendor daemon port %1, from PORT= on the VENDOR line (line %2).</source>
        <translation>Port des Vendor-Daemons: %1, aus PORT= in der VENDOR-Zeile (Zeile %2).</translation>
    </message>
    <message>
        <source>The VENDOR line (line %1) has no PORT= entry.</source>
        <translation>Die VENDOR-Zeile (Zeile %1) enthält keinen PORT=-Eintrag.</translation>
    </message>
    <message>
        <source>So the vendor daemon&apos;s port changes at every start of the license server, and no port rule can cover it: only a program rule for %1 can. To use a port rule instead, add PORT= with a free port to the VENDOR line (for example &quot;VENDOR %2 PORT=27010&quot;), restart the license server and read the file again.</source>
        <translation>Der Port des Vendor-Daemons wechselt daher bei jedem Start des Lizenzservers, und keine Port-Regel kann ihn abdecken, nur eine Programmregel für %1. Wenn Sie stattdessen eine Port-Regel verwenden möchten, ergänzen Sie in der VENDOR-Zeile PORT= mit einem freien Port (zum Beispiel „VENDOR %2 PORT=27010“), starten Sie den Lizenzserver neu und lesen Sie die Datei erneut ein.</translation>
    </message>
    <message>
        <source>How to pin it: add PORT= with a free port to the VENDOR line of the license file, for example &quot;VENDOR %1 PORT=27010&quot;, then restart the license server and enter the same port here.</source>
        <extracomment>%1 is the vendor daemon&apos;s name on the license file&apos;s VENDOR line (&quot;Palisade&quot;)</extracomment>
        <translation>So legen Sie ihn fest: Ergänzen Sie in der VENDOR-Zeile der Lizenzdatei PORT= mit einem freien Port, zum Beispiel „VENDOR %1 PORT=27010“, starten Sie den Lizenzserver neu und tragen Sie denselben Port hier ein.</translation>
    </message>
</context>
<context>
    <name>fw::Paths</name>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot read the folder %1: %2</source>
        <translation>der Ordner %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; this program keeps its files only in a real folder of its own. Remove the link.</source>
        <translation>%1 ist ein symbolischer Link; dieses Programm legt seine Dateien nur in einem echten eigenen Ordner ab. Entfernen Sie den Link.</translation>
    </message>
    <message>
        <source>%1 is not a folder. Remove it.</source>
        <translation>%1 ist kein Ordner. Entfernen Sie es.</translation>
    </message>
    <message>
        <source>%1 belongs to uid %2, not to uid %3 that runs this program, so someone else could change its files. Check its contents, then: chown %3 %1</source>
        <translation>%1 gehört uid %2, nicht uid %3, unter der dieses Programm läuft; daher könnte jemand anderes die Dateien darin ändern. Prüfen Sie den Inhalt, dann: chown %3 %1</translation>
    </message>
    <message>
        <source>%1 is writable by group or others (mode %2), so someone else could change its files. Check its contents, then: chmod 700 %1</source>
        <translation>%1 ist für Gruppe oder andere beschreibbar (Modus %2), daher könnte jemand anderes die Dateien darin ändern. Prüfen Sie den Inhalt, dann: chmod 700 %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>fw::PdfExporter</name>
    <message>
        <source>PDF checklist: every rule with a tick box, the notes, the test results and a sign-off line</source>
        <translation>PDF-Checkliste: jede Regel mit Ankreuzfeld, die Hinweise, die Testergebnisse und eine Zeile zur Abnahme</translation>
    </message>
    <message>
        <source>Firewall checklist</source>
        <translation>Firewall-Checkliste</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Tick each rule when it is in place on this machine or on the network firewall.</source>
        <translation>Kreuzen Sie jede Regel an, sobald sie auf diesem Rechner oder auf der Netzwerk-Firewall eingerichtet ist.</translation>
    </message>
    <message>
        <source>This plan has no rules.</source>
        <translation>Dieser Plan hat keine Regeln.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Remote side</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>option: %1</source>
        <translation>Option: %1</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>* derived: not in the vendor&apos;s own table; see the notes and sources.</source>
        <translation>* abgeleitet: nicht in der Tabelle des Herstellers; siehe Hinweise und Quellen.</translation>
    </message>
    <message>
        <source>Executables to allow (send and receive)</source>
        <translation>Freizugebende Programme (Senden und Empfangen)</translation>
    </message>
    <message>
        <source>Notes and advice</source>
        <translation>Hinweise und Empfehlungen</translation>
    </message>
    <message>
        <source>Connectivity test</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <source>No connectivity test was run for this checklist. Run &quot;firewall-wizard check&quot; or the wizard&apos;s test page after applying the rules, and note the result here.</source>
        <translation>Für diese Checkliste wurde kein Verbindungstest ausgeführt. Führen Sie nach dem Einrichten der Regeln „firewall-wizard check“ oder die Testseite des Assistenten aus und tragen Sie das Ergebnis hier ein.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>our test responder</source>
        <translation>unser Testresponder</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>the vendor&apos;s own statement</source>
        <translation>Angabe des Herstellers selbst</translation>
    </message>
    <message>
        <source>general documentation the derived rules follow</source>
        <translation>allgemeine Dokumentation, der die abgeleiteten Regeln folgen</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Abnahme</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>the PDF checklist needs the graphical part of Qt (a QGuiApplication); it cannot be written by a program without one</source>
        <translation>die PDF-Checkliste braucht den grafischen Teil von Qt (eine QGuiApplication); ein Programm ohne sie kann sie nicht schreiben</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Applied on this computer</source>
        <extracomment>heading in the PDF checklist: what the wizard applied to (or reverted on) this computer&apos;s firewall</extracomment>
        <translation>Auf diesem Rechner angewendet</translation>
    </message>
    <message>
        <source>the plan has %1 rules; a PDF checklist takes at most %2 (export csv or json for larger plans)</source>
        <translation>der Plan hat %1 Regeln; eine PDF-Checkliste fasst höchstens %2 (exportieren Sie größere Pläne als csv oder json)</translation>
    </message>
    <message>
        <source>the checklist&apos;s text is %1 characters long; a PDF checklist takes at most %2 (export csv or json for larger plans)</source>
        <translation>der Text der Checkliste ist %1 Zeichen lang; eine PDF-Checkliste fasst höchstens %2 (exportieren Sie größere Pläne als csv oder json)</translation>
    </message>
    <message>
        <source>The rules above are in place. No connectivity test was run for this checklist, so the connections are not confirmed.</source>
        <translation>Die obigen Regeln sind eingerichtet. Für diese Checkliste wurde kein Verbindungstest ausgeführt, daher sind die Verbindungen nicht bestätigt.</translation>
    </message>
    <message>
        <source>The rules above are in place, and the connectivity test passed: nothing was blocked.</source>
        <translation>Die obigen Regeln sind eingerichtet, und der Verbindungstest war erfolgreich: Nichts wurde blockiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filtered</source>
        <translation>
            <numerusform>%n gefiltert</numerusform>
            <numerusform>%n gefiltert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable</source>
        <translation>
            <numerusform>%n nicht erreichbar</numerusform>
            <numerusform>%n nicht erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found in DNS</source>
        <translation>
            <numerusform>%n nicht im DNS gefunden</numerusform>
            <numerusform>%n nicht im DNS gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules above are in place, but the connectivity test did not pass: %1 of %2 results show a blocked path (%3). Fix them (see &quot;Connectivity test&quot;) and run the test again before signing.</source>
        <translation>Die obigen Regeln sind eingerichtet, aber der Verbindungstest war nicht erfolgreich: %1 von %2 Ergebnissen zeigen einen blockierten Weg (%3). Beheben Sie das (siehe „Verbindungstest“) und wiederholen Sie den Test vor der Unterschrift.</translation>
    </message>
    <message>
        <source>What to do</source>
        <extracomment>heading in the PDF checklist above the advice for the blocked or doubtful test results</extracomment>
        <translation>Was zu tun ist</translation>
    </message>
</context>
<context>
    <name>fw::PlanFile</name>
    <message>
        <source>expected a string, found %1</source>
        <translation>erwartet: eine Zeichenkette, gefunden: %1</translation>
    </message>
    <message>
        <source>a plan file is a JSON object, not %1</source>
        <translation>eine Plandatei ist ein JSON-Objekt, nicht %1</translation>
    </message>
    <message>
        <source>this is not a plan file of Firewall Setup Wizard (the field &apos;fwplan&apos; is missing)</source>
        <translation>dies ist keine Plandatei von Firewall Setup Wizard (das Feld „fwplan“ fehlt)</translation>
    </message>
    <message>
        <source>expected a format version such as &quot;1.0&quot;</source>
        <translation>erwartet: eine Formatversion wie &quot;1.0&quot;</translation>
    </message>
    <message>
        <source>format version %1 is not supported: this program reads version %2.x; use a newer Firewall Setup Wizard</source>
        <translation>Formatversion %1 wird nicht unterstützt: Dieses Programm liest Version %2.x; verwenden Sie einen neueren Firewall Setup Wizard</translation>
    </message>
    <message>
        <source>required field &apos;product&apos; is missing</source>
        <translation>Pflichtfeld „product“ fehlt</translation>
    </message>
    <message>
        <source>required field &apos;role&apos; is missing</source>
        <translation>Pflichtfeld „role“ fehlt</translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation>erwartet: eine Liste, gefunden: %1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>erwartet: ein Objekt, gefunden: %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
</context>
<context>
    <name>fw::PlanFileLoader</name>
    <message>
        <source>the file names no version; choose it on the Product page</source>
        <translation>die Datei nennt keine Version; wählen Sie sie auf der Seite „Produkt“</translation>
    </message>
    <message>
        <source>the file names no role; choose it on the Role page</source>
        <translation>die Datei nennt keine Rolle; wählen Sie sie auf der Seite „Rolle dieses Rechners“</translation>
    </message>
    <message>
        <source>the file names no deployment; choose it on the Deployment page</source>
        <translation>die Datei nennt keine Bereitstellung; wählen Sie sie auf der Seite „Bereitstellung“</translation>
    </message>
    <message>
        <source>the file gives no value for &apos;%1&apos;; enter it on the Options page</source>
        <translation>die Datei gibt keinen Wert für „%1“ an; geben Sie ihn auf der Seite „Optionen und Werte“ ein</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the file names no product</source>
        <translation>die Datei nennt kein Produkt</translation>
    </message>
    <message>
        <source>unknown product &apos;%1&apos; (this catalog has: %2)</source>
        <translation>unbekanntes Produkt „%1“ (dieser Katalog enthält: %2)</translation>
    </message>
</context>
<context>
    <name>fw::PlanResolver</name>
    <message>
        <source>Rules %1 allow exactly the same connections (%2), so the plan keeps only %3. If two values give the same port by mistake, correct one of them.</source>
        <extracomment>%1: rule ids (&quot;lmgrd-port-in, vendor-port-in&quot;); %2: the connections (&quot;in TCP 27000&quot;); %3: the rule kept</extracomment>
        <translation>Die Regeln %1 erlauben genau dieselben Verbindungen (%2), daher behält der Plan nur %3. Falls zwei Werte versehentlich denselben Port ergeben, korrigieren Sie einen davon.</translation>
    </message>
</context>
<context>
    <name>fw::PowerShellExporter</name>
    <message>
        <source>PowerShell: a script for Windows (New-NetFirewallRule), re-runnable, with -WhatIf</source>
        <translation>PowerShell: ein Skript für Windows (New-NetFirewallRule), wiederholt ausführbar, mit -WhatIf</translation>
    </message>
    <message>
        <source>rule %1: the program name &quot;%2&quot; contains %3, which a Windows file name cannot contain</source>
        <translation>Regel %1: Der Programmname „%2“ enthält %3, was in einem Windows-Dateinamen nicht vorkommen kann</translation>
    </message>
    <message>
        <source>Run it in PowerShell as administrator; add -WhatIf to see what it would do without changing anything. Running it again replaces its rules instead of adding duplicates.</source>
        <translation>Führen Sie es in PowerShell als Administrator aus; mit -WhatIf sehen Sie, was es tun würde, ohne etwas zu ändern. Ein erneuter Lauf ersetzt seine Regeln, statt Duplikate hinzuzufügen.</translation>
    </message>
    <message>
        <source>It looks for the programs in -SearchPath, then in Program Files; give a program&apos;s full path with -ProgramPath @{ &apos;name.exe&apos; = &apos;C:\path\name.exe&apos; }.</source>
        <translation>Es sucht die Programme in -SearchPath, dann unter „Program Files“; den vollständigen Pfad eines Programms geben Sie mit -ProgramPath @{ &apos;name.exe&apos; = &apos;C:\path\name.exe&apos; } an.</translation>
    </message>
    <message>
        <source>This script changes the Windows Firewall and must run as administrator: open PowerShell with &quot;Run as administrator&quot; and start it again, or try it first with -WhatIf.</source>
        <translation>Dieses Skript ändert die Windows-Firewall und muss als Administrator laufen: Öffnen Sie PowerShell mit „Als Administrator ausführen“ und starten Sie es erneut, oder probieren Sie es zuerst mit -WhatIf.</translation>
    </message>
    <message>
        <source>Every program is found before anything changes, so a missing one leaves the firewall as it was.</source>
        <translation>Alle Programme werden gesucht, bevor sich etwas ändert; fehlt eines, bleibt die Firewall, wie sie war.</translation>
    </message>
    <message>
        <source>-ProgramPath gives {1} for {0}, but there is no such file.</source>
        <translation>-ProgramPath nennt {1} für {0}, aber diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>{0} was not found in {1}. Install it first, or give its full path with -ProgramPath, or a folder to search with -SearchPath.</source>
        <translation>{0} wurde in {1} nicht gefunden. Installieren Sie es zuerst, oder geben Sie seinen vollständigen Pfad mit -ProgramPath oder einen zu durchsuchenden Ordner mit -SearchPath an.</translation>
    </message>
    <message>
        <source>Remove what an earlier run created: the group, and the stable rule names.</source>
        <translation>Entfernen, was ein früherer Lauf angelegt hat: die Gruppe und die festen Regelnamen.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Done. To undo: Remove-NetFirewallRule -Group &apos;{0}&apos;</source>
        <translation>Fertig. Zum Rückgängigmachen: Remove-NetFirewallRule -Group &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Programs that the vendor names by their full path are used there, with variables such as %ProgramFiles% expanded on this computer.</source>
        <translation>Programme, die der Hersteller mit vollständigem Pfad nennt, werden unter diesem Pfad verwendet; Variablen wie %ProgramFiles% werden auf diesem Computer aufgelöst.</translation>
    </message>
    <message>
        <source>{0} was not found: there is no file {1} on this computer. Install it first, or give its path with -ProgramPath.</source>
        <translation>{0} wurde nicht gefunden: Auf diesem Computer gibt es keine Datei {1}. Installieren Sie es zuerst, oder geben Sie seinen Pfad mit -ProgramPath an.</translation>
    </message>
    <message>
        <source>{0} is installed more than once: {1}. Give the one to use with -ProgramPath.</source>
        <translation>{0} ist mehrfach installiert: {1}. Geben Sie das zu verwendende mit -ProgramPath an.</translation>
    </message>
</context>
<context>
    <name>fw::ProbeAdvice</name>
    <message>
        <source>The test responder on %1 answered on %2: no firewall on the way blocks it. Stop the responder before the product&apos;s server software needs the port.</source>
        <translation>Der Testresponder auf %1 hat auf %2 geantwortet: Keine Firewall auf dem Weg blockiert. Beenden Sie den Responder, bevor die Serversoftware des Produkts den Port braucht.</translation>
    </message>
    <message>
        <source>%1 answered on %2: the path is open and a service answers there.</source>
        <translation>%1 hat auf %2 geantwortet: Der Weg ist offen, und dort antwortet ein Dienst.</translation>
    </message>
    <message>
        <source>%1 accepts connections on %2: the path is open and a service listens there. If the product still fails, check that this service is the product&apos;s server.</source>
        <translation>%1 nimmt Verbindungen auf %2 an: Der Weg ist offen, und dort wartet ein Dienst. Funktioniert das Produkt trotzdem nicht, prüfen Sie, ob dieser Dienst der Server des Produkts ist.</translation>
    </message>
    <message>
        <source>The firewall on %1 rejects %2: the server is up, but its firewall turns the connection away. Allow %2 inbound in the server&apos;s firewall (in the zone or profile of the network this machine comes from).</source>
        <translation>Die Firewall auf %1 weist %2 ab: Der Server läuft, aber seine Firewall lehnt die Verbindung ab. Erlauben Sie %2 eingehend in der Firewall des Servers (in der Zone oder dem Profil des Netzes, aus dem dieser Rechner kommt).</translation>
    </message>
    <message>
        <source>A firewall at %3 rejects %2 on its way to %1. Allow %2 through the firewall at %3, and inbound on the server.</source>
        <translation>Eine Firewall bei %3 weist %2 auf dem Weg zu %1 ab. Erlauben Sie %2 durch die Firewall bei %3 und eingehend auf dem Server.</translation>
    </message>
    <message>
        <source>%1 is reachable but refused %2: nothing listens on that port, or the server&apos;s firewall rejects it. Start the product&apos;s server software, or run &quot;firewall-wizard serve&quot; on the server to test the path, and allow %2 inbound in the server&apos;s firewall.</source>
        <translation>%1 ist erreichbar, hat %2 aber abgelehnt: Auf diesem Port wartet nichts, oder die Firewall des Servers weist ihn ab. Starten Sie die Serversoftware des Produkts oder führen Sie „firewall-wizard serve“ auf dem Server aus, um den Weg zu testen, und erlauben Sie %2 eingehend in der Firewall des Servers.</translation>
    </message>
    <message>
        <source>This machine&apos;s own firewall does not let %1 out to %2. Allow %1 outbound on this machine.</source>
        <translation>Die eigene Firewall dieses Rechners lässt %1 nicht zu %2 hinaus. Erlauben Sie %1 ausgehend auf diesem Rechner.</translation>
    </message>
    <message>
        <source>The test responder runs on %1 but no answer came on %2 within %3 ms: a firewall between this machine and the server drops it. Open %2 inbound on the server and on any network firewall in between.</source>
        <translation>Der Testresponder läuft auf %1, aber auf %2 kam innerhalb von %3 ms keine Antwort: Eine Firewall zwischen diesem Rechner und dem Server verwirft die Pakete. Öffnen Sie %2 eingehend auf dem Server und auf jeder Netzwerk-Firewall dazwischen.</translation>
    </message>
    <message>
        <source>No answer from %1 on %2 within %3 ms: a firewall between this machine and the server drops it. Open %2 inbound on the server and on any network firewall in between, and outbound on this machine if its firewall limits outgoing traffic.</source>
        <translation>Keine Antwort von %1 auf %2 innerhalb von %3 ms: Eine Firewall zwischen diesem Rechner und dem Server verwirft die Pakete. Öffnen Sie %2 eingehend auf dem Server und auf jeder Netzwerk-Firewall dazwischen sowie ausgehend auf diesem Rechner, falls seine Firewall ausgehenden Verkehr beschränkt.</translation>
    </message>
    <message>
        <source>No answer from %1 on %2. A UDP service that ignores unknown messages looks the same as a firewall that drops them, so the path could not be proved. Run &quot;firewall-wizard serve&quot; on the server and check again: its test responder answers on every free port. Where serve reports the port as taken, a service runs there and only the product itself can prove it.</source>
        <translation>Keine Antwort von %1 auf %2. Ein UDP-Dienst, der unbekannte Nachrichten ignoriert, sieht genauso aus wie eine Firewall, die sie verwirft; der Weg ließ sich daher nicht nachweisen. Führen Sie „firewall-wizard serve“ auf dem Server aus und prüfen Sie erneut: Sein Testresponder antwortet auf jedem freien Port. Meldet serve den Port als belegt, läuft dort ein Dienst, und nur das Produkt selbst kann den Weg nachweisen.</translation>
    </message>
    <message>
        <source>This machine could not send a probe to %1 on %2 (%3). Check its network settings, e.g. whether it has IPv6 when the address is an IPv6 one.</source>
        <translation>Dieser Rechner konnte keine Prüfung an %1 auf %2 senden (%3). Prüfen Sie seine Netzwerkeinstellungen, z. B. ob er IPv6 hat, wenn die Adresse eine IPv6-Adresse ist.</translation>
    </message>
    <message>
        <source>%1 cannot be reached at all (%2): there is no route to it, or the host is down. Check the address, the network connection or VPN and the routes; the port (%3) does not matter yet.</source>
        <translation>%1 ist überhaupt nicht erreichbar (%2): Es gibt keine Route dorthin, oder der Host ist ausgeschaltet. Prüfen Sie die Adresse, die Netzwerkverbindung oder das VPN und die Routen; der Port (%3) spielt noch keine Rolle.</translation>
    </message>
    <message>
        <source>The name %1 could not be resolved (%2). Check the spelling and this machine&apos;s DNS server, or give the server&apos;s IP address instead.</source>
        <translation>Der Name %1 konnte nicht aufgelöst werden (%2). Prüfen Sie die Schreibweise und den DNS-Server dieses Rechners, oder geben Sie stattdessen die IP-Adresse des Servers an.</translation>
    </message>
    <message>
        <source>%1 accepts connections on %2: this machine can reach the service, so the way out is open.</source>
        <translation>%1 nimmt Verbindungen auf %2 an: Dieser Rechner erreicht den Dienst, der Weg nach draußen ist also offen.</translation>
    </message>
    <message>
        <source>A firewall at %3 rejects %2 out to %1 (ICMP &quot;administratively prohibited&quot;). Allow %2 outbound to %1 on this machine and on the network firewall or proxy.</source>
        <translation>Eine Firewall bei %3 weist %2 nach %1 ab (ICMP „administratively prohibited“). Erlauben Sie %2 ausgehend nach %1 auf diesem Rechner und auf der Netzwerk-Firewall oder dem Proxy.</translation>
    </message>
    <message>
        <source>%1 is reachable but refused %2: the service is not running there, or a firewall rejects it. Check the name and port with the service&apos;s operator, and allow %2 outbound to %1 on this machine and the network firewall.</source>
        <translation>%1 ist erreichbar, hat %2 aber abgelehnt: Der Dienst läuft dort nicht, oder eine Firewall weist ihn ab. Klären Sie Name und Port mit dem Betreiber des Dienstes und erlauben Sie %2 ausgehend nach %1 auf diesem Rechner und auf der Netzwerk-Firewall.</translation>
    </message>
    <message>
        <source>No answer from %1 on %2 within %3 ms: a firewall drops this machine&apos;s outgoing %2. Allow %2 outbound to %1 on this machine and on the network firewall or proxy.</source>
        <translation>Keine Antwort von %1 auf %2 innerhalb von %3 ms: Eine Firewall verwirft das ausgehende %2 dieses Rechners. Erlauben Sie %2 ausgehend nach %1 auf diesem Rechner und auf der Netzwerk-Firewall oder dem Proxy.</translation>
    </message>
    <message>
        <source>No answer from %1 on %2. A UDP service that ignores unknown messages looks the same as a firewall that drops them, so the way out could not be proved.</source>
        <translation>Keine Antwort von %1 auf %2. Ein UDP-Dienst, der unbekannte Nachrichten ignoriert, sieht genauso aus wie eine Firewall, die sie verwirft; der Weg nach draußen ließ sich daher nicht nachweisen.</translation>
    </message>
    <message>
        <source>%1 cannot be reached at all (%2): this machine has no way to it. Check the internet connection, the default gateway and any proxy settings; the port (%3) does not matter yet.</source>
        <translation>%1 ist überhaupt nicht erreichbar (%2): Dieser Rechner hat keinen Weg dorthin. Prüfen Sie die Internetverbindung, das Standard-Gateway und etwaige Proxy-Einstellungen; der Port (%3) spielt noch keine Rolle.</translation>
    </message>
    <message>
        <source>The name %1 could not be resolved (%2). Check the spelling and this machine&apos;s DNS server.</source>
        <translation>Der Name %1 konnte nicht aufgelöst werden (%2). Prüfen Sie die Schreibweise und den DNS-Server dieses Rechners.</translation>
    </message>
    <message>
        <source>%1 accepts connections on %2, so the path is open, but the service there closed the connection at once without a word. A service does that when it turns this machine away (a list of allowed clients, a connection limit) or speaks another protocol: check the service&apos;s settings and log on the server.</source>
        <translation>%1 nimmt Verbindungen auf %2 an, der Weg ist also offen, aber der Dienst dort hat die Verbindung sofort wortlos geschlossen. Das tut ein Dienst, wenn er diesen Rechner abweist (eine Liste erlaubter Clients, ein Verbindungslimit) oder ein anderes Protokoll spricht: Prüfen Sie die Einstellungen und das Protokoll des Dienstes auf dem Server.</translation>
    </message>
    <message>
        <source>%1 accepts connections on %2, so the way out is open, but the service closed the connection at once without a word. It may turn this machine away; ask the service&apos;s operator.</source>
        <translation>%1 nimmt Verbindungen auf %2 an, der Weg nach draußen ist also offen, aber der Dienst hat die Verbindung sofort wortlos geschlossen. Vielleicht weist er diesen Rechner ab; fragen Sie den Betreiber des Dienstes.</translation>
    </message>
    <message>
        <source>A firewall at %3 rejects %2 on its way to %1.</source>
        <translation>Eine Firewall bei %3 weist %2 auf dem Weg zu %1 ab.</translation>
    </message>
    <message>
        <source>%1 is reachable but refused %2.</source>
        <translation>%1 ist erreichbar, hat %2 aber abgelehnt.</translation>
    </message>
    <message>
        <source>No answer from %1 on %2 within %3 ms: something on the way drops it.</source>
        <translation>Keine Antwort von %1 auf %2 innerhalb von %3 ms: Etwas auf dem Weg verwirft die Pakete.</translation>
    </message>
    <message>
        <source>No answer from %1 on %2; for UDP that cannot tell an open port from a filtered one.</source>
        <translation>Keine Antwort von %1 auf %2; bei UDP lässt sich daran ein offener Port nicht von einem gefilterten unterscheiden.</translation>
    </message>
</context>
<context>
    <name>fw::ProbeResultsModel</name>
    <message>
        <source>not tested (cancelled)</source>
        <translation>nicht getestet (abgebrochen)</translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>wird getestet…</translation>
    </message>
    <message>
        <source>%1, test responder</source>
        <extracomment>%1 is the status &quot;open&quot;; the test responder of this program answered</extracomment>
        <translation>%1, Testresponder</translation>
    </message>
    <message>
        <source>inbound on the server</source>
        <extracomment>what a probe tests: a port the server must accept connections on</extracomment>
        <translation>eingehend auf dem Server</translation>
    </message>
    <message>
        <source>outbound from this machine</source>
        <extracomment>what a probe tests: a service outside that this machine connects to</extracomment>
        <translation>ausgehend von diesem Rechner</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>milliseconds a probe took</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 was not tested: the test was cancelled before it had an answer. Start the test again to see its result.</source>
        <translation>%1 wurde nicht getestet: Der Test wurde abgebrochen, bevor eine Antwort kam. Starten Sie den Test erneut, um das Ergebnis zu sehen.</translation>
    </message>
    <message>
        <source>%1 is being tested; its result shows here as soon as it is known.</source>
        <translation>%1 wird gerade getestet; das Ergebnis erscheint hier, sobald es feststeht.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Direction</source>
        <extracomment>column: which way the tested connection goes</extracomment>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>column: how long a probe took</extracomment>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>fw::ProbeStatus</name>
    <message>
        <source>open</source>
        <comment>probe status</comment>
        <extracomment>A port that answered a connectivity test</extracomment>
        <translation>offen</translation>
    </message>
    <message>
        <source>refused</source>
        <comment>probe status</comment>
        <extracomment>The host answered, but turned the connection away</extracomment>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>filtered</source>
        <comment>probe status</comment>
        <extracomment>No answer: a firewall drops the packets</extracomment>
        <translation>gefiltert</translation>
    </message>
    <message>
        <source>open or filtered</source>
        <comment>probe status</comment>
        <extracomment>UDP: no answer, which cannot tell an open port from a filtered one</extracomment>
        <translation>offen oder gefiltert</translation>
    </message>
    <message>
        <source>unreachable</source>
        <comment>probe status</comment>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>name not found</source>
        <comment>probe status</comment>
        <extracomment>The host name could not be resolved</extracomment>
        <translation>Name nicht gefunden</translation>
    </message>
</context>
<context>
    <name>fw::ProductPage</name>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Which program must get through the firewall? Choose it from the list, and its version where it has versions, because the rules depend on both.</source>
        <translation>Welches Programm muss durch die Firewall? Wählen Sie es aus der Liste und, falls es Versionen hat, seine Version, denn die Regeln hängen von beidem ab.</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Part of a name, vendor or description</source>
        <translation>Teil eines Namens, Herstellers oder einer Beschreibung</translation>
    </message>
    <message>
        <source>Filter the products</source>
        <translation>Produkte filtern</translation>
    </message>
    <message>
        <source>&amp;Products:</source>
        <translation>&amp;Produkte:</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Installed &amp;version:</source>
        <translation>Installierte &amp;Version:</translation>
    </message>
    <message>
        <source>Installed version</source>
        <translation>Installierte Version</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <extracomment>a product in the list: its name, its vendor, and a line saying what it is</extracomment>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>Catalog files that could not be read: %1. Their products are missing from the list.</source>
        <translation>Katalogdateien, die nicht gelesen werden konnten: %1. Ihre Produkte fehlen in der Liste.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Catalog problems</source>
        <translation>Probleme im Katalog</translation>
    </message>
    <message>
        <source>No product matches &quot;%1&quot;. Clear the filter to see them all.</source>
        <translation>Kein Produkt passt zu „%1“. Leeren Sie den Filter, um alle zu sehen.</translation>
    </message>
    <message>
        <source>Choose a product from the list.</source>
        <translation>Wählen Sie ein Produkt aus der Liste.</translation>
    </message>
</context>
<context>
    <name>fw::ProgramPath</name>
    <message>
        <source>a program is required</source>
        <translation>ein Programm ist erforderlich</translation>
    </message>
    <message>
        <source>the character %1 is not allowed in a program&apos;s path</source>
        <translation>das Zeichen %1 ist im Pfad eines Programms nicht erlaubt</translation>
    </message>
    <message>
        <source>the character %1 is not allowed in a program name that is searched for (only letters, digits, spaces and . _ - + ( )); give the program&apos;s full path instead</source>
        <translation>das Zeichen %1 ist in einem Programmnamen, nach dem gesucht wird, nicht erlaubt (nur Buchstaben, Ziffern, Leerzeichen und . _ - + ( )); geben Sie stattdessen den vollständigen Pfad des Programms an</translation>
    </message>
    <message>
        <source>a relative path; give the file name alone to have it searched for, or the full path (C:\… or %ProgramFiles%\…)</source>
        <translation>ein relativer Pfad; geben Sie nur den Dateinamen an, damit danach gesucht wird, oder den vollständigen Pfad (C:\… oder %ProgramFiles%\…)</translation>
    </message>
    <message>
        <source>%1 without a backslash is relative to that drive&apos;s current folder; write %1\…</source>
        <translation>%1 ohne Backslash ist relativ zum aktuellen Ordner dieses Laufwerks; schreiben Sie %1\…</translation>
    </message>
    <message>
        <source>a path without a drive; start it with the drive (C:\…) or a variable (%ProgramFiles%\…)</source>
        <translation>ein Pfad ohne Laufwerk; beginnen Sie ihn mit dem Laufwerk (C:\…) oder einer Variablen (%ProgramFiles%\…)</translation>
    </message>
    <message>
        <source>a network path (\\server\share\…); a firewall rule names the program where it is installed on the computer, so give its local path</source>
        <translation>ein Netzwerkpfad (\\server\share\…); eine Firewall-Regel nennt das Programm dort, wo es auf dem Computer installiert ist; geben Sie daher seinen lokalen Pfad an</translation>
    </message>
    <message>
        <source>&apos;/&apos; in a program&apos;s path; Windows paths separate folders with &apos;\&apos;</source>
        <translation>„/“ im Pfad eines Programms; Windows-Pfade trennen Ordner mit „\“</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; of the path is empty, &apos;.&apos; or &apos;..&apos;, or ends with a space or a dot; name each folder as it is</source>
        <translation>der Pfadteil „%1“ ist leer, „.“ oder „..“ oder endet mit einem Leerzeichen oder Punkt; nennen Sie jeden Ordner so, wie er heißt</translation>
    </message>
    <message>
        <source>the path ends with &apos;\&apos; and names a folder; name the program&apos;s file</source>
        <translation>der Pfad endet mit „\“ und nennt einen Ordner; nennen Sie die Datei des Programms</translation>
    </message>
    <message>
        <source>%1 is not a variable a program&apos;s path may start with (%2)</source>
        <translation>%1 ist keine Variable, mit der der Pfad eines Programms beginnen darf (%2)</translation>
    </message>
    <message>
        <source>write &apos;\&apos; after %1</source>
        <translation>schreiben Sie „\“ nach %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; inside the path would be read as an environment variable; only the start may be one (%ProgramFiles%\…)</source>
        <translation>„%1“ innerhalb des Pfads würde als Umgebungsvariable gelesen; nur der Anfang darf eine sein (%ProgramFiles%\…)</translation>
    </message>
    <message>
        <source>%1 characters; a program&apos;s path may have at most 259 (Windows&apos; MAX_PATH)</source>
        <translation>%1 Zeichen; der Pfad eines Programms darf höchstens 259 haben (MAX_PATH von Windows)</translation>
    </message>
</context>
<context>
    <name>fw::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>What the firewall must allow for %1. Each rule says why it is needed and where the fact comes from.</source>
        <translation>Was die Firewall für %1 zulassen muss. Jede Regel nennt ihren Grund und die Quelle.</translation>
    </message>
    <message>
        <source>What the firewall must allow, with the reason for each rule and where the fact comes from.</source>
        <translation>Was die Firewall zulassen muss, mit dem Grund und der Quelle jeder Regel.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Executables to allow</source>
        <translation>Freizugebende Programme</translation>
    </message>
    <message>
        <source>Notes and advice</source>
        <translation>Hinweise und Empfehlungen</translation>
    </message>
    <message>
        <source>&amp;Copy all as text</source>
        <translation>Alles als Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Copies the rules, the executables, the notes and the sources as plain text.</source>
        <translation>Kopiert die Regeln, die Programme, die Hinweise und die Quellen als reinen Text.</translation>
    </message>
    <message>
        <source>Copy the selected rules</source>
        <translation>Ausgewählte Regeln kopieren</translation>
    </message>
    <message>
        <source>Copy all as text</source>
        <translation>Alles als Text kopieren</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Remote side</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>The plan cannot be worked out: %1. Go back and complete your choices.</source>
        <translation>Der Plan lässt sich nicht ermitteln: %1. Gehen Sie zurück und vervollständigen Sie Ihre Auswahl.</translation>
    </message>
    <message>
        <source>(only with: %1)</source>
        <extracomment>appended to a rule&apos;s reason; %1 is an optional feature (&quot;E-mail interface&quot;)</extracomment>
        <translation>(nur mit: %1)</translation>
    </message>
    <message>
        <source>derived</source>
        <comment>basis</comment>
        <extracomment>basis of a rule: stated in the vendor&apos;s article, or derived by the catalog from other documents</extracomment>
        <translation>abgeleitet</translation>
    </message>
    <message>
        <source>vendor</source>
        <comment>basis</comment>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>&amp;Rules (%1)</source>
        <translation>Re&amp;geln (%1)</translation>
    </message>
    <message>
        <source>&amp;Executables (%1)</source>
        <translation>&amp;Programme (%1)</translation>
    </message>
    <message>
        <source>N&amp;otes (%1)</source>
        <translation>H&amp;inweise (%1)</translation>
    </message>
    <message>
        <source>Rules, executables and notes</source>
        <translation>Regeln, Programme und Hinweise</translation>
    </message>
    <message>
        <source>In italics: derived rules, not the vendor&apos;s own statement (the notes explain). Click a source to open it; Ctrl+C copies the selected rules.</source>
        <translation>Kursiv: abgeleitete Regeln, nicht vom Hersteller selbst angegeben (die Hinweise erklären es). Klicken Sie auf eine Quelle, um sie zu öffnen; Strg+C kopiert die markierten Regeln.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why (%1):&lt;/b&gt; %2</source>
        <extracomment>below the rules table in a narrow window: the current rule&apos;s reason and its basis (&quot;vendor&quot; or &quot;derived&quot;)</extracomment>
        <translation>&lt;b&gt;Grund (%1):&lt;/b&gt; %2</translation>
    </message>
</context>
<context>
    <name>fw::RolePage</name>
    <message>
        <source>Role of this computer</source>
        <translation>Rolle dieses Rechners</translation>
    </message>
    <message>
        <source>Is this computer the server of %1 or one of its clients? They need different rules.</source>
        <translation>Ist dieser Rechner der Server von %1 oder einer seiner Clients? Beide brauchen unterschiedliche Regeln.</translation>
    </message>
    <message>
        <source>Choose what this computer does. Run the wizard once on the server and once for the clients; all clients of the same kind need the same rules.</source>
        <translation>Wählen Sie, welche Aufgabe dieser Rechner hat. Führen Sie den Assistenten einmal auf dem Server und einmal für die Clients aus; alle gleichartigen Clients brauchen dieselben Regeln.</translation>
    </message>
    <message>
        <source>If you are not sure: most computers are clients. There is usually one server, which the others connect to.</source>
        <translation>Wenn Sie unsicher sind: Die meisten Rechner sind Clients. Meist gibt es einen Server, mit dem sich die anderen verbinden.</translation>
    </message>
</context>
<context>
    <name>fw::SaveFile</name>
    <message>
        <source>no file name given</source>
        <translation>kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist</source>
        <translation>%1 ist ein symbolischer Link auf %2, das nicht existiert</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 ist ein Ordner</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket); it is never replaced, choose a file</source>
        <translation>%1 ist keine normale Datei (ein Gerät, eine Pipe oder ein Socket); so etwas wird nie ersetzt, wählen Sie eine Datei</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 ist eine Datei, kein Ordner</translation>
    </message>
</context>
<context>
    <name>fw::SelectionProblem</name>
    <message>
        <source>no product chosen (--product ID; &apos;products&apos; lists them)</source>
        <translation>kein Produkt gewählt (--product ID; „products“ listet sie auf)</translation>
    </message>
    <message>
        <source>unknown product &apos;%1&apos; (known: %2)</source>
        <translation>unbekanntes Produkt „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>no role chosen (--role %1)</source>
        <translation>keine Rolle gewählt (--role %1)</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (known: %2)</source>
        <translation>unbekannte Rolle „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>this product needs its version (--version %1)</source>
        <translation>dieses Produkt braucht seine Version (--version %1)</translation>
    </message>
    <message>
        <source>unknown version &apos;%1&apos; (known: %2)</source>
        <translation>unbekannte Version „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>%1 has no versions to choose; leave out --version</source>
        <translation>%1 hat keine Versionen zur Auswahl; lassen Sie --version weg</translation>
    </message>
    <message>
        <source>this product needs its deployment (--deployment %1)</source>
        <translation>dieses Produkt braucht seine Bereitstellung (--deployment %1)</translation>
    </message>
    <message>
        <source>unknown deployment &apos;%1&apos; (known: %2)</source>
        <translation>unbekannte Bereitstellung „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>%1 has no deployments to choose; leave out --deployment</source>
        <translation>%1 hat keine Bereitstellungen zur Auswahl; lassen Sie --deployment weg</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (known: %2)</source>
        <translation>unbekannte Option „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; does not apply to this role or deployment</source>
        <translation>Option „%1“ gilt nicht für diese Rolle oder Bereitstellung</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos; (known: %2)</source>
        <translation>unbekannter Wert „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; does not apply to this role, deployment or option</source>
        <translation>Wert „%1“ gilt nicht für diese Rolle, Bereitstellung oder Option</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is required (--set %1=...)</source>
        <translation>Wert „%1“ ist erforderlich (--set %1=...)</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation>unbekanntes Problem</translation>
    </message>
</context>
<context>
    <name>fw::UfwBackend</name>
    <message>
        <source>ufw is not installed</source>
        <translation>ufw ist nicht installiert</translation>
    </message>
    <message>
        <source>cannot read ufw&apos;s status (it needs root)</source>
        <translation>der Status von ufw kann nicht gelesen werden (er braucht root)</translation>
    </message>
    <message>
        <source>ufw is inactive: the rules are kept and take effect when ufw is enabled (ufw enable).</source>
        <translation>ufw ist inaktiv: Die Regeln bleiben erhalten und wirken, sobald ufw aktiviert wird (ufw enable).</translation>
    </message>
    <message>
        <source>The plan has no rule with ports: there is nothing to allow in ufw.</source>
        <translation>Der Plan hat keine Regel mit Ports: In ufw ist nichts zuzulassen.</translation>
    </message>
    <message>
        <source>Remove a rule of an earlier apply that this plan no longer has</source>
        <translation>Eine Regel eines früheren Anwendens entfernen, die dieser Plan nicht mehr hat</translation>
    </message>
    <message>
        <source>Write the application profiles to %1</source>
        <translation>Die Anwendungsprofile nach %1 schreiben</translation>
    </message>
    <message>
        <source>Let ufw read the profile %1 again</source>
        <translation>ufw das Profil %1 neu lesen lassen</translation>
    </message>
    <message>
        <source>Allow %1</source>
        <translation>%1 zulassen</translation>
    </message>
    <message>
        <source>Remove the rule for %1</source>
        <translation>Die Regel für %1 entfernen</translation>
    </message>
    <message>
        <source>Delete the profile file %1</source>
        <translation>Die Profildatei %1 löschen</translation>
    </message>
    <message>
        <source>ufw holds nothing of this program&apos;s any more.</source>
        <translation>ufw enthält nichts mehr von diesem Programm.</translation>
    </message>
    <message>
        <source>Put ufw&apos;s rule files of the backup %1 back</source>
        <translation>Die Regeldateien von ufw aus der Sicherung %1 zurückspielen</translation>
    </message>
    <message>
        <source>Reload ufw</source>
        <translation>ufw neu laden</translation>
    </message>
    <message>
        <source>Read the rules back with ufw status</source>
        <translation>Die Regeln mit ufw status zurücklesen</translation>
    </message>
    <message>
        <source>Read the rules back with ufw show added</source>
        <translation>Die Regeln mit ufw show added zurücklesen</translation>
    </message>
    <message>
        <source>%1 does not show the rule for %2</source>
        <translation>%1 zeigt die Regel für %2 nicht</translation>
    </message>
    <message>
        <source>%1 still shows a rule for %2</source>
        <translation>%1 zeigt noch eine Regel für %2</translation>
    </message>
    <message>
        <source>the backup %1 names %2, which is none of ufw&apos;s files that this program backs up; it is not used</source>
        <translation>die Sicherung %1 nennt %2, das keine der ufw-Dateien ist, die dieses Programm sichert; sie wird nicht verwendet</translation>
    </message>
    <message>
        <source>the profile file %1 is not this program&apos;s</source>
        <translation>die Profildatei %1 gehört nicht zu diesem Programm</translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot; is not this program&apos;s</source>
        <translation>das Profil „%1“ gehört nicht zu diesem Programm</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; is not one this program writes</source>
        <translation>die Regel „%1“ ist keine, die dieses Programm schreibt</translation>
    </message>
</context>
<context>
    <name>fw::UfwExporter</name>
    <message>
        <source>ufw: an application profile and the ufw allow commands with direction and remote side</source>
        <translation>ufw: ein Anwendungsprofil und die ufw-allow-Befehle mit Richtung und Gegenstelle</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>run this file again with --undo</source>
        <translation>führen Sie diese Datei erneut mit --undo aus</translation>
    </message>
    <message>
        <source>Run it as root: sh FILE. It writes the application profiles to %1 and adds the rules; ufw skips rules it has already, so running it again adds no duplicates. If ufw is inactive, the rules take effect when it is enabled.</source>
        <translation>Als root ausführen: sh FILE. Es schreibt die Anwendungsprofile nach %1 und fügt die Regeln hinzu; ufw überspringt vorhandene Regeln, daher entstehen bei erneutem Ausführen keine Duplikate. Ist ufw inaktiv, wirken die Regeln, sobald es aktiviert wird.</translation>
    </message>
    <message>
        <source>Nothing to open in ufw for %1; see the comments at the top of this file.</source>
        <translation>In ufw ist für %1 nichts zu öffnen; siehe die Kommentare am Anfang dieser Datei.</translation>
    </message>
    <message>
        <source>Note: the vendor names the program %1, which a Linux firewall cannot match; only the ports are.</source>
        <translation>Hinweis: Der Hersteller nennt das Programm %1, das eine Linux-Firewall nicht prüfen kann; hier stehen nur die Ports.</translation>
    </message>
</context>
<context>
    <name>fw::ValueCheck</name>
    <message>
        <source>a value is required</source>
        <translation>ein Wert ist erforderlich</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number (use digits only, 1-65535)</source>
        <translation>„%1“ ist keine Portnummer (nur Ziffern, 1-65535)</translation>
    </message>
    <message>
        <source>%1 is not a port (1-65535)</source>
        <translation>%1 ist kein Port (1-65535)</translation>
    </message>
    <message>
        <source>the character %1 is not allowed here</source>
        <translation>das Zeichen %1 ist hier nicht erlaubt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name: the part &apos;%2&apos; is empty, too long or starts or ends with &apos;-&apos;</source>
        <translation>„%1“ ist kein gültiger Hostname: Der Teil „%2“ ist leer, zu lang oder beginnt oder endet mit „-“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name or IP address</source>
        <translation>„%1“ ist kein gültiger Hostname und keine gültige IP-Adresse</translation>
    </message>
    <message>
        <source>the value is too long</source>
        <translation>der Wert ist zu lang</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IP address or host name: an IPv4 address is four numbers 0-255 without leading zeros (e.g. 192.0.2.10), and a host name does not end in a number</source>
        <translation>„%1“ ist keine gültige IP-Adresse und kein gültiger Hostname: Eine IPv4-Adresse besteht aus vier Zahlen 0-255 ohne führende Nullen (z. B. 192.0.2.10), und ein Hostname endet nicht auf eine Zahl</translation>
    </message>
</context>
<context>
    <name>fw::WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>This wizard works out what your firewalls must allow so that a program works through them.</source>
        <translation>Dieser Assistent ermittelt, was Ihre Firewalls zulassen müssen, damit ein Programm durch sie hindurch funktioniert.</translation>
    </message>
    <message>
        <source>First you choose the program and whether this computer is its server or one of its clients. The wizard then lists exactly which ports and programs the firewall must allow, each with the reason and the vendor&apos;s article it comes from. Nothing on this computer is changed by looking at that list.</source>
        <translation>Zuerst wählen Sie das Programm und ob dieser Rechner sein Server oder einer seiner Clients ist. Der Assistent listet dann genau auf, welche Ports und Programme die Firewall zulassen muss, jeweils mit dem Grund und dem Artikel des Herstellers, aus dem er stammt. Durch das Ansehen dieser Liste wird auf diesem Rechner nichts verändert.</translation>
    </message>
    <message>
        <source>&amp;Display language:</source>
        <extracomment>label of the list of languages on the first page</extracomment>
        <translation>&amp;Anzeigesprache:</translation>
    </message>
    <message>
        <source>Display language</source>
        <translation>Anzeigesprache</translation>
    </message>
    <message>
        <source>&amp;Start afresh</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <source>Forget the choices from last time and start with an empty selection.</source>
        <translation>Die Auswahl vom letzten Mal vergessen und mit einer leeren Auswahl beginnen.</translation>
    </message>
    <message>
        <source>Your choices from last time are filled in: %1. You can change each of them on the next pages.</source>
        <translation>Ihre Auswahl vom letzten Mal ist eingetragen: %1. Sie können alles auf den nächsten Seiten ändern.</translation>
    </message>
    <message>
        <source>Your choices so far: %1.</source>
        <translation>Ihre bisherige Auswahl: %1.</translation>
    </message>
</context>
<context>
    <name>fw::WindowsBackend</name>
    <message>
        <source>Save the whole firewall policy to %1</source>
        <translation>Die gesamte Firewall-Richtlinie nach %1 sichern</translation>
    </message>
    <message>
        <source>Write the PowerShell script %1</source>
        <translation>Das PowerShell-Skript %1 schreiben</translation>
    </message>
    <message>
        <source>write the PowerShell export to %1</source>
        <translation>den PowerShell-Export nach %1 schreiben</translation>
    </message>
    <message>
        <source>Run the script: it replaces the rules of the group &quot;%1&quot;</source>
        <translation>Das Skript ausführen: Es ersetzt die Regeln der Gruppe „%1“</translation>
    </message>
    <message>
        <source>Count the rules of the group &quot;%1&quot;</source>
        <translation>Die Regeln der Gruppe „%1“ zählen</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; holds %2 rules, expected %3</source>
        <translation>die Gruppe „%1“ enthält %2 Regeln, erwartet %3</translation>
    </message>
    <message>
        <source>Remove every rule of the group &quot;%1&quot;</source>
        <translation>Alle Regeln der Gruppe „%1“ entfernen</translation>
    </message>
    <message>
        <source>Load the saved firewall policy %1</source>
        <translation>Die gesicherte Firewall-Richtlinie %1 laden</translation>
    </message>
    <message>
        <source>the backup %1 was not written</source>
        <translation>die Sicherung %1 wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>the rule group &quot;%1&quot; is not this program&apos;s</source>
        <translation>die Regelgruppe „%1“ gehört nicht zu diesem Programm</translation>
    </message>
    <message>
        <source>the script %1 is not this program&apos;s</source>
        <translation>das Skript %1 gehört nicht zu diesem Programm</translation>
    </message>
</context>
<context>
    <name>fw::WizardButtons</name>
    <message>
        <source>&amp;Language: %1</source>
        <extracomment>button in the wizard&apos;s button row that opens the list of languages; %1 is the current one (&quot;English&quot;)</extracomment>
        <translation>Sp&amp;rache: %1</translation>
    </message>
    <message>
        <source>Pl&amp;an</source>
        <extracomment>button in the wizard&apos;s button row whose menu opens and saves plan files (.fwplan); the mnemonic must not be the one of Products, Back, Next, Finish, Help or Language</extracomment>
        <translation>Plan&amp;datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>button in the wizard&apos;s button row whose menu holds Diagnostics and About; the mnemonic must not be the one of Back, Next, Finish, Plan, Language or a page&apos;s own</extracomment>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>fw::cli</name>
    <message>
        <source>Read more catalog files from DIR (repeatable).</source>
        <translation>Weitere Katalogdateien aus DIR lesen (wiederholbar).</translation>
    </message>
    <message>
        <source>Language of every text: en, de or es.</source>
        <translation>Sprache aller Texte: en, de oder es.</translation>
    </message>
    <message>
        <source>What is logged to stderr: trace, debug, info, warn, error or off (default warn).</source>
        <translation>Was nach stderr protokolliert wird: trace, debug, info, warn, error oder off (Standard: warn).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>
&apos;firewall-wizard COMMAND --help&apos; explains a command&apos;s options.
</source>
        <translation>
„firewall-wizard COMMAND --help“ erklärt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>error: unknown command &apos;%1&apos;</source>
        <translation>Fehler: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Versuchen Sie „%1 --help“.</translation>
    </message>
    <message>
        <source>error: unexpected argument &apos;%1&apos;</source>
        <translation>Fehler: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>error: --lang %1: choose en, de or es</source>
        <translation>Fehler: --lang %1: wählen Sie en, de oder es</translation>
    </message>
    <message>
        <source>error: --log-level %1: choose trace, debug, info, warn, error or off</source>
        <translation>Fehler: --log-level %1: wählen Sie trace, debug, info, warn, error oder off</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Aufruf: %1 %2</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>The product&apos;s id (see &apos;products&apos;).</source>
        <translation>Die ID des Produkts (siehe „products“).</translation>
    </message>
    <message>
        <source>This machine&apos;s role: server or client.</source>
        <translation>Die Rolle dieses Rechners: server oder client.</translation>
    </message>
    <message>
        <source>The deployment, where the product has several.</source>
        <translation>Die Bereitstellung, wo das Produkt mehrere hat.</translation>
    </message>
    <message>
        <source>The product&apos;s major version, where it matters.</source>
        <translation>Die Hauptversion des Produkts, wo sie eine Rolle spielt.</translation>
    </message>
    <message>
        <source>Turn on an option (repeatable).</source>
        <translation>Eine Option einschalten (wiederholbar).</translation>
    </message>
    <message>
        <source>Give a value (repeatable), e.g. --set server=lic01.example.com.</source>
        <translation>Einen Wert angeben (wiederholbar), z. B. --set server=lic01.example.com.</translation>
    </message>
    <message>
        <source>--set %1: write NAME=VALUE, e.g. --set server=lic01.example.com</source>
        <translation>--set %1: schreiben Sie NAME=VALUE, z. B. --set server=lic01.example.com</translation>
    </message>
    <message>
        <source>--set %1 is given twice</source>
        <translation>--set %1 ist zweimal angegeben</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Read the selection from a plan file (.fwplan) instead; --with and --set add to it.</source>
        <translation>Die Auswahl stattdessen aus einer Plandatei (.fwplan) lesen; --with und --set ergänzen sie.</translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --plan-file, which names the product, role, deployment and version</source>
        <translation>--%1 lässt sich nicht mit --plan-file kombinieren, das Produkt, Rolle, Bereitstellung und Version festlegt</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Usage: firewall-wizard [--lang en|de|es] [FILE.fwplan]   opens the wizard (with a plan file)
       firewall-wizard COMMAND [OPTIONS]                 works without a window

Commands:
</source>
        <translation>Aufruf: firewall-wizard [--lang en|de|es] [FILE.fwplan]  öffnet den Assistenten (mit einer Plandatei)
        firewall-wizard COMMAND [OPTIONS]                arbeitet ohne Fenster

Befehle:
</translation>
    </message>
    <message>
        <source>A plan file goes with --plan-file: %1 --plan-file %2</source>
        <translation>Eine Plandatei gehört zu --plan-file: %1 --plan-file %2</translation>
    </message>
    <message>
        <source>error: the wizard needs a display, and none was found (DISPLAY and WAYLAND_DISPLAY are not set); the commands work without one</source>
        <translation>Fehler: Der Assistent braucht eine Anzeige, aber es wurde keine gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt); die Befehle funktionieren auch ohne</translation>
    </message>
    <message>
        <source>To use the plan file without a window: %1 plan --plan-file %2</source>
        <translation>Die Plandatei ohne Fenster verwenden: %1 plan --plan-file %2</translation>
    </message>
    <message>
        <source>%1 given twice (%2)</source>
        <translation>%1 zweimal angegeben (%2)</translation>
    </message>
    <message>
        <source>%1 given %2 times (%3)</source>
        <translation>%1 %2-mal angegeben (%3)</translation>
    </message>
</context>
<context>
    <name>fw::cli::ApplyCli</name>
    <message>
        <source>The firewall to use: %1 (default: the one detected).</source>
        <translation>Die zu verwendende Firewall: %1 (Standard: die erkannte).</translation>
    </message>
    <message>
        <source>Show the detected firewall and the exact changes; change nothing.</source>
        <translation>Die erkannte Firewall und die genauen Änderungen zeigen; nichts ändern.</translation>
    </message>
    <message>
        <source>Change the firewall without asking (after reviewing --dry-run).</source>
        <translation>Die Firewall ohne Rückfrage ändern (nach Prüfung mit --dry-run).</translation>
    </message>
    <message>
        <source>--backend %1: one of %2</source>
        <translation>--backend %1: eines von %2</translation>
    </message>
    <message>
        <source>the %1 back end changes only a firewall on its own system; here, review it with --dry-run or export it</source>
        <translation>das Backend %1 ändert nur eine Firewall auf seinem eigenen System; prüfen Sie es hier mit --dry-run oder exportieren Sie es</translation>
    </message>
    <message>
        <source>needs root: run it with sudo or pkexec (or review it first with --dry-run, which needs no rights)</source>
        <translation>braucht root: Führen Sie es mit sudo oder pkexec aus (oder prüfen Sie es zuerst mit --dry-run, das keine Rechte braucht)</translation>
    </message>
    <message>
        <source>nothing is changed without your explicit yes: review the changes with --dry-run, then run it again with --yes</source>
        <translation>ohne Ihr ausdrückliches Ja wird nichts geändert: Prüfen Sie die Änderungen mit --dry-run und führen Sie es dann erneut mit --yes aus</translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>For programs such as the wizard: read the answers (yes or no, one a line) from standard input also when it is no terminal; end of input is a no. Standard error gets the protocol lines that begin with &quot;@fw1 &quot; (README: &quot;Applying on this machine&quot;): &quot;@fw1 detected BACKEND full|partial&quot;, &quot;@fw1 confirm-apply BACKEND RULES&quot; (or &quot;@fw1 confirm-revert&quot;) when an answer is awaited, &quot;@fw1 error MESSAGE&quot; and &quot;@fw1 result WORD&quot; at the end.</source>
        <translation>Für Programme wie den Assistenten: die Antworten (yes oder no, eine pro Zeile) auch dann von der Standardeingabe lesen, wenn sie kein Terminal ist; das Ende der Eingabe gilt als no. Die Standardfehlerausgabe erhält die Protokollzeilen, die mit „@fw1 “ beginnen (README: „Applying on this machine“): „@fw1 detected BACKEND full|partial“, „@fw1 confirm-apply BACKEND RULES“ (oder „@fw1 confirm-revert“), wenn eine Antwort erwartet wird, sowie am Ende „@fw1 error MESSAGE“ und „@fw1 result WORD“.</translation>
    </message>
</context>
<context>
    <name>fw::cli::ApplyCommand</name>
    <message>
        <source>Applies the rules to this machine&apos;s firewall, with preview, confirmation, backup and undo.</source>
        <translation>Wendet die Regeln auf die Firewall dieses Rechners an, mit Vorschau, Bestätigung, Sicherung und Rückgängigmachen.</translation>
    </message>
    <message>
        <source>firewalld: the zone for the rules (default: the zone of the interface facing the clients).</source>
        <translation>firewalld: die Zone für die Regeln (Standard: die Zone der Schnittstelle zu den Clients).</translation>
    </message>
    <message>
        <source>firewalld: the interface that faces the clients (default: the default route&apos;s).</source>
        <translation>firewalld: die Schnittstelle zu den Clients (Standard: die der Standardroute).</translation>
    </message>
    <message>
        <source>The LAN&apos;s address ranges, comma-separated, for rules whose remote side is the LAN.</source>
        <translation>Die Adressbereiche des LANs, durch Kommas getrennt, für Regeln mit dem LAN als Gegenstelle.</translation>
    </message>
    <message>
        <source>--confirm-within %1: a number of seconds from 0 to 3600</source>
        <translation>--confirm-within %1: eine Anzahl Sekunden von 0 bis 3600</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Apply these changes?</source>
        <translation>Diese Änderungen anwenden?</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>apply failed at the step &quot;%1&quot;: %2</source>
        <translation>Anwenden beim Schritt „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The steps before it were undone: the firewall is as it was.</source>
        <translation>Die Schritte davor wurden rückgängig gemacht: Die Firewall ist wie zuvor.</translation>
    </message>
    <message>
        <source>Undoing failed too: %1. The backup taken before is %2.</source>
        <translation>Auch das Rückgängigmachen ist fehlgeschlagen: %1. Die vorher angelegte Sicherung ist %2.</translation>
    </message>
    <message>
        <source>Applied:</source>
        <translation>Angewendet:</translation>
    </message>
    <message>
        <source>Kept. The change stays.</source>
        <translation>Behalten. Die Änderung bleibt bestehen.</translation>
    </message>
    <message>
        <source>Not confirmed: the change was rolled back and the firewall is as it was before.</source>
        <translation>Nicht bestätigt: Die Änderung wurde zurückgenommen, und die Firewall ist wieder wie zuvor.</translation>
    </message>
    <message>
        <source>Not confirmed, and rolling back failed: %1</source>
        <translation>Nicht bestätigt, und das Zurücknehmen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 s left to confirm</source>
        <translation>noch %1 s zum Bestätigen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Applied. Keep it? Type yes (or press Enter) within %1 seconds; otherwise, and on no or Ctrl+C, it is rolled back by itself.</source>
        <translation>Angewendet. Behalten? Geben Sie innerhalb von %1 Sekunden ja ein (oder drücken Sie die Eingabetaste); andernfalls, bei nein oder bei Strg+C wird es von selbst zurückgenommen.</translation>
    </message>
    <message>
        <source>no apply is waiting for confirmation (%1)</source>
        <translation>kein Anwenden wartet auf Bestätigung (%1)</translation>
    </message>
    <message>
        <source>the waiting apply (process %1) did not answer; check it</source>
        <translation>das wartende Anwenden (Prozess %1) hat nicht geantwortet; prüfen Sie es</translation>
    </message>
    <message>
        <source>Confirmed: the waiting apply (process %1) keeps its change.</source>
        <translation>Bestätigt: Das wartende Anwenden (Prozess %1) behält seine Änderung.</translation>
    </message>
    <message>
        <source>From another shell, keep it with: %1 apply --confirm</source>
        <translation>Aus einer anderen Shell behalten Sie sie mit: %1 apply --confirm</translation>
    </message>
    <message>
        <source>Keep the change of an apply that waits for confirmation (--confirm-within) in another shell, for example one that lost its terminal. Needs nothing else.</source>
        <translation>Die Änderung eines Anwendens behalten, das in einer anderen Shell auf Bestätigung wartet (--confirm-within), zum Beispiel eines, das sein Terminal verloren hat. Braucht sonst nichts.</translation>
    </message>
    <message>
        <source>apply --confirm needs root, like the apply: sudo firewall-wizard apply --confirm</source>
        <translation>apply --confirm braucht root, wie das Anwenden selbst: sudo firewall-wizard apply --confirm</translation>
    </message>
    <message>
        <source>%1 (it needs root, like the apply)</source>
        <translation>%1 (dafür ist root nötig, wie beim Anwenden)</translation>
    </message>
    <message>
        <source>After applying, keep the change only if yes (or an empty line) arrives on standard input within SECONDS (0: no confirmation window, the default); otherwise, and on no, Ctrl+C or SIGTERM, it is rolled back by itself. A lost terminal does not confirm. Standard error gets the protocol line &quot;@fw1 confirm-pending SECONDS&quot; when the window opens.</source>
        <translation>Nach dem Anwenden die Änderung nur behalten, wenn innerhalb von SECONDS yes (oder eine leere Zeile) auf der Standardeingabe ankommt (0: keine Bestätigungsfrist, der Standard); andernfalls, und bei no, Strg+C oder SIGTERM, wird sie von selbst zurückgenommen. Ein verlorenes Terminal bestätigt nicht. Die Standardfehlerausgabe erhält die Protokollzeile „@fw1 confirm-pending SECONDS“, wenn die Frist beginnt.</translation>
    </message>
</context>
<context>
    <name>fw::cli::CheckCommand</name>
    <message>
        <source>Tests from this machine whether the server&apos;s ports and the outbound destinations can be reached.</source>
        <translation>Prüft von diesem Rechner aus, ob die Ports des Servers und die ausgehenden Ziele erreichbar sind.</translation>
    </message>
    <message>
        <source>The server to test: its host name or IP address (also fills the value &apos;server&apos;).</source>
        <translation>Der zu prüfende Server: sein Hostname oder seine IP-Adresse (füllt auch den Wert „server“).</translation>
    </message>
    <message>
        <source>How long each probe may take, DNS included, in milliseconds (100-120000, default %1).</source>
        <translation>Wie lange jede Prüfung dauern darf, DNS eingeschlossen, in Millisekunden (100-120000, Standard %1).</translation>
    </message>
    <message>
        <source>Conclude &apos;filtered&apos; early once the host has answered on other ports (after many round trips and a second attempt); the timeout stays the upper bound.</source>
        <translation>Früh auf „gefiltert“ schließen, sobald der Host auf anderen Ports geantwortet hat (nach vielen Umläufen und einem zweiten Versuch); die Zeitgrenze bleibt die Obergrenze.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of a table.</source>
        <translation>Ein JSON-Objekt statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>--timeout-ms %1: give milliseconds from 100 to 120000</source>
        <translation>--timeout-ms %1: geben Sie Millisekunden von 100 bis 120000 an</translation>
    </message>
    <message>
        <source>--server HOST is missing: the name or address of the server to test</source>
        <translation>--server HOST fehlt: der Name oder die Adresse des zu prüfenden Servers</translation>
    </message>
    <message>
        <source>Checking %1 from this machine (probes: %2, each within %3 ms):</source>
        <translation>Prüfe %1 von diesem Rechner aus (Prüfungen: %2, jeweils innerhalb von %3 ms):</translation>
    </message>
    <message>
        <source>test responder</source>
        <translation>Testresponder</translation>
    </message>
    <message>
        <source>no host is named to test (the internet, the LAN, or this machine&apos;s own inbound port)</source>
        <translation>kein Host zum Prüfen genannt (das Internet, das LAN oder ein eingehender Port dieses Rechners)</translation>
    </message>
    <message>
        <source>a program rule without ports</source>
        <translation>eine Programmregel ohne Ports</translation>
    </message>
    <message>
        <source>the server&apos;s address is not known</source>
        <translation>die Adresse des Servers ist nicht bekannt</translation>
    </message>
    <message>
        <source>--server %1 and --set server=%2 name different servers</source>
        <translation>--server %1 und --set server=%2 nennen verschiedene Server</translation>
    </message>
    <message>
        <source>This plan has nothing that can be tested from here.</source>
        <translation>Dieser Plan enthält nichts, was sich von hier aus prüfen lässt.</translation>
    </message>
    <message>
        <source>Not tested:</source>
        <translation>Nicht geprüft:</translation>
    </message>
    <message>
        <source>Ports of the plan left out (one check probes at most %1): %2</source>
        <translation>Ausgelassene Ports des Plans (eine Prüfung umfasst höchstens %1): %2</translation>
    </message>
    <message>
        <source>What it means and what to do:</source>
        <translation>Was das bedeutet und was zu tun ist:</translation>
    </message>
    <message>
        <source>Nothing is blocked.</source>
        <translation>Nichts ist blockiert.</translation>
    </message>
</context>
<context>
    <name>fw::cli::DiagnoseCommand</name>
    <message>
        <source>Prints what a support request needs: versions, the firewall&apos;s state, what was applied, warnings.</source>
        <translation>Gibt aus, was eine Supportanfrage braucht: Versionen, den Zustand der Firewall, das Angewendete, Warnungen.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Ein JSON-Objekt statt Text ausgeben.</translation>
    </message>
</context>
<context>
    <name>fw::cli::ExportCommand</name>
    <message>
        <source>Writes the rules in a firewall&apos;s own format, or as a table.</source>
        <translation>Schreibt die Regeln im eigenen Format einer Firewall oder als Tabelle.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Eines von: %1.</translation>
    </message>
    <message>
        <source>Write to FILE (replaced atomically) instead of standard output.</source>
        <translation>In FILE schreiben (atomar ersetzt) statt in die Standardausgabe.</translation>
    </message>
    <message>
        <source>--format is missing (one of: %1)</source>
        <translation>--format fehlt (eines von: %1)</translation>
    </message>
    <message>
        <source>--format %1: unknown format (one of: %2)</source>
        <translation>--format %1: unbekanntes Format (eines von: %2)</translation>
    </message>
    <message>
        <source>--format %1 needs -o FILE: it is not text</source>
        <translation>--format %1 braucht -o FILE: Es ist kein Text</translation>
    </message>
    <message>
        <source>firewalld, ansible: the zone to add the service to (default: the default zone).</source>
        <translation>firewalld, ansible: die Zone, der der Dienst hinzugefügt wird (Standard: die Standardzone).</translation>
    </message>
    <message>
        <source>Linux formats: the LAN&apos;s address ranges, comma-separated (e.g. 192.168.1.0/24), for rules whose remote side is the LAN; without it they allow any address and say so.</source>
        <translation>Linux-Formate: die Adressbereiche des LANs, durch Kommas getrennt (z. B. 192.168.1.0/24), für Regeln mit dem LAN als Gegenstelle; ohne sie erlauben diese Regeln jede Adresse und sagen das.</translation>
    </message>
    <message>
        <source>powershell, netsh, ansible: a folder searched first for the vendor&apos;s programs (then Program Files).</source>
        <translation>powershell, netsh, ansible: ein Ordner, in dem zuerst nach den Programmen des Herstellers gesucht wird (danach unter „Program Files“).</translation>
    </message>
    <message>
        <source>nftables: accept (default) or drop: with drop, the exported table lets in only what the plan allows, replies, loopback and ICMP.</source>
        <translation>nftables: accept (Standard) oder drop: Mit drop lässt die exportierte Tabelle nur herein, was der Plan erlaubt, sowie Antworten, Loopback und ICMP.</translation>
    </message>
    <message>
        <source>pdf: a4 or letter (default: by the system&apos;s locale).</source>
        <translation>pdf: a4 oder letter (Standard: nach dem Gebietsschema des Systems).</translation>
    </message>
</context>
<context>
    <name>fw::cli::PlanCommand</name>
    <message>
        <source>Shows the rules, executables and notes for one machine.</source>
        <translation>Zeigt die Regeln, Programme und Hinweise für einen Rechner.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of a table.</source>
        <translation>Ein JSON-Objekt statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>Also save the selection as a plan file (.fwplan) to FILE.</source>
        <translation>Die Auswahl zusätzlich als Plandatei (.fwplan) in FILE speichern.</translation>
    </message>
</context>
<context>
    <name>fw::cli::ProductsCommand</name>
    <message>
        <source>Lists the products the catalog holds, with their ids.</source>
        <translation>Listet die Produkte des Katalogs mit ihren IDs auf.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of a table.</source>
        <translation>Ein JSON-Objekt statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>versions:</source>
        <translation>Versionen:</translation>
    </message>
    <message>
        <source>deployments:</source>
        <translation>Bereitstellungen:</translation>
    </message>
    <message>
        <source>options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>values:</source>
        <translation>Werte:</translation>
    </message>
    <message>
        <source>from:</source>
        <translation>aus:</translation>
    </message>
    <message>
        <source>More products can be added as files in %1 (see the catalog format in the README).</source>
        <translation>Weitere Produkte lassen sich als Dateien in %1 hinzufügen (siehe das Katalogformat in der README).</translation>
    </message>
</context>
<context>
    <name>fw::cli::RevertCommand</name>
    <message>
        <source>Removes all that this program applied to the firewall.</source>
        <translation>Entfernt alles, was dieses Programm auf die Firewall angewendet hat.</translation>
    </message>
    <message>
        <source>Nothing that this program applied is recorded or found: nothing to revert.</source>
        <translation>Nichts von diesem Programm Angewendetes ist aufgezeichnet oder zu finden: Es gibt nichts zurückzunehmen.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Revert these changes?</source>
        <translation>Diese Änderungen zurücknehmen?</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Removing what this program applied failed (%1: %2), so %3 was put back instead.</source>
        <translation>Das Entfernen des von diesem Programm Angewendeten ist fehlgeschlagen (%1: %2), daher wurde stattdessen %3 zurückgespielt.</translation>
    </message>
    <message>
        <source>Reverted: %1</source>
        <translation>Zurückgenommen: %1</translation>
    </message>
    <message>
        <source>revert failed at the step &quot;%1&quot;: %2</source>
        <translation>Zurücknehmen beim Schritt „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The steps before it were undone: the firewall is as it was before this revert.</source>
        <translation>Die Schritte davor wurden rückgängig gemacht: Die Firewall ist wie vor diesem Zurücknehmen.</translation>
    </message>
    <message>
        <source>Undoing failed too: %1</source>
        <translation>Auch das Rückgängigmachen ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>fw::cli::ServeCommand</name>
    <message>
        <source>Starts a temporary test responder on the plan&apos;s inbound ports, so that &apos;check&apos; on another machine can prove the path.</source>
        <translation>Startet einen vorübergehenden Testresponder auf den eingehenden Ports des Plans, damit „check“ auf einem anderen Rechner den Weg nachweisen kann.</translation>
    </message>
    <message>
        <source>Listen on this address of this machine only (default: all).</source>
        <translation>Nur auf dieser Adresse dieses Rechners lauschen (Standard: alle).</translation>
    </message>
    <message>
        <source>Stop by itself after this many seconds (1-86400, default 600).</source>
        <translation>Nach so vielen Sekunden von selbst beenden (1-86400, Standard 600).</translation>
    </message>
    <message>
        <source>--seconds %1: give a number of seconds from 1 to 86400</source>
        <translation>--seconds %1: geben Sie eine Anzahl Sekunden von 1 bis 86400 an</translation>
    </message>
    <message>
        <source>--bind %1: give an IP address of this machine, e.g. 192.0.2.10 or ::1</source>
        <translation>--bind %1: geben Sie eine IP-Adresse dieses Rechners an, z. B. 192.0.2.10 oder ::1</translation>
    </message>
    <message>
        <source>%1 has no inbound TCP or UDP ports to listen on. Run serve on the server (--role server) and check from the client.</source>
        <translation>%1 hat keine eingehenden TCP- oder UDP-Ports, auf denen gelauscht werden könnte. Führen Sie serve auf dem Server aus (--role server) und check auf dem Client.</translation>
    </message>
    <message>
        <source>Test responder of firewall-wizard %1 for %2:</source>
        <translation>Testresponder von firewall-wizard %1 für %2:</translation>
    </message>
    <message>
        <source>Every port is taken by a running service, so there is nothing to answer for: test the path from a client with &apos;firewall-wizard check&apos;.</source>
        <translation>Jeder Port ist von einem laufenden Dienst belegt, daher gibt es nichts zu beantworten: Prüfen Sie den Weg von einem Client aus mit „firewall-wizard check“.</translation>
    </message>
    <message>
        <source>the test responder could not listen on any port</source>
        <translation>der Testresponder konnte auf keinem Port lauschen</translation>
    </message>
    <message>
        <source>all addresses</source>
        <translation>allen Adressen</translation>
    </message>
    <message>
        <source>Answering on %1 for %2 s (ports: %3); press Ctrl+C to stop.</source>
        <translation>Antworte auf %1 für %2 s (Ports: %3); Strg+C beendet.</translation>
    </message>
    <message>
        <source>%1  %2 from %3</source>
        <translation>%1  %2 von %3</translation>
    </message>
    <message>
        <source>Stopped on request.</source>
        <translation>Auf Anforderung beendet.</translation>
    </message>
    <message>
        <source>Stopped after %1 s.</source>
        <translation>Nach %1 s beendet.</translation>
    </message>
    <message>
        <source>Connections and datagrams answered: %1, from addresses: %2; every socket is closed.</source>
        <translation>Beantwortete Verbindungen und Datagramme: %1, von Adressen: %2; alle Sockets sind geschlossen.</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>lauscht</translation>
    </message>
    <message>
        <source>taken by a running service: good, the service is up (the responder leaves it alone)</source>
        <translation>von einem laufenden Dienst belegt: gut, der Dienst läuft (der Responder lässt ihn in Ruhe)</translation>
    </message>
    <message>
        <source>cannot listen: %1</source>
        <translation>kann nicht lauschen: %1</translation>
    </message>
</context>
<context>
    <name>fw::elevation</name>
    <message>
        <source>Changing the firewall needs administrator rights. The wizard itself keeps running without them; only this one command runs as administrator, and your system now asks for the password:
%1</source>
        <translation>Zum Ändern der Firewall sind Administratorrechte nötig. Der Assistent selbst läuft ohne sie weiter; nur dieser eine Befehl läuft als Administrator, und Ihr System fragt jetzt nach dem Passwort:
%1</translation>
    </message>
</context>
<context>
    <name>fw::log</name>
    <message>
        <source>the log file %1 is not a regular file and cannot be removed: %2</source>
        <translation>die Protokolldatei %1 ist keine reguläre Datei und kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>cannot open the log file %1: %2</source>
        <translation>die Protokolldatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>removed %1, which was not a regular file; the log is never written through a link</source>
        <translation>%1 entfernt, da es keine reguläre Datei war; das Protokoll wird nie über einen Link geschrieben</translation>
    </message>
</context>
<context>
    <name>fw::steps</name>
    <message>
        <source>Save %1 to %2</source>
        <translation>%1 nach %2 sichern</translation>
    </message>
    <message>
        <source>save %1 to %2</source>
        <translation>%1 nach %2 sichern</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the backup %1 does not read back as written</source>
        <translation>die Sicherung %1 lässt sich nicht so zurücklesen, wie sie geschrieben wurde</translation>
    </message>
    <message>
        <source>the backup %1 cannot be read</source>
        <translation>die Sicherung %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the record keeps no checksum of the backup %1, so it is not loaded</source>
        <translation>die Aufzeichnung enthält keine Prüfsumme der Sicherung %1, daher wird sie nicht geladen</translation>
    </message>
    <message>
        <source>the backup %1 is not the one this program wrote (its SHA-256 differs from the record&apos;s), so it is not loaded</source>
        <translation>die Sicherung %1 ist nicht die, die dieses Programm geschrieben hat (ihr SHA-256-Wert weicht von dem der Aufzeichnung ab), daher wird sie nicht geladen</translation>
    </message>
    <message>
        <source>the backup names %1, which is none of the files this program backs up; nothing was put back</source>
        <translation>die Sicherung nennt %1, das keine der Dateien ist, die dieses Programm sichert; es wurde nichts zurückgespielt</translation>
    </message>
    <message>
        <source>restore %1 from %2</source>
        <translation>%1 aus %2 wiederherstellen</translation>
    </message>
</context>
</TS>
