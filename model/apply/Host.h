#pragma once

#include "RunResult.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace fw {

/// The environment for every program whose output this program reads: this process's, with LC_ALL=C and without
/// LANGUAGE, so that the tools speak untranslated English whatever the user's language.
QProcessEnvironment toolEnvironment();

/// The machine that detection and the back ends act on: the programs they run and the files they read and write.
/// They reach the system only through this, so that tests can record and script what they would do.
class Host
{
public:
    virtual ~Host() = default;
    /// Runs @p program (a name looked up in PATH and the sbin folders, or a path) with @p args, feeding @p input
    /// to its standard input; kills it after @p timeoutMs.
    virtual RunResult run(
        const QString &program, const QStringList &args, const QByteArray &input = QByteArray(), int timeoutMs = 30000)
        = 0;
    /// Whether @p program can be found.
    virtual bool hasProgram(const QString &program) = 0;
    /// Reads a whole file; false when it does not exist or cannot be read.
    virtual bool readFile(const QString &path, QByteArray *data) = 0;
    /// Replaces a file atomically and durably (writeFileDurably: every error checked, fsync of the file and the
    /// folder, read back), creating its folder; @p error names the file and says why it failed.
    virtual bool writeFile(const QString &path, const QByteArray &data, QString *error) = 0;
    /// Removes a file; a file that is not there counts as removed.
    virtual bool removeFile(const QString &path, QString *error) = 0;
    /// Whether a file or folder exists.
    virtual bool exists(const QString &path) = 0;
    /// The names of the files in @p folder, sorted; empty where it cannot be read. Revert uses it to find files of
    /// ours that no record lists.
    virtual QStringList listFolder(const QString &folder)
    {
        Q_UNUSED(folder)
        return {};
    }
    /// Whether this process may change the firewall (root on Linux, elevated on Windows).
    virtual bool isPrivileged() = 0;
    /// The names of the network interfaces that are up, loopback excluded.
    virtual QStringList upInterfaces() = 0;
};

/// The real machine: QProcess with argument lists and timeouts, QSaveFile, QNetworkInterface. Calls of nft go to
/// nft's own library in this process where it is installed (NftLibrary), which saves a process start per call;
/// the commands and the transaction are the same.
class SystemHost : public Host
{
public:
    /// @p inProcessNft false: always start the nft program (the benchmark compares both).
    explicit SystemHost(bool inProcessNft = true) : m_inProcessNft(inProcessNft) { }
    RunResult run(const QString &program, const QStringList &args, const QByteArray &input = QByteArray(),
        int timeoutMs = 30000) override;
    bool hasProgram(const QString &program) override;
    bool readFile(const QString &path, QByteArray *data) override;
    bool writeFile(const QString &path, const QByteArray &data, QString *error) override;
    bool removeFile(const QString &path, QString *error) override;
    bool exists(const QString &path) override;
    QStringList listFolder(const QString &folder) override;
    bool isPrivileged() override;
    QStringList upInterfaces() override;

    /// The full path of @p program, or an empty string. Looks in PATH, then in the sbin folders, which an ordinary
    /// user's PATH often lacks although nft, ufw and firewall-cmd live there.
    static QString findProgram(const QString &program);

private:
    bool m_inProcessNft = true;
};

} // namespace fw
