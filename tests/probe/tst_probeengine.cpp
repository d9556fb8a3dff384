// The probe engine and the test responder on this machine's loopback (no root, no firewall): every status that
// loopback can produce, the responder flag, DNS, IPv6 literals, bad input, cancelling, the parallel cap, timing and
// CPU cost, and that a stopped responder leaves no socket behind. Filtered ports need a firewall: tst_probenetns.
#include "probe/ProbeEngine.h"
#include "probe/ResponderProtocol.h"
#include "probe/TestResponder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
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
    }

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
        if (!v6)
            QSKIP("no IPv6 loopback on this machine");
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
        QVERIFY(results.wait(2000)); // the refused port comes first
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
