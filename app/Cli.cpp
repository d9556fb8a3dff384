#include "Cli.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include "apply/ApplyProtocol.h"
#include "export/SaveFile.h"
#include "plan/PlanFile.h"
#include "system/InputFile.h"
#include "system/Tr.h"

namespace fw::cli {

namespace {
namespace Tr {
FW_TR_CONTEXT(fw::cli)
}
} // namespace

void addSelectionOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("product"), Tr::tr("The product's id (see 'products')."), QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("role"), Tr::tr("This machine's role: server or client."), QStringLiteral("ROLE")});
    parser.addOption(
        {QStringLiteral("deployment"), Tr::tr("The deployment, where the product has several."), QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("version"), Tr::tr("The product's major version, where it matters."), QStringLiteral("V")});
    parser.addOption({QStringLiteral("with"), Tr::tr("Turn on an option (repeatable)."), QStringLiteral("OPTION")});
    parser.addOption({QStringLiteral("set"), Tr::tr("Give a value (repeatable), e.g. --set server=lic01.example.com."),
        QStringLiteral("NAME=VALUE")});
    parser.addOption({QStringLiteral("plan-file"),
        Tr::tr("Read the selection from a plan file (.fwplan) instead; --with and --set add to it."),
        QStringLiteral("FILE")});
}

QString selectionUsage()
{
    return QStringLiteral("(--product ID --role server|client [--deployment ID] [--version V] | --plan-file FILE) "
                          "[--with OPTION]... [--set NAME=VALUE]...");
}

bool isRepeatableOption(const QString &name)
{
    return name == QLatin1String("with") || name == QLatin1String("set") || name == QLatin1String("catalog");
}

QString repeatedOptionError(const QCommandLineParser &parser)
{
    QSet<QString> seen;
    for (const QString &name : parser.optionNames()) {
        if (seen.contains(name) || isRepeatableOption(name))
            continue;
        seen.insert(name);
        // values() holds the values of every name of the option (-o and --output), in the order given; a flag
        // without a value has none and may be repeated harmlessly.
        const QStringList values = parser.values(name);
        if (values.size() < 2)
            continue;
        const QString shown = (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
        const QString list = values.join(QStringLiteral(", "));
        if (values.size() == 2)
            return Tr::tr("%1 given twice (%2)").arg(shown, list);
        return Tr::tr("%1 given %2 times (%3)").arg(shown).arg(values.size()).arg(list);
    }
    return QString();
}

void printError(Context &context, const QString &message)
{
    context.err << QStringLiteral("firewall-wizard: ") << Tr::tr("error: ") << message << Qt::endl;
    if (context.protocolErrors)
        context.err << applyprotocol::error(message) << Qt::endl;
}

int badInput(Context &context, const QString &message)
{
    printError(context, message);
    log::toFile(log::Level::Error, message);
    return ExitBadInput;
}

bool resolveSelection(const QCommandLineParser &parser, Context &context, Plan &plan)
{
    Selection selection;
    if (parser.isSet(QStringLiteral("plan-file"))) {
        for (const char *flag : {"product", "role", "deployment", "version"}) {
            if (parser.isSet(QLatin1String(flag))) {
                badInput(context,
                    Tr::tr("--%1 cannot be combined with --plan-file, which names the product, role, "
                           "deployment and version")
                        .arg(QLatin1String(flag)));
                return false;
            }
        }
        const QString path = parser.value(QStringLiteral("plan-file"));
        // A regular file under the cap only (inputfile::kPlanFileCap): a FIFO or a link to a device must not hang.
        QByteArray data;
        QString error;
        if (!inputfile::read(path, inputfile::kPlanFileCap, &data, &error)) {
            badInput(context, Tr::tr("cannot read %1: %2").arg(path, error));
            return false;
        }
        QList<PlanFileProblem> problems;
        if (!planfile::read(data, path, selection, problems)) {
            for (const PlanFileProblem &p : problems)
                badInput(context, p.toString());
            return false;
        }
        log::toFile(log::Level::Info, QStringLiteral("read plan file %1").arg(path));
    } else {
        selection.product = parser.value(QStringLiteral("product"));
        selection.role = parser.value(QStringLiteral("role"));
        selection.deployment = parser.value(QStringLiteral("deployment"));
        selection.version = parser.value(QStringLiteral("version"));
    }
    for (const QString &option : parser.values(QStringLiteral("with"))) {
        if (!selection.options.contains(option))
            selection.options << option;
    }
    QSet<QString> setHere;
    bool ok = true;
    const QStringList sets = parser.values(QStringLiteral("set"));
    for (const QString &set : sets) {
        const qsizetype eq = set.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            badInput(context, Tr::tr("--set %1: write NAME=VALUE, e.g. --set server=lic01.example.com").arg(set));
            ok = false;
            continue;
        }
        const QString name = set.left(eq);
        if (setHere.contains(name)) {
            badInput(context, Tr::tr("--set %1 is given twice").arg(name));
            ok = false;
            continue;
        }
        setHere.insert(name);
        selection.values.insert(name, set.mid(eq + 1));
    }
    if (!ok)
        return false;
    SelectionProblems problems;
    if (resolvePlan(context.catalog, selection, plan, problems))
        return true;
    for (const SelectionProblem &p : problems)
        badInput(context, p.toString());
    return false;
}

int writeOutput(Context &context, const QString &path, const QByteArray &data)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        context.out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size())
            return badInput(context, Tr::tr("cannot write to standard output"));
        return ExitOk;
    }
    const QString error = saveFile(path, data);
    if (!error.isEmpty())
        return badInput(context, Tr::tr("cannot write %1: %2").arg(path, error));
    log::toFile(log::Level::Info, QStringLiteral("wrote %1 (%2 bytes)").arg(path).arg(data.size()));
    return ExitOk;
}

} // namespace fw::cli
