#include "Listener.h"

#include <QProcess>

namespace fw::test {

namespace {

const char *const kListener = R"(
import select, socket, sys
socks = []
for spec in sys.argv[1:]:
    proto, port = spec.split('/')
    if proto == 'tcp':
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(('0.0.0.0', int(port)))
        s.listen(64)
    else:
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.bind(('0.0.0.0', int(port)))
    socks.append((proto, s))
print('ready', flush=True)
while True:
    ready, _, _ = select.select([s for _, s in socks], [], [], 600)
    if not ready:
        break
    for proto, s in socks:
        if s in ready:
            if proto == 'tcp':
                c, _ = s.accept()
                c.close()
            else:
                data, peer = s.recvfrom(512)
                s.sendto(data, peer)
)";

// Every probe at once, each with its own timeout: a dropped packet costs one timeout in all, not one per port.
const char *const kProber = R"(
import socket, sys, threading
host = sys.argv[1]
timeout = float(sys.argv[2])
results = {}
def probe(spec):
    proto, port = spec.split('/')
    result = 'filtered'
    family = socket.AF_INET6 if ':' in host else socket.AF_INET
    kind = socket.SOCK_STREAM if proto == 'tcp' else socket.SOCK_DGRAM
    s = socket.socket(family, kind)
    s.settimeout(timeout)
    try:
        if proto == 'tcp':
            s.connect((host, int(port)))
            result = 'open'
        else:
            s.sendto(b'fwtest', (host, int(port)))
            if s.recvfrom(512)[0] == b'fwtest':
                result = 'open'
    except ConnectionRefusedError:
        result = 'refused'
    except OSError:
        result = 'filtered'
    s.close()
    results[spec] = result
threads = [threading.Thread(target=probe, args=(spec,)) for spec in sys.argv[3:]]
for t in threads: t.start()
for t in threads: t.join()
for spec in sys.argv[3:]:
    print(spec, results[spec], flush=True)
)";

} // namespace

Listener::Listener() = default;

Listener::~Listener()
{
    stop();
}

bool Listener::start(const Netns &netns, const QStringList &ports, QString *error)
{
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    netns.prepare(*m_process, QStringList {QStringLiteral("python3"), QStringLiteral("-c"), kListener} + ports);
    m_process->start();
    if (!m_process->waitForStarted(10000) || !m_process->waitForReadyRead(20000)
        || m_process->readLine().trimmed() != "ready") {
        *error = QStringLiteral("the listener on %1 did not start").arg(ports.join(QLatin1Char(' ')));
        return false;
    }
    return true;
}

void Listener::stop()
{
    fw::test::stop(m_process);
}

QMap<QString, QString> probePorts(const Netns &from, const QString &host, const QStringList &ports, int timeoutMs)
{
    QByteArray out;
    from.run(QStringList {QStringLiteral("python3"), QStringLiteral("-c"), kProber, host,
                 QString::number(timeoutMs / 1000.0)}
            + ports,
        &out, {}, 60000 + timeoutMs);
    QMap<QString, QString> results;
    for (const QByteArray &line : out.split('\n')) {
        const QList<QByteArray> words = line.trimmed().split(' ');
        if (words.size() == 2)
            results.insert(QString::fromUtf8(words.at(0)), QString::fromUtf8(words.at(1)));
    }
    return results;
}

QStringList openPorts(const Netns &from, const QString &host, const QStringList &ports)
{
    const QMap<QString, QString> results = probePorts(from, host, ports);
    QStringList open;
    for (const QString &p : ports) {
        if (results.value(p) == QLatin1String("open"))
            open << p;
    }
    return open;
}

} // namespace fw::test
