// Catalog loading and plan resolution, against QJsonDocument parsing the same bytes as the baseline (interleaved,
// medians). Goals (issue 2): built-in catalog under 5 ms, one plan under 50 us, 1,000 products x 50 rules under 150 ms.
#include "Selections.h"
#include "catalog/Catalog.h"
#include "plan/PlanResolver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace fw;

namespace {

/// Keeps the optimiser from dropping work whose result is otherwise unused.
volatile bool g_sink = false;
void sink(bool value)
{
    g_sink = value;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

template<typename F>
double timeUs(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return t.nsecsElapsed() / 1000.0;
}

QByteArray generatedProduct(int index, int rules)
{
    QByteArray json = "{\"format\": 1, \"id\": \"gen-" + QByteArray::number(index)
        + "\", \"name\": \"Generated\", \"vendor\": \"Bench\", \"description\": {\"en\": \"d\", \"de\": \"d\", \"es\": "
          "\"d\"},"
          "\"roles\": [{\"id\": \"server\", \"label\": {\"en\": \"S\", \"de\": \"S\", \"es\": \"S\"}, \"description\": "
          "{\"en\": \"S\", \"de\": \"S\", \"es\": \"S\"}}],"
          "\"sources\": [{\"id\": \"kb\", \"title\": \"KB\", \"url\": \"https://example.com/\", \"kind\": \"vendor\"}],"
          "\"rules\": [";
    for (int r = 0; r < rules; ++r) {
        if (r)
            json += ',';
        json += "{\"id\": \"r" + QByteArray::number(r)
            + "\", \"direction\": \"in\", \"protocol\": \"tcp\", \"ports\": [" + QByteArray::number(1000 + r)
            + ", \"2000-2010\"], \"remote\": {\"kind\": \"lan\"}, \"purpose\": {\"en\": "
              "\"Purpose of the rule\", \"de\": \"Zweck der Regel\", \"es\": \"Finalidad de la regla\"}, \"source\": "
              "\"kb\"}";
    }
    return json + "]}";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = 30;

    // Built-in catalog: our reader vs QJsonDocument on the same files.
    QList<QByteArray> builtInFiles;
    for (const QString &name : QDir(QStringLiteral(":/catalog")).entryList({QStringLiteral("*.json")})) {
        QFile f(QStringLiteral(":/catalog/") + name);
        f.open(QIODevice::ReadOnly);
        builtInFiles << f.readAll();
    }
    std::vector<double> ours, baseline;
    for (int i = 0; i < rounds; ++i) {
        ours.push_back(timeUs([] { sink(!Catalog::builtIn().products().isEmpty()); }));
        baseline.push_back(timeUs([&] {
            for (const QByteArray &data : builtInFiles)
                sink(QJsonDocument::fromJson(data).isObject());
        }));
    }
    std::printf("built-in catalog load:      %8.1f us (median of %d; goal < 5000 us); QJsonDocument parse only: %.1f "
                "us; ratio %.2f\n",
        median(ours), rounds, median(baseline), median(ours) / median(baseline));

    // Every plan of the built-in catalog.
    const Catalog catalog = Catalog::builtIn();
    const QList<Selection> selections = fw::test::builtInSelectionsWithEachOption(catalog);
    std::vector<double> perPlan;
    for (int i = 0; i < rounds; ++i) {
        perPlan.push_back(timeUs([&] {
            for (const Selection &s : selections) {
                Plan plan;
                SelectionProblems problems;
                resolvePlan(catalog, s, plan, problems);
            }
        }) / selections.size());
    }
    std::printf("plan resolution:            %8.2f us per plan (median, %zu combinations; goal < 50 us)\n",
        median(perPlan), size_t(selections.size()));

    // A generated catalog of 1,000 products x 50 rules.
    std::vector<QByteArray> generated;
    qint64 bytes = 0;
    const int products
        = qEnvironmentVariableIsSet("FW_BENCH_PRODUCTS") ? qEnvironmentVariableIntValue("FW_BENCH_PRODUCTS") : 1000;
    for (int i = 0; i < products; ++i) {
        generated.push_back(generatedProduct(i, 50));
        bytes += generated.back().size();
    }
    std::vector<double> big, bigBaseline;
    for (int i = 0; i < 5; ++i) {
        big.push_back(timeUs([&] {
            Catalog c;
            for (size_t n = 0; n < generated.size(); ++n)
                c.addFile(generated[n], QStringLiteral("gen-%1.json").arg(n));
            if (c.products().size() != products || !c.problems().isEmpty())
                std::printf("unexpected: %lld products, %lld problems\n", qlonglong(c.products().size()),
                    qlonglong(c.problems().size()));
        }));
        bigBaseline.push_back(timeUs([&] {
            for (const QByteArray &data : generated)
                sink(QJsonDocument::fromJson(data).isObject());
        }));
    }
    std::printf("1,000 products x 50 rules:  %8.1f ms (median of 5, %.1f MB; goal < 150 ms); QJsonDocument parse only: "
                "%.1f ms; ratio %.2f\n",
        median(big) / 1000, bytes / 1e6, median(bigBaseline) / 1000, median(big) / median(bigBaseline));
    return 0;
}
