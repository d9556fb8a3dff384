#pragma once

#include "ExportText.h"
#include "Exporter.h"

namespace fw {

/// An iptables-restore --noflush file (IPv4): the program's own chains and one jump to each from INPUT and OUTPUT.
class IptablesExporter : public Exporter
{
public:
    IptablesExporter()
        : Exporter(
            {QStringLiteral("iptables"), QStringLiteral("rules"), QStringLiteral("iptables"), {exportsetting::lan()}})
    { }
    QString description() const override;
    ExportResult render(const Plan &plan, const ExportContext &context) const override;

    /// The longest line written, in bytes: iptables-restore reads lines into a buffer of 10,240 bytes (with the
    /// newline and a terminating zero), and runs what does not fit as the next line. A plan that would need a longer
    /// line is refused.
    static constexpr int maxLineBytes = 10000;
};

} // namespace fw
