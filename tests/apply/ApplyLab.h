#pragma once

// The apply tests' lab, on the shared test library (tests/support): a server and a client network namespace
// joined by a veth pair (server 10.231.0.1, client 10.231.0.2) in which the real firewall-wizard runs against real
// firewalls without touching the machine's own. Names start with "fwa-<pid>-"; everything is removed again, also
// after a failure, and a run that was killed is cleaned up by the next one (removeStale()). In the server namespace
// the program runs as root with root's folders of its own (RootSandbox.h); optionally with /etc/netns copies of
// /etc/firewalld or /etc/ufw, a firewalld on a private D-Bus and a listener on chosen ports.
#include "Firewalld.h"
#include "Listener.h"
#include "NetnsPair.h"
#include "RootSandbox.h"

#include <QByteArray>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class ApplyLab
{
public:
    explicit ApplyLab(const QString &tag);
    ApplyLab(const ApplyLab &) = delete;
    ApplyLab &operator=(const ApplyLab &) = delete;

    /// Why the lab cannot run here (not root, a tool missing, the program not built); empty when it can.
    static QString unavailableReason(const QStringList &tools = QStringList());
    /// Removes namespaces named fwa-<pid>-* whose process is gone, with their /etc/netns folders and processes.
    static void removeStale();

    /// Makes sure that the locale @p name (e.g. "de_DE.UTF-8") exists, generating it with localedef where it is
    /// missing (Debian's locales package, scripts/packages-test-apply.txt); false with @p error where it cannot.
    static bool ensureLocale(const QString &name, QString *error);
    /// The environment of a user whose system speaks @p name: LANG, LC_ALL and LANGUAGE set to it.
    static QStringList localeEnvironment(const QString &name);
    /// In a _data function: the column "locale" with a German and a Spanish row.
    static void addLocaleRows();
    /// In the test function of addLocaleRows(): the row's localeEnvironment(), the locale made where missing; false
    /// with @p error where it cannot be.
    static bool rowLocale(QStringList *environment, QString *error);

    /// @p command run with ufw's German and Spanish translations installed where ufw's _() looks for them: Debian
    /// ships them as /usr/share/ufw/messages/es.mo, where ufw never finds them, so a mount namespace of the
    /// command's own shows copies of /usr/share/locale/{de,es}/LC_MESSAGES with ufw.mo added. Empty with @p error
    /// where the catalogs are missing.
    QStringList withUfwCatalogs(const QStringList &command, QString *error) const;

    /// Creates the namespaces, the veth pair and the addresses.
    bool setUp(QString *error);
    const QString &server() const { return m_pair.server().name(); }
    const QString &client() const { return m_pair.client().name(); }
    static QString serverAddress() { return QStringLiteral("10.231.0.1"); }
    /// The server-side veth interface (the one facing the clients).
    const QString &serverInterface() const { return m_pair.serverInterface(); }
    /// The state folder that the program uses in this lab: what it sees as /var/lib/firewall-wizard.
    QString stateDir() const { return m_sandbox.stateDir(); }
    /// The program to run: the test build where @p extraEnv asks for a test hook (FW_TEST_*), FW_BINARY otherwise.
    static QString binaryFor(const QStringList &extraEnv);
    /// The log file that the program writes in this lab (its /var/log/firewall-wizard/firewall-wizard.log).
    QString logFile() const { return m_sandbox.logFile(); }
    /// What the program sees as /etc/firewall-wizard/catalog.
    QString systemCatalogDir() const { return m_sandbox.catalogDir(); }
    /// Every file under the XDG_DATA_HOME given to the program: run as root, it must write none there.
    QStringList homeFiles() const;
    QString tempPath() const { return m_tmp.path(); }

    /// Runs a command on the host with a bounded wait; returns its exit code (-1: did not start or did not end).
    static int run(const QStringList &command, QByteArray *output = nullptr, const QByteArray &input = QByteArray(),
        int timeoutMs = 60000);
    /// Runs a command inside the server namespace, with the lab's environment (XDG_DATA_HOME, D-Bus address).
    int inServer(const QStringList &command, QByteArray *output = nullptr, const QByteArray &input = QByteArray(),
        int timeoutMs = 120000, const QStringList &extraEnv = QStringList()) const;
    /// Runs firewall-wizard (binaryFor(@p extraEnv)) inside the server namespace.
    int wizard(const QStringList &args, QByteArray *output = nullptr, const QStringList &extraEnv = QStringList(),
        int timeoutMs = 240000) const;
    /// A QProcess ready to run firewall-wizard in the server namespace (for stdin and timing).
    void prepareWizard(QProcess &process, const QStringList &args, const QStringList &extraEnv = QStringList()) const;
    /// The command line prefix that runs something in the server namespace with the lab's environment.
    QStringList serverPrefix(const QStringList &extraEnv = QStringList()) const;

    /// `nft list ruleset` in the server namespace.
    QString ruleset() const;
    /// `nft -s list ruleset`: without counters, which the probes' packets change.
    QString statelessRuleset() const;
    /// firewalld's zones at runtime and permanently, and the ruleset (fw::test::firewalldState()).
    QString firewalldState() const;
    /// ufw's rule files, status and the ruleset (fw::test::ufwState()).
    QString ufwState() const;
    /// A file's content ("" when it does not exist).
    static QByteArray read(const QString &path);
    /// Loads @p text with nft -f in the server namespace.
    bool loadRuleset(const QString &text, QString *error) const;

    /// Copies /etc/<name> to /etc/netns/<server>/<name>.
    bool copyEtc(const QString &name, QString *error) { return m_pair.server().copyEtc(name, error); }
    /// The server namespace's view of /etc/<relative>.
    QString etc(const QString &relative) const { return m_pair.server().etcPath(relative); }

    /// Starts a private D-Bus and firewalld in the server namespace and waits until it runs.
    bool startFirewalld(QString *error) { return m_firewalld.start(error); }
    void stopFirewalld() { m_firewalld.stop(); }

    /// Listens on each "tcp/PORT" or "udp/PORT" in the server namespace (UDP echoes).
    bool startListener(const QStringList &specs, QString *error);
    /// Probes each spec from the client namespace at once: "open", "refused" or "filtered" per spec.
    QMap<QString, QString> probe(const QStringList &specs) const;
    /// The specs that probe() found open.
    QStringList openOf(const QStringList &specs) const;

    void tearDown();

private:
    QTemporaryDir m_tmp;
    fw::test::RootSandbox m_sandbox;
    fw::test::NetnsPair m_pair;
    fw::test::Listener m_listener;
    fw::test::Firewalld m_firewalld;
};
