#pragma once

#include "Exporter.h"

namespace fw {

/// A batch file of netsh advfirewall rules for Windows machines without PowerShell's firewall module; it deletes its own named rules first, since netsh has no groups.
class NetshExporter : public Exporter
{
public:
    QString id() const override { return QStringLiteral("netsh"); }
    QString fileExtension() const override { return QStringLiteral("cmd"); }
    QString description() const override;
    ExportResult render(const Plan &plan, const ExportContext &context) const override;
};

} // namespace fw
