#include "Product.h"

namespace fw {

namespace {

template<typename E, size_t N>
QString idOf(E value, const std::pair<E, const char *> (&table)[N])
{
    for (const auto &entry : table) {
        if (entry.first == value)
            return QString::fromLatin1(entry.second);
    }
    return {};
}

template<typename E, size_t N>
E fromId(const QString &id, const std::pair<E, const char *> (&table)[N])
{
    for (const auto &entry : table) {
        if (id == QLatin1String(entry.second))
            return entry.first;
    }
    return E::Invalid;
}

const std::pair<Direction, const char *> directions[] = {{Direction::In, "in"}, {Direction::Out, "out"}};
const std::pair<Protocol, const char *> protocols[]
    = {{Protocol::Tcp, "tcp"}, {Protocol::Udp, "udp"}, {Protocol::Any, "any"}};
const std::pair<RemoteKind, const char *> remoteKinds[] = {{RemoteKind::Any, "any"}, {RemoteKind::Lan, "lan"},
    {RemoteKind::Internet, "internet"}, {RemoteKind::Server, "server"}, {RemoteKind::Hosts, "hosts"}};
const std::pair<ValueType, const char *> valueTypes[]
    = {{ValueType::Host, "host"}, {ValueType::Port, "port"}, {ValueType::Path, "path"}};
const std::pair<NoteKind, const char *> noteKinds[]
    = {{NoteKind::Info, "info"}, {NoteKind::Advice, "advice"}, {NoteKind::Gap, "gap"}};
const std::pair<SourceKind, const char *> sourceKinds[]
    = {{SourceKind::Vendor, "vendor"}, {SourceKind::General, "general"}};
const std::pair<LicenseFileEntry, const char *> licenseFileEntries[] = {{LicenseFileEntry::ServerHost, "server-host"},
    {LicenseFileEntry::ServerPort, "server-port"}, {LicenseFileEntry::VendorPort, "vendor-port"}};
const std::pair<Fixer, const char *> fixers[]
    = {{Fixer::ThisSite, "this-site"}, {Fixer::ServerAdmin, "server-admin"}, {Fixer::Vendor, "vendor"}};

template<typename T>
const T *findById(const QList<T> &list, const QString &id)
{
    for (const T &item : list) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

} // namespace

QString directionId(Direction d)
{
    return idOf(d, directions);
}
QString protocolId(Protocol p)
{
    return idOf(p, protocols);
}
QString remoteKindId(RemoteKind k)
{
    return idOf(k, remoteKinds);
}
QString valueTypeId(ValueType t)
{
    return idOf(t, valueTypes);
}
QString noteKindId(NoteKind k)
{
    return idOf(k, noteKinds);
}
QString sourceKindId(SourceKind k)
{
    return idOf(k, sourceKinds);
}
QString licenseFileEntryId(LicenseFileEntry e)
{
    return idOf(e, licenseFileEntries);
}
Direction directionFromId(const QString &id)
{
    return fromId(id, directions);
}
Protocol protocolFromId(const QString &id)
{
    return fromId(id, protocols);
}
RemoteKind remoteKindFromId(const QString &id)
{
    return fromId(id, remoteKinds);
}
ValueType valueTypeFromId(const QString &id)
{
    return fromId(id, valueTypes);
}
NoteKind noteKindFromId(const QString &id)
{
    return fromId(id, noteKinds);
}
SourceKind sourceKindFromId(const QString &id)
{
    return fromId(id, sourceKinds);
}
LicenseFileEntry licenseFileEntryFromId(const QString &id)
{
    return fromId(id, licenseFileEntries);
}
QString fixerId(Fixer f)
{
    return idOf(f, fixers);
}
Fixer fixerFromId(const QString &id)
{
    return fromId(id, fixers);
}

const VersionDef *Product::version(const QString &id) const
{
    return findById(versions, id);
}
const ChoiceDef *Product::role(const QString &id) const
{
    return findById(roles, id);
}
const ChoiceDef *Product::deployment(const QString &id) const
{
    return findById(deployments, id);
}
const OptionDef *Product::option(const QString &id) const
{
    return findById(options, id);
}
const ValueDef *Product::value(const QString &id) const
{
    return findById(values, id);
}

QString Product::serverValueId() const
{
    for (const RuleDef &rule : rules) {
        if (rule.remote == RemoteKind::Server && !rule.remoteValue.isEmpty())
            return rule.remoteValue;
    }
    return {};
}
const SourceDef *Product::source(const QString &id) const
{
    return findById(sources, id);
}

} // namespace fw
