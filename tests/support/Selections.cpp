#include "Selections.h"

#include "plan/PlanResolver.h"

#include <QStringList>

namespace fw::test {

QList<NamedSelection> builtInSelections(const Catalog &catalog, bool withVersions)
{
    QList<NamedSelection> all;
    for (const Product &p : catalog.products()) {
        if (!p.builtIn)
            continue;
        QStringList versions;
        for (const VersionDef &v : p.versions)
            versions << v.id;
        if (!withVersions && !versions.isEmpty())
            versions = QStringList {versions.constLast()};
        if (versions.isEmpty())
            versions << QString();
        QStringList deployments;
        for (const ChoiceDef &d : p.deployments)
            deployments << d.id;
        if (deployments.isEmpty())
            deployments << QString();
        for (const ChoiceDef &role : p.roles) {
            for (const QString &version : std::as_const(versions)) {
                for (const QString &deployment : std::as_const(deployments)) {
                    const QString name = QStringList {p.id, version, role.id, deployment}.join(QLatin1Char('-'));
                    all << NamedSelection {name, Selection {p.id, version, role.id, deployment, {}, {}}};
                }
            }
        }
    }
    return all;
}

QList<Selection> builtInSelectionsWithEachOption(const Catalog &catalog)
{
    QList<Selection> all;
    for (const NamedSelection &n : builtInSelections(catalog, true)) {
        all << n.selection;
        for (const OptionDef *o : applicableOptions(*catalog.product(n.selection.product), n.selection)) {
            Selection with = n.selection;
            with.options << o->id;
            all << with;
        }
    }
    return all;
}

} // namespace fw::test
