// The probe engine and the test responder on this machine's loopback (no root, no firewall): every status that
// loopback can produce, the responder flag, DNS, IPv6 literals, bad input, cancelling, the parallel cap, timing and
// CPU cost, and that a stopped responder leaves no socket behind. Filtered ports need a firewall: tst_probenetns.
#include "SkipOrFail.h"
#include "probe/ProbeEngine.h"
#include "probe/ResponderProtocol.h"
#include "probe/TestResponder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QUdpSocket>

#include <memory>

#include <atomic>
#include <thread>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace fw;

namespace {

const QString loopback = QStringLiteral("127.0.0.1");

/// A port that is free right now on 127.0.0.1 (the kernel's choice, so that parallel test runs do not collide).
int freePort(Protocol protocol)
{
    if (protocol == Protocol::Tcp) {
        QTcpServer server;
        server.listen(QHostAddress::Any, 0);
        return server.serverPort();
    }
    QUdpSocket socket;
    socket.bind(QHostAddress::Any, 0);
    return socket.localPort();
}

ProbeTarget target(const QString &host, int port, Protocol protocol)
{
    return ProbeTarget {host, port, protocol, QStringLiteral("rule"), ProbeKind::ServerPort};
}

/// Runs a check to the end (bounded) and returns its results.
ProbeResults check(ProbeEngine &engine, const QList<ProbeTarget> &targets, int timeout = 1000)
{
    engine.setTimeout(timeout);
    QSignalSpy finished(&engine, &ProbeEngine::finished);
    if (!engine.start(targets))
        return {};
    if (!finished.wait(timeout + 5000))
        qWarning("the check did not finish within its timeout + 5 s");
    return engine.results();
}

qint64 cpuMicros()
{
#ifdef Q_OS_UNIX
    rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000 + usage.ru_utime.tv_usec
        + usage.ru_stime.tv_usec;
#else
    return 0;
#endif
}

int openFiles()
{
    return int(
        QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot).size());
}

/// A UDP socket that reads every datagram and never answers: a foreign service that ignores our probe.
struct SilentUdp
{
    QUdpSocket socket;
    SilentUdp()
    {
        socket.bind(QHostAddress::Any, 0);
        QObject::connect(&socket, &QUdpSocket::readyRead, &socket, [this] {
            while (socket.hasPendingDatagrams())
                socket.receiveDatagram();
        });
    }
    int port() const { return socket.localPort(); }
};

#ifdef Q_OS_UNIX
/// A TCP service on 127.0.0.1 that accepts each connection in its own thread and ends it at once without a word:
/// with a reset (SO_LINGER 0, then close: RST) or an ordinary close (FIN). Its thread runs at most 60 s.
class HangUpService
{
public:
    explicit HangUpService(bool reset) : m_reset(reset)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in in = {};
        in.sin_family = AF_INET;
        in.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof in;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&in), sizeof in) < 0 || ::listen(m_fd, 64) < 0
            || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&in), &length) < 0)
            return;
        m_port = ntohs(in.sin_port);
        m_thread = std::thread([this] { run(); });
    }
    ~HangUpService()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        if (m_fd >= 0)
            ::close(m_fd);
    }
    HangUpService(const HangUpService &) = delete;
    HangUpService &operator=(const HangUpService &) = delete;

    int port() const { return m_port; }
    int accepted() const { return m_accepted; }

private:
    void run()
    {
        for (int i = 0; i < 600 && !m_stop; ++i) { // 600 x 100 ms at most
            pollfd p {m_fd, POLLIN, 0};
            if (::poll(&p, 1, 100) <= 0)
                continue;
            const int client = ::accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC);
            if (client < 0)
                continue;
            if (m_reset) {
                const linger hard {1, 0};
                ::setsockopt(client, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
            }
            ::close(client);
            ++m_accepted;
        }
    }

    bool m_reset = false;
    int m_fd = -1;
    int m_port = 0;
    std::atomic<bool> m_stop {false};
    std::atomic<int> m_accepted {0};
    std::thread m_thread;
};
#endif

