// Reads one catalog file into a Product and reports every problem with its file, line, column and field path.
#include "Catalog.h"
#include "JsonTree.h"
#include "ProgramPath.h"
#include "ValueCheck.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cstring>
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

/// The place of a field inside the file, e.g. rules[3].ports[0]: built as a chain on the stack while reading and
/// turned into text only when a problem is reported (building strings for every field made loading 5x slower).
class Path
{
public:
    Path() = default;
    Path(const Path &parent, const char *name) : m_parent(&parent), m_latin(name) { }
    Path(const Path &parent, const QString &name) : m_parent(&parent), m_name(&name) { }
    Path(const Path &parent, int index) : m_parent(&parent), m_index(index) { }

    QString toString() const
    {
        if (!m_parent)
            return {};
        QString text = m_parent->toString();
        if (m_index >= 0)
            return text + QLatin1Char('[') + QString::number(m_index) + QLatin1Char(']');
        if (!text.isEmpty())
            text += QLatin1Char('.');
        return text + (m_name ? *m_name : QString::fromLatin1(m_latin));
    }

private:
    const Path *m_parent = nullptr;
    const char *m_latin = nullptr;
    const QString *m_name = nullptr;
    int m_index = -1;
};

/// The file as a whole (the parent of every path).
const Path kRoot;

/// The longest text of each kind, in characters (UTF-16 code units), as resources/catalog/README.md lists them. They
/// keep every line of every export below its reader's limit even after escaping (iptables-restore: 10,240 bytes,
/// cmd.exe: 8,191 characters) and the PDF checklist quick; the built-in catalog uses a fifth of each.
constexpr int kMaxIdChars = 64;     ///< ids: rule names in every firewall are built from them
constexpr int kMaxNameChars = 255;  ///< names, labels, titles, executable names, hosts
constexpr int kMaxTextChars = 2000; ///< descriptions, purposes, notes, hints, defaults and URLs

/// Lower-case letters, digits and hyphens, starting with a letter or digit.
bool isId(const QString &s)
{
    if (s.isEmpty() || s.at(0) == QLatin1Char('-'))
        return false;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-'))
            return false;
    }
    return true;
}

class Reader
{
public:
    Reader(const QString &file, CatalogProblems &problems) : m_file(file), m_problems(problems) { }

