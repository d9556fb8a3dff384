// The line protocol between apply/revert --answers-on-stdin and the program that drives them (apply/ApplyProtocol.h):
// the exact bytes of each line, the round trip of any value, and every malformed or hostile line taken as text.
#include "apply/ApplyProtocol.h"

#include <QTest>

using namespace fw;
using namespace fw::applyprotocol;

Q_DECLARE_METATYPE(fw::applyprotocol::Key)

class tst_ApplyProtocol : public QObject
{
    Q_OBJECT

private slots:
    void linesAreByteExact_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("detected") << detected(BackendId::Nftables, true) << "@fw1 detected nftables full";
        QTest::newRow("detected none") << detected(BackendId::Invalid, false) << "@fw1 detected none partial";
        QTest::newRow("confirm-apply") << confirmApply(BackendId::Firewalld, 4) << "@fw1 confirm-apply firewalld 4";
        QTest::newRow("confirm-revert") << confirmRevert() << "@fw1 confirm-revert";
        QTest::newRow("confirm-pending") << confirmPending(60) << "@fw1 confirm-pending 60";
        QTest::newRow("result") << result(Result::RolledBack) << "@fw1 result rolled-back";
        QTest::newRow("result backend") << result(Result::Reverted, BackendId::Ufw) << "@fw1 result reverted ufw";
        QTest::newRow("error") << error(QStringLiteral("a b%c\nd")) << "@fw1 error a%20b%25c%0Ad";
        QTest::newRow("error utf-8") << error(QStringLiteral("Schritt „prüfen“"))
                                     << "@fw1 error Schritt%20%E2%80%9Epr%C3%BCfen%E2%80%9C";
    }
    void linesAreByteExact()
    {
        QFETCH(QString, line);
        QFETCH(QString, expected);
        QCOMPARE(line, expected);
    }

    void everyValueRoundTrips_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << "apply failed at the step \"verify\": nft said no";
        QTest::newRow("line breaks") << "first line\nsecond line\n\tindented";
        QTest::newRow("percent") << "100% %41 %%";
        QTest::newRow("protocol inside") << "x\n@fw1 result kept\n@fw1 confirm-pending 5";
        QTest::newRow("non-ascii") << "Fehler: ¿qué? 日本語 😀";
        QTest::newRow("spaces") << "  leading and trailing  ";
    }
    void everyValueRoundTrips()
    {
        QFETCH(QString, value);
        const QString line = error(value);
        QVERIFY2(!line.contains(QLatin1Char('\n')) && line.count(QLatin1Char(' ')) == 2, qPrintable(line));
        const Message m = decode(line);
        QCOMPARE(m.key, Key::Error);
        QCOMPARE(m.text(), value);
        QCOMPARE(encode(m), line);
    }

    void wellFormedLinesDecode_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<Key>("key");
        QTest::addColumn<int>("backend");
        QTest::addColumn<int>("number");
        QTest::addColumn<int>("result");
        QTest::newRow("detected") << "@fw1 detected ufw partial" << Key::Detected << int(BackendId::Ufw) << 0 << 0;
        QTest::newRow("confirm-apply") << "@fw1 confirm-apply nftables 12" << Key::ConfirmApply
                                       << int(BackendId::Nftables) << 12 << 0;
        QTest::newRow("confirm-pending") << "@fw1 confirm-pending 3600" << Key::ConfirmPending << 0 << 3600 << 0;
        QTest::newRow("result kept") << "@fw1 result kept" << Key::Result << 0 << 0 << int(Result::Kept);
        QTest::newRow("result restored") << "@fw1 result restored firewalld" << Key::Result << int(BackendId::Firewalld)
                                         << 0 << int(Result::Restored);
    }
    void wellFormedLinesDecode()
    {
        QFETCH(QString, line);
        QFETCH(Key, key);
        QFETCH(int, backend);
        QFETCH(int, number);
        QFETCH(int, result);
        const Message m = decode(line);
        QCOMPARE(m.key, key);
        QCOMPARE(int(m.backend()), backend);
        QCOMPARE(m.number(), number);
        QCOMPARE(int(m.result()), result);
        QCOMPARE(encode(m), line);
    }

    void malformedAndHostileLinesAreText_data()
    {
        QTest::addColumn<QString>("line");
        // Human lines, also translated ones that look like a status.
        QTest::newRow("translated error") << "firewall-wizard: Fehler: result kept";
        QTest::newRow("english error") << "firewall-wizard: error: apply failed";
        QTest::newRow("spanish error") << "firewall-wizard: error: result failed";
        QTest::newRow("old format") << "result kept";
        QTest::newRow("old pending") << "confirm-pending 3";
        QTest::newRow("empty") << "";
        // Truncated lines.
        QTest::newRow("prefix only") << "@fw1";
        QTest::newRow("prefix and space") << "@fw1 ";
        QTest::newRow("key without value") << "@fw1 result";
        QTest::newRow("half a backend") << "@fw1 confirm-apply nftables";
        QTest::newRow("half an escape") << "@fw1 error abc%4";
        QTest::newRow("escape at the end") << "@fw1 error abc%";
        QTest::newRow("half a character") << "@fw1 error abc%C3";
        // Another version, case or spacing.
        QTest::newRow("version 2") << "@fw2 result kept";
        QTest::newRow("upper case") << "@FW1 result kept";
        QTest::newRow("leading space") << " @fw1 result kept";
        QTest::newRow("double space") << "@fw1  result kept";
        QTest::newRow("trailing space") << "@fw1 result kept ";
        QTest::newRow("carriage return") << "@fw1 result kept\r";
        QTest::newRow("tab") << "@fw1\tresult kept";
        // Unknown keys and values out of form.
        QTest::newRow("unknown key") << "@fw1 reboot now";
        QTest::newRow("unknown result") << "@fw1 result exploded";
        QTest::newRow("extra value") << "@fw1 result kept extra";
        QTest::newRow("result needs backend") << "@fw1 result reverted";
        QTest::newRow("result takes no backend") << "@fw1 result kept nftables";
        QTest::newRow("unknown backend") << "@fw1 confirm-apply iptables 3";
        QTest::newRow("negative rules") << "@fw1 confirm-apply nftables -1";
        QTest::newRow("leading zero") << "@fw1 confirm-apply nftables 03";
        QTest::newRow("huge number") << "@fw1 confirm-apply nftables 99999999999";
        QTest::newRow("pending zero") << "@fw1 confirm-pending 0";
        QTest::newRow("pending too long") << "@fw1 confirm-pending 3601";
        QTest::newRow("detected maybe") << "@fw1 detected nftables maybe";
        QTest::newRow("confirm-revert value") << "@fw1 confirm-revert now";
        QTest::newRow("bad escape") << "@fw1 error %ZZ";
        QTest::newRow("empty error") << "@fw1 error %20";
        QTest::newRow("escape sequence") << "@fw1 error %1B[2J";
        QTest::newRow("bidi override") << "@fw1 error abc%E2%80%AEdef";
        QTest::newRow("raw non-ascii") << QStringLiteral("@fw1 error Fehlerä");
        QTest::newRow("escaped space in key") << "@fw1 result%20kept";
        QTest::newRow("too long") << QStringLiteral("@fw1 error ") + QString(kMaxLineLength, QLatin1Char('x'));
    }
    void malformedAndHostileLinesAreText()
    {
        QFETCH(QString, line);
        const Message m = decode(line);
        QVERIFY2(!m.isValid(), qPrintable(keyString(m.key)));
        QVERIFY(m.values.isEmpty());
    }

    void unescapeRefusesWhatEscapeNeverWrites()
    {
        QString value;
        QVERIFY(unescape(QStringLiteral("a%20b"), &value));
        QCOMPARE(value, QStringLiteral("a b"));
        QVERIFY(unescape(QStringLiteral("%c3%a4"), &value)); // lower-case hex is read too
        QCOMPARE(value, QStringLiteral("ä"));
        for (const char *bad : {"a b", "a\nb", "%", "%G0", "%FF", "%C3"})
            QVERIFY2(!unescape(QString::fromLatin1(bad), &value), bad);
        QCOMPARE(escape(QStringLiteral("~!\"#$&'()*+,-./:;<=>?@[\\]^_`{|}")),
            QStringLiteral("~!\"#$&'()*+,-./:;<=>?@[\\]^_`{|}"));
    }

    void answers()
    {
        QCOMPARE(answerLine(true), QByteArray("yes\n"));
        QCOMPARE(answerLine(false), QByteArray("no\n"));
        QVERIFY(isYes(QStringLiteral("yes")) && isYes(QStringLiteral("y")) && !isYes(QString()));
        QVERIFY(isYes(QString(), true));
        QVERIFY(!isYes(QStringLiteral("ja")) && !isYes(QStringLiteral("no")));
        QVERIFY(isNo(QStringLiteral("no")) && isNo(QStringLiteral("n")) && !isNo(QString()));
    }

    void everyKeyAndResultHasOneWord()
    {
        for (int k = int(Key::Detected); k <= int(Key::Result); ++k)
            QVERIFY(!keyString(Key(k)).isEmpty());
        QVERIFY(keyString(Key::Invalid).isEmpty());
        QStringList words;
        for (int r = int(Result::Applied); r <= int(Result::RevertFailed); ++r) {
            const QString word = resultString(Result(r));
            QVERIFY(!word.isEmpty() && !words.contains(word));
            words << word;
            const QString line = result(Result(r), BackendId::Nftables);
            QCOMPARE(decode(line).result(), Result(r));
        }
    }
};

QTEST_GUILESS_MAIN(tst_ApplyProtocol)
#include "tst_applyprotocol.moc"
