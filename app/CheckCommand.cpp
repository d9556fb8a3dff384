#include "Cli.h"
#include "Command.h"
#include "Logging.h"
#include "plan/PlanText.h"
#include "probe/CheckSession.h"
#include "probe/ProbeEngine.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace fw::cli {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::cli::CheckCommand)
}

const PlanRule *findRule(const Plan &plan, const QString &id)
{
    for (const PlanRule &rule : plan.rules) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}

/// "365-license-out (TCP 80, 443, 8080)".
QString ruleLabel(const Plan &plan, const QString &id)
{
    const PlanRule *rule = findRule(plan, id);
    if (!rule || rule->ports.isEmpty())
        return id;
    return QStringLiteral("%1 (%2 %3)").arg(id, protocolLabel(rule->protocol), portsLabel(rule->ports));
}

class CheckCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override
    {
        return Tr::tr(
            "Tests from this machine whether the server's ports and the outbound destinations can be reached.");
    }
    QString usage() const override
    {
        return selectionUsage() + QStringLiteral(" --server HOST [--timeout-ms N] [--adaptive] [--json]");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addSelectionOptions(parser);
        parser.addOption({QStringLiteral("server"),
            Tr::tr("The server to test: its host name or IP address (also fills the value 'server')."),
            QStringLiteral("HOST")});
        parser.addOption({QStringLiteral("timeout-ms"),
            Tr::tr("How long each probe may take, DNS included, in milliseconds (100-120000, default %1).")
                .arg(ProbeEngine::defaultTimeout()),
            QStringLiteral("N")});
        parser.addOption({QStringLiteral("adaptive"),
            Tr::tr("Conclude 'filtered' early once the host has answered on other ports (after many round "
                   "trips and a second attempt); the timeout stays the upper bound.")});
        parser.addOption({QStringLiteral("json"), Tr::tr("Print one JSON object instead of a table.")});
    }

    int run(const QCommandLineParser &parser, Context &context) const override
    {
        const bool json = parser.isSet(QStringLiteral("json"));
        int timeout = ProbeEngine::defaultTimeout();
        if (parser.isSet(QStringLiteral("timeout-ms"))) {
            bool ok = false;
            timeout = parser.value(QStringLiteral("timeout-ms")).toInt(&ok);
            if (!ok || timeout < 100 || timeout > 120000)
                return badInput(context,
                    Tr::tr("--timeout-ms %1: give milliseconds from 100 to 120000")
                        .arg(parser.value(QStringLiteral("timeout-ms"))));
        }
        QString server = parser.value(QStringLiteral("server"));
        if (parser.isSet(QStringLiteral("server"))) {
            QString detail;
            const ValueReason reason = validateHost(server, &detail);
            if (reason != ValueReason::Invalid)
                return badInput(
                    context, QStringLiteral("--server %1: %2").arg(server, valueReasonText(reason, server, detail)));
        }
        Plan plan;
        if (!resolveWithServer(parser, context, server, plan))
            return ExitBadInput;
        if (server.isEmpty())
            server = plan.selection.values.value(QStringLiteral("server"));
        if (server.isEmpty())
            return badInput(context, Tr::tr("--server HOST is missing: the name or address of the server to test"));

        CheckSession session;
        session.setPlan(plan, context.catalog.product(plan.selection.product));
        session.setServer(server);
        session.setTimeout(timeout);
        session.setAdaptive(parser.isSet(QStringLiteral("adaptive")));
        const ProbeSet set = session.targets();
        log::toFile(log::Level::Info,
            QStringLiteral("check: %1 probes, server %2, timeout %3 ms")
                .arg(set.targets.size())
                .arg(server)
                .arg(timeout));

        const int statusWidth = [] {
            int width = 0;
            for (ProbeStatus s : {ProbeStatus::Open, ProbeStatus::Refused, ProbeStatus::Filtered,
                     ProbeStatus::OpenOrFiltered, ProbeStatus::Unreachable, ProbeStatus::DnsError})
                width = std::max(width, int(probeStatusLabel(s).size()));
            return width;
        }();
        if (!json) {
            context.out << Tr::tr("Checking %1 from this machine (probes: %2, each within %3 ms):")
                               .arg(planTitle(plan, context.language))
                               .arg(set.targets.size())
                               .arg(timeout)
                        << Qt::endl;
        }
        // Each line as its result arrives: the lines are the progress.
        QObject::connect(session.engine(), &ProbeEngine::resultReady, [&](const ProbeResult &r) {
            log::toFile(log::Level::Info,
                QStringLiteral("check: %1 %2 %3 -> %4 (%5, %6 ms) %7")
                    .arg(r.target.host, protocolId(r.target.protocol))
                    .arg(r.target.port)
                    .arg(probeStatusId(r.status), probeEvidenceId(r.evidence))
                    .arg(r.millis)
                    .arg(r.detail));
            if (json)
                return;
            const QString host = r.address.isEmpty() || r.address == r.target.host
                ? r.target.host
                : QStringLiteral("%1 (%2)").arg(r.target.host, r.address);
            QString line = QStringLiteral("  %1  %2  %3  %4 ms")
                               .arg(probeStatusLabel(r.status), -statusWidth)
                               .arg(probeEndpointLabel(r.target), -9)
                               .arg(host)
                               .arg(r.millis);
            if (r.responder && r.status == ProbeStatus::Open)
                line += QStringLiteral("  ") + Tr::tr("test responder");
            context.out << line << Qt::endl;
        });
        QEventLoop loop;
        QObject::connect(session.engine(), &ProbeEngine::finished, &loop, &QEventLoop::quit);
        if (session.start() && session.isRunning())
            loop.exec();
        const ProbeResults results = session.results();
        const CheckSummary summary = session.summary();
        const QJsonObject report = session.report(QStringLiteral("cli"), context.language);
        // Kept for diagnose, as the wizard keeps its own; a failure here does not fail the check.
        QString storeError;
        if (!storeLastCheck(report, &storeError))
            log::toFile(log::Level::Warn, QStringLiteral("check: results not kept: %1").arg(storeError));
        if (json)
            printJson(context, set, report);
        else
            printText(context, plan, set, results, summary, session.advice(context.language));
        log::toFile(log::Level::Info,
            QStringLiteral("check: %1 of %2 probes blocked, %3 ms")
                .arg(summary.blocked())
                .arg(results.size())
                .arg(session.millis()));
        return summary.blocked() > 0 ? ExitBlocked : ExitOk;
    }

