// The FlexNet license-file reader (model/license): ports from SERVER and VENDOR lines, problems with line numbers.
// The file forms follow FlexNet Publisher's License Administration Guide: SERVER host hostid [port],
// VENDOR vendor [path] [[OPTIONS=]file] [[PORT=]port], DAEMON as the older VENDOR, "\" continuing a line, "#" comments.
#include "license/LicenseFile.h"

#include "Bounded.h"

#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace fw;
using Code = LicenseProblem::Code;

Q_DECLARE_METATYPE(fw::LicenseProblem::Code)

class tst_LicenseFile : public QObject
{
    Q_OBJECT

private slots:
    void ports_data();
    void ports();
    void problems_data();
    void problems();
    void details();
    void longTokensCut();
    void vendorChoice();
    void readFromDisk();
};

void tst_LicenseFile::ports_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("serverPort"); // -1: no SERVER line
    QTest::addColumn<int>("vendorPort"); // -1: no VENDOR line
    QTest::addColumn<int>("serverLine");
    QTest::addColumn<int>("vendorLine");

    QTest::newRow("good") << QByteArray("SERVER lic01 0019b9a7c5e1 27000\n"
                                        "VENDOR Palisade PORT=27010\n"
                                        "FEATURE RISK Palisade 8.0 permanent 5 SIGN=\"0A1B 2C3D\"\n")
                          << 27000 << 27010 << 1 << 2;
    QTest::newRow("keywords in any case, port= forms, DAEMON")
        << QByteArray("server lic01 ANY port=27005\n"
                      "daemon Palisade C:\\Palisade\\Palisade.exe options=C:\\Palisade\\pal.opt Port=27011\n")
        << 27005 << 27011 << 1 << 2;
    QTest::newRow("continuation lines") << QByteArray("# comment\n"
                                                      "SERVER lic01 \\\n"
                                                      "    0019b9a7c5e1 27001\n"
                                                      "INCREMENT RISK Palisade 8.0 permanent 5 \\\n"
                                                      "    HOSTID=ANY \\\n"
                                                      "    SIGN=\"0A1B\"\n"
                                                      "VENDOR Palisade \\\n"
                                                      "    PORT=27012\n")
                                        << 27001 << 27012 << 2 << 7;
    QTest::newRow("CRLF line ends") << QByteArray("SERVER lic01 ID=1234 27002\r\nVENDOR Palisade PORT=27013\r\n")
                                    << 27002 << 27013 << 1 << 2;
    QTest::newRow("positional vendor port")
        << QByteArray("SERVER lic01 ANY 27003\nVENDOR Palisade /opt/palisade/Palisade /opt/palisade/pal.opt 27014\n")
        << 27003 << 27014 << 1 << 2;
    QTest::newRow("older TCP: port form")
        << QByteArray("SERVER lic01 ANY TCP:27004\nVENDOR Palisade\n") << 27004 << 0 << 1 << 2;
    QTest::newRow("partial: no ports") << QByteArray("SERVER lic01 0019b9a7c5e1\nVENDOR Palisade\n") << 0 << 0 << 1
                                       << 2;
    QTest::newRow("partial: client file without VENDOR line")
        << QByteArray("SERVER lic01 ANY 27000\nUSE_SERVER\n") << 27000 << -1 << 1 << 0;
    QTest::newRow("partial: VENDOR line only") << QByteArray("VENDOR Palisade PORT=27015\n") << -1 << 27015 << 0 << 1;
    QTest::newRow("extra words on the SERVER line")
        << QByteArray("SERVER lic01 ANY 27006 PRIMARY_IS_MASTER HEARTBEAT_INTERVAL=120\nVENDOR Palisade PORT=27016\n")
        << 27006 << 27016 << 1 << 2;
}

