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
    QString id() const override { return QStringLiteral("powershell"); }
    QString fileExtension() const override { return QStringLiteral("ps1"); }
    QString description() const override;
    QString displayName() const override { return QStringLiteral("PowerShell"); }
    QStringList settings() const override { return {exportsetting::programDir()}; }
    ExportResult render(const Plan &plan, const ExportContext &context) const override;
};

} // namespace fw
