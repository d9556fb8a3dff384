// A rule's program as catalogs write it: a file name that the exports search for, or a full Windows path (a drive or
// one of the system-wide variables, then the folders), checked when the catalog loads, with the exact message.
#include "catalog/Catalog.h"
#include "catalog/ProgramPath.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QTest>

using namespace fw;

namespace {

const QString kRelative = QStringLiteral("a relative path; give the file name alone to have it searched for, or the "
                                         "full path (C:\\… or %ProgramFiles%\\…)");
const QString kBadPart = QStringLiteral("the part '%1' of the path is empty, '.' or '..', or ends with a space or a "
                                        "dot; name each folder as it is");
const QString kCharacter = QStringLiteral("the character %1 is not allowed in a program's path");
const QString kNotSearchable = QStringLiteral("the character %1 is not allowed in a program name that is searched for "
                                              "(only letters, digits, spaces and . _ - + ( )); give the program's full "
                                              "path instead");

/// A product with one rule whose program is @p program (written with JSON's escapes), and optionally versions.
QByteArray productJson(const QString &program, const QByteArray &versions = QByteArray())
{
    const QByteArray quoted = QJsonDocument::fromVariant(QVariantList {program}).toJson(QJsonDocument::Compact);
    QByteArray json = "{\n"
                      "  \"format\": 1, \"id\": \"demo\", \"name\": \"Demo\", \"vendor\": \"Demo Ltd\",\n"
                      "  \"description\": {\"en\": \"D\", \"de\": \"D\", \"es\": \"D\"},\n";
    if (!versions.isEmpty())
        json += "  \"versionHint\": {\"en\": \"V\", \"de\": \"V\", \"es\": \"V\"}, \"versions\": " + versions + ",\n";
    json += "  \"roles\": [{\"id\": \"server\", \"label\": {\"en\": \"S\", \"de\": \"S\", \"es\": \"S\"}, "
            "\"description\": {\"en\": \"S\", \"de\": \"S\", \"es\": \"S\"}}],\n"
            "  \"sources\": [{\"id\": \"kb\", \"title\": \"KB\", \"url\": \"https://example.com/kb\", \"kind\": "
            "\"vendor\"}],\n"
            "  \"rules\": [\n"
            "    {\"id\": \"r\", \"direction\": \"in\", \"protocol\": \"any\", \"program\": "
        + quoted.mid(1, quoted.size() - 2)
        + ", \"remote\": {\"kind\": \"any\"}, \"purpose\": {\"en\": \"P\", \"de\": \"P\", \"es\": \"P\"}, \"source\": "
          "\"kb\"}\n"
          "  ]\n"
          "}\n";
    return json;
}

/// "line:column" of the program's string in productJson().
QString programPlace(const QByteArray &json)
{
    const qsizetype at = json.indexOf("\"program\": ") + qsizetype(qstrlen("\"program\": "));
    const QByteArray before = json.left(at);
    return QStringLiteral("%1:%2").arg(before.count('\n') + 1).arg(at - before.lastIndexOf('\n'));
}

} // namespace