/// Runs this test binary's function @p function again inside a network namespace of its own (named with the pid,
/// removed afterwards) whose loopback is up with ::1. Returns its exit code, or -2 when no namespace could be made
/// (@p why says why); inside one already (FW_PROBE_NETNS set) -2 at once.
int runInOwnNetns(const QString &function, QString *why)
{
    if (qEnvironmentVariableIsSet("FW_PROBE_NETNS")) {
        *why = QStringLiteral("not even in a network namespace of its own");
        return -2;
    }
    const QString ns = QStringLiteral("fwpe6-%1").arg(QCoreApplication::applicationPid());
    const auto ip = [](const QStringList &args, QByteArray *out = nullptr) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("ip"), args);
        if (!p.waitForFinished(10000)) {
            p.kill();
            p.waitForFinished(2000);
            return -1;
        }
        if (out)
            *out = p.readAll();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    ip({"netns", "delete", ns});
    QByteArray out;
    if (ip({"netns", "add", ns}, &out) != 0) {
        *why = QStringLiteral("cannot make a network namespace (needs root): ") + QString::fromUtf8(out).trimmed();
        return -2;
    }
    ip({"-n", ns, "link", "set", "lo", "up"});
    ip({"-n", ns, "-6", "addr", "add", "::1/128", "dev", "lo"}); // "exists" where bringing lo up added it already
    QProcess test;
    test.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FW_PROBE_NETNS"), ns);
    test.setProcessEnvironment(env);
    test.start(QStringLiteral("ip"), {"netns", "exec", ns, QCoreApplication::applicationFilePath(), function});
    const bool finished = test.waitForFinished(60000);
    if (!finished) {
        test.kill();
        test.waitForFinished(5000);
    }
    ip({"netns", "delete", ns});
    const QString output = QString::fromUtf8(test.readAll());
    *why = QStringLiteral("in network namespace %1: ").arg(ns) + output;
    if (!finished || test.exitStatus() != QProcess::NormalExit)
        return -1;
    if (test.exitCode() == 0 && output.contains(QStringLiteral("SKIP   :")))
        return -2; // skipped there too: a skip here, not a pass
    return test.exitCode();
}

} // namespace

class tst_ProbeEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void responderAnswersTcpAndUdp()
    {
        const QList<ResponderPort> ports {{freePort(Protocol::Tcp), Protocol::Tcp, "a"},
            {freePort(Protocol::Tcp), Protocol::Tcp, "a"}, {freePort(Protocol::Udp), Protocol::Udp, "b"}};
        TestResponder responder;
        QSignalSpy seen(&responder, &TestResponder::connectionSeen);
        QVERIFY(responder.start(ports, QHostAddress::Any, 30));
        for (const ResponderPortState &s : responder.ports())
            QCOMPARE(s.state, ResponderPortState::State::Listening);
        QVERIFY(responder.millisLeft() > 29000);

        ProbeEngine engine;
        QSignalSpy results(&engine, &ProbeEngine::resultReady);
        QSignalSpy progress(&engine, &ProbeEngine::progress);
        QSignalSpy started(&engine, &ProbeEngine::started);
        const ProbeResults r = check(engine,
            {target(loopback, ports[0].port, Protocol::Tcp), target(loopback, ports[1].port, Protocol::Tcp),
                target(loopback, ports[2].port, Protocol::Udp)});
        QCOMPARE(r.size(), 3);
        for (const ProbeResult &x : r) {
            QCOMPARE(x.status, ProbeStatus::Open);
            QVERIFY2(x.responder, qPrintable(x.detail));
            QCOMPARE(x.address, loopback);
            QVERIFY(x.millis < 500);
        }
        QCOMPARE(r[0].evidence, ProbeEvidence::Connected);
        QCOMPARE(r[2].evidence, ProbeEvidence::Reply);
        QCOMPARE(results.size(), 3);
        QCOMPARE(progress.size(), 3);
        QCOMPARE(progress.last().at(0).toInt(), 3);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().at(0).toInt(), 3);

        QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 3, 2000);
        QCOMPARE(seen.first().at(0).toString(), loopback); // an IPv4 peer as IPv4, never reverse-resolved
        QCOMPARE(responder.connectionCount(), 3);
        QCOMPARE(responder.peerCount(), 1);
    }

    void refusedOnClosedPorts()
    {
        ProbeEngine engine;
        const ProbeResults r = check(engine,
            {target(loopback, freePort(Protocol::Tcp), Protocol::Tcp),
                target(loopback, freePort(Protocol::Udp), Protocol::Udp)});
        QCOMPARE(r.size(), 2);
        QCOMPARE(r[0].status, ProbeStatus::Refused);
        QCOMPARE(r[0].evidence, ProbeEvidence::TcpReset);
#ifdef FW_PROBE_QT_SOCKETS
        QEXPECT_FAIL("", "QUdpSocket does not report ICMP port unreachable: silence, open-or-filtered", Abort);
#endif
        QCOMPARE(r[1].status, ProbeStatus::Refused);
        QCOMPARE(r[1].evidence, ProbeEvidence::IcmpPortUnreachable);
        QVERIFY(r[0].millis < 200);
        QVERIFY(r[1].millis < 200);
    }

    void foreignTcpServices()
    {
        QTcpServer silent;
        QTcpServer banner;
        QTcpServer closing;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QVERIFY(banner.listen(QHostAddress::LocalHost));
        QVERIFY(closing.listen(QHostAddress::LocalHost));
        connect(&banner, &QTcpServer::newConnection, this, [&banner] {
            QTcpSocket *s = banner.nextPendingConnection();
            s->write("SSH-2.0-OpenSSH_9.2p1\r\n");
        });
        connect(&closing, &QTcpServer::newConnection, this, [&closing] {
            QTcpSocket *s = closing.nextPendingConnection();
            s->abort();
        });
        ProbeEngine engine;
        const ProbeResults r = check(engine,
            {target(loopback, silent.serverPort(), Protocol::Tcp), target(loopback, banner.serverPort(), Protocol::Tcp),
                target(loopback, closing.serverPort(), Protocol::Tcp)});
        QCOMPARE(r.size(), 3);
        for (const ProbeResult &x : r) {
            QCOMPARE(x.status, ProbeStatus::Open);
            QVERIFY(!x.responder);
        }
        // A silent service costs the greeting window, not the timeout.
        QVERIFY2(r[0].millis >= 20 && r[0].millis < 300, qPrintable(QString::number(r[0].millis)));
        QVERIFY2(r[1].detail.contains(QStringLiteral("SSH-2.0")), qPrintable(r[1].detail));
        QVERIFY2(r[2].detail.contains(QStringLiteral("closed")), qPrintable(r[2].detail));
        QCOMPARE(r[2].evidence, ProbeEvidence::ConnectedClosed);
    }

