#pragma once

#include "Exporter.h"

namespace fw {

/// The plan as the documented JSON object (the same as "plan --json").
class JsonExporter : public Exporter
{
public:
    JsonExporter() : Exporter({QStringLiteral("json"), QStringLiteral("json"), QStringLiteral("JSON")}) { }
    QString description() const override;
    ExportResult render(const Plan &plan, const ExportContext &context) const override;
};

} // namespace fw
