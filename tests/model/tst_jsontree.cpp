// parseJson (model/catalog/JsonTree): places as an editor shows them, every error with its place and message, duplicate
// keys, limits against hostile input, and a tree that owns its keys.
#include "catalog/JsonTree.h"

#include <QElapsedTimer>
#include <QTest>

#include <memory>

using namespace fw;

namespace {

/// The node at @p path: "/"-separated member names and item indexes ("rules/0/ports/1"); "" is the root.
const JsonNode *find(const JsonNode &root, const QString &path)
{
    const JsonNode *node = &root;
    const QStringList steps = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &step : steps) {
        bool index = false;
        const int i = step.toInt(&index);
        if (index)
            node = i < int(node->items.size()) ? &node->items[size_t(i)] : nullptr;
        else
            node = node->member(step.toUtf8());
        if (!node)
            return nullptr;
    }
    return node;
}

/// The member @p name of the object at @p path (for the place of its key).
const JsonMember *findMember(const JsonNode &root, const QString &path, const QByteArray &name)
{
    const JsonNode *node = find(root, path);
    if (!node)
        return nullptr;
    for (const JsonMember &m : node->members) {
        if (m.key == name)
            return &m;
    }
    return nullptr;
}

QByteArray repeated(const QByteArray &part, int count)
{
    return part.repeated(count);
}

/// parseJson()'s messages that several rows of errors_data() share, with what differs between the rows.
QString expectedValue(const char *found)
{
    return QStringLiteral("expected a value, found %1").arg(QString::fromUtf8(found));
}
QString invalidUtf8(int byte)
{
    return QStringLiteral("invalid UTF-8 (byte 0x%1)").arg(byte, 2, 16, QLatin1Char('0'));
}
const char *const loneHighSurrogate = "unpaired surrogate in \\u escape (a high surrogate without a low one)";
const char *const loneLowSurrogate = "unpaired surrogate in \\u escape (a low surrogate without a high one)";
const char *const tooLarge = "number too large (beyond the range of a double)";

} // namespace

