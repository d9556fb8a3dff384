#include "Product.h"

#include "system/IdTable.h"

namespace fw {

namespace {

const IdName<Direction> directions[] = {{Direction::In, "in"}, {Direction::Out, "out"}};
const IdName<Protocol> protocols[] = {{Protocol::Tcp, "tcp"}, {Protocol::Udp, "udp"}, {Protocol::Any, "any"}};
const IdName<RemoteKind> remoteKinds[] = {{RemoteKind::Any, "any"}, {RemoteKind::Lan, "lan"},
    {RemoteKind::Internet, "internet"}, {RemoteKind::Server, "server"}, {RemoteKind::Hosts, "hosts"}};
const IdName<ValueType> valueTypes[]
    = {{ValueType::Host, "host"}, {ValueType::Port, "port"}, {ValueType::Path, "path"}};
const IdName<NoteKind> noteKinds[] = {{NoteKind::Info, "info"}, {NoteKind::Advice, "advice"}, {NoteKind::Gap, "gap"}};
const IdName<SourceKind> sourceKinds[] = {{SourceKind::Vendor, "vendor"}, {SourceKind::General, "general"}};
const IdName<LicenseFileEntry> licenseFileEntries[] = {{LicenseFileEntry::ServerHost, "server-host"},
    {LicenseFileEntry::ServerPort, "server-port"}, {LicenseFileEntry::VendorPort, "vendor-port"}};
const IdName<Fixer> fixers[]
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
    return idOf(directions, d);
}
QString protocolId(Protocol p)
{
    return idOf(protocols, p);
}
QString remoteKindId(RemoteKind k)
{
    return idOf(remoteKinds, k);
}
QString valueTypeId(ValueType t)
{
    return idOf(valueTypes, t);
}
QString noteKindId(NoteKind k)
{
    return idOf(noteKinds, k);
}
QString sourceKindId(SourceKind k)
{
    return idOf(sourceKinds, k);
}
QString licenseFileEntryId(LicenseFileEntry e)
{
    return idOf(licenseFileEntries, e);
}
Direction directionFromId(const QString &id)
{
    return fromId(directions, id, Direction::Invalid);
}
Protocol protocolFromId(const QString &id)
{
    return fromId(protocols, id, Protocol::Invalid);
}
RemoteKind remoteKindFromId(const QString &id)
{
    return fromId(remoteKinds, id, RemoteKind::Invalid);
}
ValueType valueTypeFromId(const QString &id)
{
    return fromId(valueTypes, id, ValueType::Invalid);
}
NoteKind noteKindFromId(const QString &id)
{
    return fromId(noteKinds, id, NoteKind::Invalid);
}
SourceKind sourceKindFromId(const QString &id)
{
    return fromId(sourceKinds, id, SourceKind::Invalid);
}
LicenseFileEntry licenseFileEntryFromId(const QString &id)
{
    return fromId(licenseFileEntries, id, LicenseFileEntry::Invalid);
}
QString fixerId(Fixer f)
{
    return idOf(fixers, f);
}
Fixer fixerFromId(const QString &id)
{
    return fromId(fixers, id, Fixer::Invalid);
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
