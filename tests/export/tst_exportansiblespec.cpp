// The Ansible export against the argument specs of the modules it calls, as Ansible ships them: every option of
// every task (community.windows.win_firewall_rule, ansible.windows.win_find, ansible.posix.firewalld,
// community.general.ufw, ansible.builtin.command, ansible.builtin.assert, ...) must be one the module documents, with
// a value of the documented type and, where the module lists choices, one of them. ansible_tasks.py reads the
// playbooks with Ansible's own loader (so that !unsafe and other tags do not matter) and each module's DOCUMENTATION;
// the checks are here. tests/fleet runs the playbook for real.
#include "ExportTestSupport.h"
#include "export/AnsibleExporter.h"

#include "SkipOrFail.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace fw;

namespace {

/// Debian's Python, which has Debian's ansible package (another python3 on the PATH may not).
const char *const kPython = "/usr/bin/python3";

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact));
}

/// Whether @p value is of the Ansible type @p type as the module would accept it without conversion surprises; a
/// Jinja template is decided only when the play runs and passes.
bool hasType(const QJsonValue &value, const QString &type, const QString &elements, QString *why)
{
    if (value.isString() && value.toString().contains(QLatin1String("{{")))
        return true;
    if (type == QLatin1String("str") || type == QLatin1String("path")) {
        if (value.isString())
            return true;
        *why = QStringLiteral("is not a string");
        return false;
    }
    if (type == QLatin1String("bool")) {
        static const QStringList words {"yes", "no", "true", "false", "on", "off", "1", "0"};
        if (value.isBool() || (value.isString() && words.contains(value.toString().toLower())))
            return true;
        *why = QStringLiteral("is not a boolean");
        return false;
    }
    if (type == QLatin1String("int")) {
        bool ok = false;
        if (value.isDouble() || (value.isString() && (value.toString().toInt(&ok), ok)))
            return true;
        *why = QStringLiteral("is not an integer");
        return false;
    }
    if (type == QLatin1String("list")) {
        if (value.isString())
            return true; // Ansible splits a string at commas
        if (!value.isArray()) {
            *why = QStringLiteral("is not a list");
            return false;
        }
        if (elements.isEmpty())
            return true;
        for (const QJsonValue &e : value.toArray()) {
            if (!hasType(e, elements, QString(), why)) {
                *why = QStringLiteral("has an element that ") + *why;
                return false;
            }
        }
        return true;
    }
    if (type == QLatin1String("dict")) {
        if (value.isObject())
            return true;
        *why = QStringLiteral("is not a dictionary");
        return false;
    }
    return true; // raw, or a type this test does not know: any value
}

} // namespace

