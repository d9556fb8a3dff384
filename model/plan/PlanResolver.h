#pragma once

#include "Plan.h"
#include "Selection.h"
#include "catalog/Catalog.h"
#include "catalog/ValueCheck.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fw {

/// A problem with a selection or one of its values.
struct SelectionProblem
{
    enum class Code {
        Invalid,
        MissingProduct,          ///< no args
        UnknownProduct,          ///< args: id, known ids
        MissingRole,             ///< args: known ids
        UnknownRole,             ///< args: id, known ids
        MissingVersion,          ///< args: known ids
        UnknownVersion,          ///< args: id, known ids
        VersionNotApplicable,    ///< args: product
        MissingDeployment,       ///< args: known ids
        UnknownDeployment,       ///< args: id, known ids
        DeploymentNotApplicable, ///< args: product
        UnknownOption,           ///< args: id, known ids
        OptionNotApplicable,     ///< args: id
        UnknownValue,            ///< args: name, known names
        ValueNotApplicable,      ///< args: name
        MissingValue,            ///< args: name
        InvalidValue,            ///< args: name, value; reason in valueProblem
    };
    Code code = Code::Invalid;
    QStringList args;
    ValueReason reason = ValueReason::Invalid; ///< for InvalidValue
    QString detail;

    /// A translated message in the current language, e.g. "--set lmgrd-port=70000: 70000 is not a port (1-65535)".
    QString toString() const;
};

using SelectionProblems = QList<SelectionProblem>;

/// Resolves @p selection against @p catalog into a plan. On any problem returns false and fills @p problems
/// (every problem, not just the first). Rules that would allow exactly the same connections (say two port values
/// given the same port) are kept once, with an advice note naming them, in the current language.
bool resolvePlan(const Catalog &catalog, const Selection &selection, Plan &plan, SelectionProblems &problems);
/// The same for one product already looked up.
bool resolvePlan(const Product &product, const Selection &selection, Plan &plan, SelectionProblems &problems);

/// Which values the selection asks for (their `when` holds), in catalog order.
QList<const ValueDef *> applicableValues(const Product &product, const Selection &selection);
/// Which options the selection can choose from (their `when` holds), in catalog order.
QList<const OptionDef *> applicableOptions(const Product &product, const Selection &selection);

} // namespace fw
