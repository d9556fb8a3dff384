<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>fw</name>
    <message>
        <source>in</source>
        <comment>direction</comment>
        <extracomment>direction of a firewall rule: connections from outside to this machine</extracomment>
        <translation>entrante</translation>
    </message>
    <message>
        <source>out</source>
        <comment>direction</comment>
        <extracomment>direction of a firewall rule: connections from this machine to others</extracomment>
        <translation>saliente</translation>
    </message>
    <message>
        <source>any</source>
        <comment>protocol</comment>
        <translation>todos</translation>
    </message>
    <message>
        <source>any</source>
        <comment>ports</comment>
        <translation>todos</translation>
    </message>
    <message>
        <source>any</source>
        <comment>remote side</comment>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>LAN</source>
        <translation>LAN</translation>
    </message>
    <message>
        <source>internet</source>
        <translation>internet</translation>
    </message>
    <message>
        <source>the server (address not given)</source>
        <translation>el servidor (dirección no indicada)</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>servidor %1</translation>
    </message>
    <message>
        <source>info</source>
        <comment>note kind</comment>
        <translation>información</translation>
    </message>
    <message>
        <source>advice</source>
        <comment>note kind</comment>
        <translation>consejo</translation>
    </message>
    <message>
        <source>gap</source>
        <comment>note kind</comment>
        <extracomment>a note saying the vendor&apos;s sources leave something open</extracomment>
        <translation>laguna</translation>
    </message>
    <message>
        <source>Options: %1</source>
        <translation>Opciones: %1</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Puertos</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Remote side</source>
        <translation>Extremo remoto</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>option %1</source>
        <translation>opción %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>* derived: not in the vendor&apos;s own table; see the notes and sources</source>
        <translation>* derivada: no figura en la tabla del fabricante; vea las notas y las fuentes</translation>
    </message>
    <message>
        <source>Executables to allow (send and receive)</source>
        <translation>Programas que hay que permitir (enviar y recibir)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>fw::AboutDialog</name>
    <message>
        <source>About Firewall Setup Wizard</source>
        <translation>Acerca de Firewall Setup Wizard</translation>
    </message>
    <message>
        <source>Firewall Setup Wizard %1</source>
        <translation>Firewall Setup Wizard %1</translation>
    </message>
    <message>
        <source>Works out which ports and programs your firewalls must allow for a vendor&apos;s software, with the reason and the source of every rule.</source>
        <translation>Determina qué puertos y programas deben permitir sus cortafuegos para el software de un fabricante, con el motivo y la fuente de cada regla.</translation>
    </message>
    <message>
        <source>Built on %1.</source>
        <translation>Creado con %1.</translation>
    </message>
</context>
<context>
    <name>fw::AnsibleExporter</name>
    <message>
        <source>Ansible: a playbook for many Linux and Windows machines at once</source>
        <translation>Ansible: un playbook para muchos equipos Linux y Windows a la vez</translation>
    </message>
    <message>
        <source>rule %1: the program name &quot;%2&quot; contains %3, which win_find would take as a pattern; use the PowerShell export</source>
        <translation>regla %1: el nombre de programa &quot;%2&quot; contiene %3, que win_find interpretaría como patrón; use la exportación para PowerShell</translation>
    </message>
    <message>
        <source>Outbound, allowed by firewalld unless a policy restricts it: %1</source>
        <translation>Saliente, permitido por firewalld salvo que una política lo restrinja: %1</translation>
    </message>
    <message>
        <source>Note on %1: %2</source>
        <translation>Nota sobre %1: %2</translation>
    </message>
    <message>
        <source>Note on %1: the vendor names the program %2, which a Linux firewall cannot match; only the ports are.</source>
        <translation>Nota sobre %1: el fabricante indica el programa %2, que un cortafuegos de Linux no puede comparar; aquí solo figuran los puertos.</translation>
    </message>
    <message>
        <source>Firewall Setup Wizard: %1 (Windows)</source>
        <translation>Firewall Setup Wizard: %1 (Windows)</translation>
    </message>
    <message>
        <source>Find %1</source>
        <translation>Buscar %1</translation>
    </message>
    <message>
        <source>Stop if %1 is missing</source>
        <translation>Detenerse si falta %1</translation>
    </message>
    <message>
        <source>%1 was not found in Program Files. Install it first, or export again with --program-dir naming its folder.</source>
        <translation>No se encontró %1 en Program Files. Instálelo primero, o vuelva a exportar con --program-dir indicando su carpeta.</translation>
    </message>
    <message>
        <source>Nothing to allow on Windows hosts</source>
        <translation>No hay nada que permitir en los hosts Windows</translation>
    </message>
    <message>
        <source>Check %1</source>
        <translation>Comprobar %1</translation>
    </message>
    <message>
        <source>%1 was not found on this host. Install it first.</source>
        <translation>No se encontró %1 en este host. Instálelo primero.</translation>
    </message>
    <message>
        <source>Every value from the catalog, the options and the command line is marked !unsafe, so Ansible never evaluates it as a template.</source>
        <translation>Cada valor del catálogo, de las opciones y de la línea de comandos lleva la marca !unsafe, para que Ansible nunca lo evalúe como plantilla.</translation>
    </message>
    <message>
        <source>Run: ansible-playbook -i INVENTORY FILE. Linux hosts come from the inventory group linux, Windows hosts from the group windows; choose others with -e fwwizard_linux_hosts=GROUP -e fwwizard_windows_hosts=GROUP.</source>
        <translation>Ejecución: ansible-playbook -i INVENTORY FILE. Los hosts Linux salen del grupo linux del inventario y los hosts Windows del grupo windows; elija otros con -e fwwizard_linux_hosts=GROUP -e fwwizard_windows_hosts=GROUP.</translation>
    </message>
    <message>
        <source>Every task states what must be, so running it again changes nothing (changed=0). -e fw_wizard_undo=true removes what it added, and nothing else.</source>
        <translation>Cada tarea describe el estado deseado, así que volver a ejecutarlo no cambia nada (changed=0). -e fw_wizard_undo=true elimina lo que añadió, y nada más.</translation>
    </message>
    <message>
        <source>Firewall Setup Wizard: %1 (Linux)</source>
        <translation>Firewall Setup Wizard: %1 (Linux)</translation>
    </message>
    <message>
        <source>Find the firewall that governs this host: firewalld running, ufw active, otherwise nftables</source>
        <translation>Detectar el cortafuegos que gobierna este host: firewalld en marcha, ufw activo o, si no, nftables</translation>
    </message>
    <message>
        <source>Stop where no firewall was found</source>
        <translation>Detenerse donde no se encontró ningún cortafuegos</translation>
    </message>
    <message>
        <source>No firewall found on this host (firewalld, ufw or nft); set fwwizard_backend to choose one.</source>
        <translation>No se encontró ningún cortafuegos en este host (firewalld, ufw o nft); elija uno con fwwizard_backend.</translation>
    </message>
    <message>
        <source>ufw: the application profiles in %1</source>
        <translation>ufw: los perfiles de aplicación en %1</translation>
    </message>
    <message>
        <source>ufw: remove the application profiles in %1</source>
        <translation>ufw: eliminar los perfiles de aplicación en %1</translation>
    </message>
    <message>
        <source>nftables: the chains %1 and a jump tagged %2 from each filtering chain, changed only where they differ</source>
        <translation>nftables: las cadenas %1 y un salto marcado con %2 desde cada cadena de filtrado, modificados solo donde difieren</translation>
    </message>
    <message>
        <source>Undo it with ansible-playbook -i hosts.ini %1 -e fw_wizard_undo=true</source>
        <extracomment>how to undo what the Ansible playbook did; %1 is its file name</extracomment>
        <translation>Deshágalo con ansible-playbook -i hosts.ini %1 -e fw_wizard_undo=true</translation>
    </message>
    <message>
        <source>Check the LAN that rules for the LAN accept: fwwizard_lan, default: the exported --lan</source>
        <translation>Comprobar la LAN que aceptan las reglas para la LAN: fwwizard_lan; por defecto, el --lan exportado</translation>
    </message>
    <message>
        <source>fwwizard_lan: &quot;%1&quot; is not an IPv4 or IPv6 address or CIDR range; give addresses or ranges separated by commas, e.g. 192.168.10.0/24,fd00:10::/64</source>
        <translation>fwwizard_lan: «%1» no es una dirección IPv4 o IPv6 ni un rango CIDR; indique direcciones o rangos separados por comas, p. ej. 192.168.10.0/24,fd00:10::/64</translation>
    </message>
    <message>
        <source>Stop where fwwizard_lan is not valid</source>
        <translation>Detenerse donde fwwizard_lan no sea válido</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an IPv4 or IPv6 address or a host name; give one address, e.g. 192.168.10.5, or a name (which allows any address)</source>
        <extracomment>%1: the Ansible variable (fwwizard_server); %2: the value the host gave it</extracomment>
        <translation>%1: «%2» no es una dirección IPv4 o IPv6 ni un nombre de host; indique una dirección, p. ej. 192.168.10.5, o un nombre (que permite cualquier dirección)</translation>
    </message>
    <message>
        <source>On each Linux host the playbook finds the firewall that governs it, as firewall-wizard apply does: firewalld where it runs (services of ours, fwwizard-*, in the zone fwwizard_zone, default: the default zone; a new service file makes firewalld reload), ufw where it is active (application profiles and rules commented with the rule id), nftables otherwise (a chain of ours and a tagged jump in each table whose input chain drops). Host or group variables: fwwizard_backend=firewalld|ufw|nftables overrides the detection, fwwizard_zone the firewalld zone, fwwizard_lan the LAN that rules for the LAN accept (IPv4 or IPv6 addresses or CIDR ranges, separated by commas, or a list; default: the exported --lan, or any address without it), and fwwizard_ with a value&apos;s id (- written _: fwwizard_server for --set server=) the address that rules naming that value accept (one IPv4 or IPv6 address; a host name allows any address; default: the exported value). Each host checks them before it changes anything; undo with the same values.</source>
        <translation>En cada host Linux, el playbook detecta el cortafuegos que lo gobierna, igual que firewall-wizard apply: firewalld donde está en marcha (servicios propios, fwwizard-*, en la zona fwwizard_zone; por defecto, la zona predeterminada; un archivo de servicio nuevo hace que firewalld se recargue), ufw donde está activo (perfiles de aplicación y reglas comentadas con el id de la regla) y, si no, nftables (una cadena propia y un salto marcado en cada tabla cuya cadena input descarta). Variables de host o de grupo: fwwizard_backend=firewalld|ufw|nftables anula la detección, fwwizard_zone la zona de firewalld, fwwizard_lan la LAN que aceptan las reglas para la LAN (direcciones IPv4 o IPv6 o rangos CIDR separados por comas, o una lista; por defecto, el --lan exportado o, sin él, cualquier dirección) y fwwizard_ seguido del id de un valor (con - escrito _: fwwizard_server para --set server=) la dirección que aceptan las reglas que nombran ese valor (una dirección IPv4 o IPv6; un nombre de host permite cualquier dirección; por defecto, el valor exportado). Cada host las comprueba antes de cambiar nada; para deshacer, indique los mismos valores.</translation>
    </message>
    <message>
        <source>Check the address that rules for %1 accept: %2, default: the exported value</source>
        <translation>Comprobar la dirección que aceptan las reglas para %1: %2; por defecto, el valor exportado</translation>
    </message>
    <message>
        <source>Stop where %1 is not valid</source>
        <translation>Detenerse donde %1 no sea válido</translation>
    </message>
    <message>
        <source>firewalld: the service %1 in %2</source>
        <translation>firewalld: el servicio %1 en %2</translation>
    </message>
    <message>
        <source>firewalld: reload where a service file is new or changed, so that firewalld knows it</source>
        <translation>firewalld: recargar donde un archivo de servicio sea nuevo o haya cambiado, para que firewalld lo conozca</translation>
    </message>
    <message>
        <source>firewalld: remove the service files of this playbook</source>
        <translation>firewalld: eliminar los archivos de servicio de este playbook</translation>
    </message>
    <message>
        <source>Run it with ansible-playbook -i hosts.ini %1: the inventory lists Linux machines (firewalld, ufw or nftables) in the group linux and Windows machines in the group windows; host or group variables such as fwwizard_lan or fwwizard_server set what differs per host.</source>
        <extracomment>how to run the Ansible playbook; %1 is its file name. &quot;linux&quot; and &quot;windows&quot; are inventory group names</extracomment>
        <translation>Ejecútelo con ansible-playbook -i hosts.ini %1: el inventario enumera los equipos Linux (firewalld, ufw o nftables) en el grupo linux y los equipos Windows en el grupo windows; las variables de host o de grupo, como fwwizard_lan o fwwizard_server, fijan lo que difiere en cada host.</translation>
    </message>
    <message>
        <source>the value %1 would be set per host as the Ansible variable %2, which the playbook uses for something else; give the value another id in the catalog</source>
        <extracomment>%1: a value&apos;s id in the catalog (e.g. zone); %2: the Ansible variable it would be (fwwizard_zone)</extracomment>
        <translation>el valor %1 se fijaría por host como la variable de Ansible %2, que el playbook usa para otra cosa; dé al valor otro id en el catálogo</translation>
    </message>
</context>
<context>
    <name>fw::AppliedRecord</name>
    <message>
        <source>cannot read %1</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <source>%1 is not a record of this program: %2</source>
        <translation>%1 no es un registro de este programa: %2</translation>
    </message>
    <message>
        <source>%1 is not a record of this program, or one of another version</source>
        <translation>%1 no es un registro de este programa, o es de otra versión</translation>
    </message>
    <message>
        <source>%1: an entry without back end, product or role</source>
        <translation>%1: una entrada sin backend, producto o rol</translation>
    </message>
    <message>
        <source>the product or role &quot;%1/%2&quot; is no catalog id</source>
        <translation>el producto o el rol &quot;%1/%2&quot; no es un id del catálogo</translation>
    </message>
    <message>
        <source>the backup %1 is not one of this program&apos;s backups in %2</source>
        <translation>la copia de seguridad %1 no es una de las copias de seguridad de este programa en %2</translation>
    </message>
    <message>
        <source>the backup&apos;s checksum &quot;%1&quot; is no SHA-256</source>
        <translation>la suma de comprobación &quot;%1&quot; de la copia de seguridad no es un SHA-256</translation>
    </message>
    <message>
        <source>%1: the entry for %2/%3 (%4): %5</source>
        <translation>%1: la entrada de %2/%3 (%4): %5</translation>
    </message>
</context>
<context>
    <name>fw::Applier</name>
    <message>
        <source>Write the record of what was applied to %1</source>
        <translation>Escribir el registro de lo aplicado en %1</translation>
    </message>
    <message>
        <source>update %1</source>
        <translation>actualizar %1</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>This is Windows: the Windows Firewall governs it.</source>
        <translation>Esto es Windows: lo controla el Firewall de Windows.</translation>
    </message>
    <message>
        <source>Docker&apos;s chains are in the ruleset</source>
        <translation>las cadenas de Docker están en el conjunto de reglas</translation>
    </message>
    <message>
        <source>Docker is installed</source>
        <translation>Docker está instalado</translation>
    </message>
    <message>
        <source>firewalld is running.</source>
        <translation>firewalld está en marcha.</translation>
    </message>
    <message>
        <source>ufw is active.</source>
        <translation>ufw está activo.</translation>
    </message>
    <message>
        <source>ufw is enabled in /etc/ufw/ufw.conf.</source>
        <translation>ufw está habilitado en /etc/ufw/ufw.conf.</translation>
    </message>
    <message>
        <source>The nftables ruleset filters incoming connections.</source>
        <translation>El conjunto de reglas de nftables filtra las conexiones entrantes.</translation>
    </message>
    <message>
        <source>Nothing filters incoming connections: no firewalld, no active ufw, and no nftables input chain that drops.</source>
        <translation>Nada filtra las conexiones entrantes: no hay firewalld, ni ufw activo, ni una cadena input de nftables que descarte.</translation>
    </message>
    <message>
        <source>Which firewall governs cannot be told fully: %1</source>
        <translation>No se puede determinar del todo qué cortafuegos controla el equipo: %1</translation>
    </message>
    <message>
        <source>Firewall that governs this machine: %1</source>
        <translation>Cortafuegos que controla este equipo: %1</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>no se encontró ninguno</translation>
    </message>
    <message>
        <source>Interface facing the clients: %1 (interfaces up: %2)</source>
        <translation>Interfaz hacia los clientes: %1 (interfaces activas: %2)</translation>
    </message>
    <message>
        <source>nftables: %1 chain %2 %3 %4 (priority %5, policy %6): %7</source>
        <translation>nftables: cadena %1 %2 %3 %4 (prioridad %5, política %6): %7</translation>
    </message>
    <message>
        <source>drops what it does not accept</source>
        <translation>descarta lo que no acepta</translation>
    </message>
    <message>
        <source>lets everything else through</source>
        <translation>deja pasar todo lo demás</translation>
    </message>
    <message>
        <source>nftables: no %1 chain</source>
        <translation>nftables: no hay cadena %1</translation>
    </message>
    <message>
        <source>nftables: the ruleset cannot be read: %1</source>
        <translation>nftables: no se puede leer el conjunto de reglas: %1</translation>
    </message>
    <message>
        <source>firewalld: running, default zone %1</source>
        <translation>firewalld: en marcha, zona predeterminada %1</translation>
    </message>
    <message>
        <source>firewalld: installed, not running</source>
        <translation>firewalld: instalado, no está en marcha</translation>
    </message>
    <message>
        <source>firewalld zone %1%2: interfaces %3; sources %4; services %5</source>
        <translation>zona de firewalld %1%2: interfaces %3; orígenes %4; servicios %5</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (predeterminada)</translation>
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
        <translation>activo</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>ufw: status needs root; /etc/ufw/ufw.conf says %1</source>
        <translation>ufw: el estado necesita root; /etc/ufw/ufw.conf indica %1</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>habilitado</translation>
    </message>
    <message>
        <source>not enabled</source>
        <translation>no habilitado</translation>
    </message>
    <message>
        <source>ufw: not enabled (/etc/ufw/ufw.conf)</source>
        <translation>ufw: no habilitado (/etc/ufw/ufw.conf)</translation>
    </message>
    <message>
        <source>Docker: %1</source>
        <translation>Docker: %1</translation>
    </message>
    <message>
        <source>which firewall governs this machine cannot be told without root (%1); run the dry run with sudo as well, or name the firewall with --backend</source>
        <translation>sin root no se puede saber qué cortafuegos rige en este equipo (%1); ejecute también la simulación con sudo, o indique el cortafuegos con --backend</translation>
    </message>
    <message>
        <source>Nothing filters incoming connections on this machine (no firewalld running, no active ufw, no nftables input chain that drops): there is nothing to open. To use a firewall anyway, name it with --backend.</source>
        <translation>En este equipo nada filtra las conexiones entrantes (no hay firewalld en marcha, ni ufw activo, ni una cadena input de nftables que descarte): no hay nada que abrir. Para usar un cortafuegos de todos modos, indíquelo con --backend.</translation>
    </message>
    <message>
        <source>Warning: %1 governs this machine, but the rules go to %2 as asked (--backend).</source>
        <translation>Aviso: este equipo lo controla %1, pero las reglas van a %2 como se pidió (--backend).</translation>
    </message>
    <message>
        <source>the backup of %1 (%2)</source>
        <translation>la copia de seguridad de %1 (%2)</translation>
    </message>
    <message>
        <source>Back end: %1</source>
        <translation>Backend: %1</translation>
    </message>
    <message>
        <source>Cannot do this: %1</source>
        <translation>No se puede hacer: %1</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <source>If a step fails, the steps before it are undone in reverse order and the firewall is left as it was.</source>
        <translation>Si un paso falla, los pasos anteriores se deshacen en orden inverso y el cortafuegos queda como estaba.</translation>
    </message>
    <message>
        <source>If our objects cannot be removed, %1 is put back instead.</source>
        <translation>Si no se pueden quitar nuestros objetos, se restaura en su lugar %1.</translation>
    </message>
    <message>
        <source>%1 with %2, applied %3 by %4</source>
        <translation>%1 con %2, aplicado %3 por %4</translation>
    </message>
    <message>
        <source>  firewalld zone: %1</source>
        <translation>  zona de firewalld: %1</translation>
    </message>
    <message>
        <source>  nftables chain: %1 %2 %3</source>
        <translation>  cadena de nftables: %1 %2 %3</translation>
    </message>
    <message>
        <source>  backup: %1</source>
        <translation>  copia de seguridad: %1</translation>
    </message>
    <message>
        <source>An iptables-legacy ruleset filters incoming connections; this program does not change it.</source>
        <translation>Un conjunto de reglas de iptables-legacy filtra las conexiones entrantes; este programa no lo modifica.</translation>
    </message>
    <message>
        <source>iptables-legacy: %1. It filters incoming connections too, beside nftables: a packet must pass both.</source>
        <translation>iptables-legacy: %1. También filtra las conexiones entrantes, además de nftables: un paquete debe pasar ambos.</translation>
    </message>
    <message>
        <source>an iptables-legacy ruleset filters incoming connections (%1), and this program does not change it: open the ports there (the iptables export writes the commands), or move that ruleset to nftables</source>
        <translation>un conjunto de reglas de iptables-legacy filtra las conexiones entrantes (%1) y este programa no lo modifica: abra los puertos allí (la exportación de iptables escribe los comandos) o traslade ese conjunto de reglas a nftables</translation>
    </message>
    <message>
        <source>Warning: an iptables-legacy ruleset filters incoming connections too (%1). A packet must pass both it and %2, so the ports stay closed until they are open there as well (the iptables export writes the commands).</source>
        <translation>Advertencia: un conjunto de reglas de iptables-legacy también filtra las conexiones entrantes (%1). Un paquete debe pasar tanto ese conjunto como %2, así que los puertos siguen cerrados hasta que también estén abiertos allí (la exportación de iptables escribe los comandos).</translation>
    </message>
    <message>
        <source>The record of what was applied cannot be used (%1). It is set aside as %2, and this program&apos;s objects are found by their names and tags instead.</source>
        <translation>El registro de lo aplicado no se puede usar (%1). Se aparta como %2, y los objetos de este programa se localizan en su lugar por sus nombres y etiquetas.</translation>
    </message>
    <message>
        <source>Set the damaged record aside as %1</source>
        <translation>Apartar el registro dañado como %1</translation>
    </message>
    <message>
        <source>The backup cannot be put back if removing fails: %1</source>
        <translation>La copia de seguridad no se podrá restaurar si falla la eliminación: %1</translation>
    </message>