#ifdef Q_OS_UNIX
    void acceptThenHangUp_data()
    {
        QTest::addColumn<bool>("reset");
        QTest::newRow("accept, then reset (SO_LINGER 0)") << true;
        QTest::newRow("accept, then close at once") << false;
    }

    void acceptThenHangUp()
    {
        // A port that accepts and then resets or closes is reachable: the firewall let the handshake through and
        // the service itself hung up. Never a fault of this machine ("unreachable"), however the reset races the
        // probe: a third of the trials look at the socket at once, the others only after the service has hung up
        // (the event loop is kept busy right after the sockets are opened).
        QFETCH(bool, reset);
        HangUpService service(reset);
        QVERIFY(service.port() > 0);
        constexpr int trials = 30;
        for (int trial = 0; trial < trials; ++trial) {
            ProbeEngine engine;
            engine.setTimeout(1000);
            QSignalSpy finished(&engine, &ProbeEngine::finished);
            QVERIFY(engine.start({target(loopback, service.port(), Protocol::Tcp)}));
            const int busyMs = (trial % 3) * 10;
            if (busyMs > 0)
                QMetaObject::invokeMethod(
                    &engine, [busyMs] { QThread::msleep(busyMs); }, Qt::QueuedConnection);
            QVERIFY(finished.wait(5000));
            const ProbeResults r = engine.results();
            QCOMPARE(r.size(), 1);
            const QString seen = QStringLiteral("trial %1: %2 (%3) %4")
                                     .arg(trial)
                                     .arg(probeStatusId(r[0].status), probeEvidenceId(r[0].evidence), r[0].detail);
            QVERIFY2(r[0].status == ProbeStatus::Open, qPrintable(seen));
            QVERIFY2(r[0].evidence == ProbeEvidence::ConnectedClosed, qPrintable(seen));
            QVERIFY2(!r[0].responder, qPrintable(seen));
            QVERIFY2(r[0].millis < 1000, qPrintable(seen));
            QVERIFY2(!probeBlocked(r[0].status), qPrintable(seen));
            const QString advice = probeAdvice(r[0]);
            QVERIFY2(advice.contains(QStringLiteral("closed the connection at once")), qPrintable(advice));
            QVERIFY2(!advice.contains(QStringLiteral("could not send")), qPrintable(advice));
        }
        QTRY_COMPARE_WITH_TIMEOUT(service.accepted(), trials, 2000);
    }
