#include "Cli.h"
#include "Command.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fw::cli {

namespace {

namespace Tr {
FW_TR_CONTEXT(fw::cli::ProductsCommand)
}

template<typename T>
QStringList idsOf(const QList<T> &list)
{
    QStringList ids;
    for (const T &item : list)
        ids << item.id;
    return ids;
}

class ProductsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("products"); }
    QString summary() const override { return Tr::tr("Lists the products the catalog holds, with their ids."); }
    QString usage() const override { return QStringLiteral("[--json]"); }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("json"), Tr::tr("Print one JSON object instead of a table.")});
    }

    int run(const QCommandLineParser &parser, Context &context) const override
    {
        const QString &lang = context.language;
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray products;
            for (const Product &p : context.catalog.products()) {
                QJsonArray options;
                for (const OptionDef &o : p.options)
                    options.append(
                        QJsonObject {{QStringLiteral("id"), o.id}, {QStringLiteral("label"), o.label.in(lang)}});
                QJsonArray values;
                for (const ValueDef &v : p.values)
                    values.append(QJsonObject {{QStringLiteral("id"), v.id},
                        {QStringLiteral("type"), valueTypeId(v.type)}, {QStringLiteral("label"), v.label.in(lang)},
                        {QStringLiteral("default"),
                            v.defaultValue.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.defaultValue)},
                        {QStringLiteral("required"), v.required}});
                products.append(QJsonObject {
                    {QStringLiteral("id"), p.id},
                    {QStringLiteral("name"), p.name.in(lang)},
                    {QStringLiteral("vendor"), p.vendor},
                    {QStringLiteral("description"), p.description.in(lang)},
                    {QStringLiteral("versions"), QJsonArray::fromStringList(idsOf(p.versions))},
                    {QStringLiteral("roles"), QJsonArray::fromStringList(idsOf(p.roles))},
                    {QStringLiteral("deployments"), QJsonArray::fromStringList(idsOf(p.deployments))},
                    {QStringLiteral("options"), options},
                    {QStringLiteral("values"), values},
                    {QStringLiteral("builtIn"), p.builtIn},
                    {QStringLiteral("file"), p.file},
                });
            }
            context.out << QJsonDocument(QJsonObject {{QStringLiteral("products"), products},
                                             {QStringLiteral("userCatalogDir"), Catalog::userCatalogDir()}})
                               .toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        for (const Product &p : context.catalog.products()) {
            context.out << p.id << QStringLiteral("  ") << p.name.in(lang) << QStringLiteral(" (") << p.vendor
                        << QStringLiteral(")\n    ") << p.description.in(lang) << QLatin1Char('\n');
            auto line = [&](const QString &label, const QStringList &ids) {
                if (!ids.isEmpty())
                    context.out << QStringLiteral("    ") << label << QLatin1Char(' ') << ids.join(QStringLiteral(", "))
                                << QLatin1Char('\n');
            };
            line(Tr::tr("roles:"), idsOf(p.roles));
            line(Tr::tr("versions:"), idsOf(p.versions));
            line(Tr::tr("deployments:"), idsOf(p.deployments));
            line(Tr::tr("options:"), idsOf(p.options));
            line(Tr::tr("values:"), idsOf(p.values));
            if (!p.builtIn)
                context.out << QStringLiteral("    ") << Tr::tr("from:") << QLatin1Char(' ') << p.file
                            << QLatin1Char('\n');
            context.out << QLatin1Char('\n');
        }
        context.out << Tr::tr("More products can be added as files in %1 (see the catalog format in the README).")
                           .arg(Catalog::userCatalogDir())
                    << QLatin1Char('\n');
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeProductsCommand()
{
    return std::make_unique<ProductsCommand>();
}

} // namespace fw::cli