class TestExportAnsibleSpec : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(QString::fromLatin1(kPython))) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("/usr/bin/python3 is missing (scripts/packages-test-export.txt)");
            FW_SKIP_OR_FAIL("/usr/bin/python3 is missing");
        }
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList files;
        QList<fwtest::Case> cases = fwtest::goldenCases();
        for (int i = 0; i < cases.size(); ++i) {
            const fwtest::Case &c = cases.at(i);
            ExportContext context = fwtest::fixedContext(c.language);
            context.settings = c.settings;
            const Plan plan = fwtest::planFor(c.selection);
            m_ruleCount.insert(c.name, int(plan.rules.size()));
            const ExportResult result = AnsibleExporter().render(plan, context);
            QVERIFY2(result.ok(), qPrintable(c.name));
            const QString path = dir.filePath(c.name + QStringLiteral(".yml"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(result.data);
            file.close();
            files << path;
            m_caseOf.insert(path, c.name);
        }
        QProcess python;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("ANSIBLE_LOCAL_TEMP"), dir.filePath(QStringLiteral("ansible-tmp")));
        python.setProcessEnvironment(env);
        python.start(QString::fromLatin1(kPython),
            QStringList {fwtest::sourceDir() + QStringLiteral("/tests/export/ansible_tasks.py")} + files);
        QVERIFY(python.waitForFinished(120000));
        QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
            python.readAllStandardError().constData());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(python.readAllStandardOutput(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        m_specs = doc.object().value(QStringLiteral("specs")).toObject();
        const QJsonObject perFile = doc.object().value(QStringLiteral("files")).toObject();
        for (auto it = perFile.begin(); it != perFile.end(); ++it)
            m_tasks.insert(m_caseOf.value(it.key()), it.value().toArray());
        QCOMPARE(m_tasks.size(), cases.size());
    }

    /// The modules the export calls include the Windows firewall rule module, and every one has a spec.
    void modulesHaveSpecs()
    {
        QVERIFY(m_specs.contains(QStringLiteral("community.windows.win_firewall_rule")));
        QVERIFY(m_specs.contains(QStringLiteral("ansible.posix.firewalld")));
        // Linux hosts with ufw or plain nftables (tests/fleet runs them for real).
        QVERIFY(m_specs.contains(QStringLiteral("community.general.ufw")));
        QVERIFY(m_specs.contains(QStringLiteral("ansible.builtin.command")));
        for (auto it = m_specs.begin(); it != m_specs.end(); ++it)
            QVERIFY2(!it.value().toObject().contains(QStringLiteral("error")),
                qPrintable(it.value().toObject().value(QStringLiteral("error")).toString()));
    }

    void options_data()
    {
        QTest::addColumn<QString>("caseName");
        for (const fwtest::Case &c : fwtest::goldenCases())
            QTest::newRow(qPrintable(c.name)) << c.name;
    }

    /// Every option of every task exists in its module's spec, with a value of its type and one of its choices.
    void options()
    {
        QFETCH(QString, caseName);
        const QJsonArray tasks = m_tasks.value(caseName);
        QVERIFY(!tasks.isEmpty());
        int windowsRules = 0;
        for (const QJsonValue &t : tasks) {
            const QString module = t[QStringLiteral("module")].toString();
            const QString where = QStringLiteral("%1, task \"%2\" (%3)")
                                      .arg(caseName, t[QStringLiteral("name")].toString().left(60), module);
            QVERIFY2(m_specs.contains(module), qPrintable(where + QStringLiteral(": no spec")));
            const QJsonObject options = m_specs.value(module).toObject().value(QStringLiteral("options")).toObject();
            QHash<QString, QString> canonical;
            for (auto it = options.begin(); it != options.end(); ++it) {
                canonical.insert(it.key(), it.key());
                for (const QJsonValue &alias : it.value().toObject().value(QStringLiteral("aliases")).toArray())
                    canonical.insert(alias.toString(), it.key());
            }
            if (module == QLatin1String("community.windows.win_firewall_rule"))
                ++windowsRules;
            const QJsonObject args = t[QStringLiteral("args")].toObject();
            QVERIFY2(!args.isEmpty(), qPrintable(where + QStringLiteral(": no options")));
            for (auto a = args.begin(); a != args.end(); ++a) {
                QVERIFY2(canonical.contains(a.key()),
                    qPrintable(where + QStringLiteral(": option \"%1\" is not in the module's spec").arg(a.key())));
                const QJsonObject spec = options.value(canonical.value(a.key())).toObject();
                const QString type = spec.value(QStringLiteral("type")).toString(QStringLiteral("str"));
                const QString elements = spec.value(QStringLiteral("elements")).toString();
                QString why;
                QVERIFY2(hasType(a.value(), type, elements, &why),
                    qPrintable(
                        where + QStringLiteral(": %1: %2 %3 (type %4)").arg(a.key(), text(a.value()), why, type)));
                const QJsonArray choices = spec.value(QStringLiteral("choices")).toArray();
                if (choices.isEmpty())
                    continue;
                QStringList allowed;
                for (const QJsonValue &c : choices)
                    allowed << text(c);
                QList<QJsonValue> values;
                if (a.value().isArray()) {
                    for (const QJsonValue &v : a.value().toArray())
                        values << v;
                } else {
                    values << a.value();
                }
                for (const QJsonValue &v : values) {
                    if (v.isString() && v.toString().contains(QLatin1String("{{")))
                        continue;
                    QVERIFY2(allowed.contains(text(v)),
                        qPrintable(where
                            + QStringLiteral(": %1: \"%2\" is not one of %3")
                                  .arg(a.key(), text(v), allowed.join(QStringLiteral(", ")))));
                }
            }
        }
        // The Windows play has one rule task per rule of the plan.
        QCOMPARE(windowsRules, m_ruleCount.value(caseName));
    }

private:
    QJsonObject m_specs;
    QHash<QString, QJsonArray> m_tasks;
    QHash<QString, QString> m_caseOf;
    QHash<QString, int> m_ruleCount;
};

QTEST_GUILESS_MAIN(TestExportAnsibleSpec)
#include "tst_exportansiblespec.moc"