#endif

    void foreignUdpServices()
    {
        QUdpSocket echo;
        QVERIFY(echo.bind(QHostAddress::LocalHost, 0));
        connect(&echo, &QUdpSocket::readyRead, this, [&echo] {
            while (echo.hasPendingDatagrams()) {
                const QNetworkDatagram d = echo.receiveDatagram();
                echo.writeDatagram(d.makeReply(d.data())); // echoes the probe: not our greeting
            }
        });
        SilentUdp silent;
        ProbeEngine engine;
        QElapsedTimer clock;
        clock.start();
        const ProbeResults r = check(engine,
            {target(loopback, echo.localPort(), Protocol::Udp), target(loopback, silent.port(), Protocol::Udp)}, 600);
        QCOMPARE(r[0].status, ProbeStatus::Open);
        QVERIFY(!r[0].responder);
        QCOMPARE(r[0].evidence, ProbeEvidence::Reply);
        QCOMPARE(r[1].status, ProbeStatus::OpenOrFiltered);
        QVERIFY(!r[1].responder);
        QVERIFY(r[1].millis >= 600);
        QVERIFY2(clock.elapsed() < 600 + 150, qPrintable(QString::number(clock.elapsed())));
    }

    void udpSilenceAtOurResponderIsFiltered()
    {
        // The responder's TCP greeting says it listens on this UDP port; silence there can only be a drop. A fake
        // greeting over a silent UDP socket stands in for a firewall that drops UDP only.
        SilentUdp udp;
        QTcpServer fake;
        QVERIFY(fake.listen(QHostAddress::LocalHost));
        const QByteArray greeting = responderTcpGreeting({udp.port()});
        connect(&fake, &QTcpServer::newConnection, this,
            [&fake, greeting] { fake.nextPendingConnection()->write(greeting); });
        ProbeEngine engine;
        const ProbeResults r = check(engine,
            {target(loopback, fake.serverPort(), Protocol::Tcp), target(loopback, udp.port(), Protocol::Udp)}, 500);
        QCOMPARE(r[0].status, ProbeStatus::Open);
        QVERIFY(r[0].responder);
        QCOMPARE(r[1].status, ProbeStatus::Filtered);
        QVERIFY(r[1].responder);
        QCOMPARE(r[1].evidence, ProbeEvidence::Silence);
    }

    void namesAndLiterals()
    {
        const int port = freePort(Protocol::Tcp);
        TestResponder responder;
        QVERIFY(responder.start({{port, Protocol::Tcp, "a"}}, QHostAddress::Any, 30));
        QList<ProbeTarget> targets {target(QStringLiteral("localhost"), port, Protocol::Tcp)};
        const bool v6 = QUdpSocket().bind(QHostAddress::LocalHostIPv6, 0);
        if (v6)
            targets << target(QStringLiteral("::1"), port, Protocol::Tcp)
                    << target(QStringLiteral("[::1]"), port, Protocol::Tcp);
        ProbeEngine engine;
        const ProbeResults r = check(engine, targets);
        QCOMPARE(r[0].status, ProbeStatus::Open);
        QVERIFY(r[0].responder);
        QCOMPARE(r[0].address, loopback); // IPv4 preferred where a name has both
        if (!v6) {
            // Containers often run with IPv6 turned off. A network namespace of its own has IPv6 on by default:
            // the test runs again in one, with ::1 on its loopback (needs root).
            QString why;
            const int code = runInOwnNetns(QStringLiteral("namesAndLiterals"), &why);
            if (code == -2)
                FW_SKIP_OR_FAIL(qPrintable(QStringLiteral("no IPv6 loopback on this machine: ") + why));
            QVERIFY2(code == 0, qPrintable(why));
            return;
        }
        for (int i = 1; i < 3; ++i) {
            QCOMPARE(r[i].status, ProbeStatus::Open);
            QVERIFY(r[i].responder);
            QCOMPARE(r[i].address, QStringLiteral("::1"));
        }
    }

    void badTargets()
    {
        ProbeEngine engine;
        ProbeTarget bad = target(loopback, 0, Protocol::Tcp);
        ProbeTarget big = target(loopback, 70000, Protocol::Udp);
        ProbeTarget any = target(loopback, 80, Protocol::Any);
        ProbeTarget empty = target(QString(), 80, Protocol::Tcp);
        const ProbeResults r = check(engine, {bad, big, any, empty});
        QCOMPARE(r.size(), 4);
        QCOMPARE(r[0].status, ProbeStatus::Unreachable);
        QCOMPARE(r[0].evidence, ProbeEvidence::LocalError);
        QVERIFY(r[0].detail.contains(QStringLiteral("0 is not a port")));
        QCOMPARE(r[1].status, ProbeStatus::Unreachable);
        QCOMPARE(r[2].status, ProbeStatus::Unreachable);
        QCOMPARE(r[3].status, ProbeStatus::DnsError);
        for (const ProbeResult &x : r)
            QVERIFY(!probeAdvice(x).isEmpty());
    }

    void emptyCheck()
    {
        ProbeEngine engine;
        QSignalSpy started(&engine, &ProbeEngine::started);
        QSignalSpy finished(&engine, &ProbeEngine::finished);
        QVERIFY(engine.start({}));
        QVERIFY(finished.wait(1000));
        QCOMPARE(started.first().at(0).toInt(), 0);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!engine.isRunning());
    }

    void cancelAtAnyMoment()
    {
        const int baseline = openFiles();
        SilentUdp silent;
        const int closedTcp = freePort(Protocol::Tcp);
        ProbeEngine engine;
        engine.setTimeout(5000);
        QSignalSpy results(&engine, &ProbeEngine::resultReady);
        QSignalSpy finished(&engine, &ProbeEngine::finished);
        QList<ProbeTarget> targets {target(loopback, closedTcp, Protocol::Tcp)};
        for (int i = 0; i < 5; ++i)
            targets << target(loopback, silent.port(), Protocol::Udp) << target(loopback, closedTcp + i, Protocol::Udp);
        QVERIFY(engine.start(targets));
        QVERIFY(!engine.start(targets)); // one check at a time
        QVERIFY(results.wait(2000));     // the refused port comes first
        QElapsedTimer clock;
        clock.start();
        engine.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(clock.elapsed() < 50);
        const qsizetype after = results.size();
        QTest::qWait(300);
        QCOMPARE(results.size(), after); // nothing after cancel
        QCOMPARE(finished.size(), 1);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(openFiles(), baseline + 1); // only the silent service's own socket is left

        // And the engine can run again.
        const ProbeResults r = check(engine, {target(loopback, closedTcp, Protocol::Tcp)});
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].status, ProbeStatus::Refused);
    }

    void parallelCap()
    {
        QList<ResponderPort> ports;
        for (int i = 0; i < 8; ++i)
            ports << ResponderPort {freePort(Protocol::Tcp), Protocol::Tcp, "a"};
        TestResponder responder;
        QVERIFY(responder.start(ports, QHostAddress::Any, 30));
        QList<ProbeTarget> targets;
        for (const ResponderPort &p : ports)
            targets << target(loopback, p.port, Protocol::Tcp);
        ProbeEngine engine;
        engine.setMaxParallel(2);
        const ProbeResults r = check(engine, targets);
        QCOMPARE(r.size(), 8);
        for (const ProbeResult &x : r) {
            QCOMPARE(x.status, ProbeStatus::Open);
            QVERIFY(x.responder);
        }
    }

    void concurrentAndCheap()
    {
        // 20 silent probes take one timeout together, not one each, and cost a few milliseconds of CPU: no busy loop.
        SilentUdp silent;
        QList<ProbeTarget> targets;
        for (int i = 0; i < 20; ++i)
            targets << target(loopback, silent.port(), Protocol::Udp);
        ProbeEngine engine;
        const qint64 cpu = cpuMicros();
        QElapsedTimer clock;
        clock.start();
        const ProbeResults r = check(engine, targets, 1000);
        const qint64 wall = clock.elapsed();
        const qint64 used = cpuMicros() - cpu;
        qInfo("20 silent probes: %lld ms wall, %lld us CPU", wall, used);
        for (const ProbeResult &x : r)
            QCOMPARE(x.status, ProbeStatus::OpenOrFiltered);
        QVERIFY2(wall < 1000 + 100, qPrintable(QString::number(wall)));
        QVERIFY2(used < 100000, qPrintable(QString::number(used)));
    }

    void adaptiveConcludesEarly()
    {
        // The host answered at once on a closed TCP port; a silent UDP port is concluded after two attempts of a
        // safe multiple of that round trip, long before the timeout.
        SilentUdp silent;
        ProbeEngine engine;
        engine.setAdaptive(true);
        QElapsedTimer clock;
        clock.start();
        const ProbeResults r = check(engine,
            {target(loopback, freePort(Protocol::Tcp), Protocol::Tcp), target(loopback, silent.port(), Protocol::Udp)},
            3000);
        QCOMPARE(r[0].status, ProbeStatus::Refused);
        QCOMPARE(r[1].status, ProbeStatus::OpenOrFiltered);
        QVERIFY(r[1].concludedEarly);
        QVERIFY2(r[1].millis >= 100 && r[1].millis < 1000, qPrintable(QString::number(r[1].millis)));
        QVERIFY(clock.elapsed() < 1500);
    }

    void responderReportsTakenPorts()
    {
        QTcpServer tcp;
        QUdpSocket udp;
        QVERIFY(tcp.listen(QHostAddress::Any, 0));
        QVERIFY(udp.bind(QHostAddress::Any, 0));
        const int free = freePort(Protocol::Tcp);
        TestResponder responder;
        QVERIFY(responder.start(
            {{tcp.serverPort(), Protocol::Tcp, "a"}, {udp.localPort(), Protocol::Udp, "b"}, {free, Protocol::Tcp, "c"}},
            QHostAddress::Any, 30));
        QCOMPARE(responder.ports().at(0).state, ResponderPortState::State::Taken);
        QCOMPARE(responder.ports().at(1).state, ResponderPortState::State::Taken);
        QCOMPARE(responder.ports().at(2).state, ResponderPortState::State::Listening);
        responder.stop();
        QVERIFY(!responder.start({{tcp.serverPort(), Protocol::Tcp, "a"}}, QHostAddress::Any, 30));
        QVERIFY(!responder.isRunning());
    }

    void responderBindsWhereAsked()
    {
        const int port = freePort(Protocol::Tcp);
        TestResponder responder;
        QVERIFY(responder.start({{port, Protocol::Tcp, "a"}}, QHostAddress::LocalHost, 30));
        QCOMPARE(responder.ports().at(0).state, ResponderPortState::State::Listening);
        responder.stop();
        TestResponder nowhere;
        QVERIFY(!nowhere.start({{port, Protocol::Tcp, "a"}}, QHostAddress(QStringLiteral("192.0.2.55")), 30));
        QCOMPARE(nowhere.ports().at(0).state, ResponderPortState::State::Failed);
        QVERIFY(!nowhere.ports().at(0).detail.isEmpty());
    }

    void stoppedResponderLeavesNoSocket()
    {
        const int baseline = openFiles();
        const QList<ResponderPort> ports {
            {freePort(Protocol::Tcp), Protocol::Tcp, "a"}, {freePort(Protocol::Udp), Protocol::Udp, "b"}};
        auto responder = std::make_unique<TestResponder>();
        QSignalSpy stopped(responder.get(), &TestResponder::stopped);
        QVERIFY(responder->start(ports, QHostAddress::Any, 1));
        // A client that connects and never closes its side.
        QTcpSocket client;
        client.connectToHost(loopback, quint16(ports[0].port));
        QVERIFY(client.waitForConnected(2000));
        QVERIFY(stopped.wait(3000)); // by itself, after --seconds
        QCOMPARE(stopped.size(), 1);
        QVERIFY(!responder->isRunning());
        QCOMPARE(responder->millisLeft(), 0);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QTcpServer tcp;
        QUdpSocket udp;
        QVERIFY(tcp.listen(QHostAddress::Any, quint16(ports[0].port)));
        QVERIFY(udp.bind(QHostAddress::Any, quint16(ports[1].port), QAbstractSocket::DontShareAddress));
        tcp.close();
        udp.close();
        client.abort();
        responder.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(openFiles(), baseline);
    }
};

QTEST_GUILESS_MAIN(tst_ProbeEngine)
#include "tst_probeengine.moc"
