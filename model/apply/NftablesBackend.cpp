#include "NftablesBackend.h"

#include "StepHelpers.h"

#include "export/ExportText.h"
#include "export/Quoting.h"
#include "plan/PlanText.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>

namespace fw {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::NftablesBackend)
}

const int kNftTimeoutMs = 60000;

QString tagPrefix()
{
    return QStringLiteral("firewall-wizard:");
}

/// Every chain of ours is named "fwwizard_...": no other chain is ever ours, whatever a record or a tag says.
bool isOurChainName(const QString &name)
{
    return name.startsWith(QLatin1String("fwwizard_"));
}

/// Our objects in a ruleset: the tagged jumps and the chains they lead to.
struct Ours
{
    struct Jump
    {
        QString family;
        QString table;
        QString chain;
        QString target;
        QString comment;
        qint64 handle = 0;
        qint64 nextHandle = 0; ///< the next rule that is not ours; 0: the jump was the last of ours at the end
    };
    QList<Jump> jumps;
    QList<NftChain> chains;
    bool isEmpty() const { return jumps.isEmpty() && chains.isEmpty(); }
};

bool isJumpTo(const NftRule &rule, QString *target)
{
    if (rule.expr.size() != 1)
        return false;
    const QJsonObject statement = rule.expr.first().toObject();
    if (!statement.contains(QStringLiteral("jump")))
        return false;
    *target = statement.value(QStringLiteral("jump")).toObject().value(QStringLiteral("target")).toString();
    return isOurChainName(*target);
}

Ours findOurs(
    const NftRuleset &ruleset, const std::function<bool(const QString &)> &isOurTag, const QStringList &chainNames)
{
    Ours ours;
    const auto isOurJump = [&isOurTag](const NftRule &rule) {
        QString target;
        return isOurTag(rule.comment) && isJumpTo(rule, &target);
    };
    for (const NftChain &chain : ruleset.chains()) {
        for (int i = 0; i < chain.rules.size(); ++i) {
            const NftRule &rule = chain.rules.at(i);
            QString target;
            if (!isOurTag(rule.comment) || !isJumpTo(rule, &target))
                continue;
            Ours::Jump jump {chain.family, chain.table, chain.name, target, rule.comment, rule.handle, 0};
            for (int k = i + 1; k < chain.rules.size(); ++k) {
                if (!isOurJump(chain.rules.at(k))) {
                    jump.nextHandle = chain.rules.at(k).handle;
                    break;
                }
            }
            ours.jumps << jump;
        }
    }
    for (const NftChain &chain : ruleset.chains()) {
        if (chain.isBase() || !isOurChainName(chain.name))
            continue;
        bool mine = chainNames.contains(chain.name);
        for (const Ours::Jump &j : std::as_const(ours.jumps))
            mine = mine || (j.family == chain.family && j.table == chain.table && j.target == chain.name);
        if (mine)
            ours.chains << chain;
    }
    return ours;
}

std::function<bool(const QString &)> exactTags(const QStringList &tags)
{
    return [tags](const QString &comment) { return tags.contains(comment); };
}

QList<PortRange> mergePorts(QList<PortRange> ports)
{
    std::sort(ports.begin(), ports.end(),
        [](const PortRange &a, const PortRange &b) { return a.from < b.from || (a.from == b.from && a.to < b.to); });
    QList<PortRange> merged;
    for (const PortRange &p : std::as_const(ports)) {
        if (!merged.isEmpty() && p.from <= merged.last().to + 1)
            merged.last().to = std::max(merged.last().to, p.to);
        else
            merged << p;
    }
    return merged;
}

QString setText(const QStringList &items)
{
    return items.size() == 1 ? items.first()
                             : QStringLiteral("{ ") + items.join(QStringLiteral(", ")) + QStringLiteral(" }");
}

QString portSetText(const QList<PortRange> &ports)
{
    QStringList items;
    items.reserve(ports.size());
    for (const PortRange &p : ports)
        items << (p.from == p.to ? QString::number(p.from) : QStringLiteral("%1-%2").arg(p.from).arg(p.to));
    return setText(items);
}

QString hookOf(Direction direction)
{
    return direction == Direction::In ? QStringLiteral("input") : QStringLiteral("output");
}

