#include "AnsibleExporter.h"
#include "CsvExporter.h"
#include "Exporter.h"
#include "FirewalldExporter.h"
#include "IptablesExporter.h"
#include "JsonExporter.h"
#include "NetshExporter.h"
#include "NftablesExporter.h"
#include "PdfExporter.h"
#include "PowerShellExporter.h"
#include "UfwExporter.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace fw {

const QList<const Exporter *> &exporters()
{
    static const std::vector<std::unique_ptr<Exporter>> owned = [] {
        std::vector<std::unique_ptr<Exporter>> list;
        list.push_back(std::make_unique<PowerShellExporter>());
        list.push_back(std::make_unique<NetshExporter>());
        list.push_back(std::make_unique<NftablesExporter>());
        list.push_back(std::make_unique<IptablesExporter>());
        list.push_back(std::make_unique<FirewalldExporter>());
        list.push_back(std::make_unique<UfwExporter>());
        list.push_back(std::make_unique<AnsibleExporter>());
        list.push_back(std::make_unique<JsonExporter>());
        list.push_back(std::make_unique<CsvExporter>());
        list.push_back(std::make_unique<PdfExporter>());
        return list;
    }();
    static const QList<const Exporter *> all = [] {
        QList<const Exporter *> list;
        for (const auto &e : owned)
            list << e.get();
        return list;
    }();
    return all;
}

const Exporter *exporterFor(const QString &id)
{
    for (const Exporter *e : exporters()) {
        if (e->id() == id)
            return e;
    }
    return nullptr;
}

QStringList exporterIds()
{
    QStringList ids;
    for (const Exporter *e : exporters())
        ids << e->id();
    return ids;
}

QString exportFileName(const Exporter &exporter, const Plan &plan)
{
    QStringList parts {QStringLiteral("fwwizard"), plan.selection.product};
    if (!plan.selection.deployment.isEmpty())
        parts << plan.selection.deployment;
    if (!plan.selection.version.isEmpty())
        parts << plan.selection.version;
    parts << plan.selection.role;
    // Formats that share an extension (firewalld and ufw both write shell scripts) add their id, so that saving
    // several into one folder never writes one over another.
    for (const Exporter *other : exporters()) {
        if (other != &exporter && other->fileExtension() == exporter.fileExtension()) {
            parts << exporter.id();
            break;
        }
    }
    return parts.join(QLatin1Char('-')) + QLatin1Char('.') + exporter.fileExtension();
}

QList<ExportFile> renderFormats(const Plan &plan, const ExportContext &context, const QStringList &formats)
{
    QList<ExportFile> files;
    for (const QString &format : formats) {
        ExportFile file;
        file.format = format;
        if (const Exporter *exporter = exporterFor(format)) {
            file.fileName = exportFileName(*exporter, plan);
            file.result = exporter->render(plan, context);
        } else {
            file.result.problems << ExportProblem {
                QCoreApplication::translate("fw::Exporters", "%1: unknown format (one of: %2)")
                    .arg(format, exporterIds().join(QStringLiteral(", "))),
                {}, QStringLiteral("format")};
        }
        files << file;
    }
    return files;
}

} // namespace fw
