#include "ProbeTargets.h"

#include <QSet>
#include <algorithm>

namespace fw {

namespace {

struct Collector
{
    ProbeSet set;
    QSet<QString> seen;

    void add(const QString &host, int port, Protocol protocol, const QString &ruleId, ProbeKind kind)
    {
        if (port < 1 || port > 65535)
            return;
        const QString key = QStringLiteral("%1|%2|%3").arg(host).arg(port).arg(protocolId(protocol));
        if (seen.contains(key))
            return;
        if (set.targets.size() >= maxProbeTargets()) {
            ++set.omitted;
            return;
        }
        seen.insert(key);
        set.targets.append(ProbeTarget {host, port, protocol, ruleId, kind});
    }

    void addRule(const PlanRule &rule, const QString &host, ProbeKind kind)
    {
        const QList<Protocol> protocols = rule.protocol == Protocol::Any
            ? QList<Protocol> {Protocol::Tcp, Protocol::Udp}
            : QList<Protocol> {rule.protocol};
        for (Protocol protocol : protocols) {
            for (const PortRange &range : rule.ports) {
                for (int port = range.from; port <= range.to; ++port)
                    add(host, port, protocol, rule.id, kind);
            }
        }
    }

    void unprobed(const PlanRule &rule, UnprobedRule::Reason reason) { set.unprobed.append({rule.id, reason}); }
};

bool probeable(const PlanRule &rule)
{
    return !rule.ports.isEmpty()
        && (rule.protocol == Protocol::Tcp || rule.protocol == Protocol::Udp || rule.protocol == Protocol::Any);
}

/// The host an option's rules to the internet go to: a host value that the same option asks for and the admin
/// gave (timeSensor's "mail-server" with the "email" option). The catalog ties them only through the option.
QString optionHost(const PlanRule &rule, const Plan &plan, const Product *product)
{
    if (!product || rule.option.isEmpty())
        return QString();
    for (const ValueDef &value : product->values) {
        if (value.type != ValueType::Host || value.when.option != rule.option)
            continue;
        const QString given = plan.selection.values.value(value.id);
        if (!given.isEmpty())
            return given;
    }
    return QString();
}

} // namespace

int maxProbeTargets()
{
    return 1024;
}

ProbeSet probeTargets(const Plan &plan, const QString &server, const Product *product)
{
    Collector c;
    const bool isServer = plan.selection.role == QLatin1String("server");
    for (const PlanRule &rule : plan.rules) {
        if (!probeable(rule)) {
            c.unprobed(rule, UnprobedRule::Reason::NoPorts);
            continue;
        }
        if (rule.direction == Direction::In) {
            if (!isServer || rule.remote == RemoteKind::Server) {
                // This machine's own inbound port: only a probe from the other side can test it.
                c.unprobed(rule, UnprobedRule::Reason::NoHost);
            } else if (server.isEmpty()) {
                c.unprobed(rule, UnprobedRule::Reason::NoServer);
            } else {
                c.addRule(rule, server, ProbeKind::ServerPort);
            }
            continue;
        }
        switch (rule.remote) {
        case RemoteKind::Server: {
            const QString host = server.isEmpty() ? rule.hosts.value(0) : server;
            // A server that the site does not run (timeSensor LEGAL 365's, in timeSensor's data centre) is a service
            // this machine reaches outbound, as the catalog says by who unblocks it.
            const bool foreign = !rule.whenBlocked.isEmpty() && rule.whenBlocked.fixedBy != Fixer::ServerAdmin;
            if (host.isEmpty())
                c.unprobed(rule, UnprobedRule::Reason::NoServer);
            else
                c.addRule(rule, host, foreign ? ProbeKind::OutboundService : ProbeKind::ServerPort);
            break;
        }
        case RemoteKind::Hosts:
            if (rule.hosts.isEmpty())
                c.unprobed(rule, UnprobedRule::Reason::NoHost);
            for (const QString &host : rule.hosts)
                c.addRule(rule, host, ProbeKind::OutboundService);
            break;
        default: {
            const QString host = optionHost(rule, plan, product);
            if (host.isEmpty())
                c.unprobed(rule, UnprobedRule::Reason::NoHost);
            else
                c.addRule(rule, host, ProbeKind::OutboundService);
            break;
        }
        }
    }
    return c.set;
}

QList<ResponderPort> responderPorts(const Plan &plan)
{
    QList<ResponderPort> ports;
    for (const PlanRule &rule : plan.rules) {
        if (rule.direction != Direction::In || !probeable(rule))
            continue;
        const QList<Protocol> protocols = rule.protocol == Protocol::Any
            ? QList<Protocol> {Protocol::Tcp, Protocol::Udp}
            : QList<Protocol> {rule.protocol};
        for (Protocol protocol : protocols) {
            for (const PortRange &range : rule.ports) {
                for (int port = range.from; port <= range.to && ports.size() < maxProbeTargets(); ++port) {
                    const ResponderPort p {port, protocol, rule.id};
                    if (port >= 1 && port <= 65535 && !ports.contains(p))
                        ports.append(p);
                }
            }
        }
    }
    std::stable_sort(ports.begin(), ports.end(), [](const ResponderPort &a, const ResponderPort &b) {
        if (a.protocol != b.protocol)
            return a.protocol == Protocol::Tcp;
        return a.port < b.port;
    });
    return ports;
}

} // namespace fw
