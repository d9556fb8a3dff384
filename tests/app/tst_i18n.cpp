// German and Spanish users see no English.
//
// sourcesMatchTranslations: every tr("...") of model/, app/ and wizard/ that runs under a context fixed in the
// source — a file's translation holder `namespace Tr { FW_TR_CONTEXT(fw::X) }` (model/system/Tr.h) or a class's
// Q_DECLARE_TR_FUNCTIONS(fw::X), called as Tr::tr("..."), a free tr() wrapper around
// QCoreApplication::translate("fw::X", ...), or QCoreApplication::translate("fw::X",
// "...") itself — has a finished translation under exactly that context in each .ts. lupdate files a call under
// the context it infers from the code around it (the enclosing class, else the namespace), which is not what a free
// wrapper asks for at run time: the translation then exists, but under another context, and the user reads English.
//
// commandsSpeakTheLanguage: the real firewall-wizard, run with --lang de and --lang es (plan, every export format,
// apply --dry-run, check against loopback, diagnose), prints none of the English source texts of the .ts files.
#include "RootSandbox.h"
#include "SkipOrFail.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class tst_I18n : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sourcesMatchTranslations_data();
    void sourcesMatchTranslations();
    void commandsSpeakTheLanguage_data();
    void commandsSpeakTheLanguage();

private:
    QString m_sourceDir;
};

namespace {

struct TsEntry
{
    QString type; // "", "unfinished", "vanished", "obsolete"
    QString translation;
};

struct TsFile
{
    QHash<QString, TsEntry> entries;              // key(context, source, comment)
    QHash<QString, QStringList> contextsOfSource; // source -> contexts holding it
    QList<QPair<QString, QString>> finished;      // (source, translation), for the output checks
    QString error;
};

QString key(const QString &context, const QString &source, const QString &comment)
{
    return context + QChar(0x1f) + source + QChar(0x1f) + comment;
}

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context, source, comment;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            source.clear();
            comment.clear();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("comment")) {
            comment = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            TsEntry entry;
            entry.type = xml.attributes().value(QLatin1String("type")).toString();
            entry.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            ts.entries.insert(key(context, source, comment), entry);
            ts.contextsOfSource[source] << context;
            if (entry.type.isEmpty() && !entry.translation.isEmpty())
                ts.finished << qMakePair(source, entry.translation);
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

/// One translatable call found in a source file.
struct Call
{
    QString file;
    int line = 0;
    QString context;
    QString source;
    QString comment;
};

/// Reads adjacent C++ string literals ("a" "b", across lines) from pos; false when pos holds no literal.
bool readLiterals(const QString &text, qsizetype &pos, QString *value)
{
    value->clear();
    bool any = false;
    for (;;) {
        qsizetype p = pos;
        while (p < text.size() && text.at(p).isSpace())
            ++p;
        if (p >= text.size() || text.at(p) != QLatin1Char('"'))
            return any;
        ++p;
        while (p < text.size() && text.at(p) != QLatin1Char('"')) {
            QChar c = text.at(p);
            if (c == QLatin1Char('\\') && p + 1 < text.size()) {
                const QChar e = text.at(++p);
                c = e == QLatin1Char('n')   ? QChar(QLatin1Char('\n'))
                    : e == QLatin1Char('t') ? QChar(QLatin1Char('\t'))
                                            : e;
            }
            value->append(c);
            ++p;
        }
        pos = p + 1;
        any = true;
    }
}

/// The call's source text and disambiguation, read from just after its opening parenthesis.
bool readArguments(const QString &text, qsizetype pos, QString *source, QString *comment)
{
    if (!readLiterals(text, pos, source))
        return false;
    comment->clear();
    while (pos < text.size() && text.at(pos).isSpace())
        ++pos;
    if (pos < text.size() && text.at(pos) == QLatin1Char(','))
        readLiterals(text, ++pos, comment);
    return true;
}

/// Comment lines blanked (keeping the line count), so that an example in a comment is no call.
QString withoutCommentLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        const QString t = line.trimmed();
        // "* text" continues a block comment; "*error = tr(...)" is code.
        if (t.startsWith(QLatin1String("//")) || t.startsWith(QLatin1String("/*")) || t == QLatin1String("*")
            || t.startsWith(QLatin1String("* ")) || t.startsWith(QLatin1String("*/")))
            line.clear();
    }
    return lines.join(QLatin1Char('\n'));
}

