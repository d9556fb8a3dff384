#pragma once

// The selections a catalog offers, for tests and benchmarks that go through all of them.
#include "catalog/Catalog.h"
#include "plan/Selection.h"

#include <QList>
#include <QString>

namespace fw::test {

/// A selection and its name, "product-version-role-deployment" (an empty part stays empty: "a--server-").
struct NamedSelection
{
    QString name;
    Selection selection;
};

/// Every role x version x deployment of each built-in product of @p catalog, in the catalog's order: every version
/// where @p withVersions, else only the last (the newest) one; no version or deployment where the product has none.
/// No options and no values: each caller adds what it needs (applicableOptions(), applicableValues()).
QList<NamedSelection> builtInSelections(const Catalog &catalog, bool withVersions);

/// Every selection of builtInSelections(@p catalog, true), each followed by one copy for each option that applies to
/// it (applicableOptions()) with that option chosen alone.
QList<Selection> builtInSelectionsWithEachOption(const Catalog &catalog);

} // namespace fw::test
