#include "Table.h"

#include <QTest>

namespace fw::test {

void addTextTable(std::initializer_list<const char *> columns, std::initializer_list<TextRow> rows)
{
    for (const char *column : columns)
        QTest::addColumn<QString>(column);
    for (const TextRow &row : rows) {
        if (row.texts.size() != qsizetype(columns.size()))
            qFatal("table row \"%s\" has %lld texts for %lld columns", row.name, qlonglong(row.texts.size()),
                qlonglong(columns.size()));
        QTestData &data = QTest::newRow(row.name);
        for (const QString &text : row.texts)
            data << text;
    }
}

} // namespace fw::test
