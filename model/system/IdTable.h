#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstddef>

namespace fw {

/// One row of a table that names the values of an enum: the value and its id, the fixed word that files, JSON and
/// the command line use for it. The helpers below read only the rows' `value` and `id`, so a table may have rows
/// with more columns.
template<typename E>
struct IdName
{
    E value;
    const char *id; ///< ASCII
};

/// The row of @p table for @p value; nullptr where the table has none.
template<typename Row, std::size_t N, typename E>
const Row *rowOf(const Row (&table)[N], E value)
{
    for (const Row &row : table) {
        if (row.value == value)
            return &row;
    }
    return nullptr;
}

/// The id of @p value in @p table; empty where the table does not name it.
template<typename Row, std::size_t N, typename E>
QString idOf(const Row (&table)[N], E value)
{
    const Row *row = rowOf(table, value);
    return row ? QString::fromLatin1(row->id) : QString();
}

/// The row of @p table whose id is @p id; nullptr where none is.
template<typename Row, std::size_t N>
const Row *rowWithId(const Row (&table)[N], QStringView id)
{
    for (const Row &row : table) {
        if (id == QLatin1String(row.id))
            return &row;
    }
    return nullptr;
}

/// The value whose id is @p id in @p table; @p fallback where none is.
template<typename Row, std::size_t N, typename E>
E fromId(const Row (&table)[N], QStringView id, E fallback)
{
    const Row *row = rowWithId(table, id);
    return row ? row->value : fallback;
}

/// Every id of @p table, in the table's order.
template<typename Row, std::size_t N>
QStringList idsOf(const Row (&table)[N])
{
    QStringList ids;
    for (const Row &row : table)
        ids << QString::fromLatin1(row.id);
    return ids;
}

} // namespace fw
