#pragma once

#include "Exporter.h"

namespace fw {

/// An Ansible playbook for fleets: ansible.posix.firewalld tasks for Linux hosts and community.windows.win_firewall_rule tasks for Windows hosts, idempotent by construction.
class AnsibleExporter : public Exporter
{
public:
    QString id() const override { return QStringLiteral("ansible"); }
    QString fileExtension() const override { return QStringLiteral("yml"); }
    QString description() const override;
    ExportResult render(const Plan &plan, const ExportContext &context) const override;
};

} // namespace fw
