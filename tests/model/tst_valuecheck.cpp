#include "catalog/ValueCheck.h"

#include <QTest>

using namespace fw;

Q_DECLARE_METATYPE(fw::ValueType)
Q_DECLARE_METATYPE(fw::ValueReason)

class tst_ValueCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void values_data()
    {
        QTest::addColumn<ValueType>("type");
        QTest::addColumn<QString>("value");
        QTest::addColumn<ValueReason>("reason");
        QTest::addColumn<QString>("detail");
        const ValueReason ok = ValueReason::Invalid;
        QTest::newRow("port 1") << ValueType::Port << "1" << ok << "";
        QTest::newRow("port 27000") << ValueType::Port << "27000" << ok << "";
        QTest::newRow("port 65535") << ValueType::Port << "65535" << ok << "";
        QTest::newRow("port 0") << ValueType::Port << "0" << ValueReason::PortOutOfRange << "";
        QTest::newRow("port 65536") << ValueType::Port << "65536" << ValueReason::PortOutOfRange << "";
        QTest::newRow("port 70000") << ValueType::Port << "70000" << ValueReason::PortOutOfRange << "";
        QTest::newRow("port huge") << ValueType::Port << "99999999999999" << ValueReason::PortOutOfRange << "";
        QTest::newRow("port negative") << ValueType::Port << "-1" << ValueReason::NotANumber << "-";
        QTest::newRow("port space") << ValueType::Port << "27 000" << ValueReason::NotANumber << " ";
        QTest::newRow("port arabic digits")
            << ValueType::Port << QString::fromUtf8("٢٧") << ValueReason::NotANumber << QString::fromUtf8("٢");
        QTest::newRow("port empty") << ValueType::Port << "" << ValueReason::Empty << "";

        QTest::newRow("host name") << ValueType::Host << "lic01.example.com" << ok << "";
        QTest::newRow("host single label") << ValueType::Host << "lic01" << ok << "";
        QTest::newRow("host trailing dot") << ValueType::Host << "lic01.example.com." << ok << "";
        QTest::newRow("host digit start (RFC 1123)") << ValueType::Host << "3com.example" << ok << "";
        QTest::newRow("ipv4") << ValueType::Host << "192.0.2.10" << ok << "";
        QTest::newRow("ipv6") << ValueType::Host << "2001:db8::1" << ok << "";
        QTest::newRow("ipv6 bracketed") << ValueType::Host << "[2001:db8::1]" << ok << "";
        QTest::newRow("ipv6 loopback") << ValueType::Host << "::1" << ok << "";
        QTest::newRow("bad ipv4") << ValueType::Host << "999.1.1.1" << ValueReason::BadHostName << "";
        QTest::newRow("bad ipv6") << ValueType::Host << "2001:db8::g" << ValueReason::BadHostName << "";
        QTest::newRow("ipv4 zeros") << ValueType::Host << "0.0.0.0" << ok << "";
        QTest::newRow("ipv4 max") << ValueType::Host << "255.255.255.255" << ok << "";
        QTest::newRow("ipv4 256") << ValueType::Host << "192.0.2.256" << ValueReason::BadHostName << "";
        QTest::newRow("ipv4 five parts") << ValueType::Host << "1.2.3.4.5" << ValueReason::LooseIPv4 << "";
        QTest::newRow("ipv4 trailing dot") << ValueType::Host << "192.0.2.1." << ValueReason::LooseIPv4 << "";
        QTest::newRow("octal 010.1.1.1") << ValueType::Host << "010.1.1.1" << ValueReason::LooseIPv4 << "";
        QTest::newRow("octal 0177.0.0.1") << ValueType::Host << "0177.0.0.1" << ValueReason::LooseIPv4 << "";
        QTest::newRow("leading zero last") << ValueType::Host << "192.0.2.01" << ValueReason::LooseIPv4 << "";
        QTest::newRow("hex 0x7f.0.0.1") << ValueType::Host << "0x7f.0.0.1" << ValueReason::LooseIPv4 << "";
        QTest::newRow("hex 0X7F000001") << ValueType::Host << "0X7F000001" << ValueReason::LooseIPv4 << "";
        QTest::newRow("hex 0x") << ValueType::Host << "0x" << ValueReason::LooseIPv4 << "";
        QTest::newRow("short 127.1") << ValueType::Host << "127.1" << ValueReason::LooseIPv4 << "";
        QTest::newRow("short 10.1.1") << ValueType::Host << "10.1.1" << ValueReason::LooseIPv4 << "";
        QTest::newRow("integer 2130706433") << ValueType::Host << "2130706433" << ValueReason::LooseIPv4 << "";
        QTest::newRow("numeric last label") << ValueType::Host << "lic01.example.42" << ValueReason::LooseIPv4 << "";
        QTest::newRow("hex last label") << ValueType::Host << "lic01.0xff" << ValueReason::LooseIPv4 << "";
        QTest::newRow("hex-like label inside") << ValueType::Host << "0x7f.example.com" << ok << "";
        QTest::newRow("hex letters name") << ValueType::Host << "cafe.beef" << ok << "";
        QTest::newRow("digits then letters") << ValueType::Host << "lic01.1e100.net" << ok << "";
        QTest::newRow("ipv6 with ipv4") << ValueType::Host << "::ffff:192.0.2.1" << ok << "";
        QTest::newRow("ipv6 with short ipv4") << ValueType::Host << "::ffff:127.1" << ValueReason::BadHostName << "";
        QTest::newRow("ipv6 with octal ipv4")
            << ValueType::Host << "::ffff:010.0.2.1" << ValueReason::BadHostName << "";
        QTest::newRow("quote") << ValueType::Host << "lic01\"x" << ValueReason::ForbiddenCharacter << "\"";
        QTest::newRow("single quote") << ValueType::Host << "lic'01" << ValueReason::ForbiddenCharacter << "'";
        QTest::newRow("space") << ValueType::Host << "lic 01" << ValueReason::ForbiddenCharacter << " ";
        QTest::newRow("semicolon") << ValueType::Host << "a;rm" << ValueReason::ForbiddenCharacter << ";";
        QTest::newRow("dollar") << ValueType::Host << "$(id)" << ValueReason::ForbiddenCharacter << "$";
        QTest::newRow("backtick") << ValueType::Host << "a`id`" << ValueReason::ForbiddenCharacter << "`";
        QTest::newRow("newline") << ValueType::Host << "a\nb" << ValueReason::ForbiddenCharacter << "U+000A";
        QTest::newRow("tab") << ValueType::Host << "a\tb" << ValueReason::ForbiddenCharacter << "U+0009";
        QTest::newRow("underscore") << ValueType::Host << "a_b.example" << ValueReason::ForbiddenCharacter << "_";
        QTest::newRow("wildcard") << ValueType::Host << "*.palisade.com" << ValueReason::ForbiddenCharacter << "*";
        QTest::newRow("non-ascii") << ValueType::Host << QString::fromUtf8("müller.de")
                                   << ValueReason::ForbiddenCharacter << QString::fromUtf8("ü");
        QTest::newRow("empty label") << ValueType::Host << "a..b" << ValueReason::BadHostName << "";
        QTest::newRow("hyphen start") << ValueType::Host << "-a.example" << ValueReason::BadHostName << "-a";
        QTest::newRow("long label") << ValueType::Host << QString(64, QLatin1Char('a')) << ValueReason::BadHostName
                                    << QString(64, QLatin1Char('a'));
        QTest::newRow("too long") << ValueType::Host << (QString(60, QLatin1Char('a')) + QLatin1Char('.')).repeated(5)
                                  << ValueReason::TooLong << "";

        QTest::newRow("path") << ValueType::Path << "C:\\Program Files (x86)\\Palisade\\lmgrd.exe" << ok << "";
        QTest::newRow("path env var") << ValueType::Path << "%ProgramFiles%\\Palisade" << ok << "";
        QTest::newRow("path quote") << ValueType::Path << "C:\\a\"b" << ValueReason::ForbiddenCharacter << "\"";
        QTest::newRow("path dollar") << ValueType::Path << "C:\\$env" << ValueReason::ForbiddenCharacter << "$";
        QTest::newRow("path newline") << ValueType::Path << "C:\\a\nb" << ValueReason::ForbiddenCharacter << "U+000A";
        QTest::newRow("path ampersand") << ValueType::Path << "C:\\a&b" << ValueReason::ForbiddenCharacter << "&";
    }
    void values()
    {
        QFETCH(ValueType, type);
        QFETCH(QString, value);
        QFETCH(ValueReason, reason);
        QFETCH(QString, detail);
        QString found;
        QCOMPARE(validateValue(type, value, &found), reason);
        QCOMPARE(found, detail);
    }

    void hostMessages_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        const QString loose = QStringLiteral(
            "is not a valid IP address or host name: an IPv4 address is four numbers 0-255 without leading zeros "
            "(e.g. 192.0.2.10), and a host name does not end in a number");
        for (const char *value : {"010.1.1.1", "0x7f.0.0.1", "127.1", "2130706433", "0177.0.0.1", "lic01.42"})
            QTest::newRow(value) << QString::fromLatin1(value)
                                 << QStringLiteral("'%1' %2").arg(QString::fromLatin1(value), loose);
        QTest::newRow("999.1.1.1") << "999.1.1.1"
                                   << "'999.1.1.1' is not a valid host name or IP address";
    }
    void hostMessages()
    {
        QFETCH(QString, value);
        QFETCH(QString, message);
        QString detail;
        const ValueReason reason = validateHost(value, &detail);
        QCOMPARE(valueReasonText(reason, value, detail), message);
        QCOMPARE(isStrictIPv4(value), false);
    }

    void messages()
    {
        QCOMPARE(valueReasonText(ValueReason::PortOutOfRange, QStringLiteral("70000"), QString()),
            QStringLiteral("70000 is not a port (1-65535)"));
        QCOMPARE(valueReasonText(ValueReason::ForbiddenCharacter, QStringLiteral("a\"b"), QStringLiteral("\"")),
            QStringLiteral("the character '\"' is not allowed here"));
        QCOMPARE(valueReasonText(ValueReason::ForbiddenCharacter, QStringLiteral("a"), QStringLiteral("U+000A")),
            QStringLiteral("the character U+000A is not allowed here"));
    }
};

QTEST_GUILESS_MAIN(tst_ValueCheck)
#include "tst_valuecheck.moc"
