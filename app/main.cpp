// firewall-wizard: the wizard without a sub-command, the headless command line with one (README, "Command line").
#include "Cli.h"
#include "Command.h"
#include "Logging.h"
#include "WizardLauncher.h"
#include "catalog/Catalog.h"
#include "catalog/LocalizedText.h"
#include "system/Paths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

using namespace fw;
using namespace fw::cli;

const char *const valueOptions[] = {"--catalog", "--lang", "--log-level"};

/// The sub-command named on the command line (the first argument that is neither an option nor an option's value).
const Command *findCommand(int argc, char **argv, QString *unknown)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg.startsWith('-')) {
            for (const char *option : valueOptions) {
                if (arg == option)
                    ++i; // skip its value
            }
            continue;
        }
        for (const auto &command : commands()) {
            if (command->name() == QString::fromLocal8Bit(arg))
                return command.get();
        }
        *unknown = QString::fromLocal8Bit(arg);
        return nullptr;
    }
    return nullptr;
}

void addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("catalog"),
        QCoreApplication::translate("fw::cli", "Read more catalog files from DIR (repeatable)."),
        QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("lang"),
        QCoreApplication::translate("fw::cli", "Language of every text: en, de or es."), QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("log-level"),
        QCoreApplication::translate(
            "fw::cli", "What is logged to stderr: trace, debug, info, warn, error or off (default warn)."),
        QStringLiteral("LEVEL")});
    parser.addOption(
        {{QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("fw::cli", "Show this help.")});
}

/// Whether the first argument that is not a command names a plan file for the wizard (a double-click on a .fwplan
/// runs "firewall-wizard FILE"): a name ending in .fwplan, or any existing file.
bool isPlanFileArgument(const QString &arg)
{
    return arg.endsWith(QStringLiteral(".fwplan"), Qt::CaseInsensitive) || QFileInfo(arg).isFile();
}

/// Whether a window can be shown. Without one, QApplication would abort with a message about Qt plugins; the
/// program says instead what works without a window.
bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

QString systemLanguage()
{
    const QString lang = QLocale::system().name().left(2);
    return supportedLanguages().contains(lang) ? lang : QStringLiteral("en");
}

/// The language that --lang asks for (also as --lang=LANG or -lang), else the system's; an unsupported one falls back
/// to the system's here and is reported once the options are parsed. A --lang given more than once names no language:
/// the system's is used for the error that refuses the repetition.
QString languageArgument(int argc, char **argv)
{
    QString language;
    int given = 0;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if ((arg == "--lang" || arg == "-lang") && i + 1 < argc) {
            language = QString::fromLocal8Bit(argv[++i]);
            ++given;
        } else if (arg.startsWith("--lang=") || arg.startsWith("-lang=")) {
            language = QString::fromLocal8Bit(arg.mid(arg.indexOf('=') + 1));
            ++given;
        }
    }
    if (given > 1)
        return systemLanguage();
    return supportedLanguages().contains(language) ? language : systemLanguage();
}

