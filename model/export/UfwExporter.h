#pragma once

#include "Exporter.h"

namespace fw {

/// A shell script for ufw: writes an application profile to /etc/ufw/applications.d and runs the ufw allow commands with the direction and remote side that profiles cannot carry.
class UfwExporter : public Exporter
{
public:
    QString id() const override { return QStringLiteral("ufw"); }
    QString fileExtension() const override { return QStringLiteral("sh"); }
    QString description() const override;
    ExportResult render(const Plan &plan, const ExportContext &context) const override;
};

} // namespace fw