</context>
<context>
    <name>fw::ApplyPanel</name>
    <message>
        <source>Apply on this computer</source>
        <translation>Aplicar en este equipo</translation>
    </message>
    <message>
        <source>On Windows, apply the rules with the PowerShell script from the export: run it as administrator. It creates one rule group that you can remove again as a whole.</source>
        <translation>En Windows, aplique las reglas con el script de PowerShell de la exportación: ejecútelo como administrador. Crea un único grupo de reglas que puede quitar de nuevo en bloque.</translation>
    </message>
    <message>
        <source>Output of the apply</source>
        <translation>Salida de la aplicación de las reglas</translation>
    </message>
    <message>
        <source>The preview and the progress of applying show here.</source>
        <translation>Aquí se muestran la vista previa y el progreso de la aplicación.</translation>
    </message>
    <message>
        <source>Time left to keep the new rules</source>
        <translation>Tiempo restante para conservar las reglas nuevas</translation>
    </message>
    <message>
        <source>Keep the new rules. Do this once you have checked that you can still reach this computer.</source>
        <translation>Conservar las reglas nuevas. Hágalo cuando haya comprobado que todavía puede llegar a este equipo.</translation>
    </message>
    <message>
        <source>Undo the change now; the firewall goes back to how it was.</source>
        <translation>Deshacer el cambio ahora; el cortafuegos vuelve a estar como estaba.</translation>
    </message>
    <message>
        <source>Remove the rules that this program applied to this firewall (asks for the administrator password).</source>
        <translation>Quitar las reglas que este programa aplicó a este cortafuegos (pide la contraseña de administrador).</translation>
    </message>
    <message>
        <source>Asks for the administrator password, reads the firewall and shows the exact change; nothing changes until you click Apply.</source>
        <translation>Pide la contraseña de administrador, lee el cortafuegos y muestra el cambio exacto; no cambia nada hasta que haga clic en &quot;Aplicar&quot;.</translation>
    </message>
    <message>
        <source>Preview the change</source>
        <translation>Previsualizar el cambio</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>do not apply the previewed change</comment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Roll back now</source>
        <translation>Revertir ahora</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Test connectivity again</source>
        <translation>Volver a probar la conectividad</translation>
    </message>
    <message>
        <source>The choices are not complete, so there is no plan to apply.</source>
        <translation>La elección no está completa, así que no hay ningún plan que aplicar.</translation>
    </message>
    <message>
        <source>Looking for the firewall failed: the program ended unexpectedly.</source>
        <translation>La búsqueda del cortafuegos falló: el programa terminó de forma inesperada.</translation>
    </message>
    <message>
        <source>Looking for the firewall failed (exit code %1): %2</source>
        <translation>La búsqueda del cortafuegos falló (código de salida %1): %2</translation>
    </message>
    <message>
        <source>the program ended unexpectedly. %1</source>
        <translation>el programa terminó de forma inesperada. %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>código de salida %1</translation>
    </message>
    <message>
        <source>Applied to %1 at %2: %3; rules: %4</source>
        <translation>Aplicado a %1 a las %2: %3; reglas: %4</translation>
    </message>
    <message>
        <source>the program ended unexpectedly</source>
        <translation>el programa terminó de forma inesperada</translation>
    </message>
    <message>
        <source>Reverted at %1: what this program had applied to %2</source>
        <translation>Revertido a las %1: lo que este programa había aplicado a %2</translation>
    </message>
    <message>
        <source>Looking for the firewall that governs this computer…</source>
        <translation>Buscando el cortafuegos que controla este equipo…</translation>
    </message>
    <message>
        <source>Waiting for the administrator password, then reading the firewall…</source>
        <translation>Esperando la contraseña de administrador; después se leerá el cortafuegos…</translation>
    </message>
    <message>
        <source>Reading the firewall and preparing the preview…</source>
        <translation>Leyendo el cortafuegos y preparando la vista previa…</translation>
    </message>
    <message>
        <source>Review the change below. Nothing has changed yet: click Apply to make it, or Cancel.</source>
        <translation>Revise el cambio de abajo. Todavía no ha cambiado nada: haga clic en &quot;Aplicar&quot; para hacerlo, o en &quot;Cancelar&quot;.</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>Revirtiendo…</translation>
    </message>
    <message>
        <source>Keeping the change…</source>
        <translation>Conservando el cambio…</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Aplicando…</translation>
    </message>
    <message>
        <source>Applied for now. Check that you can still reach this computer, then keep the change.</source>
        <translation>Aplicado por ahora. Compruebe que todavía puede llegar a este equipo y después conserve el cambio.</translation>
    </message>
    <message>
        <source>Waiting for the administrator password, then undoing…</source>
        <translation>Esperando la contraseña de administrador; después se deshará…</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Deshaciendo…</translation>
    </message>
    <message>
        <source>The wizard already runs with administrator rights, so no password is asked. Only this command changes the firewall:
%1</source>
        <translation>El asistente ya se ejecuta con permisos de administrador, así que no se pide ninguna contraseña. Solo este comando cambia el cortafuegos:
%1</translation>
    </message>
    <message>
        <source>Partial: this was looked at without administrator rights, which cannot read everything (the nftables ruleset, for one). The preview runs with them and shows the whole picture.</source>
        <translation>Parcial: esto se examinó sin permisos de administrador, y sin ellos no se puede leer todo (por ejemplo, el conjunto de reglas de nftables). La vista previa se ejecuta con ellos y muestra el panorama completo.</translation>
    </message>
    <message>
        <source>Keep these rules? %1 s left</source>
        <translation>¿Conservar estas reglas? Quedan %1 s</translation>
    </message>
    <message>
        <source>Time is up: rolling back…</source>
        <translation>Se acabó el tiempo: revirtiendo…</translation>
    </message>
    <message>
        <source>Applied: the rules are in %1 and stay. Run the connectivity test again to see that the clients get through now.</source>
        <translation>Aplicado: las reglas están en %1 y se mantienen. Vuelva a ejecutar la prueba de conectividad para comprobar que ahora los clientes pasan.</translation>
    </message>
    <message>
        <source>Nothing to undo: this program has applied nothing that is still recorded or found.</source>
        <translation>Nada que deshacer: este programa no ha aplicado nada que siga registrado o que se encuentre.</translation>
    </message>
    <message>
        <source>Nothing to change: the output below says why.</source>
        <translation>Nada que cambiar: la salida de abajo indica el motivo.</translation>
    </message>
    <message>
        <source>Not applied: you cancelled, and nothing was changed.</source>
        <translation>No aplicado: usted canceló y no se cambió nada.</translation>
    </message>
    <message>
        <source>Rolled back: nobody kept the change within %1 s, so it was undone by itself. The firewall is as it was before.</source>
        <translation>Revertido: nadie conservó el cambio en %1 s, así que se deshizo solo. El cortafuegos está como antes.</translation>
    </message>
    <message>
        <source>Rolled back: the change was undone as you asked. The firewall is as it was before.</source>
        <translation>Revertido: el cambio se deshizo como usted pidió. El cortafuegos está como antes.</translation>
    </message>
    <message>
        <source>Failed, and undoing failed too: check the firewall. The output below names the backup taken before. %1</source>
        <translation>Falló, y también falló deshacer: revise el cortafuegos. La salida de abajo indica la copia de seguridad hecha antes. %1</translation>
    </message>
    <message>
        <source>Failed: %1
The firewall was left as it was.</source>
        <translation>Falló: %1
El cortafuegos se quedó como estaba.</translation>
    </message>
    <message>
        <source>Not done: the administrator password was not given (or pkexec refused; see the output below), so nothing was changed.</source>
        <translation>No realizado: no se introdujo la contraseña de administrador (o pkexec se negó; vea la salida de abajo), así que no se cambió nada.</translation>
    </message>
    <message>
        <source>Undone: what this program had applied to %1 was removed.</source>
        <translation>Deshecho: se quitó lo que este programa había aplicado a %1.</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>No se pudo deshacer: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>Applying from here needs pkexec (Debian and Ubuntu: package pkexec or policykit-1), which is not installed. Install it, or save the plan file and apply it from a terminal: %1</source>
        <extracomment>%1 is a command line such as &quot;sudo /usr/bin/firewall-wizard apply --plan-file FILE --confirm-within 60&quot;</extracomment>
        <translation>Para aplicar desde aquí hace falta pkexec (Debian y Ubuntu: paquete pkexec o policykit-1), que no está instalado. Instálelo, o guarde el archivo de plan y aplíquelo desde un terminal: %1</translation>
    </message>
    <message>
        <source>Applying works only in the firewall-wizard program (this is %1).</source>
        <translation>Aplicar solo funciona en el programa firewall-wizard (este es %1).</translation>
    </message>
    <message>
        <source>%1 comes from your own catalog folder, which the command run as administrator does not read: it reads only the built-in products and the system-wide catalog folder %3, whose files root owns. To apply it, first install the product file there, e.g. sudo install -D -m 644 %2 %3/, then start the wizard again.</source>
        <extracomment>%1 the product&apos;s name, %2 the user&apos;s catalog file, %3 the system-wide catalog folder</extracomment>
        <translation>%1 procede de su propia carpeta del catálogo, que el comando ejecutado como administrador no lee: solo lee los productos integrados y la carpeta del catálogo del sistema %3, cuyos archivos pertenecen a root. Para aplicarlo, instale primero allí el archivo del producto, por ejemplo con sudo install -D -m 644 %2 %3/, y vuelva a iniciar el asistente.</translation>
    </message>
</context>
<context>
    <name>fw::ApplySession</name>
    <message>
        <source>Cannot make a temporary folder for the plan file: %1</source>
        <translation>No se puede crear una carpeta temporal para el archivo de plan: %1</translation>
    </message>
    <message>
        <source>Cannot write the plan file %1: %2</source>
        <translation>No se puede escribir el archivo de plan %1: %2</translation>
    </message>
    <message>
        <source>Could not run %1: %2</source>
        <translation>No se pudo ejecutar %1: %2</translation>
    </message>
</context>
<context>
    <name>fw::CatalogProblem</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>catalog folder not found</source>
        <translation>no se encontró la carpeta del catálogo</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>format %1 is not supported (this program reads format 1)</source>
        <translation>el formato %1 no es compatible (este programa lee el formato 1)</translation>
    </message>
    <message>
        <source>required field &apos;%1&apos; is missing</source>
        <translation>falta el campo obligatorio &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>campo desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>se esperaba %1, se encontró %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id (lower-case letters, digits and hyphens)</source>
        <translation>&apos;%1&apos; no es un id válido (letras minúsculas, dígitos y guiones)</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (first used at %2)</source>
        <translation>id duplicado &apos;%1&apos; (usado por primera vez en %2)</translation>
    </message>
    <message>
        <source>product &apos;%1&apos; is already defined in %2; this file is skipped</source>
        <translation>el producto &apos;%1&apos; ya está definido en %2; se omite este archivo</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; appears twice</source>
        <translation>el campo &apos;%1&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; translation is missing</source>
        <translation>falta la traducción &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; text is empty</source>
        <translation>el texto &apos;%1&apos; está vacío</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>&apos;%1&apos; no es uno de estos valores: %2</translation>
    </message>
    <message>
        <source>%1 is not a port (1-65535)</source>
        <translation>%1 no es un puerto (1-65535)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port range (write &quot;FROM-TO&quot; with 1 &lt;= FROM &lt;= TO &lt;= 65535)</source>
        <translation>&apos;%1&apos; no es un rango de puertos (escriba &quot;FROM-TO&quot; con 1 &lt;= FROM &lt;= TO &lt;= 65535)</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;</source>
        <translation>%1 desconocido: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is not of type %2</source>
        <translation>el valor &apos;%1&apos; no es del tipo %2</translation>
    </message>
    <message>
        <source>unknown placeholder &apos;%1&apos;</source>
        <translation>marcador de posición desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or address</source>
        <translation>&apos;%1&apos; no es un nombre de host ni una dirección</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not valid: %2</source>
        <translation>&apos;%1&apos; no es válido: %2</translation>
    </message>
    <message>
        <source>a product needs at least one role</source>
        <translation>un producto necesita al menos un rol</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation>problema desconocido</translation>
    </message>
    <message>
        <source>catalog folder not read: %1</source>
        <translation>no se pudo leer la carpeta del catálogo: %1</translation>
    </message>
    <message>
        <source>the text is %1 characters long; at most %2 are allowed here</source>
        <translation>el texto tiene %1 caracteres; aquí se permiten como máximo %2</translation>
    </message>
</context>
<context>
    <name>fw::CheckSummary</name>
    <message>
        <source>No connectivity test was run.</source>
        <translation>No se ejecutó ninguna prueba de conectividad.</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n abierta</numerusform>
            <numerusform>%n abiertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n rechazada</numerusform>
            <numerusform>%n rechazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filtered</source>
        <translation>
            <numerusform>%n filtrada</numerusform>
            <numerusform>%n filtradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open or filtered</source>
        <translation>
            <numerusform>%n abierta o filtrada</numerusform>
            <numerusform>%n abiertas o filtradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable</source>
        <translation>
            <numerusform>%n inaccesible</numerusform>
            <numerusform>%n inaccesibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found in DNS</source>
        <translation>
            <numerusform>%n no encontrada en el DNS</numerusform>
            <numerusform>%n no encontradas en el DNS</numerusform>
        </translation>
    </message>
    <message>
        <source>Probes: %1 (%2).</source>
        <extracomment>%1 is the number of probes, %2 the counts by status, e.g. &quot;Probes: 3 (2 open, 1 refused).&quot;</extracomment>
        <translation>Pruebas: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>fw::ConfirmController</name>
    <message>
        <source>the rollback failed</source>
        <translation>la reversión falló</translation>
    </message>
</context>
<context>
    <name>fw::ConnectivityPage</name>
    <message>
        <source>Test connectivity</source>
        <translation>Probar la conectividad</translation>
    </message>
    <message>
        <source>Prove that the ports of the plan can be reached through every firewall on the way.</source>
        <translation>Compruebe que los puertos del plan son accesibles a través de cada cortafuegos del camino.</translation>
    </message>
    <message>
        <source>On the server, start the test responder: it answers on every free inbound port of the plan, so that a test from a client proves the path before the product&apos;s software is even installed. The test is optional.</source>
        <translation>En el servidor, inicie el respondedor de prueba: responde en cada puerto entrante libre del plan, de modo que una prueba desde un cliente demuestra el camino incluso antes de instalar el software del producto. La prueba es opcional.</translation>
    </message>
    <message>
        <source>Test from this machine whether the server&apos;s ports and the outbound destinations of the plan can be reached. The test is optional.</source>
        <translation>Compruebe desde este equipo si se puede llegar a los puertos del servidor y a los destinos salientes del plan. La prueba es opcional.</translation>
    </message>
    <message>
        <source>Test responder</source>
        <translation>Respondedor de prueba</translation>
    </message>
    <message>
        <source>A port taken by a running service is good news: the service is up. The responder listens on the free ones until it is stopped or its time is up; leaving this page stops it.</source>
        <translation>Un puerto ocupado por un servicio en marcha es una buena noticia: el servicio funciona. El respondedor escucha en los libres hasta que se detiene o se acaba su tiempo; salir de esta página lo detiene.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Ports of the server</source>
        <translation>Puertos del servidor</translation>
    </message>
    <message>
        <source>&amp;Keep it running for:</source>
        <extracomment>how long the test responder keeps answering</extracomment>
        <translation>&amp;Mantener activo durante:</translation>
    </message>
    <message>
        <source>How long the test responder runs</source>
        <translation>Cuánto tiempo funciona el respondedor de prueba</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Start res&amp;ponder</source>
        <translation>Iniciar res&amp;pondedor</translation>
    </message>
    <message>
        <source>St&amp;op responder</source>
        <translation>&amp;Detener respondedor</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Connections the test responder answered</source>
        <translation>Conexiones respondidas por el respondedor de prueba</translation>
    </message>
    <message>
        <source>Outbound destinations</source>
        <translation>Destinos salientes</translation>
    </message>
    <message>
        <source>Test from this client</source>
        <translation>Prueba desde este cliente</translation>
    </message>
    <message>
        <source>Server a&amp;ddress:</source>
        <translation>Dirección del s&amp;ervidor:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>nombre de host o dirección IP</translation>
    </message>
    <message>
        <source>&amp;Timeout per probe:</source>
        <translation>&amp;Tiempo límite por prueba:</translation>
    </message>
    <message>
        <source>Timeout per probe</source>
        <translation>Tiempo límite por prueba</translation>
    </message>
    <message>
        <source>%1 s (default)</source>
        <translation>%1 s (estándar)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <translation>&amp;Cancelar prueba</translation>
    </message>
    <message>
        <source>Results of the test</source>
        <translation>Resultados de la prueba</translation>
    </message>
    <message>
        <source>Cop&amp;y results</source>
        <translation>C&amp;opiar resultados</translation>
    </message>
    <message>
        <source>What the selected result means and what to do</source>
        <translation>Qué significa el resultado seleccionado y qué hacer</translation>
    </message>
    <message>
        <source>Cannot test this address: %1</source>
        <translation>No se puede probar esta dirección: %1</translation>
    </message>
    <message>
        <source>&amp;Start test</source>
        <translation>Iniciar p&amp;rueba</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address to test its ports.</source>
        <translation>Introduzca la dirección del servidor para probar sus puertos.</translation>
    </message>
    <message>
        <source>This plan has nothing that can be tested from here.</source>
        <translation>Este plan no tiene nada que se pueda probar desde aquí.</translation>
    </message>
    <message>
        <source>Probes to run: %1. Each may take up to the timeout; they all run at once.</source>
        <translation>Pruebas que se ejecutarán: %1. Cada una puede tardar hasta el tiempo límite; todas se ejecutan a la vez.</translation>
    </message>
    <message>
        <source>Probes answered: %1 of %2</source>
        <extracomment>progress of a running connectivity test</extracomment>
        <translation>Pruebas terminadas: %1 de %2</translation>
    </message>
    <message>
        <source>Nothing is blocked.</source>
        <translation>No hay nada bloqueado.</translation>
    </message>
    <message>
        <source>Select a row to see what it means and what to do.</source>
        <translation>Seleccione una fila para ver qué significa y qué hacer.</translation>
    </message>
    <message>
        <source>rules to the internet, the LAN or any host, with no host named to test: %1</source>
        <translation>reglas hacia internet, la LAN o cualquier host, sin ningún host indicado que probar: %1</translation>
    </message>
    <message>
        <source>program rules without ports: %1</source>
        <translation>reglas de programa sin puertos: %1</translation>
    </message>
    <message>
        <source>ports beyond the %1 one test probes: %2</source>
        <translation>puertos por encima de los %1 que comprueba como máximo una prueba: %2</translation>
    </message>
    <message>
        <source>Not tested: %1.</source>
        <translation>Sin probar: %1.</translation>
    </message>
    <message>
        <source>the test responder answers on it</source>
        <translation>el respondedor de prueba responde en él</translation>
    </message>
    <message>
        <source>free: the test responder can answer on it</source>
        <translation>libre: el respondedor de prueba puede responder en él</translation>
    </message>
    <message>
        <source>taken by a running service: good, the service is up</source>
        <translation>ocupado por un servicio en marcha: bien, el servicio funciona</translation>
    </message>
    <message>
        <source>cannot listen: %1</source>
        <translation>no puede escuchar: %1</translation>
    </message>
    <message>
        <source>Time left: not running</source>
        <translation>Tiempo restante: no está en marcha</translation>
    </message>
    <message>
        <source>Time left: until stopped</source>
        <translation>Tiempo restante: hasta que se detenga</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <extracomment>the time until the test responder stops by itself, in minutes and seconds</extracomment>
        <translation>Tiempo restante: %1</translation>
    </message>
    <message>
        <source>Listening on all addresses. Now run the test on a client. Connections answered: %1.</source>
        <translation>Escuchando en todas las direcciones. Ahora ejecute la prueba en un cliente. Conexiones respondidas: %1.</translation>
    </message>
    <message>
        <source>The test responder could not listen on any port; the table says why.</source>
        <translation>El respondedor de prueba no pudo escuchar en ningún puerto; la tabla indica el motivo.</translation>
    </message>
    <message>
        <source>Every port is taken by a running service, so there is nothing to answer for: test the path from a client.</source>
        <translation>Todos los puertos están ocupados por un servicio en marcha, así que no hay nada que responder: pruebe el camino desde un cliente.</translation>
    </message>
    <message>
        <source>Stopped; every socket is closed. Connections answered: %1, from addresses: %2.</source>
        <translation>Detenido; todos los sockets están cerrados. Conexiones respondidas: %1, desde direcciones: %2.</translation>
    </message>
    <message>
        <source>The plan&apos;s rules name the server %1; this test uses %2. To change the plan, go back to the options.</source>
        <translation>Las reglas del plan indican el servidor %1; esta prueba usa %2. Para cambiar el plan, vuelva a las opciones.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 probes. %3</source>
        <translation>Cancelada tras %1 de %2 pruebas. %3</translation>
    </message>
    <message>
        <source>Done in %1. %2</source>
        <translation>Terminada en %1. %2</translation>
    </message>
</context>
<context>
    <name>fw::CsvExporter</name>
    <message>
        <source>CSV: a table of the rules for a change request or a spreadsheet</source>
        <translation>CSV: una tabla de las reglas para una solicitud de cambio o una hoja de cálculo</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Puertos</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Extremo remoto</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>Derivada</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>URL de la fuente</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>fw::DeploymentPage</name>
    <message>
        <source>Deployment</source>
        <translation>Despliegue</translation>
    </message>
    <message>
        <source>Where does the server of %1 run? The ports differ between the deployments.</source>
        <translation>¿Dónde funciona el servidor de %1? Los puertos varían según el despliegue.</translation>
    </message>
    <message>
        <source>Choose how your firm uses the product. Your contract or your IT provider can tell you if you are not sure.</source>
        <translation>Elija cómo usa su empresa el producto. Si no está seguro, consulte su contrato o a su proveedor de informática.</translation>
    </message>