void tst_LicenseFile::ports()
{
    QFETCH(QByteArray, data);
    QFETCH(int, serverPort);
    QFETCH(int, vendorPort);
    QFETCH(int, serverLine);
    QFETCH(int, vendorLine);

    const LicenseFile file = parseLicenseFile(data);
    QVERIFY2(file.problems.isEmpty(), qPrintable(file.problems.value(0).toString()));
    QVERIFY(file.hasPortLines());
    if (serverPort < 0) {
        QVERIFY(file.servers.isEmpty());
    } else {
        QCOMPARE(file.servers.size(), 1);
        QCOMPARE(file.servers[0].host, QStringLiteral("lic01"));
        QCOMPARE(file.servers[0].port, serverPort);
        QCOMPARE(file.servers[0].line, serverLine);
    }
    if (vendorPort < 0) {
        QVERIFY(file.vendors.isEmpty());
    } else {
        QCOMPARE(file.vendors.size(), 1);
        QCOMPARE(file.vendors[0].name, QStringLiteral("Palisade"));
        QCOMPARE(file.vendors[0].port, vendorPort);
        QCOMPARE(file.vendors[0].line, vendorLine);
    }
}

void tst_LicenseFile::problems_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<Code>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<bool>("usable"); // ports can still be read

    QTest::newRow("empty") << QByteArray("  \n\n") << Code::Empty << 0 << false;
    QTest::newRow("binary") << QByteArray("PK\x03\x04\x00\x00zip", 9) << Code::NotText << 0 << false;
    QTest::newRow("not a license file") << QByteArray("Dear admin,\nplease find attached\n") << Code::NotALicenseFile
                                        << 0 << false;
    QTest::newRow("port out of range") << QByteArray("SERVER lic01 ANY 70000\nVENDOR Palisade PORT=27010\n")
                                       << Code::BadPort << 1 << true;
    QTest::newRow("PORT= not a number") << QByteArray("SERVER lic01 ANY 27000\nVENDOR Palisade PORT=abc\n")
                                        << Code::BadPort << 2 << true;
    QTest::newRow("VENDOR without name") << QByteArray("SERVER lic01 ANY 27000\nVENDOR\n") << Code::MissingVendorName
                                         << 2 << true;
    QTest::newRow("SERVER without host") << QByteArray("SERVER\nVENDOR Palisade PORT=27010\n")
                                         << Code::MissingServerHost << 1 << true;
    QTest::newRow("unknown line") << QByteArray("SERVER lic01 ANY 27000\nVENDOR Palisade\nHELLO world\n")
                                  << Code::UnknownKeyword << 3 << true;
    QTest::newRow("cut off after a backslash")
        << QByteArray("SERVER lic01 ANY 27000\nVENDOR Palisade \\\n") << Code::DanglingContinuation << 2 << true;
}

void tst_LicenseFile::problems()
{
    QFETCH(QByteArray, data);
    QFETCH(Code, code);
    QFETCH(int, line);
    QFETCH(bool, usable);

    const LicenseFile file = parseLicenseFile(data);
    QCOMPARE(file.problems.size(), 1);
    QCOMPARE(file.problems[0].code, code);
    QCOMPARE(file.problems[0].line, line);
    QCOMPARE(file.hasPortLines(), usable);
    const QString message = file.problems[0].toString();
    QVERIFY(!message.isEmpty());
    if (line > 0)
        QVERIFY2(message.startsWith(QStringLiteral("line %1: ").arg(line)), qPrintable(message));
}

void tst_LicenseFile::details()
{
    const LicenseFile file
        = parseLicenseFile("SERVER lic01 \"ID=1234 ID=5678\" 27000\n"
                           "VENDOR Palisade C:\\Palisade\\Palisade.exe OPTIONS=C:\\Palisade\\pal.opt PORT=27010\n");
    QCOMPARE(file.servers[0].hostId, QStringLiteral("ID=1234 ID=5678"));
    QCOMPARE(file.vendors[0].path, QStringLiteral("C:\\Palisade\\Palisade.exe"));
    QCOMPARE(file.vendors[0].optionsFile, QStringLiteral("C:\\Palisade\\pal.opt"));

    // Three-server (redundant) files list every server; the first one's port comes first.
    const LicenseFile redundant = parseLicenseFile("SERVER a ANY 27000\nSERVER b ANY 27001\nSERVER c ANY 27002\n"
                                                   "VENDOR Palisade PORT=27010\n");
    QCOMPARE(redundant.servers.size(), 3);
    QCOMPARE(redundant.servers[2].host, QStringLiteral("c"));
    QCOMPARE(redundant.servers[2].line, 3);

    // A bad port does not hide a later good one on the same line, nor make one up.
    const LicenseFile bad = parseLicenseFile("SERVER lic01 ANY 0\nVENDOR Palisade PORT=27010\n");
    QCOMPARE(bad.servers[0].port, 0);
    QCOMPARE(bad.problems.size(), 1);
}

