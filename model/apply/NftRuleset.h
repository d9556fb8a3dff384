#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace fw {

/// One rule of an nftables chain, as `nft -j list ruleset` gives it.
struct NftRule
{
    qint64 handle = 0;
    QString comment;
    QJsonArray expr;
};

/// One chain, base or regular, with its rules in order.
struct NftChain
{
    QString family; ///< "inet", "ip", "ip6", ...
    QString table;
    QString name;
    qint64 handle = 0;
    QString hook; ///< base chains: "input", "output", ...; empty for regular chains
    QString type; ///< base chains: "filter", "nat", "route"
    int priority = 0;
    QString policy; ///< base chains: "accept" or "drop"
    QList<NftRule> rules;

    /// A chain on a hook (input, output, ...), which packets enter by themselves; regular chains are jumped to.
    bool isBase() const { return !hook.isEmpty(); }
};

/// A base chain that drops what no rule accepted, and where a jump to our chain takes effect: just before the
/// final drop, so that every rule of the host's own still comes first.
struct NftFilterPoint
{
    QString family;
    QString table;
    QString chain;
    QString hook;
    int priority = 0;
    qint64 insertBefore = 0; ///< the handle of the first rule of the final drop (log, counter, drop); 0: append
    bool byPolicy = false;   ///< dropped by the chain's policy (else by a final drop or reject rule)
};

/// An nftables ruleset as `nft -j list ruleset` (JSON) describes it.
class NftRuleset
{
public:
    /// Parses the JSON of `nft -j list ruleset`; false with @p error when it is not that.
    bool parse(const QByteArray &json, QString *error);

    /// Every chain, in the order nft lists them.
    const QList<NftChain> &chains() const { return m_chains; }
    /// The tables as "family name".
    const QStringList &tables() const { return m_tables; }
    /// The chain, or nullptr.
    const NftChain *chain(const QString &family, const QString &table, const QString &name) const;

    /// The base chains of type filter on @p hook ("input", "output") in the families ip, ip6 and inet that drop
    /// what they do not accept: by a drop policy, or by a rule that drops or rejects everything that reaches it
    /// (also through an unconditional jump). Chains that end by accepting everything do not filter.
    QList<NftFilterPoint> filterPoints(const QString &hook) const;
    /// Every base chain on @p hook in the families ip, ip6 and inet, filtering or not.
    QList<const NftChain *> baseChains(const QString &hook) const;

private:
    enum class Outcome { Continue, Accept, Drop };
    Outcome chainOutcome(const NftChain &chain, int depth, int *decidingRule) const;

    QList<NftChain> m_chains;
    QStringList m_tables;
};

} // namespace fw
