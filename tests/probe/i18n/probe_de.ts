<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>fw::ProbeAdvice</name>
    <message>
        <source>The test responder on %1 answered on %2: no firewall on the way blocks it. Stop the responder before the product's server software needs the port.</source>
        <translation>Der Testresponder auf %1 hat auf %2 geantwortet: Keine Firewall auf dem Weg blockiert die Verbindung. Beenden Sie den Responder, bevor die Serversoftware des Produkts den Port braucht.</translation>
    </message>
    <message>
        <source>%1 answered on %2: the path is open and a service answers there.</source>
        <translation>%1 hat auf %2 geantwortet: Der Weg ist offen, und dort antwortet ein Dienst.</translation>
    </message>
    <message>
        <source>%1 accepts connections on %2: the path is open and a service listens there. If the product still fails, check that this service is the product's server.</source>
        <translation>%1 nimmt Verbindungen auf %2 an: Der Weg ist offen, und dort lauscht ein Dienst. Wenn das Produkt trotzdem scheitert, prüfen Sie, ob dieser Dienst der Server des Produkts ist.</translation>
    </message>
    <message>
        <source>The firewall on %1 rejects %2: the server is up, but its firewall turns the connection away. Allow %2 inbound in the server's firewall (in the zone or profile of the network this machine comes from).</source>
        <translation>Die Firewall auf %1 weist %2 ab: Der Server läuft, aber seine Firewall lehnt die Verbindung ab. Erlauben Sie %2 eingehend in der Firewall des Servers (in der Zone bzw. dem Profil des Netzwerks, aus dem dieser Rechner kommt).</translation>
    </message>
    <message>
        <source>A firewall at %3 rejects %2 on its way to %1. Allow %2 through the firewall at %3, and inbound on the server.</source>
        <translation>Eine Firewall bei %3 weist %2 auf dem Weg zu %1 ab. Lassen Sie %2 durch die Firewall bei %3 und eingehend auf dem Server zu.</translation>
    </message>
    <message>
        <source>%1 is reachable but refused %2: nothing listens on that port, or the server's firewall rejects it. Start the product's server software, or run "firewall-wizard serve" on the server to test the path, and allow %2 inbound in the server's firewall.</source>
        <translation>%1 ist erreichbar, hat %2 aber abgewiesen: Auf dem Port lauscht nichts, oder die Firewall des Servers weist ihn ab. Starten Sie die Serversoftware des Produkts oder führen Sie auf dem Server „firewall-wizard serve“ aus, um den Weg zu testen, und erlauben Sie %2 eingehend in der Firewall des Servers.</translation>
    </message>
    <message>
        <source>This machine's own firewall does not let %1 out to %2. Allow %1 outbound on this machine.</source>
        <translation>Die Firewall dieses Rechners lässt %1 nicht hinaus zu %2. Erlauben Sie %1 ausgehend auf diesem Rechner.</translation>
    </message>
    <message>
        <source>The test responder runs on %1 but no answer came on %2 within %3 ms: a firewall between this machine and the server drops it. Open %2 inbound on the server and on any network firewall in between.</source>
        <translation>Der Testresponder läuft auf %1, aber auf %2 kam innerhalb von %3 ms keine Antwort: Eine Firewall zwischen diesem Rechner und dem Server verwirft die Pakete. Öffnen Sie %2 eingehend auf dem Server und auf jeder Netzwerk-Firewall dazwischen.</translation>
    </message>
    <message>
        <source>No answer from %1 on %2 within %3 ms: a firewall between this machine and the server drops it. Open %2 inbound on the server and on any network firewall in between, and outbound on this machine if its firewall limits outgoing traffic.</source>
        <translation>Keine Antwort von %1 auf %2 innerhalb von %3 ms: Eine Firewall zwischen diesem Rechner und dem Server verwirft die Pakete. Öffnen Sie %2 eingehend auf dem Server und auf jeder Netzwerk-Firewall dazwischen, und ausgehend auf diesem Rechner, falls seine Firewall ausgehenden Verkehr beschränkt.</translation>
    </message>
    <message>
        <source>No answer from %1 on %2. A UDP service that ignores unknown messages looks the same as a firewall that drops them, so the path could not be proved. Run "firewall-wizard serve" on the server and check again: its test responder answers on every free port. Where serve reports the port as taken, a service runs there and only the product itself can prove it.</source>
        <translation>Keine Antwort von %1 auf %2. Ein UDP-Dienst, der unbekannte Nachrichten ignoriert, sieht genauso aus wie eine Firewall, die sie verwirft; der Weg ließ sich daher nicht nachweisen. Führen Sie auf dem Server „firewall-wizard serve“ aus und prüfen Sie erneut: Sein Testresponder antwortet auf jedem freien Port. Meldet serve den Port als belegt, läuft dort ein Dienst, und nur das Produkt selbst kann den Weg nachweisen.</translation>
    </message>
    <message>
        <source>This machine could not send a probe to %1 on %2 (%3). Check its network settings, e.g. whether it has IPv6 when the address is an IPv6 one.</source>
        <translation>Dieser Rechner konnte keine Probe an %1 auf %2 senden (%3). Prüfen Sie seine Netzwerkeinstellungen, z. B. ob er IPv6 hat, wenn die Adresse eine IPv6-Adresse ist.</translation>
    </message>
    <message>
        <source>%1 cannot be reached at all (%2): there is no route to it, or the host is down. Check the address, the network connection or VPN and the routes; the port (%3) does not matter yet.</source>
        <translation>%1 ist überhaupt nicht erreichbar (%2): Es gibt keine Route dorthin, oder der Rechner ist aus. Prüfen Sie die Adresse, die Netzwerkverbindung oder das VPN und die Routen; auf den Port (%3) kommt es noch nicht an.</translation>
    </message>
    <message>
        <source>The name %1 could not be resolved (%2). Check the spelling and this machine's DNS server, or give the server's IP address instead.</source>
        <translation>Der Name %1 konnte nicht aufgelöst werden (%2). Prüfen Sie die Schreibweise und den DNS-Server dieses Rechners, oder geben Sie stattdessen die IP-Adresse des Servers an.</translation>
    </message>
    <message>
        <source>%1 accepts connections on %2: this machine can reach the service, so the way out is open.</source>
        <translation>%1 nimmt Verbindungen auf %2 an: Dieser Rechner erreicht den Dienst, der Weg nach außen ist offen.</translation>
    </message>
    <message>
        <source>A firewall at %3 rejects %2 out to %1 (ICMP "administratively prohibited"). Allow %2 outbound to %1 on this machine and on the network firewall or proxy.</source>
        <translation>Eine Firewall bei %3 weist %2 ausgehend zu %1 ab (ICMP „administrativ verboten“). Erlauben Sie %2 ausgehend zu %1 auf diesem Rechner und auf der Netzwerk-Firewall oder dem Proxy.</translation>
    </message>
    <message>
        <source>%1 is reachable but refused %2: the service is not running there, or a firewall rejects it. Check the name and port with the service's operator, and allow %2 outbound to %1 on this machine and the network firewall.</source>
        <translation>%1 ist erreichbar, hat %2 aber abgewiesen: Der Dienst läuft dort nicht, oder eine Firewall weist die Verbindung ab. Klären Sie Name und Port mit dem Betreiber des Dienstes, und erlauben Sie %2 ausgehend zu %1 auf diesem Rechner und auf der Netzwerk-Firewall.</translation>
    </message>
    <message>
        <source>No answer from %1 on %2 within %3 ms: a firewall drops this machine's outgoing %2. Allow %2 outbound to %1 on this machine and on the network firewall or proxy.</source>
        <translation>Keine Antwort von %1 auf %2 innerhalb von %3 ms: Eine Firewall verwirft das ausgehende %2 dieses Rechners. Erlauben Sie %2 ausgehend zu %1 auf diesem Rechner und auf der Netzwerk-Firewall oder dem Proxy.</translation>
    </message>
    <message>
        <source>No answer from %1 on %2. A UDP service that ignores unknown messages looks the same as a firewall that drops them, so the way out could not be proved.</source>
        <translation>Keine Antwort von %1 auf %2. Ein UDP-Dienst, der unbekannte Nachrichten ignoriert, sieht genauso aus wie eine Firewall, die sie verwirft; der Weg nach außen ließ sich daher nicht nachweisen.</translation>
    </message>
    <message>
        <source>%1 cannot be reached at all (%2): this machine has no way to it. Check the internet connection, the default gateway and any proxy settings; the port (%3) does not matter yet.</source>
        <translation>%1 ist überhaupt nicht erreichbar (%2): Dieser Rechner hat keinen Weg dorthin. Prüfen Sie die Internetverbindung, das Standard-Gateway und etwaige Proxy-Einstellungen; auf den Port (%3) kommt es noch nicht an.</translation>
    </message>
    <message>
        <source>The name %1 could not be resolved (%2). Check the spelling and this machine's DNS server.</source>
        <translation>Der Name %1 konnte nicht aufgelöst werden (%2). Prüfen Sie die Schreibweise und den DNS-Server dieses Rechners.</translation>
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
        <translation>abgewiesen</translation>
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
</TS>