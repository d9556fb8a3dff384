// Reads one catalog file into a Product and reports every problem with its file, line, column and field path.
#include "Catalog.h"
#include "JsonTree.h"
#include "ValueCheck.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace fw {

namespace {

using Code = CatalogProblem::Code;

/// The ids a file defines, collected before the full read so that references can be checked in any order.
struct Definitions
{
    QSet<QString> versions;
    QSet<QString> roles;
    QSet<QString> deployments;
    QSet<QString> options;
    QHash<QString, ValueType> values;
    QSet<QString> sources;
};

class Reader
{
public:
    Reader(const QString &file, CatalogProblems &problems)
        : m_file(file)
        , m_problems(problems)
    {
    }

    bool read(const JsonNode &root, Product &product)
    {
        const int before = m_problems.size();
        if (!object(root, QString(),
                    {"format", "id", "name", "vendor", "description", "versionHint", "versions", "roles", "deployments",
                     "options", "values", "sources", "rules", "executables", "notes"},
                    {"format", "id", "name", "vendor", "description", "roles", "sources", "rules"}))
            return false;

        const JsonNode *format = root.member(QStringLiteral("format"));
        if (format) {
            if (format->type != JsonNode::Type::Number)
                wrongType(*format, QStringLiteral("format"), QStringLiteral("number"));
            else if (format->string != QLatin1String("1"))
                problem(*format, QStringLiteral("format"), Code::UnsupportedFormat, {format->string});
        }
        collectDefinitions(root);

        product.id = id(root.member(QStringLiteral("id")), QStringLiteral("id"));
        if (const JsonNode *idNode = root.member(QStringLiteral("id")))
            product.idPosition = {idNode->line, idNode->column};
        if (const JsonNode *name = root.member(QStringLiteral("name"))) {
            if (name->type == JsonNode::Type::String)
                product.name = LocalizedText::same(nonEmptyString(*name, QStringLiteral("name")));
            else
                product.name = text(name, QStringLiteral("name"));
        }
        product.vendor = string(root.member(QStringLiteral("vendor")), QStringLiteral("vendor"));
        product.description = text(root.member(QStringLiteral("description")), QStringLiteral("description"));

        list(root, QStringLiteral("versions"), [&](const JsonNode &n, const QString &path) {
            if (!object(n, path, {"id", "label"}, {"id", "label"}))
                return;
            VersionDef v;
            v.id = id(n.member(QStringLiteral("id")), path + QStringLiteral(".id"));
            v.label = string(n.member(QStringLiteral("label")), path + QStringLiteral(".label"));
            product.versions.append(v);
        });
        if (const JsonNode *hint = root.member(QStringLiteral("versionHint")))
            product.versionHint = text(hint, QStringLiteral("versionHint"));
        else if (!product.versions.isEmpty())
            problem(root, QString(), Code::MissingField, {QStringLiteral("versionHint")});

        list(root, QStringLiteral("roles"), [&](const JsonNode &n, const QString &path) {
            ChoiceDef role;
            if (!choice(n, path, role))
                return;
            if (role.id != QLatin1String("server") && role.id != QLatin1String("client"))
                problem(*n.member(QStringLiteral("id")), path + QStringLiteral(".id"), Code::BadEnum,
                        {role.id, QStringLiteral("server, client")});
            product.roles.append(role);
        });
        if (root.member(QStringLiteral("roles")) && product.roles.isEmpty() && m_problems.size() == before)
            problem(*root.member(QStringLiteral("roles")), QStringLiteral("roles"), Code::NoRoles, {});
        list(root, QStringLiteral("deployments"), [&](const JsonNode &n, const QString &path) {
            ChoiceDef d;
            if (choice(n, path, d))
                product.deployments.append(d);
        });
        list(root, QStringLiteral("sources"), [&](const JsonNode &n, const QString &path) {
            if (!object(n, path, {"id", "title", "url", "kind"}, {"id", "title", "url", "kind"}))
                return;
            SourceDef s;
            s.id = id(n.member(QStringLiteral("id")), path + QStringLiteral(".id"));
            s.title = nonEmptyString(*n.member(QStringLiteral("title")), path + QStringLiteral(".title"));
            s.url = string(n.member(QStringLiteral("url")), path + QStringLiteral(".url"));
            if (!s.url.isEmpty() && !s.url.startsWith(QLatin1String("https://"))
                && !s.url.startsWith(QLatin1String("http://")))
                problem(*n.member(QStringLiteral("url")), path + QStringLiteral(".url"), Code::BadValue,
                        {s.url, QStringLiteral("a source's url starts with https:// or http://")});
            s.kind = enumValue(n.member(QStringLiteral("kind")), path + QStringLiteral(".kind"), sourceKindFromId,
                               QStringLiteral("vendor, general"));
            product.sources.append(s);
        });
        list(root, QStringLiteral("options"), [&](const JsonNode &n, const QString &path) {
            if (!object(n, path, {"id", "label", "description", "when"}, {"id", "label", "description"}))
                return;
            OptionDef o;
            o.id = id(n.member(QStringLiteral("id")), path + QStringLiteral(".id"));
            o.label = text(n.member(QStringLiteral("label")), path + QStringLiteral(".label"));
            o.description = text(n.member(QStringLiteral("description")), path + QStringLiteral(".description"));
            o.when = condition(n.member(QStringLiteral("when")), path + QStringLiteral(".when"));
            product.options.append(o);
        });
        list(root, QStringLiteral("values"), [&](const JsonNode &n, const QString &path) {
            if (!object(n, path, {"id", "type", "label", "description", "default", "required", "when"},
                        {"id", "type", "label", "description"}))
                return;
            ValueDef v;
            v.id = id(n.member(QStringLiteral("id")), path + QStringLiteral(".id"));
            v.type = enumValue(n.member(QStringLiteral("type")), path + QStringLiteral(".type"), valueTypeFromId,
                               QStringLiteral("host, port, path"));
            v.label = text(n.member(QStringLiteral("label")), path + QStringLiteral(".label"));
            v.description = text(n.member(QStringLiteral("description")), path + QStringLiteral(".description"));
            if (const JsonNode *def = n.member(QStringLiteral("default"))) {
                v.defaultValue = string(def, path + QStringLiteral(".default"));
                QString detail;
                const ValueReason reason = v.type == ValueType::Invalid
                    ? ValueReason::Invalid
                    : validateValue(v.type, v.defaultValue, &detail);
                if (reason == ValueReason::PortOutOfRange)
                    problem(*def, path + QStringLiteral(".default"), Code::PortOutOfRange, {v.defaultValue});
                else if (reason != ValueReason::Invalid)
                    problem(*def, path + QStringLiteral(".default"), Code::BadValue,
                            {v.defaultValue, valueReasonText(reason, v.defaultValue, detail)});
            }
            v.required = boolean(n.member(QStringLiteral("required")), path + QStringLiteral(".required"));
            v.when = condition(n.member(QStringLiteral("when")), path + QStringLiteral(".when"));
            product.values.append(v);
        });
        list(root, QStringLiteral("rules"), [&](const JsonNode &n, const QString &path) {
            RuleDef r;
            if (rule(n, path, r))
                product.rules.append(r);
        });
        list(root, QStringLiteral("executables"), [&](const JsonNode &n, const QString &path) {
            if (!object(n, path, {"name", "when", "purpose", "source"}, {"name", "purpose", "source"}))
                return;
            ExecutableDef e;
            e.name = nonEmptyString(*n.member(QStringLiteral("name")), path + QStringLiteral(".name"));
            placeholders(*n.member(QStringLiteral("name")), path + QStringLiteral(".name"), e.name, false);
            e.when = condition(n.member(QStringLiteral("when")), path + QStringLiteral(".when"));
            e.purpose = text(n.member(QStringLiteral("purpose")), path + QStringLiteral(".purpose"));
            e.source = reference(n.member(QStringLiteral("source")), path + QStringLiteral(".source"),
                                 QStringLiteral("source"), m_defs.sources);
            product.executables.append(e);
        });
        list(root, QStringLiteral("notes"), [&](const JsonNode &n, const QString &path) {
            if (!object(n, path, {"id", "kind", "when", "text", "source"}, {"id", "kind", "text", "source"}))
                return;
            NoteDef note;
            note.id = id(n.member(QStringLiteral("id")), path + QStringLiteral(".id"));
            note.kind = enumValue(n.member(QStringLiteral("kind")), path + QStringLiteral(".kind"), noteKindFromId,
                                  QStringLiteral("info, advice, gap"));
            note.when = condition(n.member(QStringLiteral("when")), path + QStringLiteral(".when"));
            note.text = text(n.member(QStringLiteral("text")), path + QStringLiteral(".text"), true);
            note.source = reference(n.member(QStringLiteral("source")), path + QStringLiteral(".source"),
                                    QStringLiteral("source"), m_defs.sources);
            product.notes.append(note);
        });

        duplicates(root, QStringLiteral("versions"), QStringLiteral("id"));
        duplicates(root, QStringLiteral("roles"), QStringLiteral("id"));
        duplicates(root, QStringLiteral("deployments"), QStringLiteral("id"));
        duplicates(root, QStringLiteral("options"), QStringLiteral("id"));
        duplicates(root, QStringLiteral("values"), QStringLiteral("id"));
        duplicates(root, QStringLiteral("sources"), QStringLiteral("id"));
        duplicates(root, QStringLiteral("rules"), QStringLiteral("id"));
        duplicates(root, QStringLiteral("executables"), QStringLiteral("name"));
        duplicates(root, QStringLiteral("notes"), QStringLiteral("id"));
        return m_problems.size() == before;
    }

private:
    void problem(const JsonNode &node, const QString &path, Code code, const QStringList &args)
    {
        problemAt(node.line, node.column, path, code, args);
    }
    void problemAt(int line, int column, const QString &path, Code code, const QStringList &args)
    {
        CatalogProblem p;
        p.file = m_file;
        p.line = line;
        p.column = column;
        p.path = path;
        p.code = code;
        p.args = args;
        m_problems.append(p);
    }
    void wrongType(const JsonNode &node, const QString &path, const QString &expected)
    {
        problem(node, path, Code::WrongType, {expected, node.typeName()});
    }

