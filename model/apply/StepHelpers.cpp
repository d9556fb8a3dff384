#include "StepHelpers.h"

#include "export/ExportText.h"
#include "export/Quoting.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <memory>

namespace fw::steps {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::steps)
}

bool runChecked(Host &host, const QString &program, const QStringList &args, int timeoutMs, QString *error)
{
    const RunResult r = host.run(program, args, {}, timeoutMs);
    if (r.ok())
        return true;
    *error = QStringLiteral("%1: %2").arg(commandLine(program, args), r.errorText());
    return false;
}

} // namespace

QString commandLine(const QString &program, const QStringList &args)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_=/.:,+@%-]+$"));
    QStringList words {program};
    for (const QString &a : args)
        words << (plain.match(a).hasMatch() ? a : quoting::shellString(a));
    return words.join(QLatin1Char(' '));
}

Step command(const QString &id, const QString &description, const QString &program, const QStringList &args,
    const QString &undoProgram, const QStringList &undoArgs, int timeoutMs)
{
    Step step;
    step.id = id;
    step.description = description;
    step.preview = commandLine(program, args);
    step.run = [program, args, timeoutMs](
                   Host &host, QString *error) { return runChecked(host, program, args, timeoutMs, error); };
    if (!undoProgram.isEmpty()) {
        step.undo = [undoProgram, undoArgs, timeoutMs](Host &host, QString *error) {
            return runChecked(host, undoProgram, undoArgs, timeoutMs, error);
        };
    }
    return step;
}