bool listRuleset(Host &host, NftRuleset *ruleset, QString *error, QStringList *iptablesTables = nullptr)
{
    const RunResult r = host.run(QStringLiteral("nft"),
        {QStringLiteral("-j"), QStringLiteral("list"), QStringLiteral("ruleset")}, {}, kNftTimeoutMs);
    if (!r.ok()) {
        *error = Tr::tr("nft -j list ruleset: %1").arg(r.errorText());
        return false;
    }
    // nft warns "# Warning: table ip filter is managed by iptables-nft, do not touch!" for such tables.
    static const QRegularExpression managed(QStringLiteral("table (\\S+ \\S+) is managed by iptables-nft"));
    auto it = managed.globalMatch(QString::fromUtf8(r.err));
    while (iptablesTables && it.hasNext())
        *iptablesTables << it.next().captured(1);
    return ruleset->parse(r.out, error);
}

bool runScript(Host &host, const QString &script, QString *error)
{
    const RunResult r
        = host.run(QStringLiteral("nft"), {QStringLiteral("-f"), QStringLiteral("-")}, script.toUtf8(), kNftTimeoutMs);
    if (!r.ok()) {
        *error = Tr::tr("nft -f: %1").arg(r.errorText());
        return false;
    }
    return true;
}

QJsonObject object(std::initializer_list<QPair<QString, QJsonValue>> fields)
{
    QJsonObject o;
    for (const auto &f : fields)
        o.insert(f.first, f.second);
    return o;
}

/// Puts our objects back as they were in @p previous: deletes what of ours is there now and re-creates what of
/// ours was there before (chains with their rules, jumps at their places), in one JSON transaction. Used to undo
/// an apply or a revert; nothing of the host's is touched.
bool restoreOurs(Host &host, const NftRuleset &previous, const std::function<bool(const QString &)> &isOurTag,
    const QStringList &chainNames, QString *error)
{
    NftRuleset current;
    if (!listRuleset(host, &current, error))
        return false;
    const Ours now = findOurs(current, isOurTag, chainNames);
    const Ours before = findOurs(previous, isOurTag, chainNames);
    const auto chainObject = [](const NftChain &c) {
        return object({{QStringLiteral("chain"),
            object({{QStringLiteral("family"), c.family}, {QStringLiteral("table"), c.table},
                {QStringLiteral("name"), c.name}})}});
    };
    const auto sameChain = [](const NftChain &a, const NftChain &b) {
        return a.family == b.family && a.table == b.table && a.name == b.name;
    };
    const auto keptJump = [](const QList<Ours::Jump> &in, const Ours::Jump &j) {
        return std::any_of(in.cbegin(), in.cend(), [&j](const Ours::Jump &k) {
            return k.handle == j.handle && k.family == j.family && k.table == j.table && k.chain == j.chain;
        });
    };
    QJsonArray commands;
    // A jump that was there before and still is stays where it is; the others go, and the old ones come back at
    // their places below.
    for (const Ours::Jump &j : now.jumps) {
        if (keptJump(before.jumps, j))
            continue;
        commands.append(object({{QStringLiteral("delete"),
            object({{QStringLiteral("rule"),
                object({{QStringLiteral("family"), j.family}, {QStringLiteral("table"), j.table},
                    {QStringLiteral("chain"), j.chain}, {QStringLiteral("handle"), j.handle}})}})}}));
    }
    // A chain that existed before keeps its place in the table (and in listings): it is emptied and refilled.
    for (const NftChain &c : now.chains) {
        const bool existed = std::any_of(
            before.chains.cbegin(), before.chains.cend(), [&](const NftChain &b) { return sameChain(b, c); });
        commands.append(object({{existed ? QStringLiteral("flush") : QStringLiteral("delete"), chainObject(c)}}));
    }
    for (const NftChain &c : before.chains) {
        const bool exists
            = std::any_of(now.chains.cbegin(), now.chains.cend(), [&](const NftChain &n) { return sameChain(n, c); });
        if (!exists)
            commands.append(object({{QStringLiteral("add"), chainObject(c)}}));
        for (const NftRule &r : c.rules) {
            QJsonObject rule = object({{QStringLiteral("family"), c.family}, {QStringLiteral("table"), c.table},
                {QStringLiteral("chain"), c.name}, {QStringLiteral("expr"), r.expr}});
            if (!r.comment.isEmpty())
                rule.insert(QStringLiteral("comment"), r.comment);
            commands.append(object({{QStringLiteral("add"), object({{QStringLiteral("rule"), rule}})}}));
        }
    }
    QSet<qint64> stillThere;
    for (const NftChain &c : current.chains()) {
        for (const NftRule &r : c.rules)
            stillThere.insert(r.handle);
    }
    for (const Ours::Jump &j : now.jumps) {
        if (!keptJump(before.jumps, j))
            stillThere.remove(j.handle);
    }
    for (const Ours::Jump &j : before.jumps) {
        if (keptJump(now.jumps, j))
            continue;
        QJsonObject rule = object({{QStringLiteral("family"), j.family}, {QStringLiteral("table"), j.table},
            {QStringLiteral("chain"), j.chain}, {QStringLiteral("comment"), j.comment},
            {QStringLiteral("expr"),
                QJsonArray {object({{QStringLiteral("jump"), object({{QStringLiteral("target"), j.target}})}})}}});
        // Back before the rule it stood before; at the end where that rule has gone meanwhile.
        const bool before = j.nextHandle != 0 && stillThere.contains(j.nextHandle);
        if (before)
            rule.insert(QStringLiteral("handle"), j.nextHandle);
        commands.append(object(
            {{before ? QStringLiteral("insert") : QStringLiteral("add"), object({{QStringLiteral("rule"), rule}})}}));
    }
    if (commands.isEmpty())
        return true;
    const QByteArray json
        = QJsonDocument(object({{QStringLiteral("nftables"), commands}})).toJson(QJsonDocument::Compact);
    const RunResult r = host.run(
        QStringLiteral("nft"), {QStringLiteral("-j"), QStringLiteral("-f"), QStringLiteral("-")}, json, kNftTimeoutMs);
    if (!r.ok()) {
        *error = Tr::tr("nft -j -f: %1").arg(r.errorText());
        return false;
    }
    return true;
}

