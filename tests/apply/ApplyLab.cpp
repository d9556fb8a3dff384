#include "ApplyLab.h"

#include "Ruleset.h"
#include "Wizard.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

namespace {

const QString kPrefix = QStringLiteral("fwa");

} // namespace

ApplyLab::ApplyLab(const QString &tag)
    : m_pair(kPrefix, tag, {QStringLiteral("10.231.0.1"), QStringLiteral("10.231.0.2"), {}, {}})
    , m_firewalld(m_pair.server().execPrefix(), m_tmp.path())
{ }

QString ApplyLab::unavailableReason(const QStringList &tools)
{
    const QString reason
        = fw::test::Netns::unavailableReason(QStringList {QStringLiteral("nft"), QStringLiteral("python3")} + tools);
    return reason.isEmpty() ? fw::test::Wizard::unavailableReason() : reason;
}

void ApplyLab::removeStale()
{
    fw::test::Netns::removeStale(kPrefix);
}

bool ApplyLab::ensureLocale(const QString &name, QString *error)
{
    const auto listed = [&name]() {
        QByteArray all;
        run({"locale", "-a"}, &all);
        // locale -a prints "de_DE.utf8" for "de_DE.UTF-8".
        const QString wanted = QString(name).replace(QLatin1String(".UTF-8"), QLatin1String(".utf8"));
        return QString::fromUtf8(all).split(QLatin1Char('\n')).contains(wanted);
    };
    if (listed())
        return true;
    QByteArray out;
    const QString language = name.section(QLatin1Char('.'), 0, 0);
    if (run({"localedef", "-i", language, "-f", "UTF-8", name}, &out, {}, 120000) != 0 || !listed()) {
        *error = QStringLiteral("the locale %1 is missing and localedef cannot make it (install Debian's locales "
                                "package): %2")
                     .arg(name, QString::fromUtf8(out));
        return false;
    }
    return true;
}

QStringList ApplyLab::withUfwCatalogs(const QStringList &command, QString *error) const
{
    const QString copy = m_tmp.path() + QStringLiteral("/locale");
    QStringList mounts;
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("es")}) {
        const QString catalog = QStringLiteral("/usr/share/ufw/messages/%1.mo").arg(language);
        const QString system = QStringLiteral("/usr/share/locale/%1/LC_MESSAGES").arg(language);
        const QString mine = copy + QLatin1Char('/') + language;
        if (!QFile::exists(mine + QStringLiteral("/ufw.mo"))) {
            QDir().mkpath(copy);
            QByteArray out;
            if (run({"cp", "-a", system, mine}, &out) != 0 || !QFile::copy(catalog, mine + QStringLiteral("/ufw.mo"))) {
                *error = QStringLiteral("cannot install ufw's catalog %1 (Debian's ufw package ships it): %2")
                             .arg(catalog, QString::fromUtf8(out));
                return {};
            }
        }
        mounts << QStringLiteral("mount --bind %1 %2").arg(mine, system);
    }
    return QStringList {"unshare", "-m", "sh", "-c",
               mounts.join(QStringLiteral(" && ")) + QStringLiteral(" && exec \"$@\""), "sh"}
    + command;
}

QStringList ApplyLab::localeEnvironment(const QString &name)
{
    return {QStringLiteral("LANG=") + name, QStringLiteral("LC_ALL=") + name,
        QStringLiteral("LANGUAGE=") + name.section(QLatin1Char('_'), 0, 0)};
}

void ApplyLab::addLocaleRows()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("de_DE") << QStringLiteral("de_DE.UTF-8");
    QTest::newRow("es_ES") << QStringLiteral("es_ES.UTF-8");
}

bool ApplyLab::rowLocale(QStringList *environment, QString *error)
{
    QFETCH(QString, locale);
    if (!ensureLocale(locale, error))
        return false;
    *environment = localeEnvironment(locale);
    return true;
}

int ApplyLab::run(const QStringList &command, QByteArray *output, const QByteArray &input, int timeoutMs)
{
    return fw::test::run(command, output, input, timeoutMs);
}

bool ApplyLab::setUp(QString *error)
{
    if (!m_tmp.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    if (!m_pair.setUp(error))
        return false;
    QDir().mkpath(stateDir());
    return true;
}

QStringList ApplyLab::homeFiles() const
{
    QStringList files;
    QDirIterator it(
        m_tmp.path() + QStringLiteral("/xdg"), QDir::Files | QDir::System | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

QString ApplyLab::binaryFor(const QStringList &extraEnv)
{
    return fw::test::Wizard::binaryFor(extraEnv);
}

QStringList ApplyLab::serverPrefix(const QStringList &extraEnv) const
{
    const QStringList env = QStringList {QStringLiteral("XDG_DATA_HOME=") + m_tmp.path() + QStringLiteral("/xdg")}
        + m_firewalld.environment() + extraEnv;
    // ip netns exec makes a mount namespace; the sandbox's own (unshare -m) holds root's folders of this lab.
    return m_pair.server().execPrefix() + m_sandbox.prefix() + QStringList {QStringLiteral("env")} + env;
}

int ApplyLab::inServer(const QStringList &command, QByteArray *output, const QByteArray &input, int timeoutMs,
    const QStringList &extraEnv) const
{
    return run(serverPrefix(extraEnv) + command, output, input, timeoutMs);
}

int ApplyLab::wizard(const QStringList &args, QByteArray *output, const QStringList &extraEnv, int timeoutMs) const
{
    return inServer(QStringList {binaryFor(extraEnv)} + args, output, {}, timeoutMs, extraEnv);
}

void ApplyLab::prepareWizard(QProcess &process, const QStringList &args, const QStringList &extraEnv) const
{
    fw::test::prepare(process, serverPrefix(extraEnv) + QStringList {binaryFor(extraEnv)} + args);
}

QString ApplyLab::ruleset() const
{
    return fw::test::nftRuleset(m_pair.server().execPrefix(), false);
}

QString ApplyLab::statelessRuleset() const
{
    return fw::test::nftRuleset(m_pair.server().execPrefix());
}

QString ApplyLab::firewalldState() const
{
    return fw::test::firewalldState(serverPrefix());
}

QString ApplyLab::ufwState() const
{
    return fw::test::ufwState(serverPrefix(), etc(QStringLiteral("ufw")));
}

QByteArray ApplyLab::read(const QString &path)
{
    return fw::test::readFile(path);
}

bool ApplyLab::loadRuleset(const QString &text, QString *error) const
{
    return fw::test::loadNftRuleset(m_pair.server().execPrefix(), text, error);
}

bool ApplyLab::startListener(const QStringList &specs, QString *error)
{
    return m_listener.start(m_pair.server(), specs, error);
}

QMap<QString, QString> ApplyLab::probe(const QStringList &specs) const
{
    return fw::test::probePorts(m_pair.client(), serverAddress(), specs);
}

QStringList ApplyLab::openOf(const QStringList &specs) const
{
    return fw::test::openPorts(m_pair.client(), serverAddress(), specs);
}

void ApplyLab::tearDown()
{
    m_listener.stop();
    m_firewalld.stop();
    m_pair.tearDown();
}
