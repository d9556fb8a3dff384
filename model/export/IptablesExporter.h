#pragma once

#include "ExportText.h"
#include "Exporter.h"

namespace fw {

/// An iptables-restore --noflush file (IPv4): the program's own chains and one jump to each from INPUT and OUTPUT.
/// Its lines are at most 10,000 bytes long (maxLineBytes()): iptables-restore reads lines into a buffer of 10,240
/// bytes (with the newline and a terminating zero), and runs what does not fit as the next line.
class IptablesExporter : public Exporter
{
public:
    IptablesExporter()
        : Exporter({QStringLiteral("iptables"), QStringLiteral("rules"), QStringLiteral("iptables"),
            {exportsetting::lan()}, false, 10000})
    { }
    QString description() const override;
    ExportResult render(const Plan &plan, const ExportContext &context) const override;
};

} // namespace fw
