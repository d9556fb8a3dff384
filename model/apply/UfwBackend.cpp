#include "UfwBackend.h"

#include "StepHelpers.h"
#include "export/ExportText.h"
#include "export/UfwExporter.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace fw {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::UfwBackend)
}

const int kTimeoutMs = 120000;

QString ufwProgram()
{
    return QStringLiteral("ufw");
}

/// The same rule without its comment: what `ufw delete allow` takes.
QStringList withoutComment(const QStringList &args)
{
    const qsizetype comment = args.indexOf(QStringLiteral("comment"));
    return comment < 0 ? args : args.mid(0, comment);
}

/// The profile name inside allow arguments.
QString profileOf(const QStringList &args)
{
    const qsizetype app = args.indexOf(QStringLiteral("app"));
    return app < 0 || app + 1 >= args.size() ? QString() : args.at(app + 1);
}

bool mentions(const QString &text, const QString &profile)
{
    // A profile name stands alone: "fwwizard-x-a" must not be found inside "fwwizard-x-ab".
    const QRegularExpression word(QStringLiteral("(^|[\\s(])%1($|[\\s)'])").arg(QRegularExpression::escape(profile)),
        QRegularExpression::MultilineOption);
    return word.match(text).hasMatch();
}

QList<QStringList> argumentLists(const QJsonArray &array)
{
    QList<QStringList> lists;
    for (const QJsonValue &v : array) {
        QStringList args;
        const QJsonArray a = v.toArray();
        for (const QJsonValue &w : a)
            args << w.toString();
        lists << args;
    }
    return lists;
}

QJsonArray toJson(const QList<QStringList> &lists)
{
    QJsonArray array;
    for (const QStringList &l : lists)
        array.append(QJsonArray::fromStringList(l));
    return array;
}

Step readBack(const QStringList &profiles, bool active, bool present)
{
    Step verify;
    verify.id = QStringLiteral("verify");
    verify.description
        = active ? Tr::tr("Read the rules back with ufw status") : Tr::tr("Read the rules back with ufw show added");
    verify.preview = steps::commandLine(ufwProgram(), {QStringLiteral("show"), QStringLiteral("added")});
    if (active)
        verify.preview += QLatin1Char('\n')
            + steps::commandLine(ufwProgram(), {QStringLiteral("status"), QStringLiteral("verbose")});
    verify.run = [profiles, active, present](Host &h, QString *error) {
        QList<QStringList> queries {{QStringLiteral("show"), QStringLiteral("added")}};
        if (active)
            queries << QStringList {QStringLiteral("status"), QStringLiteral("verbose")};
        for (const QStringList &q : queries) {
            const RunResult r = h.run(ufwProgram(), q, {}, kTimeoutMs);
            if (!r.ok()) {
                *error = QStringLiteral("%1: %2").arg(steps::commandLine(ufwProgram(), q), r.errorText());
                return false;
            }
            const QString text = QString::fromUtf8(r.out);
            for (const QString &p : profiles) {
                if (mentions(text, p) != present) {
                    *error = present
                        ? Tr::tr("%1 does not show the rule for %2").arg(steps::commandLine(ufwProgram(), q), p)
                        : Tr::tr("%1 still shows a rule for %2").arg(steps::commandLine(ufwProgram(), q), p);
                    return false;
                }
            }
        }
        return true;
    };
    return verify;
}

} // namespace

QString ufw::profilePath(const Plan &plan)
{
    return QStringLiteral("/etc/ufw/applications.d/") + exportBaseName(plan);
}

QList<QStringList> ufw::allowArguments(const Plan &plan, const QString &lan)
{
    ExportContext context;
    if (!lan.isEmpty())
        context.settings.insert(exportsetting::lan(), lan);
    QList<QStringList> lists;
    for (const PlanRule &rule : plan.rules) {
        if (!hasPorts(rule))
            continue;
        const RemoteMatch remote = remoteMatch(rule, context, false);
        QStringList addresses {QStringLiteral("any")};
        if (remote.kind == RemoteMatch::Kind::Addresses)
            addresses = remote.ipv4 + remote.ipv6;
        const QString profile = ufwProfileName(plan, rule);
        for (const QString &address : std::as_const(addresses)) {
            if (rule.direction == Direction::In)
                lists << QStringList {QStringLiteral("in"), QStringLiteral("from"), address, QStringLiteral("to"),
                    QStringLiteral("any"), QStringLiteral("app"), profile, QStringLiteral("comment"), rule.id};
            else
                lists << QStringList {QStringLiteral("out"), QStringLiteral("from"), QStringLiteral("any"),
                    QStringLiteral("to"), address, QStringLiteral("app"), profile, QStringLiteral("comment"), rule.id};
        }
    }
    return lists;
}

