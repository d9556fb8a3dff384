// The quoting rule of every output language: one table of examples, rule after rule, and each rule's own checks.
// PowerShell and cmd cannot be checked by a real parser here, so their rules are pinned down exactly.
#include "Table.h"
#include "export/Quoting.h"

#include <QTest>

#include <cstring>
#include <vector>

using namespace fw::quoting;

namespace {

/// One example of a quoting rule: the rule (named as the test function that checks it), the row's name, the text and
/// what the rule makes of it; for cmdString, which refuses what it cannot quote, also the character it names.
struct QuotingCase
{
    const char *rule;
    const char *name;
    QString text;
    QString expected;
    QString offending = {};
};

/// Every rule's examples, one a line.
std::vector<QuotingCase> quotingCases()
{
    return {
        {"oneLine", "plain", "a b", "a b"},
        {"oneLine", "aligned spaces kept", "Role:   server", "Role:   server"},
        {"oneLine", "LF", "a\nb", "a b"},
        {"oneLine", "CRLF is one space", "a\r\nb", "a b"},
        {"oneLine", "tab", "a\tb", "a b"},
        {"oneLine", "NEL", "a\u0085b", "a b"},
        {"oneLine", "LS", "a\u2028b", "a b"},
        {"oneLine", "PS", "a\u2029b", "a b"},
        {"oneLine", "BOM", "a\uFEFFb", "a b"},
        {"oneLine", "noncharacters U+FFFE U+FFFF", "a\uFFFEb\uFFFFc", "a b c"},
        {"oneLine", "leading and trailing breaks", "\n\na\n", "a"},
        {"oneLine", "non-ASCII", "Grüße, niño, 日本", "Grüße, niño, 日本"},

        {"powershell", "plain", "abc", "'abc'"},
        {"powershell", "single quote doubled", "it's", "'it''s'"},
        {"powershell", "left single quotation mark doubled", "a\u2018b", "'a\u2018\u2018b'"},
        {"powershell", "right single quotation mark doubled", "a\u2019b", "'a\u2019\u2019b'"},
        {"powershell", "low-9 quotation mark doubled", "a\u201Ab", "'a\u201A\u201Ab'"},
        {"powershell", "reversed-9 quotation mark doubled", "a\u201Bb", "'a\u201B\u201Bb'"},
        {"powershell", "subexpression stays literal", "$(Remove-Item C:\\)", "'$(Remove-Item C:\\)'"},
        {"powershell", "variable stays literal", "$env:PATH", "'$env:PATH'"},
        {"powershell", "backtick stays literal", "a`nb", "'a`nb'"},
        {"powershell", "double quotes literal", "say \"hi\"", "'say \"hi\"'"},
        {"powershell", "semicolon, pipe, ampersand", "a; b | c & d", "'a; b | c & d'"},
        {"powershell", "newline folded", "a\n'; Remove-Item x; '", "'a ''; Remove-Item x; '''"},
        {"powershell", "comment closer", "#> x", "'#> x'"},

        {"cmdString", "plain", "C:\\Apps", "\"C:\\Apps\""},
        {"cmdString", "percent doubled", "100%", "\"100%%\""},
        {"cmdString", "variable not expanded", "%PATH%", "\"%%PATH%%\""},
        {"cmdString", "metacharacters literal inside quotes", "a & b | c < d > e ^ f", "\"a & b | c < d > e ^ f\""},
        {"cmdString", "parentheses", "C:\\Program Files (x86)", "\"C:\\Program Files (x86)\""},
        {"cmdString", "double quote refused", "a\"b", "", "\""},
        {"cmdString", "newline refused", "a\nb", "", "U+000A"},
        {"cmdString", "carriage return refused", "a\rb", "", "U+000D"},
        {"cmdString", "non-ASCII kept", "Büro", "\"Büro\""},

        {"cmdEcho", "plain", "done", "echo(done"},
        {"cmdEcho", "metacharacters escaped", "a & b | c > d < e", "echo(a ^& b ^| c ^> d ^< e"},
        {"cmdEcho", "parentheses escaped", "(x)", "echo(^(x^)"},
        {"cmdEcho", "caret escaped", "a^b", "echo(a^^b"},
        {"cmdEcho", "percent doubled", "%PATH%", "echo(%%PATH%%"},
        {"cmdEcho", "quotes replaced", "\"a&b\"", "echo('a^&b'"},

        {"cmdComment", "plain", "rule", "REM rule"},
        {"cmdComment", "percent doubled", "%~x", "REM %%~x"},
        {"cmdComment", "caret dropped", "line ^", "REM line"},
        {"cmdComment", "newline folded", "a\nnetsh x", "REM a netsh x"},
        {"cmdComment", "empty", "", "REM"},

        {"shell", "plain", "abc", "'abc'"},
        {"shell", "single quote", "it's", "'it'\\''s'"},
        {"shell", "substitution literal", "$(id) `id`", "'$(id) `id`'"},
        {"shell", "newline folded", "a\nrm -rf /", "'a rm -rf /'"},

        {"nft", "plain", "abc", "\"abc\""},
        {"nft", "double quote replaced", "a \"b\"", "\"a 'b'\""},
        {"nft", "newline folded", "a\n}\nflush ruleset", "\"a } flush ruleset\""},
        {"nft", "cut at 127 bytes", QString(200, QLatin1Char('x')),
            QLatin1Char('"') + QString(127, QLatin1Char('x')) + QLatin1Char('"')},
        // 63 two-byte characters are 126 bytes; the 64th would make 128, so it is left out whole.
        {"nft", "cut at a character boundary", QString(70, QChar(0xFC)),
            QLatin1Char('"') + QString(63, QChar(0xFC)) + QLatin1Char('"')},

        {"xml", "entities", "a<b>&\"'", "a&lt;b&gt;&amp;&quot;&apos;"},
        {"xml", "cdata end", "]]>", "]]&gt;"},
        {"xml", "control characters",
            QString::fromUtf8("a\x01"
                              "b\nc"),
            "a b c"},
        {"xml", "non-ASCII kept", "ñ", "ñ"},

        {"yaml", "plain", "abc", "\"abc\""},
        {"yaml", "single quote literal", "it's", "\"it's\""},
        {"yaml", "double quote escaped", "say \"hi\"", "\"say \\\"hi\\\"\""},
        {"yaml", "backslash escaped", "C:\\Apps\\n", "\"C:\\\\Apps\\\\n\""},
        {"yaml", "YAML indicators literal", "- a: b # c", "\"- a: b # c\""},
        {"yaml", "Jinja literal (and !unsafe)", "{{ lookup('pipe', 'id') }}", "\"{{ lookup('pipe', 'id') }}\""},
        {"yaml", "newline folded", "a\n- name: x", "\"a - name: x\""},
        {"yaml", "C0 and C1 controls folded",
            QString::fromUtf8("a\x01\x1b[0m\xC2\x9B"
                              "b"),
            "\"a [0m b\""},
        {"yaml", "U+FFFE and U+FFFF folded", "a\uFFFEb\uFFFF", "\"a b\""},
        {"yaml", "lone surrogates replaced", QString(QChar(0xD800)) + QLatin1Char('a') + QChar(0xDC00),
            "\"\uFFFDa\uFFFD\""},
        {"yaml", "surrogate pair kept", "\U0001F525", "\"\U0001F525\""},
    };
}

/// Adds the columns text and expected (and offending, where @p withOffending) and the rows of @p rule from
/// quotingCases().
void addCases(const char *rule, bool withOffending = false)
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    if (withOffending)
        QTest::addColumn<QString>("offending");
    for (const QuotingCase &c : quotingCases()) {
        if (std::strcmp(c.rule, rule) != 0)
            continue;
        QTestData &row = QTest::newRow(c.name) << c.text << c.expected;
        if (withOffending)
            row << c.offending;
    }
}

} // namespace

