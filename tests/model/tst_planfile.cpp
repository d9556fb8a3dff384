#include "plan/PlanFile.h"

#include <QTest>

using namespace fw;

class tst_PlanFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        const Selection s {"timesensor-legal", "", "client", "365", {"email"},
            {{"server", "ts.example.com"}, {"mail-server", "mail.example.com"}}};
        const QByteArray data = planfile::write(s);
        QCOMPARE(data,
            QByteArray("{\n"
                       "    \"deployment\": \"365\",\n"
                       "    \"fwplan\": \"1.0\",\n"
                       "    \"options\": [\n"
                       "        \"email\"\n"
                       "    ],\n"
                       "    \"product\": \"timesensor-legal\",\n"
                       "    \"role\": \"client\",\n"
                       "    \"values\": {\n"
                       "        \"mail-server\": \"mail.example.com\",\n"
                       "        \"server\": \"ts.example.com\"\n"
                       "    }\n"
                       "}\n"));
        Selection back;
        QList<PlanFileProblem> problems;
        QVERIFY(planfile::read(data, QStringLiteral("a.fwplan"), back, problems));
        QCOMPARE(back, s);
    }

    void newerMinorVersionWithExtraFieldsLoads()
    {
        Selection s;
        QList<PlanFileProblem> problems;
        QVERIFY(
            planfile::read("{\"fwplan\": \"1.7\", \"product\": \"palisade\", \"version\": \"8\", \"role\": \"server\", "
                           "\"comment\": \"from the head office\", \"futureThing\": {\"x\": [1, 2]}}",
                QStringLiteral("b.fwplan"), s, problems));
        QCOMPARE(s.product, QStringLiteral("palisade"));
        QCOMPARE(s.version, QStringLiteral("8"));
        QVERIFY(s.options.isEmpty());
    }

    // The one parse also says where each field stands, for messages about the choices (the wizard's Open Plan).
    void placesOfFields_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("role") << "role" << 2 << 11;
        QTest::newRow("second option") << "options[1]" << 3 << 36;
        QTest::newRow("options") << "options" << 3 << 14;
        QTest::newRow("a value") << "values.lmgrd-port" << 4 << 28;
        QTest::newRow("a value not there: its object") << "values.server" << 4 << 13;
        QTest::newRow("a field not there: the file") << "deployment" << 1 << 1;
        QTest::newRow("product") << "product" << 1 << 30;
    }
    void placesOfFields()
    {
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(int, column);
        const QByteArray data = "{\"fwplan\": \"1.0\", \"product\": \"palisade\", \"version\": \"7\",\n"
                                "  \"role\": \"server\",\n"
                                "  \"options\": [\"online-activation\", \"fax\"],\n"
                                "  \"values\": {\"lmgrd-port\": \"70000\"}}\n";
        Selection s;
        QList<PlanFileProblem> problems;
        PlanFilePlaces places;
        QVERIFY(planfile::read(data, QStringLiteral("p.fwplan"), s, problems, &places));
        const PlanFilePlaces::Place place = places.at(path);
        QCOMPARE(place.line, line);
        QCOMPARE(place.column, column);
    }

    void broken_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("messages");
        QTest::newRow("other major") << QByteArray(
            "{\"fwplan\": \"2.0\", \"product\": \"palisade\", \"role\": \"server\"}")
                                     << QStringList {"p.fwplan:1:12: fwplan: format version 2.0 is not supported: this "
                                                     "program reads version 1.x; use a newer Firewall Setup Wizard"};
        QTest::newRow("not a plan") << QByteArray("{\"product\": \"palisade\"}")
                                    << QStringList {
                                           "p.fwplan:1:1: this is not a plan file of Firewall Setup Wizard (the "
                                           "field 'fwplan' is missing)"};
        QTest::newRow("bad version text") << QByteArray(
            "{\"fwplan\": 1}") << QStringList {"p.fwplan:1:12: fwplan: expected a format version such as \"1.0\""};
        QTest::newRow("not json") << QByteArray("{\"fwplan\": \"1.0\",\n \"product\": palisade}")
                                  << QStringList {"p.fwplan:2:13: not valid JSON: expected a value, found 'p'"};
        QTest::newRow("wrong types") << QByteArray(
            "{\"fwplan\": \"1.0\", \"product\": \"palisade\", \"role\": \"server\",\n"
            " \"values\": {\"lmgrd-port\": 27000}, \"options\": \"email\"}")
                                     << QStringList {"p.fwplan:2:46: options: expected a list, found string",
                                            "p.fwplan:2:27: values.lmgrd-port: expected a string, found number"};
        QTest::newRow("missing role") << QByteArray("{\"fwplan\": \"1.0\", \"product\": \"palisade\"}")
                                      << QStringList {"p.fwplan:1:1: required field 'role' is missing"};
        QTest::newRow("array") << QByteArray("[]")
                               << QStringList {"p.fwplan:1:1: a plan file is a JSON object, not array"};
    }
    void broken()
    {
        QFETCH(QByteArray, data);
        QFETCH(QStringList, messages);
        Selection s;
        QList<PlanFileProblem> problems;
        QVERIFY(!planfile::read(data, QStringLiteral("p.fwplan"), s, problems));
        QStringList found;
        for (const PlanFileProblem &p : problems)
            found << p.toString();
        QCOMPARE(found, messages);
    }
};

QTEST_GUILESS_MAIN(tst_PlanFile)
#include "tst_planfile.moc"