QList<Call> scanSource(const QString &path, const QString &relative)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = withoutCommentLines(QString::fromUtf8(file.readAll()));
    auto lineOf = [&text](qsizetype pos) { return int(text.left(pos).count(QLatin1Char('\n'))) + 1; };

    // A free wrapper: QString tr(const char *text...) { return QCoreApplication::translate("ctx", text...); }
    static const QRegularExpression wrapperRe(
        QStringLiteral("QString\\s+tr\\s*\\(\\s*const\\s+char\\s*\\*\\s*\\w+[^)]*\\)\\s*\\{\\s*return\\s+"
                       "QCoreApplication::translate\\(\\s*\"([^\"]+)\""));
    // A translation holder: namespace Tr { FW_TR_CONTEXT(ctx) }, or class X { Q_DECLARE_TR_FUNCTIONS(ctx) ... };
    static const QRegularExpression holderRe(
        QStringLiteral("\\b(?:namespace|class|struct)\\s+(\\w+)\\s*(?::[^{;]*)?\\{[^{}]*?"
                       "(?:FW_TR_CONTEXT|Q_DECLARE_TR_FUNCTIONS)\\(\\s*([\\w:]+)\\s*\\)"));
    static const QRegularExpression callRe(QStringLiteral("(?<![\\w.>:])((?:\\w+::)*)tr\\s*\\("));
    static const QRegularExpression translateRe(
        QStringLiteral("QCoreApplication::translate\\(\\s*\"(fw[\\w:]*)\"\\s*,"));

    QString wrapperContext;
    const QRegularExpressionMatch wrapper = wrapperRe.match(text);
    if (wrapper.hasMatch())
        wrapperContext = wrapper.captured(1);
    QHash<QString, QString> holders;
    for (auto it = holderRe.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        holders.insert(m.captured(1), m.captured(2));
    }

    QList<Call> calls;
    for (auto it = callRe.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString qualifier = m.captured(1);
        if (qualifier.endsWith(QLatin1String("::")))
            qualifier.chop(2);
        QString context;
        if (qualifier.isEmpty())
            context = wrapperContext; // else: a QObject's own tr(), which lupdate files under its class
        else
            context = holders.value(qualifier.section(QLatin1String("::"), -1));
        if (context.isEmpty())
            continue;
        Call call;
        if (!readArguments(text, m.capturedEnd(0), &call.source, &call.comment))
            continue; // the wrapper's own definition, or a text that is no literal
        call.file = relative;
        call.line = lineOf(m.capturedStart(0));
        call.context = context;
        calls << call;
    }
    for (auto it = translateRe.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        Call call;
        if (!readArguments(text, m.capturedEnd(0), &call.source, &call.comment))
            continue;
        call.file = relative;
        call.line = lineOf(m.capturedStart(0));
        call.context = m.captured(1);
        calls << call;
    }
    return calls;
}

/// The English pieces of a source text that a translated output must not contain: the runs between placeholders
/// long enough to be telling (three words or more), unless the translation keeps them (names, commands).
QStringList englishPieces(const QString &source, const QString &translation)
{
    static const QRegularExpression split(QStringLiteral("%\\d+|%n|\\n|[()\"“”„:;]"));
    QStringList pieces;
    for (QString piece : source.split(split)) {
        piece = piece.trimmed();
        while (!piece.isEmpty() && QStringLiteral(".,!?-–").contains(piece.back()))
            piece.chop(1);
        if (piece.size() < 16 || piece.count(QLatin1Char(' ')) < 2 || translation.contains(piece))
            continue;
        pieces << piece;
    }
    return pieces;
}

} // namespace

void tst_I18n::initTestCase()
{
    m_sourceDir = qEnvironmentVariable("FW_SOURCE_DIR");
    if (m_sourceDir.isEmpty())
        FW_SKIP_OR_FAIL("FW_SOURCE_DIR is not set (ctest sets it)");
}

void tst_I18n::sourcesMatchTranslations_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("Spanish") << QStringLiteral("es");
}

