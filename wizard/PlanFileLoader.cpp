#include "PlanFileLoader.h"

#include "catalog/Catalog.h"
#include "catalog/JsonTree.h"
#include "plan/PlanFile.h"
#include "plan/PlanResolver.h"
#include "system/InputFile.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace fw {

namespace {

/// The translation context of this file's texts: call Tr::tr(). lupdate reads the context from the macro, while
/// a free tr() wrapper's context stays hidden from it (tests/app/tst_i18n.cpp checks).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(fw::PlanFileLoader)
};

/// Where a field of the file stands, for messages: the value of @p path ("role", "options[1]", "values.server"),
/// or the object itself when the field is not there.
struct Place
{
    int line = 0;
    int column = 0;
};

class Places
{
public:
    explicit Places(const QByteArray &data) : m_data(data)
    {
        JsonError error;
        m_ok = parseJson(m_data, m_root, error) && m_root.type == JsonNode::Type::Object;
    }

    Place member(const char *name) const
    {
        if (!m_ok)
            return {};
        if (const JsonNode *node = m_root.member(name))
            return {node->line, node->column};
        return {m_root.line, m_root.column};
    }

    /// The option @p id in the "options" list; its index goes to @p index.
    Place option(const QString &id, int *index) const
    {
        const JsonNode *options = m_ok ? m_root.member("options") : nullptr;
        if (options && options->type == JsonNode::Type::Array) {
            for (size_t i = 0; i < options->items.size(); ++i) {
                if (options->items[i].string == id) {
                    *index = int(i);
                    return {options->items[i].line, options->items[i].column};
                }
            }
        }
        *index = -1;
        return member("options");
    }

    /// The value named @p name in the "values" object.
    Place value(const QString &name) const
    {
        const JsonNode *values = m_ok ? m_root.member("values") : nullptr;
        if (values && values->type == JsonNode::Type::Object) {
            for (const JsonMember &m : values->members) {
                if (QString::fromUtf8(m.key) == name)
                    return {m.value.line, m.value.column};
            }
        }
        return member("values");
    }

private:
    // parseJson's keys refer to these bytes, so the tree must not outlive them.
    QByteArray m_data;
    JsonNode m_root;
    bool m_ok = false;
};

QString problemAt(const QString &file, Place place, const QString &path, const QString &message)
{
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
    if (!planfile::read(data, fileName, opened.selection, fileProblems)) {
        for (const PlanFileProblem &p : fileProblems)
            opened.problems << p.toString();
        opened.selection = {};
        return opened;
    }
    const Places places(data);
    const Product *product = catalog.product(opened.selection.product);
    if (!product) {
        const QString message = opened.selection.product.isEmpty()
            ? Tr::tr("the file names no product")
            : Tr::tr("unknown product '%1' (this catalog has: %2)")
                  .arg(opened.selection.product, catalog.productIds().join(QStringLiteral(", ")));
        opened.problems << problemAt(fileName, places.member("product"), QStringLiteral("product"), message);
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
        Place place;
        QString path;
        switch (p.code) {
        case Code::MissingVersion:
        case Code::UnknownVersion:
        case Code::VersionNotApplicable:
            path = QStringLiteral("version");
            place = places.member("version");
            break;
        case Code::MissingRole:
        case Code::UnknownRole:
            path = QStringLiteral("role");
            place = places.member("role");
            break;
        case Code::MissingDeployment:
        case Code::UnknownDeployment:
        case Code::DeploymentNotApplicable:
            path = QStringLiteral("deployment");
            place = places.member("deployment");
            break;
        case Code::UnknownOption:
        case Code::OptionNotApplicable: {
            int index = -1;
            place = places.option(p.args.value(0), &index);
            path = index >= 0 ? QStringLiteral("options[%1]").arg(index) : QStringLiteral("options");
            break;
        }
        case Code::UnknownValue:
        case Code::ValueNotApplicable:
        case Code::InvalidValue:
            path = QStringLiteral("values.") + p.args.value(0);
            place = places.value(p.args.value(0));
            break;
        case Code::MissingValue:
            path = QStringLiteral("values");
            place = places.member("values");
            break;
        default:
            place = places.member("product");
            break;
        }
        opened.problems << problemAt(fileName, place, path, describe(p));
    }
    opened.firstPage = static_cast<PageId>(first);
    return opened;
}

} // namespace fw
