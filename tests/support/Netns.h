#pragma once

// A network namespace of this test run, named "<prefix>-<pid>-<tag>": unique per run, removed by name when this
// object goes (also after a failed check), and by the next run where this one was killed (removeStale()).
#include "Run.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

class QProcess;

namespace fw::test {

class Netns
{
public:
    /// Names the namespace; nothing is made yet. @p prefix tells the areas apart (fwa: apply, fwx: export,
    /// fwt: probe); @p tag the namespaces of one run.
    Netns(const QString &prefix, const QString &tag);
    /// destroy().
    ~Netns();
    Netns(const Netns &) = delete;
    Netns &operator=(const Netns &) = delete;

    /// Why namespaces cannot be made here (not root, iproute2 or one of @p tools missing); empty when they can.
    static QString unavailableReason(const QStringList &tools = QStringList());
    /// Removes the namespaces named <prefix>-<pid>-* whose process is gone, with what still runs inside them and
    /// their /etc/netns folders.
    static void removeStale(const QString &prefix);
    /// A network interface name of this run (at most 15 characters): "fw", the pid, @p tag (at most 8 characters).
    static QString interfaceName(const QString &tag);

    /// Makes the namespace (removing one of the same name first) with its loopback up.
    bool create(QString *error);
    /// Ends every process inside, removes the namespace and its /etc/netns folder. Safe to call twice.
    void destroy();
    bool exists() const { return m_made; }
    const QString &name() const { return m_name; }

    /// Shows @p source at @p target for the commands run in here (each command gets a mount namespace of its own,
    /// as `ip netns exec` makes anyway): for example a private /run or /var/lib. /etc/<x> is simpler with
    /// writeEtc() or copyEtc(), which `ip netns exec` shows by itself.
    void bindOnExec(const QString &source, const QString &target);
    /// The command line prefix that runs a command in here (with the binds).
    QStringList execPrefix() const;

    /// Runs @p command in here.
    RunResult run(const QStringList &command, const RunOptions &options = RunOptions()) const;
    /// The short form: output and error merged into @p output; the exit code.
    int run(const QStringList &command, QByteArray *output, const QByteArray &input = QByteArray(),
        int timeoutMs = 60000) const;
    /// Prepares @p process to run @p command in here; does not start it.
    void prepare(QProcess &process, const QStringList &command) const;
    /// Runs @p work with the calling thread inside the namespace: sockets made there stay there.
    bool enter(const std::function<void()> &work) const;
    /// The pids of the processes inside.
    QList<qint64> pids() const;

    /// The namespace's view of /etc/<relative> (/etc/netns/<name>/<relative>).
    QString etcPath(const QString &relative) const;
    /// Writes /etc/<relative> as the namespace sees it.
    bool writeEtc(const QString &relative, const QByteArray &content);
    /// Copies the machine's /etc/<name> (a file or a folder) to the namespace's view of it.
    bool copyEtc(const QString &name, QString *error);

private:
    QString m_name;
    QList<QPair<QString, QString>> m_binds;
    bool m_made = false;
};

} // namespace fw::test
