#pragma once

#include "Host.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace fw {

/// A firewall the program can apply rules to.
enum class BackendId { Invalid, Nftables, Firewalld, Ufw, Windows };

/// "nftables", "firewalld", "ufw", "windows"; empty for Invalid.
QString backendIdString(BackendId id);
/// The back end named @p id, or Invalid.
BackendId backendFromString(const QString &id);
/// Every back end's id, in the order of the README.
QStringList backendIds();
/// The back end's name for people ("nftables", "firewalld", "ufw", "Windows Firewall").
QString backendLabel(BackendId id);

/// What an apply needs besides the plan.
struct ApplySettings
{
    BackendId backend = BackendId::Invalid; ///< Invalid: the one detection finds
    QString zone;          ///< firewalld: the zone to add the service to; empty: the client-facing interface's zone
    QString interfaceName; ///< firewalld: the interface that faces the clients; empty: the default route's
    QString lan;           ///< the LAN's address ranges (comma-separated CIDR) for rules whose remote side is the LAN
    QString language = QStringLiteral("en"); ///< language of the texts written into the firewall (comments)
    QString stateDir;                        ///< where the record and the backups go; empty: paths::stateDir()
    QString user;                            ///< who applies, for the record; empty: applyingUser()
    /// Test hook (FW_TEST_FAIL_STEP, read only by the test build of the command line): the step with this id reports a
    /// failure right after it ran, so that tests can watch a failure half-way being rolled back. Empty in normal use.
    QString failAfterStep;
};

/// One step of an apply or a revert: what it does, the exact commands or content it runs, and how it is undone.
/// A step either completes or changes nothing; the runner undoes the completed steps in reverse order when a
/// later one fails.
struct Step
{
    QString id;          ///< stable, e.g. "transaction", "verify", "zone-permanent"; FW_TEST_FAIL_STEP names these
    QString description; ///< translated, one line
    QString preview;     ///< the exact commands, ruleset change or file content; may be several lines
    std::function<bool(Host &host, QString *error)> run;
    std::function<bool(Host &host, QString *error)> undo; ///< empty: nothing to undo
};

} // namespace fw
