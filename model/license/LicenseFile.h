#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace fw {

/// A problem found while reading a FlexNet license file, with the line it stands on.
struct LicenseProblem
{
    enum class Code {
        Invalid,
        CannotRead,           ///< args: system error
        TooLarge,             ///< args: the limit in KiB; license files are a few KiB
        Empty,                ///< no args
        NotText,              ///< the file holds binary data; no args
        NotALicenseFile,      ///< no SERVER, VENDOR, DAEMON, FEATURE or INCREMENT line at all; no args
        UnknownKeyword,       ///< args: the first word of the line
        MissingServerHost,    ///< a SERVER line without a host name; no args
        MissingVendorName,    ///< a VENDOR or DAEMON line without the daemon's name; no args
        BadPort,              ///< args: the text given as a port
        DanglingContinuation, ///< the last line ends in a backslash; no args
    };

    int line = 0; ///< 1-based; 0 for the whole file
    Code code = Code::Invalid;
    QStringList args;

    /// "line 3: 70000 is not a port (1-65535)", translated into the current language.
    QString toString() const;
};

using LicenseProblems = QList<LicenseProblem>;

/// A SERVER line: the license server and the port lmgrd (the license manager daemon) listens on.
struct LicenseServer
{
    int line = 0;
    QString host;
    QString hostId;
    int port = 0; ///< 0: no port given, so lmgrd takes the first free port of 27000-27009
};

/// A VENDOR line (DAEMON in older files): the vendor daemon and the port it listens on.
struct LicenseVendor
{
    int line = 0;
    QString name;        ///< the daemon's name, which is also its executable's ("Palisade" for Palisade.exe)
    QString path;        ///< empty where not given
    QString optionsFile; ///< empty where not given
    int port = 0;        ///< 0: no PORT=, so the vendor daemon takes a different port at every start
};

/// What a FlexNet license file says about ports, and what is wrong with it.
struct LicenseFile
{
    QList<LicenseServer> servers;
    QList<LicenseVendor> vendors;
    int featureCount = 0; ///< FEATURE and INCREMENT lines
    LicenseProblems problems;

    /// True when the file has a SERVER or VENDOR line to take ports from.
    bool hasPortLines() const { return !servers.isEmpty() || !vendors.isEmpty(); }
    /// The VENDOR line for @p daemon (case-insensitive), else the first one; nullptr when there is none.
    const LicenseVendor *vendor(const QString &daemon) const;
};

/// Parses a FlexNet license file: SERVER lines (`SERVER host hostid [port]`, also `PORT=port`), VENDOR and DAEMON
/// lines (`VENDOR name [path] [[OPTIONS=]file] [[PORT=]port]`), keywords in any case, `\` continuing a line, `#`
/// starting a comment. Never fails: what cannot be read is reported in LicenseFile::problems.
LicenseFile parseLicenseFile(const QByteArray &data);
/// Reads @p path and parses it; a file that cannot be read yields a CannotRead problem.
LicenseFile readLicenseFile(const QString &path);

} // namespace fw
