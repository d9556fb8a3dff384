#pragma once

// A QTest data table whose columns are all texts, written one row a line: addTextTable({"text", "expected"},
// {{"plain", {"a b", "'a b'"}}, ...}) in a test's _data() function.
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace fw::test {

/// One row of a table of texts: its name (QTest's data tag) and one text per column.
struct TextRow
{
    const char *name;
    QStringList texts;
};

/// Adds a QString column for each of @p columns (string literals: QTest keeps the pointers) and then @p rows. A row
/// with another number of texts than there are columns is a mistake in the table: the program stops, naming it.
void addTextTable(std::initializer_list<const char *> columns, std::initializer_list<TextRow> rows);

} // namespace fw::test
