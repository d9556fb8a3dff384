#include "CatalogProblem.h"

#include "system/TextArgs.h"
#include "system/Tr.h"

#include <QCoreApplication>

namespace fw {

namespace {
namespace Tr {
FW_TR_CONTEXT(fw::CatalogProblem)
}

/// The message of a problem with @p code, translated, with %1 and %2 where its arguments go.
QString messageText(CatalogProblem::Code code)
{
    using Code = CatalogProblem::Code;
    switch (code) {
    case Code::Invalid:
        break;
    case Code::CannotRead:
        return Tr::tr("cannot read the file: %1");
    case Code::NoSuchFolder:
        return Tr::tr("catalog folder not found");
    case Code::CannotReadFolder:
        return Tr::tr("catalog folder not read: %1");
    case Code::JsonSyntax:
        return Tr::tr("not valid JSON: %1");
    case Code::UnsupportedFormat:
        return Tr::tr("format %1 is not supported (this program reads format 1)");
    case Code::MissingField:
        return Tr::tr("required field '%1' is missing");
    case Code::UnknownField:
        return Tr::tr("unknown field '%1'");
    case Code::WrongType:
        return Tr::tr("expected %1, found %2");
    case Code::BadId:
        return Tr::tr("'%1' is not a valid id (lower-case letters, digits and hyphens)");
    case Code::DuplicateId:
        return Tr::tr("duplicate id '%1' (first used at %2)");
    case Code::DuplicateProduct:
        return Tr::tr("product '%1' is already defined in %2; this file is skipped");
    case Code::DuplicateKey:
        return Tr::tr("field '%1' appears twice");
    case Code::MissingTranslation:
        return Tr::tr("the '%1' translation is missing");
    case Code::EmptyText:
        return Tr::tr("the '%1' text is empty");
    case Code::BadEnum:
        return Tr::tr("'%1' is not one of: %2");
    case Code::PortOutOfRange:
        return Tr::tr("%1 is not a port (1-65535)");
    case Code::BadPortRange:
        return Tr::tr("'%1' is not a port range (write \"FROM-TO\" with 1 <= FROM <= TO <= 65535)");
    case Code::UnknownReference:
        return Tr::tr("unknown %1 '%2'");
    case Code::WrongValueType:
        return Tr::tr("value '%1' is not of type %2");
    case Code::BadPlaceholder:
        return Tr::tr("unknown placeholder '%1'");
    case Code::BadHost:
        return Tr::tr("'%1' is not a host name or address");
    case Code::BadValue:
        return Tr::tr("'%1' is not valid: %2");
    case Code::Inconsistent:
        return QStringLiteral("%1"); // the explanation itself
    case Code::NoRoles:
        return Tr::tr("a product needs at least one role");
    case Code::TooLong:
        return Tr::tr("the text is %1 characters long; at most %2 are allowed here");
    }
    return Tr::tr("unknown problem");
}

} // namespace

QString CatalogProblem::message() const
{
    return withArgs(messageText(code), args);
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
