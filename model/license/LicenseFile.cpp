#include "LicenseFile.h"

#include "system/InputFile.h"
#include "system/TextArgs.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QFile>

namespace fw {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::LicenseProblem)
}

// License files are a few KiB; anything far larger is the wrong file, and reading it whole would only waste memory.
constexpr qint64 maxFileSize = inputfile::kLicenseFileCap;

LicenseProblem problem(int line, LicenseProblem::Code code, const QStringList &args = {})
{
    LicenseProblem p;
    p.line = line;
    p.code = code;
    p.args = args;
    return p;
}

/// Splits a line into words; double quotes group words (FlexNet's HOSTID="ID=1 ID=2") and are dropped.
QStringList tokenize(const QString &line)
{
    QStringList tokens;
    QString current;
    bool quoted = false;
    bool inToken = false;
    for (const QChar ch : line) {
        if (ch == QLatin1Char('"')) {
            quoted = !quoted;
            inToken = true;
        } else if (ch.isSpace() && !quoted) {
            if (inToken)
                tokens << current;
            current.clear();
            inToken = false;
        } else {
            current += ch;
            inToken = true;
        }
    }
    if (inToken)
        tokens << current;
    return tokens;
}

/// A port as FlexNet writes it: plain digits, 1-65535. Returns 0 when @p text is not one.
int parsePort(const QString &text)
{
    if (text.isEmpty() || text.size() > 5)
        return 0;
    for (const QChar ch : text) {
        if (ch < QLatin1Char('0') || ch > QLatin1Char('9'))
            return 0;
    }
    const int port = text.toInt();
    return port >= 1 && port <= 65535 ? port : 0;
}

bool isNumber(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar ch : text) {
        if (ch < QLatin1Char('0') || ch > QLatin1Char('9'))
            return false;
    }
    return true;
}

/// Splits "KEY=value" into an upper-case key and its value; false for a word without "=".
bool keyValue(const QString &token, QString &key, QString &value)
{
    const qsizetype eq = token.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return false;
    key = token.left(eq).toUpper();
    value = token.mid(eq + 1);
    return true;
}

/// Takes a port from @p text into @p port, or reports it.
void takePort(const QString &text, int line, int &port, LicenseProblems &problems)
{
    const int value = parsePort(text);
    if (value == 0)
        problems << problem(line, LicenseProblem::Code::BadPort, {text.left(40)}); // a hostile file's token is long
    else if (port == 0)
        port = value;
}

void parseServer(const QStringList &tokens, int line, LicenseFile &file)
{
    LicenseServer server;
    server.line = line;
    QString key;
    QString value;
    int index = 1;
    if (tokens.size() > index && !(keyValue(tokens[index], key, value) && key == QLatin1String("PORT")))
        server.host = tokens[index++];
    if (server.host.isEmpty())
        file.problems << problem(line, LicenseProblem::Code::MissingServerHost);
    // The host id may itself contain "=" (ID=1234, HOSTNAME=x), so the second word is always the host id.
    if (tokens.size() > index && !(keyValue(tokens[index], key, value) && key == QLatin1String("PORT")))
        server.hostId = tokens[index++];
    for (; index < tokens.size(); ++index) {
        const QString &token = tokens[index];
        if (keyValue(token, key, value)) {
            if (key == QLatin1String("PORT"))
                takePort(value, line, server.port, file.problems);
        } else if (isNumber(token)) {
            takePort(token, line, server.port, file.problems);
        } else if (token.startsWith(QLatin1String("TCP:"), Qt::CaseInsensitive)) {
            // Older FLEXlm files write the port as TCP:27000.
            takePort(token.mid(4), line, server.port, file.problems);
        }
        // Other words (PRIMARY_IS_MASTER, HEARTBEAT_INTERVAL=...) say nothing about ports.
    }
    file.servers << server;
}

void parseVendor(const QStringList &tokens, int line, LicenseFile &file)
{
    LicenseVendor vendor;
    vendor.line = line;
    QString key;
    QString value;
    int positional = 0;
    for (int index = 1; index < tokens.size(); ++index) {
        const QString &token = tokens[index];
        if (index == 1 && !keyValue(token, key, value)) {
            vendor.name = token;
            continue;
        }
        if (keyValue(token, key, value)) {
            if (key == QLatin1String("PORT"))
                takePort(value, line, vendor.port, file.problems);
            else if (key == QLatin1String("OPTIONS"))
                vendor.optionsFile = value;
            continue;
        }
        // Positional form: VENDOR name [path] [options] [port]. A path or options file is never all digits.
        if (isNumber(token)) {
            takePort(token, line, vendor.port, file.problems);
        } else if (positional == 0) {
            vendor.path = token;
            ++positional;
        } else if (positional == 1) {
            vendor.optionsFile = token;
            ++positional;
        }
    }
    if (vendor.name.isEmpty())
        file.problems << problem(line, LicenseProblem::Code::MissingVendorName);
    file.vendors << vendor;
}

} // namespace

