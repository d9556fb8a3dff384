#include "PlanResolver.h"

#include "system/TextArgs.h"
#include "system/Tr.h"

#include <QCoreApplication>

#include <algorithm>

namespace fw {

namespace {

/// The values in effect: what the admin entered, else the catalog's default.
QMap<QString, QString> effectiveValues(const Product &product, const Selection &selection)
{
    QMap<QString, QString> values;
    for (const ValueDef &v : product.values) {
        const auto it = selection.values.constFind(v.id);
        if (it != selection.values.constEnd() && !it.value().isEmpty())
            values.insert(v.id, it.value());
        else if (!v.defaultValue.isEmpty())
            values.insert(v.id, v.defaultValue);
    }
    return values;
}

bool holds(const Condition &c, const Selection &s, const QMap<QString, QString> &values)
{
    if (!c.roles.isEmpty() && !c.roles.contains(s.role))
        return false;
    if (!c.deployments.isEmpty() && !c.deployments.contains(s.deployment))
        return false;
    if (!c.versions.isEmpty() && !c.versions.contains(s.version))
        return false;
    if (!c.option.isEmpty() && !s.options.contains(c.option))
        return false;
    if (!c.valueSet.isEmpty() && !values.contains(c.valueSet))
        return false;
    if (!c.valueMissing.isEmpty() && values.contains(c.valueMissing))
        return false;
    return true;
}

QString substitute(QString text, const Selection &s, const QMap<QString, QString> &values)
{
    if (!text.contains(QLatin1Char('{')))
        return text;
    text.replace(QLatin1String("{version}"), s.version);
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        text.replace(QStringLiteral("{value:%1}").arg(it.key()), it.value());
    return text;
}

LocalizedText substitute(const LocalizedText &t, const Selection &s, const QMap<QString, QString> &values)
{
    return {substitute(t.en, s, values), substitute(t.de, s, values), substitute(t.es, s, values)};
}

QList<PortRange> mergePorts(QList<PortRange> ports)
{
    std::sort(ports.begin(), ports.end(),
        [](const PortRange &a, const PortRange &b) { return a.from < b.from || (a.from == b.from && a.to < b.to); });
    QList<PortRange> merged;
    for (const PortRange &p : ports) {
        if (!merged.isEmpty() && p.from <= merged.last().to + 1)
            merged.last().to = std::max(merged.last().to, p.to);
        else
            merged.append(p);
    }
    return merged;
}

template<typename T>
QStringList idsOf(const QList<T> &list)
{
    QStringList ids;
    for (const T &item : list)
        ids << item.id;
    return ids;
}

namespace Tr {
FW_TR_CONTEXT(fw::PlanResolver)
}

bool sameTraffic(const PlanRule &a, const PlanRule &b)
{
    return a.direction == b.direction && a.protocol == b.protocol && a.ports == b.ports && a.program == b.program
        && a.remote == b.remote && a.hosts == b.hosts;
}

/// Keeps one of each set of rules that allow exactly the same connections (two port values given the same port, say)
/// and adds a note naming them, so that a slip in the values is seen instead of giving two identical rules. The
/// rule kept is the vendor's own statement if any of them is, and always applies if any of them does.
void mergeDuplicateRules(Plan &plan)
{
    QList<PlanRule> kept;
    QList<QStringList> mergedIds;
    for (const PlanRule &rule : std::as_const(plan.rules)) {
        qsizetype i = 0;
        while (i < kept.size() && !sameTraffic(kept[i], rule))
            ++i;
        if (i == kept.size()) {
            kept << rule;
            mergedIds << QStringList {rule.id};
            continue;
        }
        kept[i].derived = kept[i].derived && rule.derived;
        if (rule.option.isEmpty())
            kept[i].option.clear();
        mergedIds[i] << rule.id;
    }
    for (qsizetype i = 0; i < kept.size(); ++i) {
        if (mergedIds[i].size() < 2)
            continue;
        const PlanRule &r = kept[i];
        const QString traffic
            = QStringLiteral("%1 %2 %3")
                  .arg(directionId(r.direction), protocolId(r.protocol).toUpper(), portsToString(r.ports));
        //: %1: rule ids ("lmgrd-port-in, vendor-port-in"); %2: the connections ("in TCP 27000"); %3: the rule kept
        const QString text = Tr::tr("Rules %1 allow exactly the same connections (%2), so the plan keeps only %3. If "
                                    "two values give the same port by mistake, correct one of them.")
                                 .arg(mergedIds[i].join(QStringLiteral(", ")), traffic, r.id);
        plan.notes << PlanNote {
            QStringLiteral("merged-") + r.id, NoteKind::Advice, LocalizedText::same(text), r.source};
    }
    plan.rules = kept;
}

SelectionProblem problem(SelectionProblem::Code code, const QStringList &args)
{
    SelectionProblem p;
    p.code = code;
    p.args = args;
    return p;
}

} // namespace

QList<const ValueDef *> applicableValues(const Product &product, const Selection &selection)
{
    const QMap<QString, QString> values = effectiveValues(product, selection);
    QList<const ValueDef *> out;
    for (const ValueDef &v : product.values) {
        if (holds(v.when, selection, values))
            out << &v;
    }
    return out;
}

QList<const OptionDef *> applicableOptions(const Product &product, const Selection &selection)
{
    const QMap<QString, QString> values = effectiveValues(product, selection);
    QList<const OptionDef *> out;
    for (const OptionDef &o : product.options) {
        if (holds(o.when, selection, values))
            out << &o;
    }
    return out;
}

bool resolvePlan(const Catalog &catalog, const Selection &selection, Plan &plan, SelectionProblems &problems)
{
    if (selection.product.isEmpty()) {
        problems << problem(SelectionProblem::Code::MissingProduct, {});
        return false;
    }
    const Product *product = catalog.product(selection.product);
    if (!product) {
        problems << problem(SelectionProblem::Code::UnknownProduct,
            {selection.product, catalog.productIds().join(QStringLiteral(", "))});
        return false;
    }
    return resolvePlan(*product, selection, plan, problems);
}

bool resolvePlan(const Product &product, const Selection &selection, Plan &plan, SelectionProblems &problems)
{
    using Code = SelectionProblem::Code;
    const int before = problems.size();

    if (selection.role.isEmpty())
        problems << problem(Code::MissingRole, {idsOf(product.roles).join(QStringLiteral(", "))});
    else if (!product.role(selection.role))
        problems << problem(Code::UnknownRole, {selection.role, idsOf(product.roles).join(QStringLiteral(", "))});

    if (product.versions.isEmpty()) {
        if (!selection.version.isEmpty())
            problems << problem(Code::VersionNotApplicable, {product.id});
    } else if (selection.version.isEmpty()) {
        problems << problem(Code::MissingVersion, {idsOf(product.versions).join(QStringLiteral(", "))});
    } else if (!product.version(selection.version)) {
        problems << problem(
            Code::UnknownVersion, {selection.version, idsOf(product.versions).join(QStringLiteral(", "))});
    }

    if (product.deployments.isEmpty()) {
        if (!selection.deployment.isEmpty())
            problems << problem(Code::DeploymentNotApplicable, {product.id});
    } else if (selection.deployment.isEmpty()) {
        problems << problem(Code::MissingDeployment, {idsOf(product.deployments).join(QStringLiteral(", "))});
    } else if (!product.deployment(selection.deployment)) {
        problems << problem(
            Code::UnknownDeployment, {selection.deployment, idsOf(product.deployments).join(QStringLiteral(", "))});
    }
    if (problems.size() != before)
        return false; // options and values depend on role, version and deployment

    const QList<const OptionDef *> options = applicableOptions(product, selection);
    for (const QString &option : selection.options) {
        if (!product.option(option))
            problems << problem(Code::UnknownOption, {option, idsOf(product.options).join(QStringLiteral(", "))});
        else if (!options.contains(product.option(option)))
            problems << problem(Code::OptionNotApplicable, {option});
    }

    const QList<const ValueDef *> values = applicableValues(product, selection);
    for (auto it = selection.values.constBegin(); it != selection.values.constEnd(); ++it) {
        const ValueDef *def = product.value(it.key());
        if (!def) {
            problems << problem(Code::UnknownValue, {it.key(), idsOf(product.values).join(QStringLiteral(", "))});
            continue;
        }
        if (!values.contains(def)) {
            problems << problem(Code::ValueNotApplicable, {it.key()});
            continue;
        }
        if (it.value().isEmpty())
            continue; // an empty value means "not entered"
        QString detail;
        const ValueReason reason = validateValue(def->type, it.value(), &detail);
        if (reason != ValueReason::Invalid) {
            SelectionProblem p = problem(Code::InvalidValue, {it.key(), it.value()});
            p.reason = reason;
            p.detail = detail;
            problems << p;
        }
    }
    const QMap<QString, QString> effective = effectiveValues(product, selection);
    for (const ValueDef *def : values) {
        if (def->required && !effective.contains(def->id))
            problems << problem(Code::MissingValue, {def->id});
    }
    if (problems.size() != before)
        return false;

    Plan result;
    result.selection = selection;
    result.selection.options.removeDuplicates();
    result.selection.values.clear();
    for (const ValueDef *def : values) {
        if (effective.contains(def->id))
            result.selection.values.insert(def->id, effective.value(def->id));
    }
    result.productName = product.name;
    result.vendor = product.vendor;
    result.roleLabel = product.role(selection.role)->label;
    if (const ChoiceDef *d = product.deployment(selection.deployment))
        result.deploymentLabel = d->label;
    if (const VersionDef *v = product.version(selection.version))
        result.versionLabel = v->label;
    for (const QString &id : result.selection.options) {
        if (const OptionDef *o = product.option(id))
            result.optionLabels.insert(id, o->label);
    }
    for (auto it = result.selection.values.cbegin(); it != result.selection.values.cend(); ++it) {
        if (const ValueDef *v = product.value(it.key()))
            result.valueLabels.insert(it.key(), v->label);
    }

    const Selection &s = result.selection;
    QStringList cited;
    for (const RuleDef &def : product.rules) {
        if (!holds(def.when, s, effective))
            continue;
        PlanRule rule;
        rule.id = def.id;
        rule.direction = def.direction;
        rule.protocol = def.protocol;
        bool complete = true;
        QList<PortRange> ports;
        for (const PortSpec &spec : def.ports) {
            if (spec.valueRef.isEmpty()) {
                ports << spec.range;
                continue;
            }
            const QString value = effective.value(spec.valueRef);
            if (value.isEmpty()) {
                complete = false; // a port only the admin knows, not entered: a note explains what that means
                break;
            }
            ports << PortRange {value.toInt(), value.toInt()};
        }
        if (!complete)
            continue;
        rule.ports = mergePorts(ports);
        rule.program = substitute(def.program, s, effective);
        rule.remote = def.remote;
        rule.hosts = def.hosts;
        rule.remoteValue = def.remoteValue;
        if (!def.remoteValue.isEmpty()) {
            const QString host = effective.value(def.remoteValue);
            if (!host.isEmpty())
                rule.hosts = QStringList {host};
            else if (def.remote == RemoteKind::Hosts)
                continue; // the hosts are only known once the admin enters them
        }
        rule.purpose = substitute(def.purpose, s, effective);
        rule.option = def.when.option;
        rule.whenBlocked = {def.whenBlocked.fixedBy, substitute(def.whenBlocked.advice, s, effective)};
        rule.derived = def.derived;
        rule.source = def.source;
        cited << def.source;
        result.rules << rule;
    }
    for (const ExecutableDef &def : product.executables) {
        if (!holds(def.when, s, effective))
            continue;
        result.executables << PlanExecutable {
            substitute(def.name, s, effective), substitute(def.purpose, s, effective), def.source};
        cited << def.source;
    }
    for (const NoteDef &def : product.notes) {
        if (!holds(def.when, s, effective))
            continue;
        result.notes << PlanNote {def.id, def.kind, substitute(def.text, s, effective), def.source};
        cited << def.source;
    }
    mergeDuplicateRules(result);
    for (const SourceDef &source : product.sources) {
        if (cited.contains(source.id))
            result.sources << source;
    }
    plan = std::move(result);
    return true;
}

namespace {

/// The translation context of SelectionProblem's texts (lupdate reads it from the macro).
namespace SelectionProblemText {
FW_TR_CONTEXT(fw::SelectionProblem)
}

/// The message of a problem with @p code (not InvalidValue, which says more), translated, with %1 and %2 where its
/// arguments go.
QString messageText(SelectionProblem::Code code)
{
    using Code = SelectionProblem::Code;
    switch (code) {
    case Code::Invalid:
    case Code::InvalidValue:
        break;
    case Code::MissingProduct:
        return SelectionProblemText::tr("no product chosen (--product ID; 'products' lists them)");
    case Code::UnknownProduct:
        return SelectionProblemText::tr("unknown product '%1' (known: %2)");
    case Code::MissingRole:
        return SelectionProblemText::tr("no role chosen (--role %1)");
    case Code::UnknownRole:
        return SelectionProblemText::tr("unknown role '%1' (known: %2)");
    case Code::MissingVersion:
        return SelectionProblemText::tr("this product needs its version (--version %1)");
    case Code::UnknownVersion:
        return SelectionProblemText::tr("unknown version '%1' (known: %2)");
    case Code::VersionNotApplicable:
        return SelectionProblemText::tr("%1 has no versions to choose; leave out --version");
    case Code::MissingDeployment:
        return SelectionProblemText::tr("this product needs its deployment (--deployment %1)");
    case Code::UnknownDeployment:
        return SelectionProblemText::tr("unknown deployment '%1' (known: %2)");
    case Code::DeploymentNotApplicable:
        return SelectionProblemText::tr("%1 has no deployments to choose; leave out --deployment");
    case Code::UnknownOption:
        return SelectionProblemText::tr("unknown option '%1' (known: %2)");
    case Code::OptionNotApplicable:
        return SelectionProblemText::tr("option '%1' does not apply to this role or deployment");
    case Code::UnknownValue:
        return SelectionProblemText::tr("unknown value '%1' (known: %2)");
    case Code::ValueNotApplicable:
        return SelectionProblemText::tr("value '%1' does not apply to this role, deployment or option");
    case Code::MissingValue:
        return SelectionProblemText::tr("value '%1' is required (--set %1=...)");
    }
    return SelectionProblemText::tr("unknown problem");
}

/// @p text with its control characters escaped, so that a message showing it stays on one line.
QString escapedControls(const QString &text)
{
    QString shown;
    for (QChar ch : text) {
        if (ch == QLatin1Char('\n'))
            shown += QLatin1String("\\n");
        else if (ch.unicode() < 0x20 || ch.unicode() == 0x7f)
            shown += QStringLiteral("\\x%1").arg(ch.unicode(), 2, 16, QLatin1Char('0'));
        else
            shown += ch;
    }
    return shown;
}

} // namespace

QString SelectionProblem::toString() const
{
    if (code != Code::InvalidValue)
        return withArgs(messageText(code), args);
    const QString shown = escapedControls(args.value(1));
    return QStringLiteral("%1=%2: %3").arg(args.value(0), shown, valueReasonText(reason, shown, detail));
}

} // namespace fw
