#include "PlanFile.h"

#include "catalog/JsonTree.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace fw {

QString PlanFileProblem::toString() const
{
    QString where = file;
    if (line > 0)
        where += QStringLiteral(":%1:%2").arg(line).arg(column);
    if (!path.isEmpty())
        where += QStringLiteral(": ") + path;
    return where + QStringLiteral(": ") + message;
}

PlanFilePlaces::Place PlanFilePlaces::at(const QString &path) const
{
    QString p = path;
    while (!p.isEmpty()) {
        const auto it = fields.constFind(p);
        if (it != fields.constEnd())
            return it.value();
        p.truncate(std::max<qsizetype>(0, std::max(p.lastIndexOf(QLatin1Char('.')), p.lastIndexOf(QLatin1Char('[')))));
    }
    return file;
}

namespace planfile {

namespace {

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(fw::PlanFile)

public:
    Reader(const QString &file, QList<PlanFileProblem> &problems, PlanFilePlaces *places)
        : m_file(file), m_problems(problems), m_places(places)
    { }

    void place(const QString &path, const JsonNode &node)
    {
        if (m_places)
            m_places->fields.insert(path, {node.line, node.column});
    }

    void problem(const JsonNode &node, const QString &path, const QString &message)
    {
        m_problems.append({m_file, node.line, node.column, path, message});
    }

    bool string(const JsonNode *node, const QString &path, QString &out)
    {
        if (!node)
            return true;
        place(path, *node);
        if (node->type == JsonNode::Type::Null)
            return true;
        if (node->type != JsonNode::Type::String) {
            problem(*node, path, tr("expected a string, found %1").arg(node->typeName()));
            return false;
        }
        out = node->string;
        return true;
    }

    bool read(const JsonNode &root, Selection &selection)
    {
        if (root.type != JsonNode::Type::Object) {
            problem(root, QString(), tr("a plan file is a JSON object, not %1").arg(root.typeName()));
            return false;
        }
        if (m_places)
            m_places->file = {root.line, root.column};
        const JsonNode *format = root.member("fwplan");
        if (!format) {
            problem(root, QString(),
                tr("this is not a plan file of Firewall Setup Wizard (the field 'fwplan' is missing)"));
            return false;
        }
        static const QRegularExpression versionPattern(QStringLiteral("^(\\d+)\\.(\\d+)$"));
        const auto m = versionPattern.match(format->string);
        if (format->type != JsonNode::Type::String || !m.hasMatch()) {
            problem(*format, QStringLiteral("fwplan"), tr("expected a format version such as \"1.0\""));
            return false;
        }
        if (m.captured(1).toInt() != MajorVersion) {
            problem(*format, QStringLiteral("fwplan"),
                tr("format version %1 is not supported: this program reads version %2.x; use a newer "
                   "Firewall Setup Wizard")
                    .arg(format->string)
                    .arg(MajorVersion));
            return false;
        }
        const int before = m_problems.size();
        const JsonNode *product = root.member("product");
        if (!product)
            problem(root, QString(), tr("required field 'product' is missing"));
        string(product, QStringLiteral("product"), selection.product);
        const JsonNode *role = root.member("role");
        if (!role)
            problem(root, QString(), tr("required field 'role' is missing"));
        string(role, QStringLiteral("role"), selection.role);
        string(root.member("version"), QStringLiteral("version"), selection.version);
        string(root.member("deployment"), QStringLiteral("deployment"), selection.deployment);
        if (const JsonNode *options = root.member("options")) {
            place(QStringLiteral("options"), *options);
            if (options->type != JsonNode::Type::Array) {
                problem(*options, QStringLiteral("options"), tr("expected a list, found %1").arg(options->typeName()));
            } else {
                for (size_t i = 0; i < options->items.size(); ++i) {
                    QString option;
                    if (string(&options->items[i], QStringLiteral("options[%1]").arg(i), option))
                        selection.options << option;
                }
            }
        }
        if (const JsonNode *values = root.member("values")) {
            place(QStringLiteral("values"), *values);
            if (values->type != JsonNode::Type::Object) {
                problem(*values, QStringLiteral("values"), tr("expected an object, found %1").arg(values->typeName()));
            } else {
                for (const JsonMember &member : values->members) {
                    const QString name = QString::fromUtf8(member.key);
                    QString value;
                    if (string(&member.value, QStringLiteral("values.") + name, value))
                        selection.values.insert(name, value);
                }
            }
        }
        return m_problems.size() == before;
    }

private:
    QString m_file;
    QList<PlanFileProblem> &m_problems;
    PlanFilePlaces *m_places;
};

} // namespace

QByteArray write(const Selection &selection)
{
    QJsonObject root;
    root.insert(QStringLiteral("fwplan"), QStringLiteral("%1.%2").arg(MajorVersion).arg(MinorVersion));
    root.insert(QStringLiteral("product"), selection.product);
    root.insert(QStringLiteral("role"), selection.role);
    if (!selection.version.isEmpty())
        root.insert(QStringLiteral("version"), selection.version);
    if (!selection.deployment.isEmpty())
        root.insert(QStringLiteral("deployment"), selection.deployment);
    root.insert(QStringLiteral("options"), QJsonArray::fromStringList(selection.options));
    QJsonObject values;
    for (auto it = selection.values.constBegin(); it != selection.values.constEnd(); ++it)
        values.insert(it.key(), it.value());
    root.insert(QStringLiteral("values"), values);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool read(const QByteArray &data, const QString &fileName, Selection &selection, QList<PlanFileProblem> &problems,
    PlanFilePlaces *places)
{
    JsonNode root;
    JsonError error;
    if (!parseJson(data, root, error)) {
        problems.append(
            {fileName, error.line, error.column, QString(), Reader::tr("not valid JSON: %1").arg(error.message)});
        return false;
    }
    Selection parsed;
    PlanFilePlaces parsedPlaces;
    Reader reader(fileName, problems, places ? &parsedPlaces : nullptr);
    if (!reader.read(root, parsed))
        return false;
    selection = parsed;
    if (places)
        *places = parsedPlaces;
    return true;
}

} // namespace planfile

} // namespace fw