class tst_Quoting : public QObject
{
    Q_OBJECT

    /// Compares @p quote(text) with the expected text of the current row (a table with the columns text, expected).
    static void compareQuoted(QString (*quote)(const QString &))
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(quote(text), expected);
    }

private Q_SLOTS:
    /// A case whose rule has no _data() function here would never run.
    void everyCaseHasItsRule()
    {
        for (const QuotingCase &c : quotingCases())
            QVERIFY2(metaObject()->indexOfSlot(QByteArray(c.rule) + "_data()") >= 0, c.rule);
    }

    void oneLine_data() { addCases("oneLine"); }
    void oneLine() { compareQuoted(fw::quoting::oneLine); }

    void powershell_data() { addCases("powershell"); }
    void powershell()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QString quoted = powershellString(text);
        QCOMPARE(quoted, expected);
        // Structural check: inside the outer quotes, every single-quote character comes in pairs, so the string
        // never ends early.
        const QString inner = quoted.mid(1, quoted.size() - 2);
        for (int i = 0; i < inner.size(); ++i) {
            const char16_t u = inner.at(i).unicode();
            if (u == '\'' || (u >= 0x2018 && u <= 0x201B)) {
                QVERIFY(i + 1 < inner.size());
                QCOMPARE(inner.at(i + 1), inner.at(i));
                ++i;
            }
        }
        QVERIFY(!quoted.contains(QLatin1Char('\n')));
    }

    void cmdString_data() { addCases("cmdString", true); }
    void cmdString()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QFETCH(QString, offending);
        const Quoted q = fw::quoting::cmdString(text);
        QCOMPARE(q.offending, offending);
        QCOMPARE(q.ok(), offending.isEmpty());
        QCOMPARE(q.text, expected);
    }

    void cmdText()
    {
        QCOMPARE(fw::quoting::cmdText("say \"hi\" 50%\nnow"), QStringLiteral("\"say 'hi' 50%% now\""));
        // Cut to maxCmdTextChars, so that a netsh line stays within cmd.exe's 8,191 characters.
        const QString cut = fw::quoting::cmdText(QString(3000, QLatin1Char('x')));
        QCOMPARE(cut, QLatin1Char('"') + QString(maxCmdTextChars - 3, QLatin1Char('x')) + QStringLiteral("...\""));
        QCOMPARE(fw::quoting::cmdText(QString(maxCmdTextChars, QLatin1Char('%'))).size(), 2 * maxCmdTextChars + 2);
    }

    void cmdEcho_data() { addCases("cmdEcho"); }
    void cmdEcho() { compareQuoted(fw::quoting::cmdEcho); }

    void cmdComment_data() { addCases("cmdComment"); }
    void cmdComment() { compareQuoted(fw::quoting::cmdComment); }

    void shell_data() { addCases("shell"); }
    void shell() { compareQuoted(shellString); }

    void hashComment()
    {
        QCOMPARE(fw::quoting::hashComment("a\nrm -rf /"), QStringLiteral("# a rm -rf /"));
        QCOMPARE(fw::quoting::hashComment(""), QStringLiteral("#"));
        QCOMPARE(fw::quoting::hashComment(QString(maxCommentChars, QLatin1Char('x'))),
            QStringLiteral("# ") + QString(maxCommentChars, QLatin1Char('x')));
    }

    void longCommentsAreWrapped_data()
    {
        QTest::addColumn<QString>("text");
        // The iptables-restore attack: the tail past its 10,240-byte line buffer would run as a rule.
        QTest::newRow("command after 10,239 bytes")
            << QString(10239, QLatin1Char('a')) + QStringLiteral(" -I INPUT 1 -p tcp --dport 22 -j ACCEPT");
        QTest::newRow("words") << QStringLiteral("word ").repeated(3000) + QStringLiteral("-A INPUT -j ACCEPT");
        QTest::newRow("three-byte characters") << QString(12000, QChar(0x65E5));
        QTest::newRow("surrogate pairs") << QString::fromUtf8("\xF0\x9F\x94\xA5").repeated(6000);
        QTest::newRow("percent signs") << QString(12000, QLatin1Char('%'));
    }
    void longCommentsAreWrapped()
    {
        QFETCH(QString, text);
        for (const QString &comment : {fw::quoting::hashComment(text), fw::quoting::cmdComment(text)}) {
            const QStringList lines = comment.split(QLatin1Char('\n'));
            QVERIFY(lines.size() > 1);
            QString joined;
            for (const QString &line : lines) {
                QVERIFY2(line.startsWith(QLatin1String("# ")) || line.startsWith(QLatin1String("REM ")),
                    qPrintable(line.left(80)));
                QVERIFY(line.toUtf8().size() <= 3 * maxCommentChars + 4);
                QVERIFY(line.size() <= 2 * maxCommentChars + 4); // cmd: % doubled
                QVERIFY(!line.back().isHighSurrogate());
                joined += line.mid(line.indexOf(QLatin1Char(' ')) + 1);
            }
            // Nothing is lost but the spaces the text was wrapped at.
            if (comment.startsWith(QLatin1Char('#'))) {
                QString expected = text;
                QCOMPARE(joined.remove(QLatin1Char(' ')), expected.remove(QLatin1Char(' ')));
            }
        }
    }

    void wrapped()
    {
        QCOMPARE(fw::quoting::wrapped(QString(), 10), QStringList {QString()});
        QCOMPARE(fw::quoting::wrapped(QStringLiteral("aaaa bbbb cccc"), 10),
            (QStringList {QStringLiteral("aaaa bbbb"), QStringLiteral("cccc")}));
        QCOMPARE(fw::quoting::wrapped(QStringLiteral("aaaaaaaaaaaaaaa"), 10),
            (QStringList {QStringLiteral("aaaaaaaaaa"), QStringLiteral("aaaaa")}));
        // A space only in the first half: cut at the width instead of leaving a short line.
        QCOMPARE(fw::quoting::wrapped(QStringLiteral("a bbbbbbbbbbbbbb"), 10),
            (QStringList {QStringLiteral("a bbbbbbbb"), QStringLiteral("bbbbbb")}));
        // Never between the halves of a surrogate pair.
        const QString fire = QString::fromUtf8("\xF0\x9F\x94\xA5");
        const QStringList pieces = fw::quoting::wrapped(QStringLiteral("aaaaaaaaa") + fire, 10);
        QCOMPARE(pieces, (QStringList {QStringLiteral("aaaaaaaaa"), fire}));
    }

    void firstLongLine()
    {
        int length = 0;
        QCOMPARE(fw::quoting::firstLongLine("ab\ncd\n", 2, &length), 0);
        QCOMPARE(fw::quoting::firstLongLine("ab\r\ncd\r\n", 2, &length), 0); // CR is not counted
        QCOMPARE(fw::quoting::firstLongLine("ab\nabc\nabcd", 2, &length), 2);
        QCOMPARE(length, 3);
        QCOMPARE(fw::quoting::firstLongLine("ab\nab\nabcd", 3, &length), 3); // the last line, without a newline
        QCOMPARE(length, 4);
        QCOMPARE(fw::quoting::firstLongLine(QString(2, QChar(0xFC)).toUtf8(), 3, &length), 1); // bytes, not characters
    }

    void nft_data() { addCases("nft"); }
    void nft()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QString quoted = nftString(text);
        QCOMPARE(quoted, expected);
        QVERIFY(quoted.toUtf8().size() <= 129);
        QCOMPARE(quoted.count(QLatin1Char('"')), 2);
    }

    void xml_data() { addCases("xml"); }
    void xml() { compareQuoted(xmlEscape); }

    void yaml_data() { addCases("yaml"); }
    void yaml()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(yamlString(text), expected);
        QCOMPARE(ansibleString(text), QStringLiteral("!unsafe ") + expected);
    }

    void ini()
    {
        QCOMPARE(iniValue("a\n[evil]\nports=1/tcp"), QStringLiteral("a [evil] ports=1/tcp"));
        QCOMPARE(iniValue(QString(2000, QLatin1Char('x'))).size(), 1000);
    }

    void fileNames_data()
    {
        fw::test::addTextTable({"name", "windows", "plain"},
            {
                {"plain", {"PalFlexServer7.exe", "", ""}},
                {"space and parentheses", {"My App (x86).exe", "", ""}},
                {"quote", {"a\"b.exe", "\"", "\""}},
                {"backslash", {"bin\\a.exe", "\\", "\\"}},
                {"wildcard", {"*.exe", "*", "*"}},
                {"percent", {"%x%.exe", "", "%"}},
                {"dollar", {"$(id).exe", "", "$"}},
                {"bracket", {"a[1].exe", "", "["}},
                {"newline", {"a\n.exe", "U+000A", "U+000A"}},
                {"non-ASCII", {"Büro.exe", "", "ü"}},
            });
    }
    void fileNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, windows);
        QFETCH(QString, plain);
        QCOMPARE(windowsFileNameProblem(name), windows);
        QCOMPARE(plainFileNameProblem(name), plain);
    }
};

QTEST_GUILESS_MAIN(tst_Quoting)
#include "tst_quoting.moc"