QString chainRef(const QString &family, const QString &table, const QString &chain)
{
    return QStringLiteral("%1 %2 %3").arg(family, table, chain);
}

Step backupStep(const QString &path, const std::shared_ptr<QString> &digest)
{
    Step step;
    step.id = QStringLiteral("backup");
    step.description = Tr::tr("Save the current ruleset to %1").arg(path);
    step.preview = QStringLiteral("nft list ruleset > %1").arg(path);
    step.run = [path, digest](Host &host, QString *error) {
        const RunResult r
            = host.run(QStringLiteral("nft"), {QStringLiteral("list"), QStringLiteral("ruleset")}, {}, kNftTimeoutMs);
        if (!r.ok()) {
            *error = Tr::tr("nft list ruleset: %1").arg(r.errorText());
            return false;
        }
        return steps::writeBackup(host, path, r.out, digest.get(), error);
    };
    return step;
}

} // namespace

QString nftables::chainName(const QString &product, const QString &role, Direction direction)
{
    // Catalog ids hold only a-z, 0-9 and "-"; "-" becomes "_", which ids never hold, so names stay unique.
    QString name = QStringLiteral("fwwizard_%1_%2_%3")
                       .arg(product, role, direction == Direction::In ? QStringLiteral("in") : QStringLiteral("out"));
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return name;
}

QString nftables::tag(const QString &product, const QString &role)
{
    return tagPrefix() + product + QLatin1Char(':') + role;
}

NftablesState nftables::inspect(Host &host)
{
    NftablesState state;
    state.installed = host.hasProgram(QStringLiteral("nft"));
    if (!state.installed) {
        state.error = Tr::tr("nft is not installed");
        return state;
    }
    state.readable = listRuleset(host, &state.ruleset, &state.error, &state.foreignTables);
    return state;
}

