// The translation files are complete: no unfinished, vanished or obsolete entry in translations/*_de.ts and *_es.ts,
// placeholders and mnemonics kept, and the compiled .qm files embedded under :/i18n.
#include "SkipOrFail.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
    void embedded_data();
    void embedded();
};

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList forms;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.forms << xml.readElementText();
                current.translation = current.forms.value(0);
            } else {
                current.translation = xml.readElementText();
            }
            messages << current;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    QSet<QString> found;
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

bool hasMnemonic(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("&(?![&\\s]|amp;)"));
    return re.match(text).hasMatch();
}

} // namespace

void tst_Translations::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("Spanish") << QStringLiteral("es");
}

void tst_Translations::complete()
{
    QFETCH(QString, language);
    const QString dir = qEnvironmentVariable("FW_SOURCE_DIR");
    if (dir.isEmpty())
        FW_SKIP_OR_FAIL("FW_SOURCE_DIR is not set (ctest sets it)");
    const QString path = QStringLiteral("%1/translations/firewallwizard_%2.ts").arg(dir, language);
    QString error;
    const QList<Message> messages = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);

    QStringList bad;
    for (const Message &m : messages) {
        const QString where = QStringLiteral("%1: \"%2\"").arg(m.context, m.source.left(60));
        if (!m.type.isEmpty()) {
            bad << QStringLiteral("%1 is %2").arg(where, m.type);
            continue;
        }
        const QStringList forms = m.numerus ? m.forms : QStringList {m.translation};
        for (const QString &t : forms) {
            if (t.trimmed().isEmpty())
                bad << QStringLiteral("%1 has an empty translation").arg(where);
            else if (placeholders(t) != placeholders(m.source)
                && !(m.numerus && placeholders(t) + QSet<QString> {QStringLiteral("%n")} == placeholders(m.source)))
                bad << QStringLiteral("%1: the placeholders differ in \"%2\"").arg(where, t);
            else if (hasMnemonic(m.source) != hasMnemonic(t))
                bad << QStringLiteral("%1: the mnemonic (&) is lost or added in \"%2\"").arg(where, t);
        }
    }
    QVERIFY2(bad.isEmpty(),
        qPrintable(QStringLiteral("%1 problems in %2:\n").arg(bad.size()).arg(path) + bad.join(QLatin1Char('\n'))));
}

void tst_Translations::embedded_data()
{
    complete_data();
}

void tst_Translations::embedded()
{
    QFETCH(QString, language);
    QFile qm(QStringLiteral(":/i18n/firewallwizard_%1.qm").arg(language));
    QVERIFY2(qm.exists(), qPrintable(qm.fileName()));
    QVERIFY(qm.open(QIODevice::ReadOnly));
    QVERIFY(qm.size() > 1000);
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
