#pragma once

#include "Exporter.h"

namespace fw {

/// The plan as the documented JSON object (the same as "plan --json").
class JsonExporter : public Exporter
{
public:
    QString id() const override { return QStringLiteral("json"); }
    QString fileExtension() const override { return QStringLiteral("json"); }
    QString description() const override;
    QString displayName() const override { return QStringLiteral("JSON"); }
    ExportResult render(const Plan &plan, const ExportContext &context) const override;
};

} // namespace fw