</context>
<context>
    <name>fw::Diagnostics</name>
    <message>
        <source>The rules for %1 went to the firewalld zone %2, but the interface %3 is in the zone %4 now, so they do not apply to its traffic. Apply again with --zone %4, or move the interface: firewall-cmd --permanent --zone=%2 --change-interface=%3.</source>
        <translation>Las reglas para %1 fueron a la zona de firewalld %2, pero la interfaz %3 está ahora en la zona %4, así que no se aplican a su tráfico. Vuelva a aplicarlas con --zone %4, o mueva la interfaz: firewall-cmd --permanent --zone=%2 --change-interface=%3.</translation>
    </message>
    <message>
        <source>The record says %1 was applied with nftables, but its jump is no longer in the ruleset (the ruleset was probably reloaded, e.g. by systemctl restart nftables). Apply again.</source>
        <translation>El registro indica que %1 se aplicó con nftables, pero su salto ya no está en el conjunto de reglas (probablemente se recargó, por ejemplo con systemctl restart nftables). Vuelva a aplicarlo.</translation>
    </message>
    <message>
        <source>firewalld&apos;s runtime and permanent configurations differ: %1. Runtime-only changes are lost at the next reload or reboot; make them permanent with firewall-cmd --runtime-to-permanent, or drop them with firewall-cmd --reload.</source>
        <translation>Las configuraciones en tiempo de ejecución y permanente de firewalld difieren: %1. Los cambios solo en tiempo de ejecución se pierden en la próxima recarga o reinicio; hágalos permanentes con firewall-cmd --runtime-to-permanent o descártelos con firewall-cmd --reload.</translation>
    </message>
    <message>
        <source>Docker is present (%1). Ports that containers publish bypass ufw&apos;s rules and firewalld&apos;s zones, because Docker adds its own rules before them: a port can be open although the firewall says it is closed, and the other way round. Test with the connectivity check, not by reading the configuration.</source>
        <translation>Docker está presente (%1). Los puertos que publican los contenedores eluden las reglas de ufw y las zonas de firewalld, porque Docker añade sus propias reglas antes: un puerto puede estar abierto aunque el cortafuegos diga que está cerrado, y al revés. Compruébelo con la prueba de conectividad, no leyendo la configuración.</translation>
    </message>
    <message>
        <source>firewalld is running and ufw is enabled as well: both filter, and a port must be open in both. Use one of them (systemctl disable --now ufw, or firewalld).</source>
        <translation>firewalld está en marcha y ufw también está habilitado: ambos filtran y un puerto debe estar abierto en los dos. Use solo uno de ellos (systemctl disable --now ufw, o firewalld).</translation>
    </message>
    <message>
        <source>Firewall Setup Wizard diagnostics</source>
        <translation>Diagnóstico de Firewall Setup Wizard</translation>
    </message>
    <message>
        <source>Program: %1 (Qt %2, spdlog %3)</source>
        <translation>Programa: %1 (Qt %2, spdlog %3)</translation>
    </message>
    <message>
        <source>System: %1, %2</source>
        <translation>Sistema: %1, %2</translation>
    </message>
    <message>
        <source>Privileged: %1</source>
        <translation>Con privilegios: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no (some firewall state needs root)</source>
        <translation>no (parte del estado del cortafuegos necesita root)</translation>
    </message>
    <message>
        <source>Firewall:</source>
        <translation>Cortafuegos:</translation>
    </message>
    <message>
        <source>  firewalld runtime and permanent differ:</source>
        <translation>  las configuraciones en tiempo de ejecución y permanente de firewalld difieren:</translation>
    </message>
    <message>
        <source>Applied by this program:</source>
        <translation>Aplicado por este programa:</translation>
    </message>
    <message>
        <source>  nothing</source>
        <translation>  nada</translation>
    </message>
    <message>
        <source>Last connectivity check:</source>
        <translation>Última prueba de conectividad:</translation>
    </message>
    <message>
        <source>  none stored (%1)</source>
        <translation>  ninguna guardada (%1)</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avisos:</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  ninguno</translation>
    </message>
    <message>
        <source>Log (%1), last lines:</source>
        <translation>Registro (%1), últimas líneas:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>State folder: %1</source>
        <translation>Carpeta de estado: %1</translation>
    </message>
    <message>
        <source>  (what root applied is recorded in %1, which only root can read: run sudo firewall-wizard diagnose)</source>
        <translation>  (lo que aplicó root está registrado en %1, que solo root puede leer: ejecute sudo firewall-wizard diagnose)</translation>
    </message>
    <message>
        <source>  ufw&apos;s own report (as ufw prints it, untranslated):</source>
        <translation>  Informe del propio ufw (tal como lo imprime ufw, sin traducir):</translation>
    </message>
</context>
<context>
    <name>fw::DiagnosticsDialog</name>
    <message>
        <source>Copied: the whole report is on the clipboard.</source>
        <translation>Copiado: todo el informe está en el portapapeles.</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <extracomment>file dialog filter</extracomment>
        <translation>Guardar el diagnóstico</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Not saved: %1 cannot be written: %2</source>
        <translation>No guardado: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Diagnostics – Firewall Setup Wizard</source>
        <translation>Diagnóstico – Firewall Setup Wizard</translation>
    </message>
    <message>
        <source>What a support request needs, with nothing secret in it: the versions, the system, the firewall and its state, what this program applied, the last connectivity check and the log&apos;s last lines. Copy it or save it and attach it to your request.</source>
        <translation>Lo que necesita una solicitud de soporte, sin nada secreto: las versiones, el sistema, el cortafuegos y su estado, lo que aplicó este programa, la última prueba de conectividad y las últimas líneas del registro. Cópielo o guárdelo y adjúntelo a su solicitud.</translation>
    </message>
    <message>
        <source>Collecting: asking nftables, firewalld and ufw for their state…</source>
        <translation>Recopilando: se consulta el estado de nftables, firewalld y ufw…</translation>
    </message>
    <message>
        <source>Collecting diagnostics</source>
        <extracomment>accessible name of the busy indicator</extracomment>
        <translation>Recopilando el diagnóstico</translation>
    </message>
    <message>
        <source>Re&amp;port:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <source>Diagnostics report</source>
        <translation>Informe de diagnóstico</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the whole report to the clipboard</source>
        <translation>Copiar todo el informe al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Save the report as a text file</source>
        <translation>Guardar el informe como archivo de texto</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Collect the diagnostics again</source>
        <translation>Volver a recopilar el diagnóstico</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <extracomment>a warning found by the diagnostics, e.g. Docker bypassing ufw</extracomment>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>No warnings: none of the common mistakes was found.</source>
        <translation>Sin avisos: no se encontró ninguno de los errores habituales.</translation>
    </message>
    <message>
        <source>Not run as root: some of the firewall&apos;s state, and the record of what this program applied (in %1), can be read only by root and are missing below. For the complete report, run in a terminal: sudo firewall-wizard diagnose</source>
        <translation>No se ejecuta como root: parte del estado del cortafuegos y el registro de lo que aplicó este programa (en %1) solo los puede leer root, y faltan abajo. Para el informe completo, ejecute en un terminal: sudo firewall-wizard diagnose</translation>
    </message>
</context>
<context>
    <name>fw::DurableWrite</name>
    <message>
        <source>cannot write %1: it is not a regular file</source>
        <translation>no se puede escribir %1: no es un archivo regular</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: the folder cannot be synced: %2</source>
        <translation>no se puede escribir %1: no se puede sincronizar la carpeta: %2</translation>
    </message>
    <message>
        <source>cannot write %1: reading it back does not give what was written</source>
        <translation>no se puede escribir %1: al releerlo no se obtiene lo que se escribió</translation>
    </message>
</context>
<context>
    <name>fw::ExportPage</name>
    <message>
        <source>Export or apply</source>
        <translation>Exportar o aplicar</translation>
    </message>
    <message>
        <source>Save the rules for this or other machines, or apply them on this computer.</source>
        <translation>Guarde las reglas para este u otros equipos, o aplíquelas en este equipo.</translation>
    </message>
    <message>
        <source>&amp;Export to files</source>
        <translation>E&amp;xportar a archivos</translation>
    </message>
    <message>
        <source>Apply on this co&amp;mputer</source>
        <translation>Aplicar en este e&amp;quipo</translation>
    </message>
    <message>
        <source>F&amp;ormats to save:</source>
        <translation>Formatos de &amp;salida:</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formatos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Pre&amp;view:</source>
        <translation>&amp;Vista previa:</translation>
    </message>
    <message>
        <source>Why this format cannot be written</source>
        <translation>Por qué no se puede escribir este formato</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>Copies the text of the preview to the clipboard.</source>
        <translation>Copia el texto de la vista previa al portapapeles.</translation>
    </message>
    <message>
        <source>Copy the preview</source>
        <translation>Copiar la vista previa</translation>
    </message>
    <message>
        <source>Save PDF chec&amp;klist…</source>
        <translation>Guardar lista de co&amp;mprobación PDF…</translation>
    </message>
    <message>
        <source>Saves a checklist to print: every rule with a tick box, the notes, the test results and a sign-off line, in the language of the wizard.</source>
        <translation>Guarda una lista de comprobación para imprimir: cada regla con una casilla, las notas, los resultados de la prueba y una línea de conformidad, en el idioma del asistente.</translation>
    </message>
    <message>
        <source>Writing the PDF checklist</source>
        <translation>Escribiendo la lista de comprobación en PDF</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>firewalld &amp;zone:</source>
        <translation>&amp;Zona de firewalld:</translation>
    </message>
    <message>
        <source>the default zone</source>
        <translation>la zona predeterminada</translation>
    </message>
    <message>
        <source>firewalld and Ansible: the zone to add the rules to. Empty: the default zone.</source>
        <translation>firewalld y Ansible: la zona a la que se añaden las reglas. Vacío: la zona predeterminada.</translation>
    </message>
    <message>
        <source>LAN address &amp;ranges:</source>
        <translation>&amp;Rangos de direcciones de la LAN:</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.0/24</source>
        <translation>p. ej., 192.168.1.0/24</translation>
    </message>
    <message>
        <source>Linux formats: where &quot;the LAN&quot; is, comma-separated. Empty: rules for the LAN allow any address, and the file says so.</source>
        <translation>Formatos de Linux: dónde está &quot;la LAN&quot;, separado por comas. Vacío: las reglas para la LAN permiten cualquier dirección, y el archivo lo indica.</translation>
    </message>
    <message>
        <source>Program fol&amp;der:</source>
        <translation>&amp;Carpeta de programas:</translation>
    </message>
    <message>
        <source>Program Files</source>
        <translation>Program Files</translation>
    </message>
    <message>
        <source>PowerShell, netsh and Ansible: a folder on the target machine searched first for the vendor&apos;s programs, before Program Files.</source>
        <translation>PowerShell, netsh y Ansible: una carpeta del equipo de destino en la que se buscan primero los programas del fabricante, antes que en Program Files.</translation>
    </message>
    <message>
        <source>nftables &amp;input policy:</source>
        <translation>Política de &amp;entrada de nftables:</translation>
    </message>
    <message>
        <source>accept (only add rules)</source>
        <extracomment>nftables input policy: let other traffic through (the table only adds what the plan allows)</extracomment>
        <translation>accept (solo añadir reglas)</translation>
    </message>
    <message>
        <source>drop (only what the plan allows)</source>
        <extracomment>nftables input policy: let in only what the plan allows</extracomment>
        <translation>drop (solo lo que permite el plan)</translation>
    </message>
    <message>
        <source>With drop, the table lets in only what the plan allows, replies, loopback and ICMP: use it where this is the machine&apos;s only firewall.</source>
        <translation>Con drop, la tabla solo deja entrar lo que permite el plan, las respuestas, el loopback e ICMP: úselo donde este sea el único cortafuegos del equipo.</translation>
    </message>
    <message>
        <source>PDF &amp;paper size:</source>
        <translation>&amp;Tamaño de papel del PDF:</translation>
    </message>
    <message>
        <source>as usual here (%1)</source>
        <extracomment>paper size chosen by the system&apos;s locale; %1 is &quot;A4&quot; or &quot;Letter&quot;</extracomment>
        <translation>habitual aquí (%1)</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>For the PDF checklist.</source>
        <translation>Para la lista de comprobación en PDF.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <extracomment>before what is wrong with a setting; the word says it without the colour</extracomment>
        <translation>No válido: %1</translation>
    </message>
    <message>
        <source>The plan cannot be worked out: go back and complete your choices.</source>
        <translation>No se puede determinar el plan: vuelva atrás y complete su elección.</translation>
    </message>
    <message>
        <source>%1 (cannot be written)</source>
        <extracomment>a format in the list that cannot be written for this plan; the preview says why</extracomment>
        <translation>%1 (no se puede escribir)</translation>
    </message>
    <message>
        <source>Preview of the %1 file</source>
        <extracomment>accessible name of the preview; %1 is a format (&quot;nftables&quot;)</extracomment>
        <translation>Vista previa del archivo %1</translation>
    </message>
    <message>
        <source>Not possible: the %1 file cannot be written for this plan, for these reasons:</source>
        <translation>No es posible: el archivo %1 no se puede escribir para este plan, por estos motivos:</translation>
    </message>
    <message>
        <source>rule %1</source>
        <extracomment>where an export problem is: the rule&apos;s id</extracomment>
        <translation>regla %1</translation>
    </message>
    <message>
        <source>field %1</source>
        <extracomment>where an export problem is: the field of the rule or setting (&quot;program&quot;, &quot;hosts&quot;)</extracomment>
        <translation>campo %1</translation>
    </message>
    <message>
        <source>The other formats are not affected; choose one of them, or correct the setting or the catalog entry named above.</source>
        <translation>Los demás formatos no se ven afectados; elija uno de ellos, o corrija el ajuste o la entrada del catálogo indicados arriba.</translation>
    </message>
    <message>
        <source>&amp;Save %1…</source>
        <extracomment>%1 is the format shown in the preview (&quot;nftables&quot;)</extracomment>
        <translation>&amp;Guardar %1…</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>These files already exist and would be replaced:
%1

Replace them?</source>
        <translation>Estos archivos ya existen y se reemplazarían:
%1

¿Reemplazarlos?</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>¿Reemplazar los archivos?</translation>
    </message>
    <message>
        <source>Copied: the %1 text is on the clipboard.</source>
        <extracomment>%1 is a format (&quot;nftables&quot;)</extracomment>
        <translation>Copiado: el texto de %1 está en el portapapeles.</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <extracomment>file dialog filter; %1 is a format (&quot;nftables&quot;), %2 its extension (&quot;nft&quot;)</extracomment>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save the %1 file</source>
        <translation>Guardar el archivo %1</translation>
    </message>
    <message>
        <source>Not saved: %1 was kept as it was.</source>
        <translation>No guardado: %1 se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>Choose a folder for the files</source>
        <translation>Elija una carpeta para los archivos</translation>
    </message>
    <message>
        <source>Not saved: the existing files in %1 were kept as they were.</source>
        <translation>No guardado: los archivos existentes en %1 se han dejado como estaban.</translation>
    </message>
    <message>
        <source>Save the PDF checklist</source>
        <translation>Guardar la lista de comprobación en PDF</translation>
    </message>
    <message>
        <source>Writing the PDF checklist to %1…</source>
        <translation>Escribiendo la lista de comprobación en PDF en %1…</translation>
    </message>
    <message>
        <source>The highlighted format is shown in the preview and saved with Save; tick several to save them into a folder. Space ticks or unticks.</source>
        <translation>El formato resaltado se muestra en la vista previa y se guarda con Guardar; marque varios para guardarlos en una carpeta. La barra espaciadora marca o desmarca.</translation>
    </message>
    <message>
        <source>Saves the format shown in the preview into a file you choose.</source>
        <translation>Guarda el formato que se muestra en la vista previa en un archivo que usted elija.</translation>
    </message>
    <message numerus="yes">
        <source>Save %n ticked…</source>
        <extracomment>saves the ticked formats into a folder; %n is how many are ticked</extracomment>
        <translation>
            <numerusform>Guardar %n formato marcado…</numerusform>
            <numerusform>Guardar %n formatos marcados…</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick formats in the list to save them into a folder at once.</source>
        <extracomment>%1 lists the ticked formats (&quot;nftables, ufw&quot;)</extracomment>
        <translation>Marque formatos en la lista para guardarlos a la vez en una carpeta.</translation>
    </message>
    <message>
        <source>Saves the ticked formats into a folder you choose, each under its own name: %1</source>
        <translation>Guarda los formatos marcados en una carpeta que usted elija, cada uno con su propio nombre: %1</translation>
    </message>
</context>
<context>
    <name>fw::ExportSession</name>
    <message>
        <source>firewalld zone</source>
        <translation>Zona de firewalld</translation>
    </message>
    <message>
        <source>LAN address ranges</source>
        <translation>Rangos de direcciones de la LAN</translation>
    </message>
    <message>
        <source>Program folder</source>
        <translation>Carpeta de programas</translation>
    </message>
    <message>
        <source>nftables input policy</source>
        <translation>Política de entrada de nftables</translation>
    </message>
    <message>
        <source>PDF paper size</source>
        <translation>Tamaño de papel del PDF</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3.</source>
        <extracomment>a setting typed wrong: %1 is the setting (&quot;firewalld zone&quot;), %2 the value typed, %3 what is wrong</extracomment>
        <translation>%1 «%2»: %3.</translation>
    </message>
    <message>
        <source>a zone name has only letters, digits, _ and -</source>
        <translation>un nombre de zona solo contiene letras, dígitos, _ y -</translation>
    </message>
    <message>
        <source>not an address range such as 192.168.1.0/24 or fd00::/64</source>
        <translation>no es un rango de direcciones como 192.168.1.0/24 o fd00::/64</translation>
    </message>
    <message>
        <source>one of accept, drop</source>
        <translation>debe ser accept o drop</translation>
    </message>
    <message>
        <source>one of a4, letter</source>
        <translation>debe ser a4 o letter</translation>
    </message>
    <message>
        <source>not a valid value</source>
        <translation>no es un valor válido</translation>
    </message>
    <message>
        <source>it cannot be written for this plan: %1</source>
        <extracomment>why a file was not saved; %1 lists the problems</extracomment>
        <translation>no se puede escribir para este plan: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a file not saved: %1 is the file, %2 the reason</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Saved: the %1 file %2</source>
        <extracomment>%1 is a format (&quot;nftables&quot;), %2 the file</extracomment>
        <translation>Guardado: el archivo %1 %2</translation>
    </message>
    <message>
        <source>Saved into %1: %2</source>
        <extracomment>%1 is a folder, %2 the names of the files saved into it</extracomment>
        <translation>Guardado en %1: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Not saved: the %1 file cannot be written for this plan (the preview says why).</source>
        <translation>No guardado: el archivo %1 no se puede escribir para este plan (la vista previa indica el motivo).</translation>
    </message>
    <message>
        <source>Not saved, because they cannot be written for this plan (select one to see why): %1</source>
        <extracomment>%1 lists formats (&quot;netsh, PowerShell&quot;)</extracomment>
        <translation>No guardados, porque no se pueden escribir para este plan (seleccione uno para ver el motivo): %1</translation>
    </message>
</context>
<context>
    <name>fw::ExportText</name>
    <message>
        <source>--zone %1: a zone name has only letters, digits, _ and -</source>
        <translation>--zone %1: un nombre de zona solo contiene letras, dígitos, _ y -</translation>
    </message>
    <message>
        <source>--lan %1: &quot;%2&quot; is not an address range such as 192.168.1.0/24</source>
        <translation>--lan %1: &quot;%2&quot; no es un rango de direcciones como 192.168.1.0/24</translation>
    </message>
    <message>
        <source>--input-policy %1: one of accept, drop</source>
        <translation>--input-policy %1: accept o drop</translation>
    </message>
    <message>
        <source>--page-size %1: one of a4, letter</source>
        <translation>--page-size %1: a4 o letter</translation>
    </message>
    <message>
        <source>unknown export setting %1</source>
        <translation>ajuste de exportación desconocido: %1</translation>
    </message>
    <message>
        <source>rule %1, remote host: %2</source>
        <translation>regla %1, host remoto: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Despliegue</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Generador</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Firewall rules for %1 (%2), written by Firewall Setup Wizard.</source>
        <translation>Reglas de cortafuegos para %1 (%2), escritas por Firewall Setup Wizard.</translation>
    </message>
    <message>
        <source>remote side is the internet: any address is allowed</source>
        <translation>el extremo remoto es internet: se permite cualquier dirección</translation>
    </message>
    <message>
        <source>remote side is the LAN, but no LAN range was given (--lan): any address is allowed</source>
        <translation>el extremo remoto es la LAN, pero no se indicó ningún rango de la LAN (--lan): se permite cualquier dirección</translation>
    </message>
    <message>
        <source>remote side is the server, but its address was not given (--set server=...): any address is allowed</source>
        <translation>el extremo remoto es el servidor, pero no se indicó su dirección (--set server=...): se permite cualquier dirección</translation>
    </message>
    <message>
        <source>remote side is %1, a host name: firewalls here match addresses only and the addresses can change, so any address is allowed; restrict it by name on the network firewall</source>
        <translation>el extremo remoto es %1, un nombre de host: aquí los cortafuegos solo comparan direcciones y las direcciones pueden cambiar, así que se permite cualquier dirección; restrínjalo por nombre en el cortafuegos de red</translation>
    </message>
    <message>
        <source>Not in this file: program rules. Linux firewalls match ports, not Windows programs; use the PowerShell or netsh export on the Windows machines for these:</source>
        <translation>No están en este archivo: las reglas de programa. Los cortafuegos de Linux comparan puertos, no programas de Windows; para ellas, use en los equipos Windows la exportación para PowerShell o netsh:</translation>
    </message>
    <message>
        <source>This plan has no port rule for %1, so this file opens nothing. The vendor names only programs here; see the notes of the plan for the ports to pin.</source>
        <translation>Este plan no tiene ninguna regla de puerto para %1, así que este archivo no abre nada. Aquí el fabricante solo indica programas; los puertos que hay que fijar figuran en las notas del plan.</translation>
    </message>
    <message>
        <source>rule %1: the program &quot;%2&quot; cannot be used: %3</source>
        <translation>regla %1: no se puede usar el programa &quot;%2&quot;: %3</translation>
    </message>
</context>
<context>
    <name>fw::Exporters</name>
    <message>
        <source>%1: unknown format (one of: %2)</source>
        <translation>%1: formato desconocido (uno de: %2)</translation>
    </message>
