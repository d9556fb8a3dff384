#include "NetnsPair.h"

namespace fw::test {

namespace {

QStringList withPrefixes(const QString &v4, const QString &v6)
{
    QStringList addresses {v4 + QStringLiteral("/24")};
    if (!v6.isEmpty())
        addresses << v6 + QStringLiteral("/64");
    return addresses;
}

} // namespace

bool addVeth(const VethEnd &a, const VethEnd &b, QString *error)
{
    QList<QStringList> steps {{QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("add"), a.interface,
        QStringLiteral("netns"), a.netns->name(), QStringLiteral("type"), QStringLiteral("veth"),
        QStringLiteral("peer"), QStringLiteral("name"), b.interface, QStringLiteral("netns"), b.netns->name()}};
    for (const VethEnd *end : {&a, &b}) {
        const QStringList in {QStringLiteral("ip"), QStringLiteral("-n"), end->netns->name()};
        for (const QString &address : end->addresses) {
            QStringList step = in
                + QStringList {
                    QStringLiteral("addr"), QStringLiteral("add"), address, QStringLiteral("dev"), end->interface};
            if (address.contains(QLatin1Char(':')))
                step << QStringLiteral("nodad");
            steps << step;
        }
        steps << in + QStringList {QStringLiteral("link"), QStringLiteral("set"), end->interface, QStringLiteral("up")};
    }
    for (const QStringList &step : steps) {
        QByteArray out;
        if (run(step, &out) != 0) {
            *error = step.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromLocal8Bit(out);
            return false;
        }
    }
    return true;
}

void unlimitIcmpErrors(const Netns &netns)
{
    netns.run({QStringLiteral("sh"), QStringLiteral("-c"),
                  QStringLiteral("echo 0 > /proc/sys/net/ipv4/icmp_ratelimit; "
                                 "echo 0 > /proc/sys/net/ipv6/icmp/ratelimit")},
        nullptr);
}

NetnsPair::NetnsPair(const QString &prefix, const QString &tag, const PairAddresses &addresses)
    : m_server(prefix, tag + QStringLiteral("-srv"))
    , m_client(prefix, tag + QStringLiteral("-cli"))
    // Two pairs of one run differ in their tag's first letter.
    , m_serverInterface(Netns::interfaceName(tag.left(1) + QLatin1Char('s')))
    , m_clientInterface(Netns::interfaceName(tag.left(1) + QLatin1Char('c')))
    , m_addresses(addresses)
{ }

NetnsPair::~NetnsPair()
{
    tearDown();
}

bool NetnsPair::setUp(QString *error)
{
    if (!m_server.create(error) || !m_client.create(error))
        return false;
    if (!addVeth({&m_server, m_serverInterface, withPrefixes(m_addresses.server, m_addresses.server6)},
            {&m_client, m_clientInterface, withPrefixes(m_addresses.client, m_addresses.client6)}, error))
        return false;
    unlimitIcmpErrors(m_server);
    unlimitIcmpErrors(m_client);
    return true;
}

void NetnsPair::tearDown()
{
    m_server.destroy();
    m_client.destroy();
}

} // namespace fw::test
