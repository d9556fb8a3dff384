// Every text format for a matrix of selections, compared byte for byte with tests/export/golden/.
// The golden files change only deliberately: FW_UPDATE_GOLDEN=1 ctest -R tst_exportgolden rewrites them; review the
// diff before committing it.
#include "ExportTestSupport.h"

#include <QTest>

using namespace fw;

class tst_ExportGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<QString>("format");
        QList<fwtest::Case> cases = fwtest::goldenCases();
        cases << fwtest::Case {QStringLiteral("hostile-server"),
            Selection {"hostile-app", "", "server", "", {"extra"}, {}},
            {{QStringLiteral("lan"), QStringLiteral("10.20.0.0/16")}}};
        for (const fwtest::Case &c : cases) {
            for (const Exporter *e : exporters()) {
                if (!e->isBinary())
                    QTest::newRow(qPrintable(c.name + QLatin1Char('.') + e->id())) << c.name << e->id();
            }
        }
    }

    void golden()
    {
        QFETCH(QString, caseName);
        QFETCH(QString, format);
        QList<fwtest::Case> cases = fwtest::goldenCases();
        cases << fwtest::Case {QStringLiteral("hostile-server"),
            Selection {"hostile-app", "", "server", "", {"extra"}, {}},
            {{QStringLiteral("lan"), QStringLiteral("10.20.0.0/16")}}};
        fwtest::Case c;
        for (const fwtest::Case &candidate : cases) {
            if (candidate.name == caseName)
                c = candidate;
        }
        ExportContext context = fwtest::fixedContext(c.language);
        context.settings = c.settings;
        const ExportResult result = exporterFor(format)->render(fwtest::planFor(c.selection), context);
        for (const ExportProblem &p : result.problems)
            qWarning("%s", qPrintable(p.what));
        QVERIFY(result.ok());
        const QString path = fwtest::sourceDir() + QStringLiteral("/tests/export/golden/%1.%2").arg(caseName, format);
        if (qEnvironmentVariable("FW_UPDATE_GOLDEN") == QLatin1String("1")) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(result.data);
            return;
        }
        QFile in(path);
        QVERIFY2(in.open(QIODevice::ReadOnly),
            qPrintable(path + QStringLiteral(" is missing; FW_UPDATE_GOLDEN=1 writes it")));
        const QByteArray expected = in.readAll();
        if (result.data != expected) {
            const QList<QByteArray> a = result.data.split('\n');
            const QList<QByteArray> b = expected.split('\n');
            for (int i = 0; i < qMax(a.size(), b.size()); ++i) {
                const QByteArray got = i < a.size() ? a[i] : QByteArray("(end)");
                const QByteArray want = i < b.size() ? b[i] : QByteArray("(end)");
                if (got != want)
                    QFAIL(qPrintable(QStringLiteral("%1 line %2 differs:\n  got:  %3\n  want: %4")
                                         .arg(path)
                                         .arg(i + 1)
                                         .arg(QString::fromUtf8(got), QString::fromUtf8(want))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_ExportGolden)
#include "tst_exportgolden.moc"