QStringList nftables::chainRules(const Plan &plan, Direction direction, const QString &family, const QString &lan,
    const QString &language, QStringList *comments)
{
    ExportContext context;
    context.language = language;
    if (!lan.isEmpty())
        context.settings.insert(exportsetting::lan(), lan);
    struct Group
    {
        QString key;
        Protocol protocol = Protocol::Invalid;
        bool addresses = false;
        QStringList ipv4;
        QStringList ipv6;
        QList<PortRange> ports;
        QStringList ids;
    };
    QList<Group> groups;
    for (const PlanRule &rule : plan.rules) {
        if (rule.direction != direction || !hasPorts(rule))
            continue;
        const RemoteMatch remote = remoteMatch(rule, context, false);
        const bool addresses = remote.kind == RemoteMatch::Kind::Addresses;
        QStringList v4;
        QStringList v6;
        QString key = protocolId(rule.protocol);
        if (addresses) {
            v4 = remote.ipv4;
            v6 = remote.ipv6;
            v4.sort();
            v4.removeDuplicates();
            v6.sort();
            v6.removeDuplicates();
            key += QLatin1Char('|') + v4.join(QLatin1Char(',')) + QLatin1Char('|') + v6.join(QLatin1Char(','));
        }
        auto it = std::find_if(groups.begin(), groups.end(), [&key](const Group &g) { return g.key == key; });
        if (it == groups.end()) {
            groups << Group {key, rule.protocol, addresses, v4, v6, {}, {}};
            it = groups.end() - 1;
        }
        it->ports += rule.ports;
        // A plan's rule ids are unique: no need to look for one twice (hashing a thousand ids costs milliseconds).
        it->ids << rule.id;
        if (comments) {
            *comments << quoting::hashComment(rule.id + QStringLiteral(": ") + rule.purpose.in(language));
            if (!remote.why.isEmpty())
                *comments << quoting::hashComment(QStringLiteral("  ") + remote.why);
        }
    }
    const QString side = direction == Direction::In ? QStringLiteral("saddr") : QStringLiteral("daddr");
    QStringList rules;
    for (const Group &g : std::as_const(groups)) {
        const QString match
            = QStringLiteral("%1 dport %2").arg(protocolId(g.protocol), portSetText(mergePorts(g.ports)));
        // nft keeps 127 bytes of a comment; joining a thousand ids only to cut them is wasted work.
        QString ids;
        for (const QString &i : g.ids) {
            if (ids.size() > 128)
                break;
            ids += (ids.isEmpty() ? QString() : QStringLiteral(", ")) + i;
        }
        const QString comment = quoting::nftString(ids);
        if (!g.addresses) {
            rules << QStringLiteral("%1 accept comment %2").arg(match, comment);
            continue;
        }
        if (family != QLatin1String("ip6") && !g.ipv4.isEmpty())
            rules << QStringLiteral("ip %1 %2 %3 accept comment %4").arg(side, setText(g.ipv4), match, comment);
        if (family != QLatin1String("ip") && !g.ipv6.isEmpty())
            rules << QStringLiteral("ip6 %1 %2 %3 accept comment %4").arg(side, setText(g.ipv6), match, comment);
    }
    return rules;
}