    bool read(const JsonNode &root, Product &product)
    {
        const int before = m_problems.size();
        if (!object(root, kRoot,
                {"format", "id", "name", "vendor", "description", "versionHint", "versions", "roles", "deployments",
                    "options", "values", "sources", "rules", "executables", "notes"},
                {"format", "id", "name", "vendor", "description", "roles", "sources", "rules"}))
            return false;

        const JsonNode *format = root.member("format");
        if (format) {
            if (format->type != JsonNode::Type::Number)
                wrongType(*format, Path(kRoot, "format"), QStringLiteral("number"));
            else if (format->string != QLatin1String("1"))
                problem(*format, Path(kRoot, "format"), Code::UnsupportedFormat, {format->string});
        }
        collectDefinitions(root);

        product.id = id(root.member("id"), Path(kRoot, "id"));
        if (const JsonNode *idNode = root.member("id"))
            product.idPosition = {idNode->line, idNode->column};
        if (const JsonNode *name = root.member("name")) {
            if (name->type == JsonNode::Type::String)
                product.name = LocalizedText::same(nonEmptyString(*name, Path(kRoot, "name"), kMaxNameChars));
            else
                product.name = text(name, Path(kRoot, "name"), false, kMaxNameChars);
        }
        product.vendor = string(root.member("vendor"), Path(kRoot, "vendor"), kMaxNameChars);
        product.description = text(root.member("description"), Path(kRoot, "description"));

        list(root, "versions", [&](const JsonNode &n, const Path &path) {
            if (!object(n, path, {"id", "label"}, {"id", "label"}))
                return;
            VersionDef v;
            v.id = id(n.member("id"), Path(path, "id"));
            v.label = string(n.member("label"), Path(path, "label"), kMaxNameChars);
            product.versions.append(std::move(v));
        });
        if (const JsonNode *hint = root.member("versionHint"))
            product.versionHint = text(hint, Path(kRoot, "versionHint"));
        else if (!product.versions.isEmpty())
            problem(root, kRoot, Code::MissingField, {QStringLiteral("versionHint")});

        list(root, "roles", [&](const JsonNode &n, const Path &path) {
            ChoiceDef role;
            if (!choice(n, path, role))
                return;
            if (role.id != QLatin1String("server") && role.id != QLatin1String("client"))
                problem(*n.member("id"), Path(path, "id"), Code::BadEnum, {role.id, QStringLiteral("server, client")});
            product.roles.append(std::move(role));
        });
        if (root.member("roles") && product.roles.isEmpty() && m_problems.size() == before)
            problem(*root.member("roles"), Path(kRoot, "roles"), Code::NoRoles, {});
        list(root, "deployments", [&](const JsonNode &n, const Path &path) {
            ChoiceDef d;
            if (choice(n, path, d))
                product.deployments.append(std::move(d));
        });
        list(root, "sources", [&](const JsonNode &n, const Path &path) {
            if (!object(n, path, {"id", "title", "url", "kind"}, {"id", "title", "url", "kind"}))
                return;
            SourceDef s;
            s.id = id(n.member("id"), Path(path, "id"));
            s.title = nonEmptyString(*n.member("title"), Path(path, "title"), kMaxNameChars);
            s.url = string(n.member("url"), Path(path, "url"));
            if (!s.url.isEmpty() && !s.url.startsWith(QLatin1String("https://"))
                && !s.url.startsWith(QLatin1String("http://")))
                problem(*n.member("url"), Path(path, "url"), Code::BadValue,
                    {s.url, QStringLiteral("a source's url starts with https:// or http://")});
            s.kind
                = enumValue(n.member("kind"), Path(path, "kind"), sourceKindFromId, QStringLiteral("vendor, general"));
            product.sources.append(std::move(s));
        });
        list(root, "options", [&](const JsonNode &n, const Path &path) {
            if (!object(n, path, {"id", "label", "description", "when"}, {"id", "label", "description"}))
                return;
            OptionDef o;
            o.id = id(n.member("id"), Path(path, "id"));
            o.label = text(n.member("label"), Path(path, "label"), false, kMaxNameChars);
            o.description = text(n.member("description"), Path(path, "description"));
            o.when = condition(n.member("when"), Path(path, "when"));
            product.options.append(std::move(o));
        });
        list(root, "values", [&](const JsonNode &n, const Path &path) {
            if (!object(n, path, {"id", "type", "label", "description", "default", "required", "when", "licenseFile"},
                    {"id", "type", "label", "description"}))
                return;
            ValueDef v;
            v.id = id(n.member("id"), Path(path, "id"));
            v.type
                = enumValue(n.member("type"), Path(path, "type"), valueTypeFromId, QStringLiteral("host, port, path"));
            v.label = text(n.member("label"), Path(path, "label"), false, kMaxNameChars);
            v.description = text(n.member("description"), Path(path, "description"));
            if (const JsonNode *def = n.member("default")) {
                v.defaultValue = string(def, Path(path, "default"));
                QString detail;
                const ValueReason reason = v.type == ValueType::Invalid
                    ? ValueReason::Invalid
                    : validateValue(v.type, v.defaultValue, &detail);
                if (reason == ValueReason::PortOutOfRange)
                    problem(*def, Path(path, "default"), Code::PortOutOfRange, {v.defaultValue});
                else if (reason != ValueReason::Invalid)
                    problem(*def, Path(path, "default"), Code::BadValue,
                        {v.defaultValue, valueReasonText(reason, v.defaultValue, detail)});
            }
            v.required = boolean(n.member("required"), Path(path, "required"));
            v.when = condition(n.member("when"), Path(path, "when"));
            if (const JsonNode *entry = n.member("licenseFile"))
                v.licenseFile = licenseFileEntry(*entry, Path(path, "licenseFile"), v.type);
            product.values.append(std::move(v));
        });
        list(root, "rules", [&](const JsonNode &n, const Path &path) {
            RuleDef r;
            if (rule(n, path, r))
                product.rules.append(std::move(r));
        });
        list(root, "executables", [&](const JsonNode &n, const Path &path) {
            if (!object(n, path, {"name", "when", "purpose", "source"}, {"name", "purpose", "source"}))
                return;
            ExecutableDef e;
            e.name = nonEmptyString(*n.member("name"), Path(path, "name"), kMaxNameChars);
            placeholders(*n.member("name"), Path(path, "name"), e.name, false);
            e.when = condition(n.member("when"), Path(path, "when"));
            e.purpose = text(n.member("purpose"), Path(path, "purpose"));
            e.source = reference(n.member("source"), Path(path, "source"), QStringLiteral("source"), m_defs.sources);
            product.executables.append(std::move(e));
        });
        list(root, "notes", [&](const JsonNode &n, const Path &path) {
            if (!object(n, path, {"id", "kind", "when", "text", "source"}, {"id", "kind", "text", "source"}))
                return;
            NoteDef note;
            note.id = id(n.member("id"), Path(path, "id"));
            note.kind
                = enumValue(n.member("kind"), Path(path, "kind"), noteKindFromId, QStringLiteral("info, advice, gap"));
            note.when = condition(n.member("when"), Path(path, "when"));
            note.text = text(n.member("text"), Path(path, "text"), true);
            note.source = reference(n.member("source"), Path(path, "source"), QStringLiteral("source"), m_defs.sources);
            product.notes.append(std::move(note));
        });

        duplicates(root, "versions", "id");
        duplicates(root, "roles", "id");
        duplicates(root, "deployments", "id");
        duplicates(root, "options", "id");
        duplicates(root, "values", "id");
        duplicates(root, "sources", "id");
        duplicates(root, "rules", "id");
        duplicates(root, "executables", "name");
        duplicates(root, "notes", "id");
        return m_problems.size() == before;
    }

private:
    void problem(const JsonNode &node, const Path &path, Code code, const QStringList &args)
    {
        problemAt(node.line, node.column, path.toString(), code, args);
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
    void wrongType(const JsonNode &node, const Path &path, const QString &expected)
    {
        problem(node, path, Code::WrongType, {expected, node.typeName()});
    }

    /// Checks that @p node is an object with only @p allowed fields and all @p required ones.
    bool object(const JsonNode &node, const Path &path, std::initializer_list<const char *> allowed,
        std::initializer_list<const char *> required)
    {
        if (node.type != JsonNode::Type::Object) {
            wrongType(node, path, QStringLiteral("object"));
            return false;
        }
        for (const JsonMember &m : node.members) {
            bool known = false;
            for (const char *a : allowed)
                known = known
                    || (qstrlen(a) == size_t(m.key.size())
                        && std::memcmp(a, m.key.constData(), size_t(m.key.size())) == 0);
            if (!known)
                problemAt(m.line, m.column, path.toString(), Code::UnknownField, {QString::fromUtf8(m.key)});
        }
        bool complete = true;
        for (const char *r : required) {
            if (!node.member(r)) {
                problem(node, path, Code::MissingField, {QLatin1String(r)});
                complete = false;
            }
        }
        return complete;
    }

    /// A string of at most @p maxChars characters; a longer one is reported (and still returned, the file is skipped).
    QString string(const JsonNode *node, const Path &path, int maxChars = kMaxTextChars)
    {
        if (!node)
            return {};
        if (node->type != JsonNode::Type::String) {
            wrongType(*node, path, QStringLiteral("string"));
            return {};
        }
        if (node->string.size() > maxChars)
            problem(*node, path, Code::TooLong, {QString::number(node->string.size()), QString::number(maxChars)});
        return node->string;
    }
    QString nonEmptyString(const JsonNode &node, const Path &path, int maxChars = kMaxTextChars)
    {
        const QString s = string(&node, path, maxChars);
        if (node.type == JsonNode::Type::String && s.trimmed().isEmpty())
            problem(node, path, Code::BadValue, {s, QStringLiteral("must not be empty")});
        return s;
    }
    bool boolean(const JsonNode *node, const Path &path)
    {
        if (!node)
            return false;
        if (node->type != JsonNode::Type::Bool) {
            wrongType(*node, path, QStringLiteral("boolean"));
            return false;
        }
        return node->boolean;
    }
    QString id(const JsonNode *node, const Path &path)
    {
        const QString s = string(node, path, kMaxIdChars);
        if (node && node->type == JsonNode::Type::String && s.size() <= kMaxIdChars && !isId(s))
            problem(*node, path, Code::BadId, {s});
        return s;
    }
    template<typename E>
    E enumValue(const JsonNode *node, const Path &path, E (*fromId)(const QString &), const QString &allowed)
    {
        const QString s = string(node, path);
        if (!node || node->type != JsonNode::Type::String)
            return E::Invalid;
        const E value = fromId(s);
        if (value == E::Invalid)
            problem(*node, path, Code::BadEnum, {s, allowed});
        return value;
    }

    /// A value's "licenseFile": the entry must give a value of the value's type (a host for server-host).
    LicenseFileEntry licenseFileEntry(const JsonNode &node, const Path &path, ValueType type)
    {
        const LicenseFileEntry entry
            = enumValue(&node, path, licenseFileEntryFromId, QStringLiteral("server-host, server-port, vendor-port"));
        const ValueType gives = entry == LicenseFileEntry::ServerHost ? ValueType::Host : ValueType::Port;
        if (entry != LicenseFileEntry::Invalid && type != ValueType::Invalid && type != gives)
            problem(node, path, Code::BadValue,
                {node.string,
                    QStringLiteral("it gives a %1, and this value is a %2")
                        .arg(valueTypeId(gives), valueTypeId(type))});
        return entry;
    }

    LocalizedText text(const JsonNode *node, const Path &path, bool withValues = false, int maxChars = kMaxTextChars)
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
        static const QStringList languages = supportedLanguages();
        static const char *const keys[] = {"en", "de", "es"};
        for (int i = 0; i < 3; ++i) {
            const JsonNode *value = node->member(keys[i]);
            if (!value) {
                problem(*node, path, Code::MissingTranslation, {languages[i]});
                continue;
            }
            const Path subPath(path, languages[i]);
            *fields[i] = string(value, subPath, maxChars);
            if (value->type == JsonNode::Type::String && fields[i]->trimmed().isEmpty())
                problem(*value, subPath, Code::EmptyText, {languages[i]});
            placeholders(*value, subPath, *fields[i], withValues);
        }
        return t;
    }