    /// Checks that @p node is an object with only @p allowed fields and all @p required ones.
    bool object(const JsonNode &node, const QString &path, std::initializer_list<const char *> allowed,
                std::initializer_list<const char *> required)
    {
        if (node.type != JsonNode::Type::Object) {
            wrongType(node, path, QStringLiteral("object"));
            return false;
        }
        for (size_t i = 0; i < node.members.size(); ++i) {
            const QString &key = node.members[i].first;
            bool known = false;
            for (const char *a : allowed)
                known = known || key == QLatin1String(a);
            if (!known)
                problemAt(node.keyPositions[i].first, node.keyPositions[i].second, path, Code::UnknownField, {key});
        }
        bool complete = true;
        for (const char *r : required) {
            if (!node.member(QLatin1String(r))) {
                problem(node, path, Code::MissingField, {QLatin1String(r)});
                complete = false;
            }
        }
        return complete;
    }

    QString string(const JsonNode *node, const QString &path)
    {
        if (!node)
            return {};
        if (node->type != JsonNode::Type::String) {
            wrongType(*node, path, QStringLiteral("string"));
            return {};
        }
        return node->string;
    }
    QString nonEmptyString(const JsonNode &node, const QString &path)
    {
        const QString s = string(&node, path);
        if (node.type == JsonNode::Type::String && s.trimmed().isEmpty())
            problem(node, path, Code::BadValue, {s, QStringLiteral("must not be empty")});
        return s;
    }
    bool boolean(const JsonNode *node, const QString &path)
    {
        if (!node)
            return false;
        if (node->type != JsonNode::Type::Bool) {
            wrongType(*node, path, QStringLiteral("boolean"));
            return false;
        }
        return node->boolean;
    }
    QString id(const JsonNode *node, const QString &path)
    {
        const QString s = string(node, path);
        static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
        if (node && node->type == JsonNode::Type::String && !pattern.match(s).hasMatch())
            problem(*node, path, Code::BadId, {s});
        return s;
    }
    template<typename E>
    E enumValue(const JsonNode *node, const QString &path, E (*fromId)(const QString &), const QString &allowed)
    {
        const QString s = string(node, path);
        if (!node || node->type != JsonNode::Type::String)
            return E::Invalid;
        const E value = fromId(s);
        if (value == E::Invalid)
            problem(*node, path, Code::BadEnum, {s, allowed});
        return value;
    }

