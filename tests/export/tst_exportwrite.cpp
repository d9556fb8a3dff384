// Saving an export (fw::saveFile, behind the command line's -o and the wizard's Export page): every byte on disk or an
// error naming the file, nothing half-written, an existing file untouched, and a device, FIFO, socket or folder never
// replaced by a regular file. The full disk and /dev/null run in private mount namespaces (root).
#include "export/SaveFile.h"

#include "OddFiles.h"
#include "SkipOrFail.h"
#include "Table.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(unreadable)");
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

/// The file type as stat(1) names it ("regular file", "fifo", "character special file"), without following links.
QString fileType(const QString &path)
{
    struct stat st
    {
    };
    if (lstat(QFile::encodeName(path).constData(), &st) != 0)
        return QStringLiteral("missing");
    if (S_ISREG(st.st_mode))
        return QStringLiteral("regular file");
    if (S_ISFIFO(st.st_mode))
        return QStringLiteral("fifo");
    if (S_ISCHR(st.st_mode))
        return QStringLiteral("character special file");
    if (S_ISSOCK(st.st_mode))
        return QStringLiteral("socket");
    if (S_ISDIR(st.st_mode))
        return QStringLiteral("directory");
    if (S_ISLNK(st.st_mode))
        return QStringLiteral("symbolic link");
    return QStringLiteral("other");
}

struct Run
{
    int code = -1;
    QByteArray output;
};

/// Runs @p command with sh -c (bounded in time), with FW pointing at the binary; stdout and stderr merged.
Run shell(const QString &command, int timeoutMs = 60000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FW"), qEnvironmentVariable("FW_BINARY"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("sh"), {QStringLiteral("-c"), command});
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.output = p.readAll() + "\n(timed out)";
        return r;
    }
    r.output = p.readAll();
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

const QString kExport = QStringLiteral("\"$FW\" export --product palisade --version 7 --role server --format json -o");

} // namespace