void tst_I18n::sourcesMatchTranslations()
{
    QFETCH(QString, language);
    const QString tsPath = QStringLiteral("%1/translations/firewallwizard_%2.ts").arg(m_sourceDir, language);
    const TsFile ts = readTs(tsPath);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));

    QList<Call> calls;
    for (const char *area : {"model", "app", "wizard"}) {
        const QDir root(m_sourceDir);
        QDirIterator it(root.filePath(QLatin1String(area)), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
            QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            calls << scanSource(path, root.relativeFilePath(path));
        }
    }
    // The scan must see the program's texts, or this test proves nothing.
    QVERIFY2(calls.size() > 400, qPrintable(QStringLiteral("only %1 calls found").arg(calls.size())));

    QStringList bad;
    for (const Call &c : std::as_const(calls)) {
        const QString where
            = QStringLiteral("%1:%2: %3 \"%4\"").arg(c.file).arg(c.line).arg(c.context, c.source.left(70));
        const auto entry = ts.entries.constFind(key(c.context, c.source, c.comment));
        if (entry == ts.entries.cend()) {
            const QStringList elsewhere = ts.contextsOfSource.value(c.source);
            bad << (elsewhere.isEmpty()
                    ? QStringLiteral("%1 is missing (run the update_translations target)").arg(where)
                    : QStringLiteral("%1 is missing; lupdate filed it under %2, which the code never asks for")
                          .arg(where, elsewhere.join(QLatin1String(", "))));
        } else if (!entry->type.isEmpty() || entry->translation.trimmed().isEmpty()) {
            bad << QStringLiteral("%1 has no finished translation").arg(where);
        }
    }
    for (const QString &b : std::as_const(bad))
        qWarning("%s", qPrintable(b)); // QTest cuts long failure messages short
    QVERIFY2(bad.isEmpty(),
        qPrintable(QStringLiteral("%1 of %2 texts would show in English with %3 (listed above)")
                       .arg(bad.size())
                       .arg(calls.size())
                       .arg(tsPath)));
}

void tst_I18n::commandsSpeakTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("pdf"); // the file name of a PDF output, read with pdftotext

    const QStringList server {QStringLiteral("--product"), QStringLiteral("palisade"), QStringLiteral("--version"),
        QStringLiteral("8"), QStringLiteral("--role"), QStringLiteral("server")};
    const QStringList client {QStringLiteral("--product"), QStringLiteral("palisade"), QStringLiteral("--version"),
        QStringLiteral("8"), QStringLiteral("--role"), QStringLiteral("client"), QStringLiteral("--set"),
        QStringLiteral("server=lic01.example.com")};
    const QStringList formats {QStringLiteral("nftables"), QStringLiteral("iptables"), QStringLiteral("ufw"),
        QStringLiteral("firewalld"), QStringLiteral("netsh"), QStringLiteral("powershell"), QStringLiteral("ansible"),
        QStringLiteral("csv"), QStringLiteral("json")};
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("es")}) {
        auto row = [&](const QString &name, const QStringList &arguments, const QString &pdf = QString()) {
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(language, name)))
                << language << QStringList {QStringLiteral("--lang"), language} + arguments << pdf;
        };
        row(QStringLiteral("plan"), QStringList {QStringLiteral("plan")} + server);
        row(QStringLiteral("products"), {QStringLiteral("products")});
        for (const QString &format : formats) {
            for (const auto &[role, selection] :
                {qMakePair(QStringLiteral("server"), server), qMakePair(QStringLiteral("client"), client)})
                row(QStringLiteral("export %1 %2").arg(format, role),
                    QStringList {QStringLiteral("export"), QStringLiteral("--format"), format} + selection);
        }
        row(QStringLiteral("export pdf"),
            QStringList {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"),
                QStringLiteral("-o"), QStringLiteral("checklist.pdf")}
                + server,
            QStringLiteral("checklist.pdf"));
        row(QStringLiteral("export bad setting"),
            QStringList {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("nftables"),
                QStringLiteral("--lan"), QStringLiteral("not-a-range")}
                + server);
        row(QStringLiteral("apply dry-run"),
            QStringList {QStringLiteral("apply"), QStringLiteral("--dry-run"), QStringLiteral("--backend"),
                QStringLiteral("nftables")}
                + server);
        row(QStringLiteral("check"),
            QStringList {QStringLiteral("check"), QStringLiteral("--server"), QStringLiteral("127.0.0.1"),
                QStringLiteral("--timeout-ms"), QStringLiteral("300"), QStringLiteral("--product"),
                QStringLiteral("palisade"), QStringLiteral("--version"), QStringLiteral("8"), QStringLiteral("--role"),
                QStringLiteral("client")});
        row(QStringLiteral("diagnose"), {QStringLiteral("diagnose")});
        row(QStringLiteral("help"), {QStringLiteral("--help")});
        for (const char *command : {"plan", "export", "check", "serve", "apply", "revert", "diagnose"})
            row(QStringLiteral("%1 --help").arg(QLatin1String(command)),
                {QLatin1String(command), QStringLiteral("--help")});
    }
}