void installTranslators(const QString &language, QCoreApplication &app)
{
    if (language == QLatin1String("en"))
        return;
    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/firewallwizard_%1.qm").arg(language)))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

QString overview()
{
    QString text = QCoreApplication::translate("fw::cli",
        "Usage: firewall-wizard [--lang en|de|es] [FILE.fwplan]   opens the wizard (with a plan file)\n"
        "       firewall-wizard COMMAND [OPTIONS]                 works without a window\n\nCommands:\n");
    for (const auto &command : commands())
        text += QStringLiteral("  %1 %2\n").arg(command->name(), -8).arg(command->summary());
    text
        += QCoreApplication::translate("fw::cli", "\n'firewall-wizard COMMAND --help' explains a command's options.\n");
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    QString unknown;
    const Command *command = findCommand(argc, argv, &unknown);
    // "firewall-wizard site.fwplan" opens the wizard with that plan; any other word stays an unknown command.
    QString planFile;
    if (!command && !unknown.isEmpty() && isPlanFileArgument(unknown)) {
        planFile = unknown;
        unknown.clear();
    }
    bool help = false;
    for (int i = 1; i < argc; ++i)
        help = help || qstrcmp(argv[i], "--help") == 0 || qstrcmp(argv[i], "-h") == 0 || qstrcmp(argv[i], "-help") == 0;
    // Only the wizard needs a display: help and the sub-commands work on a server without one.
    const bool wizard = !command && unknown.isEmpty() && !help;
    const bool gui = wizard && hasDisplay();
    std::unique_ptr<QCoreApplication> app;
    // The PDF checklist needs fonts, which only a QGuiApplication provides; headless, on the offscreen platform.
    bool pdf = false;
    for (int i = 1; command && command->name() == QLatin1String("export") && i < argc; ++i)
        pdf = pdf || qstrcmp(argv[i], "--format=pdf") == 0
            || (qstrcmp(argv[i], "--format") == 0 && i + 1 < argc && qstrcmp(argv[i + 1], "pdf") == 0);
    if (pdf && !help) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else if (!gui)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FirewallWizard"));
    QCoreApplication::setApplicationName(QStringLiteral("firewall-wizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FW_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);

    // The language before the options: QCommandLineParser keeps each option's help text as it was when added. The
    // wizard installs its own translators, which it switches at run time; everything else prints here.
    if (!gui)
        installTranslators(languageArgument(argc, argv), *app);

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addGlobalOptions(parser);
    if (command)
        command->addOptions(parser);
    QStringList args = QCoreApplication::arguments();
    if (command)
        args.removeAt(args.indexOf(command->name(), 1));
    const QString name
        = command ? QStringLiteral("firewall-wizard ") + command->name() : QStringLiteral("firewall-wizard");
    if (!unknown.isEmpty()) {
        err << QStringLiteral("firewall-wizard: ")
            << QCoreApplication::translate("fw::cli", "error: unknown command '%1'").arg(unknown) << Qt::endl
            << overview();
        return ExitBadInput;
    }
    if (!parser.parse(args)) {
        err << name << QStringLiteral(": ") << QCoreApplication::translate("fw::cli", "error: ") << parser.errorText()
            << Qt::endl
            << QCoreApplication::translate("fw::cli", "Try '%1 --help'.").arg(name) << Qt::endl;
        return ExitBadInput;
    }
    const QString repeated = repeatedOptionError(parser);
    if (!repeated.isEmpty()) {
        err << QStringLiteral("firewall-wizard: ") << QCoreApplication::translate("fw::cli", "error: ") << repeated
            << Qt::endl;
        return ExitBadInput;
    }
    QStringList positional = parser.positionalArguments();
    if (!planFile.isEmpty())
        positional.removeOne(planFile);
    if (!positional.isEmpty()) {
        err << name << QStringLiteral(": ")
            << QCoreApplication::translate("fw::cli", "error: unexpected argument '%1'").arg(positional.first())
            << Qt::endl;
        if (command && positional.first().endsWith(QStringLiteral(".fwplan"), Qt::CaseInsensitive))
            err << QCoreApplication::translate("fw::cli", "A plan file goes with --plan-file: %1 --plan-file %2")
                       .arg(name, positional.first())
                << Qt::endl;
        return ExitBadInput;
    }

    QString language = systemLanguage();
    if (parser.isSet(QStringLiteral("lang"))) {
        language = parser.value(QStringLiteral("lang"));
        if (!supportedLanguages().contains(language)) {
            err << name << QStringLiteral(": ")
                << QCoreApplication::translate("fw::cli", "error: --lang %1: choose en, de or es").arg(language)
                << Qt::endl;
            return ExitBadInput;
        }
    }
    log::Level level = log::Level::Warn;
    if (parser.isSet(QStringLiteral("log-level"))
        && !log::levelFromString(parser.value(QStringLiteral("log-level")), level)) {
        err << name << QStringLiteral(": ")
            << QCoreApplication::translate(
                   "fw::cli", "error: --log-level %1: choose trace, debug, info, warn, error or off")
                   .arg(parser.value(QStringLiteral("log-level")))
            << Qt::endl;
        return ExitBadInput;
    }
    QString logProblem;
    log::setup(level, &logProblem);
    log::toFile(
        log::Level::Info, QStringLiteral("started: %1").arg(QCoreApplication::arguments().join(QLatin1Char(' '))));

    if (parser.isSet(QStringLiteral("help"))) {
        if (!command) {
            out << overview();
            return ExitOk;
        }
        out << QCoreApplication::translate("fw::cli", "Usage: %1 %2").arg(name, command->usage())
            << QStringLiteral("\n\n") << command->summary() << QStringLiteral("\n\n")
            << parser.helpText().section(QLatin1Char('\n'), 2);
        return ExitOk;
    }

    // Root's state and log live in root's own folders; where one is unsafe (a link, someone else's, writable by
    // others) root refuses to read or write there.
    QString stateProblem;
    if (paths::privileged()
        && (!logProblem.isEmpty() || !paths::ensurePrivateFolder(paths::stateDir(), &stateProblem))) {
        err << name << QStringLiteral(": ") << QCoreApplication::translate("fw::cli", "error: ")
            << (logProblem.isEmpty() ? stateProblem : logProblem) << Qt::endl;
        return ExitBadInput;
    }

    if (!command && !gui) {
        err << name << QStringLiteral(": ")
            << QCoreApplication::translate("fw::cli",
                   "error: the wizard needs a display, and none was found (DISPLAY "
                   "and WAYLAND_DISPLAY are not set); the commands work without one")
            << Qt::endl;
        if (!planFile.isEmpty())
            err << QCoreApplication::translate(
                "fw::cli", "To use the plan file without a window: %1 plan --plan-file %2")
                       .arg(name, planFile)
                << Qt::endl;
        err << QCoreApplication::translate("fw::cli", "Try '%1 --help'.").arg(name) << Qt::endl;
        return ExitBadInput;
    }

    // The built-in products always load; a broken file in the system-wide or the user's catalog folder is reported
    // and skipped, while one in a folder named with --catalog is bad input for this command. As root, only root's
    // own folders and files are read (Catalog::loadFor()).
    qsizetype implicitProblems = 0;
    Catalog catalog
        = Catalog::loadFor(paths::privileged(), parser.values(QStringLiteral("catalog")), &implicitProblems);
    for (qsizetype i = 0; i < catalog.problems().size(); ++i) {
        const QString message = catalog.problems().at(i).toString();
        log::toFile(i < implicitProblems ? log::Level::Warn : log::Level::Error, QStringLiteral("catalog: ") + message);
        err << QStringLiteral("firewall-wizard: ")
            << (i < implicitProblems ? QCoreApplication::translate("fw::cli", "warning: ")
                                     : QCoreApplication::translate("fw::cli", "error: "))
            << message << Qt::endl;
    }
    if (catalog.problems().size() > implicitProblems)
        return ExitBadInput;

    if (!command)
        return runWizard(
            catalog, parser.isSet(QStringLiteral("lang")) ? language : QString(), planFile, log::filePath());

    Context context {std::move(catalog), language, out, err};
    const int code = command->run(parser, context);
    out.flush();
    err.flush();
    log::toFile(log::Level::Info, QStringLiteral("%1 finished with exit code %2").arg(name).arg(code));
    return code;
}
