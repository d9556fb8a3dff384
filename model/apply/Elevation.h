#pragma once

#include "ApplyTypes.h"

#include <QString>
#include <QStringList>

namespace fw {

/// How the wizard, which runs unprivileged, gets the rights to change the firewall: it runs only the apply or
/// revert command elevated, after saying why (elevationExplanation()).
namespace elevation {

/// The pkexec command line that applies a plan file, e.g. {"pkexec", "/usr/bin/firewall-wizard", "apply",
/// "--plan-file", "/tmp/x.fwplan", "--backend", "nftables", "--yes", "--confirm-within", "60"}. pkexec wants an
/// absolute program path and passes no environment, so everything goes on the command line. @p extra (e.g.
/// {"--zone", "internal", "--lang", "de"}) follows.
QStringList pkexecApply(const QString &program, const QString &planFile, BackendId backend, int confirmWithin,
    const QStringList &extra = QStringList());
/// The pkexec command line that reverts what was applied with @p backend (Invalid: every back end).
QStringList pkexecRevert(const QString &program, BackendId backend, const QStringList &extra = QStringList());

/// Why the wizard asks for the administrator's password, naming the one command that runs with those rights
/// (translated).
QString explanation(const QStringList &command);

} // namespace elevation

} // namespace fw