    LocalizedText text(const JsonNode *node, const QString &path, bool withValues = false)
    {
        LocalizedText t;
        if (!node)
            return t;
        if (node->type != JsonNode::Type::Object) {
            wrongType(*node, path, QStringLiteral("object with en, de and es"));
            return t;
        }
        object(*node, path, {"en", "de", "es"}, {});
        QString *fields[] = {&t.en, &t.de, &t.es};
        const QStringList languages = supportedLanguages();
        for (int i = 0; i < languages.size(); ++i) {
            const JsonNode *value = node->member(languages[i]);
            if (!value) {
                problem(*node, path, Code::MissingTranslation, {languages[i]});
                continue;
            }
            const QString subPath = path + QLatin1Char('.') + languages[i];
            *fields[i] = string(value, subPath);
            if (value->type == JsonNode::Type::String && fields[i]->trimmed().isEmpty())
                problem(*value, subPath, Code::EmptyText, {languages[i]});
            placeholders(*value, subPath, *fields[i], withValues);
        }
        return t;
    }

    void placeholders(const JsonNode &node, const QString &path, const QString &s, bool withValues)
    {
        static const QRegularExpression pattern(QStringLiteral("\\{([^{}]*)\\}"));
        auto it = pattern.globalMatch(s);
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (name == QLatin1String("version") && !m_defs.versions.isEmpty())
                continue;
            if (withValues && name.startsWith(QLatin1String("value:")) && m_defs.values.contains(name.mid(6)))
                continue;
            problem(node, path, Code::BadPlaceholder, {QLatin1Char('{') + name + QLatin1Char('}')});
        }
    }

