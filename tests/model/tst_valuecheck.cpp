#include "catalog/ValueCheck.h"

#include <QTest>

#include <initializer_list>

using namespace fw;

Q_DECLARE_METATYPE(fw::ValueType)
Q_DECLARE_METATYPE(fw::ValueReason)

namespace {

/// What validateValue() says about a value it accepts.
constexpr ValueReason accepted = ValueReason::Invalid;

/// A value and what validateValue() says about it: accepted, or the reason and (where there is one) its detail.
struct ValueRow
{
    const char *name;
    QString value;
    ValueReason reason = accepted;
    QString detail = {};
};

/// Adds a row of the table of values_data() for each of @p rows, all of @p type.
void addValues(ValueType type, std::initializer_list<ValueRow> rows)
{
    for (const ValueRow &row : rows)
        QTest::newRow(row.name) << type << row.value << row.reason << row.detail;
}

} // namespace

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
        addValues(ValueType::Port,
            {
                {"port 1", "1"},
                {"port 27000", "27000"},
                {"port 65535", "65535"},
                {"port 0", "0", ValueReason::PortOutOfRange},
                {"port 65536", "65536", ValueReason::PortOutOfRange},
                {"port 70000", "70000", ValueReason::PortOutOfRange},
                {"port huge", "99999999999999", ValueReason::PortOutOfRange},
                {"port negative", "-1", ValueReason::NotANumber, "-"},
                {"port space", "27 000", ValueReason::NotANumber, " "},
                {"port arabic digits", QString::fromUtf8("٢٧"), ValueReason::NotANumber, QString::fromUtf8("٢")},
                {"port empty", "", ValueReason::Empty},
            });
        addValues(ValueType::Host,
            {
                {"host name", "lic01.example.com"},
                {"host single label", "lic01"},
                {"host trailing dot", "lic01.example.com."},
                {"host digit start (RFC 1123)", "3com.example"},
                {"ipv4", "192.0.2.10"},
                {"ipv6", "2001:db8::1"},
                {"ipv6 bracketed", "[2001:db8::1]"},
                {"ipv6 loopback", "::1"},
                {"bad ipv4", "999.1.1.1", ValueReason::BadHostName},
                {"bad ipv6", "2001:db8::g", ValueReason::BadHostName},
                {"ipv4 zeros", "0.0.0.0"},
                {"ipv4 max", "255.255.255.255"},
                {"ipv4 256", "192.0.2.256", ValueReason::BadHostName},
                {"ipv4 five parts", "1.2.3.4.5", ValueReason::LooseIPv4},
                {"ipv4 trailing dot", "192.0.2.1.", ValueReason::LooseIPv4},
                {"octal 010.1.1.1", "010.1.1.1", ValueReason::LooseIPv4},
                {"octal 0177.0.0.1", "0177.0.0.1", ValueReason::LooseIPv4},
                {"leading zero last", "192.0.2.01", ValueReason::LooseIPv4},
                {"hex 0x7f.0.0.1", "0x7f.0.0.1", ValueReason::LooseIPv4},
                {"hex 0X7F000001", "0X7F000001", ValueReason::LooseIPv4},
                {"hex 0x", "0x", ValueReason::LooseIPv4},
                {"short 127.1", "127.1", ValueReason::LooseIPv4},
                {"short 10.1.1", "10.1.1", ValueReason::LooseIPv4},
                {"integer 2130706433", "2130706433", ValueReason::LooseIPv4},
                {"numeric last label", "lic01.example.42", ValueReason::LooseIPv4},
                {"hex last label", "lic01.0xff", ValueReason::LooseIPv4},
                {"hex-like label inside", "0x7f.example.com"},
                {"hex letters name", "cafe.beef"},
                {"digits then letters", "lic01.1e100.net"},
                {"ipv6 with ipv4", "::ffff:192.0.2.1"},
                {"ipv6 with short ipv4", "::ffff:127.1", ValueReason::BadHostName},
                {"ipv6 with octal ipv4", "::ffff:010.0.2.1", ValueReason::BadHostName},
                {"quote", "lic01\"x", ValueReason::ForbiddenCharacter, "\""},
                {"single quote", "lic'01", ValueReason::ForbiddenCharacter, "'"},
                {"space", "lic 01", ValueReason::ForbiddenCharacter, " "},
                {"semicolon", "a;rm", ValueReason::ForbiddenCharacter, ";"},
                {"dollar", "$(id)", ValueReason::ForbiddenCharacter, "$"},
                {"backtick", "a`id`", ValueReason::ForbiddenCharacter, "`"},
                {"newline", "a\nb", ValueReason::ForbiddenCharacter, "U+000A"},
                {"tab", "a\tb", ValueReason::ForbiddenCharacter, "U+0009"},
                {"underscore", "a_b.example", ValueReason::ForbiddenCharacter, "_"},
                {"wildcard", "*.palisade.com", ValueReason::ForbiddenCharacter, "*"},
                {"non-ascii", QString::fromUtf8("müller.de"), ValueReason::ForbiddenCharacter, QString::fromUtf8("ü")},
                {"empty label", "a..b", ValueReason::BadHostName},
                {"hyphen start", "-a.example", ValueReason::BadHostName, "-a"},
                {"long label", QString(64, QLatin1Char('a')), ValueReason::BadHostName, QString(64, QLatin1Char('a'))},
                {"too long", (QString(60, QLatin1Char('a')) + QLatin1Char('.')).repeated(5), ValueReason::TooLong},
            });
        addValues(ValueType::Path,
            {
                {"path", "C:\\Program Files (x86)\\Palisade\\lmgrd.exe"},
                {"path env var", "%ProgramFiles%\\Palisade"},
                {"path quote", "C:\\a\"b", ValueReason::ForbiddenCharacter, "\""},
                {"path dollar", "C:\\$env", ValueReason::ForbiddenCharacter, "$"},
                {"path newline", "C:\\a\nb", ValueReason::ForbiddenCharacter, "U+000A"},
                {"path ampersand", "C:\\a&b", ValueReason::ForbiddenCharacter, "&"},
            });
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
