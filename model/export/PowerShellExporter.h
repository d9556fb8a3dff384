#pragma once

#include "ExportText.h"
#include "Exporter.h"

namespace fw {

/// A PowerShell script for Windows: New-NetFirewallRule with stable names in one group per product and role, so that a
/// re-run replaces its rules and Remove-NetFirewallRule -Group undoes them; finds the vendor's programs on the target
/// machine; -WhatIf shows what it would do.
class PowerShellExporter : public Exporter
{
public:
    PowerShellExporter()
        : Exporter({QStringLiteral("powershell"), QStringLiteral("ps1"), QStringLiteral("PowerShell"),
            {exportsetting::programDir()}})
    { }
    QString description() const override;
    ExportResult render(const Plan &plan, const ExportContext &context) const override;
};

} // namespace fw