class tst_JsonTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void positions_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        const QByteArray doc = "{\n  \"a\": [1, 2.5, \"x\"],\n  \"b\": {\"c\": true, \"d\": null}\n}\n";
        QTest::newRow("root") << doc << "" << 1 << 1;
        QTest::newRow("array") << doc << "a" << 2 << 8;
        QTest::newRow("item") << doc << "a/0" << 2 << 9;
        QTest::newRow("third item") << doc << "a/2" << 2 << 17;
        QTest::newRow("nested") << doc << "b/c" << 3 << 14;
        QTest::newRow("null") << doc << "b/d" << 3 << 25;
        // Columns count characters (code points), not bytes: what an editor shows.
        QTest::newRow("ü in a key") << QByteArray("{\"\xc3\xbc\": 1, \"x\": 2}") << "x" << 1 << 15;
        QTest::newRow("ñ in a string") << QByteArray("[\"\xc3\xb1"
                                                     "and\xc3\xba\", 3]")
                                       << "1" << 1 << 11;
        QTest::newRow("€ (3 bytes)") << QByteArray("[\"\xe2\x82\xac\", 3]") << "1" << 1 << 7;
        QTest::newRow("emoji (4 bytes, a UTF-16 surrogate pair): one column")
            << QByteArray("[\"\xf0\x9f\x98\x80\", 3]") << "1" << 1 << 7;
        QTest::newRow("combining mark: a column of its own") << QByteArray("[\"e\xcc\x81\", 3]") << "1" << 1 << 8;
        QTest::newRow("multibyte on the line before") << QByteArray("[\"\xc3\xbc\xc3\xbc\",\n 2]") << "1" << 2 << 2;
        QTest::newRow("byte order mark takes no column") << QByteArray("\xef\xbb\xbf[1]") << "0" << 1 << 2;
        QTest::newRow("byte order mark, next line") << QByteArray("\xef\xbb\xbf[\n1]") << "0" << 2 << 1;
        QTest::newRow("CRLF") << QByteArray("{\r\n  \"a\": 1\r\n}") << "a" << 2 << 8;
        QTest::newRow("tab is one column") << QByteArray("[\t1]") << "0" << 1 << 3;
        QTest::newRow("long line of ü") << ("[\"" + repeated("\xc3\xbc", 5000) + "\", 1]") << "1" << 1 << 5006;
        QTest::newRow("many values on one line")
            << ("[" + repeated("\"\xc3\xbc\",", 3000) + "7]") << "3000" << 1 << 2 + 3000 * 4;
    }
    void positions()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(int, column);
        JsonNode root;
        JsonError error;
        QVERIFY2(parseJson(json, root, error), qPrintable(error.message));
        const JsonNode *node = find(root, path);
        QVERIFY(node);
        QCOMPARE(node->line, line);
        QCOMPARE(node->column, column);
    }

    void keyPositions()
    {
        JsonNode root;
        JsonError error;
        QVERIFY(parseJson("{\"\xc3\xa4\": {\n\t\"\xf0\x9f\x98\x80\": 1, \"k\": 2}}", root, error));
        const JsonMember *emoji = findMember(root, QString::fromUtf8("\xc3\xa4"), "\xf0\x9f\x98\x80");
        QVERIFY(emoji);
        QCOMPARE(emoji->line, 2);
        QCOMPARE(emoji->column, 2);
        const JsonMember *k = findMember(root, QString::fromUtf8("\xc3\xa4"), "k");
        QVERIFY(k);
        QCOMPARE(k->column, 10);
        QCOMPARE(k->value.column, 15);
        QCOMPARE(root.members[0].key, QByteArray("\xc3\xa4"));
    }

    void values()
    {
        JsonNode root;
        JsonError error;
        QVERIFY(parseJson(
            "[true, false, null, 0, -0, 12, -7, 2.5, 1e2, 123456789012345678, 1e-400, \"s\", [], {}]", root, error));
        QCOMPARE(int(root.items.size()), 14);
        QCOMPARE(root.items[0].type, JsonNode::Type::Bool);
        QVERIFY(root.items[0].boolean);
        QVERIFY(!root.items[1].boolean);
        QCOMPARE(root.items[2].type, JsonNode::Type::Null);
        QCOMPARE(root.items[3].number, 0.0);
        QVERIFY(root.items[3].integral);
        QCOMPARE(root.items[4].string, QStringLiteral("-0"));
        QCOMPARE(root.items[5].number, 12.0);
        QVERIFY(root.items[5].integral);
        QCOMPARE(root.items[6].number, -7.0);
        QCOMPARE(root.items[7].number, 2.5);
        QVERIFY(!root.items[7].integral);
        QCOMPARE(root.items[8].number, 100.0);
        QVERIFY(!root.items[8].integral); // written with an exponent
        QVERIFY(!root.items[9].integral); // beyond what a double holds exactly
        QCOMPARE(root.items[9].string, QStringLiteral("123456789012345678"));
        QCOMPARE(root.items[10].number, 0.0); // an underflow is zero
        QCOMPARE(root.items[11].typeName(), QStringLiteral("string"));
        QCOMPARE(root.items[12].typeName(), QStringLiteral("array"));
        QCOMPARE(root.items[13].typeName(), QStringLiteral("object"));
    }

    void strings()
    {
        JsonNode root;
        JsonError error;
        QVERIFY(parseJson(
            "[\"a\\\"b\\\\c\\/\\n\\t\\b\\f\\r\", \"\\u00e9\\u20AC\", \"\\ud83d\\ude00\", \"\xc3\xa4\xc3\xb6\xc3\xbc\", "
            "\"x\\u0000y\", \"\"]",
            root, error));
        QCOMPARE(root.items[0].string, QStringLiteral("a\"b\\c/\n\t\b\f\r"));
        QCOMPARE(root.items[1].string, QString::fromUtf8("\xc3\xa9\xe2\x82\xac"));
        QCOMPARE(root.items[2].string, QString::fromUtf8("\xF0\x9F\x98\x80"));
        QCOMPARE(root.items[3].string, QString::fromUtf8("\xc3\xa4\xc3\xb6\xc3\xbc"));
        QCOMPARE(root.items[4].string, QString(QStringLiteral("x")) + QChar(0) + QStringLiteral("y"));
        QVERIFY(root.items[5].string.isEmpty());
        // U+FEFF at the start of a string is a character like any other (QString::fromUtf8() would drop it).
        QVERIFY(parseJson("[\"\xef\xbb\xbfx\", \"\\ufeffy\"]", root, error));
        QCOMPARE(root.items[0].string, QString(QChar(0xFEFF)) + QLatin1Char('x'));
        QCOMPARE(root.items[1].string, QString(QChar(0xFEFF)) + QLatin1Char('y'));
    }

    void escapedKeys()
    {
        JsonNode root;
        JsonError error;
        QVERIFY(parseJson("{\"a\\u0062\": 1, \"\\u00fc\": 2}", root, error));
        QVERIFY(root.member("ab"));
        QVERIFY(root.member("\xc3\xbc"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        /// A document parseJson() refuses, where (line and column as an editor counts them) and with what message.
        struct Row
        {
            const char *name;
            QByteArray json;
            int line;
            int column;
            QString message;
        };
        const Row rows[] = {
            // Structure
            {"missing comma", "{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3, "expected ',' or '}', found '\"'"},
            {"missing comma in array", "[1 2]", 1, 4, "expected ',' or ']', found '2'"},
            {"unclosed array", "[1,\n 2", 2, 3, "expected ',' or ']', found the end of the file"},
            {"trailing comma in array", "[1, 2, ]", 1, 6, "trailing comma before ']'"},
            {"trailing comma in object", "{\"\xc3\xbc\": 1,\n}", 1, 8, "trailing comma before '}'"},
            {"unquoted key", "{a: 1}", 1, 2, "expected a field name in double quotes, found 'a'"},
            {"missing colon", "{\"\xc3\xb1\" 1}", 1, 6, "expected ':' after the field name, found '1'"},
            {"garbage after", "{} x", 1, 4, "unexpected text after the end of the document"},
            {"two documents", "{}\n{}", 2, 1, "unexpected text after the end of the document"},
            // Values
            {"empty", "", 1, 1, expectedValue("the end of the file")},
            {"only a byte order mark", "\xef\xbb\xbf", 1, 1, expectedValue("the end of the file")},
            {"NUL byte", QByteArray("[\0]", 3), 1, 2, expectedValue("a control character (byte 0x00)")},
            {"NUL byte after ü", QByteArray("[\"\xc3\xbc\", \0]", 9), 1, 7,
                expectedValue("a control character (byte 0x00)")},
            {"byte order mark inside",
                QByteArray("[\xef\xbb\xbf"
                           "1]"),
                1, 2, expectedValue("the character U+FEFF")},
            {"non-ASCII letter", "[\"\xc3\xbc\", \xc3\xbc]", 1, 7, expectedValue("the character U+00FC")},
            {"emoji", "[\xf0\x9f\x98\x80]", 1, 2, expectedValue("the character U+1F600")},
            {"single quotes", "['a']", 1, 2, expectedValue("'''")},
            {"bad literal", "[tru]", 1, 2, "expected 'true'"},
            {"false", "[fals", 1, 2, "expected 'false'"},
            {"null", "[nul]", 1, 2, "expected 'null'"},
            {"capital True", "[True]", 1, 2, expectedValue("'T'")},
            // Numbers
            {"leading zero", "[01]", 1, 3, "expected ',' or ']', found '1'"},
            {"minus alone", "[-x]", 1, 3, "expected a digit after '-', found 'x'"},
            {"plus sign", "[+1]", 1, 2, expectedValue("'+'")},
            {"no fraction", "[1.]", 1, 4, "expected a digit after '.', found ']'"},
            {"no exponent", "[1e+]", 1, 5, "expected a digit in the exponent, found ']'"},
            {"huge exponent", "[\"\xc3\xa9\", 1e400]", 1, 7, tooLarge},
            {"huge negative", "[-1.5e999]", 1, 2, tooLarge},
            {"400 digits", "[" + QByteArray(400, '9') + "]", 1, 2, tooLarge},
            {"NaN", "[NaN]", 1, 2, expectedValue("'N'")},
            // Strings
            {"unterminated", "[\n  \"abc", 2, 3, "unterminated string (no closing '\"')"},
            {"unterminated after escape", "[\"\xc3\xbc\\n", 1, 2, "unterminated string (no closing '\"')"},
            {"newline in string", "[\"a\nb\"]", 1, 4, "line break inside a string (write \\n)"},
            {"tab in string", "[\"\xc3\xbc\tb\"]", 1, 4,
                "control character inside a string (byte 0x09; write \\u0009)"},
            {"NUL in string", QByteArray("[\"a\0\"]", 6), 1, 4,
                "control character inside a string (byte 0x00; write \\u0000)"},
            {"invalid escape", "[\"\xc3\xbc\\x\"]", 1, 4, "invalid escape: a backslash followed by 'x'"},
            {"backslash at the end", "[\"a\\", 1, 4, "invalid escape: a backslash followed by the end of the file"},
            {"short \\u", "[\"\\u12g4\"]", 1, 7, "expected four hexadecimal digits after \\u, found 'g'"},
            {"\\u at the end", "[\"\\u12", 1, 7,
                "expected four hexadecimal digits after \\u, found the end of the file"},
            {"lone low surrogate", "[\"\xc3\xbc\\udc00\"]", 1, 4, loneLowSurrogate},
            {"lone high surrogate", "[\"\\ud800\"]", 1, 3, loneHighSurrogate},
            {"high surrogate, then a letter", "[\"\\uD800x\"]", 1, 3, loneHighSurrogate},
            {"high surrogate, then no low one", "[\"\\ud800\\u0041\"]", 1, 9, loneHighSurrogate},
            {"two high surrogates", "{\"k\": \"\\ud83d\\ud83d\"}", 1, 14, loneHighSurrogate},
            {"lone surrogate in a key", "{\"\\udfff\": 1}", 1, 3, loneLowSurrogate},
            // UTF-8
            {"bad utf-8", "{\"a\":\n  \"x\xc3\x28\"}", 2, 5, invalidUtf8(0xc3)},
            {"bad utf-8 after ü", "[\"\xc3\xbc\", \"\xc3(\"]", 1, 8, invalidUtf8(0xc3)},
            {"bad utf-8 after an emoji", "[\"\xf0\x9f\x98\x80\xff\"]", 1, 4, invalidUtf8(0xff)},
            {"overlong utf-8", "[\"\xc0\xaf\"]", 1, 3, invalidUtf8(0xc0)},
            {"overlong 3 bytes", "[\"\xe0\x80\xaf\"]", 1, 3, invalidUtf8(0xe0)},
            {"surrogate in utf-8", "[\"\xed\xa0\x80\"]", 1, 3, invalidUtf8(0xed)},
            {"beyond U+10FFFF", "[\"\xf4\x90\x80\x80\"]", 1, 3, invalidUtf8(0xf4)},
            {"lone continuation byte", "\n [\x80]", 2, 3, invalidUtf8(0x80)},
            {"truncated at the end", "[\"\xe2\x82", 1, 3, invalidUtf8(0xe2)},
            {"Latin-1 file", "{\"name\": \"M\xfcller\"}", 1, 12, invalidUtf8(0xfc)},
            {"UTF-16 file", QByteArray("\xff\xfe[\0]\0", 6), 1, 1, invalidUtf8(0xff)},
            // Duplicate keys (more in duplicates())
            {"duplicate key", "{\"a\": 1,\n \"a\": 2}", 2, 2, "duplicate field 'a'"},
            // Limits
            {"too deep", QByteArray(100, '['), 1, 65, "nested more than 64 levels deep"},
            {"too deep, objects", QByteArray("{\"\xc3\xbc\":").repeated(65) + "1" + QByteArray(65, '}'), 1, 1 + 64 * 5,
                "nested more than 64 levels deep"},
        };
        for (const Row &row : rows)
            QTest::newRow(row.name) << row.json << row.line << row.column << row.message;
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
        QCOMPARE(root.type, JsonNode::Type::Null); // no half a tree
        QVERIFY(root.items.empty() && root.members.empty());
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
        QCOMPARE(error.duplicateKey.isEmpty(), !message.startsWith(QLatin1String("duplicate")));
    }

    void duplicates_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("key");
        QTest::newRow("top level") << QByteArray("{\"id\": 1, \"name\": 2, \"id\": 3}") << 1 << 22 << "id";
        QTest::newRow("in an object in an array")
            << QByteArray("{\"rules\": [\n  {\"id\": \"a\"},\n  {\"id\": \"b\", \"ports\": [1], \"id\": \"c\"}\n]}")
            << 3 << 29 << "id";
        QTest::newRow("three levels down")
            << QByteArray("{\"a\": {\"b\": [{\"c\": {\"x\": 1,\n\t\"\xc3\xbc\": 2, \"\xc3\xbc\": 3}}]}}") << 2 << 10
            << QString::fromUtf8("\xc3\xbc");
        QTest::newRow("written with an escape") << QByteArray("{\"ab\": 1, \"a\\u0062\": 2}") << 1 << 11 << "ab";
        QTest::newRow("emoji key") << QByteArray("{\"\xf0\x9f\x98\x80\": 1, \"\\ud83d\\ude00\": 2}") << 1 << 10
                                   << QString::fromUtf8("\xf0\x9f\x98\x80");
        QTest::newRow("empty key") << QByteArray("{\"\": 1, \"\": 2}") << 1 << 9 << "";
        QTest::newRow("after many keys") << ("{" +
            [] {
                QByteArray keys;
                for (int i = 0; i < 20000; ++i)
                    keys += "\"k" + QByteArray::number(i) + "\":0,\n";
                return keys;
            }()
            + "\"k12345\":1}") << 20001 << 1
                                         << "k12345";
    }
    void duplicates()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, key);
        JsonNode root;
        JsonError error;
        QVERIFY(!parseJson(json, root, error));
        QCOMPARE(error.duplicateKey, key.isEmpty() ? QString() : key);
        QCOMPARE(error.message, QStringLiteral("duplicate field '%1'").arg(key));
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
    }

    /// The same key in different objects (siblings, parent and child, objects in an array) is no duplicate.
    void sameKeyInOtherObjects()
    {
        JsonNode root;
        JsonError error;
        QVERIFY2(parseJson("{\"id\": {\"id\": {\"id\": 1}}, \"list\": [{\"id\": 1}, {\"id\": 2}], \"o\": {\"id\": 3}, "
                           "\"p\": {\"list\": 4}}",
                     root, error),
            qPrintable(error.message));
        QCOMPARE(find(root, QStringLiteral("id/id/id"))->number, 1.0);
        QCOMPARE(find(root, QStringLiteral("list/1/id"))->number, 2.0);
        // Many objects with the same keys: the hash of keys serves every object of the document.
        QByteArray many = "[";
        for (int i = 0; i < 5000; ++i)
            many += "{\"a\":1,\"b\":2},";
        many += "{}]";
        QVERIFY2(parseJson(many, root, error), qPrintable(error.message));
        QCOMPARE(int(root.items.size()), 5001);
    }

    /// Duplicate keys are found with a hash: 300,000 keys in one object take well under a second (a search of the
    /// keys before each key, as before, took minutes).
    void manyKeysInLinearTime()
    {
        QByteArray json = "{";
        for (int i = 0; i < 300000; ++i)
            json += "\"key" + QByteArray::number(i) + "\": 0, ";
        json += "\"end\": 1}";
        JsonNode root;
        JsonError error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(parseJson(json, root, error), qPrintable(error.message));
        QCOMPARE(int(root.members.size()), 300001);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    }

    void limits()
    {
        JsonNode root;
        JsonError error;
        // 64 levels are fine, 65 are not (errors() has the message).
        QVERIFY2(parseJson(QByteArray(64, '[') + QByteArray(64, ']'), root, error), qPrintable(error.message));
        QVERIFY(!parseJson(QByteArray(65, '[') + QByteArray(65, ']'), root, error));
        // Deep nesting far beyond the limit costs no stack.
        QVERIFY(!parseJson(QByteArray(1000000, '['), root, error));
        QCOMPARE(error.column, jsonlimits::kMaxDepth + 1);

        // The document's size.
        QByteArray big(jsonlimits::kMaxDocumentBytes + 1, ' ');
        big[0] = '1';
        QVERIFY(!parseJson(big, root, error));
        QCOMPARE(error.message, QStringLiteral("the document is larger than 64 MiB"));
        QCOMPARE(error.line, 1);
        QCOMPARE(error.column, 1);
        big.chop(1);
        QVERIFY2(parseJson(big, root, error), qPrintable(error.message));

        // The number of values: the root and kMaxValues - 1 items are fine, one more is not.
        const QByteArray items = QByteArray("0,").repeated(jsonlimits::kMaxValues - 2);
        QVERIFY2(parseJson("[" + items + "0]", root, error), qPrintable(error.message));
        QCOMPARE(qsizetype(root.items.size()), jsonlimits::kMaxValues - 1);
        root = JsonNode();
        QVERIFY(!parseJson("[" + items + "0,0]", root, error));
        QCOMPARE(error.message, QStringLiteral("more than 1000000 values"));
        QCOMPARE(error.line, 1);
        QCOMPARE(error.column, int(2 + 2 * (jsonlimits::kMaxValues - 1)));
    }

    /// The tree owns its keys and strings: the document can be overwritten and freed right after parsing.
    void ownsItsKeys()
    {
        JsonNode root;
        JsonError error;
        {
            auto data = std::make_unique<QByteArray>("{\"plain\": {\"inner\": \"v\"}, \"esc\\u0061ped\": [1]}");
            const char *begin = data->constData();
            const char *end = begin + data->size();
            QVERIFY(parseJson(*data, root, error));
            for (const JsonMember &m : root.members)
                QVERIFY(m.key.constData() < begin || m.key.constData() >= end);
            data->fill('#');
            QCOMPARE(root.members[0].key, QByteArray("plain"));
            data.reset(); // ASan (the sanitizer build) reports any key or string still pointing into it
        }
        QCOMPARE(root.members[0].key, QByteArray("plain"));
        QCOMPARE(root.members[1].key, QByteArray("escaped"));
        QVERIFY(root.member("plain"));
        QCOMPARE(root.member("plain")->member("inner")->string, QStringLiteral("v"));
        // A copy of a subtree outlives the tree it came from.
        JsonNode inner = *root.member("plain");
        root = JsonNode();
        QCOMPARE(inner.members.at(0).key, QByteArray("inner"));
    }
};

QTEST_GUILESS_MAIN(tst_JsonTree)
#include "tst_jsontree.moc"
