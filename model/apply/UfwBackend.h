#pragma once

#include "Backend.h"

namespace fw {

/// The ufw back end, and the parts of it that other code uses too.
namespace ufw {

/// The back end that applies a plan with ufw: the application profiles of the ufw export in /etc/ufw/applications.d,
/// and one `ufw allow ... app PROFILE` per rule with the direction and remote side that profiles cannot carry; read
/// back with `ufw status` and `ufw show added`. Rules that ufw holds already are left alone and never removed.
const Backend &backend();

/// Reads /etc/ufw/ufw.conf and, with root, `ufw status verbose` and `ufw show added` (where the configuration
/// says ufw is enabled, or @p evenIfDisabled).
UfwState inspect(Host &host, bool evenIfDisabled);
/// The ufw arguments after "ufw allow" for each rule of @p plan that has ports, e.g.
/// {"in", "from", "any", "to", "any", "app", "fwwizard-x-rule", "comment", "rule"}.
QList<QStringList> allowArguments(const Plan &plan, const QString &lan);
/// Where the profiles go: /etc/ufw/applications.d/fwwizard-<product>-<role>.
QString profilePath(const Plan &plan);

} // namespace ufw

} // namespace fw
