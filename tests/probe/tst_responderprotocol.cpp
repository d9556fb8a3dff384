// The responder's greeting: what no other service sends, what a check reads from it, and that a UDP answer can never
// be larger than the datagram that asked for it (the responder must not amplify traffic).
#include "Version.h"
#include "probe/ResponderProtocol.h"

#include <QTest>

using namespace fw;

class tst_ResponderProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tcpGreeting()
    {
        const QByteArray g = responderTcpGreeting({19813, 3001, 3002, 3003, 3005});
        QCOMPARE(g, "FirewallSetupWizard/" + programVersion().toLatin1() + " responder udp=3001-3003,3005,19813\n");
        const ResponderGreeting parsed = parseResponderGreeting(g);
        QVERIFY(parsed.valid);
        QCOMPARE(parsed.version, programVersion().toLatin1());
        QCOMPARE(parsed.udpPorts, QList<int>({3001, 3002, 3003, 3005, 19813}));
        QVERIFY(parsed.token.isEmpty());
        QCOMPARE(responderTcpGreeting({}), "FirewallSetupWizard/" + programVersion().toLatin1() + " responder\n");
    }

    void greetingStaysShort()
    {
        QList<int> ports;
        for (int p = 1; p < 65536; p += 2)
            ports << p;
        const QByteArray g = responderTcpGreeting(ports);
        QVERIFY(g.size() <= 512);
        QVERIFY(g.endsWith('\n'));
        const ResponderGreeting parsed = parseResponderGreeting(g);
        QVERIFY(parsed.valid);
        QVERIFY(!parsed.udpPorts.isEmpty());
        QVERIFY(parsed.udpPorts.size() < ports.size()); // what did not fit is left out, never half a number
        for (int p : parsed.udpPorts)
            QVERIFY(p % 2 == 1);
    }

    void udpExchange()
    {
        const QByteArray token = newProbeToken();
        QCOMPARE(token.size(), 16);
        QVERIFY(token != newProbeToken());
        const QByteArray probe = responderUdpProbe(token);
        const QByteArray reply = responderUdpReply(probe);
        QVERIFY(reply.size() <= probe.size());
        const ResponderGreeting parsed = parseResponderGreeting(reply);
        QVERIFY(parsed.valid);
        QCOMPARE(parsed.token, token);
    }

    void noAmplification_data()
    {
        QTest::addColumn<QByteArray>("datagram");
        QTest::newRow("one byte") << QByteArray("x");
        QTest::newRow("nc -u") << QByteArray("hello\n");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("forged probe") << QByteArray("FirewallSetupWizard/0 probe token=") + QByteArray(200, 'a');
        QTest::newRow("binary") << QByteArray("\x00\xff\x10", 3);
    }

    void noAmplification()
    {
        QFETCH(QByteArray, datagram);
        const QByteArray reply = responderUdpReply(datagram);
        QVERIFY(reply.size() <= datagram.size());
        QVERIFY(reply.isEmpty() || QByteArray("FirewallSetupWizard/").startsWith(reply.left(20)));
    }

    void foreignData_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("ssh") << QByteArray("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n");
        QTest::newRow("smtp") << QByteArray("220 mail.example.com ESMTP\r\n");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("prefix only") << QByteArray("FirewallSetupWizard/");
        QTest::newRow("probe echoed") << responderUdpProbe("0123456789abcdef");
    }

    void foreignData()
    {
        QFETCH(QByteArray, data);
        QVERIFY(!parseResponderGreeting(data).valid);
    }
};

QTEST_GUILESS_MAIN(tst_ResponderProtocol)
#include "tst_responderprotocol.moc"