const LicenseVendor *LicenseFile::vendor(const QString &daemon) const
{
    for (const LicenseVendor &v : vendors) {
        if (v.name.compare(daemon, Qt::CaseInsensitive) == 0)
            return &v;
    }
    return vendors.isEmpty() ? nullptr : &vendors.first();
}

LicenseFile parseLicenseFile(const QByteArray &data)
{
    using Code = LicenseProblem::Code;
    LicenseFile file;
    if (data.trimmed().isEmpty()) {
        file.problems << problem(0, Code::Empty);
        return file;
    }
    if (data.contains('\0')) {
        file.problems << problem(0, Code::NotText);
        return file;
    }
    QStringList physical = QString::fromUtf8(data).split(QLatin1Char('\n'));
    if (!physical.isEmpty() && physical.last().isEmpty())
        physical.removeLast(); // the file's final line break, which must not end a continued line

    bool anyLicenseLine = false;
    QString logical;
    int logicalLine = 0;
    bool continuing = false;
    const auto finish = [&]() {
        const QStringList tokens = tokenize(logical);
        logical.clear();
        if (tokens.isEmpty())
            return;
        const QString keyword = tokens.first().toUpper();
        if (keyword == QLatin1String("SERVER")) {
            parseServer(tokens, logicalLine, file);
        } else if (keyword == QLatin1String("VENDOR") || keyword == QLatin1String("DAEMON")) {
            parseVendor(tokens, logicalLine, file);
        } else if (keyword == QLatin1String("FEATURE") || keyword == QLatin1String("INCREMENT")) {
            ++file.featureCount;
        } else if (keyword != QLatin1String("USE_SERVER") && keyword != QLatin1String("PACKAGE")
            && keyword != QLatin1String("UPGRADE") && keyword != QLatin1String("FEATURESET")) {
            file.problems << problem(logicalLine, Code::UnknownKeyword, {tokens.first().left(40)});
            return;
        }
        anyLicenseLine = true;
    };

    for (int i = 0; i < physical.size(); ++i) {
        QString text = physical[i];
        if (text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        if (!continuing) {
            const QString trimmed = text.trimmed();
            if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
                continue;
            logicalLine = i + 1;
        }
        const QString right = text.trimmed();
        continuing = right.endsWith(QLatin1Char('\\'));
        logical += QLatin1Char(' ') + (continuing ? right.chopped(1) : right);
        if (!continuing)
            finish();
    }
    if (continuing) {
        file.problems << problem(logicalLine, Code::DanglingContinuation);
        finish();
    }
    if (!anyLicenseLine) {
        // Garbage reports one problem per line; one clear message for the whole file is more useful.
        file.problems.clear();
        file.problems << problem(0, Code::NotALicenseFile);
    }
    return file;
}

LicenseFile readLicenseFile(const QString &path)
{
    QByteArray data;
    QString error;
    if (!inputfile::read(path, maxFileSize, &data, &error)) {
        LicenseFile file;
        // The size cap has its own message; everything else (a FIFO, a device, a missing file) cannot be read.
        if (error == inputfile::tooLargeReason(maxFileSize))
            file.problems << problem(0, LicenseProblem::Code::TooLarge, {QString::number(maxFileSize / 1024)});
        else
            file.problems << problem(0, LicenseProblem::Code::CannotRead, {error});
        return file;
    }
    return parseLicenseFile(data);
}

namespace {

/// The message of a problem with @p code, translated, with %1 where its argument goes.
QString messageText(LicenseProblem::Code code)
{
    using Code = LicenseProblem::Code;
    switch (code) {
    case Code::Invalid:
        break;
    case Code::CannotRead:
        return Tr::tr("the file cannot be read: %1");
    case Code::TooLarge:
        return Tr::tr("the file is larger than %1 KiB, far too large for a license file");
    case Code::Empty:
        return Tr::tr("the file is empty");
    case Code::NotText:
        return Tr::tr("the file is not a text file, so it is not a license file");
    case Code::NotALicenseFile:
        return Tr::tr("the file has no SERVER, VENDOR or FEATURE line, so it is not a FlexNet license file");
    case Code::UnknownKeyword:
        return Tr::tr("a line starting with '%1' does not belong in a license file");
    case Code::MissingServerHost:
        return Tr::tr("the SERVER line names no host");
    case Code::MissingVendorName:
        return Tr::tr("the VENDOR line names no vendor daemon");
    case Code::BadPort:
        return Tr::tr("'%1' is not a port (1-65535)");
    case Code::DanglingContinuation:
        return Tr::tr("the last line ends in a backslash, so the file seems cut off");
    }
    return Tr::tr("unknown problem");
}

} // namespace

QString LicenseProblem::toString() const
{
    const QString message = withArgs(messageText(code), args);
    return line > 0 ? Tr::tr("line %1: %2").arg(QString::number(line), message) : message;
}

} // namespace fw
