#include "PlanFileLoader.h"

#include "catalog/Catalog.h"
#include "plan/PlanFile.h"
#include "plan/PlanResolver.h"
#include "system/InputFile.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace fw {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::PlanFileLoader)
}

/// The problem with the field @p path of the file, at its place (or where it would stand: in the object holding it).
/// A problem with the product as a whole (empty @p path) points at the product's id.
QString problemAt(const QString &file, const PlanFilePlaces &places, const QString &path, const QString &message)
{
    const PlanFilePlaces::Place place = places.at(path.isEmpty() ? QStringLiteral("product") : path);
    return PlanFileProblem {file, place.line, place.column, path, message}.toString();
}

PageId pageOf(SelectionProblem::Code code)
{
    using Code = SelectionProblem::Code;
    switch (code) {
    case Code::Invalid:
    case Code::MissingProduct:
    case Code::UnknownProduct:
    case Code::MissingVersion:
    case Code::UnknownVersion:
    case Code::VersionNotApplicable:
        return PageId::Product;
    case Code::MissingRole:
    case Code::UnknownRole:
        return PageId::Role;
    case Code::MissingDeployment:
    case Code::UnknownDeployment:
    case Code::DeploymentNotApplicable:
        return PageId::Deployment;
    case Code::UnknownOption:
    case Code::OptionNotApplicable:
    case Code::UnknownValue:
    case Code::ValueNotApplicable:
    case Code::MissingValue:
    case Code::InvalidValue:
        return PageId::Options;
    }
    return PageId::Options;
}

/// The problem as the wizard says it: the model's words where they fit, the wizard's own where the model's
/// would point to a command-line flag.
QString describe(const SelectionProblem &p)
{
    using Code = SelectionProblem::Code;
    switch (p.code) {
    case Code::MissingVersion:
        return Tr::tr("the file names no version; choose it on the Product page");
    case Code::MissingRole:
        return Tr::tr("the file names no role; choose it on the Role page");
    case Code::MissingDeployment:
        return Tr::tr("the file names no deployment; choose it on the Deployment page");
    case Code::MissingValue:
        return Tr::tr("the file gives no value for '%1'; enter it on the Options page").arg(p.args.value(0));
    default:
        return p.toString();
    }
}

} // namespace

OpenedPlan readPlanForWizard(const Catalog &catalog, const QString &path)
{
    QByteArray data;
    QString error;
    if (!inputfile::read(path, inputfile::kPlanFileCap, &data, &error)) {
        OpenedPlan opened;
        opened.problems << Tr::tr("%1: cannot be read: %2").arg(path, error);
        return opened;
    }
    return readPlanForWizard(catalog, data, path);
}

OpenedPlan readPlanForWizard(const Catalog &catalog, const QByteArray &data, const QString &fileName)
{
    OpenedPlan opened;
    QList<PlanFileProblem> fileProblems;
    PlanFilePlaces places;
    if (!planfile::read(data, fileName, opened.selection, fileProblems, &places)) {
        for (const PlanFileProblem &p : fileProblems)
            opened.problems << p.toString();
        opened.selection = {};
        return opened;
    }
    const Product *product = catalog.product(opened.selection.product);
    if (!product) {
        const QString message = opened.selection.product.isEmpty()
            ? Tr::tr("the file names no product")
            : Tr::tr("unknown product '%1' (this catalog has: %2)")
                  .arg(opened.selection.product, catalog.productIds().join(QStringLiteral(", ")));
        opened.problems << problemAt(fileName, places, QStringLiteral("product"), message);
        opened.selection = {};
        return opened;
    }
    opened.usable = true;

    Plan plan;
    SelectionProblems problems;
    if (resolvePlan(catalog, opened.selection, plan, problems))
        return opened;
    int first = toInt(PageId::Review);
    for (const SelectionProblem &p : std::as_const(problems)) {
        using Code = SelectionProblem::Code;
        first = std::min(first, toInt(pageOf(p.code)));
        QString path;
        switch (p.code) {
        case Code::MissingVersion:
        case Code::UnknownVersion:
        case Code::VersionNotApplicable:
            path = QStringLiteral("version");
            break;
        case Code::MissingRole:
        case Code::UnknownRole:
            path = QStringLiteral("role");
            break;
        case Code::MissingDeployment:
        case Code::UnknownDeployment:
        case Code::DeploymentNotApplicable:
            path = QStringLiteral("deployment");
            break;
        case Code::UnknownOption:
        case Code::OptionNotApplicable: {
            const qsizetype index = opened.selection.options.indexOf(p.args.value(0));
            path = index >= 0 ? QStringLiteral("options[%1]").arg(index) : QStringLiteral("options");
            break;
        }
        case Code::UnknownValue:
        case Code::ValueNotApplicable:
        case Code::InvalidValue:
            path = QStringLiteral("values.") + p.args.value(0);
            break;
        case Code::MissingValue:
            path = QStringLiteral("values");
            break;
        default:
            break;
        }
        opened.problems << problemAt(fileName, places, path, describe(p));
    }
    opened.firstPage = static_cast<PageId>(first);
    return opened;
}

} // namespace fw
