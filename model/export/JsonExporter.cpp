#include "JsonExporter.h"

#include "plan/PlanJson.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace fw {

QString JsonExporter::description() const
{
    return QCoreApplication::translate("fw::JsonExporter", "JSON: the plan for other programs");
}

ExportResult JsonExporter::render(const Plan &plan, const ExportContext &context) const
{
    ExportResult result;
    result.data = QJsonDocument(planToJson(plan, context.language)).toJson(QJsonDocument::Indented);
    return result;
}

} // namespace fw