void tst_LicenseFile::longTokensCut()
{
    // A message quotes at most 40 characters of what the file says, however long the word.
    const QByteArray word(100000, '7');
    for (const QByteArray &data : {"SERVER lic01 ANY 27000\nVENDOR Palisade PORT=" + word + "\n",
             "SERVER lic01 ANY 27000\nVENDOR Palisade\n" + word + " x\n"}) {
        const LicenseFile file = parseLicenseFile(data);
        QCOMPARE(file.problems.size(), 1);
        const QString message = file.problems.first().toString();
        QVERIFY2(message.contains(QString(40, QLatin1Char('7'))) && !message.contains(QString(41, QLatin1Char('7'))),
            qPrintable(message.left(200)));
    }
}

void tst_LicenseFile::vendorChoice()
{
    const LicenseFile file = parseLicenseFile("VENDOR other PORT=1\nVENDOR palisade PORT=27010\n");
    QCOMPARE(file.vendor(QStringLiteral("Palisade"))->port, 27010);
    QCOMPARE(file.vendor(QStringLiteral("unknown"))->port, 1);
    QCOMPARE(parseLicenseFile("SERVER a ANY 1\n").vendor(QStringLiteral("Palisade")), nullptr);
}

void tst_LicenseFile::readFromDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const LicenseFile missing = readLicenseFile(dir.filePath(QStringLiteral("none.lic")));
    QCOMPARE(missing.problems.size(), 1);
    QCOMPARE(missing.problems[0].code, Code::CannotRead);

    QFile big(dir.filePath(QStringLiteral("big.lic")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write(QByteArray(2 * 1024 * 1024, '#'));
    big.close();
    QCOMPARE(readLicenseFile(big.fileName()).problems.value(0).code, Code::TooLarge);

    // A FIFO (even one that a writer holds open) and a link to a device are refused at once, without reading.
    QVERIFY(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("fifo.lic"))).constData(), 0600) == 0);
    const int writer
        = ::open(QFile::encodeName(dir.filePath(QStringLiteral("fifo.lic"))).constData(), O_RDWR | O_NONBLOCK);
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), dir.filePath(QStringLiteral("zero.lic"))));
    LicenseFile fifo;
    LicenseFile zero;
    test::finishWithin(5000, "reading a FIFO or /dev/zero as a license file", [&]() {
        fifo = readLicenseFile(dir.filePath(QStringLiteral("fifo.lic")));
        zero = readLicenseFile(dir.filePath(QStringLiteral("zero.lic")));
    });
    ::close(writer);
    QCOMPARE(fifo.problems.value(0).code, Code::CannotRead);
    QCOMPARE(fifo.problems.value(0).toString(),
        QStringLiteral("the file cannot be read: it is a named pipe (FIFO), not a regular file"));
    QCOMPARE(zero.problems.value(0).code, Code::CannotRead);
    QVERIFY2(zero.problems.value(0).toString().endsWith(QLatin1String("it is a device, not a regular file")),
        qPrintable(zero.problems.value(0).toString()));

    QFile good(dir.filePath(QStringLiteral("good.lic")));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write("SERVER lic01 ANY 27000\nVENDOR Palisade PORT=27010\n");
    good.close();
    const LicenseFile file = readLicenseFile(good.fileName());
    QVERIFY(file.problems.isEmpty());
    QCOMPARE(file.vendors[0].port, 27010);
}

QTEST_GUILESS_MAIN(tst_LicenseFile)
#include "tst_licensefile.moc"
