#include "catalog/Catalog.h"
#include "tst_catalog_data.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace fw;

namespace {

/// Removes the "@@" marker from @p json and returns its place as "line:column": where the problem must be reported.
QString takeMarker(QByteArray &json)
{
    const qsizetype at = json.indexOf("@@");
    if (at < 0)
        return {};
    const QByteArray before = json.left(at);
    const int line = int(before.count('\n')) + 1;
    const int column = int(at - (before.lastIndexOf('\n') + 1)) + 1;
    json.remove(at, 2);
    return QStringLiteral("%1:%2").arg(line).arg(column);
}

} // namespace

class tst_Catalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void serverValueComesFromTheRules()
    {
        // The connectivity test's address is the host value that the rules to the server name, whatever its id.
        const Catalog catalog = Catalog::builtIn();
        QCOMPARE(catalog.product(QStringLiteral("palisade"))->serverValueId(), QStringLiteral("server"));
        Product renamed = *catalog.product(QStringLiteral("palisade"));
        for (RuleDef &rule : renamed.rules) {
            if (rule.remote == RemoteKind::Server)
                rule.remoteValue = QStringLiteral("license-host");
        }
        QCOMPARE(renamed.serverValueId(), QStringLiteral("license-host"));
        renamed.rules.erase(std::remove_if(renamed.rules.begin(), renamed.rules.end(),
                                [](const RuleDef &r) { return r.remote == RemoteKind::Server; }),
            renamed.rules.end());
        QVERIFY(renamed.serverValueId().isEmpty());
    }

    void builtInLoadsCleanly()
    {
        const Catalog catalog = Catalog::builtIn();
        for (const CatalogProblem &p : catalog.problems())
            qWarning("%s", qPrintable(p.toString()));
        QVERIFY(catalog.problems().isEmpty());
        QCOMPARE(catalog.productIds(), QStringList({QStringLiteral("palisade"), QStringLiteral("timesensor-legal")}));
        const Product *palisade = catalog.product(QStringLiteral("palisade"));
        QVERIFY(palisade->builtIn);
        QCOMPARE(palisade->versions.size(), 3);
        QCOMPARE(palisade->roles.size(), 2);
        QVERIFY(palisade->deployments.isEmpty());
        QVERIFY(palisade->option(QStringLiteral("online-activation")));
        QCOMPARE(palisade->value(QStringLiteral("lmgrd-port"))->defaultValue, QStringLiteral("27000"));
        QVERIFY(palisade->value(QStringLiteral("vendor-port"))->defaultValue.isEmpty());
        // What reading a license file fills in comes from the catalog, not from ids the wizard knows.
        QCOMPARE(palisade->value(QStringLiteral("server"))->licenseFile, LicenseFileEntry::ServerHost);
        QCOMPARE(palisade->value(QStringLiteral("lmgrd-port"))->licenseFile, LicenseFileEntry::ServerPort);
        QCOMPARE(palisade->value(QStringLiteral("vendor-port"))->licenseFile, LicenseFileEntry::VendorPort);
        const Product *ts = catalog.product(QStringLiteral("timesensor-legal"));
        QCOMPARE(ts->deployments.size(), 2);
        QVERIFY(ts->deployment(QStringLiteral("classic")));
        QVERIFY(ts->deployment(QStringLiteral("365")));
        QVERIFY(ts->option(QStringLiteral("email")));
        QVERIFY(ts->versions.isEmpty());
    }

    void baseIsValid()
    {
        Product product;
        CatalogProblems problems;
        QVERIFY(readProduct(baseJson, QStringLiteral("demo.json"), product, problems));
        QVERIFY(problems.isEmpty());
        QCOMPARE(product.rules.size(), 1);
        QCOMPARE(product.rules[0].ports[0].range.from, 5432);
        QCOMPARE(product.values[0].licenseFile, LicenseFileEntry::Invalid);
    }

    void broken_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("message"); // after "demo.json:LINE:COLUMN: "

        QTest::newRow("bad json") << QByteArray("[5432]") << QByteArray("[5432 @@5433]")
                                  << "not valid JSON: expected ',' or ']', found '5'";
        QTest::newRow("duplicate key") << QByteArray("\"id\": \"db-in\", ")
                                       << QByteArray("\"id\": \"db-in\", @@\"id\": \"x\", ")
                                       << "field 'id' appears twice";
        QTest::newRow("unknown field") << QByteArray("\"source\": \"kb\"}")
                                       << QByteArray("\"source\": \"kb\", @@\"prots\": [1]}")
                                       << "rules[0]: unknown field 'prots'";
        QTest::newRow("wrong type") << QByteArray("\"ports\": [5432]") << QByteArray("\"ports\": @@5432")
                                    << "rules[0].ports: expected array, found number";
        QTest::newRow("port out of range")
            << QByteArray("[5432]") << QByteArray("[@@70000]") << "rules[0].ports[0]: 70000 is not a port (1-65535)";
        QTest::newRow("port zero") << QByteArray("[5432]") << QByteArray("[@@0]")
                                   << "rules[0].ports[0]: 0 is not a port (1-65535)";
        QTest::newRow("port fraction") << QByteArray("[5432]") << QByteArray("[@@80.5]")
                                       << "rules[0].ports[0]: 80.5 is not a port (1-65535)";
        QTest::newRow("bad range")
            << QByteArray("[5432]") << QByteArray("[@@\"5000-4000\"]")
            << "rules[0].ports[0]: '5000-4000' is not a port range (write \"FROM-TO\" with 1 <= FROM <= TO <= 65535)";
        QTest::newRow("missing translation")
            << QByteArray("\"purpose\": {\"en\": \"DB\", \"de\": \"DB\", \"es\": \"BD\"}")
            << QByteArray("\"purpose\": @@{\"en\": \"DB\", \"de\": \"DB\"}")
            << "rules[0].purpose: the 'es' translation is missing";
        QTest::newRow("empty text") << QByteArray("\"es\": \"BD\"") << QByteArray("\"es\": @@\" \"")
                                    << "rules[0].purpose.es: the 'es' text is empty";
        QTest::newRow("unknown language")
            << QByteArray("\"es\": \"BD\"") << QByteArray("\"es\": \"BD\", @@\"fr\": \"BD\"")
            << "rules[0].purpose: unknown field 'fr'";
        QTest::newRow("duplicate id")
            << QByteArray("\"source\": \"kb\"}\n  ]")
            << QByteArray(
                   "\"source\": \"kb\"},\n    {\"id\": @@\"db-in\", \"direction\": \"in\", \"protocol\": \"tcp\", "
                   "\"ports\": [1], "
                   "\"remote\": {\"kind\": \"lan\"}, \"purpose\": {\"en\": \"x\", \"de\": \"x\", \"es\": \"x\"}, "
                   "\"source\": \"kb\"}\n  ]")
            << "rules[1].id: duplicate id 'db-in' (first used at 17:12)";
        QTest::newRow("unknown value") << QByteArray("[5432]") << QByteArray("[{\"value\": @@\"vendor-port\"}]")
                                       << "rules[0].ports[0].value: unknown value 'vendor-port'";
        QTest::newRow("wrong value type")
            << QByteArray("{\"kind\": \"lan\"}") << QByteArray("{\"kind\": \"server\", \"value\": @@\"db-port\"}")
            << "rules[0].remote.value: value 'db-port' is not of type host";
        QTest::newRow("unknown source") << QByteArray("\"source\": \"kb\"}") << QByteArray("\"source\": @@\"kb2\"}")
                                        << "rules[0].source: unknown source 'kb2'";
        QTest::newRow("bad enum") << QByteArray("\"direction\": \"in\"") << QByteArray("\"direction\": @@\"inbound\"")
                                  << "rules[0].direction: 'inbound' is not one of: in, out";
        QTest::newRow("missing field") << QByteArray(
            "    {\"id\": \"db-in\", \"direction\": \"in\", \"protocol\": \"tcp\", ")
                                       << QByteArray("    @@{\"id\": \"db-in\", \"direction\": \"in\", ")
                                       << "rules[0]: required field 'protocol' is missing";
        QTest::newRow("unsupported format") << QByteArray("\"format\": 1") << QByteArray("\"format\": @@2")
                                            << "format: format 2 is not supported (this program reads format 1)";
        QTest::newRow("bad id") << QByteArray("\"id\": \"demo\"") << QByteArray("\"id\": @@\"Demo App\"")
                                << "id: 'Demo App' is not a valid id (lower-case letters, digits and hyphens)";
        QTest::newRow("bad default") << QByteArray("\"default\": \"5432\"") << QByteArray("\"default\": @@\"70000\"")
                                     << "values[0].default: 70000 is not a port (1-65535)";
        QTest::newRow("bad licenseFile")
            << QByteArray("\"default\": \"5432\"")
            << QByteArray("\"default\": \"5432\", \"licenseFile\": @@\"server-line\"")
            << "values[0].licenseFile: 'server-line' is not one of: server-host, server-port, vendor-port";
        QTest::newRow("licenseFile of another type")
            << QByteArray("\"default\": \"5432\"")
            << QByteArray("\"default\": \"5432\", \"licenseFile\": @@\"server-host\"")
            << "values[0].licenseFile: 'server-host' is not valid: it gives a host, and this value is a port";
        QTest::newRow("bad placeholder") << QByteArray("{\"en\": \"DB\"") << QByteArray("{\"en\": @@\"DB {value:x}\"")
                                         << "rules[0].purpose.en: unknown placeholder '{value:x}'";
        QTest::newRow("unknown role in when")
            << QByteArray("\"direction\": \"in\"")
            << QByteArray("\"when\": {\"roles\": [@@\"client\"]}, \"direction\": \"in\"")
            << "rules[0].when.roles[0]: unknown role 'client'";
        QTest::newRow("any protocol with ports")
            << QByteArray("\"protocol\": \"tcp\", \"ports\": [5432]")
            << QByteArray("\"protocol\": \"any\", \"ports\": @@[5432]")
            << "rules[0].ports: a rule with ports needs protocol tcp or udp, not any";
        QTest::newRow("allow everything")
            << QByteArray("\"ports\": [5432], ") << QByteArray("")
            << "rules[0]: a rule without ports needs a program; otherwise it would allow every port";
        QTest::newRow("bad host") << QByteArray("{\"kind\": \"lan\"}")
                                  << QByteArray("{\"kind\": \"hosts\", \"hosts\": [@@\"a b\"]}")
                                  << "rules[0].remote.hosts[0]: 'a b' is not a host name or address";
        QTest::newRow("octal host") << QByteArray("{\"kind\": \"lan\"}")
                                    << QByteArray("{\"kind\": \"hosts\", \"hosts\": [\"192.0.2.1\", @@\"010.1.1.1\"]}")
                                    << "rules[0].remote.hosts[1]: '010.1.1.1' is not a host name or address";
        QTest::newRow("octal 0177") << QByteArray("{\"kind\": \"lan\"}")
                                    << QByteArray("{\"kind\": \"hosts\", \"hosts\": [\"192.0.2.1\", @@\"0177.0.0.1\"]}")
                                    << "rules[0].remote.hosts[1]: '0177.0.0.1' is not a host name or address";
        QTest::newRow("hex host") << QByteArray("{\"kind\": \"lan\"}")
                                  << QByteArray("{\"kind\": \"hosts\", \"hosts\": [\"192.0.2.1\", @@\"0x7f.0.0.1\"]}")
                                  << "rules[0].remote.hosts[1]: '0x7f.0.0.1' is not a host name or address";
        QTest::newRow("short ipv4") << QByteArray("{\"kind\": \"lan\"}")
                                    << QByteArray("{\"kind\": \"hosts\", \"hosts\": [\"192.0.2.1\", @@\"127.1\"]}")
                                    << "rules[0].remote.hosts[1]: '127.1' is not a host name or address";
        QTest::newRow("integer ipv4") << QByteArray(
            "{\"kind\": \"lan\"}") << QByteArray("{\"kind\": \"hosts\", \"hosts\": [\"192.0.2.1\", @@\"2130706433\"]}")
                                      << "rules[0].remote.hosts[1]: '2130706433' is not a host name or address";
        QTest::newRow("numeric last label")
            << QByteArray("{\"kind\": \"lan\"}")
            << QByteArray("{\"kind\": \"hosts\", \"hosts\": [\"192.0.2.1\", @@\"lic01.42\"]}")
            << "rules[0].remote.hosts[1]: 'lic01.42' is not a host name or address";
        QTest::newRow("hex last label") << QByteArray(
            "{\"kind\": \"lan\"}") << QByteArray("{\"kind\": \"hosts\", \"hosts\": [\"192.0.2.1\", @@\"lic01.0x1f\"]}")
                                        << "rules[0].remote.hosts[1]: 'lic01.0x1f' is not a host name or address";
        QTest::newRow("empty host list") << QByteArray("{\"kind\": \"lan\"}")
                                         << QByteArray("{\"kind\": \"hosts\", \"hosts\": @@[]}")
                                         << "rules[0].remote.hosts: an empty host list would allow every address; name "
                                            "the hosts, or use remote kind 'any'";
        QTest::newRow("bad role id") << QByteArray("{\"id\": \"server\"") << QByteArray("{\"id\": @@\"master\"")
                                     << "roles[0].id: 'master' is not one of: server, client";
        QTest::newRow("bad url")
            << QByteArray("\"url\": \"https://example.com/kb\"") << QByteArray("\"url\": @@\"ftp://x\"")
            << "sources[0].url: 'ftp://x' is not valid: a source's url starts with https:// or http://";
        // The length limits (resources/catalog/README.md): one over each is refused with its field.
        const QByteArray purpose(2001, 'p');
        QTest::newRow("purpose too long")
            << QByteArray("{\"en\": \"DB\"") << "{\"en\": @@\"" + purpose + "\""
            << "rules[0].purpose.en: the text is 2001 characters long; at most 2000 are allowed here";
        QTest::newRow("12,000-character purpose")
            << QByteArray("\"es\": \"BD\"") << "\"es\": @@\"" + QByteArray(12000, 'p') + "\""
            << "rules[0].purpose.es: the text is 12000 characters long; at most 2000 are allowed here";
        QTest::newRow("url too long")
            << QByteArray("\"url\": \"https://example.com/kb\"")
            << "\"url\": @@\"https://example.com/" + QByteArray(1981, 'u') + "\""
            << "sources[0].url: the text is 2001 characters long; at most 2000 are allowed here";
        QTest::newRow("source title too long")
            << QByteArray("\"title\": \"KB\"") << "\"title\": @@\"" + QByteArray(256, 't') + "\""
            << "sources[0].title: the text is 256 characters long; at most 255 are allowed here";
        QTest::newRow("name too long") << QByteArray("\"name\": \"Demo\"")
                                       << "\"name\": @@\"" + QByteArray(256, 'n') + "\""
                                       << "name: the text is 256 characters long; at most 255 are allowed here";
        QTest::newRow("vendor too long") << QByteArray("\"vendor\": \"Demo Ltd\"")
                                         << "\"vendor\": @@\"" + QByteArray(256, 'v') + "\""
                                         << "vendor: the text is 256 characters long; at most 255 are allowed here";
        QTest::newRow("label too long")
            << QByteArray("\"Servidor\"") << "@@\"" + QByteArray(256, 'l') + "\""
            << "roles[0].label.es: the text is 256 characters long; at most 255 are allowed here";
        QTest::newRow("id too long") << QByteArray("{\"id\": \"db-in\"") << "{\"id\": @@\"" + QByteArray(65, 'i') + "\""
                                     << "rules[0].id: the text is 65 characters long; at most 64 are allowed here";
        QTest::newRow("host too long")
            << QByteArray("{\"kind\": \"lan\"}")
            << "{\"kind\": \"hosts\", \"hosts\": [@@\"" + QByteArray(256, 'h') + "\"]}"
            << "rules[0].remote.hosts[0]: the text is 256 characters long; at most 255 are allowed here";
    }

    void longestTextsAccepted()
    {
        // Exactly at each limit, in characters (not bytes: "ü" is two bytes in UTF-8).
        QByteArray json(baseJson);
        json.replace("{\"en\": \"DB\"", "{\"en\": \"" + QString(2000, QChar(0xFC)).toUtf8() + "\"");
        json.replace("\"title\": \"KB\"", "\"title\": \"" + QByteArray(255, 't') + "\"");
        json.replace("\"id\": \"db-in\"", "\"id\": \"" + QByteArray(64, 'i') + "\"");
        json.replace(
            "\"url\": \"https://example.com/kb\"", "\"url\": \"https://example.com/" + QByteArray(1980, 'u') + "\"");
        Product product;
        CatalogProblems problems;
        QVERIFY2(readProduct(json, QStringLiteral("demo.json"), product, problems),
            problems.isEmpty() ? "" : qPrintable(problems.first().toString()));
        QCOMPARE(product.rules[0].purpose.en.size(), 2000);
    }

    void fiftyMegabyteNoteIsRefusedQuickly()
    {
        QByteArray json(baseJson);
        json.replace("{\"en\": \"DB\"", "{\"en\": \"" + QByteArray(50 * 1024 * 1024, 'n') + "\"");
        QElapsedTimer timer;
        timer.start();
        Product product;
        CatalogProblems problems;
        QVERIFY(!readProduct(json, QStringLiteral("demo.json"), product, problems));
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, CatalogProblem::Code::TooLong);
    }
    void broken()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, message);
        QByteArray json(baseJson);
        QVERIFY2(json.contains(from), from.constData());
        json.replace(from, to);
        QString place = takeMarker(json);
        if (place.isEmpty()) // rows without a marker report at the rule's object
            place = QStringLiteral("17:5");
        Product product;
        CatalogProblems problems;
        QVERIFY(!readProduct(json, QStringLiteral("demo.json"), product, problems));
        QVERIFY(!problems.isEmpty());
        QStringList all;
        for (const CatalogProblem &p : problems)
            all << p.toString();
        QCOMPARE(all.first(), QStringLiteral("demo.json:%1: %2").arg(place, message));
        QCOMPARE(all.size(), 1);
    }

    void everyProblemIsReported()
    {
        QByteArray json(baseJson);
        json.replace("[5432]", "[70000]").replace("\"source\": \"kb\"}", "\"source\": \"nope\"}");
        Product product;
        CatalogProblems problems;
        QVERIFY(!readProduct(json, QStringLiteral("demo.json"), product, problems));
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems[0].code, CatalogProblem::Code::PortOutOfRange);
        QCOMPARE(problems[1].code, CatalogProblem::Code::UnknownReference);
    }

    void brokenUserFilesNeverStopTheBuiltIns()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto write = [&](const QString &name, const QByteArray &data) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        };
        write(QStringLiteral("a-broken.json"), QByteArray(baseJson).replace("[5432]", "[70000]"));
        write(QStringLiteral("b-good.json"), QByteArray(baseJson));
        write(QStringLiteral("c-duplicate.json"),
            QByteArray(baseJson).replace("\"id\": \"demo\"", "\"id\": \"palisade\""));
        write(QStringLiteral("d-not-json.json"), QByteArray("\xff\xfe garbage"));
        write(QStringLiteral("notes.txt"), QByteArray("not a catalog file"));

        const Catalog catalog = Catalog::load({dir.path()});
        QCOMPARE(catalog.productIds(),
            QStringList({QStringLiteral("palisade"), QStringLiteral("timesensor-legal"), QStringLiteral("demo")}));
        QCOMPARE(catalog.problems().size(), 3);
        QCOMPARE(catalog.problems()[0].toString(),
            dir.filePath(QStringLiteral("a-broken.json"))
                + QStringLiteral(":17:69: rules[0].ports[0]: 70000 is not a port (1-65535)"));
        QCOMPARE(catalog.problems()[1].toString(),
            dir.filePath(QStringLiteral("c-duplicate.json"))
                + QStringLiteral(":3:9: id: product 'palisade' is already defined in :/catalog/palisade.json; this "
                                 "file is skipped"));
        QCOMPARE(catalog.problems()[2].toString(),
            dir.filePath(QStringLiteral("d-not-json.json"))
                + QStringLiteral(":1:1: not valid JSON: invalid UTF-8 (byte 0xff)"));
        QVERIFY(!catalog.product(QStringLiteral("demo"))->builtIn);
    }

    void missingFolderIsReported()
    {
        Catalog catalog = Catalog::builtIn();
        QVERIFY(!catalog.addDirectory(QStringLiteral("/nonexistent/fw-catalog")));
        QCOMPARE(catalog.problems().size(), 1);
        QCOMPARE(catalog.problems()[0].toString(), QStringLiteral("/nonexistent/fw-catalog: catalog folder not found"));
        QCOMPARE(catalog.products().size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_Catalog)
#include "tst_catalog.moc"
