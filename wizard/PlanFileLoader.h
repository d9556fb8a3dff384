#pragma once

#include "PageId.h"
#include "plan/Selection.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fw {

class Catalog;

/// A plan file read for the wizard: what to load, where the admin should continue, and what did not fit.
struct OpenedPlan
{
    /// False: the file cannot be used at all (unreadable, not JSON, another format version, unknown product) and
    /// nothing may change; problems say why.
    bool usable = false;
    Selection selection;
    /// The first page whose choice the file leaves missing or invalid; Review when the plan is complete.
    PageId firstPage = PageId::Review;
    /// Translated, one per problem, each naming the file and the place ("site.fwplan:3:13: role: ...").
    QStringList problems;
};

/// Reads the plan file @p path and checks its choices against @p catalog. Choices the catalog does not know are
/// reported (the wizard leaves them out and asks again on their page); a file whose product is unknown is refused.
OpenedPlan readPlanForWizard(const Catalog &catalog, const QString &path);
/// The same for a file's contents already read; @p fileName is how messages name it.
OpenedPlan readPlanForWizard(const Catalog &catalog, const QByteArray &data, const QString &fileName);

} // namespace fw
