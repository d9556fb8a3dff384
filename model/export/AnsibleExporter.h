#pragma once

#include "ExportText.h"
#include "Exporter.h"

namespace fw {

/// An Ansible playbook for fleets: on each Linux host the firewall found there (firewalld, ufw or nftables as apply
/// does), community.windows.win_firewall_rule on Windows hosts; idempotent, and undone with -e fw_wizard_undo=true.
class AnsibleExporter : public Exporter
{
public:
    AnsibleExporter()
        : Exporter({QStringLiteral("ansible"), QStringLiteral("yml"), QStringLiteral("Ansible"),
            {exportsetting::zone(), exportsetting::lan(), exportsetting::programDir()}})
    { }
    QString description() const override;
    QString usageNote(const QString &fileName) const override;
    ExportResult render(const Plan &plan, const ExportContext &context) const override;
};

} // namespace fw
