<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>fw::ProbeAdvice</name>
    <message>
        <source>The test responder on %1 answered on %2: no firewall on the way blocks it. Stop the responder before the product's server software needs the port.</source>
        <translation>El respondedor de prueba en %1 contestó en %2: ningún firewall del camino lo bloquea. Detenga el respondedor antes de que el software de servidor del producto necesite el puerto.</translation>
    </message>
    <message>
        <source>%1 answered on %2: the path is open and a service answers there.</source>
        <translation>%1 contestó en %2: el camino está abierto y allí responde un servicio.</translation>
    </message>
    <message>
        <source>%1 accepts connections on %2: the path is open and a service listens there. If the product still fails, check that this service is the product's server.</source>
        <translation>%1 acepta conexiones en %2: el camino está abierto y allí escucha un servicio. Si el producto sigue fallando, compruebe que este servicio es el servidor del producto.</translation>
    </message>
    <message>
        <source>The firewall on %1 rejects %2: the server is up, but its firewall turns the connection away. Allow %2 inbound in the server's firewall (in the zone or profile of the network this machine comes from).</source>
        <translation>El firewall de %1 rechaza %2: el servidor está en marcha, pero su firewall rechaza la conexión. Permita %2 entrante en el firewall del servidor (en la zona o el perfil de la red desde la que llega este equipo).</translation>
    </message>
    <message>
        <source>A firewall at %3 rejects %2 on its way to %1. Allow %2 through the firewall at %3, and inbound on the server.</source>
        <translation>Un firewall en %3 rechaza %2 en su camino hacia %1. Permita %2 a través del firewall en %3, y entrante en el servidor.</translation>
    </message>
    <message>
        <source>%1 is reachable but refused %2: nothing listens on that port, or the server's firewall rejects it. Start the product's server software, or run "firewall-wizard serve" on the server to test the path, and allow %2 inbound in the server's firewall.</source>
        <translation>%1 es accesible pero rechazó %2: nada escucha en ese puerto, o el firewall del servidor lo rechaza. Inicie el software de servidor del producto, o ejecute «firewall-wizard serve» en el servidor para probar el camino, y permita %2 entrante en el firewall del servidor.</translation>
    </message>
    <message>
        <source>This machine's own firewall does not let %1 out to %2. Allow %1 outbound on this machine.</source>
        <translation>El propio firewall de este equipo no deja salir %1 hacia %2. Permita %1 saliente en este equipo.</translation>
    </message>
    <message>
        <source>The test responder runs on %1 but no answer came on %2 within %3 ms: a firewall between this machine and the server drops it. Open %2 inbound on the server and on any network firewall in between.</source>
        <translation>El respondedor de prueba funciona en %1, pero no llegó respuesta en %2 en %3 ms: un firewall entre este equipo y el servidor descarta los paquetes. Abra %2 entrante en el servidor y en cualquier firewall de red intermedio.</translation>
    </message>
    <message>
        <source>No answer from %1 on %2 within %3 ms: a firewall between this machine and the server drops it. Open %2 inbound on the server and on any network firewall in between, and outbound on this machine if its firewall limits outgoing traffic.</source>
        <translation>Sin respuesta de %1 en %2 en %3 ms: un firewall entre este equipo y el servidor descarta los paquetes. Abra %2 entrante en el servidor y en cualquier firewall de red intermedio, y saliente en este equipo si su firewall limita el tráfico saliente.</translation>
    </message>
    <message>
        <source>No answer from %1 on %2. A UDP service that ignores unknown messages looks the same as a firewall that drops them, so the path could not be proved. Run "firewall-wizard serve" on the server and check again: its test responder answers on every free port. Where serve reports the port as taken, a service runs there and only the product itself can prove it.</source>
        <translation>Sin respuesta de %1 en %2. Un servicio UDP que ignora mensajes desconocidos se ve igual que un firewall que los descarta, así que no se pudo probar el camino. Ejecute «firewall-wizard serve» en el servidor y vuelva a comprobar: su respondedor de prueba contesta en cada puerto libre. Si serve indica que el puerto está ocupado, allí funciona un servicio y solo el propio producto puede probarlo.</translation>
    </message>
    <message>
        <source>This machine could not send a probe to %1 on %2 (%3). Check its network settings, e.g. whether it has IPv6 when the address is an IPv6 one.</source>
        <translation>Este equipo no pudo enviar una sonda a %1 en %2 (%3). Revise su configuración de red, p. ej. si tiene IPv6 cuando la dirección es IPv6.</translation>
    </message>
    <message>
        <source>%1 cannot be reached at all (%2): there is no route to it, or the host is down. Check the address, the network connection or VPN and the routes; the port (%3) does not matter yet.</source>
        <translation>No se puede llegar a %1 en absoluto (%2): no hay ruta hasta él o el equipo está apagado. Revise la dirección, la conexión de red o la VPN y las rutas; el puerto (%3) todavía no importa.</translation>
    </message>
    <message>
        <source>The name %1 could not be resolved (%2). Check the spelling and this machine's DNS server, or give the server's IP address instead.</source>
        <translation>No se pudo resolver el nombre %1 (%2). Revise la ortografía y el servidor DNS de este equipo, o indique en su lugar la dirección IP del servidor.</translation>
    </message>
    <message>
        <source>%1 accepts connections on %2: this machine can reach the service, so the way out is open.</source>
        <translation>%1 acepta conexiones en %2: este equipo llega al servicio, así que la salida está abierta.</translation>
    </message>
    <message>
        <source>A firewall at %3 rejects %2 out to %1 (ICMP "administratively prohibited"). Allow %2 outbound to %1 on this machine and on the network firewall or proxy.</source>
        <translation>Un firewall en %3 rechaza %2 saliente hacia %1 (ICMP «prohibido administrativamente»). Permita %2 saliente hacia %1 en este equipo y en el firewall de red o el proxy.</translation>
    </message>
    <message>
        <source>%1 is reachable but refused %2: the service is not running there, or a firewall rejects it. Check the name and port with the service's operator, and allow %2 outbound to %1 on this machine and the network firewall.</source>
        <translation>%1 es accesible pero rechazó %2: el servicio no funciona allí, o un firewall lo rechaza. Confirme el nombre y el puerto con el operador del servicio, y permita %2 saliente hacia %1 en este equipo y en el firewall de red.</translation>
    </message>
    <message>
        <source>No answer from %1 on %2 within %3 ms: a firewall drops this machine's outgoing %2. Allow %2 outbound to %1 on this machine and on the network firewall or proxy.</source>
        <translation>Sin respuesta de %1 en %2 en %3 ms: un firewall descarta el tráfico %2 saliente de este equipo. Permita %2 saliente hacia %1 en este equipo y en el firewall de red o el proxy.</translation>
    </message>
    <message>
        <source>No answer from %1 on %2. A UDP service that ignores unknown messages looks the same as a firewall that drops them, so the way out could not be proved.</source>
        <translation>Sin respuesta de %1 en %2. Un servicio UDP que ignora mensajes desconocidos se ve igual que un firewall que los descarta, así que no se pudo probar la salida.</translation>
    </message>
    <message>
        <source>%1 cannot be reached at all (%2): this machine has no way to it. Check the internet connection, the default gateway and any proxy settings; the port (%3) does not matter yet.</source>
        <translation>No se puede llegar a %1 en absoluto (%2): este equipo no tiene camino hasta él. Revise la conexión a internet, la puerta de enlace predeterminada y la configuración del proxy; el puerto (%3) todavía no importa.</translation>
    </message>
    <message>
        <source>The name %1 could not be resolved (%2). Check the spelling and this machine's DNS server.</source>
        <translation>No se pudo resolver el nombre %1 (%2). Revise la ortografía y el servidor DNS de este equipo.</translation>
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
</TS>