    void placeholders(const JsonNode &node, const Path &path, const QString &s, bool withValues)
    {
        if (!s.contains(QLatin1Char('{')))
            return;
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

    QString reference(const JsonNode *node, const Path &path, const QString &kind, const QSet<QString> &known)
    {
        const QString s = string(node, path);
        if (node && node->type == JsonNode::Type::String && !known.contains(s))
            problem(*node, path, Code::UnknownReference, {kind, s});
        return s;
    }
    QString valueReference(const JsonNode *node, const Path &path, ValueType type)
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
    QStringList references(const JsonNode *node, const Path &path, const QString &kind, const QSet<QString> &known)
    {
        QStringList out;
        if (!node)
            return out;
        if (node->type != JsonNode::Type::Array) {
            wrongType(*node, path, QStringLiteral("array"));
            return out;
        }
        for (size_t i = 0; i < node->items.size(); ++i)
            out << reference(&node->items[i], Path(path, int(i)), kind, known);
        return out;
    }

    Condition condition(const JsonNode *node, const Path &path)
    {
        Condition c;
        if (!node
            || !object(*node, path, {"roles", "deployments", "versions", "option", "valueSet", "valueMissing"}, {}))
            return c;
        c.roles = references(node->member("roles"), Path(path, "roles"), QStringLiteral("role"), m_defs.roles);
        c.deployments = references(
            node->member("deployments"), Path(path, "deployments"), QStringLiteral("deployment"), m_defs.deployments);
        c.versions
            = references(node->member("versions"), Path(path, "versions"), QStringLiteral("version"), m_defs.versions);
        if (const JsonNode *o = node->member("option"))
            c.option = reference(o, Path(path, "option"), QStringLiteral("option"), m_defs.options);
        const QSet<QString> valueIds(m_defs.values.keyBegin(), m_defs.values.keyEnd());
        if (const JsonNode *v = node->member("valueSet"))
            c.valueSet = reference(v, Path(path, "valueSet"), QStringLiteral("value"), valueIds);
        if (const JsonNode *v = node->member("valueMissing"))
            c.valueMissing = reference(v, Path(path, "valueMissing"), QStringLiteral("value"), valueIds);
        return c;
    }

    bool choice(const JsonNode &n, const Path &path, ChoiceDef &c)
    {
        if (!object(n, path, {"id", "label", "description"}, {"id", "label", "description"}))
            return false;
        c.id = id(n.member("id"), Path(path, "id"));
        c.label = text(n.member("label"), Path(path, "label"), false, kMaxNameChars);
        c.description = text(n.member("description"), Path(path, "description"));
        return true;
    }

    bool port(const JsonNode &n, const Path &path, PortSpec &spec)
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
            spec.valueRef = valueReference(n.member("value"), Path(path, "value"), ValueType::Port);
            return true;
        }
        wrongType(n, path, QStringLiteral("a port number, a \"FROM-TO\" string or {\"value\": ID}"));
        return false;
    }

    bool rule(const JsonNode &n, const Path &path, RuleDef &r)
    {
        if (!object(n, path,
                {"id", "when", "direction", "protocol", "ports", "program", "remote", "purpose", "source", "derived",
                    "whenBlocked"},
                {"id", "direction", "protocol", "remote", "purpose", "source"}))
            return false;
        r.position = {n.line, n.column};
        r.id = id(n.member("id"), Path(path, "id"));
        r.when = condition(n.member("when"), Path(path, "when"));
        r.direction
            = enumValue(n.member("direction"), Path(path, "direction"), directionFromId, QStringLiteral("in, out"));
        r.protocol
            = enumValue(n.member("protocol"), Path(path, "protocol"), protocolFromId, QStringLiteral("tcp, udp, any"));
        if (const JsonNode *ports = n.member("ports")) {
            const Path portsPath(path, "ports");
            if (ports->type != JsonNode::Type::Array) {
                wrongType(*ports, portsPath, QStringLiteral("array"));
            } else {
                for (size_t i = 0; i < ports->items.size(); ++i) {
                    PortSpec spec;
                    if (port(ports->items[i], Path(portsPath, int(i)), spec))
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
        if (const JsonNode *program = n.member("program")) {
            // A program's own limit is Windows' MAX_PATH, which programPath() checks with every version in place of
            // {version}; the text limit here only bounds what reaches that check.
            r.program = nonEmptyString(*program, Path(path, "program"), kMaxTextChars);
            placeholders(*program, Path(path, "program"), r.program, false);
            programPath(*program, Path(path, "program"), r.program);
        }
        if (!n.member("ports") && !n.member("program"))
            problem(n, path, Code::Inconsistent,
                {QStringLiteral("a rule without ports needs a program; otherwise it would allow every port")});
        remote(*n.member("remote"), Path(path, "remote"), r);
        r.purpose = text(n.member("purpose"), Path(path, "purpose"));
        r.source = reference(n.member("source"), Path(path, "source"), QStringLiteral("source"), m_defs.sources);
        r.derived = boolean(n.member("derived"), Path(path, "derived"));
        if (const JsonNode *blocked = n.member("whenBlocked")) {
            const Path blockedPath(path, "whenBlocked");
            if (object(*blocked, blockedPath, {"fixedBy", "advice"}, {"fixedBy", "advice"})) {
                r.whenBlocked.fixedBy = enumValue(blocked->member("fixedBy"), Path(blockedPath, "fixedBy"), fixerFromId,
                    QStringLiteral("this-site, server-admin, vendor"));
                r.whenBlocked.advice = text(blocked->member("advice"), Path(blockedPath, "advice"), true);
            }
        }
        return true;
    }

    /// Refuses a program that an export could not carry, here rather than at export time: checked with every
    /// version the file defines in place of {version}.
    void programPath(const JsonNode &node, const Path &path, const QString &program)
    {
        static const QRegularExpression placeholder(QStringLiteral("\\{[^{}]*\\}"));
        if (node.type != JsonNode::Type::String || program.trimmed().isEmpty())
            return;
        QStringList forms {program};
        if (program.contains(QLatin1String("{version}")) && !m_defs.versions.isEmpty()) {
            forms.clear();
            for (const QString &version : std::as_const(m_defs.versions))
                forms << QString(program).replace(QLatin1String("{version}"), version);
            forms.sort();
        }
        for (const QString &form : std::as_const(forms)) {
            if (form.contains(placeholder))
                return; // reported as an unknown placeholder
            QString detail;
            const ProgramReason reason = validateProgram(form, &detail);
            if (reason != ProgramReason::Invalid) {
                problem(node, path, Code::BadValue, {form, programReasonText(reason, detail)});
                return;
            }
        }
    }

    void remote(const JsonNode &n, const Path &path, RuleDef &r)
    {
        if (!object(n, path, {"kind", "hosts", "value"}, {"kind"}))
            return;
        r.remote = enumValue(n.member("kind"), Path(path, "kind"), remoteKindFromId,
            QStringLiteral("any, lan, internet, server, hosts"));
        const JsonNode *hosts = n.member("hosts");
        const JsonNode *value = n.member("value");
        if (value)
            r.remoteValue = valueReference(value, Path(path, "value"), ValueType::Host);
        if (hosts) {
            const Path hostsPath(path, "hosts");
            if (hosts->type != JsonNode::Type::Array) {
                wrongType(*hosts, hostsPath, QStringLiteral("array"));
            } else {
                for (size_t i = 0; i < hosts->items.size(); ++i) {
                    const Path itemPath(hostsPath, int(i));
                    const QString host = string(&hosts->items[i], itemPath, kMaxNameChars);
                    if (hosts->items[i].type == JsonNode::Type::String && host.size() <= kMaxNameChars
                        && validateHost(host) != ValueReason::Invalid)
                        problem(hosts->items[i], itemPath, Code::BadHost, {host});
                    r.hosts << host;
                }
                if (hosts->items.empty() && r.remote == RemoteKind::Hosts)
                    problem(*hosts, hostsPath, Code::Inconsistent,
                        {QStringLiteral("an empty host list would allow every address; name the hosts, or use "
                                        "remote kind 'any'")});
            }
        }
        if (r.remote == RemoteKind::Hosts && !hosts == !value)
            problem(
                n, path, Code::Inconsistent, {QStringLiteral("remote kind 'hosts' needs either 'hosts' or 'value'")});
        if (r.remote == RemoteKind::Server && hosts)
            problem(n, path, Code::Inconsistent,
                {QStringLiteral("remote kind 'server' takes the server's address from 'value', not 'hosts'")});
        if (r.remote != RemoteKind::Hosts && r.remote != RemoteKind::Server && r.remote != RemoteKind::Invalid
            && (hosts || value))
            problem(n, path, Code::Inconsistent, {QStringLiteral("only remote kinds 'server' and 'hosts' name hosts")});
    }

    void list(const JsonNode &root, const char *name, const std::function<void(const JsonNode &, const Path &)> &each)
    {
        const JsonNode *node = root.member(name);
        if (!node)
            return;
        const Path path(kRoot, name);
        if (node->type != JsonNode::Type::Array) {
            wrongType(*node, path, QStringLiteral("array"));
            return;
        }
        for (size_t i = 0; i < node->items.size(); ++i)
            each(node->items[i], Path(path, int(i)));
    }

    void duplicates(const JsonNode &root, const char *name, const char *key)
    {
        const JsonNode *node = root.member(name);
        if (!node || node->type != JsonNode::Type::Array)
            return;
        QHash<QString, std::pair<int, int>> seen;
        for (size_t i = 0; i < node->items.size(); ++i) {
            const JsonNode *idNode = node->items[i].member(key);
            if (!idNode || idNode->type != JsonNode::Type::String)
                continue;
            const Path listPath(kRoot, name);
            const Path itemPath(listPath, int(i));
            const Path path(itemPath, key);
            if (seen.contains(idNode->string))
                problem(*idNode, path, Code::DuplicateId,
                    {idNode->string,
                        QStringLiteral("%1:%2")
                            .arg(seen.value(idNode->string).first)
                            .arg(seen.value(idNode->string).second)});
            else
                seen.insert(idNode->string, {idNode->line, idNode->column});
        }
    }

    void collectDefinitions(const JsonNode &root)
    {
        auto ids = [&](const char *name, QSet<QString> &out) {
            const JsonNode *node = root.member(name);
            if (!node)
                return;
            for (const JsonNode &item : node->items) {
                const JsonNode *i = item.member("id");
                if (i && i->type == JsonNode::Type::String)
                    out.insert(i->string);
            }
        };
        ids("versions", m_defs.versions);
        ids("roles", m_defs.roles);
        ids("deployments", m_defs.deployments);
        ids("options", m_defs.options);
        ids("sources", m_defs.sources);
        if (const JsonNode *values = root.member("values")) {
            for (const JsonNode &item : values->items) {
                const JsonNode *i = item.member("id");
                const JsonNode *t = item.member("type");
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
            p.args = QStringList {error.duplicateKey};
        } else {
            p.code = CatalogProblem::Code::JsonSyntax;
            p.args = QStringList {error.message};
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