template<>
PreparedChange BackendOf<BackendId::Nftables>::prepareApply(
    Host &host, const FirewallState &state, const Plan &plan, const ApplyContext &context) const
{
    Q_UNUSED(host)
    PreparedChange change;
    change.backend = id();
    const NftablesState &nft = state.nftables;
    if (!nft.installed) {
        change.problems << Tr::tr("nft is not installed, so there is no nftables ruleset to change");
        return change;
    }
    if (!nft.readable) {
        change.problems << Tr::tr("cannot read the nftables ruleset: %1").arg(nft.error);
        return change;
    }
    const QString product = plan.selection.product;
    const QString role = plan.selection.role;
    const QString ourTag = nftables::tag(product, role);
    const QStringList names {
        nftables::chainName(product, role, Direction::In), nftables::chainName(product, role, Direction::Out)};
    const Ours previous = findOurs(nft.ruleset, exactTags({ourTag}), names);

    struct Target
    {
        QString family;
        QString table;
        QString chain;
        Direction direction = Direction::Invalid;
        QStringList rules;
        QStringList comments;
        QList<NftFilterPoint> points;
    };
    QList<Target> targets;
    for (const Direction direction : {Direction::In, Direction::Out}) {
        const bool in = direction == Direction::In;
        bool hasRules = false;
        for (const PlanRule &rule : plan.rules)
            hasRules = hasRules || (rule.direction == direction && hasPorts(rule));
        if (!hasRules) {
            change.notes << (in
                    ? Tr::tr("The plan has no inbound rule with ports: nothing to open for incoming connections.")
                    : Tr::tr("The plan has no outbound rule with ports: nothing to open for outgoing connections."));
            continue;
        }
        const QList<NftFilterPoint> points = nft.ruleset.filterPoints(hookOf(direction));
        if (points.isEmpty()) {
            change.notes << (in
                    ? Tr::tr("Nothing in the ruleset filters incoming connections (no input chain with a drop "
                             "policy or a final drop): the inbound rules need nothing here.")
                    : Tr::tr("Nothing in the ruleset filters outgoing connections (no output chain with a drop "
                             "policy or a final drop): the outbound rules need nothing here."));
            continue;
        }
        for (const NftFilterPoint &point : points) {
            auto it = std::find_if(targets.begin(), targets.end(), [&](const Target &t) {
                return t.family == point.family && t.table == point.table && t.direction == direction;
            });
            if (it == targets.end()) {
                Target t;
                t.family = point.family;
                t.table = point.table;
                t.direction = direction;
                t.chain = nftables::chainName(product, role, direction);
                t.rules = nftables::chainRules(
                    plan, direction, point.family, context.settings.lan, context.settings.language, &t.comments);
                targets << t;
                it = targets.end() - 1;
            }
            it->points << point;
            if (point.table == QLatin1String("firewalld") || point.chain.startsWith(QLatin1String("ufw")))
                change.notes << Tr::tr(
                    "Warning: the table %1 %2 belongs to %3, which rewrites it at every reload, and our "
                    "chain and jump with it; use --backend %3 instead.")
                                    .arg(point.family, point.table,
                                        point.table == QLatin1String("firewalld") ? QStringLiteral("firewalld")
                                                                                  : QStringLiteral("ufw"));
            else if (nft.foreignTables.contains(point.family + QLatin1Char(' ') + point.table))
                change.notes << Tr::tr("Warning: iptables-nft manages the table %1 %2 (iptables, ufw, Docker): a later "
                                       "iptables-restore replaces the table, and our chain and jump with it.")
                                    .arg(point.family, point.table);
            const QString how
                = point.byPolicy ? Tr::tr("its policy is drop") : Tr::tr("it ends with a rule that drops or rejects");
            change.notes << Tr::tr(
                "Table %1 %2: the %3 chain \"%4\" filters (%5); the plan's rules go into the chain %6 "
                "of that table, and a jump to it goes right before the final drop.")
                                .arg(point.family, point.table, hookOf(direction), point.chain, how, it->chain);
        }
    }
    for (const Target &t : std::as_const(targets)) {
        if (t.rules.isEmpty())
            change.notes << Tr::tr("Table %1 %2: none of the plan's %3 rules fits this table's family.")
                                .arg(t.family, t.table, hookOf(t.direction));
    }
    if (targets.isEmpty() && previous.isEmpty()) {
        change.nothingToDo
            = Tr::tr("Nothing in this nftables ruleset blocks what the plan needs, so nothing is changed.");
        return change;
    }

    // The script: our chains are declared, emptied and filled; each jump is added only where it is missing, so that
    // applying again changes nothing; what an earlier apply of this product and role made and this plan no longer
    // needs is removed. One nft -f is one kernel transaction: all of it takes effect, or none.
    QStringList lines;
    lines << quoting::hashComment(Tr::tr("Firewall Setup Wizard: %1").arg(planTitle(plan, context.settings.language)));
    lines << quoting::hashComment(Tr::tr("One transaction: all of it takes effect, or nothing does."));
    QList<Ours::Jump> keep;
    QStringList expectJumps;
    for (const Target &t : std::as_const(targets)) {
        const QString ref = chainRef(t.family, t.table, t.chain);
        lines << QString();
        lines << QStringLiteral("add chain ") + ref;
        lines << QStringLiteral("flush chain ") + ref;
        lines += t.comments;
        for (const QString &rule : t.rules)
            lines << QStringLiteral("add rule %1 %2").arg(ref, rule);
        for (const NftFilterPoint &p : t.points) {
            const auto existing
                = std::find_if(previous.jumps.cbegin(), previous.jumps.cend(), [&](const Ours::Jump &j) {
                      return j.family == p.family && j.table == p.table && j.chain == p.chain && j.target == t.chain
                          && !std::any_of(
                              keep.cbegin(), keep.cend(), [&j](const Ours::Jump &k) { return k.handle == j.handle; });
                  });
            expectJumps << chainRef(p.family, p.table, p.chain) + QLatin1String(" -> ") + t.chain;
            if (existing != previous.jumps.cend()) {
                keep << *existing;
                continue;
            }
            const QString jump = QStringLiteral("jump %1 comment %2").arg(t.chain, quoting::nftString(ourTag));
            if (p.insertBefore != 0)
                lines << QStringLiteral("insert rule %1 handle %2 %3")
                             .arg(chainRef(p.family, p.table, p.chain))
                             .arg(p.insertBefore)
                             .arg(jump);
            else
                lines << QStringLiteral("add rule %1 %2").arg(chainRef(p.family, p.table, p.chain), jump);
        }
    }
    QStringList obsolete;
    for (const Ours::Jump &j : previous.jumps) {
        if (!std::any_of(keep.cbegin(), keep.cend(), [&j](const Ours::Jump &k) { return k.handle == j.handle; }))
            obsolete
                << QStringLiteral("delete rule %1 handle %2").arg(chainRef(j.family, j.table, j.chain)).arg(j.handle);
    }
    for (const NftChain &c : previous.chains) {
        const bool needed = std::any_of(targets.cbegin(), targets.cend(),
            [&c](const Target &t) { return t.family == c.family && t.table == c.table && t.chain == c.name; });
        if (!needed)
            obsolete << QStringLiteral("delete chain ") + chainRef(c.family, c.table, c.name);
    }
    if (!obsolete.isEmpty()) {
        lines << QString();
        lines << quoting::hashComment(Tr::tr("What an earlier apply of this product and role created and this plan no "
                                             "longer needs:"));
        lines += obsolete;
    }
    const QString script = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');

    const QString backup = context.backupPath + QStringLiteral(".nft");
    change.steps << backupStep(backup, context.backupDigest);
    change.entry.backupPath = backup;

    Step transaction;
    transaction.id = QStringLiteral("transaction");
    transaction.description = Tr::tr("Change the ruleset in one nft -f transaction");
    transaction.preview = QStringLiteral("nft -f - <<'EOF'\n") + script + QStringLiteral("EOF");
    transaction.run = [script](Host &h, QString *error) { return runScript(h, script, error); };
    const NftRuleset before = nft.ruleset;
    transaction.undo = [before, ourTag, names](Host &h, QString *error) {
        return restoreOurs(h, before, exactTags({ourTag}), names, error);
    };
    change.steps << transaction;

    Step verify;
    verify.id = QStringLiteral("verify");
    verify.description = Tr::tr("Read the ruleset back and check that our chains and jumps are in place");
    verify.preview = QStringLiteral("nft -j list ruleset");
    struct Expect
    {
        QString family;
        QString table;
        QString chain;
        int rules = 0;
    };
    QList<Expect> expectChains;
    for (const Target &t : std::as_const(targets))
        expectChains << Expect {t.family, t.table, t.chain, int(t.rules.size())};
    verify.run = [expectChains, expectJumps, ourTag, names](Host &h, QString *error) {
        NftRuleset now;
        if (!listRuleset(h, &now, error))
            return false;
        const Ours ours = findOurs(now, exactTags({ourTag}), names);
        for (const Expect &e : expectChains) {
            const NftChain *c = now.chain(e.family, e.table, e.chain);
            if (!c || c->rules.size() != e.rules) {
                *error
                    = Tr::tr("the chain %1 is not in the ruleset as written").arg(chainRef(e.family, e.table, e.chain));
                return false;
            }
        }
        QStringList jumps;
        for (const Ours::Jump &j : ours.jumps)
            jumps << chainRef(j.family, j.table, j.chain) + QLatin1String(" -> ") + j.target;
        QStringList expected = expectJumps;
        jumps.sort();
        expected.sort();
        if (jumps != expected) {
            *error = Tr::tr("the jumps to our chains are not as written: found %1, expected %2")
                         .arg(jumps.join(QStringLiteral("; ")), expected.join(QStringLiteral("; ")));
            return false;
        }
        if (ours.chains.size() != expectChains.size()) {
            *error = Tr::tr("a chain of an earlier apply is still in the ruleset");
            return false;
        }
        return true;
    };
    change.steps << verify;

    QJsonArray chains;
    QJsonArray jumps;
    for (const Target &t : std::as_const(targets)) {
        chains.append(object({{QStringLiteral("family"), t.family}, {QStringLiteral("table"), t.table},
            {QStringLiteral("name"), t.chain}}));
        for (const NftFilterPoint &p : t.points)
            jumps.append(object({{QStringLiteral("family"), p.family}, {QStringLiteral("table"), p.table},
                {QStringLiteral("chain"), p.chain}, {QStringLiteral("target"), t.chain}}));
    }
    QList<Direction> opened;
    for (const Target &t : std::as_const(targets)) {
        if (!opened.contains(t.direction))
            opened << t.direction;
    }
    change.entry.rules = appliedRuleLines(plan, id(), opened);
    change.entry.objects = object(
        {{QStringLiteral("tag"), ourTag}, {QStringLiteral("chains"), chains}, {QStringLiteral("jumps"), jumps}});
    return change;
}