UfwState ufw::inspect(Host &host, bool evenIfDisabled)
{
    UfwState state;
    state.installed = host.hasProgram(ufwProgram());
    if (!state.installed)
        return state;
    QByteArray conf;
    if (host.readFile(QStringLiteral("/etc/ufw/ufw.conf"), &conf)) {
        static const QRegularExpression enabled(QStringLiteral("^\\s*ENABLED\\s*=\\s*yes\\s*$"),
            QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
        state.enabledInConfig = enabled.match(QString::fromUtf8(conf)).hasMatch();
    }
    // ufw enable and ufw disable write ENABLED; where it says no, ufw filters nothing, and asking ufw (a Python
    // program, slow to start) is needed only when ufw is to be used anyway.
    if (!host.isPrivileged() || (!state.enabledInConfig && !evenIfDisabled))
        return state;
    const RunResult status
        = host.run(ufwProgram(), {QStringLiteral("status"), QStringLiteral("verbose")}, {}, kTimeoutMs);
    state.statusReadable = status.ok();
    state.status = QString::fromUtf8(status.out).trimmed();
    state.active = state.statusReadable && state.status.contains(QLatin1String("Status: active"));
    const RunResult added = host.run(ufwProgram(), {QStringLiteral("show"), QStringLiteral("added")}, {}, kTimeoutMs);
    state.added = QString::fromUtf8(added.out).trimmed();
    return state;
}

template<>
PreparedChange BackendOf<BackendId::Ufw>::prepareApply(
    Host &host, const FirewallState &state, const Plan &plan, const ApplyContext &context) const
{
    PreparedChange change;
    change.backend = id();
    const UfwState &u = state.ufw;
    if (!u.installed) {
        change.problems << Tr::tr("ufw is not installed");
        return change;
    }
    if (!u.statusReadable) {
        change.problems << Tr::tr("cannot read ufw's status (it needs root)");
        return change;
    }
    if (!u.active)
        change.notes << Tr::tr("ufw is inactive: the rules are kept and take effect when ufw is enabled (ufw enable).");
    ExportContext exportContext;
    exportContext.language = context.settings.language;
    const QByteArray profiles = ufwProfiles(plan, exportContext);
    const QList<QStringList> rules = ufw::allowArguments(plan, context.settings.lan);
    if (rules.isEmpty()) {
        change.nothingToDo = Tr::tr("The plan has no rule with ports: there is nothing to allow in ufw.");
        return change;
    }
    const QString path = ufw::profilePath(plan);
    QStringList profileNames;
    for (const QStringList &r : rules) {
        if (!profileNames.contains(profileOf(r)))
            profileNames << profileOf(r);
    }

    const QString backup = context.backupPath + QStringLiteral(".json");
    change.steps << steps::backupFiles(
        {QStringLiteral("/etc/ufw/user.rules"), QStringLiteral("/etc/ufw/user6.rules"), path}, backup,
        context.backupDigest);
    change.entry.backupPath = backup;

    // An earlier apply's rules that this plan no longer has go first: ufw refuses to delete a rule whose profile
    // has left the profile file.
    QList<QStringList> oldRules;
    if (context.previous)
        oldRules = argumentLists(context.previous->objects.value(QStringLiteral("rules")).toArray());
    for (const QStringList &old : std::as_const(oldRules)) {
        if (rules.contains(old))
            continue;
        change.steps << steps::command(QStringLiteral("old-rule"),
            Tr::tr("Remove a rule of an earlier apply that this plan no longer has"), ufwProgram(),
            QStringList {QStringLiteral("delete"), QStringLiteral("allow")} + withoutComment(old), ufwProgram(),
            QStringList {QStringLiteral("allow")} + old, kTimeoutMs);
    }

    QByteArray current;
    const bool fileExists = host.exists(path) && host.readFile(path, &current);
    if (!fileExists || current != profiles) {
        // Profiles that rules use already must be re-read by ufw when their ports change.
        QStringList used;
        for (const QString &name : std::as_const(profileNames)) {
            if (fileExists && mentions(u.added, name))
                used << name;
        }
        change.steps << steps::writeFile(
            QStringLiteral("profile-file"), Tr::tr("Write the application profiles to %1").arg(path), path, profiles);
        for (const QString &name : std::as_const(used))
            change.steps << steps::command(QStringLiteral("app-update"),
                Tr::tr("Let ufw read the profile %1 again").arg(name), ufwProgram(),
                {QStringLiteral("app"), QStringLiteral("update"), name});
    }
    for (const QStringList &r : rules) {
        // ufw skips a rule it has already; one that was there before this apply must also survive its undo.
        const RunResult dry = host.run(
            ufwProgram(), QStringList {QStringLiteral("--dry-run"), QStringLiteral("allow")} + r, {}, kTimeoutMs);
        const QString said = QString::fromUtf8(dry.out + dry.err);
        if (fileExists && dry.ok()
            && (said.contains(QLatin1String("Skipping")) || said.contains(QLatin1String("updated"))))
            continue;
        change.steps << steps::command(QStringLiteral("rule"), Tr::tr("Allow %1").arg(profileOf(r)), ufwProgram(),
            QStringList {QStringLiteral("allow")} + r, ufwProgram(),
            QStringList {QStringLiteral("delete"), QStringLiteral("allow")} + withoutComment(r), kTimeoutMs);
    }
    change.steps << readBack(profileNames, u.active, true);

    QJsonObject objects;
    objects.insert(QStringLiteral("profileFile"), path);
    objects.insert(QStringLiteral("profiles"), QJsonArray::fromStringList(profileNames));
    objects.insert(QStringLiteral("rules"), toJson(rules));
    change.entry.objects = objects;
    return change;
}

template<>
PreparedChange BackendOf<BackendId::Ufw>::prepareRevert(
    Host &host, const FirewallState &state, const QList<AppliedEntry> &entries) const
{
    PreparedChange change;
    change.backend = id();
    const UfwState &u = state.ufw;
    if (!u.installed || !u.statusReadable) {
        change.problems << Tr::tr("cannot read ufw's status (it needs root)");
        return change;
    }
    QStringList profiles;
    for (const AppliedEntry &e : entries) {
        const QList<QStringList> rules = argumentLists(e.objects.value(QStringLiteral("rules")).toArray());
        for (const QStringList &r : rules) {
            if (!mentions(u.added, profileOf(r)))
                continue;
            change.steps << steps::command(QStringLiteral("rule"), Tr::tr("Remove the rule for %1").arg(profileOf(r)),
                ufwProgram(), QStringList {QStringLiteral("delete"), QStringLiteral("allow")} + withoutComment(r),
                ufwProgram(), QStringList {QStringLiteral("allow")} + r, kTimeoutMs);
            if (!profiles.contains(profileOf(r)))
                profiles << profileOf(r);
        }
        const QString path = e.objects.value(QStringLiteral("profileFile")).toString();
        QByteArray content;
        if (!path.isEmpty() && host.exists(path) && host.readFile(path, &content)) {
            Step del;
            del.id = QStringLiteral("profile-file");
            del.description = Tr::tr("Delete the profile file %1").arg(path);
            del.preview = steps::commandLine(QStringLiteral("rm"), {path});
            del.run = [path](Host &h, QString *error) { return h.removeFile(path, error); };
            del.undo = [path, content](Host &h, QString *error) { return h.writeFile(path, content, error); };
            change.steps << del;
        }
        change.revertedTargets << e.product + QLatin1Char('/') + e.role;
    }
    if (change.steps.isEmpty()) {
        change.nothingToDo = Tr::tr("ufw holds nothing of this program's any more.");
        return change;
    }
    change.steps << readBack(profiles, u.active, false);
    return change;
}

template<>
PreparedChange BackendOf<BackendId::Ufw>::prepareRestore(
    Host &host, const FirewallState &state, const AppliedEntry &entry) const
{
    steps::RestoreTexts texts;
    texts.foreignFile = Tr::tr("the backup %1 names %2, which is none of ufw's files that this program backs "
                               "up; it is not used");
    texts.step = Tr::tr("Put ufw's rule files of the backup %1 back").arg(entry.backupPath);
    texts.reload = Tr::tr("Reload ufw");
    const QStringList reload = state.ufw.active ? QStringList {ufwProgram(), QStringLiteral("reload")} : QStringList();
    return steps::restoreFiles(host, id(), entry, QStringLiteral("/etc/ufw/"), texts, reload);
}

template<>
QString BackendOf<BackendId::Ufw>::checkEntry(const AppliedEntry &entry) const
{
    static const QRegularExpression address(QStringLiteral("^(any|[0-9a-fA-F.:]+(/[0-9]{1,3})?)$"));
    static const QRegularExpression comment(QStringLiteral("^[a-z0-9-]{1,100}$"));
    const QString base = QStringLiteral("fwwizard-%1-%2").arg(entry.product, entry.role);
    const QString profileFile = entry.objects.value(QStringLiteral("profileFile")).toString();
    if (!profileFile.isEmpty() && profileFile != QStringLiteral("/etc/ufw/applications.d/") + base)
        return Tr::tr("the profile file %1 is not this program's").arg(profileFile);
    const QString prefix = QStringLiteral("fwwizard-%1-").arg(entry.product);
    const auto ourProfile = [&prefix](const QString &name) {
        static const QRegularExpression profile(QStringLiteral("^fwwizard-[a-z0-9-]{1,60}$"));
        return name.startsWith(prefix) && profile.match(name).hasMatch();
    };
    const QJsonArray profiles = entry.objects.value(QStringLiteral("profiles")).toArray();
    for (const QJsonValue &v : profiles) {
        if (!ourProfile(v.toString()))
            return Tr::tr("the profile \"%1\" is not this program's").arg(v.toString());
    }
    const QList<QStringList> rules = argumentLists(entry.objects.value(QStringLiteral("rules")).toArray());
    for (const QStringList &r : rules) {
        // Exactly what ufw::allowArguments() writes: in from ADDRESS to any app P comment ID, or out from any to
        // ADDRESS.
        const bool in = r.value(0) == QLatin1String("in");
        const bool shape = r.size() == 9 && (in || r.value(0) == QLatin1String("out"))
            && r.at(1) == QLatin1String("from") && r.at(3) == QLatin1String("to") && r.at(5) == QLatin1String("app")
            && r.at(7) == QLatin1String("comment") && (in ? r.at(4) : r.at(2)) == QLatin1String("any")
            && address.match(in ? r.at(2) : r.at(4)).hasMatch() && ourProfile(r.at(6))
            && comment.match(r.at(8)).hasMatch();
        if (!shape)
            return Tr::tr("the rule \"%1\" is not one this program writes").arg(r.join(QLatin1Char(' ')));
    }
    return QString();
}

template<>
QList<AppliedEntry> BackendOf<BackendId::Ufw>::findUnrecorded(
    Host &host, const FirewallState &state, QStringList *notes) const
{
    Q_UNUSED(notes)
    QList<AppliedEntry> found;
    static const QRegularExpression fileName(QStringLiteral("^fwwizard-([a-z0-9-]+)-([a-z0-9]+)$"));
    const QString folder = QStringLiteral("/etc/ufw/applications.d");
    const QStringList files = host.listFolder(folder);
    for (const QString &name : files) {
        const auto m = fileName.match(name);
        if (!m.hasMatch())
            continue;
        AppliedEntry e;
        e.backend = id();
        e.product = m.captured(1);
        e.role = m.captured(2);
        e.objects.insert(QStringLiteral("profileFile"), folder + QLatin1Char('/') + name);
        found << e;
    }
    // `ufw show added` lists each rule as the command that adds it ("ufw allow fwwizard-x comment 'id'" in the short
    // form, "ufw allow from 10.0.0.0/8 to any app fwwizard-x comment 'id'" in the long one): ours use a profile of
    // ours.
    QList<QStringList> rules;
    const QStringList lines = state.ufw.added.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.startsWith(QLatin1String("ufw allow ")))
            continue;
        QString args = line.mid(10);
        QString id;
        const qsizetype comment = args.indexOf(QLatin1String(" comment '"));
        if (comment >= 0) {
            id = args.mid(comment + 10).chopped(1);
            args = args.left(comment);
        }
        QStringList words = args.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const bool out = words.value(0) == QLatin1String("out");
        if (words.value(0) == QLatin1String("in") || out)
            words.removeFirst();
        QStringList rule;
        if (words.size() == 1 && words.first().startsWith(QLatin1String("fwwizard-")))
            rule = QStringList {out ? QStringLiteral("out") : QStringLiteral("in"), QStringLiteral("from"),
                QStringLiteral("any"), QStringLiteral("to"), QStringLiteral("any"), QStringLiteral("app"),
                words.first()};
        else if (words.size() == 6 && words.at(0) == QLatin1String("from") && words.at(2) == QLatin1String("to")
            && words.at(4) == QLatin1String("app") && words.at(5).startsWith(QLatin1String("fwwizard-")))
            rule = QStringList {out ? QStringLiteral("out") : QStringLiteral("in")} + words;
        else
            continue;
        rules << (id.isEmpty() ? rule : rule + QStringList {QStringLiteral("comment"), id});
    }
    // Each rule goes with the profile file of the longest product that its profile name starts with.
    for (const QStringList &r : std::as_const(rules)) {
        AppliedEntry *best = nullptr;
        for (AppliedEntry &e : found) {
            if (profileOf(r).startsWith(QStringLiteral("fwwizard-%1-").arg(e.product))
                && (!best || e.product.size() > best->product.size()))
                best = &e;
        }
        if (!best) {
            AppliedEntry e;
            e.backend = id();
            e.product = profileOf(r).mid(9);
            e.role = QStringLiteral("?");
            found << e;
            best = &found.last();
        }
        QJsonArray list = best->objects.value(QStringLiteral("rules")).toArray();
        list.append(QJsonArray::fromStringList(r));
        best->objects.insert(QStringLiteral("rules"), list);
    }
    return found;
}

const Backend &ufw::backend()
{
    static const BackendOf<BackendId::Ufw> backend;
    return backend;
}

} // namespace fw
