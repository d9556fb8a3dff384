#include "AppliedRecord.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include "system/Paths.h"
#include "system/Tr.h"

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace fw {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::AppliedRecord)
}

#ifdef Q_OS_UNIX
QString userName(uid_t uid)
{
    // getpwuid_r: the wizard may call this while another thread resolves names.
    struct passwd entry;
    struct passwd *found = nullptr;
    char buffer[4096];
    if (getpwuid_r(uid, &entry, buffer, sizeof buffer, &found) == 0 && found)
        return QString::fromLocal8Bit(found->pw_name);
    return QStringLiteral("uid %1").arg(uid);
}
#endif

} // namespace

bool isRecordId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return id.size() <= 100 && pattern.match(id).hasMatch();
}

bool isBackupPath(const QString &path, const QString &stateFolder)
{
    static const QRegularExpression name(
        QStringLiteral("^[0-9]{8}-[0-9]{6}-[0-9]{3}-(nftables|firewalld|ufw|windows)\\.(nft|json|wfw)$"));
    const QFileInfo info(path);
    return info.isAbsolute() && QDir::cleanPath(info.absolutePath()) == QDir::cleanPath(paths::backupDir(stateFolder))
        && name.match(info.fileName()).hasMatch();
}

QString applyingUser()
{
#ifdef Q_OS_UNIX
    QString user = userName(geteuid());
    if (qEnvironmentVariableIsSet("SUDO_USER"))
        user += QStringLiteral(" (sudo by %1)").arg(qEnvironmentVariable("SUDO_USER"));
    else if (qEnvironmentVariableIsSet("PKEXEC_UID"))
        user += QStringLiteral(" (pkexec by %1)").arg(userName(uid_t(qEnvironmentVariable("PKEXEC_UID").toUInt())));
    return user;
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

const AppliedEntry *AppliedRecord::find(BackendId backend, const QString &product, const QString &role) const
{
    for (const AppliedEntry &e : entries) {
        if (e.backend == backend && e.product == product && e.role == role)
            return &e;
    }
    return nullptr;
}

AppliedRecord AppliedRecord::with(const AppliedEntry &entry) const
{
    AppliedRecord record;
    bool replaced = false;
    for (const AppliedEntry &e : entries) {
        if (e.sameTarget(entry)) {
            record.entries << entry;
            replaced = true;
        } else {
            record.entries << e;
        }
    }
    if (!replaced)
        record.entries << entry;
    return record;
}

AppliedRecord AppliedRecord::without(BackendId backend) const
{
    AppliedRecord record;
    for (const AppliedEntry &e : entries) {
        if (backend != BackendId::Invalid && e.backend != backend)
            record.entries << e;
    }
    return record;
}

QByteArray AppliedRecord::toJson() const
{
    QJsonArray list;
    for (const AppliedEntry &e : entries) {
        QJsonObject o;
        o.insert(QStringLiteral("backend"), backendIdString(e.backend));
        o.insert(QStringLiteral("product"), e.product);
        o.insert(QStringLiteral("role"), e.role);
        o.insert(QStringLiteral("deployment"), e.deployment.isEmpty() ? QJsonValue() : QJsonValue(e.deployment));
        o.insert(QStringLiteral("version"), e.version.isEmpty() ? QJsonValue() : QJsonValue(e.version));
        o.insert(QStringLiteral("title"), e.title);
        o.insert(QStringLiteral("planFile"), QString::fromUtf8(e.planFile));
        o.insert(QStringLiteral("rules"), QJsonArray::fromStringList(e.rules));
        o.insert(QStringLiteral("appliedAt"), e.appliedAt.toUTC().toString(Qt::ISODateWithMs));
        o.insert(QStringLiteral("user"), e.user);
        o.insert(QStringLiteral("backup"), e.backupPath.isEmpty() ? QJsonValue() : QJsonValue(e.backupPath));
        o.insert(QStringLiteral("backupSha256"), e.backupSha256.isEmpty() ? QJsonValue() : QJsonValue(e.backupSha256));
        o.insert(QStringLiteral("objects"), e.objects);
        list.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("firewall-wizard-applied"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("entries"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool AppliedRecord::read(
    Host &host, const QString &path, const EntryCheck &checkNames, AppliedRecord *record, QString *error, bool *damaged)
{
    *record = AppliedRecord();
    bool ignored = false;
    if (!damaged)
        damaged = &ignored;
    *damaged = false;
    if (!host.exists(path))
        return true;
    QByteArray data;
    if (!host.readFile(path, &data)) {
        *error = Tr::tr("cannot read %1").arg(path);
        return false;
    }
    *damaged = true;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        *error = Tr::tr("%1 is not a record of this program: %2").arg(path, parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("firewall-wizard-applied")
        || root.value(QStringLiteral("version")).toInt() != 1) {
        *error = Tr::tr("%1 is not a record of this program, or one of another version").arg(path);
        return false;
    }
    const QJsonArray list = root.value(QStringLiteral("entries")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        AppliedEntry e;
        e.backend = backendFromString(o.value(QStringLiteral("backend")).toString());
        e.product = o.value(QStringLiteral("product")).toString();
        e.role = o.value(QStringLiteral("role")).toString();
        e.deployment = o.value(QStringLiteral("deployment")).toString();
        e.version = o.value(QStringLiteral("version")).toString();
        e.title = o.value(QStringLiteral("title")).toString();
        e.planFile = o.value(QStringLiteral("planFile")).toString().toUtf8();
        const QJsonArray rules = o.value(QStringLiteral("rules")).toArray();
        for (const QJsonValue &r : rules)
            e.rules << r.toString();
        e.appliedAt = QDateTime::fromString(o.value(QStringLiteral("appliedAt")).toString(), Qt::ISODateWithMs);
        e.user = o.value(QStringLiteral("user")).toString();
        e.backupPath = o.value(QStringLiteral("backup")).toString();
        e.backupSha256 = o.value(QStringLiteral("backupSha256")).toString();
        e.objects = o.value(QStringLiteral("objects")).toObject();
        if (e.backend == BackendId::Invalid || e.product.isEmpty() || e.role.isEmpty()) {
            *error = Tr::tr("%1: an entry without back end, product or role").arg(path);
            return false;
        }
        // Root acts on what the record names: every name must be one that this program gives its own objects.
        QString problem;
        static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{64}$"));
        if (!isRecordId(e.product) || !isRecordId(e.role))
            problem = Tr::tr("the product or role \"%1/%2\" is no catalog id").arg(e.product, e.role);
        else if (!e.backupPath.isEmpty() && !isBackupPath(e.backupPath, QFileInfo(path).absolutePath()))
            problem = Tr::tr("the backup %1 is not one of this program's backups in %2")
                          .arg(e.backupPath, paths::backupDir(QFileInfo(path).absolutePath()));
        else if (!e.backupSha256.isEmpty() && !sha.match(e.backupSha256).hasMatch())
            problem = Tr::tr("the backup's checksum \"%1\" is no SHA-256").arg(e.backupSha256);
        else if (checkNames)
            problem = checkNames(e);
        if (!problem.isEmpty()) {
            *error = Tr::tr("%1: the entry for %2/%3 (%4): %5")
                         .arg(path, e.product, e.role, backendIdString(e.backend), problem);
            return false;
        }
        record->entries << e;
    }
    *damaged = false;
    return true;
}

} // namespace fw