</context>
<context>
    <name>fw::FinishPage</name>
    <message>
        <source>Finished</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Keep this summary with your records, or select it and copy it.</source>
        <translation>Guarde este resumen con su documentación, o selecciónelo y cópielo.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>What you chose</source>
        <translation>Lo que eligió</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Despliegue</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>El plan</translation>
    </message>
    <message>
        <source>Rules for the firewall: %1</source>
        <translation>Reglas para el cortafuegos: %1</translation>
    </message>
    <message>
        <source>Of these, derived and not the vendor&apos;s own statement: %1</source>
        <translation>De ellas, derivadas y no indicadas por el propio fabricante: %1</translation>
    </message>
    <message>
        <source>Programs to allow to send and receive: %1</source>
        <translation>Programas a los que hay que permitir enviar y recibir: %1</translation>
    </message>
    <message>
        <source>Notes and advice: %1</source>
        <translation>Notas y consejos: %1</translation>
    </message>
    <message>
        <source>The choices are not complete, so there is no plan.</source>
        <translation>La elección no está completa, así que no hay plan.</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Lo que se hizo</translation>
    </message>
    <message>
        <source>What was tested, saved and applied, and what is left to do. The wizard remembers your choices for next time.</source>
        <translation>Lo que se probó, guardó y aplicó, y lo que queda por hacer. El asistente recuerda su elección para la próxima vez.</translation>
    </message>
    <message>
        <source>Files saved</source>
        <translation>Archivos guardados</translation>
    </message>
    <message>
        <source>&amp;Print checklist…</source>
        <translation>Im&amp;primir lista de comprobación…</translation>
    </message>
    <message>
        <source>Print the checklist with every rule, the test results and a sign-off line.</source>
        <translation>Imprimir la lista de comprobación con cada regla, los resultados de la prueba y una línea de conformidad.</translation>
    </message>
    <message>
        <source>On this computer:</source>
        <translation>En este equipo:</translation>
    </message>
    <message>
        <source>Files saved: %1 (listed below, each folder with Open folder).</source>
        <translation>Archivos guardados: %1 (se enumeran abajo, cada carpeta con &quot;Abrir carpeta&quot;).</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Open folder %1</source>
        <extracomment>accessible name of the button that opens a folder in the file manager; %1 is the folder</extracomment>
        <translation>Abrir la carpeta %1</translation>
    </message>
    <message>
        <source>%1 could not be opened: no file manager answered. Open it by hand.</source>
        <translation>No se pudo abrir %1: ningún administrador de archivos respondió. Ábrala manualmente.</translation>
    </message>
    <message>
        <source>the server</source>
        <extracomment>where a saved script is run: the machine the plan is for (a server) or every client of it</extracomment>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>each client computer</source>
        <translation>cada equipo cliente</translation>
    </message>
    <message>
        <source>On %1, run %2 in PowerShell opened with &quot;Run as administrator&quot;; add -WhatIf first to see what it would change.</source>
        <translation>En %1, ejecute %2 en una ventana de PowerShell abierta con &quot;Ejecutar como administrador&quot;; añada primero -WhatIf para ver qué cambiaría.</translation>
    </message>
    <message>
        <source>On %1, run %2 in a Command Prompt opened with &quot;Run as administrator&quot;; run it with /undo to remove its rules again.</source>
        <translation>En %1, ejecute %2 en un símbolo del sistema abierto con &quot;Ejecutar como administrador&quot;; ejecútelo con /undo para volver a quitar sus reglas.</translation>
    </message>
    <message>
        <source>On %1, load %2 as root:</source>
        <translation>En %1, cargue %2 como root:</translation>
    </message>
    <message>
        <source>On %1, run %2 as root:</source>
        <translation>En %1, ejecute %2 como root:</translation>
    </message>
    <message>
        <source>Run the playbook %1 against %2, or hand it to whoever runs Ansible:</source>
        <translation>Ejecute el playbook %1 contra %2, o entrégueselo a quien gestione Ansible:</translation>
    </message>
    <message>
        <source>Hand %1 to the team that runs the network firewall: it lists every rule for their change request.</source>
        <translation>Entregue %1 al equipo que gestiona el cortafuegos de red: contiene cada regla para su solicitud de cambio.</translation>
    </message>
    <message>
        <source>%1 holds the plan for other programs, such as an inventory or a change system.</source>
        <translation>%1 contiene el plan para otros programas, como un inventario o un sistema de gestión de cambios.</translation>
    </message>
    <message>
        <source>Print the checklist %1 (or use Print checklist below), tick each rule once it is in place, and sign it.</source>
        <translation>Imprima la lista de comprobación %1 (o use &quot;Imprimir lista de comprobación&quot; abajo), marque cada regla cuando esté aplicada y fírmela.</translation>
    </message>
    <message>
        <source>Nothing was saved or applied yet. Go Back to the Export page to save the rules for whoever manages your firewall, or to apply them on this computer.</source>
        <translation>Todavía no se ha guardado ni aplicado nada. Vuelva &quot;Atrás&quot; a la página &quot;Exportar o aplicar&quot; para guardar las reglas para quien administre su cortafuegos, o para aplicarlas en este equipo.</translation>
    </message>
    <message>
        <source>To remove again what this wizard applied on this computer:</source>
        <translation>Para quitar de nuevo lo que este asistente aplicó en este equipo:</translation>
    </message>
    <message>
        <source>Once the rules are in place, test the connections again on the Test connectivity page.</source>
        <translation>Cuando las reglas estén aplicadas, vuelva a probar las conexiones en la página &quot;Probar la conectividad&quot;.</translation>
    </message>
    <message>
        <source>Firewall checklist: %1</source>
        <extracomment>the print job&apos;s name; %1 is the plan&apos;s title (&quot;Palisade network software 8.x, License server&quot;)</extracomment>
        <translation>Lista de comprobación del cortafuegos: %1</translation>
    </message>
