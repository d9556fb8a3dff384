#include "NftRuleset.h"

#include "system/Tr.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace fw {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::NftRuleset)
}

/// What one rule does to every packet that reaches it.
enum class RuleKind {
    Conditional, ///< matches some packets only, or does something we do not follow: it decides nothing for all
    Passthrough, ///< only counts or logs: every packet goes on to the next rule
    Accept,
    Drop, ///< drop or reject
    Jump,
    Goto,
    Return,
};

RuleKind classify(const QJsonArray &expr, QString *target)
{
    RuleKind kind = RuleKind::Passthrough;
    for (const QJsonValue &v : expr) {
        const QJsonObject statement = v.toObject();
        if (statement.size() != 1)
            return RuleKind::Conditional;
        const QString key = statement.constBegin().key();
        if (key == QLatin1String("counter") || key == QLatin1String("log"))
            continue;
        if (kind != RuleKind::Passthrough)
            return RuleKind::Conditional; // a statement after the verdict: not a shape we know
        if (key == QLatin1String("accept"))
            kind = RuleKind::Accept;
        else if (key == QLatin1String("drop") || key == QLatin1String("reject"))
            kind = RuleKind::Drop;
        else if (key == QLatin1String("return"))
            kind = RuleKind::Return;
        else if (key == QLatin1String("jump") || key == QLatin1String("goto")) {
            kind = key == QLatin1String("jump") ? RuleKind::Jump : RuleKind::Goto;
            *target = statement.constBegin().value().toObject().value(QStringLiteral("target")).toString();
        } else
            return RuleKind::Conditional;
    }
    return kind;
}

} // namespace

bool NftRuleset::parse(const QByteArray &json, QString *error)
{
    m_chains.clear();
    m_tables.clear();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject() || !doc.object().value(QStringLiteral("nftables")).isArray()) {
        *error = Tr::tr("nft printed no ruleset in JSON: %1").arg(parseError.errorString());
        return false;
    }
    const QJsonArray items = doc.object().value(QStringLiteral("nftables")).toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject o = item.toObject();
        if (o.contains(QStringLiteral("table"))) {
            const QJsonObject t = o.value(QStringLiteral("table")).toObject();
            m_tables << t.value(QStringLiteral("family")).toString() + QLatin1Char(' ')
                    + t.value(QStringLiteral("name")).toString();
        } else if (o.contains(QStringLiteral("chain"))) {
            const QJsonObject c = o.value(QStringLiteral("chain")).toObject();
            NftChain chain;
            chain.family = c.value(QStringLiteral("family")).toString();
            chain.table = c.value(QStringLiteral("table")).toString();
            chain.name = c.value(QStringLiteral("name")).toString();
            chain.handle = c.value(QStringLiteral("handle")).toInteger();
            chain.hook = c.value(QStringLiteral("hook")).toString();
            chain.type = c.value(QStringLiteral("type")).toString();
            chain.priority = c.value(QStringLiteral("prio")).toInt();
            chain.policy = c.value(QStringLiteral("policy")).toString();
            m_chains << chain;
        } else if (o.contains(QStringLiteral("rule"))) {
            const QJsonObject r = o.value(QStringLiteral("rule")).toObject();
            NftRule rule;
            rule.handle = r.value(QStringLiteral("handle")).toInteger();
            rule.comment = r.value(QStringLiteral("comment")).toString();
            rule.expr = r.value(QStringLiteral("expr")).toArray();
            const QString family = r.value(QStringLiteral("family")).toString();
            const QString table = r.value(QStringLiteral("table")).toString();
            const QString name = r.value(QStringLiteral("chain")).toString();
            // nft lists every chain before the rules of its table, so the chain is known here.
            for (auto it = m_chains.rbegin(); it != m_chains.rend(); ++it) {
                if (it->family == family && it->table == table && it->name == name) {
                    it->rules << rule;
                    break;
                }
            }
        }
    }
    return true;
}

const NftChain *NftRuleset::chain(const QString &family, const QString &table, const QString &name) const
{
    for (const NftChain &c : m_chains) {
        if (c.family == family && c.table == table && c.name == name)
            return &c;
    }
    return nullptr;
}

NftRuleset::Outcome NftRuleset::chainOutcome(const NftChain &chain, int depth, int *decidingRule) const
{
    *decidingRule = int(chain.rules.size());
    // Deeper than any sane ruleset; a loop (which nft refuses anyway) must not hang us.
    if (depth > 16)
        return Outcome::Continue;
    for (int i = 0; i < chain.rules.size(); ++i) {
        QString target;
        const RuleKind kind = classify(chain.rules.at(i).expr, &target);
        Outcome outcome = Outcome::Continue;
        bool decided = false;
        switch (kind) {
        case RuleKind::Conditional:
        case RuleKind::Passthrough:
            continue;
        case RuleKind::Accept:
            outcome = Outcome::Accept;
            decided = true;
            break;
        case RuleKind::Drop:
            outcome = Outcome::Drop;
            decided = true;
            break;
        case RuleKind::Return:
            *decidingRule = i;
            return Outcome::Continue;
        case RuleKind::Jump:
        case RuleKind::Goto: {
            const NftChain *next = this->chain(chain.family, chain.table, target);
            int ignored = 0;
            outcome = next ? chainOutcome(*next, depth + 1, &ignored) : Outcome::Continue;
            // A goto does not come back: whatever the target leaves undecided ends this chain too.
            decided = outcome != Outcome::Continue || kind == RuleKind::Goto;
            break;
        }
        }
        if (decided) {
            *decidingRule = i;
            return outcome;
        }
    }
    if (chain.isBase())
        return chain.policy == QLatin1String("drop") ? Outcome::Drop : Outcome::Accept;
    return Outcome::Continue;
}

QList<const NftChain *> NftRuleset::baseChains(const QString &hook) const
{
    QList<const NftChain *> list;
    for (const NftChain &c : m_chains) {
        const bool family
            = c.family == QLatin1String("inet") || c.family == QLatin1String("ip") || c.family == QLatin1String("ip6");
        if (family && c.hook == hook && c.type == QLatin1String("filter"))
            list << &c;
    }
    return list;
}

QList<NftFilterPoint> NftRuleset::filterPoints(const QString &hook) const
{
    QList<NftFilterPoint> points;
    const QList<const NftChain *> chains = baseChains(hook);
    for (const NftChain *c : chains) {
        int deciding = 0;
        Outcome outcome = chainOutcome(*c, 0, &deciding);
        // A goto or return that ends a base chain hands the packet to its policy.
        const bool toPolicy = outcome == Outcome::Continue || deciding >= c->rules.size();
        if (outcome == Outcome::Continue)
            outcome = c->policy == QLatin1String("drop") ? Outcome::Drop : Outcome::Accept;
        if (outcome != Outcome::Drop)
            continue;
        NftFilterPoint point;
        point.family = c->family;
        point.table = c->table;
        point.chain = c->name;
        point.hook = hook;
        point.priority = c->priority;
        point.byPolicy = toPolicy;
        // Rules that only log or count right before the drop belong to it: our jump goes before them, so that
        // what we accept is not logged as dropped.
        int first = deciding;
        while (first > 0) {
            QString target;
            if (classify(c->rules.at(first - 1).expr, &target) != RuleKind::Passthrough)
                break;
            --first;
        }
        point.insertBefore = first < c->rules.size() ? c->rules.at(first).handle : 0;
        points << point;
    }
    return points;
}

} // namespace fw