    QString reference(const JsonNode *node, const QString &path, const QString &kind, const QSet<QString> &known)
    {
        const QString s = string(node, path);
        if (node && node->type == JsonNode::Type::String && !known.contains(s))
            problem(*node, path, Code::UnknownReference, {kind, s});
        return s;
    }
    QString valueReference(const JsonNode *node, const QString &path, ValueType type)
    {
        const QString s = string(node, path);
        if (!node || node->type != JsonNode::Type::String)
            return s;
        if (!m_defs.values.contains(s))
            problem(*node, path, Code::UnknownReference, {QStringLiteral("value"), s});
        else if (m_defs.values.value(s) != type && m_defs.values.value(s) != ValueType::Invalid)
            problem(*node, path, Code::WrongValueType, {s, valueTypeId(type)});
        return s;
    }
    QStringList references(const JsonNode *node, const QString &path, const QString &kind,
                           const QSet<QString> &known)
    {
        QStringList out;
        if (!node)
            return out;
        if (node->type != JsonNode::Type::Array) {
            wrongType(*node, path, QStringLiteral("array"));
            return out;
        }
        for (size_t i = 0; i < node->items.size(); ++i)
            out << reference(&node->items[i], QStringLiteral("%1[%2]").arg(path).arg(i), kind, known);
        return out;
    }

    Condition condition(const JsonNode *node, const QString &path)
    {
        Condition c;
        if (!node || !object(*node, path, {"roles", "deployments", "versions", "option", "valueSet", "valueMissing"}, {}))
            return c;
        c.roles = references(node->member(QStringLiteral("roles")), path + QStringLiteral(".roles"),
                             QStringLiteral("role"), m_defs.roles);
        c.deployments = references(node->member(QStringLiteral("deployments")), path + QStringLiteral(".deployments"),
                                   QStringLiteral("deployment"), m_defs.deployments);
        c.versions = references(node->member(QStringLiteral("versions")), path + QStringLiteral(".versions"),
                                QStringLiteral("version"), m_defs.versions);
        if (const JsonNode *o = node->member(QStringLiteral("option")))
            c.option = reference(o, path + QStringLiteral(".option"), QStringLiteral("option"), m_defs.options);
        const QSet<QString> valueIds(m_defs.values.keyBegin(), m_defs.values.keyEnd());
        if (const JsonNode *v = node->member(QStringLiteral("valueSet")))
            c.valueSet = reference(v, path + QStringLiteral(".valueSet"), QStringLiteral("value"), valueIds);
        if (const JsonNode *v = node->member(QStringLiteral("valueMissing")))
            c.valueMissing = reference(v, path + QStringLiteral(".valueMissing"), QStringLiteral("value"), valueIds);
        return c;
    }

    bool choice(const JsonNode &n, const QString &path, ChoiceDef &c)
    {
        if (!object(n, path, {"id", "label", "description"}, {"id", "label", "description"}))
            return false;
        c.id = id(n.member(QStringLiteral("id")), path + QStringLiteral(".id"));
        c.label = text(n.member(QStringLiteral("label")), path + QStringLiteral(".label"));
        c.description = text(n.member(QStringLiteral("description")), path + QStringLiteral(".description"));
        return true;
    }

