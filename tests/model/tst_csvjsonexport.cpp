#include "Table.h"
#include "catalog/Catalog.h"
#include "export/CsvExporter.h"
#include "export/Exporter.h"
#include "plan/PlanResolver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fw;

namespace {
Plan planFor(const Selection &selection)
{
    static const Catalog catalog = Catalog::builtIn();
    Plan plan;
    SelectionProblems problems;
    if (!resolvePlan(catalog, selection, plan, problems))
        qFatal("selection does not resolve");
    return plan;
}
} // namespace

class tst_CsvJsonExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonFollowsTheContract()
    {
        const Plan plan = planFor({"palisade", "7", "client", "", {}, {{"server", "lic01.example.com"}}});
        ExportContext context;
        context.language = QStringLiteral("de");
        const ExportResult result = exporterFor("json")->render(plan, context);
        QVERIFY(result.ok());
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(result.data, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root["product"].toString(), QStringLiteral("palisade"));
        QCOMPARE(root["role"].toString(), QStringLiteral("client"));
        QVERIFY(root["deployment"].isNull());
        QCOMPARE(root["version"].toString(), QStringLiteral("7"));
        const QJsonArray rules = root["rules"].toArray();
        QCOMPARE(rules.size(), 3);
        const QJsonObject in = rules[0].toObject();
        QCOMPARE(in["direction"].toString(), QStringLiteral("in"));
        QCOMPARE(in["protocol"].toString(), QStringLiteral("any"));
        QCOMPARE(in["ports"].toArray().size(), 0);
        QCOMPARE(in["program"].toString(), QStringLiteral("PalFlexServer7.exe"));
        QCOMPARE(in["remote"].toObject()["kind"].toString(), QStringLiteral("server"));
        QCOMPARE(in["remote"].toObject()["hosts"].toArray(), QJsonArray({"lic01.example.com"}));
        QVERIFY(in["option"].isNull());
        QCOMPARE(in["derived"].toBool(), false);
        QCOMPARE(in["source"].toString(), QStringLiteral("palisade-kb"));
        QCOMPARE(in["purpose"].toString(), plan.rules[0].purpose.de);
        const QJsonObject port = rules[2].toObject();
        QCOMPARE(port["ports"].toArray(), QJsonArray({QJsonObject {{"from", 27000}, {"to", 27000}}}));
        QVERIFY(port["program"].isNull());
        QCOMPARE(port["derived"].toBool(), true);
        QCOMPARE(root["executables"].toArray()[0].toObject()["name"].toString(), QStringLiteral("PalFlexServer7.exe"));
        QVERIFY(!root["notes"].toArray().isEmpty());
        QCOMPARE(root["notes"].toArray()[0].toObject()["text"].toString(), plan.notes[0].text.de);
    }

    void csvField_data()
    {
        fw::test::addTextTable({"text", "field"},
            {
                {"plain", {"TCP", "TCP"}},
                {"comma", {"80, 443", "\"80, 443\""}},
                {"quote", {"say \"hi\"", "\"say \"\"hi\"\"\""}},
                {"newline", {"a\nb", "\"a\nb\""}},
                {"formula", {"=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""}},
                {"plus", {"+1", "\"'+1\""}},
                {"at", {"@SUM(A1)", "\"'@SUM(A1)\""}},
                {"minus", {"-2", "\"'-2\""}},
                {"non-ascii", {QString::fromUtf8("Lizenzserver über LAN"), QString::fromUtf8("Lizenzserver über LAN")}},
            });
    }
    void csvField()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(CsvExporter::field(text), field);
    }

    void csvTable()
    {
        const Plan plan = planFor({"timesensor-legal", "", "client", "365", {"email"}, {{"server", "ts.example.com"}}});
        ExportContext context;
        const ExportResult result = exporterFor("csv")->render(plan, context);
        QVERIFY(result.ok());
        QVERIFY(result.data.startsWith("\xEF\xBB\xBF"));
        const QStringList lines
            = QString::fromUtf8(result.data.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0],
            QStringLiteral(
                "Rule,Direction,Protocol,Ports,Program,Remote,Hosts,Purpose,Option,Derived,Source,Source URL"));
        QVERIFY2(
            lines[1].startsWith(QStringLiteral("email-out,out,tcp,465 587 993 995,,internet,,")), qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(QStringLiteral("365-client-tcp-out,out,tcp,19812-19814,,server,ts.example.com,")),
            qPrintable(lines[2]));
        QVERIFY2(lines[3].startsWith(QStringLiteral("365-client-quic-out,out,udp,19813,,server,ts.example.com,")),
            qPrintable(lines[3]));
        QVERIFY(lines[1].contains(QStringLiteral(",email,no,")));
    }

    void registry()
    {
        QVERIFY(exporterFor("json"));
        QVERIFY(exporterFor("csv"));
        QVERIFY(!exporterFor("docx"));
        QVERIFY(exporterIds().contains("csv"));
    }
};

QTEST_GUILESS_MAIN(tst_CsvJsonExport)
#include "tst_csvjsonexport.moc"
