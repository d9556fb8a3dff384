#pragma once

#include "Netns.h"
#include "Run.h"
#include "catalog/Catalog.h"
#include "export/Exporter.h"
#include "plan/PlanResolver.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>

namespace fwtest {

/// The source tree (FW_SOURCE_DIR from ctest, else relative to the binary's build folder).
inline QString sourceDir()
{
    const QString dir = qEnvironmentVariable("FW_SOURCE_DIR");
    return dir.isEmpty() ? QStringLiteral(FW_TEST_SOURCE_DIR) : dir;
}

inline QString dataDir()
{
    return sourceDir() + QStringLiteral("/tests/export/data");
}

/// The built-in catalog plus the hostile test product and the one naming its programs by full path.
inline const fw::Catalog &catalog()
{
    static const fw::Catalog c = [] {
        fw::Catalog loaded
            = fw::Catalog::load({dataDir() + QStringLiteral("/hostile"), dataDir() + QStringLiteral("/paths")});
        for (const fw::CatalogProblem &p : loaded.problems())
            qWarning("catalog: %s", qPrintable(p.toString()));
        return loaded;
    }();
    return c;
}

/// Resolves a selection or fails the test run loudly (a broken fixture is not a test result).
inline fw::Plan planFor(const fw::Selection &selection)
{
    fw::Plan plan;
    fw::SelectionProblems problems;
    if (!fw::resolvePlan(catalog(), selection, plan, problems)) {
        for (const auto &p : problems)
            qWarning("%s", qPrintable(p.toString()));
        qFatal("selection %s/%s does not resolve", qPrintable(selection.product), qPrintable(selection.role));
    }
    return plan;
}

/// A context with a fixed date, so that outputs are byte-exact.
inline fw::ExportContext fixedContext(const QString &language = QStringLiteral("en"))
{
    fw::ExportContext context;
    context.language = language;
    context.generatedAt = QDateTime(QDate(2024, 5, 17), QTime(9, 30, 0), Qt::UTC);
    context.machineName = QStringLiteral("lic01");
    return context;
}

/// One golden case: a name, a selection and the settings.
struct Case
{
    QString name;
    fw::Selection selection;
    QMap<QString, QString> settings;
    QString language = QStringLiteral("en");
};

/// The matrix of selections every format is tested with (each product, role, deployment, version and option,
/// names and addresses as remote hosts, with and without a LAN range).
inline QList<Case> goldenCases()
{
    using fw::Selection;
    return {
        {QStringLiteral("palisade-7-server"), Selection {"palisade", "7", "server", "", {}, {}}, {}},
        {QStringLiteral("palisade-8-server-activation-pinned"),
            Selection {"palisade", "8", "server", "", {"online-activation"}, {{"vendor-port", "27001"}}}, {}},
        {QStringLiteral("palisade-6-client-name"),
            Selection {"palisade", "6", "client", "", {}, {{"server", "lic01.example.com"}}}, {}},
        {QStringLiteral("palisade-7-client-address-de"),
            Selection {"palisade", "7", "client", "", {}, {{"server", "192.0.2.10"}, {"vendor-port", "27001"}}}, {},
            QStringLiteral("de")},
        {QStringLiteral("timesensor-classic-server-lan"),
            Selection {"timesensor-legal", "", "server", "classic", {"email"}, {}},
            {{QStringLiteral("lan"), QStringLiteral("192.168.10.0/24,fd00:10::/64")},
                {QStringLiteral("zone"), QStringLiteral("internal")}}},
        {QStringLiteral("timesensor-classic-client"),
            Selection {"timesensor-legal", "", "client", "classic", {}, {{"server", "ts.example.com"}}}, {}},
        {QStringLiteral("timesensor-365-server-email-es"),
            Selection {"timesensor-legal", "", "server", "365", {"email"}, {}}, {}, QStringLiteral("es")},
        {QStringLiteral("timesensor-365-client-v6"),
            Selection {"timesensor-legal", "", "client", "365", {}, {{"server", "2001:db8::5"}}},
            {{QStringLiteral("program-dir"), QStringLiteral("D:\\Apps")}}},
        {QStringLiteral("paths-7-server"), Selection {"paths-app", "7", "server", "", {}, {}}, {}},
    };
}

/// Runs a program with a bounded wait; returns its exit code (-1 when it could not start or timed out).
inline int run(const QString &program, const QStringList &args, QByteArray *output = nullptr,
    const QByteArray &input = {}, int timeoutMs = 60000)
{
    return fw::test::run(QStringList {program} + args, output, input, timeoutMs);
}

/// Whether a program exists on PATH or in /usr/sbin, /sbin.
inline bool have(const QString &program)
{
    return !fw::test::findTool(program).isEmpty();
}

/// A network namespace (named fwx-<pid>-<tag>) that is deleted when this goes out of scope, even when the test
/// fails.
class NetNs
{
public:
    explicit NetNs(const QString &tag) : m_netns(QStringLiteral("fwx"), tag)
    {
        QString error;
        m_ok = m_netns.create(&error);
        if (!m_ok)
            qWarning("%s", qPrintable(error));
    }
    bool ok() const { return m_ok; }
    const QString &name() const { return m_netns.name(); }
    /// Runs @p program with @p args inside the namespace.
    int exec(const QString &program, const QStringList &args, QByteArray *output = nullptr,
        const QByteArray &input = {}, int timeoutMs = 60000) const
    {
        return m_netns.run(QStringList {program} + args, output, input, timeoutMs);
    }

private:
    fw::test::Netns m_netns;
    bool m_ok = false;
};

} // namespace fwtest
