// The privilege boundary's file handling (model/system): inputs are read only as regular files under a size cap,
// without blocking on a FIFO or reading a device; as root only root's own files and folders; root's state folder
// is refused where others could change it; small state files are never written through a link.
#include "system/InputFile.h"
#include "system/Paths.h"

#include "Bounded.h"
#include "OddFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace fw;

namespace {

void write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(data), data.size());
}

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

} // namespace

class tst_InputFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    /// Root's checks need root; CI runs as root, so there a skip would hide a missing check.
    bool root()
    {
        if (::geteuid() == 0)
            return true;
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QTest::qFail("needs root (CI runs the tests as root)", __FILE__, __LINE__);
        else
            QTest::qSkip("needs root to make files of another owner", __FILE__, __LINE__);
        return false;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void regularFileUpToTheCap()
    {
        write(path("exact.json"), QByteArray(1000, 'x'));
        QByteArray data;
        QString error;
        QVERIFY2(inputfile::read(path("exact.json"), 1000, &data, &error), qPrintable(error));
        QCOMPARE(data, QByteArray(1000, 'x'));
        // A link to a regular file is followed where any owner is fine.
        QVERIFY(QFile::link(path("exact.json"), path("link.json")));
        QVERIFY2(inputfile::read(path("link.json"), 1000, &data, &error), qPrintable(error));
        QCOMPARE(data.size(), 1000);
        // The caps that the README documents.
        QCOMPARE(inputfile::kCatalogFileCap, 1024 * 1024);
        QCOMPARE(inputfile::kPlanFileCap, 256 * 1024);
        QCOMPARE(inputfile::kLicenseFileCap, 1024 * 1024);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char *kind : {"fifo", "fifo-writer", "zero", "urandom", "big", "folder", "missing"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }
    void refused()
    {
        QFETCH(QString, kind);
        QString file = path(QStringLiteral("refused-") + kind);
        int writer = -1;
        if (kind == QLatin1String("urandom"))
            file = QStringLiteral("/dev/urandom");
        else if (kind == QLatin1String("big"))
            write(file, QByteArray(1025, 'x'));
        else if (kind != QLatin1String("missing"))
            QVERIFY(test::makeOddFile(kind.startsWith(QLatin1String("fifo")) ? QStringLiteral("fifo") : kind, file));
        if (kind == QLatin1String("fifo-writer")) // a writer that never writes: a read would wait forever
            writer = ::open(encoded(file).constData(), O_RDWR | O_NONBLOCK);
        bool ok = true;
        QByteArray data;
        QString error;
        test::finishWithin(5000, "reading an odd file", [&]() { ok = inputfile::read(file, 1024, &data, &error); });
        if (writer >= 0)
            ::close(writer);
        QVERIFY(!ok);
        QCOMPARE(error, test::inputFileRefusal(kind, 1));
        QVERIFY(data.isEmpty());
    }

    // A file whose size says less than it holds is still cut after cap + 1 bytes.
    void readIsBoundedWhateverTheSizeSays()
    {
        // /proc files report size 0 and have content: the bounded read, not the size, decides.
        QByteArray data;
        QString error;
        QVERIFY(!inputfile::read(QStringLiteral("/proc/self/maps"), 16, &data, &error));
        QCOMPARE(error, QStringLiteral("it is larger than 0 KiB, the limit for this kind of file"));
    }

    void rootReadsOnlyRootsFiles()
    {
        if (!root())
            return;
        const QString file = path("roots.json");
        write(file, "{}");
        QVERIFY(::chmod(encoded(file).constData(), 0644) == 0);
        QByteArray data;
        QString error;
        QVERIFY2(inputfile::read(file, 1024, &data, &error, inputfile::Owner::Root), qPrintable(error));
        QVERIFY(::chmod(encoded(file).constData(), 0664) == 0);
        QVERIFY(!inputfile::read(file, 1024, &data, &error, inputfile::Owner::Root));
        QCOMPARE(error,
            QStringLiteral("it is writable by group or others (mode 664); run as root, this program reads "
                           "only files that only root can change"));
        QVERIFY(::chmod(encoded(file).constData(), 0644) == 0 && ::chown(encoded(file).constData(), 65534, 65534) == 0);
        QVERIFY(!inputfile::read(file, 1024, &data, &error, inputfile::Owner::Root));
        QCOMPARE(error,
            QStringLiteral("it belongs to uid 65534; run as root, this program reads only files and folders "
                           "that root owns"));
        QVERIFY(inputfile::read(file, 1024, &data, &error)); // anyone's is fine where root's is not asked for
        QVERIFY(::chown(encoded(file).constData(), 0, 0) == 0);
        QVERIFY(QFile::link(file, path("roots-link.json")));
        QVERIFY(!inputfile::read(path("roots-link.json"), 1024, &data, &error, inputfile::Owner::Root));
        QCOMPARE(error, QStringLiteral("it is a symbolic link, which is not followed here"));
    }

    void folderSortedWithAProblemPerFile()
    {
        const QString dir = path("folder");
        QVERIFY(QDir().mkpath(dir));
        write(dir + "/b.json", "b");
        write(dir + "/a.json", "a");
        write(dir + "/.hidden.json", "h");
        write(dir + "/notes.txt", "n");
        QVERIFY(::mkfifo(encoded(dir + "/c.json").constData(), 0600) == 0);
        QList<inputfile::FolderFile> files;
        QString error;
        test::finishWithin(5000, "reading a folder with a FIFO", [&]() {
            QVERIFY(
                inputfile::readFolder(dir, QStringLiteral(".json"), 1024, inputfile::Owner::Anyone, &files, &error));
        });
        QCOMPARE(files.size(), 4);
        QCOMPARE(files[0].path, dir + "/.hidden.json");
        QCOMPARE(files[1].data, QByteArray("a"));
        QCOMPARE(files[2].path, dir + "/b.json");
        QCOMPARE(files[3].error, QStringLiteral("it is a named pipe (FIFO), not a regular file"));
        QVERIFY(!inputfile::readFolder(
            path("none"), QStringLiteral(".json"), 1024, inputfile::Owner::Anyone, &files, &error));
        if (::geteuid() == 0) {
            QVERIFY(::chmod(encoded(dir).constData(), 0777) == 0);
            QVERIFY(!inputfile::readFolder(dir, QStringLiteral(".json"), 1024, inputfile::Owner::Root, &files, &error));
            QVERIFY2(
                error.startsWith(QLatin1String("it is writable by group or others (mode 777)")), qPrintable(error));
        }
    }

    void privateFolder()
    {
        QString error;
        const QString made = path("private");
        QVERIFY2(paths::ensurePrivateFolder(made, &error), qPrintable(error));
        struct stat st;
        QVERIFY(::lstat(encoded(made).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 0777, 0700u);
        QVERIFY2(paths::ensurePrivateFolder(made, &error), qPrintable(error)); // again: fine

        QVERIFY(QFile::link(made, path("linked")));
        QVERIFY(!paths::ensurePrivateFolder(path("linked"), &error));
        QVERIFY2(error.startsWith(path("linked") + QStringLiteral(" is a symbolic link")), qPrintable(error));

        QVERIFY(::chmod(encoded(made).constData(), 0770) == 0);
        QVERIFY(!paths::ensurePrivateFolder(made, &error));
        QCOMPARE(error,
            QStringLiteral("%1 is writable by group or others (mode 770), so someone else could change its "
                           "files. Check its contents, then: chmod 700 %1")
                .arg(made));
        QVERIFY(::chmod(encoded(made).constData(), 0700) == 0);

        write(path("plain"), "x");
        QVERIFY(!paths::ensurePrivateFolder(path("plain"), &error));
        QCOMPARE(error, path("plain") + QStringLiteral(" is not a folder. Remove it."));

        QVERIFY(!paths::ensurePrivateFolder(path("no/such/parent"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("cannot create the folder ")), qPrintable(error));

        if (::geteuid() == 0) {
            QVERIFY(::chown(encoded(made).constData(), 65534, 65534) == 0);
            QVERIFY(!paths::ensurePrivateFolder(made, &error));
            QVERIFY2(error.startsWith(made + QStringLiteral(" belongs to uid 65534, not to uid 0")), qPrintable(error));
        }
    }

    void newFileNeverThroughALink()
    {
        const QString target = path("target.txt");
        write(target, "untouched");
        const QString file = path("confirm");
        QVERIFY(QFile::link(target, file));
        QString error;
        QVERIFY2(paths::writeNewFile(file, "42\n", &error), qPrintable(error));
        QVERIFY(!QFileInfo(file).isSymLink());
        QFile t(target);
        QVERIFY(t.open(QIODevice::ReadOnly));
        QCOMPARE(t.readAll(), QByteArray("untouched"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("42\n"));
        struct stat st;
        QVERIFY(::lstat(encoded(file).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
    }

    // Root's folders do not follow HOME or XDG_*; an ordinary user's do.
    void whereStateAndLogLive()
    {
        qputenv("XDG_DATA_HOME", encoded(path("xdg")));
        if (::geteuid() == 0) {
            QVERIFY(paths::privileged());
            QCOMPARE(paths::stateDir(), QStringLiteral("/var/lib/firewall-wizard"));
            QCOMPARE(paths::logDir(), QStringLiteral("/var/log/firewall-wizard"));
        } else {
            QVERIFY(!paths::privileged());
            QVERIFY2(paths::stateDir().startsWith(path("xdg")), qPrintable(paths::stateDir()));
            QVERIFY2(paths::logDir().startsWith(path("xdg")), qPrintable(paths::logDir()));
        }
        QCOMPARE(paths::systemCatalogDir(), QStringLiteral("/etc/firewall-wizard/catalog"));
    }
};

QTEST_GUILESS_MAIN(tst_InputFile)
#include "tst_inputfile.moc"
