#pragma once

#include "LocalizedText.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fw {

/// Which way a rule's connections are initiated, seen from the machine the rule is for.
enum class Direction { Invalid, In, Out };
/// The transport protocol of a rule; Any for program rules that the vendor gives without a protocol.
enum class Protocol { Invalid, Tcp, Udp, Any };
/// Who is on the other end of a rule's connections.
enum class RemoteKind { Invalid, Any, Lan, Internet, Server, Hosts };
/// The type of a value the admin enters, which decides how it is validated.
enum class ValueType { Invalid, Host, Port, Path };
/// What a note is for on the checklist.
enum class NoteKind { Invalid, Info, Advice, Gap };
/// Which entry of a FlexNet license file gives a value, so that reading the file fills it in: the SERVER line's host
/// or port, or the PORT= of the VENDOR line of the product's vendor.
enum class LicenseFileEntry { Invalid, ServerHost, ServerPort, VendorPort };
/// Whether a source is the vendor's own statement or general knowledge the catalog derives from.
enum class SourceKind { Invalid, Vendor, General };
/// Who can unblock a rule's connection: this site's own firewall or proxy, the server's administrator, or the vendor.
enum class Fixer { Invalid, ThisSite, ServerAdmin, Vendor };

QString directionId(Direction d);               ///< "in", "out"
QString protocolId(Protocol p);                 ///< "tcp", "udp", "any"
QString remoteKindId(RemoteKind k);             ///< "any", "lan", "internet", "server", "hosts"
QString valueTypeId(ValueType t);               ///< "host", "port", "path"
QString noteKindId(NoteKind k);                 ///< "info", "advice", "gap"
QString sourceKindId(SourceKind k);             ///< "vendor", "general"
QString licenseFileEntryId(LicenseFileEntry e); ///< "server-host", "server-port", "vendor-port"
QString fixerId(Fixer f);                       ///< "this-site", "server-admin", "vendor"
Direction directionFromId(const QString &id);
Protocol protocolFromId(const QString &id);
RemoteKind remoteKindFromId(const QString &id);
ValueType valueTypeFromId(const QString &id);
NoteKind noteKindFromId(const QString &id);
SourceKind sourceKindFromId(const QString &id);
LicenseFileEntry licenseFileEntryFromId(const QString &id);
Fixer fixerFromId(const QString &id);

/// A place in a catalog file, 1-based; 0 where unknown.
struct SourcePosition
{
    int line = 0;
    int column = 0;
};

/// When a catalog entry applies. Every non-empty condition must hold.
struct Condition
{
    QStringList roles;       ///< any of these roles
    QStringList deployments; ///< any of these deployments
    QStringList versions;    ///< any of these versions
    QString option;          ///< this option is chosen
    QString valueSet;        ///< this value has a value (entered or default)
    QString valueMissing;    ///< this value has none
};

/// A port range, inclusive; a single port has from == to.
struct PortRange
{
    int from = 0;
    int to = 0;
    bool operator==(const PortRange &o) const { return from == o.from && to == o.to; }
};

/// A port range given literally or by reference to a port value the admin enters.
struct PortSpec
{
    PortRange range;  ///< valid where valueRef is empty
    QString valueRef; ///< id of a value of type port
};

/// A document the catalog's facts come from.
struct SourceDef
{
    QString id;
    QString title;
    QString url;
    SourceKind kind = SourceKind::Invalid;
};

/// A major version of a product (Palisade 6, 7, 8).
struct VersionDef
{
    QString id;
    QString label;
};

/// A role (server or client) or a deployment (Classic or 365): an id with a name and an explanation.
struct ChoiceDef
{
    QString id;
    LocalizedText label;
    LocalizedText description;
};

/// An optional feature the admin ticks (the e-mail interface, online activation).
struct OptionDef
{
    QString id;
    LocalizedText label;
    LocalizedText description;
    Condition when;
};

/// A value only the admin knows (the server's address, a pinned port).
struct ValueDef
{
    QString id;
    ValueType type = ValueType::Invalid;
    LocalizedText label;
    LocalizedText description;
    QString defaultValue;  ///< empty: no default
    bool required = false; ///< the selection is incomplete without it (where `when` holds)
    Condition when;        ///< where the value is asked for
    LicenseFileEntry licenseFile = LicenseFileEntry::Invalid; ///< where a license file gives it; Invalid: nowhere
};

/// What to do when a rule's connection is blocked, as the product's sources say: who can fix it and how. The
/// connectivity check's advice uses it instead of its generic advice.
struct BlockedAdvice
{
    Fixer fixedBy = Fixer::Invalid;
    LocalizedText advice; ///< may contain {version} and {value:ID}
    bool isEmpty() const { return advice.isEmpty(); }
};

/// One firewall rule of the catalog, before the selection is applied.
struct RuleDef
{
    QString id;
    Condition when;
    Direction direction = Direction::Invalid;
    Protocol protocol = Protocol::Invalid;
    QList<PortSpec> ports; ///< empty: any port
    QString program;       ///< may contain {version}; empty: no program
    RemoteKind remote = RemoteKind::Invalid;
    QStringList hosts;   ///< for RemoteKind::Hosts
    QString remoteValue; ///< for Server/Hosts: id of a host value whose value is the remote host
    LocalizedText purpose;
    QString source;            ///< id of a SourceDef
    bool derived = false;      ///< not the vendor's own statement
    BlockedAdvice whenBlocked; ///< empty: the check's generic advice
    SourcePosition position;
};

/// An executable that must be allowed.
struct ExecutableDef
{
    QString name; ///< may contain {version}
    Condition when;
    LocalizedText purpose;
    QString source;
};

/// A note or piece of advice for the checklist.
struct NoteDef
{
    QString id;
    NoteKind kind = NoteKind::Invalid;
    Condition when;
    LocalizedText text; ///< may contain {version} and {value:ID}
    QString source;
};

/// A product as the catalog describes it.
struct Product
{
    QString id;
    LocalizedText name;
    QString vendor;
    LocalizedText description;
    LocalizedText versionHint;    ///< where the admin reads the installed version; empty when no versions
    QList<VersionDef> versions;   ///< empty: the product has no versions to choose
    QList<ChoiceDef> roles;       ///< ids "server" and/or "client"
    QList<ChoiceDef> deployments; ///< empty: the product has no deployments to choose
    QList<OptionDef> options;
    QList<ValueDef> values;
    QList<SourceDef> sources;
    QList<RuleDef> rules;
    QList<ExecutableDef> executables;
    QList<NoteDef> notes;
    QString file;              ///< where it was loaded from (":/catalog/palisade.json" for built-ins)
    SourcePosition idPosition; ///< where the id stands in the file
    bool builtIn = false;

    const VersionDef *version(const QString &id) const;
    const ChoiceDef *role(const QString &id) const;
    const ChoiceDef *deployment(const QString &id) const;
    const OptionDef *option(const QString &id) const;
    const ValueDef *value(const QString &id) const;
    const SourceDef *source(const QString &id) const;
    /// The id of the host value that names the server (the first rule to RemoteKind::Server with a value), e.g. for
    /// the connectivity test's address; empty where no rule names one.
    QString serverValueId() const;
};

} // namespace fw
