#include "ResponderProtocol.h"

#include "Version.h"

#include <QRandomGenerator>

namespace fw {

namespace {

const char magic[] = "FirewallSetupWizard/";
constexpr int maxGreeting = 511;
constexpr int probeSize = 120;

QByteArray head()
{
    return QByteArray(magic) + programVersion().toLatin1();
}

QByteArray portRanges(const QList<int> &ports, int room)
{
    QByteArray text;
    for (qsizetype i = 0; i < ports.size();) {
        qsizetype j = i;
        while (j + 1 < ports.size() && ports.at(j + 1) == ports.at(j) + 1)
            ++j;
        QByteArray item = QByteArray::number(ports.at(i));
        if (j > i)
            item += '-' + QByteArray::number(ports.at(j));
        if (text.size() + item.size() + 1 > room)
            break;
        if (!text.isEmpty())
            text += ',';
        text += item;
        i = j + 1;
    }
    return text;
}

QList<int> parseRanges(const QByteArray &text)
{
    QList<int> ports;
    for (const QByteArray &item : text.split(',')) {
        const qsizetype dash = item.indexOf('-');
        bool ok1 = false;
        bool ok2 = false;
        const int from = (dash < 0 ? item : item.left(dash)).toInt(&ok1);
        const int to = dash < 0 ? from : item.mid(dash + 1).toInt(&ok2);
        if (!ok1 || (dash >= 0 && !ok2) || from < 1 || to > 65535 || to < from || to - from > 65535)
            continue;
        for (int p = from; p <= to && ports.size() < 65536; ++p)
            ports.append(p);
    }
    return ports;
}

} // namespace

QByteArray responderTcpGreeting(const QList<int> &udpPorts)
{
    QByteArray line = head() + " responder";
    QList<int> sorted = udpPorts;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    if (!sorted.isEmpty()) {
        const QByteArray ranges = portRanges(sorted, maxGreeting - int(line.size()) - 6);
        if (!ranges.isEmpty())
            line += " udp=" + ranges;
    }
    return line + '\n';
}

QByteArray responderUdpProbe(const QByteArray &token)
{
    QByteArray probe = head() + " probe token=" + token + '\n';
    if (probe.size() < probeSize)
        probe += QByteArray(probeSize - probe.size(), ' ');
    return probe;
}

QByteArray responderUdpReply(const QByteArray &datagram)
{
    QByteArray reply = head() + " responder";
    const qsizetype at = datagram.startsWith(magic) ? datagram.indexOf(" probe token=") : -1;
    if (at >= 0) {
        const qsizetype start = at + 13;
        qsizetype end = start;
        while (end < datagram.size() && end - start < 64 && std::isxdigit(static_cast<unsigned char>(datagram.at(end))))
            ++end;
        if (end > start)
            reply += " token=" + datagram.mid(start, end - start);
    }
    reply += '\n';
    return reply.left(datagram.size());
}

ResponderGreeting parseResponderGreeting(const QByteArray &data)
{
    ResponderGreeting g;
    const qsizetype eol = data.indexOf('\n');
    const QByteArray line = (eol < 0 ? data : data.left(eol)).trimmed();
    if (!line.startsWith(magic))
        return g;
    const QList<QByteArray> words = line.mid(int(sizeof(magic)) - 1).split(' ');
    if (words.size() < 2 || words.at(1) != "responder")
        return g;
    g.valid = true;
    g.version = words.at(0);
    for (qsizetype i = 2; i < words.size(); ++i) {
        const QByteArray &w = words.at(i);
        if (w.startsWith("udp="))
            g.udpPorts = parseRanges(w.mid(4));
        else if (w.startsWith("token="))
            g.token = w.mid(6);
    }
    return g;
}

QByteArray newProbeToken()
{
    const quint64 value = QRandomGenerator::system()->generate64();
    return QByteArray::number(value, 16).rightJustified(16, '0');
}

} // namespace fw
