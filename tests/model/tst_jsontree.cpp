#include "catalog/JsonTree.h"

#include <QTest>

using namespace fw;

class tst_JsonTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void positions()
    {
        const QByteArray json = "{\n  \"a\": [1, 2.5, \"x\"],\n  \"b\": {\"c\": true, \"d\": null}\n}\n";
        JsonNode root;
        JsonError error;
        QVERIFY(parseJson(json, root, error));
        QCOMPARE(root.type, JsonNode::Type::Object);
        const JsonNode *a = root.member("a");
        QVERIFY(a);
        QCOMPARE(a->line, 2);
        QCOMPARE(a->column, 8);
        QCOMPARE(int(a->items.size()), 3);
        QCOMPARE(a->items[0].column, 9);
        QVERIFY(a->items[0].integral);
        QVERIFY(!a->items[1].integral);
        QCOMPARE(a->items[1].number, 2.5);
        QCOMPARE(a->items[2].string, QStringLiteral("x"));
        const JsonNode *c = root.member("b")->member("c");
        QCOMPARE(c->line, 3);
        QCOMPARE(c->column, 14);
        QCOMPARE(root.members[1].key, QByteArray("b"));
        QCOMPARE(root.members[1].line, 3);
        QCOMPARE(root.members[1].column, 3);
    }

    void strings()
    {
        JsonNode root;
        JsonError error;
        QVERIFY(parseJson("[\"a\\\"b\\\\c\\/\\n\\t\", \"\\u00e9\\u20ac\", \"\\ud83d\\ude00\", \"\xc3\xa4\xc3\xb6\xc3\xbc\"]", root, error));
        QCOMPARE(root.items[0].string, QStringLiteral("a\"b\\c/\n\t"));
        QCOMPARE(root.items[1].string, QString::fromUtf8("é€"));
        QCOMPARE(root.items[2].string, QString::fromUtf8("\xF0\x9F\x98\x80"));
        QCOMPARE(root.items[3].string, QString::fromUtf8("äöü"));
    }

    void escapedKeys()
    {
        JsonNode root;
        JsonError error;
        QVERIFY(parseJson("{\"a\\u0062\": 1}", root, error));
        QVERIFY(root.member("ab"));
        QVERIFY(!parseJson("{\"ab\": 1, \"a\\u0062\": 2}", root, error));
        QCOMPARE(error.duplicateKey, QStringLiteral("ab"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing comma") << QByteArray("{\n  \"a\": 1\n  \"b\": 2\n}") << 3 << 3
                                       << QStringLiteral("expected ',' or '}', found '\"'");
        QTest::newRow("trailing comma") << QByteArray("[1, 2, ]") << 1 << 8
                                        << QStringLiteral("trailing comma before ']'");
        QTest::newRow("duplicate key") << QByteArray("{\"a\": 1,\n \"a\": 2}") << 2 << 2
                                       << QStringLiteral("duplicate field 'a'");
        QTest::newRow("unterminated") << QByteArray("[\"abc") << 1 << 6 << QStringLiteral("unterminated string");
        QTest::newRow("newline in string") << QByteArray("[\"a\nb\"]") << 1 << 4
                                           << QStringLiteral("line break inside a string (write \\n)");
        QTest::newRow("bad literal") << QByteArray("[tru]") << 1 << 2 << QStringLiteral("expected 'true'");
        QTest::newRow("garbage after") << QByteArray("{} x") << 1 << 4
                                       << QStringLiteral("unexpected text after the end of the document");
        QTest::newRow("empty") << QByteArray("") << 1 << 1 << QStringLiteral("expected a value, found the end of the file");
        QTest::newRow("leading zero") << QByteArray("[01]") << 1 << 3 << QStringLiteral("expected ',' or ']', found '1'");
        QTest::newRow("lone surrogate") << QByteArray("[\"\\udc00\"]") << 1 << 9
                                        << QStringLiteral("unpaired surrogate in \\u escape");
        QTest::newRow("bad utf-8") << QByteArray("{\"a\":\n  \"x\xc3\x28\"}") << 2 << 5 << QStringLiteral("invalid UTF-8 (byte 0xc3)");
        QTest::newRow("overlong utf-8") << QByteArray("[\"\xc0\xaf\"]") << 1 << 3 << QStringLiteral("invalid UTF-8 (byte 0xc0)");
        QTest::newRow("surrogate in utf-8") << QByteArray("[\"\xed\xa0\x80\"]") << 1 << 3 << QStringLiteral("invalid UTF-8 (byte 0xed)");
        QTest::newRow("too deep") << QByteArray(100, '[') << 1 << 66 << QStringLiteral("nested too deeply");
    }
    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        JsonNode root;
        JsonError error;
        QVERIFY(!parseJson(json, root, error));
        QCOMPARE(error.message, message);
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
    }
};

QTEST_GUILESS_MAIN(tst_JsonTree)
#include "tst_jsontree.moc"