QByteArray bundle(const QList<BackedUpFile> &files)
{
    QJsonArray list;
    for (const BackedUpFile &f : files) {
        QJsonObject o;
        o.insert(QStringLiteral("path"), f.path);
        o.insert(QStringLiteral("existed"), f.existed);
        o.insert(QStringLiteral("content"), f.existed ? QJsonValue(QString::fromUtf8(f.content)) : QJsonValue());
        list.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("firewall-wizard-backup"));
    root.insert(QStringLiteral("files"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool readBundle(const QByteArray &data, QList<BackedUpFile> *files)
{
    const QJsonObject root = QJsonDocument::fromJson(data).object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("firewall-wizard-backup"))
        return false;
    files->clear();
    const QJsonArray list = root.value(QStringLiteral("files")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        *files << BackedUpFile {o.value(QStringLiteral("path")).toString(), o.value(QStringLiteral("existed")).toBool(),
            o.value(QStringLiteral("content")).toString().toUtf8()};
    }
    return true;
}

bool isRestorablePath(const QString &path)
{
    // A name of one path component: letters, digits, "_", "-", "+", "." but no ".." and no leading dot.
    static const QRegularExpression allowed(QStringLiteral("^(/etc/firewalld/zones/[A-Za-z0-9_+-][A-Za-z0-9_.+-]*\\.xml"
                                                           "|/etc/firewalld/services/fwwizard-[a-z0-9-]+\\.xml"
                                                           "|/etc/ufw/user6?\\.rules"
                                                           "|/etc/ufw/applications\\.d/fwwizard-[a-z0-9-]+)$"));
    return QDir::cleanPath(path) == path && !path.contains(QLatin1String("..")) && allowed.match(path).hasMatch();
}

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

bool writeBackup(Host &host, const QString &backupPath, const QByteArray &data, QString *digest, QString *error)
{
    if (!host.writeFile(backupPath, data, error))
        return false;
    QByteArray back;
    if (!host.readFile(backupPath, &back) || back != data) {
        *error = Tr::tr("the backup %1 does not read back as written").arg(backupPath);
        return false;
    }
    *digest = sha256(data);
    return true;
}

bool readVerifiedBackup(Host &host, const AppliedEntry &entry, QByteArray *data, QString *error)
{
    if (entry.backupPath.isEmpty() || !host.readFile(entry.backupPath, data)) {
        *error = Tr::tr("the backup %1 cannot be read").arg(entry.backupPath);
        return false;
    }
    if (entry.backupSha256.isEmpty()) {
        *error = Tr::tr("the record keeps no checksum of the backup %1, so it is not loaded").arg(entry.backupPath);
        return false;
    }
    if (sha256(*data) != entry.backupSha256) {
        *error = Tr::tr("the backup %1 is not the one this program wrote (its SHA-256 differs from the record's), so "
                        "it is not loaded")
                     .arg(entry.backupPath);
        return false;
    }
    return true;
}

bool readVerifiedBundle(Host &host, const AppliedEntry &entry, QList<BackedUpFile> *files, QString *error)
{
    QByteArray data;
    if (!readVerifiedBackup(host, entry, &data, error))
        return false;
    if (!readBundle(data, files)) {
        *error = Tr::tr("the backup %1 cannot be read").arg(entry.backupPath);
        return false;
    }
    return true;
}

PreparedChange restoreBackup(Host &host, BackendId backend, const AppliedEntry &entry,
    const std::function<Step(const QByteArray &backup)> &restoreStep)
{
    PreparedChange change;
    change.backend = backend;
    QByteArray backup;
    QString error;
    if (!readVerifiedBackup(host, entry, &backup, &error))
        change.problems << error;
    else
        change.steps << restoreStep(backup);
    return change;
}

PreparedChange restoreFiles(Host &host, BackendId backend, const AppliedEntry &entry, const QString &folder,
    const RestoreTexts &texts, const QStringList &reload)
{
    PreparedChange change;
    change.backend = backend;
    QList<BackedUpFile> files;
    QString error;
    if (!readVerifiedBundle(host, entry, &files, &error)) {
        change.problems << error;
        return change;
    }
    QStringList paths;
    for (const BackedUpFile &f : std::as_const(files)) {
        if (!isRestorablePath(f.path) || !f.path.startsWith(folder)) {
            change.problems << texts.foreignFile.arg(entry.backupPath, f.path);
            return change;
        }
        paths << f.path;
    }
    Step restore;
    restore.id = QStringLiteral("restore");
    restore.description = texts.step;
    restore.preview = Tr::tr("restore %1 from %2").arg(paths.join(QLatin1Char(' ')), entry.backupPath);
    restore.run = [files](Host &h, QString *error) { return putBack(h, files, error); };
    change.steps << restore;
    if (!reload.isEmpty())
        change.steps << command(QStringLiteral("reload"), texts.reload, reload.first(), reload.mid(1));
    return change;
}

Step backupFiles(const QStringList &paths, const QString &backupPath, const std::shared_ptr<QString> &digest)
{
    Step step;
    step.id = QStringLiteral("backup");
    step.description = Tr::tr("Save %1 to %2").arg(paths.join(QStringLiteral(", ")), backupPath);
    step.preview = Tr::tr("save %1 to %2").arg(paths.join(QStringLiteral(" ")), backupPath);
    step.run = [paths, backupPath, digest](Host &host, QString *error) {
        QList<BackedUpFile> files;
        for (const QString &path : paths) {
            BackedUpFile f;
            f.path = path;
            f.existed = host.exists(path);
            if (f.existed && !host.readFile(path, &f.content)) {
                *error = Tr::tr("cannot read %1").arg(path);
                return false;
            }
            files << f;
        }
        return writeBackup(host, backupPath, bundle(files), digest.get(), error);
    };
    return step;
}

bool putBack(Host &host, const QList<BackedUpFile> &files, QString *error)
{
    for (const BackedUpFile &f : files) {
        if (!isRestorablePath(f.path)) {
            *error = Tr::tr("the backup names %1, which is none of the files this program backs up; nothing was put "
                            "back")
                         .arg(f.path);
            return false;
        }
    }
    for (const BackedUpFile &f : files) {
        if (!(f.existed ? host.writeFile(f.path, f.content, error) : host.removeFile(f.path, error)))
            return false;
    }
    return true;
}

Step writeFile(const QString &id, const QString &description, const QString &path, const QByteArray &content,
    const QStringList &afterUndo)
{
    Step step;
    step.id = id;
    step.description = description;
    step.preview = QStringLiteral("cat > %1 <<'EOF'\n%2EOF").arg(path, QString::fromUtf8(content));
    // What is there now is read when the step runs, not when it is prepared: that is what the undo must put back.
    auto old = std::make_shared<BackedUpFile>();
    step.run = [path, content, old](Host &host, QString *error) {
        old->path = path;
        old->existed = host.exists(path);
        if (old->existed && !host.readFile(path, &old->content)) {
            *error = Tr::tr("cannot read %1").arg(path);
            return false;
        }
        return host.writeFile(path, content, error);
    };
    step.undo = [old, afterUndo](Host &host, QString *error) {
        if (!putBack(host, {*old}, error))
            return false;
        return afterUndo.isEmpty() || runChecked(host, afterUndo.first(), afterUndo.mid(1), 120000, error);
    };
    return step;
}

} // namespace fw::steps

namespace fw {

QStringList appliedRuleLines(const Plan &plan, BackendId backend, const QList<Direction> &directions)
{
    QStringList lines;
    for (const PlanRule &rule : plan.rules) {
        if (!directions.contains(rule.direction))
            continue;
        const bool windows = backend == BackendId::Windows;
        if (!windows && !hasPorts(rule))
            continue;
        QString what = protocolId(rule.protocol) + QLatin1Char(' ') + portsToString(rule.ports);
        if (!rule.program.isEmpty() && windows)
            what += QLatin1Char(' ') + rule.program;
        lines << directionId(rule.direction) + QLatin1Char(' ') + what + QStringLiteral(" (") + rule.id
                + QLatin1Char(')');
    }
    return lines;
}

} // namespace fw