</context>
<context>
    <name>fw::FirewallWizard</name>
    <message>
        <source>Language</source>
        <extracomment>accessible name of the button that opens the list of languages</extracomment>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Switch the language of the wizard; it changes at once.</source>
        <translation>Cambiar el idioma del asistente; cambia al instante.</translation>
    </message>
    <message>
        <source>Firewall Setup Wizard</source>
        <translation>Firewall Setup Wizard</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 – Firewall Setup Wizard</source>
        <extracomment>window title: step number, number of steps, the page&apos;s title</extracomment>
        <translation>Paso %1 de %2: %3 – Firewall Setup Wizard</translation>
    </message>
    <message>
        <source>Plan file</source>
        <extracomment>accessible name of the button whose menu opens and saves plan files</extracomment>
        <translation>Archivo de plan</translation>
    </message>
    <message>
        <source>Open a plan file (.fwplan) with saved choices, or save the current choices as one.</source>
        <translation>Abrir un archivo de plan (.fwplan) con una elección guardada, o guardar la elección actual en uno.</translation>
    </message>
    <message>
        <source>&amp;Open Plan…</source>
        <translation>&amp;Abrir plan…</translation>
    </message>
    <message>
        <source>&amp;Save Plan…</source>
        <translation>&amp;Guardar plan…</translation>
    </message>
    <message>
        <source>Help</source>
        <extracomment>accessible name of the button whose menu holds Diagnostics and About</extracomment>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnóstico…</translation>
    </message>
    <message>
        <source>&amp;About Firewall Setup Wizard</source>
        <translation>&amp;Acerca de Firewall Setup Wizard</translation>
    </message>
    <message>
        <source>Plan files (*.%1);;All files (*)</source>
        <extracomment>file dialog filter</extracomment>
        <translation>Archivos de plan (*.%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Abrir plan</translation>
    </message>
    <message>
        <source>%1 cannot be opened; your choices are unchanged.

%2</source>
        <translation>No se puede abrir %1; su elección no ha cambiado.

%2</translation>
    </message>
    <message>
        <source>%1 is open, but not all of its choices fit this program&apos;s catalog; check the page shown.

%2</source>
        <translation>%1 está abierto, pero no toda su elección encaja con el catálogo de este programa; revise la página que se muestra.

%2</translation>
    </message>
    <message>
        <source>Save Plan</source>
        <translation>Guardar plan</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 ya existe. ¿Desea reemplazarlo?</translation>
    </message>
    <message>
        <source>The plan was not saved: %1 cannot be written: %2</source>
        <translation>El plan no se guardó: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 is not opened now: the firewall is being changed. Open it when that has finished.</source>
        <translation>%1 no se abre ahora: se está cambiando el cortafuegos. Ábralo cuando haya terminado.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Quit? Saved files and rules applied on this computer stay as they are, but the summary of this session (what was tested, saved and applied, and the next steps) closes with the wizard.</source>
        <translation>¿Salir? Los archivos guardados y las reglas aplicadas en este equipo se quedan como están, pero el resumen de esta sesión (lo que se probó, guardó y aplicó, y los próximos pasos) se cierra con el asistente.</translation>
    </message>
</context>
<context>
    <name>fw::FirewalldBackend</name>
    <message>
        <source>zone %1 exists only at runtime</source>
        <translation>la zona %1 solo existe en tiempo de ejecución</translation>
    </message>
    <message>
        <source>runtime has &quot;%1&quot;</source>
        <translation>en tiempo de ejecución hay &quot;%1&quot;</translation>
    </message>
    <message>
        <source>permanent has &quot;%1&quot;</source>
        <translation>en la permanente hay &quot;%1&quot;</translation>
    </message>
    <message>
        <source>zone %1: %2</source>
        <translation>zona %1: %2</translation>
    </message>
    <message>
        <source>zone %1 exists only in the permanent configuration</source>
        <translation>la zona %1 solo existe en la configuración permanente</translation>
    </message>
    <message>
        <source>firewalld is not installed (neither firewall-cmd nor firewall-offline-cmd is there)</source>
        <translation>firewalld no está instalado (no están ni firewall-cmd ni firewall-offline-cmd)</translation>
    </message>
    <message>
        <source>cannot read firewalld&apos;s configuration: %1</source>
        <translation>no se puede leer la configuración de firewalld: %1</translation>
    </message>
    <message>
        <source>firewalld is not running, and without it only firewall-offline-cmd could change its configuration, which is not installed</source>
        <translation>firewalld no está en marcha y, sin él, solo firewall-offline-cmd podría cambiar su configuración, y no está instalado</translation>
    </message>
    <message>
        <source>firewalld is not running: its permanent configuration is changed with firewall-offline-cmd and takes effect when firewalld starts.</source>
        <translation>firewalld no está en marcha: su configuración permanente se cambia con firewall-offline-cmd y surte efecto cuando se inicie firewalld.</translation>
    </message>
    <message>
        <source>firewalld lets this machine&apos;s own connections out unless a policy restricts them: the outbound rules need nothing here.</source>
        <translation>firewalld deja salir las conexiones propias de este equipo salvo que una política las restrinja: las reglas salientes no necesitan nada aquí.</translation>
    </message>
    <message>
        <source>The plan has no inbound rule with ports: there is nothing to open in firewalld.</source>
        <translation>El plan no tiene ninguna regla entrante con puertos: no hay nada que abrir en firewalld.</translation>
    </message>
    <message>
        <source>cannot tell which zone faces the clients; name it with --zone (zones: %1)</source>
        <translation>no se puede determinar qué zona da a los clientes; indíquela con --zone (zonas: %1)</translation>
    </message>
    <message>
        <source>firewalld has no zone named %1 (zones: %2)</source>
        <translation>firewalld no tiene ninguna zona llamada %1 (zonas: %2)</translation>
    </message>
    <message>
        <source>Warning: the interface %1, which faces the clients, is in the zone %2, not in %3: rules in %3 do not apply to its traffic.</source>
        <translation>Aviso: la interfaz %1, que da a los clientes, está en la zona %2, no en %3: las reglas de %3 no se aplican a su tráfico.</translation>
    </message>
    <message>
        <source>The rules go to the zone %1, the zone of the interface %2, which faces the clients (choose another with --zone or --interface).</source>
        <translation>Las reglas van a la zona %1, la zona de la interfaz %2, que da a los clientes (elija otra con --zone o --interface).</translation>
    </message>
    <message>
        <source>The rules go to the zone %1.</source>
        <translation>Las reglas van a la zona %1.</translation>
    </message>
    <message>
        <source>firewalld&apos;s runtime configuration differs from its permanent one (%1). Applying needs a reload, because a new or changed service reaches the runtime only that way, and the reload would discard those runtime-only changes. Make them permanent (firewall-cmd --runtime-to-permanent) or drop them (firewall-cmd --reload), then apply again.</source>
        <translation>La configuración en tiempo de ejecución de firewalld difiere de la permanente (%1). Aplicar requiere una recarga, porque un servicio nuevo o modificado solo llega así al tiempo de ejecución, y la recarga descartaría esos cambios hechos solo en tiempo de ejecución. Hágalos permanentes (firewall-cmd --runtime-to-permanent) o descártelos (firewall-cmd --reload) y vuelva a aplicar.</translation>
    </message>
    <message>
        <source>Write the service %1 (the ports open to every address)</source>
        <translation>Escribir el servicio %1 (los puertos abiertos a todas las direcciones)</translation>
    </message>
    <message>
        <source>Reload firewalld so that its runtime knows the service (firewalld#375)</source>
        <translation>Recargar firewalld para que el tiempo de ejecución conozca el servicio (firewalld#375)</translation>
    </message>
    <message>
        <source>Add the service %1 to the zone %2 (%3)</source>
        <translation>Añadir el servicio %1 a la zona %2 (%3)</translation>
    </message>
    <message>
        <source>Add a rich rule to the zone %1 (%2)</source>
        <translation>Añadir una rich rule a la zona %1 (%2)</translation>
    </message>
    <message>
        <source>Remove the service %1 from the zone %2, where an earlier apply put it (%3)</source>
        <translation>Quitar el servicio %1 de la zona %2, donde lo puso una aplicación anterior (%3)</translation>
    </message>
    <message>
        <source>Remove a rich rule of an earlier apply from the zone %1 (%2)</source>
        <translation>Quitar una rich rule de una aplicación anterior de la zona %1 (%2)</translation>
    </message>
    <message>
        <source>Read the zone and the service back, permanent and runtime</source>
        <translation>Releer la zona y el servicio, permanente y en tiempo de ejecución</translation>
    </message>
    <message>
        <source>Read the zone and the service back</source>
        <translation>Releer la zona y el servicio</translation>
    </message>
    <message>
        <source>the %1 zone %2 does not list the service %3</source>
        <translation>la zona %2 (%1) no incluye el servicio %3</translation>
    </message>
    <message>
        <source>the %1 zone %2 lacks the rich rule %3</source>
        <translation>a la zona %2 (%1) le falta la rich rule %3</translation>
    </message>
    <message>
        <source>the %1 service %2 does not have the ports %3</source>
        <translation>el servicio %2 (%1) no tiene los puertos %3</translation>
    </message>
    <message>
        <source>firewalld is not running, and firewall-offline-cmd is not installed</source>
        <translation>firewalld no está en marcha y firewall-offline-cmd no está instalado</translation>
    </message>
    <message>
        <source>Remove the service %1 from the zone %2 (%3)</source>
        <translation>Quitar el servicio %1 de la zona %2 (%3)</translation>
    </message>
    <message>
        <source>Remove a rich rule from the zone %1 (%2)</source>
        <translation>Quitar una rich rule de la zona %1 (%2)</translation>
    </message>
    <message>
        <source>Delete the service %1</source>
        <translation>Borrar el servicio %1</translation>
    </message>
    <message>
        <source>Delete the service file %1</source>
        <translation>Borrar el archivo de servicio %1</translation>
    </message>
    <message>
        <source>firewalld holds nothing of this program&apos;s any more.</source>
        <translation>firewalld ya no contiene nada de este programa.</translation>
    </message>
    <message>
        <source>Read the zones back</source>
        <translation>Releer las zonas</translation>
    </message>
    <message>
        <source>the %1 zone %2 still lists the service %3</source>
        <translation>la zona %2 (%1) todavía incluye el servicio %3</translation>
    </message>
    <message>
        <source>Put the zone and service files of the backup %1 back</source>
        <translation>Restaurar los archivos de zona y de servicio de la copia de seguridad %1</translation>
    </message>
    <message>
        <source>Reload firewalld</source>
        <translation>Recargar firewalld</translation>
    </message>
    <message>
        <source>runtime</source>
        <translation>tiempo de ejecución</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>permanente</translation>
    </message>
    <message>
        <source>the backup %1 names %2, which is none of firewalld&apos;s files that this program backs up; it is not used</source>
        <translation>la copia de seguridad %1 indica %2, que no es ninguno de los archivos de firewalld de los que este programa hace copia de seguridad; no se usa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no firewalld zone name</source>
        <translation>&quot;%1&quot; no es un nombre de zona de firewalld</translation>
    </message>
    <message>
        <source>the service &quot;%1&quot; is not this program&apos;s (%2)</source>
        <translation>el servicio &quot;%1&quot; no es de este programa (%2)</translation>
    </message>
    <message>
        <source>the service file %1 is not this program&apos;s</source>
        <translation>el archivo de servicio %1 no es de este programa</translation>
    </message>
    <message>
        <source>the rich rule &quot;%1&quot; is not one this program writes</source>
        <translation>la rich rule &quot;%1&quot; no es de las que escribe este programa</translation>
    </message>
    <message>
        <source>Rich rules carry no name of this program&apos;s, so without a record they cannot be told from the zones&apos; own: they stay (firewall-cmd --list-rich-rules shows them).</source>
        <translation>Las rich rules no llevan ningún nombre de este programa, así que sin un registro no se pueden distinguir de las propias de las zonas: se mantienen (firewall-cmd --list-rich-rules las muestra).</translation>
    </message>
</context>
<context>
    <name>fw::FirewalldExporter</name>
    <message>
        <source>firewalld: a service file and the firewall-cmd commands to add it to a zone</source>
        <translation>firewalld: un archivo de servicio y los comandos firewall-cmd que lo añaden a una zona</translation>
    </message>
    <message>
        <source>and --remove-rich-rule for each rich rule below, with --permanent and without</source>
        <translation>y --remove-rich-rule para cada rich rule de abajo, con --permanent y sin él</translation>
    </message>
    <message>
        <source>Run it as root: sh FILE. It writes the service file, adds it to the zone both permanently and at runtime, and reads both back. Running it again changes nothing. Without a running firewalld it uses firewall-offline-cmd.</source>
        <translation>Ejecútelo como root: sh FILE. Escribe el archivo de servicio, lo añade a la zona de forma permanente y en tiempo de ejecución, y comprueba ambas cosas. Volver a ejecutarlo no cambia nada. Sin firewalld en marcha usa firewall-offline-cmd.</translation>
    </message>
    <message>
        <source>Outbound: firewalld lets this machine&apos;s own connections out unless a policy restricts them, so these rules need nothing here; allow them where outbound traffic is filtered (the network firewall):</source>
        <translation>Saliente: firewalld deja salir las conexiones propias de este equipo salvo que una política las restrinja, así que estas reglas no necesitan nada aquí; permítalas donde se filtre el tráfico saliente (el cortafuegos de red):</translation>
    </message>
    <message>
        <source>Nothing to open in firewalld for %1; see the comments at the top of this file.</source>
        <translation>No hay nada que abrir en firewalld para %1; vea los comentarios al principio de este archivo.</translation>
    </message>
    <message>
        <source>firewalld is not running: changing its permanent configuration with firewall-offline-cmd.</source>
        <translation>firewalld no está en marcha: se cambia su configuración permanente con firewall-offline-cmd.</translation>
    </message>
    <message>
        <source>A service that exists already is updated in place; a new one is created.</source>
        <translation>Un servicio existente se actualiza; uno nuevo se crea.</translation>
    </message>
    <message>
        <source>The runtime configuration learns the new service only by a reload (firewalld#375); the zone entries are then added at runtime as well.</source>
        <translation>La configuración en tiempo de ejecución solo conoce el nuevo servicio tras una recarga (firewalld#375); después se añaden también en tiempo de ejecución las entradas de la zona.</translation>
    </message>
    <message>
        <source>Runtime:</source>
        <translation>En tiempo de ejecución:</translation>
    </message>
    <message>
        <source>Permanent:</source>
        <translation>Permanente:</translation>
    </message>
    <message>
        <source>Note: the reload also drops every change made at runtime only (firewall-cmd without --permanent) by people or programs such as fail2ban; make those permanent first if they must stay.</source>
        <translation>Nota: la recarga también descarta todo cambio hecho solo en tiempo de ejecución (firewall-cmd sin --permanent) por personas o programas como fail2ban; hágalos permanentes antes si deben conservarse.</translation>
    </message>
</context>
<context>
    <name>fw::Host</name>
    <message>
        <source>the program could not be started</source>
        <translation>no se pudo iniciar el programa</translation>
    </message>
    <message>
        <source>the program did not finish in time and was stopped</source>
        <translation>el programa no terminó a tiempo y se detuvo</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>código de salida %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>no se puede quitar %1: %2</translation>
    </message>
</context>
<context>
    <name>fw::InputFile</name>
    <message>
        <source>it is a folder, not a regular file</source>
        <translation>es una carpeta, no un archivo regular</translation>
    </message>
    <message>
        <source>it is a named pipe (FIFO), not a regular file</source>
        <translation>es una tubería con nombre (FIFO), no un archivo regular</translation>
    </message>
    <message>
        <source>it is a symbolic link, which is not followed here</source>
        <translation>es un enlace simbólico, que aquí no se sigue</translation>
    </message>
    <message>
        <source>it is a socket, not a regular file</source>
        <translation>es un socket, no un archivo regular</translation>
    </message>
    <message>
        <source>it is a device, not a regular file</source>
        <translation>es un dispositivo, no un archivo regular</translation>
    </message>
    <message>
        <source>it belongs to uid %1; run as root, this program reads only files and folders that root owns</source>
        <translation>pertenece al uid %1; ejecutado como root, este programa solo lee archivos y carpetas que pertenecen a root</translation>
    </message>
    <message>
        <source>it is writable by group or others (mode %1); run as root, this program reads only files that only root can change</source>
        <translation>el grupo u otros pueden escribir en él (modo %1); ejecutado como root, este programa solo lee archivos que solo root puede cambiar</translation>
    </message>
    <message>
        <source>it was replaced while being read</source>
        <translation>se reemplazó mientras se leía</translation>
    </message>
    <message>
        <source>it is larger than %1 KiB, the limit for this kind of file</source>
        <translation>ocupa más de %1 KiB, el límite para este tipo de archivo</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>no es un archivo regular</translation>
    </message>
</context>
<context>
    <name>fw::IptablesExporter</name>
    <message>
        <source>iptables: a file for iptables-restore --noflush with the program&apos;s own chains (IPv4)</source>
        <translation>iptables: un archivo para iptables-restore --noflush con cadenas propias del programa (IPv4)</translation>
    </message>
    <message>
        <source>Load it with the lines below; they remove the jumps of an earlier load first, so loading again adds no duplicates (iptables-restore itself cannot test for a rule):</source>
        <translation>Cárguelo con las líneas siguientes; primero quitan los saltos de una carga anterior, así que volver a cargarlo no crea duplicados (iptables-restore no puede comprobar por sí mismo si existe una regla):</translation>
    </message>
    <message>
        <source>IPv4 only: use the nftables export (inet family) for IPv4 and IPv6.</source>
        <translation>Solo IPv4: para IPv4 e IPv6 use la exportación para nftables (familia inet).</translation>
    </message>
    <message>
        <source>Source: %1 &lt;%2&gt;</source>
        <translation>Fuente: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Note: the vendor names the program %1, which a Linux firewall cannot match; only the ports are.</source>
        <translation>Nota: el fabricante indica el programa %1, que un cortafuegos de Linux no puede comparar; aquí solo figuran los puertos.</translation>
    </message>
    <message>
        <source>Note: the IPv6 addresses %1 are not in this IPv4 file.</source>
        <translation>Nota: las direcciones IPv6 %1 no están en este archivo IPv4.</translation>
    </message>
    <message>
        <source>Note: this rule names IPv6 addresses only, so it is left out here.</source>
        <translation>Nota: esta regla solo indica direcciones IPv6, así que aquí se omite.</translation>
    </message>
    <message>
        <source>line %1 of the iptables file would be %2 bytes long; iptables-restore reads at most %3 bytes a line</source>
        <translation>la línea %1 del archivo de iptables tendría %2 bytes; iptables-restore lee como máximo %3 bytes por línea</translation>
    </message>
</context>
<context>
    <name>fw::JsonExporter</name>
    <message>
        <source>JSON: the plan for other programs</source>
        <translation>JSON: el plan para otros programas</translation>
    </message>
</context>
<context>
    <name>fw::LicenseProblem</name>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 KiB, far too large for a license file</source>
        <translation>el archivo ocupa más de %1 KiB, demasiado para un archivo de licencia</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file is not a text file, so it is not a license file</source>
        <translation>el archivo no es de texto, así que no es un archivo de licencia</translation>
    </message>
    <message>
        <source>the file has no SERVER, VENDOR or FEATURE line, so it is not a FlexNet license file</source>
        <translation>el archivo no contiene ninguna línea SERVER, línea VENDOR ni línea FEATURE, así que no es un archivo de licencia de FlexNet</translation>
    </message>
    <message>
        <source>a line starting with &apos;%1&apos; does not belong in a license file</source>
        <translation>una línea que empieza por &apos;%1&apos; no corresponde a un archivo de licencia</translation>
    </message>
    <message>
        <source>the SERVER line names no host</source>
        <translation>la línea SERVER no indica ningún host</translation>
    </message>
    <message>
        <source>the VENDOR line names no vendor daemon</source>
        <translation>la línea VENDOR no indica ningún daemon del proveedor</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port (1-65535)</source>
        <translation>&apos;%1&apos; no es un puerto (1-65535)</translation>
    </message>
    <message>
        <source>the last line ends in a backslash, so the file seems cut off</source>
        <translation>la última línea termina en una barra invertida, así que el archivo parece cortado</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation>problema desconocido</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
</context>
<context>
    <name>fw::MachineLock</name>
    <message>
        <source>cannot open the lock file %1: %2</source>
        <translation>no se puede abrir el archivo de bloqueo %1: %2</translation>
    </message>
    <message>
        <source>the lock file %1 is not a file that only this user may write; remove it</source>
        <translation>el archivo de bloqueo %1 no es un archivo que solo este usuario pueda escribir; elimínelo</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>no se puede bloquear %1: %2</translation>
    </message>
    <message>
        <source>another firewall-wizard is changing the firewall (it holds %1); nothing was changed, try again when it has finished</source>
        <translation>otro firewall-wizard está cambiando el cortafuegos (tiene %1); no se cambió nada, vuelva a intentarlo cuando haya terminado</translation>
    </message>
    <message>
        <source>another firewall-wizard (%1, process %2) is changing the firewall; nothing was changed, try again when it has finished</source>
        <translation>otro firewall-wizard (%1, proceso %2) está cambiando el cortafuegos; no se cambió nada, vuelva a intentarlo cuando haya terminado</translation>
    </message>
</context>
<context>
    <name>fw::NetshExporter</name>
    <message>
        <source>netsh: a batch file for Windows machines without PowerShell&apos;s firewall module</source>
        <translation>netsh: un archivo por lotes para equipos Windows sin el módulo de cortafuegos de PowerShell</translation>
    </message>
    <message>
        <source>rule %1: the program name &quot;%2&quot; contains %3, which a batch file cannot search for safely; use the PowerShell export</source>
        <translation>regla %1: el nombre de programa &quot;%2&quot; contiene %3, que un archivo por lotes no puede buscar con seguridad; use la exportación para PowerShell</translation>
    </message>
    <message>
        <source>--program-dir contains %1, which a batch file cannot quote</source>
        <translation>--program-dir contiene %1, que un archivo por lotes no puede entrecomillar</translation>
    </message>
    <message>
        <source>run this file again with /undo</source>
        <translation>vuelva a ejecutar este archivo con /undo</translation>
    </message>
    <message>
        <source>Run it as administrator. It deletes its own rules by name before adding them, so running it again does not add duplicates.</source>
        <translation>Ejecútelo como administrador. Borra sus propias reglas por nombre antes de añadirlas, así que volver a ejecutarlo no crea duplicados.</translation>
    </message>
    <message>
        <source>This script changes the Windows Firewall and must run as administrator: right-click it and choose &quot;Run as administrator&quot;.</source>
        <translation>Este script cambia el Firewall de Windows y debe ejecutarse como administrador: haga clic con el botón derecho y elija &quot;Ejecutar como administrador&quot;.</translation>
    </message>
    <message>
        <source>Delete the rules of an earlier run (netsh has no groups; the names are stable).</source>
        <translation>Borrar las reglas de una ejecución anterior (netsh no tiene grupos; los nombres no cambian).</translation>
    </message>
    <message>
        <source>The rules of this file are removed.</source>
        <translation>Se han quitado las reglas de este archivo.</translation>
    </message>
    <message>
        <source>Find the programs before adding any rule, so that a missing one changes nothing.</source>
        <translation>Buscar los programas antes de añadir ninguna regla, para que uno que falte no cambie nada.</translation>
    </message>
    <message>
        <source>%1 was not found in Program Files. Install it first, or export again with --program-dir naming its folder.</source>
        <translation>No se encontró %1 en Program Files. Instálelo primero, o vuelva a exportar con --program-dir indicando su carpeta.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Done: %1 rules added. To undo, run this file again with /undo.</source>
        <translation>Hecho: se añadieron %1 reglas. Para deshacerlo, vuelva a ejecutar este archivo con /undo.</translation>
    </message>
    <message>
        <source>netsh refused a rule (see above). Run this file again with /undo to remove the rules added so far.</source>
        <translation>netsh rechazó una regla (vea arriba). Vuelva a ejecutar este archivo con /undo para quitar las reglas añadidas hasta ahora.</translation>
    </message>
    <message>
        <source>%1 was not found on this computer. Install it first.</source>
        <translation>No se encontró %1 en este equipo. Instálelo primero.</translation>
    </message>
    <message>
        <source>line %1 of the batch file would be %2 bytes long; cmd.exe reads at most 8,191 characters a line, and this file keeps to %3 bytes to leave room for the program paths</source>
        <translation>la línea %1 del archivo por lotes tendría %2 bytes; cmd.exe lee como máximo 8.191 caracteres por línea, y este archivo se limita a %3 bytes para dejar sitio a las rutas de los programas</translation>
    </message>
</context>
<context>
    <name>fw::NftRuleset</name>
    <message>
        <source>nft printed no ruleset in JSON: %1</source>
        <translation>nft no mostró ningún conjunto de reglas en JSON: %1</translation>
    </message>
</context>
<context>
    <name>fw::NftablesBackend</name>
    <message>
        <source>nft is not installed</source>
        <translation>nft no está instalado</translation>
    </message>
    <message>
        <source>nft is not installed, so there is no nftables ruleset to change</source>
        <translation>nft no está instalado, así que no hay ningún conjunto de reglas de nftables que cambiar</translation>
    </message>
    <message>
        <source>cannot read the nftables ruleset: %1</source>
        <translation>no se puede leer el conjunto de reglas de nftables: %1</translation>
    </message>
    <message>
        <source>The plan has no inbound rule with ports: nothing to open for incoming connections.</source>
        <translation>El plan no tiene ninguna regla entrante con puertos: no hay nada que abrir para las conexiones entrantes.</translation>
    </message>
    <message>
        <source>The plan has no outbound rule with ports: nothing to open for outgoing connections.</source>
        <translation>El plan no tiene ninguna regla saliente con puertos: no hay nada que abrir para las conexiones salientes.</translation>
    </message>
    <message>
        <source>Nothing in the ruleset filters incoming connections (no input chain with a drop policy or a final drop): the inbound rules need nothing here.</source>
        <translation>Nada en el conjunto de reglas filtra las conexiones entrantes (no hay cadena input con política drop ni un drop final): las reglas entrantes no necesitan nada aquí.</translation>
    </message>
    <message>
        <source>Nothing in the ruleset filters outgoing connections (no output chain with a drop policy or a final drop): the outbound rules need nothing here.</source>
        <translation>Nada en el conjunto de reglas filtra las conexiones salientes (no hay cadena output con política drop ni un drop final): las reglas salientes no necesitan nada aquí.</translation>
    </message>
    <message>
        <source>its policy is drop</source>
        <translation>su política es drop</translation>
    </message>
    <message>
        <source>it ends with a rule that drops or rejects</source>
        <translation>termina con una regla que descarta o rechaza</translation>
    </message>
    <message>
        <source>Table %1 %2: the %3 chain &quot;%4&quot; filters (%5); the plan&apos;s rules go into the chain %6 of that table, and a jump to it goes right before the final drop.</source>
        <translation>Tabla %1 %2: la cadena %3 &quot;%4&quot; filtra (%5); las reglas del plan van a la cadena %6 de esa tabla, y un salto a ella justo antes del drop final.</translation>
    </message>
    <message>
        <source>Table %1 %2: none of the plan&apos;s %3 rules fits this table&apos;s family.</source>
        <translation>Tabla %1 %2: ninguna de las reglas %3 del plan encaja con la familia de esta tabla.</translation>
    </message>
    <message>
        <source>Nothing in this nftables ruleset blocks what the plan needs, so nothing is changed.</source>
        <translation>Nada en este conjunto de reglas de nftables bloquea lo que necesita el plan, así que no se cambia nada.</translation>
    </message>
    <message>
        <source>Firewall Setup Wizard: %1</source>
        <translation>Firewall Setup Wizard: %1</translation>
    </message>
    <message>
        <source>One transaction: all of it takes effect, or nothing does.</source>
        <translation>Una sola transacción: surte efecto todo o nada.</translation>
    </message>
    <message>
        <source>What an earlier apply of this product and role created and this plan no longer needs:</source>
        <translation>Lo que creó una aplicación anterior de este producto y rol y este plan ya no necesita:</translation>
    </message>
    <message>
        <source>Change the ruleset in one nft -f transaction</source>
        <translation>Cambiar el conjunto de reglas en una sola transacción nft -f</translation>
    </message>
    <message>
        <source>Read the ruleset back and check that our chains and jumps are in place</source>
        <translation>Releer el conjunto de reglas y comprobar que nuestras cadenas y saltos están en su sitio</translation>
    </message>
    <message>
        <source>the chain %1 is not in the ruleset as written</source>
        <translation>la cadena %1 no está en el conjunto de reglas tal como se escribió</translation>
    </message>
    <message>
        <source>the jumps to our chains are not as written: found %1, expected %2</source>
        <translation>los saltos a nuestras cadenas no son los escritos: se encontró %1, se esperaba %2</translation>
    </message>
    <message>
        <source>a chain of an earlier apply is still in the ruleset</source>
        <translation>una cadena de una aplicación anterior sigue en el conjunto de reglas</translation>
    </message>
    <message>
        <source>Found a jump tagged &quot;%1&quot; that the record does not list; it goes too.</source>
        <translation>Se encontró un salto marcado &quot;%1&quot; que el registro no incluye; también se quita.</translation>
    </message>
    <message>
        <source>The nftables ruleset holds nothing of this program&apos;s (it may have been reloaded meanwhile).</source>
        <translation>El conjunto de reglas de nftables no contiene nada de este programa (puede que se haya recargado entretanto).</translation>
    </message>
    <message>
        <source>Firewall Setup Wizard: remove what it applied, in one transaction</source>
        <translation>Firewall Setup Wizard: quitar lo aplicado en una sola transacción</translation>
    </message>
    <message>
        <source>Remove our chains and jumps in one nft -f transaction</source>
        <translation>Quitar nuestras cadenas y saltos en una sola transacción nft -f</translation>
    </message>
    <message>
        <source>Read the ruleset back and check that nothing of ours is left</source>
        <translation>Releer el conjunto de reglas y comprobar que no queda nada nuestro</translation>
    </message>
    <message>
        <source>a chain or jump of ours is still in the ruleset</source>
        <translation>una cadena o un salto nuestros siguen en el conjunto de reglas</translation>
    </message>
    <message>
        <source>Load the backup %1 in place of the whole ruleset, in one transaction</source>
        <translation>Cargar la copia de seguridad %1 en lugar de todo el conjunto de reglas, en una sola transacción</translation>
    </message>
    <message>
        <source>Warning: the table %1 %2 belongs to %3, which rewrites it at every reload, and our chain and jump with it; use --backend %3 instead.</source>
        <translation>Advertencia: la tabla %1 %2 pertenece a %3, que la reescribe en cada recarga, y con ella nuestra cadena y nuestro salto; use --backend %3 en su lugar.</translation>
    </message>
    <message>
        <source>Warning: iptables-nft manages the table %1 %2 (iptables, ufw, Docker): a later iptables-restore replaces the table, and our chain and jump with it.</source>
        <translation>Advertencia: iptables-nft gestiona la tabla %1 %2 (iptables, ufw, Docker): un iptables-restore posterior reemplaza la tabla, y con ella nuestra cadena y nuestro salto.</translation>
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
        <translation>Guardar el conjunto de reglas actual en %1</translation>
    </message>
    <message>
        <source>nft list ruleset: %1</source>
        <translation>nft list ruleset: %1</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; is not this entry&apos;s</source>
        <translation>la etiqueta &quot;%1&quot; no es de esta entrada</translation>
    </message>
    <message>
        <source>the chain &quot;%1&quot; is not one of this program&apos;s (%2)</source>
        <translation>la cadena &quot;%1&quot; no es de este programa (%2)</translation>
    </message>
    <message>
        <source>a table or chain name that nft does not take</source>
        <translation>un nombre de tabla o de cadena que nft no acepta</translation>
    </message>
</context>
<context>
    <name>fw::NftablesExporter</name>
    <message>
        <source>nftables: a file for nft -f with its own table, atomic and re-loadable</source>
        <translation>nftables: un archivo para nft -f con tabla propia, atómico y recargable</translation>
    </message>
    <message>
        <source>Load it with: nft -f FILE. The file replaces its own table in one transaction, so loading it again changes nothing and other tables stay as they are.</source>
        <translation>Cárguelo con: nft -f FILE. El archivo sustituye su propia tabla en una sola transacción, así que volver a cargarlo no cambia nada y las demás tablas quedan como están.</translation>
    </message>
    <message>
        <source>The input chain drops everything this plan does not allow, except replies, loopback and ICMP: also remote logins such as SSH, unless the plan allows them.</source>
        <translation>La cadena input descarta todo lo que este plan no permite, salvo respuestas, loopback e ICMP: también los accesos remotos como SSH, a menos que el plan los permita.</translation>
    </message>
    <message>
        <source>An accept here does not override a drop in another table (firewalld&apos;s, ufw&apos;s): on such hosts use the firewalld or ufw export instead.</source>
        <translation>Un accept aquí no anula un drop de otra tabla (la de firewalld o ufw): en esos hosts use en su lugar la exportación para firewalld o ufw.</translation>
    </message>
    <message>
        <source>Source: %1 &lt;%2&gt;</source>
        <translation>Fuente: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Note: the vendor names the program %1, which a Linux firewall cannot match; only the ports are.</source>
        <translation>Nota: el fabricante indica el programa %1, que un cortafuegos de Linux no puede comparar; aquí solo figuran los puertos.</translation>
    </message>
</context>
<context>
    <name>fw::OptionsPage</name>
    <message>
        <source>The choices do not fit together yet: %1</source>
        <translation>La elección todavía no encaja: %1</translation>
    </message>
    <message>
        <source>Read the license file</source>
        <translation>Leer el archivo de licencia</translation>
    </message>
    <message>
        <source>License files (*.lic *.dat *.txt);;All files (*)</source>
        <translation>Archivos de licencia (*.lic *.dat *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <extracomment>a value the admin may leave empty; %1 is its name (&quot;License server address&quot;)</extracomment>
        <translation>%1 (opcional)</translation>
    </message>
    <message>
        <source>Required: the rules cannot be worked out without it.</source>
        <translation>Obligatorio: sin este valor no se pueden determinar las reglas.</translation>
    </message>
    <message>
        <source>Empty: the default %1 is used.</source>
        <translation>Vacío: se usa el valor predeterminado %1.</translation>
    </message>
    <message>
        <source>Options and values</source>
        <translation>Opciones y valores</translation>
    </message>
    <message>
        <source>Tick the features you use and enter what only you know. Each of them changes which rules are needed.</source>
        <translation>Marque las funciones que utiliza e introduzca lo que solo usted sabe. Ambas cosas determinan qué reglas hacen falta.</translation>
    </message>
    <message>
        <source>The wizard fills in sensible defaults. Next becomes available once every value is valid; what is wrong is shown beside the field.</source>
        <translation>El asistente rellena valores predeterminados razonables. &quot;Siguiente&quot; se activa cuando todos los valores son válidos; lo que no está bien se indica junto al campo.</translation>
    </message>
    <message>
        <source>Features in use</source>
        <translation>Funciones en uso</translation>
    </message>
    <message>
        <source>What only you know</source>
        <translation>Lo que solo usted sabe</translation>
    </message>
    <message>
        <source>License file</source>
        <translation>Archivo de licencia</translation>
    </message>
    <message>
        <source>The FlexNet license file (often license.lic or license.dat on the license server) says which ports lmgrd and the vendor daemon use. Read it to fill in the ports.</source>
        <translation>El archivo de licencia de FlexNet (a menudo license.lic o license.dat en el servidor de licencias) indica qué puertos usan lmgrd y el daemon del proveedor. Léalo para rellenar los puertos.</translation>
    </message>
    <message>
        <source>&amp;Read license file…</source>
        <translation>Leer a&amp;rchivo de licencia…</translation>
    </message>
    <message>
        <source>There is nothing to tick or enter for this choice. Continue with Next.</source>
        <translation>Para esta elección no hay nada que marcar ni introducir. Continúe con &quot;Siguiente&quot;.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predeterminado)</translation>
    </message>
    <message>
        <source>%1 could not be read as a license file.</source>
        <translation>%1 no se pudo leer como archivo de licencia.</translation>
    </message>
    <message>
        <source>Read from %1:</source>
        <translation>Leído de %1:</translation>
    </message>
    <message>
        <source>The file has no SERVER line, so the lmgrd port could not be read from it.</source>
        <translation>El archivo no contiene ninguna línea SERVER, así que no se pudo leer de él el puerto de lmgrd.</translation>
    </message>
    <message>
        <source>lmgrd port %1, from the SERVER line (line %2).</source>
        <translation>Puerto de lmgrd: %1, de la línea SERVER (línea %2).</translation>
    </message>
    <message>
        <source>The SERVER line (line %1) gives no port, so lmgrd takes the first free port from 27000 to 27009 and may move. Write the port at the end of the SERVER line (for example 27000) to keep it fixed.</source>
        <translation>La línea SERVER (línea %1) no indica ningún puerto, así que lmgrd toma el primer puerto libre entre 27000 y 27009, que puede cambiar. Escriba el puerto al final de la línea SERVER (por ejemplo, 27000) para que quede fijo.</translation>
    </message>
    <message>
        <source>The file names %1 license servers (a redundant setup); the ports are taken from the first.</source>
        <translation>El archivo indica %1 servidores de licencias (una configuración redundante); los puertos se toman del primero.</translation>
    </message>
    <message>
        <source>The file has no VENDOR line, so the vendor daemon&apos;s port could not be read from it.</source>
        <translation>El archivo no contiene ninguna línea VENDOR, así que no se pudo leer de él el puerto del daemon del proveedor.</translation>
    </message>
    <message>
        <source>Vendor daemon port %1, from PORT= on the VENDOR line (line %2).</source>
        <translation>Puerto del daemon del proveedor: %1, de PORT= en la línea VENDOR (línea %2).</translation>
    </message>
    <message>
        <source>The VENDOR line (line %1) has no PORT= entry.</source>
        <translation>La línea VENDOR (línea %1) no contiene PORT=.</translation>
    </message>
    <message>
        <source>So the vendor daemon&apos;s port changes at every start of the license server, and no port rule can cover it: only a program rule for %1 can. To use a port rule instead, add PORT= with a free port to the VENDOR line (for example &quot;VENDOR %2 PORT=27010&quot;), restart the license server and read the file again.</source>
        <translation>Por eso el puerto del daemon del proveedor cambia en cada arranque del servidor de licencias y ninguna regla de puerto puede cubrirlo, solo una regla de programa para %1. Si prefiere una regla de puerto, añada PORT= con un puerto libre a la línea VENDOR (por ejemplo, &quot;VENDOR %2 PORT=27010&quot;), reinicie el servidor de licencias y vuelva a leer el archivo.</translation>
    </message>
    <message>
        <source>How to pin it: add PORT= with a free port to the VENDOR line of the license file, for example &quot;VENDOR %1 PORT=27010&quot;, then restart the license server and enter the same port here.</source>
        <extracomment>%1 is the vendor daemon&apos;s name on the license file&apos;s VENDOR line (&quot;Palisade&quot;)</extracomment>
        <translation>Cómo fijarlo: añada PORT= con un puerto libre a la línea VENDOR del archivo de licencia, por ejemplo &quot;VENDOR %1 PORT=27010&quot;, reinicie el servidor de licencias e introduzca aquí el mismo puerto.</translation>
    </message>
</context>
<context>
    <name>fw::Paths</name>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>no se puede crear la carpeta %1: %2</translation>
    </message>
    <message>
        <source>cannot read the folder %1: %2</source>
        <translation>no se puede leer la carpeta %1: %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; this program keeps its files only in a real folder of its own. Remove the link.</source>
        <translation>%1 es un enlace simbólico; este programa guarda sus archivos solo en una carpeta real propia. Elimine el enlace.</translation>
    </message>
    <message>
        <source>%1 is not a folder. Remove it.</source>
        <translation>%1 no es una carpeta. Elimínelo.</translation>
    </message>
    <message>
        <source>%1 belongs to uid %2, not to uid %3 that runs this program, so someone else could change its files. Check its contents, then: chown %3 %1</source>
        <translation>%1 pertenece al uid %2, no al uid %3 que ejecuta este programa, así que otra persona podría cambiar sus archivos. Revise su contenido y después: chown %3 %1</translation>
    </message>
    <message>
        <source>%1 is writable by group or others (mode %2), so someone else could change its files. Check its contents, then: chmod 700 %1</source>
        <translation>%1 admite escritura del grupo o de otros (modo %2), así que otra persona podría cambiar sus archivos. Revise su contenido y después: chmod 700 %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>no se puede reemplazar %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>fw::PdfExporter</name>
    <message>
        <source>PDF checklist: every rule with a tick box, the notes, the test results and a sign-off line</source>
        <translation>Lista de comprobación en PDF: cada regla con una casilla, las notas, los resultados de la prueba y una línea de conformidad</translation>
    </message>
    <message>
        <source>Firewall checklist</source>
        <translation>Lista de comprobación del cortafuegos</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Despliegue</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Elaborado por</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Tick each rule when it is in place on this machine or on the network firewall.</source>
        <translation>Marque cada regla cuando esté aplicada en este equipo o en el cortafuegos de red.</translation>
    </message>
    <message>
        <source>This plan has no rules.</source>
        <translation>Este plan no tiene reglas.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Puertos</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Remote side</source>
        <translation>Extremo remoto</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>option: %1</source>
        <translation>opción: %1</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>fuente: %1</translation>
    </message>
    <message>
        <source>* derived: not in the vendor&apos;s own table; see the notes and sources.</source>
        <translation>* derivada: no figura en la tabla del fabricante; vea las notas y las fuentes.</translation>
    </message>
    <message>
        <source>Executables to allow (send and receive)</source>
        <translation>Programas que hay que permitir (enviar y recibir)</translation>
    </message>
    <message>
        <source>Notes and advice</source>
        <translation>Notas y consejos</translation>
    </message>
    <message>
        <source>Connectivity test</source>
        <translation>Prueba de conectividad</translation>
    </message>
    <message>
        <source>No connectivity test was run for this checklist. Run &quot;firewall-wizard check&quot; or the wizard&apos;s test page after applying the rules, and note the result here.</source>
        <translation>Para esta lista no se ejecutó ninguna prueba de conectividad. Después de aplicar las reglas, ejecute &quot;firewall-wizard check&quot; o la página de prueba del asistente y anote aquí el resultado.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>our test responder</source>
        <translation>nuestro respondedor de prueba</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>the vendor&apos;s own statement</source>
        <translation>indicación del propio fabricante</translation>
    </message>
    <message>
        <source>general documentation the derived rules follow</source>
        <translation>documentación general en la que se basan las reglas derivadas</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Conformidad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>the PDF checklist needs the graphical part of Qt (a QGuiApplication); it cannot be written by a program without one</source>
        <translation>la lista de comprobación en PDF necesita la parte gráfica de Qt (una QGuiApplication); un programa sin ella no puede escribirla</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Applied on this computer</source>
        <extracomment>heading in the PDF checklist: what the wizard applied to (or reverted on) this computer&apos;s firewall</extracomment>
        <translation>Aplicado en este equipo</translation>
    </message>
    <message>
        <source>the plan has %1 rules; a PDF checklist takes at most %2 (export csv or json for larger plans)</source>
        <translation>el plan tiene %1 reglas; una lista de comprobación PDF admite como máximo %2 (exporte csv o json para planes más grandes)</translation>
    </message>
    <message>
        <source>the checklist&apos;s text is %1 characters long; a PDF checklist takes at most %2 (export csv or json for larger plans)</source>
        <translation>el texto de la lista de comprobación tiene %1 caracteres; una lista de comprobación PDF admite como máximo %2 (exporte csv o json para planes más grandes)</translation>
    </message>
    <message>
        <source>The rules above are in place. No connectivity test was run for this checklist, so the connections are not confirmed.</source>
        <translation>Las reglas anteriores están aplicadas. Para esta lista de comprobación no se ejecutó ninguna prueba de conectividad, así que las conexiones no están confirmadas.</translation>
    </message>
    <message>
        <source>The rules above are in place, and the connectivity test passed: nothing was blocked.</source>
        <translation>Las reglas anteriores están aplicadas y la prueba de conectividad fue satisfactoria: no se bloqueó nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n rechazado</numerusform>
            <numerusform>%n rechazados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filtered</source>
        <translation>
            <numerusform>%n filtrado</numerusform>
            <numerusform>%n filtrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable</source>
        <translation>
            <numerusform>%n inaccesible</numerusform>
            <numerusform>%n inaccesibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found in DNS</source>
        <translation>
            <numerusform>%n no encontrado en el DNS</numerusform>
            <numerusform>%n no encontrados en el DNS</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules above are in place, but the connectivity test did not pass: %1 of %2 results show a blocked path (%3). Fix them (see &quot;Connectivity test&quot;) and run the test again before signing.</source>
        <translation>Las reglas anteriores están aplicadas, pero la prueba de conectividad no se superó: %1 de %2 resultados muestran un camino bloqueado (%3). Corríjalos (véase &quot;Prueba de conectividad&quot;) y repita la prueba antes de firmar.</translation>
    </message>
    <message>
        <source>What to do</source>
        <extracomment>heading in the PDF checklist above the advice for the blocked or doubtful test results</extracomment>
        <translation>Qué hacer</translation>
    </message>
</context>
<context>
    <name>fw::PlanFile</name>
    <message>
        <source>expected a string, found %1</source>
        <translation>se esperaba una cadena, se encontró %1</translation>
    </message>
    <message>
        <source>a plan file is a JSON object, not %1</source>
        <translation>un archivo de plan es un objeto JSON, no %1</translation>
    </message>
    <message>
        <source>this is not a plan file of Firewall Setup Wizard (the field &apos;fwplan&apos; is missing)</source>
        <translation>esto no es un archivo de plan de Firewall Setup Wizard (falta el campo &apos;fwplan&apos;)</translation>
    </message>
    <message>
        <source>expected a format version such as &quot;1.0&quot;</source>
        <translation>se esperaba una versión de formato como &quot;1.0&quot;</translation>
    </message>
    <message>
        <source>format version %1 is not supported: this program reads version %2.x; use a newer Firewall Setup Wizard</source>
        <translation>la versión de formato %1 no es compatible: este programa lee la versión %2.x; use un Firewall Setup Wizard más reciente</translation>
    </message>
    <message>
        <source>required field &apos;product&apos; is missing</source>
        <translation>falta el campo obligatorio &apos;product&apos;</translation>
    </message>
    <message>
        <source>required field &apos;role&apos; is missing</source>
        <translation>falta el campo obligatorio &apos;role&apos;</translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation>se esperaba una lista, se encontró %1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>se esperaba un objeto, se encontró %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
</context>
<context>
    <name>fw::PlanFileLoader</name>
    <message>
        <source>the file names no version; choose it on the Product page</source>
        <translation>el archivo no indica ninguna versión; elíjala en la página «Producto»</translation>
    </message>
    <message>
        <source>the file names no role; choose it on the Role page</source>
        <translation>el archivo no indica ningún rol; elíjalo en la página «Rol de este equipo»</translation>
    </message>
    <message>
        <source>the file names no deployment; choose it on the Deployment page</source>
        <translation>el archivo no indica ningún despliegue; elíjalo en la página «Despliegue»</translation>
    </message>
    <message>
        <source>the file gives no value for &apos;%1&apos;; enter it on the Options page</source>
        <translation>el archivo no da ningún valor para &apos;%1&apos;; introdúzcalo en la página «Opciones y valores»</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>the file names no product</source>
        <translation>el archivo no indica ningún producto</translation>
    </message>
    <message>
        <source>unknown product &apos;%1&apos; (this catalog has: %2)</source>
        <translation>producto desconocido &apos;%1&apos; (este catálogo contiene: %2)</translation>
    </message>
</context>
<context>
    <name>fw::PlanResolver</name>
    <message>
        <source>Rules %1 allow exactly the same connections (%2), so the plan keeps only %3. If two values give the same port by mistake, correct one of them.</source>
        <extracomment>%1: rule ids (&quot;lmgrd-port-in, vendor-port-in&quot;); %2: the connections (&quot;in TCP 27000&quot;); %3: the rule kept</extracomment>
        <translation>Las reglas %1 permiten exactamente las mismas conexiones (%2), así que el plan solo conserva %3. Si dos valores dan el mismo puerto por error, corrija uno de ellos.</translation>
    </message>
</context>
<context>
    <name>fw::PowerShellExporter</name>
    <message>
        <source>PowerShell: a script for Windows (New-NetFirewallRule), re-runnable, with -WhatIf</source>
        <translation>PowerShell: un script para Windows (New-NetFirewallRule), que se puede volver a ejecutar, con -WhatIf</translation>
    </message>
    <message>
        <source>rule %1: the program name &quot;%2&quot; contains %3, which a Windows file name cannot contain</source>
        <translation>regla %1: el nombre de programa &quot;%2&quot; contiene %3, que no puede aparecer en un nombre de archivo de Windows</translation>
    </message>
    <message>
        <source>Run it in PowerShell as administrator; add -WhatIf to see what it would do without changing anything. Running it again replaces its rules instead of adding duplicates.</source>
        <translation>Ejecútelo en PowerShell como administrador; añada -WhatIf para ver lo que haría sin cambiar nada. Volver a ejecutarlo sustituye sus reglas en lugar de duplicarlas.</translation>
    </message>
    <message>
        <source>It looks for the programs in -SearchPath, then in Program Files; give a program&apos;s full path with -ProgramPath @{ &apos;name.exe&apos; = &apos;C:\path\name.exe&apos; }.</source>
        <translation>Busca los programas en -SearchPath y después en Program Files; indique la ruta completa de un programa con -ProgramPath @{ &apos;name.exe&apos; = &apos;C:\path\name.exe&apos; }.</translation>
    </message>
    <message>
        <source>This script changes the Windows Firewall and must run as administrator: open PowerShell with &quot;Run as administrator&quot; and start it again, or try it first with -WhatIf.</source>
        <translation>Este script cambia el Firewall de Windows y debe ejecutarse como administrador: abra PowerShell con &quot;Ejecutar como administrador&quot; y vuelva a iniciarlo, o pruébelo primero con -WhatIf.</translation>
    </message>
    <message>
        <source>Every program is found before anything changes, so a missing one leaves the firewall as it was.</source>
        <translation>Todos los programas se buscan antes de cambiar nada, así que si falta uno el cortafuegos queda como estaba.</translation>
    </message>
    <message>
        <source>-ProgramPath gives {1} for {0}, but there is no such file.</source>
        <translation>-ProgramPath indica {1} para {0}, pero ese archivo no existe.</translation>
    </message>
    <message>
        <source>{0} was not found in {1}. Install it first, or give its full path with -ProgramPath, or a folder to search with -SearchPath.</source>
        <translation>No se encontró {0} en {1}. Instálelo primero, o indique su ruta completa con -ProgramPath o una carpeta donde buscar con -SearchPath.</translation>
    </message>
    <message>
        <source>Remove what an earlier run created: the group, and the stable rule names.</source>
        <translation>Quitar lo que creó una ejecución anterior: el grupo y los nombres fijos de las reglas.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Done. To undo: Remove-NetFirewallRule -Group &apos;{0}&apos;</source>
        <translation>Hecho. Para deshacerlo: Remove-NetFirewallRule -Group &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Programs that the vendor names by their full path are used there, with variables such as %ProgramFiles% expanded on this computer.</source>
        <translation>Los programas que el fabricante indica con su ruta completa se usan en esa ruta, con variables como %ProgramFiles% expandidas en este equipo.</translation>
    </message>
    <message>
        <source>{0} was not found: there is no file {1} on this computer. Install it first, or give its path with -ProgramPath.</source>
        <translation>No se encontró {0}: no existe el archivo {1} en este equipo. Instálelo primero, o indique su ruta con -ProgramPath.</translation>
    </message>
    <message>
        <source>{0} is installed more than once: {1}. Give the one to use with -ProgramPath.</source>
        <translation>{0} está instalado más de una vez: {1}. Indique con -ProgramPath cuál usar.</translation>
    </message>
</context>
<context>
    <name>fw::ProbeAdvice</name>
    <message>
        <source>The test responder on %1 answered on %2: no firewall on the way blocks it. Stop the responder before the product&apos;s server software needs the port.</source>
        <translation>El respondedor de prueba en %1 respondió en %2: ningún cortafuegos del camino lo bloquea. Detenga el respondedor antes de que el software de servidor del producto necesite el puerto.</translation>
    </message>
    <message>
        <source>%1 answered on %2: the path is open and a service answers there.</source>
        <translation>%1 respondió en %2: el camino está abierto y allí responde un servicio.</translation>
    </message>
    <message>
        <source>%1 accepts connections on %2: the path is open and a service listens there. If the product still fails, check that this service is the product&apos;s server.</source>
        <translation>%1 acepta conexiones en %2: el camino está abierto y allí escucha un servicio. Si el producto sigue fallando, compruebe que ese servicio sea el servidor del producto.</translation>
    </message>
    <message>
        <source>The firewall on %1 rejects %2: the server is up, but its firewall turns the connection away. Allow %2 inbound in the server&apos;s firewall (in the zone or profile of the network this machine comes from).</source>
        <translation>El cortafuegos de %1 rechaza %2: el servidor funciona, pero su cortafuegos rechaza la conexión. Permita %2 entrante en el cortafuegos del servidor (en la zona o el perfil de la red desde la que llega este equipo).</translation>
    </message>
    <message>
        <source>A firewall at %3 rejects %2 on its way to %1. Allow %2 through the firewall at %3, and inbound on the server.</source>
        <translation>Un cortafuegos en %3 rechaza %2 de camino a %1. Permita %2 a través del cortafuegos en %3 y como entrante en el servidor.</translation>
    </message>
    <message>
        <source>%1 is reachable but refused %2: nothing listens on that port, or the server&apos;s firewall rejects it. Start the product&apos;s server software, or run &quot;firewall-wizard serve&quot; on the server to test the path, and allow %2 inbound in the server&apos;s firewall.</source>
        <translation>%1 es accesible pero rechazó %2: nada escucha en ese puerto, o el cortafuegos del servidor lo rechaza. Inicie el software de servidor del producto, o ejecute &quot;firewall-wizard serve&quot; en el servidor para probar el camino, y permita %2 entrante en el cortafuegos del servidor.</translation>
    </message>
    <message>
        <source>This machine&apos;s own firewall does not let %1 out to %2. Allow %1 outbound on this machine.</source>
        <translation>El propio cortafuegos de este equipo no deja salir %1 hacia %2. Permita %1 saliente en este equipo.</translation>
    </message>
    <message>
        <source>The test responder runs on %1 but no answer came on %2 within %3 ms: a firewall between this machine and the server drops it. Open %2 inbound on the server and on any network firewall in between.</source>
        <translation>El respondedor de prueba funciona en %1, pero en %2 no llegó respuesta en %3 ms: un cortafuegos entre este equipo y el servidor descarta los paquetes. Abra %2 entrante en el servidor y en cualquier cortafuegos de red intermedio.</translation>
    </message>
    <message>
        <source>No answer from %1 on %2 within %3 ms: a firewall between this machine and the server drops it. Open %2 inbound on the server and on any network firewall in between, and outbound on this machine if its firewall limits outgoing traffic.</source>
        <translation>Sin respuesta de %1 en %2 en %3 ms: un cortafuegos entre este equipo y el servidor descarta los paquetes. Abra %2 entrante en el servidor y en cualquier cortafuegos de red intermedio, y saliente en este equipo si su cortafuegos limita el tráfico saliente.</translation>
    </message>
    <message>
        <source>No answer from %1 on %2. A UDP service that ignores unknown messages looks the same as a firewall that drops them, so the path could not be proved. Run &quot;firewall-wizard serve&quot; on the server and check again: its test responder answers on every free port. Where serve reports the port as taken, a service runs there and only the product itself can prove it.</source>
        <translation>Sin respuesta de %1 en %2. Un servicio UDP que ignora los mensajes desconocidos se comporta igual que un cortafuegos que los descarta, así que no se pudo demostrar el camino. Ejecute &quot;firewall-wizard serve&quot; en el servidor y vuelva a comprobarlo: su respondedor de prueba responde en todos los puertos libres. Si serve indica que el puerto está ocupado, allí funciona un servicio y solo el propio producto puede demostrarlo.</translation>
    </message>
    <message>
        <source>This machine could not send a probe to %1 on %2 (%3). Check its network settings, e.g. whether it has IPv6 when the address is an IPv6 one.</source>
        <translation>Este equipo no pudo enviar una prueba a %1 en %2 (%3). Compruebe su configuración de red, por ejemplo, si tiene IPv6 cuando la dirección es IPv6.</translation>
    </message>
    <message>
        <source>%1 cannot be reached at all (%2): there is no route to it, or the host is down. Check the address, the network connection or VPN and the routes; the port (%3) does not matter yet.</source>
        <translation>%1 no es accesible en absoluto (%2): no hay ruta hasta él, o el host está apagado. Compruebe la dirección, la conexión de red o la VPN y las rutas; el puerto (%3) todavía no importa.</translation>
    </message>
    <message>
        <source>The name %1 could not be resolved (%2). Check the spelling and this machine&apos;s DNS server, or give the server&apos;s IP address instead.</source>
        <translation>No se pudo resolver el nombre %1 (%2). Compruebe cómo está escrito y el servidor DNS de este equipo, o indique en su lugar la dirección IP del servidor.</translation>
    </message>
    <message>
        <source>%1 accepts connections on %2: this machine can reach the service, so the way out is open.</source>
        <translation>%1 acepta conexiones en %2: este equipo llega al servicio, así que la salida está abierta.</translation>
    </message>
    <message>
        <source>A firewall at %3 rejects %2 out to %1 (ICMP &quot;administratively prohibited&quot;). Allow %2 outbound to %1 on this machine and on the network firewall or proxy.</source>
        <translation>Un cortafuegos en %3 rechaza %2 de salida hacia %1 (ICMP &quot;administratively prohibited&quot;). Permita %2 saliente hacia %1 en este equipo y en el cortafuegos de red o el proxy.</translation>
    </message>
    <message>
        <source>%1 is reachable but refused %2: the service is not running there, or a firewall rejects it. Check the name and port with the service&apos;s operator, and allow %2 outbound to %1 on this machine and the network firewall.</source>
        <translation>%1 es accesible pero rechazó %2: el servicio no funciona allí, o un cortafuegos lo rechaza. Compruebe el nombre y el puerto con el operador del servicio, y permita %2 saliente hacia %1 en este equipo y en el cortafuegos de red.</translation>
    </message>
    <message>
        <source>No answer from %1 on %2 within %3 ms: a firewall drops this machine&apos;s outgoing %2. Allow %2 outbound to %1 on this machine and on the network firewall or proxy.</source>
        <translation>Sin respuesta de %1 en %2 en %3 ms: un cortafuegos descarta el %2 saliente de este equipo. Permita %2 saliente hacia %1 en este equipo y en el cortafuegos de red o el proxy.</translation>
    </message>
    <message>
        <source>No answer from %1 on %2. A UDP service that ignores unknown messages looks the same as a firewall that drops them, so the way out could not be proved.</source>
        <translation>Sin respuesta de %1 en %2. Un servicio UDP que ignora los mensajes desconocidos se comporta igual que un cortafuegos que los descarta, así que no se pudo demostrar la salida.</translation>
    </message>
    <message>
        <source>%1 cannot be reached at all (%2): this machine has no way to it. Check the internet connection, the default gateway and any proxy settings; the port (%3) does not matter yet.</source>
        <translation>%1 no es accesible en absoluto (%2): este equipo no tiene camino hasta él. Compruebe la conexión a internet, la puerta de enlace predeterminada y la configuración del proxy; el puerto (%3) todavía no importa.</translation>
    </message>
    <message>
        <source>The name %1 could not be resolved (%2). Check the spelling and this machine&apos;s DNS server.</source>
        <translation>No se pudo resolver el nombre %1 (%2). Compruebe cómo está escrito y el servidor DNS de este equipo.</translation>
    </message>
    <message>
        <source>%1 accepts connections on %2, so the path is open, but the service there closed the connection at once without a word. A service does that when it turns this machine away (a list of allowed clients, a connection limit) or speaks another protocol: check the service&apos;s settings and log on the server.</source>
        <translation>%1 acepta conexiones en %2, así que el camino está abierto, pero el servicio cerró la conexión al instante sin responder nada. Un servicio lo hace cuando rechaza a este equipo (una lista de clientes permitidos, un límite de conexiones) o habla otro protocolo: revise la configuración y el registro del servicio en el servidor.</translation>
    </message>
    <message>
        <source>%1 accepts connections on %2, so the way out is open, but the service closed the connection at once without a word. It may turn this machine away; ask the service&apos;s operator.</source>
        <translation>%1 acepta conexiones en %2, así que la salida está abierta, pero el servicio cerró la conexión al instante sin responder nada. Puede que rechace a este equipo; pregunte al operador del servicio.</translation>
    </message>
    <message>
        <source>A firewall at %3 rejects %2 on its way to %1.</source>
        <translation>Un cortafuegos en %3 rechaza %2 de camino a %1.</translation>
    </message>
    <message>
        <source>%1 is reachable but refused %2.</source>
        <translation>%1 es accesible pero rechazó %2.</translation>
    </message>
    <message>
        <source>No answer from %1 on %2 within %3 ms: something on the way drops it.</source>
        <translation>Sin respuesta de %1 en %2 en %3 ms: algo en el camino descarta los paquetes.</translation>
    </message>
    <message>
        <source>No answer from %1 on %2; for UDP that cannot tell an open port from a filtered one.</source>
        <translation>Sin respuesta de %1 en %2; con UDP eso no permite distinguir un puerto abierto de uno filtrado.</translation>
    </message>
</context>
<context>
    <name>fw::ProbeResultsModel</name>
    <message>
        <source>not tested (cancelled)</source>
        <translation>sin probar (cancelada)</translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>probando…</translation>
    </message>
    <message>
        <source>%1, test responder</source>
        <extracomment>%1 is the status &quot;open&quot;; the test responder of this program answered</extracomment>
        <translation>%1, respondedor de prueba</translation>
    </message>
    <message>
        <source>inbound on the server</source>
        <extracomment>what a probe tests: a port the server must accept connections on</extracomment>
        <translation>entrante en el servidor</translation>
    </message>
    <message>
        <source>outbound from this machine</source>
        <extracomment>what a probe tests: a service outside that this machine connects to</extracomment>
        <translation>saliente desde este equipo</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>milliseconds a probe took</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 was not tested: the test was cancelled before it had an answer. Start the test again to see its result.</source>
        <translation>%1 no se probó: la prueba se canceló antes de obtener respuesta. Vuelva a iniciar la prueba para ver su resultado.</translation>
    </message>
    <message>
        <source>%1 is being tested; its result shows here as soon as it is known.</source>
        <translation>%1 se está probando; su resultado aparece aquí en cuanto se conozca.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Direction</source>
        <extracomment>column: which way the tested connection goes</extracomment>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>column: how long a probe took</extracomment>
        <translation>Duración</translation>
    </message>
</context>
<context>
    <name>fw::ProbeStatus</name>
    <message>
        <source>open</source>
        <comment>probe status</comment>
        <extracomment>A port that answered a connectivity test</extracomment>
        <translation>abierto</translation>
    </message>
    <message>
        <source>refused</source>
        <comment>probe status</comment>
        <extracomment>The host answered, but turned the connection away</extracomment>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>filtered</source>
        <comment>probe status</comment>
        <extracomment>No answer: a firewall drops the packets</extracomment>
        <translation>filtrado</translation>
    </message>
    <message>
        <source>open or filtered</source>
        <comment>probe status</comment>
        <extracomment>UDP: no answer, which cannot tell an open port from a filtered one</extracomment>
        <translation>abierto o filtrado</translation>
    </message>
    <message>
        <source>unreachable</source>
        <comment>probe status</comment>
        <translation>inaccesible</translation>
    </message>
    <message>
        <source>name not found</source>
        <comment>probe status</comment>
        <extracomment>The host name could not be resolved</extracomment>
        <translation>nombre no encontrado</translation>
    </message>
</context>
<context>
    <name>fw::ProductPage</name>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Which program must get through the firewall? Choose it from the list, and its version where it has versions, because the rules depend on both.</source>
        <translation>¿Qué programa tiene que pasar por el cortafuegos? Elíjalo de la lista y, si tiene versiones, también su versión, porque las reglas dependen de ambas cosas.</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>Part of a name, vendor or description</source>
        <translation>Parte de un nombre, fabricante o descripción</translation>
    </message>
    <message>
        <source>Filter the products</source>
        <translation>Filtrar los productos</translation>
    </message>
    <message>
        <source>&amp;Products:</source>
        <translation>&amp;Productos:</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Installed &amp;version:</source>
        <translation>&amp;Versión instalada:</translation>
    </message>
    <message>
        <source>Installed version</source>
        <translation>Versión instalada</translation>
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
        <translation>Archivos del catálogo que no se pudieron leer: %1. Sus productos no aparecen en la lista.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Catalog problems</source>
        <translation>Problemas del catálogo</translation>
    </message>
    <message>
        <source>No product matches &quot;%1&quot;. Clear the filter to see them all.</source>
        <translation>Ningún producto coincide con &quot;%1&quot;. Borre el filtro para verlos todos.</translation>
    </message>
    <message>
        <source>Choose a product from the list.</source>
        <translation>Elija un producto de la lista.</translation>
    </message>
</context>
<context>
    <name>fw::ProgramPath</name>
    <message>
        <source>a program is required</source>
        <translation>se necesita un programa</translation>
    </message>
    <message>
        <source>the character %1 is not allowed in a program&apos;s path</source>
        <translation>el carácter %1 no está permitido en la ruta de un programa</translation>
    </message>
    <message>
        <source>the character %1 is not allowed in a program name that is searched for (only letters, digits, spaces and . _ - + ( )); give the program&apos;s full path instead</source>
        <translation>el carácter %1 no está permitido en un nombre de programa que se busca (solo letras, dígitos, espacios y . _ - + ( )); indique en su lugar la ruta completa del programa</translation>
    </message>
    <message>
        <source>a relative path; give the file name alone to have it searched for, or the full path (C:\… or %ProgramFiles%\…)</source>
        <translation>una ruta relativa; indique solo el nombre del archivo para que se busque, o la ruta completa (C:\… o %ProgramFiles%\…)</translation>
    </message>
    <message>
        <source>%1 without a backslash is relative to that drive&apos;s current folder; write %1\…</source>
        <translation>%1 sin barra invertida se refiere a la carpeta actual de esa unidad; escriba %1\…</translation>
    </message>
    <message>
        <source>a path without a drive; start it with the drive (C:\…) or a variable (%ProgramFiles%\…)</source>
        <translation>una ruta sin unidad; empiécela con la unidad (C:\…) o con una variable (%ProgramFiles%\…)</translation>
    </message>
    <message>
        <source>a network path (\\server\share\…); a firewall rule names the program where it is installed on the computer, so give its local path</source>
        <translation>una ruta de red (\\server\share\…); una regla de cortafuegos indica el programa donde está instalado en el equipo, así que indique su ruta local</translation>
    </message>
    <message>
        <source>&apos;/&apos; in a program&apos;s path; Windows paths separate folders with &apos;\&apos;</source>
        <translation>&apos;/&apos; en la ruta de un programa; las rutas de Windows separan las carpetas con &apos;\&apos;</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; of the path is empty, &apos;.&apos; or &apos;..&apos;, or ends with a space or a dot; name each folder as it is</source>
        <translation>la parte &apos;%1&apos; de la ruta está vacía, es &apos;.&apos; o &apos;..&apos;, o termina en espacio o en punto; escriba cada carpeta tal como se llama</translation>
    </message>
    <message>
        <source>the path ends with &apos;\&apos; and names a folder; name the program&apos;s file</source>
        <translation>la ruta termina en &apos;\&apos; y designa una carpeta; indique el archivo del programa</translation>
    </message>
    <message>
        <source>%1 is not a variable a program&apos;s path may start with (%2)</source>
        <translation>%1 no es una variable con la que pueda empezar la ruta de un programa (%2)</translation>
    </message>
    <message>
        <source>write &apos;\&apos; after %1</source>
        <translation>escriba &apos;\&apos; después de %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; inside the path would be read as an environment variable; only the start may be one (%ProgramFiles%\…)</source>
        <translation>&apos;%1&apos; dentro de la ruta se leería como una variable de entorno; solo el principio puede serlo (%ProgramFiles%\…)</translation>
    </message>
    <message>
        <source>%1 characters; a program&apos;s path may have at most 259 (Windows&apos; MAX_PATH)</source>
        <translation>%1 caracteres; la ruta de un programa puede tener como máximo 259 (MAX_PATH de Windows)</translation>
    </message>
</context>
<context>
    <name>fw::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>What the firewall must allow for %1. Each rule says why it is needed and where the fact comes from.</source>
        <translation>Lo que el cortafuegos debe permitir para %1. Cada regla indica su motivo y su fuente.</translation>
    </message>
    <message>
        <source>What the firewall must allow, with the reason for each rule and where the fact comes from.</source>
        <translation>Lo que el cortafuegos debe permitir, con el motivo y la fuente de cada regla.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Executables to allow</source>
        <translation>Programas que hay que permitir</translation>
    </message>
    <message>
        <source>Notes and advice</source>
        <translation>Notas y consejos</translation>
    </message>
    <message>
        <source>&amp;Copy all as text</source>
        <translation>&amp;Copiar todo como texto</translation>
    </message>
    <message>
        <source>Copies the rules, the executables, the notes and the sources as plain text.</source>
        <translation>Copia las reglas, los programas, las notas y las fuentes como texto sin formato.</translation>
    </message>
    <message>
        <source>Copy the selected rules</source>
        <translation>Copiar las reglas seleccionadas</translation>
    </message>
    <message>
        <source>Copy all as text</source>
        <translation>Copiar todo como texto</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Puertos</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Remote side</source>
        <translation>Extremo remoto</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>The plan cannot be worked out: %1. Go back and complete your choices.</source>
        <translation>No se puede determinar el plan: %1. Vuelva atrás y complete su elección.</translation>
    </message>
    <message>
        <source>(only with: %1)</source>
        <extracomment>appended to a rule&apos;s reason; %1 is an optional feature (&quot;E-mail interface&quot;)</extracomment>
        <translation>(solo con: %1)</translation>
    </message>
    <message>
        <source>derived</source>
        <comment>basis</comment>
        <extracomment>basis of a rule: stated in the vendor&apos;s article, or derived by the catalog from other documents</extracomment>
        <translation>derivada</translation>
    </message>
    <message>
        <source>vendor</source>
        <comment>basis</comment>
        <translation>fabricante</translation>
    </message>
    <message>
        <source>&amp;Rules (%1)</source>
        <translation>&amp;Reglas (%1)</translation>
    </message>
    <message>
        <source>&amp;Executables (%1)</source>
        <translation>&amp;Programas (%1)</translation>
    </message>
    <message>
        <source>N&amp;otes (%1)</source>
        <translation>N&amp;otas (%1)</translation>
    </message>
    <message>
        <source>Rules, executables and notes</source>
        <translation>Reglas, programas y notas</translation>
    </message>
    <message>
        <source>In italics: derived rules, not the vendor&apos;s own statement (the notes explain). Click a source to open it; Ctrl+C copies the selected rules.</source>
        <translation>En cursiva: reglas derivadas, no indicadas por el propio fabricante (las notas lo explican). Haga clic en una fuente para abrirla; Ctrl+C copia las reglas seleccionadas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why (%1):&lt;/b&gt; %2</source>
        <extracomment>below the rules table in a narrow window: the current rule&apos;s reason and its basis (&quot;vendor&quot; or &quot;derived&quot;)</extracomment>
        <translation>&lt;b&gt;Motivo (%1):&lt;/b&gt; %2</translation>
    </message>
</context>
<context>
    <name>fw::RolePage</name>
    <message>
        <source>Role of this computer</source>
        <translation>Rol de este equipo</translation>
    </message>
    <message>
        <source>Is this computer the server of %1 or one of its clients? They need different rules.</source>
        <translation>¿Es este equipo el servidor de %1 o uno de sus clientes? Cada uno necesita reglas distintas.</translation>
    </message>
    <message>
        <source>Choose what this computer does. Run the wizard once on the server and once for the clients; all clients of the same kind need the same rules.</source>
        <translation>Elija qué función cumple este equipo. Ejecute el asistente una vez en el servidor y otra para los clientes; todos los clientes del mismo tipo necesitan las mismas reglas.</translation>
    </message>
    <message>
        <source>If you are not sure: most computers are clients. There is usually one server, which the others connect to.</source>
        <translation>Si no está seguro: la mayoría de los equipos son clientes. Normalmente hay un único servidor, al que se conectan los demás.</translation>
    </message>
</context>
<context>
    <name>fw::SaveFile</name>
    <message>
        <source>no file name given</source>
        <translation>no se indicó ningún nombre de archivo</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist</source>
        <translation>%1 es un enlace simbólico a %2, que no existe</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 es una carpeta</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket); it is never replaced, choose a file</source>
        <translation>%1 no es un archivo normal (un dispositivo, una tubería o un socket); nunca se reemplaza, elija un archivo</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 es un archivo, no una carpeta</translation>
    </message>
</context>
<context>
    <name>fw::SelectionProblem</name>
    <message>
        <source>no product chosen (--product ID; &apos;products&apos; lists them)</source>
        <translation>no se eligió ningún producto (--product ID; &apos;products&apos; los enumera)</translation>
    </message>
    <message>
        <source>unknown product &apos;%1&apos; (known: %2)</source>
        <translation>producto desconocido &apos;%1&apos; (conocidos: %2)</translation>
    </message>
    <message>
        <source>no role chosen (--role %1)</source>
        <translation>no se eligió ningún rol (--role %1)</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (known: %2)</source>
        <translation>rol desconocido &apos;%1&apos; (conocidos: %2)</translation>
    </message>
    <message>
        <source>this product needs its version (--version %1)</source>
        <translation>este producto necesita su versión (--version %1)</translation>
    </message>
    <message>
        <source>unknown version &apos;%1&apos; (known: %2)</source>
        <translation>versión desconocida &apos;%1&apos; (conocidas: %2)</translation>
    </message>
    <message>
        <source>%1 has no versions to choose; leave out --version</source>
        <translation>%1 no tiene versiones que elegir; omita --version</translation>
    </message>
    <message>
        <source>this product needs its deployment (--deployment %1)</source>
        <translation>este producto necesita su despliegue (--deployment %1)</translation>
    </message>
    <message>
        <source>unknown deployment &apos;%1&apos; (known: %2)</source>
        <translation>despliegue desconocido &apos;%1&apos; (conocidos: %2)</translation>
    </message>
    <message>
        <source>%1 has no deployments to choose; leave out --deployment</source>
        <translation>%1 no tiene despliegues que elegir; omita --deployment</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (known: %2)</source>
        <translation>opción desconocida &apos;%1&apos; (conocidas: %2)</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; does not apply to this role or deployment</source>
        <translation>la opción &apos;%1&apos; no se aplica a este rol o despliegue</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos; (known: %2)</source>
        <translation>valor desconocido &apos;%1&apos; (conocidos: %2)</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; does not apply to this role, deployment or option</source>
        <translation>el valor &apos;%1&apos; no se aplica a este rol, despliegue u opción</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is required (--set %1=...)</source>
        <translation>el valor &apos;%1&apos; es obligatorio (--set %1=...)</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation>problema desconocido</translation>
    </message>
</context>
<context>
    <name>fw::UfwBackend</name>
    <message>
        <source>ufw is not installed</source>
        <translation>ufw no está instalado</translation>
    </message>
    <message>
        <source>cannot read ufw&apos;s status (it needs root)</source>
        <translation>no se puede leer el estado de ufw (necesita root)</translation>
    </message>
    <message>
        <source>ufw is inactive: the rules are kept and take effect when ufw is enabled (ufw enable).</source>
        <translation>ufw está inactivo: las reglas se conservan y surten efecto cuando se active ufw (ufw enable).</translation>
    </message>
    <message>
        <source>The plan has no rule with ports: there is nothing to allow in ufw.</source>
        <translation>El plan no tiene ninguna regla con puertos: no hay nada que permitir en ufw.</translation>
    </message>
    <message>
        <source>Remove a rule of an earlier apply that this plan no longer has</source>
        <translation>Quitar una regla de una aplicación anterior que este plan ya no tiene</translation>
    </message>
    <message>
        <source>Write the application profiles to %1</source>
        <translation>Escribir los perfiles de aplicación en %1</translation>
    </message>
    <message>
        <source>Let ufw read the profile %1 again</source>
        <translation>Hacer que ufw vuelva a leer el perfil %1</translation>
    </message>
    <message>
        <source>Allow %1</source>
        <translation>Permitir %1</translation>
    </message>
    <message>
        <source>Remove the rule for %1</source>
        <translation>Quitar la regla para %1</translation>
    </message>
    <message>
        <source>Delete the profile file %1</source>
        <translation>Borrar el archivo de perfil %1</translation>
    </message>
    <message>
        <source>ufw holds nothing of this program&apos;s any more.</source>
        <translation>ufw ya no contiene nada de este programa.</translation>
    </message>
    <message>
        <source>Put ufw&apos;s rule files of the backup %1 back</source>
        <translation>Restaurar los archivos de reglas de ufw de la copia de seguridad %1</translation>
    </message>
    <message>
        <source>Reload ufw</source>
        <translation>Recargar ufw</translation>
    </message>
    <message>
        <source>Read the rules back with ufw status</source>
        <translation>Releer las reglas con ufw status</translation>
    </message>
    <message>
        <source>Read the rules back with ufw show added</source>
        <translation>Releer las reglas con ufw show added</translation>
    </message>
    <message>
        <source>%1 does not show the rule for %2</source>
        <translation>%1 no muestra la regla para %2</translation>
    </message>
    <message>
        <source>%1 still shows a rule for %2</source>
        <translation>%1 todavía muestra una regla para %2</translation>
    </message>
    <message>
        <source>the backup %1 names %2, which is none of ufw&apos;s files that this program backs up; it is not used</source>
        <translation>la copia de seguridad %1 indica %2, que no es ninguno de los archivos de ufw de los que este programa hace copia de seguridad; no se usa</translation>
    </message>
    <message>
        <source>the profile file %1 is not this program&apos;s</source>
        <translation>el archivo de perfil %1 no es de este programa</translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot; is not this program&apos;s</source>
        <translation>el perfil &quot;%1&quot; no es de este programa</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; is not one this program writes</source>
        <translation>la regla &quot;%1&quot; no es de las que escribe este programa</translation>
    </message>
</context>
<context>
    <name>fw::UfwExporter</name>
    <message>
        <source>ufw: an application profile and the ufw allow commands with direction and remote side</source>
        <translation>ufw: un perfil de aplicación y los comandos ufw allow con sentido y extremo remoto</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>run this file again with --undo</source>
        <translation>vuelva a ejecutar este archivo con --undo</translation>
    </message>
    <message>
        <source>Run it as root: sh FILE. It writes the application profiles to %1 and adds the rules; ufw skips rules it has already, so running it again adds no duplicates. If ufw is inactive, the rules take effect when it is enabled.</source>
        <translation>Ejecútelo como root: sh FILE. Escribe los perfiles de aplicación en %1 y añade las reglas; ufw omite las reglas que ya tiene, así que volver a ejecutarlo no crea duplicados. Si ufw está inactivo, las reglas surten efecto cuando se active.</translation>
    </message>
    <message>
        <source>Nothing to open in ufw for %1; see the comments at the top of this file.</source>
        <translation>No hay nada que abrir en ufw para %1; vea los comentarios al principio de este archivo.</translation>
    </message>
    <message>
        <source>Note: the vendor names the program %1, which a Linux firewall cannot match; only the ports are.</source>
        <translation>Nota: el fabricante indica el programa %1, que un cortafuegos de Linux no puede comparar; aquí solo figuran los puertos.</translation>
    </message>
</context>
<context>
    <name>fw::ValueCheck</name>
    <message>
        <source>a value is required</source>
        <translation>hace falta un valor</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number (use digits only, 1-65535)</source>
        <translation>&apos;%1&apos; no es un número de puerto (solo dígitos, 1-65535)</translation>
    </message>
    <message>
        <source>%1 is not a port (1-65535)</source>
        <translation>%1 no es un puerto (1-65535)</translation>
    </message>
    <message>
        <source>the character %1 is not allowed here</source>
        <translation>el carácter %1 no está permitido aquí</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name: the part &apos;%2&apos; is empty, too long or starts or ends with &apos;-&apos;</source>
        <translation>&apos;%1&apos; no es un nombre de host válido: la parte &apos;%2&apos; está vacía, es demasiado larga o empieza o termina por &apos;-&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name or IP address</source>
        <translation>&apos;%1&apos; no es un nombre de host ni una dirección IP válidos</translation>
    </message>
    <message>
        <source>the value is too long</source>
        <translation>el valor es demasiado largo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IP address or host name: an IPv4 address is four numbers 0-255 without leading zeros (e.g. 192.0.2.10), and a host name does not end in a number</source>
        <translation>&apos;%1&apos; no es una dirección IP ni un nombre de host válidos: una dirección IPv4 son cuatro números de 0 a 255 sin ceros a la izquierda (p. ej. 192.0.2.10), y un nombre de host no termina en un número</translation>
    </message>
</context>
<context>
    <name>fw::WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>This wizard works out what your firewalls must allow so that a program works through them.</source>
        <translation>Este asistente determina qué deben permitir sus cortafuegos para que un programa funcione a través de ellos.</translation>
    </message>
    <message>
        <source>First you choose the program and whether this computer is its server or one of its clients. The wizard then lists exactly which ports and programs the firewall must allow, each with the reason and the vendor&apos;s article it comes from. Nothing on this computer is changed by looking at that list.</source>
        <translation>Primero elige el programa y si este equipo es su servidor o uno de sus clientes. Después, el asistente enumera exactamente qué puertos y programas debe permitir el cortafuegos, cada uno con su motivo y el artículo del fabricante del que procede. Consultar esa lista no cambia nada en este equipo.</translation>
    </message>
    <message>
        <source>&amp;Display language:</source>
        <extracomment>label of the list of languages on the first page</extracomment>
        <translation>Idioma de &amp;visualización:</translation>
    </message>
    <message>
        <source>Display language</source>
        <translation>Idioma de visualización</translation>
    </message>
    <message>
        <source>&amp;Start afresh</source>
        <translation>&amp;Empezar de cero</translation>
    </message>
    <message>
        <source>Forget the choices from last time and start with an empty selection.</source>
        <translation>Olvidar la elección de la última vez y empezar con una elección vacía.</translation>
    </message>
    <message>
        <source>Your choices from last time are filled in: %1. You can change each of them on the next pages.</source>
        <translation>Su elección de la última vez está rellenada: %1. Puede cambiar cada parte en las páginas siguientes.</translation>
    </message>
    <message>
        <source>Your choices so far: %1.</source>
        <translation>Su elección hasta ahora: %1.</translation>
    </message>
</context>
<context>
    <name>fw::WindowsBackend</name>
    <message>
        <source>Save the whole firewall policy to %1</source>
        <translation>Guardar toda la directiva del cortafuegos en %1</translation>
    </message>
    <message>
        <source>Write the PowerShell script %1</source>
        <translation>Escribir el script de PowerShell %1</translation>
    </message>
    <message>
        <source>write the PowerShell export to %1</source>
        <translation>escribir la exportación para PowerShell en %1</translation>
    </message>
    <message>
        <source>Run the script: it replaces the rules of the group &quot;%1&quot;</source>
        <translation>Ejecutar el script: sustituye las reglas del grupo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Count the rules of the group &quot;%1&quot;</source>
        <translation>Contar las reglas del grupo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; holds %2 rules, expected %3</source>
        <translation>el grupo &quot;%1&quot; contiene %2 reglas, se esperaban %3</translation>
    </message>
    <message>
        <source>Remove every rule of the group &quot;%1&quot;</source>
        <translation>Quitar todas las reglas del grupo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Load the saved firewall policy %1</source>
        <translation>Cargar la directiva del cortafuegos guardada %1</translation>
    </message>
    <message>
        <source>the backup %1 was not written</source>
        <translation>no se escribió la copia de seguridad %1</translation>
    </message>
    <message>
        <source>the rule group &quot;%1&quot; is not this program&apos;s</source>
        <translation>el grupo de reglas &quot;%1&quot; no es de este programa</translation>
    </message>
    <message>
        <source>the script %1 is not this program&apos;s</source>
        <translation>el script %1 no es de este programa</translation>
    </message>
</context>
<context>
    <name>fw::WizardButtons</name>
    <message>
        <source>&amp;Language: %1</source>
        <extracomment>button in the wizard&apos;s button row that opens the list of languages; %1 is the current one (&quot;English&quot;)</extracomment>
        <translation>&amp;Idioma: %1</translation>
    </message>
    <message>
        <source>Pl&amp;an</source>
        <extracomment>button in the wizard&apos;s button row whose menu opens and saves plan files (.fwplan); the mnemonic must not be the one of Products, Back, Next, Finish, Help or Language</extracomment>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>button in the wizard&apos;s button row whose menu holds Diagnostics and About; the mnemonic must not be the one of Back, Next, Finish, Plan, Language or a page&apos;s own</extracomment>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>fw::cli</name>
    <message>
        <source>Read more catalog files from DIR (repeatable).</source>
        <translation>Leer más archivos de catálogo de DIR (repetible).</translation>
    </message>
    <message>
        <source>Language of every text: en, de or es.</source>
        <translation>Idioma de todos los textos: en, de o es.</translation>
    </message>
    <message>
        <source>What is logged to stderr: trace, debug, info, warn, error or off (default warn).</source>
        <translation>Qué se registra en stderr: trace, debug, info, warn, error u off (predeterminado: warn).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>
&apos;firewall-wizard COMMAND --help&apos; explains a command&apos;s options.
</source>
        <translation>
&apos;firewall-wizard COMMAND --help&apos; explica las opciones de un comando.
</translation>
    </message>
    <message>
        <source>error: unknown command &apos;%1&apos;</source>
        <translation>error: comando desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>error: </translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Pruebe &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>error: unexpected argument &apos;%1&apos;</source>
        <translation>error: argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>error: --lang %1: choose en, de or es</source>
        <translation>error: --lang %1: elija en, de o es</translation>
    </message>
    <message>
        <source>error: --log-level %1: choose trace, debug, info, warn, error or off</source>
        <translation>error: --log-level %1: elija trace, debug, info, warn, error u off</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Uso: %1 %2</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>aviso: </translation>
    </message>
    <message>
        <source>The product&apos;s id (see &apos;products&apos;).</source>
        <translation>El id del producto (vea &apos;products&apos;).</translation>
    </message>
    <message>
        <source>This machine&apos;s role: server or client.</source>
        <translation>El rol de este equipo: server o client.</translation>
    </message>
    <message>
        <source>The deployment, where the product has several.</source>
        <translation>El despliegue, cuando el producto tiene varios.</translation>
    </message>
    <message>
        <source>The product&apos;s major version, where it matters.</source>
        <translation>La versión principal del producto, cuando importa.</translation>
    </message>
    <message>
        <source>Turn on an option (repeatable).</source>
        <translation>Activar una opción (repetible).</translation>
    </message>
    <message>
        <source>Give a value (repeatable), e.g. --set server=lic01.example.com.</source>
        <translation>Indicar un valor (repetible), por ejemplo, --set server=lic01.example.com.</translation>
    </message>
    <message>
        <source>--set %1: write NAME=VALUE, e.g. --set server=lic01.example.com</source>
        <translation>--set %1: escriba NAME=VALUE, por ejemplo, --set server=lic01.example.com</translation>
    </message>
    <message>
        <source>--set %1 is given twice</source>
        <translation>--set %1 se indica dos veces</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>no se puede escribir en la salida estándar</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Read the selection from a plan file (.fwplan) instead; --with and --set add to it.</source>
        <translation>Leer la elección de un archivo de plan (.fwplan); --with y --set la completan.</translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --plan-file, which names the product, role, deployment and version</source>
        <translation>--%1 no se puede combinar con --plan-file, que indica el producto, el rol, el despliegue y la versión</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Usage: firewall-wizard [--lang en|de|es] [FILE.fwplan]   opens the wizard (with a plan file)
       firewall-wizard COMMAND [OPTIONS]                 works without a window

Commands:
</source>
        <translation>Uso: firewall-wizard [--lang en|de|es] [FILE.fwplan]     abre el asistente (con un archivo de plan)
     firewall-wizard COMMAND [OPTIONS]                   funciona sin ventana

Comandos:
</translation>
    </message>
    <message>
        <source>A plan file goes with --plan-file: %1 --plan-file %2</source>
        <translation>Un archivo de plan se indica con --plan-file: %1 --plan-file %2</translation>
    </message>
    <message>
        <source>error: the wizard needs a display, and none was found (DISPLAY and WAYLAND_DISPLAY are not set); the commands work without one</source>
        <translation>error: el asistente necesita una pantalla y no se encontró ninguna (DISPLAY y WAYLAND_DISPLAY no están definidas); los comandos funcionan sin ella</translation>
    </message>
    <message>
        <source>To use the plan file without a window: %1 plan --plan-file %2</source>
        <translation>Para usar el archivo de plan sin ventana: %1 plan --plan-file %2</translation>
    </message>
    <message>
        <source>%1 given twice (%2)</source>
        <translation>%1 indicado dos veces (%2)</translation>
    </message>
    <message>
        <source>%1 given %2 times (%3)</source>
        <translation>%1 indicado %2 veces (%3)</translation>
    </message>
</context>
<context>
    <name>fw::cli::ApplyCli</name>
    <message>
        <source>The firewall to use: %1 (default: the one detected).</source>
        <translation>El cortafuegos que se usará: %1 (predeterminado: el detectado).</translation>
    </message>
    <message>
        <source>Show the detected firewall and the exact changes; change nothing.</source>
        <translation>Mostrar el cortafuegos detectado y los cambios exactos; no cambiar nada.</translation>
    </message>
    <message>
        <source>Change the firewall without asking (after reviewing --dry-run).</source>
        <translation>Cambiar el cortafuegos sin preguntar (después de revisar --dry-run).</translation>
    </message>
    <message>
        <source>--backend %1: one of %2</source>
        <translation>--backend %1: uno de %2</translation>
    </message>
    <message>
        <source>the %1 back end changes only a firewall on its own system; here, review it with --dry-run or export it</source>
        <translation>el backend %1 solo cambia un cortafuegos de su propio sistema; aquí, revíselo con --dry-run o expórtelo</translation>
    </message>
    <message>
        <source>needs root: run it with sudo or pkexec (or review it first with --dry-run, which needs no rights)</source>
        <translation>necesita root: ejecútelo con sudo o pkexec (o revíselo primero con --dry-run, que no necesita permisos)</translation>
    </message>
    <message>
        <source>nothing is changed without your explicit yes: review the changes with --dry-run, then run it again with --yes</source>
        <translation>no se cambia nada sin su sí explícito: revise los cambios con --dry-run y vuelva a ejecutarlo con --yes</translation>
    </message>
    <message>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>For programs such as the wizard: read the answers (yes or no, one a line) from standard input also when it is no terminal; end of input is a no. Standard error gets the protocol lines that begin with &quot;@fw1 &quot; (README: &quot;Applying on this machine&quot;): &quot;@fw1 detected BACKEND full|partial&quot;, &quot;@fw1 confirm-apply BACKEND RULES&quot; (or &quot;@fw1 confirm-revert&quot;) when an answer is awaited, &quot;@fw1 error MESSAGE&quot; and &quot;@fw1 result WORD&quot; at the end.</source>
        <translation>Para programas como el asistente: leer las respuestas (yes o no, una por línea) de la entrada estándar también cuando no es un terminal; el fin de la entrada cuenta como no. La salida de errores recibe las líneas de protocolo que empiezan por «@fw1 » (README: «Applying on this machine»): «@fw1 detected BACKEND full|partial», «@fw1 confirm-apply BACKEND RULES» (o «@fw1 confirm-revert») cuando se espera una respuesta, y «@fw1 error MESSAGE» y «@fw1 result WORD» al final.</translation>
    </message>
</context>
<context>
    <name>fw::cli::ApplyCommand</name>
    <message>
        <source>Applies the rules to this machine&apos;s firewall, with preview, confirmation, backup and undo.</source>
        <translation>Aplica las reglas al cortafuegos de este equipo, con vista previa, confirmación, copia de seguridad y deshacer.</translation>
    </message>
    <message>
        <source>firewalld: the zone for the rules (default: the zone of the interface facing the clients).</source>
        <translation>firewalld: la zona para las reglas (predeterminada: la zona de la interfaz que da a los clientes).</translation>
    </message>
    <message>
        <source>firewalld: the interface that faces the clients (default: the default route&apos;s).</source>
        <translation>firewalld: la interfaz que da a los clientes (predeterminada: la de la ruta predeterminada).</translation>
    </message>
    <message>
        <source>The LAN&apos;s address ranges, comma-separated, for rules whose remote side is the LAN.</source>
        <translation>Los rangos de direcciones de la LAN, separados por comas, para las reglas cuyo extremo remoto es la LAN.</translation>
    </message>
    <message>
        <source>--confirm-within %1: a number of seconds from 0 to 3600</source>
        <translation>--confirm-within %1: un número de segundos de 0 a 3600</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulación: no se cambió nada.</translation>
    </message>
    <message>
        <source>Apply these changes?</source>
        <translation>¿Aplicar estos cambios?</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>apply failed at the step &quot;%1&quot;: %2</source>
        <translation>la aplicación falló en el paso &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The steps before it were undone: the firewall is as it was.</source>
        <translation>Los pasos anteriores se deshicieron: el cortafuegos está como estaba.</translation>
    </message>
    <message>
        <source>Undoing failed too: %1. The backup taken before is %2.</source>
        <translation>También falló deshacer: %1. La copia de seguridad hecha antes es %2.</translation>
    </message>
    <message>
        <source>Applied:</source>
        <translation>Aplicado:</translation>
    </message>
    <message>
        <source>Kept. The change stays.</source>
        <translation>Conservado. El cambio se mantiene.</translation>
    </message>
    <message>
        <source>Not confirmed: the change was rolled back and the firewall is as it was before.</source>
        <translation>No confirmado: el cambio se revirtió y el cortafuegos está como antes.</translation>
    </message>
    <message>
        <source>Not confirmed, and rolling back failed: %1</source>
        <translation>No confirmado, y la reversión falló: %1</translation>
    </message>
    <message>
        <source>%1 s left to confirm</source>
        <translation>quedan %1 s para confirmar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Applied. Keep it? Type yes (or press Enter) within %1 seconds; otherwise, and on no or Ctrl+C, it is rolled back by itself.</source>
        <translation>Aplicado. ¿Lo conserva? Escriba sí (o pulse Intro) en %1 segundos; si no, o con no o Ctrl+C, se revierte solo.</translation>
    </message>
    <message>
        <source>no apply is waiting for confirmation (%1)</source>
        <translation>ninguna aplicación espera confirmación (%1)</translation>
    </message>
    <message>
        <source>the waiting apply (process %1) did not answer; check it</source>
        <translation>la aplicación en espera (proceso %1) no respondió; revísela</translation>
    </message>
    <message>
        <source>Confirmed: the waiting apply (process %1) keeps its change.</source>
        <translation>Confirmado: la aplicación en espera (proceso %1) conserva su cambio.</translation>
    </message>
    <message>
        <source>From another shell, keep it with: %1 apply --confirm</source>
        <translation>Desde otra shell, consérvelo con: %1 apply --confirm</translation>
    </message>
    <message>
        <source>Keep the change of an apply that waits for confirmation (--confirm-within) in another shell, for example one that lost its terminal. Needs nothing else.</source>
        <translation>Conservar el cambio de una aplicación que espera confirmación (--confirm-within) en otra shell, por ejemplo una que perdió su terminal. No necesita nada más.</translation>
    </message>
    <message>
        <source>apply --confirm needs root, like the apply: sudo firewall-wizard apply --confirm</source>
        <translation>apply --confirm necesita root, como la propia aplicación: sudo firewall-wizard apply --confirm</translation>
    </message>
    <message>
        <source>%1 (it needs root, like the apply)</source>
        <translation>%1 (necesita root, como la aplicación)</translation>
    </message>
    <message>
        <source>After applying, keep the change only if yes (or an empty line) arrives on standard input within SECONDS (0: no confirmation window, the default); otherwise, and on no, Ctrl+C or SIGTERM, it is rolled back by itself. A lost terminal does not confirm. Standard error gets the protocol line &quot;@fw1 confirm-pending SECONDS&quot; when the window opens.</source>
        <translation>Tras aplicar, conservar el cambio solo si llega yes (o una línea vacía) por la entrada estándar en SECONDS segundos (0: sin plazo de confirmación, el valor predeterminado); si no, y ante no, Ctrl+C o SIGTERM, se deshace por sí solo. Un terminal perdido no confirma. La salida de errores recibe la línea de protocolo «@fw1 confirm-pending SECONDS» cuando se abre el plazo.</translation>
    </message>
</context>
<context>
    <name>fw::cli::CheckCommand</name>
    <message>
        <source>Tests from this machine whether the server&apos;s ports and the outbound destinations can be reached.</source>
        <translation>Comprueba desde este equipo si se puede llegar a los puertos del servidor y a los destinos salientes.</translation>
    </message>
    <message>
        <source>The server to test: its host name or IP address (also fills the value &apos;server&apos;).</source>
        <translation>El servidor que se va a probar: su nombre de host o su dirección IP (también rellena el valor &apos;server&apos;).</translation>
    </message>
    <message>
        <source>How long each probe may take, DNS included, in milliseconds (100-120000, default %1).</source>
        <translation>Cuánto puede tardar cada prueba, DNS incluido, en milisegundos (100-120000, predeterminado %1).</translation>
    </message>
    <message>
        <source>Conclude &apos;filtered&apos; early once the host has answered on other ports (after many round trips and a second attempt); the timeout stays the upper bound.</source>
        <translation>Concluir antes &apos;filtrado&apos; cuando el host ya ha respondido en otros puertos (tras muchos viajes de ida y vuelta y un segundo intento); el tiempo límite sigue siendo el máximo.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of a table.</source>
        <translation>Mostrar un objeto JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>--timeout-ms %1: give milliseconds from 100 to 120000</source>
        <translation>--timeout-ms %1: indique milisegundos de 100 a 120000</translation>
    </message>
    <message>
        <source>--server HOST is missing: the name or address of the server to test</source>
        <translation>falta --server HOST: el nombre o la dirección del servidor que se va a probar</translation>
    </message>
    <message>
        <source>Checking %1 from this machine (probes: %2, each within %3 ms):</source>
        <translation>Comprobando %1 desde este equipo (pruebas: %2, cada una en %3 ms):</translation>
    </message>
    <message>
        <source>test responder</source>
        <translation>respondedor de prueba</translation>
    </message>
    <message>
        <source>no host is named to test (the internet, the LAN, or this machine&apos;s own inbound port)</source>
        <translation>no se indica ningún host que probar (internet, la LAN o un puerto entrante de este equipo)</translation>
    </message>
    <message>
        <source>a program rule without ports</source>
        <translation>una regla de programa sin puertos</translation>
    </message>
    <message>
        <source>the server&apos;s address is not known</source>
        <translation>no se conoce la dirección del servidor</translation>
    </message>
    <message>
        <source>--server %1 and --set server=%2 name different servers</source>
        <translation>--server %1 y --set server=%2 indican servidores distintos</translation>
    </message>
    <message>
        <source>This plan has nothing that can be tested from here.</source>
        <translation>Este plan no tiene nada que se pueda probar desde aquí.</translation>
    </message>
    <message>
        <source>Not tested:</source>
        <translation>Sin probar:</translation>
    </message>
    <message>
        <source>Ports of the plan left out (one check probes at most %1): %2</source>
        <translation>Puertos del plan omitidos (una comprobación prueba como máximo %1): %2</translation>
    </message>
    <message>
        <source>What it means and what to do:</source>
        <translation>Qué significa y qué hacer:</translation>
    </message>
    <message>
        <source>Nothing is blocked.</source>
        <translation>No hay nada bloqueado.</translation>
    </message>
</context>
<context>
    <name>fw::cli::DiagnoseCommand</name>
    <message>
        <source>Prints what a support request needs: versions, the firewall&apos;s state, what was applied, warnings.</source>
        <translation>Muestra lo que necesita una solicitud de soporte: versiones, el estado del cortafuegos, lo aplicado y los avisos.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Mostrar un objeto JSON en lugar de texto.</translation>
    </message>
</context>
<context>
    <name>fw::cli::ExportCommand</name>
    <message>
        <source>Writes the rules in a firewall&apos;s own format, or as a table.</source>
        <translation>Escribe las reglas en el formato propio de un cortafuegos, o como tabla.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Uno de: %1.</translation>
    </message>
    <message>
        <source>Write to FILE (replaced atomically) instead of standard output.</source>
        <translation>Escribir en FILE (sustituido de forma atómica) en lugar de en la salida estándar.</translation>
    </message>
    <message>
        <source>--format is missing (one of: %1)</source>
        <translation>falta --format (uno de: %1)</translation>
    </message>
    <message>
        <source>--format %1: unknown format (one of: %2)</source>
        <translation>--format %1: formato desconocido (uno de: %2)</translation>
    </message>
    <message>
        <source>--format %1 needs -o FILE: it is not text</source>
        <translation>--format %1 necesita -o FILE: no es texto</translation>
    </message>
    <message>
        <source>firewalld, ansible: the zone to add the service to (default: the default zone).</source>
        <translation>firewalld, ansible: la zona a la que se añade el servicio (predeterminada: la zona predeterminada).</translation>
    </message>
    <message>
        <source>Linux formats: the LAN&apos;s address ranges, comma-separated (e.g. 192.168.1.0/24), for rules whose remote side is the LAN; without it they allow any address and say so.</source>
        <translation>Formatos de Linux: los rangos de direcciones de la LAN, separados por comas (por ejemplo, 192.168.1.0/24), para las reglas cuyo extremo remoto es la LAN; sin ellos, esas reglas permiten cualquier dirección y lo indican.</translation>
    </message>
    <message>
        <source>powershell, netsh, ansible: a folder searched first for the vendor&apos;s programs (then Program Files).</source>
        <translation>powershell, netsh, ansible: una carpeta en la que se buscan primero los programas del fabricante (después, en Program Files).</translation>
    </message>
    <message>
        <source>nftables: accept (default) or drop: with drop, the exported table lets in only what the plan allows, replies, loopback and ICMP.</source>
        <translation>nftables: accept (predeterminado) o drop: con drop, la tabla exportada solo deja entrar lo que permite el plan, las respuestas, loopback e ICMP.</translation>
    </message>
    <message>
        <source>pdf: a4 or letter (default: by the system&apos;s locale).</source>
        <translation>pdf: a4 o letter (predeterminado: según la configuración regional del sistema).</translation>
    </message>
</context>
<context>
    <name>fw::cli::PlanCommand</name>
    <message>
        <source>Shows the rules, executables and notes for one machine.</source>
        <translation>Muestra las reglas, los programas y las notas para un equipo.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of a table.</source>
        <translation>Mostrar un objeto JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>Also save the selection as a plan file (.fwplan) to FILE.</source>
        <translation>Guardar además la elección como archivo de plan (.fwplan) en FILE.</translation>
    </message>
</context>
<context>
    <name>fw::cli::ProductsCommand</name>
    <message>
        <source>Lists the products the catalog holds, with their ids.</source>
        <translation>Enumera los productos del catálogo con sus id.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of a table.</source>
        <translation>Mostrar un objeto JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>roles:</source>
        <translation>roles:</translation>
    </message>
    <message>
        <source>versions:</source>
        <translation>versiones:</translation>
    </message>
    <message>
        <source>deployments:</source>
        <translation>despliegues:</translation>
    </message>
    <message>
        <source>options:</source>
        <translation>opciones:</translation>
    </message>
    <message>
        <source>values:</source>
        <translation>valores:</translation>
    </message>
    <message>
        <source>from:</source>
        <translation>de:</translation>
    </message>
    <message>
        <source>More products can be added as files in %1 (see the catalog format in the README).</source>
        <translation>Se pueden añadir más productos como archivos en %1 (vea el formato del catálogo en el README).</translation>
    </message>
</context>
<context>
    <name>fw::cli::RevertCommand</name>
    <message>
        <source>Removes all that this program applied to the firewall.</source>
        <translation>Quita todo lo que este programa aplicó al cortafuegos.</translation>
    </message>
    <message>
        <source>Nothing that this program applied is recorded or found: nothing to revert.</source>
        <translation>No hay registrado ni se encuentra nada aplicado por este programa: no hay nada que revertir.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulación: no se cambió nada.</translation>
    </message>
    <message>
        <source>Revert these changes?</source>
        <translation>¿Revertir estos cambios?</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Removing what this program applied failed (%1: %2), so %3 was put back instead.</source>
        <translation>Falló quitar lo aplicado por este programa (%1: %2), así que en su lugar se restauró %3.</translation>
    </message>
    <message>
        <source>Reverted: %1</source>
        <translation>Revertido: %1</translation>
    </message>
    <message>
        <source>revert failed at the step &quot;%1&quot;: %2</source>
        <translation>la reversión falló en el paso &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The steps before it were undone: the firewall is as it was before this revert.</source>
        <translation>Los pasos anteriores se deshicieron: el cortafuegos está como antes de esta reversión.</translation>
    </message>
    <message>
        <source>Undoing failed too: %1</source>
        <translation>También falló deshacer: %1</translation>
    </message>
</context>
<context>
    <name>fw::cli::ServeCommand</name>
    <message>
        <source>Starts a temporary test responder on the plan&apos;s inbound ports, so that &apos;check&apos; on another machine can prove the path.</source>
        <translation>Inicia un respondedor de prueba temporal en los puertos entrantes del plan, para que &apos;check&apos; en otro equipo pueda demostrar el camino.</translation>
    </message>
    <message>
        <source>Listen on this address of this machine only (default: all).</source>
        <translation>Escuchar solo en esta dirección de este equipo (predeterminado: todas).</translation>
    </message>
    <message>
        <source>Stop by itself after this many seconds (1-86400, default 600).</source>
        <translation>Detenerse solo tras estos segundos (1-86400, predeterminado 600).</translation>
    </message>
    <message>
        <source>--seconds %1: give a number of seconds from 1 to 86400</source>
        <translation>--seconds %1: indique un número de segundos de 1 a 86400</translation>
    </message>
    <message>
        <source>--bind %1: give an IP address of this machine, e.g. 192.0.2.10 or ::1</source>
        <translation>--bind %1: indique una dirección IP de este equipo, por ejemplo, 192.0.2.10 o ::1</translation>
    </message>
    <message>
        <source>%1 has no inbound TCP or UDP ports to listen on. Run serve on the server (--role server) and check from the client.</source>
        <translation>%1 no tiene puertos TCP ni UDP entrantes en los que escuchar. Ejecute serve en el servidor (--role server) y check desde el cliente.</translation>
    </message>
    <message>
        <source>Test responder of firewall-wizard %1 for %2:</source>
        <translation>Respondedor de prueba de firewall-wizard %1 para %2:</translation>
    </message>
    <message>
        <source>Every port is taken by a running service, so there is nothing to answer for: test the path from a client with &apos;firewall-wizard check&apos;.</source>
        <translation>Todos los puertos están ocupados por un servicio en marcha, así que no hay nada que responder: pruebe el camino desde un cliente con &apos;firewall-wizard check&apos;.</translation>
    </message>
    <message>
        <source>the test responder could not listen on any port</source>
        <translation>el respondedor de prueba no pudo escuchar en ningún puerto</translation>
    </message>
    <message>
        <source>all addresses</source>
        <translation>todas las direcciones</translation>
    </message>
    <message>
        <source>Answering on %1 for %2 s (ports: %3); press Ctrl+C to stop.</source>
        <translation>Respondiendo en %1 durante %2 s (puertos: %3); pulse Ctrl+C para detenerlo.</translation>
    </message>
    <message>
        <source>%1  %2 from %3</source>
        <translation>%1  %2 desde %3</translation>
    </message>
    <message>
        <source>Stopped on request.</source>
        <translation>Detenido a petición.</translation>
    </message>
    <message>
        <source>Stopped after %1 s.</source>
        <translation>Detenido tras %1 s.</translation>
    </message>
    <message>
        <source>Connections and datagrams answered: %1, from addresses: %2; every socket is closed.</source>
        <translation>Conexiones y datagramas respondidos: %1, desde direcciones: %2; todos los sockets están cerrados.</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>escuchando</translation>
    </message>
    <message>
        <source>taken by a running service: good, the service is up (the responder leaves it alone)</source>
        <translation>ocupado por un servicio en marcha: bien, el servicio funciona (el respondedor no lo toca)</translation>
    </message>
    <message>
        <source>cannot listen: %1</source>
        <translation>no puede escuchar: %1</translation>
    </message>
</context>
<context>
    <name>fw::elevation</name>
    <message>
        <source>Changing the firewall needs administrator rights. The wizard itself keeps running without them; only this one command runs as administrator, and your system now asks for the password:
%1</source>
        <translation>Para cambiar el cortafuegos hacen falta permisos de administrador. El asistente sigue funcionando sin ellos; solo este comando se ejecuta como administrador, y su sistema le pide ahora la contraseña:
%1</translation>
    </message>
</context>
<context>
    <name>fw::log</name>
    <message>
        <source>the log file %1 is not a regular file and cannot be removed: %2</source>
        <translation>el archivo de registro %1 no es un archivo regular y no se puede eliminar: %2</translation>
    </message>
    <message>
        <source>cannot open the log file %1: %2</source>
        <translation>no se puede abrir el archivo de registro %1: %2</translation>
    </message>
    <message>
        <source>removed %1, which was not a regular file; the log is never written through a link</source>
        <translation>se eliminó %1, que no era un archivo regular; el registro nunca se escribe a través de un enlace</translation>
    </message>
</context>
<context>
    <name>fw::steps</name>
    <message>
        <source>Save %1 to %2</source>
        <translation>Guardar %1 en %2</translation>
    </message>
    <message>
        <source>save %1 to %2</source>
        <translation>guardar %1 en %2</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <source>the backup %1 does not read back as written</source>
        <translation>la copia de seguridad %1 no se relee tal como se escribió</translation>
    </message>
    <message>
        <source>the backup %1 cannot be read</source>
        <translation>no se puede leer la copia de seguridad %1</translation>
    </message>
    <message>
        <source>the record keeps no checksum of the backup %1, so it is not loaded</source>
        <translation>el registro no guarda ninguna suma de comprobación de la copia de seguridad %1, así que no se carga</translation>
    </message>
    <message>
        <source>the backup %1 is not the one this program wrote (its SHA-256 differs from the record&apos;s), so it is not loaded</source>
        <translation>la copia de seguridad %1 no es la que escribió este programa (su SHA-256 difiere del que figura en el registro), así que no se carga</translation>
    </message>
    <message>
        <source>the backup names %1, which is none of the files this program backs up; nothing was put back</source>
        <translation>la copia de seguridad indica %1, que no es ninguno de los archivos de los que este programa hace copia de seguridad; no se restauró nada</translation>
    </message>
    <message>
        <source>restore %1 from %2</source>
        <translation>restaurar %1 desde %2</translation>
    </message>
</context>
</TS>