class tst_ProgramPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void program_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("message"); // after "demo.json:LINE:COLUMN: rules[0].program: "; empty: accepted

        const auto ok = [](const char *name, const QString &program) { QTest::newRow(name) << program << QString(); };
        const auto bad = [](const char *name, const QString &program, const QString &reason) {
            QTest::newRow(name) << program << QStringLiteral("'%1' is not valid: %2").arg(program, reason);
        };

        // A file name, searched for by every Windows export.
        ok("name", QStringLiteral("lmgrd.exe"));
        ok("name with version", QStringLiteral("PalFlexServer7.exe"));
        ok("name plain characters", QStringLiteral("My App (x86) 1.0+_beta-2.exe"));
        bad("name with $", QStringLiteral("lm grd$.exe"), kNotSearchable.arg(QStringLiteral("'$'")));
        bad("name with brackets", QStringLiteral("lmgrd[1].exe"), kNotSearchable.arg(QStringLiteral("'['")));
        bad("name with umlaut", QStringLiteral("lmgrdÜ.exe"), kNotSearchable.arg(QStringLiteral("'Ü'")));
        bad("name with stream", QStringLiteral("x.exe:stream"), kNotSearchable.arg(QStringLiteral("':'")));
        bad("name with nbsp", QStringLiteral("lm\u00a0grd.exe"), kNotSearchable.arg(QStringLiteral("U+00A0")));
        bad("name dot dot", QStringLiteral(".."), kBadPart.arg(QStringLiteral("..")));
        bad("name trailing space", QStringLiteral("lmgrd.exe "), kBadPart.arg(QStringLiteral("lmgrd.exe ")));
        bad("empty", QString(), QStringLiteral("must not be empty"));

        // A full path from a drive.
        ok("drive", QStringLiteral("C:\\Program Files (x86)\\Palisade\\System\\Palisade.exe"));
        ok("lower-case drive, non-ASCII", QStringLiteral("d:\\Apps\\Zeiterfassung Ü\\ts.exe"));
        ok("literal percent", QStringLiteral("C:\\Tools\\100%\\x.exe"));
        ok("percent pair around a backslash", QStringLiteral("C:\\50% off\\75% x.exe"));
        ok("shell characters", QStringLiteral("C:\\Acme & Co; $(x) `y` ^!\\a.exe"));
        ok("259 characters", QStringLiteral("C:\\") + QString(252, QLatin1Char('a')) + QStringLiteral(".exe"));
        bad("260 characters", QStringLiteral("C:\\") + QString(253, QLatin1Char('a')) + QStringLiteral(".exe"),
            QStringLiteral("260 characters; a program's path may have at most 259 (Windows' MAX_PATH)"));
        bad("drive-relative", QStringLiteral("C:x.exe"),
            QStringLiteral("C: without a backslash is relative to that drive's current folder; write C:\\…"));
        bad("drive-relative folder", QStringLiteral("C:Tools\\x.exe"),
            QStringLiteral("C: without a backslash is relative to that drive's current folder; write C:\\…"));
        bad("relative", QStringLiteral("..\\x.exe"), kRelative);
        bad("relative folder", QStringLiteral("Palisade\\x.exe"), kRelative);
        bad("no drive", QStringLiteral("\\Program Files\\x.exe"),
            QStringLiteral(
                "a path without a drive; start it with the drive (C:\\…) or a variable (%ProgramFiles%\\…)"));
        bad("network share", QStringLiteral("\\\\server\\share\\x.exe"),
            QStringLiteral("a network path (\\\\server\\share\\…); a firewall rule names the program where it is "
                           "installed on the computer, so give its local path"));
        bad("forward slashes", QStringLiteral("C:/Program Files/x.exe"),
            QStringLiteral("'/' in a program's path; Windows paths separate folders with '\\'"));
        bad("folder", QStringLiteral("C:\\Program Files\\"),
            QStringLiteral("the path ends with '\\' and names a folder; name the program's file"));
        bad("double backslash", QStringLiteral("C:\\Program Files\\\\x.exe"), kBadPart.arg(QString()));
        bad("dot dot inside", QStringLiteral("C:\\Program Files\\..\\x.exe"), kBadPart.arg(QStringLiteral("..")));
        bad("folder ending with a dot", QStringLiteral("C:\\Vendor.\\x.exe"), kBadPart.arg(QStringLiteral("Vendor.")));
        bad("colon inside", QStringLiteral("C:\\a:b.exe"), kCharacter.arg(QStringLiteral("':'")));
        bad("double quote", QStringLiteral("C:\\a\"b.exe"), kCharacter.arg(QStringLiteral("'\"'")));
        bad("single quote", QStringLiteral("C:\\a'b.exe"), kCharacter.arg(QStringLiteral("'''")));
        bad("typographic quote", QStringLiteral("C:\\a\u2019b.exe"), kCharacter.arg(QStringLiteral("'\u2019'")));
        bad("pipe", QStringLiteral("C:\\a|b.exe"), kCharacter.arg(QStringLiteral("'|'")));
        bad("less than", QStringLiteral("C:\\a<b.exe"), kCharacter.arg(QStringLiteral("'<'")));
        bad("greater than", QStringLiteral("C:\\a>b.exe"), kCharacter.arg(QStringLiteral("'>'")));
        bad("star", QStringLiteral("C:\\a\\*.exe"), kCharacter.arg(QStringLiteral("'*'")));
        bad("question mark", QStringLiteral("\\\\?\\C:\\x.exe"), kCharacter.arg(QStringLiteral("'?'")));
        bad("newline", QStringLiteral("C:\\a\nb.exe"), kCharacter.arg(QStringLiteral("U+000A")));
        bad("tab", QStringLiteral("C:\\a\tb.exe"), kCharacter.arg(QStringLiteral("U+0009")));
        bad("line separator", QStringLiteral("C:\\a\u2028b.exe"), kCharacter.arg(QStringLiteral("U+2028")));
        bad("zero-width space", QStringLiteral("C:\\a\u200Bb.exe"), kCharacter.arg(QStringLiteral("U+200B")));

        // A full path from a variable that Windows expands the same for every user.
        ok("ProgramFiles", QStringLiteral("%ProgramFiles%\\Autodesk\\Network License Manager\\lmgrd.exe"));
        ok("ProgramFiles(x86)", QStringLiteral("%ProgramFiles(x86)%\\Palisade\\System\\Palisade.exe"));
        ok("any case", QStringLiteral("%programfiles%\\x.exe"));
        ok("SystemRoot", QStringLiteral("%SystemRoot%\\System32\\svchost.exe"));
        ok("ProgramData", QStringLiteral("%ProgramData%\\Vendor\\agent.exe"));
        ok("SystemDrive", QStringLiteral("%SystemDrive%\\Vendor\\agent.exe"));
        const QString known = QStringLiteral(
            "%ProgramFiles%, %ProgramFiles(x86)%, %ProgramW6432%, %CommonProgramFiles%, %CommonProgramFiles(x86)%, "
            "%CommonProgramW6432%, %ProgramData%, %ALLUSERSPROFILE%, %SystemRoot%, %windir%, %SystemDrive%");
        bad("user variable", QStringLiteral("%APPDATA%\\Vendor\\x.exe"),
            QStringLiteral("%APPDATA% is not a variable a program's path may start with (%1)").arg(known));
        bad("TEMP", QStringLiteral("%TEMP%\\x.exe"),
            QStringLiteral("%TEMP% is not a variable a program's path may start with (%1)").arg(known));
        bad("not a name", QStringLiteral("%Program Files%\\x.exe"),
            QStringLiteral("%Program Files% is not a variable a program's path may start with (%1)").arg(known));
        bad("no backslash after the variable", QStringLiteral("%ProgramFiles%x.exe"),
            QStringLiteral("write '\\' after %ProgramFiles%"));
        bad("variable alone", QStringLiteral("%ProgramFiles%"), QStringLiteral("write '\\' after %ProgramFiles%"));
        bad("variable inside", QStringLiteral("C:\\a\\%TEMP%\\x.exe"),
            QStringLiteral("'%TEMP%' inside the path would be read as an environment variable; only the start may be "
                           "one (%ProgramFiles%\\…)"));
        bad("second variable", QStringLiteral("%ProgramFiles%\\%Vendor%.exe"),
            QStringLiteral("'%Vendor%' inside the path would be read as an environment variable; only the start may "
                           "be one (%ProgramFiles%\\…)"));
        bad("percent alone at the start", QStringLiteral("%\\x.exe"), kRelative);
    }

    void program()
    {
        QFETCH(QString, program);
        QFETCH(QString, message);
        const QByteArray json = productJson(program);
        Product product;
        CatalogProblems problems;
        const bool loaded = readProduct(json, QStringLiteral("demo.json"), product, problems);
        QStringList all;
        for (const CatalogProblem &p : std::as_const(problems))
            all << p.toString();
        if (message.isEmpty()) {
            QVERIFY2(loaded, qPrintable(all.join(QLatin1Char('\n'))));
            QCOMPARE(product.rules.value(0).program, program);
            QCOMPARE(isFullProgramPath(program), program.contains(QLatin1Char('\\')));
            return;
        }
        QVERIFY(!loaded);
        QCOMPARE(
            all, QStringList {QStringLiteral("demo.json:%1: rules[0].program: %2").arg(programPlace(json), message)});
    }

    void everyVersionIsChecked()
    {
        const QByteArray versions = "[{\"id\": \"7\", \"label\": \"7\"}, {\"id\": \"10\", \"label\": \"10\"}]";
        Product product;
        CatalogProblems problems;
        QVERIFY(readProduct(productJson(QStringLiteral("C:\\Vendor\\v{version}\\x{version}.exe"), versions),
            QStringLiteral("demo.json"), product, problems));
        QVERIFY(readProduct(productJson(QStringLiteral("PalFlexServer{version}.exe"), versions),
            QStringLiteral("demo.json"), product, problems));
        QVERIFY(problems.isEmpty());
        // 259 characters with "7", 260 with "10": only the longer version is too long, and the message shows it.
        const QString longPath
            = QStringLiteral("C:\\") + QString(251, QLatin1Char('a')) + QStringLiteral("{version}.exe");
        const QByteArray json = productJson(longPath, versions);
        QVERIFY(!readProduct(json, QStringLiteral("demo.json"), product, problems));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().toString(),
            QStringLiteral("demo.json:%1: rules[0].program: '%2' is not valid: 260 characters; a program's path may "
                           "have at most 259 (Windows' MAX_PATH)")
                .arg(programPlace(json), QString(longPath).replace(QLatin1String("{version}"), QLatin1String("10"))));
        // An unknown placeholder is reported once, as such.
        problems.clear();
        const QByteArray unknown = productJson(QStringLiteral("C:\\Vendor\\{edition}\\x.exe"), versions);
        QVERIFY(!readProduct(unknown, QStringLiteral("demo.json"), product, problems));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().toString(),
            QStringLiteral("demo.json:%1: rules[0].program: unknown placeholder '{edition}'")
                .arg(programPlace(unknown)));
    }

    void splitsTheLeadingVariable()
    {
        QCOMPARE(splitProgramPath(QStringLiteral("%ProgramFiles(x86)%\\A 100%\\x.exe")).variable,
            QStringLiteral("%ProgramFiles(x86)%"));
        QCOMPARE(splitProgramPath(QStringLiteral("%ProgramFiles(x86)%\\A 100%\\x.exe")).rest,
            QStringLiteral("\\A 100%\\x.exe"));
        QCOMPARE(splitProgramPath(QStringLiteral("C:\\A\\x.exe")).variable, QString());
        QCOMPARE(splitProgramPath(QStringLiteral("C:\\A\\x.exe")).rest, QStringLiteral("C:\\A\\x.exe"));
    }

    void builtInProgramsAreValid()
    {
        const Catalog catalog = Catalog::builtIn();
        QVERIFY(catalog.problems().isEmpty());
        int programs = 0;
        for (const Product &p : catalog.products()) {
            for (const RuleDef &r : p.rules)
                programs += r.program.isEmpty() ? 0 : 1;
        }
        QVERIFY(programs > 0);
    }
};

QTEST_GUILESS_MAIN(tst_ProgramPath)
#include "tst_programpath.moc"
