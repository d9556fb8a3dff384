#pragma once

#include "ExportText.h"
#include "Exporter.h"

namespace fw {

/// An Ansible playbook for fleets: ansible.posix.firewalld tasks for Linux hosts and community.windows.win_firewall_rule tasks for Windows hosts, idempotent by construction.
class AnsibleExporter : public Exporter
{
public:
    QString id() const override { return QStringLiteral("ansible"); }
    QString fileExtension() const override { return QStringLiteral("yml"); }
    QString description() const override;
    QString displayName() const override { return QStringLiteral("Ansible"); }
    QStringList settings() const override { return {exportsetting::zone(), exportsetting::lan(), exportsetting::programDir()}; }
    QString usageNote(const QString &fileName) const override;
    ExportResult render(const Plan &plan, const ExportContext &context) const override;
};

} // namespace fw
