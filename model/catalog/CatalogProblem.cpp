#include "CatalogProblem.h"

#include <QCoreApplication>

namespace fw {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("fw::CatalogProblem", text);
}
QString arg(const QStringList &args, int i)
{
    return i < args.size() ? args.at(i) : QString();
}
} // namespace

QString CatalogProblem::message() const
{
    const QString a0 = arg(args, 0);
    const QString a1 = arg(args, 1);
    switch (code) {
    case Code::Invalid:
        break;
    case Code::CannotRead:
        return tr("cannot read the file: %1").arg(a0);
    case Code::NoSuchFolder:
        return tr("catalog folder not found");
    case Code::JsonSyntax:
        return tr("not valid JSON: %1").arg(a0);
    case Code::UnsupportedFormat:
        return tr("format %1 is not supported (this program reads format 1)").arg(a0);
    case Code::MissingField:
        return tr("required field '%1' is missing").arg(a0);
    case Code::UnknownField:
        return tr("unknown field '%1'").arg(a0);
    case Code::WrongType:
        return tr("expected %1, found %2").arg(a0, a1);
    case Code::BadId:
        return tr("'%1' is not a valid id (lower-case letters, digits and hyphens)").arg(a0);
    case Code::DuplicateId:
        return tr("duplicate id '%1' (first used at %2)").arg(a0, a1);
    case Code::DuplicateProduct:
        return tr("product '%1' is already defined in %2; this file is skipped").arg(a0, a1);
    case Code::DuplicateKey:
        return tr("field '%1' appears twice").arg(a0);
    case Code::MissingTranslation:
        return tr("the '%1' translation is missing").arg(a0);
    case Code::EmptyText:
        return tr("the '%1' text is empty").arg(a0);
    case Code::BadEnum:
        return tr("'%1' is not one of: %2").arg(a0, a1);
    case Code::PortOutOfRange:
        return tr("%1 is not a port (1-65535)").arg(a0);
    case Code::BadPortRange:
        return tr("'%1' is not a port range (write \"FROM-TO\" with 1 <= FROM <= TO <= 65535)").arg(a0);
    case Code::UnknownReference:
        return tr("unknown %1 '%2'").arg(a0, a1);
    case Code::WrongValueType:
        return tr("value '%1' is not of type %2").arg(a0, a1);
    case Code::BadPlaceholder:
        return tr("unknown placeholder '%1'").arg(a0);
    case Code::BadHost:
        return tr("'%1' is not a host name or address").arg(a0);
    case Code::BadValue:
        return tr("'%1' is not valid: %2").arg(a0, a1);
    case Code::Inconsistent:
        return a0;
    case Code::NoRoles:
        return tr("a product needs at least one role");
    }
    return tr("unknown problem");
}

QString CatalogProblem::toString() const
{
    QString where = file;
    if (line > 0)
        where += QStringLiteral(":%1:%2").arg(line).arg(column);
    if (!path.isEmpty())
        where += QStringLiteral(": ") + path;
    return where + QStringLiteral(": ") + message();
}

} // namespace fw
