#include "Plan.h"

namespace fw {

const SourceDef *Plan::source(const QString &id) const
{
    for (const SourceDef &s : sources) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QString portsToString(const QList<PortRange> &ports, const QString &separator)
{
    if (ports.isEmpty())
        return QStringLiteral("any");
    QStringList parts;
    for (const PortRange &p : ports)
        parts << (p.from == p.to ? QString::number(p.from) : QStringLiteral("%1-%2").arg(p.from).arg(p.to));
    return parts.join(separator);
}

} // namespace fw
