#pragma once

#include "Exporter.h"

namespace fw {

/// An iptables-restore --noflush file (IPv4): the program's own chains and one jump to each from INPUT and OUTPUT.
class IptablesExporter : public Exporter
{
public:
    QString id() const override { return QStringLiteral("iptables"); }
    QString fileExtension() const override { return QStringLiteral("rules"); }
    QString description() const override;
    ExportResult render(const Plan &plan, const ExportContext &context) const override;
};

} // namespace fw