class tst_ExportWrite : public QObject
{
    Q_OBJECT

private:
    /// Whether the test can go on: as root. QSKIP and QFAIL return only from the function they stand in, so each
    /// caller returns where this says no.
    [[nodiscard]] static bool haveRoot()
    {
        if (geteuid() == 0)
            return true;
        [] { FW_SKIP_OR_FAIL("mount namespaces need root (CI runs the tests as root)"); }();
        return false;
    }
    /// Whether FW_BINARY names the program (ctest sets it); a failure where it does not.
    [[nodiscard]] static bool haveBinary()
    {
        if (QFileInfo(qEnvironmentVariable("FW_BINARY")).isExecutable())
            return true;
        [] { QFAIL("FW_BINARY does not name the firewall-wizard binary (ctest sets it)"); }();
        return false;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void writesAndReplaces()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("a.json"));
        QCOMPARE(fw::saveFile(path, "first"), QString());
        QCOMPARE(readAll(path), QByteArray("first"));
        QCOMPARE(fw::saveFile(path, "second, longer"), QString());
        QCOMPARE(readAll(path), QByteArray("second, longer"));
        QCOMPARE(fw::saveFile(path, QByteArray()), QString());
        QCOMPARE(readAll(path), QByteArray());
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            QStringList {QStringLiteral("a.json")});
    }

    void refusesWhatIsNotARegularFile_data()
    {
        fw::test::addTextTable({"kind", "message"},
            {
                {"folder", {"folder", "is a folder"}},
                {"fifo", {"fifo", "is not a regular file (a device, pipe or socket)"}},
                {"socket", {"socket", "is not a regular file (a device, pipe or socket)"}},
                {"character device", {"device", "is not a regular file (a device, pipe or socket)"}},
                {"link to a fifo", {"link-fifo", "is not a regular file (a device, pipe or socket)"}},
                {"dangling link", {"dangling", "which does not exist"}},
                {"missing folder", {"missing-folder", "does not exist"}},
            });
    }
    void refusesWhatIsNotARegularFile()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString path = dir.filePath(QStringLiteral("target"));
        int socketFd = -1;
        if (kind == QLatin1String("folder") || kind == QLatin1String("socket")) {
            QVERIFY(fw::test::makeOddFile(kind, path, &socketFd));
        } else if (kind == QLatin1String("fifo") || kind == QLatin1String("link-fifo")) {
            QVERIFY(fw::test::makeOddFile(QStringLiteral("fifo"), path));
        } else if (kind == QLatin1String("device")) {
            path = QStringLiteral("/dev/null"); // only checked, never written: the refusal comes first
        } else if (kind == QLatin1String("dangling")) {
            QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere")), path));
        } else if (kind == QLatin1String("missing-folder")) {
            path = dir.filePath(QStringLiteral("no/such/file.json"));
        }
        if (kind == QLatin1String("link-fifo")) {
            const QString link = dir.filePath(QStringLiteral("link"));
            QVERIFY(QFile::link(path, link));
            path = link;
        }
        const QString before = fileType(path);
        const QString error = fw::saveFile(path, "data");
        if (socketFd >= 0)
            close(socketFd);
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(fileType(path), before);
        if (kind == QLatin1String("dangling"))
            QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("nowhere"))));
        // No temporary file is left behind.
        QCOMPARE(QDir(dir.path())
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                     .filter(QStringLiteral("target.")),
            QStringList());
    }

    void symbolicLinkReplacesItsTarget()
    {
        // QSaveFile resolves the link: the file it points to is replaced, the link stays a link.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString target = dir.filePath(QStringLiteral("real.json"));
        const QString link = dir.filePath(QStringLiteral("link.json"));
        QVERIFY(writeAll(target, "old"));
        QVERIFY(QFile::link(target, link));
        QCOMPARE(fw::saveFile(link, "new"), QString());
        QCOMPARE(fileType(link), QStringLiteral("symbolic link"));
        QCOMPARE(readAll(target), QByteArray("new"));
    }

    void commandLineRefusesAFifo()
    {
        // Must not hang opening the FIFO (nobody reads it), must not replace it.
        if (!haveBinary())
            return;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fifo = dir.filePath(QStringLiteral("out.json"));
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const Run r = shell(kExport + QStringLiteral(" '%1'").arg(fifo), 30000);
        QVERIFY2(r.code == 2, r.output.constData());
        QVERIFY2(
            r.output.contains(fifo.toUtf8() + ": " + fifo.toUtf8() + " is not a regular file"), r.output.constData());
        QCOMPARE(fileType(fifo), QStringLiteral("fifo"));
    }

    void commandLineNeverReplacesDevNull()
    {
        // In a private mount namespace with a tmpfs over /dev holding its own /dev/null: the real one is never at
        // stake.
        if (!haveRoot() || !haveBinary())
            return;
        const QString script = QStringLiteral(
            "unshare -m sh -c 'mount --make-rprivate / && mount -t tmpfs -o size=1m,mode=755 fwtest /dev && "
            "mknod -m 666 /dev/null c 1 3 && mknod -m 666 /dev/zero c 1 5 && mknod -m 666 /dev/urandom c 1 9 && "
            "mknod -m 666 /dev/random c 1 8 && "
            "%1 /dev/null; echo \"exit=$?\"; stat -c \"type=%F\" /dev/null; ls -A /dev | tr \"\\n\" \" \"'")
                                   .arg(kExport);
        const Run r = shell(script);
        QVERIFY2(r.output.contains("exit=2\n"), r.output.constData());
        QVERIFY2(r.output.contains("/dev/null: /dev/null is not a regular file"), r.output.constData());
        QVERIFY2(r.output.contains("type=character special file\n"), r.output.constData());
        QVERIFY2(r.output.trimmed().endsWith("null random urandom zero"), r.output.constData()); // no temporary file
        QCOMPARE(fileType(QStringLiteral("/dev/null")), QStringLiteral("character special file"));
    }

    void commandLineOnAFullDisk_data()
    {
        QTest::addColumn<bool>("existing");
        QTest::newRow("new file") << false;
        QTest::newRow("existing file") << true;
    }
    void commandLineOnAFullDisk()
    {
        // A tiny tmpfs, filled up: the export fails with the file and the reason, leaves no file (nor a temporary
        // one), and an existing file keeps its content.
        QFETCH(bool, existing);
        if (!haveRoot() || !haveBinary())
            return;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString mount = dir.filePath(QStringLiteral("full"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("full")));
        const QString target = mount + QStringLiteral("/rules.json");
        const QString script
            = QStringLiteral(
                "unshare -m sh -c 'mount --make-rprivate / && mount -t tmpfs -o size=64k fwtest \"%1\" && %2"
                "head -c 1048576 /dev/zero > \"%1/filler\" 2>/dev/null; "
                "%3 \"%4\"; echo \"exit=$?\"; ls -A \"%1\" | tr \"\\n\" \" \"; echo; cat \"%4\" 2>&1; echo'")
                  .arg(mount, existing ? QStringLiteral("echo old > \"%1\" && ").arg(target) : QString(), kExport,
                      target);
        const Run r = shell(script);
        QVERIFY2(r.output.contains("exit=2\n"), r.output.constData());
        QVERIFY2(
            r.output.contains("cannot write " + target.toUtf8() + ": No space left on device"), r.output.constData());
        if (existing) {
            QVERIFY2(r.output.contains("\nfiller rules.json \nold\n"), r.output.constData());
        } else {
            QVERIFY2(r.output.contains("\nfiller \n"), r.output.constData());
            QVERIFY2(r.output.contains("No such file or directory"), r.output.constData());
        }
    }
};

QTEST_GUILESS_MAIN(tst_ExportWrite)
#include "tst_exportwrite.moc"
