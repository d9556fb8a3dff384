#pragma once

#include "Backend.h"

namespace fw {

/// The firewalld back end, and the parts of it that other code uses too.
namespace firewalld {

/// The back end that applies a plan with firewalld: the service of the firewalld export (inbound ports open to every
/// address) and rich rules (inbound ports for some addresses) in the zone of the interface that faces the clients,
/// permanently and at runtime, then reads both back. Without a running daemon it changes the permanent configuration
/// with firewall-offline-cmd. A new service reaches the runtime only by a reload, which would discard runtime-only
/// changes; so where runtime and permanent differ and a reload is needed, it refuses and says why.
const Backend &backend();

/// Asks firewall-cmd for the state, the default zone and every zone, runtime and permanent; without the daemon,
/// and where @p offlineToo, firewall-offline-cmd for the permanent configuration.
FirewalldState inspect(Host &host, bool offlineToo);
/// Parses `firewall-cmd --list-all-zones`.
QList<FirewalldZone> parseZones(const QString &text);
/// The zones whose runtime and permanent settings differ, each with what differs (translated lines).
QStringList compareZones(const QList<FirewalldZone> &runtime, const QList<FirewalldZone> &permanent);
/// Where our service file goes: /etc/firewalld/services/<name>.xml.
QString serviceFilePath(const QString &service);

} // namespace firewalld

} // namespace fw