private:
    /// Why a rule is not tested, in words (a member, so that lupdate files it under this command).
    static QString reasonText(UnprobedRule::Reason reason)
    {
        switch (reason) {
        case UnprobedRule::Reason::NoHost:
            return Tr::tr("no host is named to test (the internet, the LAN, or this machine's own inbound port)");
        case UnprobedRule::Reason::NoPorts:
            return Tr::tr("a program rule without ports");
        case UnprobedRule::Reason::NoServer:
            return Tr::tr("the server's address is not known");
        case UnprobedRule::Reason::Invalid:
            break;
        }
        return QString();
    }

    /// Resolves the selection with --server HOST as the value "server" where the product asks for it, so that the
    /// admin need not give the same address twice; every message comes from the usual selection checks.
    static bool resolveWithServer(const QCommandLineParser &parser, Context &context, const QString &server, Plan &plan)
    {
        // Every selection option as given (a plan file too, where the command line has that option).
        QStringList args {QCoreApplication::applicationFilePath()};
        const QStringList found = parser.optionNames();
        for (const char *name : {"product", "role", "deployment", "version", "plan-file", "with", "set"}) {
            const QString option = QString::fromLatin1(name);
            if (!found.contains(option))
                continue;
            for (const QString &value : parser.values(option))
                args << QStringLiteral("--") + option << value;
        }
        Selection selection;
        selection.product = parser.value(QStringLiteral("product"));
        selection.role = parser.value(QStringLiteral("role"));
        selection.deployment = parser.value(QStringLiteral("deployment"));
        selection.version = parser.value(QStringLiteral("version"));
        selection.options = parser.values(QStringLiteral("with"));
        QString givenServer;
        bool serverGiven = false;
        for (const QString &set : parser.values(QStringLiteral("set"))) {
            if (set.startsWith(QLatin1String("server="))) {
                givenServer = set.mid(7);
                serverGiven = true;
            }
        }
        if (!server.isEmpty()) {
            if (serverGiven && givenServer != server) {
                badInput(
                    context, Tr::tr("--server %1 and --set server=%2 name different servers").arg(server, givenServer));
                return false;
            }
            bool asked = false;
            if (const Product *product = context.catalog.product(selection.product)) {
                for (const ValueDef *value : applicableValues(*product, selection))
                    asked = asked || value->id == QLatin1String("server");
            }
            if (asked && !serverGiven)
                args << QStringLiteral("--set") << QStringLiteral("server=") + server;
        }
        QCommandLineParser selectionParser;
        addSelectionOptions(selectionParser);
        if (!selectionParser.parse(args)) {
            badInput(context, selectionParser.errorText());
            return false;
        }
        return resolveSelection(selectionParser, context, plan);
    }

    static void printText(Context &context, const Plan &plan, const ProbeSet &set, const ProbeResults &results,
        const CheckSummary &summary, const QList<CheckAdvice> &advice)
    {
        QTextStream &out = context.out;
        if (set.targets.isEmpty())
            out << Tr::tr("This plan has nothing that can be tested from here.") << Qt::endl;
        if (!set.unprobed.isEmpty()) {
            QMap<UnprobedRule::Reason, QStringList> byReason;
            for (const UnprobedRule &u : set.unprobed)
                byReason[u.reason] << ruleLabel(plan, u.ruleId);
            out << Qt::endl << Tr::tr("Not tested:") << Qt::endl;
            for (auto it = byReason.cbegin(); it != byReason.cend(); ++it)
                out << QStringLiteral("  ") << reasonText(it.key()) << QStringLiteral(": ")
                    << it.value().join(QStringLiteral(", ")) << Qt::endl;
        }
        if (set.omitted > 0)
            out << Tr::tr("Ports of the plan left out (one check probes at most %1): %2")
                       .arg(maxProbeTargets())
                       .arg(set.omitted)
                << Qt::endl;
        if (summary.ran)
            out << Qt::endl << summary.sentence() << Qt::endl;
        if (!advice.isEmpty())
            out << Qt::endl << Tr::tr("What it means and what to do:") << Qt::endl;
        // Each group once, headed by all its ports: "TCP 19812-19814 ts.example.com: ...".
        for (const CheckAdvice &group : advice) {
            QList<ProbeTarget> targets;
            for (int i : group.results)
                targets << results.at(i).target;
            out << QStringLiteral("  %1 %2: ").arg(probeEndpointsLabel(targets), targets.constFirst().host)
                << group.text << Qt::endl;
        }
        if (summary.passed())
            out << Qt::endl << Tr::tr("Nothing is blocked.") << Qt::endl;
    }

    /// check --json: the report, with each untested rule's reason also in words.
    static void printJson(Context &context, const ProbeSet &set, QJsonObject report)
    {
        QJsonArray untested = report.value(QStringLiteral("untested")).toArray();
        for (qsizetype i = 0; i < untested.size() && i < set.unprobed.size(); ++i) {
            QJsonObject e = untested.at(i).toObject();
            e.insert(QStringLiteral("text"), reasonText(set.unprobed.at(i).reason));
            untested.replace(i, e);
        }
        report.insert(QStringLiteral("untested"), untested);
        context.out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    }
};

} // namespace

std::unique_ptr<Command> makeCheckCommand()
{
    return std::make_unique<CheckCommand>();
}

} // namespace fw::cli
