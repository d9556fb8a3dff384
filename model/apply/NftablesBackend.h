#pragma once

#include "Backend.h"

namespace fw {

/// The nftables back end, and the parts of it that other code uses too.
namespace nftables {

/// The back end that applies a plan to a plain nftables ruleset. An accept in a table of our own would not override a
/// drop in the host's table, so our rules go where the host's filtering happens: a regular chain of ours in each table
/// whose input (or output) base chain drops, plus one jump to it just before that chain's final drop, tagged with a
/// comment so that revert finds exactly that rule. Everything happens in one `nft -f` transaction; nothing that
/// we did not create is changed except the one jump we add and later remove. Where nothing drops, nothing changes.
const Backend &backend();

/// Reads the ruleset with `nft -j list ruleset`.
NftablesState inspect(Host &host);
/// Our chain for @p product and @p role in one direction: "fwwizard_<product>_<role>_in" / "_out".
QString chainName(const QString &product, const QString &role, Direction direction);
/// The comment that tags our jump rules: "firewall-wizard:<product>:<role>".
QString tag(const QString &product, const QString &role);
/// The rules of our chain in a table of @p family ("inet", "ip", "ip6") for the rules of @p plan in
/// @p direction, as nft statements: rules with the same protocol and remote side are merged into one rule with
/// a set of ports, so that a long list costs one rule. @p comments receives a "#" line per plan rule.
QStringList chainRules(const Plan &plan, Direction direction, const QString &family, const QString &lan,
    const QString &language, QStringList *comments = nullptr);

} // namespace nftables

} // namespace fw
