#pragma once

// A firewall's state as its own tools show it, to compare before and after a change, and loading an nftables
// ruleset. Every function takes the command line prefix that reaches the host to look at (Netns::execPrefix(), or
// a lab's prefix with its environment; empty: this machine) and runs the tools with LC_ALL=C.
#include <QString>
#include <QStringList>

namespace fw::test {

/// `nft list ruleset`; @p stateless (nft -s): without counters and quotas, which traffic changes.
QString nftRuleset(const QStringList &prefix, bool stateless = true);
/// Loads @p text with `nft -f -` (it replaces what is there only where it starts with "flush ruleset").
bool loadNftRuleset(const QStringList &prefix, const QString &text, QString *error);
/// `iptables-save` and `ip6tables-save` without their dated comments and with every counter [0:0].
QString iptablesRuleset(const QStringList &prefix);
/// firewalld's configuration: every zone at runtime and permanently (firewall-cmd, which needs the daemon's D-Bus
/// in the prefix's environment), then the stateless nftables ruleset.
QString firewalldState(const QStringList &prefix);
/// ufw's configuration: its rule files under @p etcUfw (the host's /etc/ufw as this test sees it), `ufw status
/// verbose`, then the stateless nftables ruleset.
QString ufwState(const QStringList &prefix, const QString &etcUfw);

} // namespace fw::test