    bool port(const JsonNode &n, const QString &path, PortSpec &spec)
    {
        if (n.type == JsonNode::Type::Number) {
            if (!n.integral || n.number < 1 || n.number > 65535) {
                problem(n, path, Code::PortOutOfRange, {n.string});
                return false;
            }
            spec.range = {int(n.number), int(n.number)};
            return true;
        }
        if (n.type == JsonNode::Type::String) {
            static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})-(\\d{1,5})$"));
            const auto m = pattern.match(n.string);
            const int from = m.hasMatch() ? m.captured(1).toInt() : 0;
            const int to = m.hasMatch() ? m.captured(2).toInt() : 0;
            if (!m.hasMatch() || from < 1 || to > 65535 || from > to) {
                problem(n, path, Code::BadPortRange, {n.string});
                return false;
            }
            spec.range = {from, to};
            return true;
        }
        if (n.type == JsonNode::Type::Object) {
            if (!object(n, path, {"value"}, {"value"}))
                return false;
            spec.valueRef = valueReference(n.member(QStringLiteral("value")), path + QStringLiteral(".value"),
                                           ValueType::Port);
            return true;
        }
        wrongType(n, path, QStringLiteral("a port number, a \"FROM-TO\" string or {\"value\": ID}"));
        return false;
    }

    bool rule(const JsonNode &n, const QString &path, RuleDef &r)
    {
        if (!object(n, path,
                    {"id", "when", "direction", "protocol", "ports", "program", "remote", "purpose", "source",
                     "derived"},
                    {"id", "direction", "protocol", "remote", "purpose", "source"}))
            return false;
        r.position = {n.line, n.column};
        r.id = id(n.member(QStringLiteral("id")), path + QStringLiteral(".id"));
        r.when = condition(n.member(QStringLiteral("when")), path + QStringLiteral(".when"));
        r.direction = enumValue(n.member(QStringLiteral("direction")), path + QStringLiteral(".direction"),
                                directionFromId, QStringLiteral("in, out"));
        r.protocol = enumValue(n.member(QStringLiteral("protocol")), path + QStringLiteral(".protocol"),
                               protocolFromId, QStringLiteral("tcp, udp, any"));
        if (const JsonNode *ports = n.member(QStringLiteral("ports"))) {
            const QString portsPath = path + QStringLiteral(".ports");
            if (ports->type != JsonNode::Type::Array) {
                wrongType(*ports, portsPath, QStringLiteral("array"));
            } else {
                for (size_t i = 0; i < ports->items.size(); ++i) {
                    PortSpec spec;
                    if (port(ports->items[i], QStringLiteral("%1[%2]").arg(portsPath).arg(i), spec))
                        r.ports.append(spec);
                }
                if (ports->items.empty())
                    problem(*ports, portsPath, Code::Inconsistent,
                            {QStringLiteral("an empty port list; leave 'ports' out for a program rule")});
                else if (r.protocol == Protocol::Any)
                    problem(*ports, portsPath, Code::Inconsistent,
                            {QStringLiteral("a rule with ports needs protocol tcp or udp, not any")});
            }
        }
        if (const JsonNode *program = n.member(QStringLiteral("program"))) {
            r.program = nonEmptyString(*program, path + QStringLiteral(".program"));
            placeholders(*program, path + QStringLiteral(".program"), r.program, false);
        }
        if (!n.member(QStringLiteral("ports")) && !n.member(QStringLiteral("program")))
            problem(n, path, Code::Inconsistent,
                    {QStringLiteral("a rule without ports needs a program; otherwise it would allow every port")});
        remote(*n.member(QStringLiteral("remote")), path + QStringLiteral(".remote"), r);
        r.purpose = text(n.member(QStringLiteral("purpose")), path + QStringLiteral(".purpose"));
        r.source = reference(n.member(QStringLiteral("source")), path + QStringLiteral(".source"),
                             QStringLiteral("source"), m_defs.sources);
        r.derived = boolean(n.member(QStringLiteral("derived")), path + QStringLiteral(".derived"));
        return true;
    }

    void remote(const JsonNode &n, const QString &path, RuleDef &r)
    {
        if (!object(n, path, {"kind", "hosts", "value"}, {"kind"}))
            return;
        r.remote = enumValue(n.member(QStringLiteral("kind")), path + QStringLiteral(".kind"), remoteKindFromId,
                             QStringLiteral("any, lan, internet, server, hosts"));
        const JsonNode *hosts = n.member(QStringLiteral("hosts"));
        const JsonNode *value = n.member(QStringLiteral("value"));
        if (value)
            r.remoteValue = valueReference(value, path + QStringLiteral(".value"), ValueType::Host);
        if (hosts) {
            const QString hostsPath = path + QStringLiteral(".hosts");
            if (hosts->type != JsonNode::Type::Array) {
                wrongType(*hosts, hostsPath, QStringLiteral("array"));
            } else {
                for (size_t i = 0; i < hosts->items.size(); ++i) {
                    const QString itemPath = QStringLiteral("%1[%2]").arg(hostsPath).arg(i);
                    const QString host = string(&hosts->items[i], itemPath);
                    if (hosts->items[i].type == JsonNode::Type::String
                        && validateHost(host) != ValueReason::Invalid)
                        problem(hosts->items[i], itemPath, Code::BadHost, {host});
                    r.hosts << host;
                }
            }
        }
        if (r.remote == RemoteKind::Hosts && !hosts == !value)
            problem(n, path, Code::Inconsistent,
                    {QStringLiteral("remote kind 'hosts' needs either 'hosts' or 'value'")});
        if (r.remote == RemoteKind::Server && hosts)
            problem(n, path, Code::Inconsistent,
                    {QStringLiteral("remote kind 'server' takes the server's address from 'value', not 'hosts'")});
        if (r.remote != RemoteKind::Hosts && r.remote != RemoteKind::Server && r.remote != RemoteKind::Invalid
            && (hosts || value))
            problem(n, path, Code::Inconsistent,
                    {QStringLiteral("only remote kinds 'server' and 'hosts' name hosts")});
    }

    void list(const JsonNode &root, const QString &name, const std::function<void(const JsonNode &, const QString &)> &each)
    {
        const JsonNode *node = root.member(name);
        if (!node)
            return;
        if (node->type != JsonNode::Type::Array) {
            wrongType(*node, name, QStringLiteral("array"));
            return;
        }
        for (size_t i = 0; i < node->items.size(); ++i)
            each(node->items[i], QStringLiteral("%1[%2]").arg(name).arg(i));
    }

    void duplicates(const JsonNode &root, const QString &name, const QString &key)
    {
        const JsonNode *node = root.member(name);
        if (!node || node->type != JsonNode::Type::Array)
            return;
        QHash<QString, QString> seen;
        for (size_t i = 0; i < node->items.size(); ++i) {
            const JsonNode *idNode = node->items[i].member(key);
            if (!idNode || idNode->type != JsonNode::Type::String)
                continue;
            const QString path = QStringLiteral("%1[%2].%3").arg(name).arg(i).arg(key);
            if (seen.contains(idNode->string))
                problem(*idNode, path, Code::DuplicateId, {idNode->string, seen.value(idNode->string)});
            else
                seen.insert(idNode->string, QStringLiteral("%1:%2").arg(idNode->line).arg(idNode->column));
        }
    }

    void collectDefinitions(const JsonNode &root)
    {
        auto ids = [&](const char *name, QSet<QString> &out) {
            const JsonNode *node = root.member(QLatin1String(name));
            if (!node)
                return;
            for (const JsonNode &item : node->items) {
                const JsonNode *i = item.member(QStringLiteral("id"));
                if (i && i->type == JsonNode::Type::String)
                    out.insert(i->string);
            }
        };
        ids("versions", m_defs.versions);
        ids("roles", m_defs.roles);
        ids("deployments", m_defs.deployments);
        ids("options", m_defs.options);
        ids("sources", m_defs.sources);
        if (const JsonNode *values = root.member(QStringLiteral("values"))) {
            for (const JsonNode &item : values->items) {
                const JsonNode *i = item.member(QStringLiteral("id"));
                const JsonNode *t = item.member(QStringLiteral("type"));
                if (i && i->type == JsonNode::Type::String)
                    m_defs.values.insert(i->string, t ? valueTypeFromId(t->string) : ValueType::Invalid);
            }
        }
    }

    QString m_file;
    CatalogProblems &m_problems;
    Definitions m_defs;
};

} // namespace

bool readProduct(const QByteArray &data, const QString &fileName, Product &product, CatalogProblems &problems)
{
    JsonNode root;
    JsonError error;
    if (!parseJson(data, root, error)) {
        CatalogProblem p;
        p.file = fileName;
        p.line = error.line;
        p.column = error.column;
        if (!error.duplicateKey.isEmpty()) {
            p.code = CatalogProblem::Code::DuplicateKey;
            p.args = QStringList{error.duplicateKey};
        } else {
            p.code = CatalogProblem::Code::JsonSyntax;
            p.args = QStringList{error.message};
        }
        problems.append(p);
        return false;
    }
    Product parsed;
    Reader reader(fileName, problems);
    if (!reader.read(root, parsed))
        return false;
    parsed.file = fileName;
    product = std::move(parsed);
    return true;
}

} // namespace fw
