#include "Cli.h"
#include "Command.h"
#include "Logging.h"
#include "Version.h"
#include "catalog/ValueCheck.h"
#include "plan/PlanText.h"
#include "probe/ProbeResult.h"
#include "probe/ProbeTargets.h"
#include "probe/TestResponder.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QTime>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace fw::cli {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::cli::ServeCommand)
}

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

extern "C" void onStopSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe calls here; the event loop reads the pipe.
    [[maybe_unused]] const ssize_t n = ::write(signalPipe[1], &byte, 1);
}

/// Turns SIGINT and SIGTERM into a call of @p stop from the event loop (self-pipe), so that the responder closes
/// its sockets and the summary prints; restores the previous handlers when it goes.
class StopSignals
{
public:
    template<typename Stop>
    explicit StopSignals(Stop stop)
    {
        if (::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
            return;
        m_notifier = std::make_unique<QSocketNotifier>(signalPipe[0], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, [stop] {
            char buffer[16];
            while (::read(signalPipe[0], buffer, sizeof buffer) > 0) { }
            stop();
        });
        struct sigaction action = {};
        action.sa_handler = onStopSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, &m_oldInt);
        ::sigaction(SIGTERM, &action, &m_oldTerm);
        m_installed = true;
    }
    ~StopSignals()
    {
        if (m_installed) {
            ::sigaction(SIGINT, &m_oldInt, nullptr);
            ::sigaction(SIGTERM, &m_oldTerm, nullptr);
        }
        m_notifier.reset();
        for (int &fd : signalPipe) {
            if (fd >= 0)
                ::close(fd);
            fd = -1;
        }
    }
    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
    bool m_installed = false;
};
#else
/// Elsewhere Ctrl+C ends the process, and the system closes its sockets.
class StopSignals
{
public:
    template<typename Stop>
    explicit StopSignals(Stop)
    { }
};
#endif

class ServeCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("serve"); }
    QString summary() const override
    {
        return Tr::tr("Starts a temporary test responder on the plan's inbound ports, so that 'check' on another "
                      "machine can prove the path.");
    }
    QString usage() const override { return selectionUsage() + QStringLiteral(" [--bind ADDR] [--seconds N]"); }
    void addOptions(QCommandLineParser &parser) const override
    {
        addSelectionOptions(parser);
        parser.addOption({QStringLiteral("bind"), Tr::tr("Listen on this address of this machine only (default: all)."),
            QStringLiteral("ADDR")});
        parser.addOption({QStringLiteral("seconds"),
            Tr::tr("Stop by itself after this many seconds (1-86400, default 600)."), QStringLiteral("N")});
    }

    int run(const QCommandLineParser &parser, Context &context) const override
    {
        int seconds = 600;
        if (parser.isSet(QStringLiteral("seconds"))) {
            bool ok = false;
            seconds = parser.value(QStringLiteral("seconds")).toInt(&ok);
            if (!ok || seconds < 1 || seconds > 86400)
                return badInput(context,
                    Tr::tr("--seconds %1: give a number of seconds from 1 to 86400")
                        .arg(parser.value(QStringLiteral("seconds"))));
        }
        QHostAddress bind = QHostAddress::Any;
        if (parser.isSet(QStringLiteral("bind"))) {
            QString text = parser.value(QStringLiteral("bind"));
            if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')))
                text = text.mid(1, text.size() - 2);
            // The strict form only: QHostAddress would read 010.0.0.1 as octal, 127.1 as 127.0.0.1.
            if (validateHost(text) != ValueReason::Invalid || !bind.setAddress(text))
                return badInput(context,
                    Tr::tr("--bind %1: give an IP address of this machine, e.g. 192.0.2.10 or ::1")
                        .arg(parser.value(QStringLiteral("bind"))));
        }
        Plan plan;
        if (!resolveSelection(parser, context, plan))
            return ExitBadInput;
        const QList<ResponderPort> ports = responderPorts(plan);
        if (ports.isEmpty())
            return badInput(context,
                Tr::tr("%1 has no inbound TCP or UDP ports to listen on. Run serve on the server "
                       "(--role server) and check from the client.")
                    .arg(planTitle(plan, context.language)));

        TestResponder responder;
        QTextStream &out = context.out;
        const bool listening = responder.start(ports, bind, seconds);
        out << Tr::tr("Test responder of firewall-wizard %1 for %2:")
                   .arg(programVersion(), planTitle(plan, context.language))
            << Qt::endl;
        int taken = 0;
        int failed = 0;
        for (const ResponderPortState &s : responder.ports()) {
            const ProbeTarget endpoint {QString(), s.port.port, s.port.protocol, QString(), ProbeKind::Invalid};
            out << QStringLiteral("  %1  ").arg(probeEndpointLabel(endpoint), -9) << stateText(s) << Qt::endl;
            log::toFile(log::Level::Info,
                QStringLiteral("serve: %1 %2 %3").arg(probeEndpointLabel(endpoint)).arg(int(s.state)).arg(s.detail));
            taken += s.state == ResponderPortState::State::Taken ? 1 : 0;
            failed += s.state == ResponderPortState::State::Failed ? 1 : 0;
        }
        if (!listening) {
            if (failed == 0) {
                out << Tr::tr("Every port is taken by a running service, so there is nothing to answer for: test the "
                              "path from a client with 'firewall-wizard check'.")
                    << Qt::endl;
                return ExitOk;
            }
            return badInput(context, Tr::tr("the test responder could not listen on any port"));
        }
        const int count = int(ports.size()) - taken - failed;
        const QString where = bind == QHostAddress::Any ? Tr::tr("all addresses") : bind.toString();
        out << Tr::tr("Answering on %1 for %2 s (ports: %3); press Ctrl+C to stop.").arg(where).arg(seconds).arg(count)
            << Qt::endl;
        log::toFile(log::Level::Info,
            QStringLiteral("serve: listening on %1 ports on %2 for %3 s").arg(count).arg(where).arg(seconds));

        QObject::connect(
            &responder, &TestResponder::connectionSeen, [&out](const QString &peer, int port, Protocol protocol) {
                const ProbeTarget endpoint {QString(), port, protocol, QString(), ProbeKind::Invalid};
                const QString line = Tr::tr("%1  %2 from %3")
                                         .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")),
                                             probeEndpointLabel(endpoint), peer);
                out << QStringLiteral("  ") << line << Qt::endl;
                log::toFile(log::Level::Info, QStringLiteral("serve: ") + line);
            });
        QEventLoop loop;
        QObject::connect(&responder, &TestResponder::stopped, &loop, &QEventLoop::quit);
        bool interrupted = false;
        const StopSignals stopSignals([&] {
            interrupted = true;
            responder.stop();
        });
        if (responder.isRunning())
            loop.exec();
        responder.stop();
        out << (interrupted ? Tr::tr("Stopped on request.") : Tr::tr("Stopped after %1 s.").arg(seconds))
            << QStringLiteral(" ")
            << Tr::tr("Connections and datagrams answered: %1, from addresses: %2; every socket is closed.")
                   .arg(responder.connectionCount())
                   .arg(responder.peerCount())
            << Qt::endl;
        log::toFile(log::Level::Info,
            QStringLiteral("serve: stopped, %1 connections from %2 addresses")
                .arg(responder.connectionCount())
                .arg(responder.peerCount()));
        return ExitOk;
    }

private:
    /// What became of a port, in words (a member, so that lupdate files it under this command).
    static QString stateText(const ResponderPortState &s)
    {
        switch (s.state) {
        case ResponderPortState::State::Listening:
            return Tr::tr("listening");
        case ResponderPortState::State::Taken:
            return Tr::tr("taken by a running service: good, the service is up (the responder leaves it alone)");
        case ResponderPortState::State::Failed:
            return Tr::tr("cannot listen: %1").arg(s.detail);
        case ResponderPortState::State::Invalid:
            break;
        }
        return QString();
    }
};

} // namespace

std::unique_ptr<Command> makeServeCommand()
{
    return std::make_unique<ServeCommand>();
}

} // namespace fw::cli