template<>
PreparedChange BackendOf<BackendId::Nftables>::prepareRevert(
    Host &host, const FirewallState &state, const QList<AppliedEntry> &entries) const
{
    Q_UNUSED(host)
    PreparedChange change;
    change.backend = id();
    const NftablesState &nft = state.nftables;
    if (!nft.installed || !nft.readable) {
        change.problems << Tr::tr("cannot read the nftables ruleset: %1").arg(nft.error);
        return change;
    }
    QStringList names;
    QStringList tags;
    for (const AppliedEntry &e : entries) {
        tags << nftables::tag(e.product, e.role);
        names << nftables::chainName(e.product, e.role, Direction::In)
              << nftables::chainName(e.product, e.role, Direction::Out);
        const QJsonArray chains = e.objects.value(QStringLiteral("chains")).toArray();
        for (const QJsonValue &c : chains)
            names << c.toObject().value(QStringLiteral("name")).toString();
    }
    // Every jump tagged by this program goes, also one the record lost (a record deleted by hand): revert removes
    // all that this tool applied.
    const auto isOurTag = [](const QString &comment) { return comment.startsWith(tagPrefix()); };
    const Ours ours = findOurs(nft.ruleset, isOurTag, names);
    for (const Ours::Jump &j : ours.jumps) {
        if (!tags.contains(j.comment))
            change.notes
                << Tr::tr("Found a jump tagged \"%1\" that the record does not list; it goes too.").arg(j.comment);
    }
    if (ours.isEmpty()) {
        change.nothingToDo = Tr::tr("The nftables ruleset holds nothing of this program's (it may have been reloaded "
                                    "meanwhile).");
        return change;
    }
    QStringList lines;
    lines << quoting::hashComment(Tr::tr("Firewall Setup Wizard: remove what it applied, in one transaction"));
    for (const Ours::Jump &j : ours.jumps)
        lines << QStringLiteral("delete rule %1 handle %2").arg(chainRef(j.family, j.table, j.chain)).arg(j.handle);
    for (const NftChain &c : ours.chains)
        lines << QStringLiteral("delete chain ") + chainRef(c.family, c.table, c.name);
    const QString script = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');

    Step transaction;
    transaction.id = QStringLiteral("transaction");
    transaction.description = Tr::tr("Remove our chains and jumps in one nft -f transaction");
    transaction.preview = QStringLiteral("nft -f - <<'EOF'\n") + script + QStringLiteral("EOF");
    transaction.run = [script](Host &h, QString *error) { return runScript(h, script, error); };
    const NftRuleset before = nft.ruleset;
    transaction.undo
        = [before, isOurTag, names](Host &h, QString *error) { return restoreOurs(h, before, isOurTag, names, error); };
    change.steps << transaction;

    Step verify;
    verify.id = QStringLiteral("verify");
    verify.description = Tr::tr("Read the ruleset back and check that nothing of ours is left");
    verify.preview = QStringLiteral("nft -j list ruleset");
    verify.run = [isOurTag, names](Host &h, QString *error) {
        NftRuleset now;
        if (!listRuleset(h, &now, error))
            return false;
        if (!findOurs(now, isOurTag, names).isEmpty()) {
            *error = Tr::tr("a chain or jump of ours is still in the ruleset");
            return false;
        }
        return true;
    };
    change.steps << verify;
    return change;
}