void tst_I18n::commandsSpeakTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, arguments);
    QFETCH(QString, pdf);
    const QString binary = qEnvironmentVariable("FW_BINARY");
    if (binary.isEmpty())
        FW_SKIP_OR_FAIL("FW_BINARY is not set (ctest sets it)");
    if (arguments.contains(QLatin1String("apply")) && QStandardPaths::findExecutable(QStringLiteral("nft")).isEmpty()
        && QStandardPaths::findExecutable(QStringLiteral("nft"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")})
               .isEmpty())
        FW_SKIP_OR_FAIL("nft is not installed");
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdf.isEmpty() && pdftotext.isEmpty())
        FW_SKIP_OR_FAIL("pdftotext (poppler-utils) is not installed");

    const TsFile ts = readTs(QStringLiteral("%1/translations/firewallwizard_%2.ts").arg(m_sourceDir, language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));

    // Its own data folder: no stored record, log or check result of this machine's user in the output.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home.filePath(QStringLiteral("state")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.remove(QStringLiteral("LANGUAGE"));

    // Run as root, the program uses root's own folders: the sandbox's, never the machine's (tests/support).
    const fw::test::RootSandbox sandbox;
    const QStringList command = sandbox.prefix() + QStringList {binary} + arguments;
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(home.path());
    process.start(command.first(), command.mid(1));
    QVERIFY2(process.waitForFinished(60000), qPrintable(process.errorString()));
    QString output = QString::fromUtf8(process.readAllStandardOutput());
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    const bool badInput = arguments.contains(QLatin1String("not-a-range"));
    if (badInput)
        QCOMPARE(process.exitCode(), 2);
    else
        QVERIFY2(process.exitCode() == 0 || (arguments.contains(QLatin1String("check")) && process.exitCode() == 1),
            qPrintable(QStringLiteral("exit code %1: %2").arg(process.exitCode()).arg(errors)));
    output += errors;

    if (!pdf.isEmpty()) {
        QProcess text;
        text.start(pdftotext, {home.filePath(pdf), QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        QCOMPARE(text.exitCode(), 0);
        output += QString::fromUtf8(text.readAllStandardOutput());
    }
    // The log is English for support (diagnose prints its last lines): those lines start with a time stamp.
    static const QRegularExpression logLine(
        QStringLiteral("^\\s*\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d.*$"), QRegularExpression::MultilineOption);
    output.remove(logLine);
    // JSON escapes quotes and non-ASCII letters differently; compare its text content.
    output.replace(QLatin1String("\\\""), QLatin1String("\"")).replace(QLatin1String("\\n"), QLatin1String("\n"));
    QVERIFY2(output.size() > (badInput ? 20 : 100), qPrintable(output));

    // The phrases of the reported defect, and every longer English piece of any text the .ts files translate.
    QSet<QString> allTranslations;
    for (const auto &[source, translation] : ts.finished)
        allTranslations.insert(translation);
    const QString translated = QStringList(allTranslations.cbegin(), allTranslations.cend()).join(QChar(0x1f));
    QStringList english;
    for (const QString &phrase : {QStringLiteral("Firewall rules for"), QStringLiteral("Not in this file"),
             QStringLiteral("Firewall that governs this machine"), QStringLiteral("Nothing filters incoming")}) {
        if (output.contains(phrase))
            english << phrase;
    }
    int translatedPieces = 0;
    for (const auto &[source, translation] : ts.finished) {
        for (const QString &piece : englishPieces(source, translation)) {
            // A piece some other translation keeps verbatim (a quoted English name) proves nothing.
            if (output.contains(piece) && !translated.contains(piece) && !english.contains(piece))
                english << piece;
        }
        for (const QString &piece : englishPieces(translation, source))
            translatedPieces += output.contains(piece) ? 1 : 0;
    }
    if (!english.isEmpty())
        qWarning("%s",
            qPrintable(QStringLiteral("--- output ---\n%1\n--- English in it ---\n  %2")
                           .arg(output, english.join(QLatin1String("\n  ")))));
    QVERIFY2(english.isEmpty(),
        qPrintable(QStringLiteral("English in the --lang %1 output of %2 (listed above): %3")
                       .arg(language, arguments.join(QLatin1Char(' ')), english.value(0))));
    QVERIFY2(translatedPieces > 0, qPrintable(QStringLiteral("no translated text in:\n") + output));
}

QTEST_GUILESS_MAIN(tst_I18n)
#include "tst_i18n.moc"