template<>
PreparedChange BackendOf<BackendId::Nftables>::prepareRestore(
    Host &host, const FirewallState &state, const AppliedEntry &entry) const
{
    Q_UNUSED(state)
    return steps::restoreBackup(host, id(), entry, [&entry](const QByteArray &backup) {
        // The backup is the whole ruleset as it was: flushing and loading it in one transaction puts it back exactly.
        const QString script = QStringLiteral("flush ruleset\n") + QString::fromUtf8(backup);
        Step restore;
        restore.id = QStringLiteral("restore");
        restore.description
            = Tr::tr("Load the backup %1 in place of the whole ruleset, in one transaction").arg(entry.backupPath);
        restore.preview = QStringLiteral("nft -f - <<'EOF'\nflush ruleset\ninclude \"%1\"\nEOF").arg(entry.backupPath);
        restore.run = [script](Host &h, QString *error) { return runScript(h, script, error); };
        return restore;
    });
}

template<>
QString BackendOf<BackendId::Nftables>::checkEntry(const AppliedEntry &entry) const
{
    static const QRegularExpression family(QStringLiteral("^(ip|ip6|inet|arp|bridge|netdev)$"));
    static const QRegularExpression word(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    const QStringList names {nftables::chainName(entry.product, entry.role, Direction::In),
        nftables::chainName(entry.product, entry.role, Direction::Out)};
    const QString ourTag = entry.objects.value(QStringLiteral("tag")).toString();
    if (!ourTag.isEmpty() && ourTag != nftables::tag(entry.product, entry.role))
        return Tr::tr("the tag \"%1\" is not this entry's").arg(ourTag);
    for (const QString &key : {QStringLiteral("chains"), QStringLiteral("jumps")}) {
        const QJsonArray list = entry.objects.value(key).toArray();
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            const QString ours
                = o.value(key == QLatin1String("chains") ? QStringLiteral("name") : QStringLiteral("target"))
                      .toString();
            if (!names.contains(ours))
                return Tr::tr("the chain \"%1\" is not one of this program's (%2)")
                    .arg(ours, names.join(QStringLiteral(", ")));
            if (!family.match(o.value(QStringLiteral("family")).toString()).hasMatch()
                || !word.match(o.value(QStringLiteral("table")).toString()).hasMatch()
                || (key == QLatin1String("jumps")
                    && !word.match(o.value(QStringLiteral("chain")).toString()).hasMatch()))
                return Tr::tr("a table or chain name that nft does not take");
        }
    }
    return QString();
}

template<>
QList<AppliedEntry> BackendOf<BackendId::Nftables>::findUnrecorded(
    Host &host, const FirewallState &state, QStringList *notes) const
{
    Q_UNUSED(host)
    Q_UNUSED(notes)
    // The jumps carry "firewall-wizard:<product>:<role>"; prepareRevert() removes every tagged jump and its chain
    // whether listed or not, so one entry per tag found names them.
    QList<AppliedEntry> found;
    QStringList seen;
    const Ours ours
        = findOurs(state.nftables.ruleset, [](const QString &comment) { return comment.startsWith(tagPrefix()); }, {});
    for (const Ours::Jump &j : ours.jumps) {
        const QStringList parts = j.comment.mid(tagPrefix().size()).split(QLatin1Char(':'));
        if (parts.size() != 2 || !isRecordId(parts.at(0)) || !isRecordId(parts.at(1)) || seen.contains(j.comment))
            continue;
        seen << j.comment;
        AppliedEntry e;
        e.backend = id();
        e.product = parts.at(0);
        e.role = parts.at(1);
        found << e;
    }
    return found;
}

const Backend &nftables::backend()
{
    static const BackendOf<BackendId::Nftables> backend;
    return backend;
}

} // namespace fw
